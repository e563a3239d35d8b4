import { parseFlags } from './flags.js';
import { parsePlatform } from '../oci/platform.js';
import { copyImage } from '../registry/copy.js';
import { isValidTag, parseReference } from '../registry/reference.js';
import { describeTransfer } from '../registry/transfer.js';
import { UsageError, type CliIO, type Command } from './command.js';
import { registryClientFromFlags, REGISTRY_FLAGS } from './registry-flags.js';

const USAGE = 'hoist copy SRC DST [--tag T]... [--platform OS/ARCH[/VARIANT]] [--concurrency N] [--insecure-registry HOST]... [--ca-cert FILE]... [--username U --password-stdin]';

/** Parses a positive integer flag. */
export function positiveInt(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive integer, not "${value}"`);
  return n;
}

/**
 * `hoist copy SRC DST`: copies an image between repositories or registries, every platform of an index
 * unless `--platform` picks one. Blobs already at the destination are skipped; on the same registry they
 * are mounted from the source repository instead of uploaded.
 */
export const copyCommand: Command = {
  name: 'copy',
  summary: 'copy an image (all platforms) between registries or repositories',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseFlags({
      args: argv,
      allowPositionals: true,
      options: { ...REGISTRY_FLAGS, platform: { type: 'string' }, tag: { type: 'string', multiple: true }, concurrency: { type: 'string' } },
    });
    if (positionals.length !== 2) throw new UsageError('expected SRC and DST image references');
    const src = parseReference(positionals[0]);
    const dst = parseReference(positionals[1]);
    const extraTags = values.tag ?? [];
    for (const t of extraTags) if (!isValidTag(t)) throw new UsageError(`invalid tag "${t}"`);
    const client = await registryClientFromFlags(values, io);
    try {
      const r = await copyImage(client, src, dst, {
        extraTags,
        platform: values.platform ? parsePlatform(values.platform) : undefined,
        concurrency: positiveInt(values.concurrency, '--concurrency', 6),
        log: io.env.HOIST_DEBUG ? (m) => io.stderr(`${m}\n`) : undefined,
      });
      io.stdout(`copied ${src} to ${dst}${extraTags.length ? ` (+ ${extraTags.join(', ')})` : ''}: ${describeTransfer(r)}\n`);
      return 0;
    } finally {
      await client.close();
    }
  },
};
