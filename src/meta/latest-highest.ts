import { pep440Lib } from './libraries.js';
import semver from 'semver';
import type { Flavor } from './flavor.js';
import type { Version } from './version.js';

/** The outcome of the `latest=highest` check. */
export interface HighestDecision {
  latest: boolean;
  /** Why `latest` was or was not added, for the warnings/log. */
  reason: string;
}

interface Scheme {
  name: string;
  /** True when the string is a version of this scheme at all (release or prerelease). */
  valid(v: string): boolean;
  /** The release version a string denotes, or undefined when it is no release (invalid or a prerelease). */
  release(v: string): string | undefined;
  gte(a: string, b: string): boolean;
}

const SEMVER: Scheme = {
  name: 'semver',
  valid: (v) => semver.valid(v) !== null,
  release(v) {
    const clean = semver.valid(v);
    if (!clean || semver.prerelease(clean)) return undefined;
    return clean;
  },
  gte: (a, b) => semver.gte(a, b),
};

const PEP440: Scheme = {
  name: 'PEP 440',
  valid: (v) => pep440Lib().valid(v) !== null,
  release(v) {
    if (!pep440Lib().valid(v)) return undefined;
    const x = pep440Lib().explain(v);
    if (x.is_prerelease || x.is_devrelease || x.is_postrelease) return undefined;
    return pep440Lib().clean(v);
  },
  gte: (a, b) => pep440Lib().gte(a, b),
};

/** Strips the flavor prefix and suffix from a registry tag when it carries them. */
function unflavored(tag: string, flavor: Flavor): string {
  let t = tag;
  if (flavor.prefix && t.startsWith(flavor.prefix)) t = t.slice(flavor.prefix.length);
  if (flavor.suffix && t.endsWith(flavor.suffix)) t = t.slice(0, t.length - flavor.suffix.length);
  return t;
}

/**
 * `latest=highest`: the rules must first want `latest` (as under `auto`), and the version being built must be
 * a release (no prerelease) at least as high as every release tag already in each image's repository.
 * Registry tags are read with the same scheme as the deciding rule (PEP 440 for `type=pep440`, otherwise
 * semver, `v` prefix allowed); tags that are not release versions (`1.2`, `latest`, `sha-...`, `2.0.0-rc1`)
 * are ignored. The decision is the same for every image, so `tags` and `tag-names` agree.
 */
export function decideHighest(version: Version, flavor: Flavor, existing: ReadonlyArray<{ image: string; tags: readonly string[] }>): HighestDecision {
  if (!version.latest) return { latest: false, reason: 'the first tag rule does not ask for latest' };
  const scheme = version.decidedBy?.type === 'pep440' ? PEP440 : SEMVER;
  // The git tag (or value=) is the version; when it is no version at all (`p1/v1.0.0`), the part a
  // match rule extracted from it is.
  let source = version.versionSource;
  if (source !== undefined && !scheme.valid(source) && version.versionFallback !== undefined) source = version.versionFallback;
  const candidate = source === undefined ? undefined : scheme.release(source);
  if (candidate === undefined) {
    const what = source !== undefined && scheme.valid(source) ? 'a prerelease' : `not a ${scheme.name} version`;
    return { latest: false, reason: `${source ?? version.main} is ${what}; only releases get latest` };
  }
  for (const { image, tags } of existing) {
    for (const tag of tags) {
      const other = scheme.release(unflavored(tag, flavor));
      if (other !== undefined && !scheme.gte(candidate, other)) {
        return { latest: false, reason: `${image} already has ${tag}, higher than ${candidate}` };
      }
    }
  }
  return { latest: true, reason: `${candidate} is the highest release in ${existing.map((e) => e.image).join(', ') || 'the registry'}` };
}
