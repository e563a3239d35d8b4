import { parseFlags } from './flags.js';
import { isDigest } from '../oci/digest.js';
import { planMerge, pushMerge } from '../registry/merge.js';
import { parseReference, repositoryOf, withDigest, type Reference } from '../registry/reference.js';
import { UsageError, type CliIO, type Command } from './command.js';
import { registryClientFromFlags, REGISTRY_FLAGS } from './registry-flags.js';

const USAGE = 'hoist imagetools create -t REF [-t REF]... [--dry-run] SOURCE... [--insecure-registry HOST]... [--ca-cert FILE]... [--username U --password-stdin]';

/**
 * The sources of `imagetools create`: image references, or bare digests (`sha256:...`) in the first target's
 * repository, as buildx reads them.
 */
export function mergeSources(args: readonly string[], targets: readonly Reference[]): Reference[] {
  return args.map((a) => {
    if (isDigest(a)) {
      if (!targets[0]) throw new UsageError(`source ${a} is a bare digest: give a -t target whose repository holds it`);
      return withDigest(repositoryOf(targets[0]), a);
    }
    try {
      return parseReference(a);
    } catch (e) {
      throw new UsageError(`source "${a}": ${(e as Error).message}`);
    }
  });
}

/**
 * `hoist imagetools create`: docker buildx imagetools create's merge of images pushed by digest (the matrix
 * legs of a multi-platform build) into one index under the -t tags. Prints the index digest (--dry-run: the index).
 */
export const imagetoolsCommand: Command = {
  name: 'imagetools',
  summary: 'create: merge images (e.g. pushed by digest from matrix legs) into one multi-platform index under tags',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseFlags({
      args: argv,
      allowPositionals: true,
      options: { ...REGISTRY_FLAGS, tag: { type: 'string', short: 't', multiple: true }, 'dry-run': { type: 'boolean' } },
    });
    if (positionals[0] !== 'create') throw new UsageError(positionals[0] === undefined ? 'expected a subcommand: create' : `unknown subcommand "${positionals[0]}" (create)`);
    const targets = (values.tag ?? []).map((t) => {
      try {
        return parseReference(t);
      } catch (e) {
        throw new UsageError(`-t "${t}": ${(e as Error).message}`);
      }
    });
    if (targets.length === 0 && !values['dry-run']) throw new UsageError('give at least one -t target (or --dry-run)');
    const sources = mergeSources(positionals.slice(1), targets);
    if (sources.length === 0) throw new UsageError('give at least one source image');
    const client = await registryClientFromFlags(values, io);
    try {
      const plan = await planMerge(client, sources);
      if (values['dry-run']) {
        io.stdout(`${JSON.stringify(plan.index, null, 2)}\n`);
        return 0;
      }
      const refs = await pushMerge(client, plan, targets, io.env.HOIST_DEBUG ? (m) => io.stderr(`${m}\n`) : undefined);
      for (const r of refs) io.stderr(`pushed ${r}\n`);
      io.stdout(`${plan.digest}\n`);
      return 0;
    } finally {
      await client.close();
    }
  },
};
