/**
 * Runs as an unprivileged user (spawned by sudo.test.ts): writes a `type=tar` output of an image the way the CLI
 * does for a caller that is not root (exportTar with the sandbox worker through sudo), and prints a JSON report on
 * its last line.
 * argv: <tempDir> <cacheDir> <workerScript> <out file> <blob:diffId>...
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { exportTar, type FsImage } from '../../../src/build/export-fs.js';
import type { Digest } from '../../../src/oci/digest.js';
import { exportTarPrivileged } from '../../../src/sandbox/index.js';

const [tempDir, cacheDir, workerScript, out, ...layers] = process.argv.slice(2);
const image: FsImage = {
  platform: { os: 'linux', architecture: 'amd64' },
  layers: layers.map((l) => {
    const [blob, diffId] = l.split(':sha256:');
    return { diffId: `sha256:${diffId}` as Digest, digest: `sha256:${diffId}` as Digest, size: 0, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', location: { kind: 'file', path: blob } } as unknown as FsImage['layers'][number];
  }),
  openTar: () => Promise.reject(new Error('the privileged export reads blobs')),
  openBlob: async (l) => createReadStream((l as unknown as { location: { path: string } }).location.path),
};
try {
  await exportTar(out, [image], tempDir, { caller: { uid: process.getuid!(), gid: process.getgid!() }, privileged: (file, views) => exportTarPrivileged(views, file, { cacheDir, tempDir, workerScript }) });
  const st = await stat(out);
  console.log(JSON.stringify({ owner: st.uid, tempLeft: await readdir(tempDir) }));
} catch (e) {
  console.log(JSON.stringify({ error: (e as Error).message }));
}
