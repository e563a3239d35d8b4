import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseGoBool } from '../dockerfile/mounts.js';
import { UsageError } from './command.js';

/**
 * node:util's parseArgs with two rules of docker's flag parser (spf13/pflag) that parseArgs lacks:
 * - a shorthand flag that takes a value may have it after `=`, so `-t=app:1` and `-qt=app:1` give the tag `app:1`
 *   (parseArgs would keep `=app:1`). Only the `=` right after such a letter goes, as in pflag; the value keeps any
 *   other `=`;
 * - a boolean flag may be given a value, `--push=false`, `--no-cache=true`, read as Go's strconv.ParseBool reads
 *   it; the last one given wins (see pflagBooleans).
 * Arguments after `--` are left alone.
 */
export function parseFlags<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  const args = config.args && pflagBooleans(pflagShorthands(config.args, config.options ?? {}), config.options ?? {});
  return parseArgs({ ...config, args }) as ReturnType<typeof parseArgs<T>>;
}

/**
 * `argv` with every `--name=VALUE` of a boolean flag resolved as pflag resolves it: a true value is `--name`, a
 * false one clears the flag given before it (`--name`, or its shorthand alone: `-q`), anything else is refused
 * with pflag's words.
 */
export function pflagBooleans(argv: readonly string[], options: NonNullable<ParseArgsConfig['options']>): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return out.concat(argv.slice(i));
    const m = /^--([^=]+)=(.*)$/s.exec(a);
    const o = m ? options[m[1]] : undefined;
    if (!m || o?.type !== 'boolean') {
      out.push(a);
      continue;
    }
    const [, name, value] = m;
    const b = parseGoBool(value);
    if (b === true) out.push(`--${name}`);
    else if (b === false) {
      for (let j = out.length - 1; j >= 0; j--) if (out[j] === `--${name}` || (o.short !== undefined && out[j] === `-${o.short}`)) out.splice(j, 1);
    } else throw new UsageError(`invalid argument "${value}" for "--${name}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`);
  }
  return out;
}

/**
 * `argv` with `-x=v` and `-x v` written `-xv` wherever `x` is a shorthand flag that takes a value (in a cluster too).
 */
export function pflagShorthands(argv: readonly string[], options: NonNullable<ParseArgsConfig['options']>): string[] {
  const valued = new Set<string>();
  const known = new Set<string>();
  for (const o of Object.values(options)) {
    if (o.short === undefined) continue;
    known.add(o.short);
    if (o.type === 'string') valued.add(o.short);
  }
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    out.push(a);
    if (a === '--') return out.concat(argv.slice(i + 1));
    if (!a.startsWith('-') || a.startsWith('--')) continue;
    // The cluster's letters up to the first that takes a value: the rest of the token (or the next argument) is it.
    for (let j = 1; j < a.length && known.has(a[j]); j++) {
      if (!valued.has(a[j])) continue;
      if (a[j + 1] === '=') out[out.length - 1] = a.slice(0, j + 1) + a.slice(j + 2);
      // pflag takes the next argument whatever it is (`-t -x` tags `-x`); joined, parseArgs does too.
      else if (j + 1 === a.length && i + 1 < argv.length) {
        // An empty value stays a separate argument (joined, `-f` alone would look like a flag without its value).
        if (argv[i + 1] === '') out.push(argv[++i]);
        else out[out.length - 1] = a + argv[++i];
      }
      break;
    }
  }
  return out;
}
