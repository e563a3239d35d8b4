import Handlebars from 'handlebars';
import { pep440Lib } from './libraries.js';
import semver from 'semver';
import { render, renderGlobal, scheduleData, shortSha, type ExpressionContext } from './expressions.js';
import type { Flavor } from './flavor.js';
import { hasAttr, type TagRule } from './rules.js';
import { MetaError } from './types.js';

/** A tag value and the rule that produced it (so errors can name the rule). */
export interface Produced {
  value: string;
  rule: TagRule;
}

/**
 * metadata-action's `Version`: `main` is the first value produced, `partial` the later distinct ones,
 * `latest` is decided by the first rule that produced a value. `decidedBy`/`versionSource` feed
 * `latest=highest`: the rule that decided, and the raw version string it was derived from.
 */
export interface Version {
  main: string | undefined;
  partial: string[];
  latest: boolean;
  produced: Produced[];
  decidedBy?: TagRule;
  versionSource?: string;
  versionFallback?: string;
}

interface State {
  main: string | undefined;
  partial: string[];
  latest: boolean | undefined;
  produced: Produced[];
  decidedBy?: TagRule;
  versionSource?: string;
  versionFallback?: string;
}

const HEADS = /^refs\/heads\//;
const TAGS = /^refs\/tags\//;
const PULL = /^refs\/pull\//;

/** metadata-action's tag sanitiser: every run of characters outside `[a-zA-Z0-9._-]` becomes `-`. */
export function sanitizeTag(tag: string): string {
  return tag.replace(/[^a-zA-Z0-9._-]+/g, '-');
}

/** True when a pattern is exactly `{{raw}}` (spaces allowed), which keeps prereleases raw. */
export function isRawStatement(pattern: string): boolean {
  try {
    const hp = Handlebars.parseWithoutProcessing(pattern) as unknown as { body: Array<{ type: string; path?: { parts?: string[] } }> };
    if (hp.body.length === 1 && hp.body[0].type === 'MustacheStatement') {
      const parts = hp.body[0].path?.parts ?? [];
      return parts.length === 1 && parts[0] === 'raw';
    }
  } catch {
    return false;
  }
  return false;
}

