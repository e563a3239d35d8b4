import { parseFields, type ListEntry } from './input-list.js';
import { MetaError } from './types.js';

/** The `flavor` input. `highest` is hoist's extension (metadata-action rejects it). */
export interface Flavor {
  latest: 'auto' | 'true' | 'false' | 'highest';
  prefix: string;
  /** Whether the flavor prefix also goes on the `latest` tag (`prefix=...,onlatest=true`). */
  prefixLatest: boolean;
  suffix: string;
  suffixLatest: boolean;
  /** Where `latest=` was set, for error messages. */
  latestWhere?: string;
}

/**
 * Parses the `flavor` input: `latest=auto|true|false|highest`, `prefix=<s>[,onlatest=true|false]`,
 * `suffix=<s>[,onlatest=true|false]`. Any other key, or a field without `=`, is an error. As in
 * metadata-action a value is what follows the first `=` up to the next one.
 */
export function parseFlavor(entries: readonly ListEntry[]): Flavor {
  const flavor: Flavor = { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false };
  for (const { text, line } of entries) {
    const where = `flavor line ${line}`;
    let onlatestFor: 'prefix' | 'suffix' | '' = '';
    for (const field of parseFields(text)) {
      const parts = field.split('=').map((p) => p.trim());
      if (parts.length === 1) throw new MetaError(`invalid flavor entry "${text}"`, where);
      const key = parts[0].toLowerCase();
      const value = parts[1];
      switch (key) {
        case 'latest':
          if (!['auto', 'true', 'false', 'highest'].includes(value)) throw new MetaError(`invalid latest flavor "${value}" in "${text}" (auto, true, false or highest)`, where);
          flavor.latest = value as Flavor['latest'];
          flavor.latestWhere = where;
          break;
        case 'prefix':
          flavor.prefix = value;
          onlatestFor = 'prefix';
          break;
        case 'suffix':
          flavor.suffix = value;
          onlatestFor = 'suffix';
          break;
        case 'onlatest':
          if (!['true', 'false'].includes(value)) throw new MetaError(`invalid onlatest value "${value}" in "${text}" (true or false)`, where);
          if (onlatestFor === 'prefix') flavor.prefixLatest = value === 'true';
          if (onlatestFor === 'suffix') flavor.suffixLatest = value === 'true';
          break;
        default:
          throw new MetaError(`unknown flavor entry "${text}"`, where);
      }
    }
  }
  return flavor;
}
