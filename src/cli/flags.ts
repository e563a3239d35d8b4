import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * node:util's parseArgs with one rule of docker's flag parser (spf13/pflag) that parseArgs lacks: a shorthand
 * flag that takes a value may have it after `=`, so `-t=app:1` and `-qt=app:1` give the tag `app:1` (parseArgs
 * would keep `=app:1`). Only the `=` right after such a letter goes, as in pflag; the value keeps any other `=`.
 * Arguments after `--` are left alone.
 */
export function parseFlags<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  const args = config.args && pflagShorthands(config.args, config.options ?? {});
  return parseArgs({ ...config, args }) as ReturnType<typeof parseArgs<T>>;
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
      else if (j + 1 === a.length && i + 1 < argv.length) out[out.length - 1] = a + argv[++i];
      break;
    }
  }
  return out;
}
