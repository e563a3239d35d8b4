import { parseFlags } from './flags.js';
import { retagImage } from '../registry/copy.js';
import { isValidTag, parseReference, repositoryName, type Reference } from '../registry/reference.js';
import { UsageError, type CliIO, type Command } from './command.js';
import { registryClientFromFlags, REGISTRY_FLAGS } from './registry-flags.js';

const USAGE = 'hoist tag REF NEWTAG... [--insecure-registry HOST]... [--ca-cert FILE]... [--username U --password-stdin]';

/** A NEWTAG argument: a bare tag, or a full reference naming the same repository. */
export function newTagOf(arg: string, ref: Reference): string {
  if (isValidTag(arg)) return arg;
  let other: Reference;
  try {
    other = parseReference(arg, { defaultTag: null });
  } catch {
    throw new UsageError(`"${arg}" is neither a tag nor an image reference`);
  }
  if (repositoryName(other) !== repositoryName(ref)) throw new UsageError(`"${arg}" is in another repository than ${repositoryName(ref)}; use hoist copy`);
  if (!other.tag || other.digest) throw new UsageError(`"${arg}" names no tag`);
  return other.tag;
}

/** `hoist tag REF NEWTAG...`: puts REF's manifest under more tags in its repository; no blob moves. */
export const tagCommand: Command = {
  name: 'tag',
  summary: 'add tags to an image in its registry (no blobs move)',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseFlags({ args: argv, allowPositionals: true, options: { ...REGISTRY_FLAGS } });
    if (positionals.length < 2) throw new UsageError('expected REF and at least one NEWTAG');
    const ref = parseReference(positionals[0]);
    const tags = positionals.slice(1).map((a) => newTagOf(a, ref));
    const client = await registryClientFromFlags(values, io);
    try {
      const digest = await retagImage(client, ref, tags);
      io.stdout(`tagged ${ref} (${digest}) as ${tags.join(', ')}\n`);
      return 0;
    } finally {
      await client.close();
    }
  },
};
