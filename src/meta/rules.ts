import { parseFields, type ListEntry } from './input-list.js';
import { MetaError } from './types.js';

/** The `type=` of a tag rule. */
export type RuleType = 'schedule' | 'semver' | 'pep440' | 'match' | 'edge' | 'ref' | 'raw' | 'sha';

const TYPES: readonly RuleType[] = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'];

/** Default `priority` per type: higher runs first, and the first tag produced is the version. */
export const DEFAULT_PRIORITIES: Readonly<Record<RuleType, string>> = {
  schedule: '1000',
  semver: '900',
  pep440: '900',
  match: '800',
  edge: '700',
  ref: '600',
  raw: '200',
  sha: '100',
};

/** Rules used when the `tags` input is empty. */
export const DEFAULT_TAG_RULES: readonly string[] = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];

/** One parsed `tags` line. `attrs` holds every attribute with metadata-action's defaults filled in. */
export interface TagRule {
  type: RuleType;
  attrs: Record<string, string>;
  /** The line as written, and where (`tags line 3`, or `default tags` for the built-in rules). */
  source: string;
  where: string;
}

/** True when `attrs` has `key`, even with an empty value (an empty `prefix=` overrides the flavor). */
export function hasAttr(attrs: Record<string, string>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(attrs, key);
}

/**
 * Parses one `tags` line (`type=semver,pattern={{version}}`; a bare token is `value`; no `type` is `raw`)
 * and fills the defaults: schedule `pattern=nightly`; semver/pep440 need `pattern`; match needs `pattern`,
 * `group` defaults to 0; ref needs `event` (branch|tag|pr), pr gets `prefix=pr-`; raw needs `value`;
 * sha gets `prefix=sha-` and `format=short|long`; every rule gets `enable=true` and its default priority.
 */
export function parseTagRule(line: string, where = 'tags'): TagRule {
  const attrs: Record<string, string> = Object.create(null);
  let type: RuleType | undefined;
  for (const field of parseFields(line)) {
    const eq = field.indexOf('=');
    // metadata-action splits on the first '=' that has at least one character before it.
    if (eq <= 0) {
      attrs.value = field.trim();
      continue;
    }
    const key = field.slice(0, eq).trim().toLowerCase();
    const value = field.slice(eq + 1).trim();
    if (key === 'type') {
      if (!TYPES.includes(value as RuleType)) throw new MetaError(`unknown tag type "${value}" in "${line}"`, where);
      type = value as RuleType;
    } else {
      attrs[key] = value;
    }
  }
  type ??= 'raw';
  const need = (key: string) => {
    if (!hasAttr(attrs, key)) throw new MetaError(`missing ${key} attribute in "${line}"`, where);
  };
  const fill = (key: string, value: string) => {
    if (!hasAttr(attrs, key)) attrs[key] = value;
  };
  switch (type) {
    case 'schedule':
      fill('pattern', 'nightly');
      break;
    case 'semver':
    case 'pep440':
      need('pattern');
      fill('value', '');
      fill('match', '');
      break;
    case 'match':
      need('pattern');
      fill('group', '0');
      if (Number.isNaN(+attrs.group)) throw new MetaError(`invalid match group "${attrs.group}" in "${line}"`, where);
      fill('value', '');
      break;
    case 'edge':
      fill('branch', '');
      break;
    case 'ref':
      need('event');
      if (!['branch', 'tag', 'pr'].includes(attrs.event)) throw new MetaError(`invalid event "${attrs.event}" in "${line}" (branch, tag or pr)`, where);
      if (attrs.event === 'pr') fill('prefix', 'pr-');
      break;
    case 'raw':
      need('value');
      break;
    case 'sha':
      fill('prefix', 'sha-');
      fill('format', 'short');
      if (!['short', 'long'].includes(attrs.format)) throw new MetaError(`invalid format "${attrs.format}" in "${line}" (short or long)`, where);
      break;
  }
  fill('enable', 'true');
  fill('priority', DEFAULT_PRIORITIES[type]);
  return { type, attrs, source: line, where };
}

/**
 * Parses the `tags` input (the default rules when it is empty) and stable-sorts the rules by priority,
 * highest first. A non-numeric priority compares equal to everything, as in metadata-action.
 */
export function parseTagRules(entries: readonly ListEntry[]): TagRule[] {
  const rules =
    entries.length > 0
      ? entries.map((e) => parseTagRule(e.text, `tags line ${e.line}`))
      : DEFAULT_TAG_RULES.map((l) => parseTagRule(l, 'default tags'));
  return rules.sort((a, b) => {
    const pa = Number(a.attrs.priority);
    const pb = Number(b.attrs.priority);
    if (pa < pb) return 1;
    if (pa > pb) return -1;
    return 0;
  });
}
