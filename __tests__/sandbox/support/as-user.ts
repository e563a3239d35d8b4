/**
 * Runs as an unprivileged user (spawned by sudo.test.ts): picks an executor the way the CLI does, runs one
 * step, mounts a read-only view, and prints a JSON report on its last line.
 * argv: <tempDir> <cacheDir> <workerScript> <layer tar.gz> <diffId> <dockerSocket>
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Digest } from '../../../src/oci/digest.js';
import { readTar } from '../../../src/oci/tar/reader.js';
import { createExecutor, mountRootfs } from '../../../src/sandbox/index.js';
import type { LayerSource } from '../../../src/sandbox/types.js';

const [tempDir, cacheDir, workerScript, blob, diffId, dockerSocket] = process.argv.slice(2);
const layer: LayerSource = { diffId: diffId as Digest, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', open: async () => createReadStream(blob) };
const logs: string[] = [];
try {
  const ex = await createExecutor({ cacheDir, tempDir, workerScript, dockerSocket, log: (m) => logs.push(m) });
  let out = '';
  const r = await ex.run({ layers: [layer], argv: ['/bin/sh', '-c', 'id -u; echo hi > /f; touch /etc/x'], env: ['PATH=/bin'], cwd: '/', user: '', network: 'default', mounts: [], onOutput: (_s, c) => (out += c) });
  const paths: string[] = [];
  for await (const { entry, body } of readTar(createReadStream(r.diffTar))) {
    paths.push(entry.path);
    body.resume();
  }
  const owner = (await stat(r.diffTar)).uid;
  await r.release();
  let viewPasswd: string | undefined;
  let viewError: string | undefined;
  try {
    const view = await mountRootfs([layer], { cacheDir, tempDir, workerScript });
    viewPasswd = (await readFile(`${view.path}/etc/passwd`, 'utf8')).split('\n')[0];
    await view.release();
  } catch (e) {
    viewError = (e as Error).message;
  }
  await ex.close();
  console.log(JSON.stringify({ executor: ex.name, out, paths, owner, uid: process.getuid?.(), viewPasswd, viewError, logs }));
} catch (e) {
  console.log(JSON.stringify({ error: (e as Error).message, logs }));
}
