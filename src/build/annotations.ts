/**
 * Annotation lines as buildx's `--annotation` and metadata-action write them: `[TYPES:]KEY=VALUE`, TYPES one or more of
 * `manifest` (the default), `index`, `manifest-descriptor` and `index-descriptor`, comma-separated, each optionally
 * with a platform (`manifest[linux/amd64]:`), as buildx parses them (buildflags.ParseAnnotations) and BuildKit applies
 * them (exporter/containerimage AnnotationsGroup): manifest and manifest-descriptor ones go to every platform's
 * manifest (or its descriptor in the index), a platform's own after the general ones; index ones to the index;
 * index-descriptor ones to the descriptor an OCI layout's index.json lists.
 */
import { formatPlatform, normalizePlatform, parseTargetPlatform } from '../oci/platform.js';
import type { Platform } from '../oci/types.js';

type Pairs = Record<string, string>;

export interface Annotations {
  index: Pairs;
  indexDescriptor: Pairs;
  /** By normalised platform (`linux/arm/v7`); `''` applies to every platform. */
  manifest: Record<string, Pairs>;
  manifestDescriptor: Record<string, Pairs>;
}

const TYPES = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'] as const;
type AnnotationType = (typeof TYPES)[number];

// buildx's annotationKeyRegex: optional comma-separated `type[platform]` list and a colon, then a key without spaces.
const TYPE = String.raw`[a-z-]+(?:\[[A-Za-z0-9_/-]+\])?`;
const KEY = new RegExp(String.raw`^((?:${TYPE})(?:,(?:${TYPE}))*:)?(\S+)$`);
const ONE_TYPE = /^([a-z-]+)(?:\[([A-Za-z0-9_/-]+)\])?$/;

export function emptyAnnotations(): Annotations {
  return { index: {}, indexDescriptor: {}, manifest: {}, manifestDescriptor: {} };
}

/** One line's targets, or the reason it is refused. */
export function parseAnnotation(line: string): { types: { type: AnnotationType; platform: string }[]; key: string; value: string } | { error: string } {
  const eq = line.indexOf('=');
  if (eq < 0) return { error: 'expected [TYPE:]KEY=VALUE' };
  const head = line.slice(0, eq);
  if (eq === 0 || head.endsWith(':')) return { error: 'empty key' };
  const m = KEY.exec(head);
  if (!m) return { error: 'expected [TYPE:]KEY=VALUE, the key without spaces' };
  const types: { type: AnnotationType; platform: string }[] = [];
  for (const t of m[1] ? m[1].slice(0, -1).split(',') : ['manifest']) {
    const [, type, platform] = ONE_TYPE.exec(t)!;
    if (!(TYPES as readonly string[]).includes(type)) return { error: `unrecognized annotation type ${type} (manifest, index, manifest-descriptor or index-descriptor)` };
    let p = '';
    if (platform) {
      try {
        p = formatPlatform(parseTargetPlatform(platform));
      } catch (e) {
        return { error: (e as Error).message };
      }
    }
    types.push({ type: type as AnnotationType, platform: p });
  }
  return { types, key: m[2], value: line.slice(eq + 1) };
}

/** Annotations from lines; a line that does not parse goes to `skip` (which may throw) and is left out. Later lines win. */
export function splitAnnotations(lines: readonly string[], skip: (line: string, why: string) => void = () => undefined): Annotations {
  const out = emptyAnnotations();
  for (const line of lines) {
    const a = parseAnnotation(line);
    if ('error' in a) {
      skip(line, a.error);
      continue;
    }
    for (const { type, platform } of a.types) {
      if (type === 'index') out.index[a.key] = a.value;
      else if (type === 'index-descriptor') out.indexDescriptor[a.key] = a.value;
      else ((type === 'manifest' ? out.manifest : out.manifestDescriptor)[platform] ??= {})[a.key] = a.value;
    }
  }
  return out;
}

/** The manifest and manifest-descriptor annotations of one platform: the general ones, then the platform's own. */
export function annotationsFor(a: Annotations | undefined, platform: Platform): { manifest: Pairs; manifestDescriptor: Pairs } {
  const p = formatPlatform(normalizePlatform(platform));
  return {
    manifest: { ...a?.manifest[''], ...(p ? a?.manifest[p] : undefined) },
    manifestDescriptor: { ...a?.manifestDescriptor[''], ...(p ? a?.manifestDescriptor[p] : undefined) },
  };
}

/**
 * Whether the annotations need OCI media types: BuildKit turns them on for index, index-descriptor and
 * manifest-descriptor annotations (ImageCommitOpts.OCI), which Docker's formats have no place for.
 */
export function annotationsNeedOci(a: Annotations | undefined): boolean {
  if (!a) return false;
  return Object.keys(a.index).length + Object.keys(a.indexDescriptor).length > 0 || Object.values(a.manifestDescriptor).some((x) => Object.keys(x).length > 0);
}

/**
 * The index and index-descriptor annotations of a build that makes no index (one platform, no attestations), as
 * `index:KEY` lines for a warning: BuildKit refuses them ("index annotations not supported for single platform
 * export"); hoist builds without them. Empty when there is an index or none were given.
 */
export function unplacedIndexAnnotations(a: Annotations | undefined, platforms: number, attested: boolean): string[] {
  if (!a || platforms > 1 || attested) return [];
  return [...Object.keys(a.index).map((k) => `index:${k}`), ...Object.keys(a.indexDescriptor).map((k) => `index-descriptor:${k}`)];
}

/** `pairs`, or undefined when empty. */
export function nonEmpty(pairs: Pairs | undefined): Pairs | undefined {
  return pairs && Object.keys(pairs).length > 0 ? pairs : undefined;
}
