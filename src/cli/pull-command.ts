import path from 'node:path';
import { parseFlags } from './flags.js';
import { parseLayoutTarget } from '../oci/layout.js';
import { parsePlatform } from '../oci/platform.js';
import { pullToLayout } from '../registry/copy.js';
import { parseReference } from '../registry/reference.js';
import { describeTransfer } from '../registry/transfer.js';
import { UsageError, type CliIO, type Command } from './command.js';
import { positiveInt } from './copy-command.js';
import { registryClientFromFlags, REGISTRY_FLAGS } from './registry-flags.js';

const USAGE = 'hoist pull REF --output oci:DIR[:NAME] [--platform OS/ARCH[/VARIANT]] [--concurrency N] [--insecure-registry HOST]... [--ca-cert FILE]... [--username U --password-stdin]';

/**
 * `hoist pull REF --output oci:DIR[:NAME]`: writes the image (every platform, or `--platform`'s) into an
 * OCI image layout, listed under NAME (default: REF's tag). Every blob is verified against its digest.
 */
export const pullCommand: Command = {
  name: 'pull',
  summary: 'pull an image into an OCI image layout directory',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseFlags({
      args: argv,
      allowPositionals: true,
      options: { ...REGISTRY_FLAGS, output: { type: 'string', short: 'o' }, platform: { type: 'string' }, concurrency: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError('expected one image reference');
    if (!values.output) throw new UsageError('--output oci:DIR[:NAME] is required');
    const target = parseLayoutTarget(values.output);
    if (!target) throw new UsageError(`--output must be oci:DIR[:NAME], not "${values.output}"`);
    const ref = parseReference(positionals[0]);
    const client = await registryClientFromFlags(values, io);
    try {
      const r = await pullToLayout(client, ref, path.resolve(io.cwd, target.dir), target.refName ?? ref.tag, {
        platform: values.platform ? parsePlatform(values.platform) : undefined,
        concurrency: positiveInt(values.concurrency, '--concurrency', 6),
      });
      io.stdout(`pulled ${ref} into oci:${target.dir}:${target.refName ?? ref.tag ?? ''}: ${describeTransfer(r)}\n`);
      return 0;
    } finally {
      await client.close();
    }
  },
};
