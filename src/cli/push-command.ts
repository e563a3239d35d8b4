import path from 'node:path';
import { parseFlags } from './flags.js';
import { parseLayoutTarget } from '../oci/layout.js';
import { pushFromLayout } from '../registry/copy.js';
import { parseReference } from '../registry/reference.js';
import { describeTransfer } from '../registry/transfer.js';
import { UsageError, type CliIO, type Command } from './command.js';
import { positiveInt } from './copy-command.js';
import { registryClientFromFlags, REGISTRY_FLAGS } from './registry-flags.js';

const USAGE = 'hoist push oci:DIR[:NAME] REF [--concurrency N] [--insecure-registry HOST]... [--ca-cert FILE]... [--username U --password-stdin]';

/**
 * `hoist push oci:DIR[:NAME] REF`: pushes the layout's image named NAME (or its only image) to REF, blobs
 * first (skipped when present), manifests after.
 */
export const pushCommand: Command = {
  name: 'push',
  summary: 'push an image from an OCI image layout directory',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseFlags({ args: argv, allowPositionals: true, options: { ...REGISTRY_FLAGS, concurrency: { type: 'string' } } });
    if (positionals.length !== 2) throw new UsageError('expected oci:DIR[:NAME] and an image reference');
    const source = parseLayoutTarget(positionals[0]);
    if (!source) throw new UsageError(`the source must be oci:DIR[:NAME], not "${positionals[0]}"`);
    const ref = parseReference(positionals[1]);
    const client = await registryClientFromFlags(values, io);
    try {
      const r = await pushFromLayout(client, path.resolve(io.cwd, source.dir), source.refName, ref, { concurrency: positiveInt(values.concurrency, '--concurrency', 6) });
      io.stdout(`pushed ${positionals[0]} to ${ref}: ${describeTransfer(r)}\n`);
      return 0;
    } finally {
      await client.close();
    }
  },
};
