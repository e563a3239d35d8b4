/**
 * A stand-in for a hoist build that gets a signal mid-RUN: starts a native executor (signal handling on,
 * as the CLI has it), runs a long step, prints `started` once the step's output arrives and waits. The
 * parent test sends SIGTERM or SIGINT and then checks that nothing is left behind.
 * argv: <tempDir> <cacheDir> <workerScript> <layer tar.gz> <diffId>
 */
import { createReadStream } from 'node:fs';
import { probeNative } from '../../../src/sandbox/privileges.js';
import { launcherFor } from '../../../src/sandbox/index.js';
import { NativeExecutor } from '../../../src/sandbox/native.js';
import type { Digest } from '../../../src/oci/digest.js';

const [tempDir, cacheDir, script, blob, diffId] = process.argv.slice(2);
const support = await probeNative(tempDir);
if (!support.ok) throw new Error(support.reason);
const ex = new NativeExecutor({ cacheDir, tempDir, launcher: launcherFor(support, script), log: (m) => process.stderr.write(`${m}\n`) });
// Like the CLI: a cancelled step is an error it reports; the signal, raised again once the sandbox has
// cleaned up, ends the process.
const keepAlive = setInterval(() => undefined, 1000);
await ex.run({
  layers: [{ diffId: diffId as Digest, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', open: async () => createReadStream(blob) }],
  argv: ['/bin/sh', '-c', 'echo started; sleep 600 & sleep 600'],
  env: ['PATH=/bin'],
  cwd: '/',
  user: '',
  network: 'default',
  mounts: [{ type: 'tmpfs', target: '/scratch' }],
  onOutput: (_s, c) => process.stdout.write(c),
}).then(
  () => process.stdout.write('finished\n'),
  (e: Error) => process.stdout.write(`error: ${e.name}\n`),
);
void keepAlive;
