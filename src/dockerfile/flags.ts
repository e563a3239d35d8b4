/** `--flag[=value]` parsing for one instruction, with BuildKit's rules and messages (`instructions/bflag.go`). */
import { withSuggestion } from './suggest.js';

/** Kinds of flags: booleans (`--link`, `--link=false`), single strings, repeatable strings. */
export type FlagSpec = Record<string, 'bool' | 'string' | 'strings'>;

/** Parsed flag values: booleans, strings, or string arrays for repeatable flags; absent when not given. */
export type FlagValues = Record<string, boolean | string | string[]>;

/** Parses flag words against a spec; throws Error with BuildKit's message for unknown, duplicate or bad flags. */
export function parseFlags(words: readonly string[], spec: FlagSpec): FlagValues {
  const out: FlagValues = {};
  for (const word of words) {
    if (!word.startsWith('--')) throw new Error(`arg should start with -- : ${word}`);
    if (word === '--') break;
    let name = word.slice(2);
    let value = '';
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    const type = Object.prototype.hasOwnProperty.call(spec, name) ? spec[name] : undefined;
    if (!type) throw new Error(withSuggestion(`unknown flag: ${name}`, name, Object.keys(spec), true));
    if (name in out && type !== 'strings') throw new Error(`duplicate flag specified: ${name}`);
    if (type === 'bool') {
      if (eq >= 0 && value === '') throw new Error(`missing a value on flag: ${name}`);
      const lower = value.toLowerCase();
      if (lower === '') out[name] = true;
      else if (lower === 'true' || lower === 'false') out[name] = lower === 'true';
      else throw new Error(`expecting boolean value for flag ${name}, not: ${value}`);
    } else {
      if (eq < 0) throw new Error(`missing a value on flag: ${name}`);
      if (type === 'string') out[name] = value;
      else out[name] = [...((out[name] as string[] | undefined) ?? []), value];
    }
  }
  return out;
}