/** Computes the version (main, partial, latest) from sorted rules, pushing metadata-action's warnings. */
export function computeVersion(rules: readonly TagRule[], flavor: Flavor, ctx: ExpressionContext, defaultBranch: string | undefined, warnings: string[]): Version {
  const state: State = { main: undefined, partial: [], latest: undefined, produced: [] };
  // Under `latest=highest` the rules decide as under `auto`; the registry check comes afterwards.
  const latestFor = (auto: boolean) => (flavor.latest === 'auto' || flavor.latest === 'highest' ? auto : flavor.latest === 'true');

  const withAffixes = (val: string, rule: TagRule) => {
    if (hasAttr(rule.attrs, 'prefix')) val = `${renderGlobal(rule.attrs.prefix, ctx, rule.where)}${val}`;
    else if (flavor.prefix.length > 0) val = `${renderGlobal(flavor.prefix, ctx, 'flavor prefix')}${val}`;
    if (hasAttr(rule.attrs, 'suffix')) val = `${val}${renderGlobal(rule.attrs.suffix, ctx, rule.where)}`;
    else if (flavor.suffix.length > 0) val = `${val}${renderGlobal(flavor.suffix, ctx, 'flavor suffix')}`;
    return val;
  };

  const set = (val: string, autoLatest: boolean, rule: TagRule, source?: string, fallback?: string) => {
    if (val.length === 0) return;
    val = sanitizeTag(val);
    if (state.main === undefined) state.main = val;
    else if (val !== state.main) state.partial.push(val);
    state.produced.push({ value: val, rule });
    if (state.latest === undefined) {
      state.latest = latestFor(autoLatest);
      state.decidedBy = rule;
      state.versionSource = source;
      state.versionFallback = fallback;
    }
  };

  /** The version string semver/pep440/match rules read: `value=` rendered, or the git tag name. */
  const versionInput = (rule: TagRule) => (rule.attrs.value.length > 0 ? renderGlobal(rule.attrs.value, ctx, rule.where) : ctx.ref.replace(TAGS, ''));
  const onTagOrValue = (rule: TagRule) => TAGS.test(ctx.ref) || rule.attrs.value.length > 0;

  /** semver/pep440 `match=`: group 1 of the regex replaces the input; no match keeps it with a warning. */
  const applyMatch = (vraw: string, rule: TagRule) => {
    if (rule.attrs.match.length === 0) return vraw;
    const m = vraw.match(rule.attrs.match);
    if (!m) {
      warnings.push(`${rule.attrs.match} does not match ${vraw}.`);
      return vraw;
    }
    if (m[1] === undefined) throw new MetaError(`match attribute "${rule.attrs.match}" has no capture group 1 (${rule.source})`, rule.where);
    return m[1];
  };

  for (const rule of rules) {
    const enabled = renderGlobal(rule.attrs.enable, ctx, rule.where);
    if (!['true', 'false'].includes(enabled)) throw new MetaError(`invalid value "${enabled}" for enable attribute (${rule.source})`, rule.where);
    if (enabled !== 'true') continue;
    const a = rule.attrs;
    switch (rule.type) {
      case 'schedule': {
        if (!/schedule/.test(ctx.eventName)) break;
        set(withAffixes(render(a.pattern, scheduleData(ctx), rule.where), rule), false, rule);
        break;
      }
      case 'semver': {
        if (!onTagOrValue(rule)) break;
        const vraw = applyMatch(versionInput(rule), rule).replace(/\//g, '-');
        if (!semver.valid(vraw)) {
          warnings.push(`${vraw} is not a valid semver. More info: https://semver.org/`);
          break;
        }
        const sver = semver.parse(vraw, { loose: true });
        const pre = semver.prerelease(vraw);
        const pattern = pre && !isRawStatement(a.pattern) ? '{{version}}' : a.pattern;
        set(withAffixes(render(pattern, sver, rule.where), rule), !pre, rule, vraw);
        break;
      }
      case 'pep440': {
        if (!onTagOrValue(rule)) break;
        const vraw = applyMatch(versionInput(rule), rule).replace(/\//g, '-');
        if (!pep440Lib().valid(vraw)) {
          warnings.push(`${vraw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
          break;
        }
        const pver = pep440Lib().explain(vraw);
        if (pver.is_prerelease || pver.is_postrelease || pver.is_devrelease) {
          set(withAffixes(isRawStatement(a.pattern) ? vraw : pep440Lib().clean(vraw), rule), false, rule, vraw);
        } else {
          const data = {
            raw: () => vraw,
            version: () => pep440Lib().clean(vraw),
            major: () => pep440Lib().major(vraw),
            minor: () => pep440Lib().minor(vraw),
            patch: () => pep440Lib().patch(vraw),
          };
          set(withAffixes(render(a.pattern, data, rule.where), rule), true, rule, vraw);
        }
        break;
      }
      case 'match': {
        if (!onTagOrValue(rule)) break;
        const vraw = versionInput(rule);
        const isRegex = a.pattern.match(/^\/(.+)\/(.*)$/);
        let m: RegExpMatchArray | null;
        try {
          m = isRegex ? vraw.match(new RegExp(isRegex[1], isRegex[2])) : vraw.match(a.pattern);
        } catch (e) {
          throw new MetaError(`invalid pattern "${a.pattern}": ${(e as Error).message}`, rule.where);
        }
        if (!m) {
          warnings.push(`${a.pattern} does not match ${vraw}.`);
          break;
        }
        const group = (m as unknown as Record<string, string | undefined>)[a.group];
        if (typeof group === 'undefined') {
          warnings.push(`Group ${a.group} does not exist for ${a.pattern} pattern.`);
          break;
        }
        set(withAffixes(group, rule), true, rule, vraw, group);
        break;
      }
      case 'ref': {
        if (a.event === 'branch' && HEADS.test(ctx.ref)) set(withAffixes(ctx.ref.replace(HEADS, ''), rule), false, rule);
        if (a.event === 'tag' && TAGS.test(ctx.ref)) set(withAffixes(ctx.ref.replace(TAGS, ''), rule), true, rule, ctx.ref.replace(TAGS, ''));
        if (a.event === 'pr' && PULL.test(ctx.ref)) set(withAffixes(ctx.ref.replace(PULL, '').replace(/\/merge$/, ''), rule), false, rule);
        break;
      }
      case 'edge': {
        if (!HEADS.test(ctx.ref)) break;
        // metadata-action writes the default branch back into the rule, so later renders see it too.
        if (a.branch.length === 0) a.branch = defaultBranch ?? '';
        if (a.branch !== ctx.ref.replace(HEADS, '')) break;
        set(withAffixes('edge', rule), false, rule);
        break;
      }
      case 'raw':
        set(withAffixes(renderGlobal(a.value, ctx, rule.where), rule), false, rule);
        break;
      case 'sha': {
        if (!ctx.sha) break;
        const val = a.format === 'short' ? shortSha(ctx.sha, ctx.shortShaLength) : ctx.sha;
        set(withAffixes(val, rule), false, rule);
        break;
      }
    }
  }
  const partial = state.partial.filter((item, index) => state.partial.indexOf(item) === index);
  return {
    main: state.main,
    partial,
    latest: state.latest ?? false,
    produced: state.produced,
    decidedBy: state.decidedBy,
    versionSource: state.versionSource,
    versionFallback: state.versionFallback,
  };
}
