/**
 * Runs as an unprivileged user (spawned by sudo.test.ts): picks an executor the way the CLI does, runs one
 * step, mounts a read-only view, and prints a JSON report on its last line.
 * argv: <tempDir> <cacheDir> <workerScript> <layer tar.gz> <diffId> <dockerSocket> [memory]
 * With `memory`, layers are unpacked in /dev/shm (memory-layers.ts) and the report lists this process's dirs there
 * after the step (`shmDuring`) and after the executor closed (`shmAfter`).
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import type { Digest } from '../../../src/oci/digest.js';
import { readTar } from '../../../src/oci/tar/reader.js';
import { createExecutor, mountRootfs } from '../../../src/sandbox/index.js';
import type { LayerSource } from '../../../src/sandbox/types.js';

const [tempDir, cacheDir, workerScript, blob, diffId, dockerSocket, memory] = process.argv.slice(2);
const shm = async () => (await readdir('/dev/shm')).filter((n) => n.startsWith(`hoist-layers-${process.pid}-`));
const layer: LayerSource = { diffId: diffId as Digest, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', open: async () => createReadStream(blob) };
const logs: string[] = [];
try {
  const ex = await createExecutor({ cacheDir, tempDir, workerScript, dockerSocket, log: (m) => logs.push(m), memoryLayers: memory === 'memory' });
  let out = '';
  const r = await ex.run({ layers: [layer], argv: ['/bin/sh', '-c', 'id -u; echo hi > /f; touch /etc/x'], env: ['PATH=/bin'], cwd: '/', user: '', network: 'default', mounts: [], onOutput: (_s, c) => (out += c) });
  const paths: string[] = [];
  for await (const { entry, body } of readTar(createReadStream(r.diffTar))) {
    paths.push(entry.path);
    body.resume();
  }
  const owner = (await stat(r.diffTar)).uid;
  await r.release();
  const shmDuring = await shm();
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
  const shmAfter = await shm();
  console.log(JSON.stringify({ executor: ex.name, out, paths, owner, uid: process.getuid?.(), viewPasswd, viewError, logs, shmDuring, shmAfter }));
} catch (e) {
  console.log(JSON.stringify({ error: (e as Error).message, logs }));
}
