import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { digestOf } from '../../src/oci/digest.js';
import { writeLayerBlob } from '../../src/oci/layer/compress.js';
import { buildManifest, toBytes } from '../../src/oci/manifest.js';
import { layerMediaType, type MediaFamily } from '../../src/oci/media-types.js';
import { hostPlatform } from '../../src/oci/platform.js';
import { TarWriter } from '../../src/oci/tar/writer.js';
import type { TarEntry } from '../../src/oci/tar/types.js';
import type { ContainerConfig, ImageConfig } from '../../src/oci/types.js';
import type { RegistryClient } from '../../src/registry/client.js';
import { parseReference, withDigest } from '../../src/registry/reference.js';

/** An entry of a test layer: a file with content, a directory, a symlink or a hardlink. */
export interface LayerSpecEntry {
  path: string;
  type?: 'file' | 'dir' | 'symlink' | 'hardlink';
  content?: string | Buffer;
  mode?: number;
  uid?: number;
  gid?: number;
  linkname?: string;
}

/** The passwd and group files of the test base images (users and groups the conformance cases use). */
export const TEST_PASSWD = 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\nalice:x:1000:1000:Alice:/home/alice:/bin/sh\nbob:x:1001:1001:Bob:/home/bob:/bin/sh\n';
export const TEST_GROUP = 'root:x:0:\ndaemon:x:1:\nbin:x:2:\nstaff:x:50:alice,bob\nnogroup:x:65534:\nalice:x:1000:\nbob:x:1001:\n';

/** Entries of a busybox root filesystem: /bin/busybox (Debian's busybox-static) with every applet linked. */
export function busyboxEntries(): LayerSpecEntry[] {
  const applets = execFileSync('/bin/busybox', ['--list']).toString().split('\n').filter((a) => a && a !== 'busybox');
  const dirs = ['bin', 'dev', 'etc', 'home', 'home/alice', 'home/bob', 'proc', 'root', 'run', 'sys', 'tmp', 'usr', 'usr/bin', 'usr/local', 'usr/local/bin', 'var', 'var/log', 'var/tmp'];
  const entries: LayerSpecEntry[] = dirs.map((d) => ({
    path: d,
    type: 'dir' as const,
    mode: d === 'tmp' || d === 'var/tmp' ? 0o1777 : d === 'root' ? 0o700 : 0o755,
    uid: d === 'home/alice' ? 1000 : d === 'home/bob' ? 1001 : 0,
    gid: d === 'home/alice' ? 1000 : d === 'home/bob' ? 1001 : 0,
  }));
  entries.push({ path: 'bin/busybox', content: readFileSync('/bin/busybox'), mode: 0o755 });
  for (const a of applets) entries.push({ path: `bin/${a}`, type: 'symlink', linkname: 'busybox' });
  entries.push({ path: 'etc/passwd', content: TEST_PASSWD, mode: 0o644 });
  entries.push({ path: 'etc/group', content: TEST_GROUP, mode: 0o644 });
  entries.push({ path: 'var/run', type: 'symlink', linkname: '../run' });
  return entries;
}

function tarEntry(e: LayerSpecEntry): { entry: TarEntry; body?: Buffer } {
  const type = e.type ?? 'file';
  const body = type === 'file' ? (Buffer.isBuffer(e.content) ? e.content : Buffer.from(e.content ?? '')) : undefined;
  const entry: TarEntry = { path: e.path, type, mode: e.mode ?? (type === 'dir' ? 0o755 : type === 'symlink' ? 0o777 : 0o644), uid: e.uid ?? 0, gid: e.gid ?? 0, size: body?.length ?? 0, mtime: 1_600_000_000 };
  if (e.linkname !== undefined) entry.linkname = e.linkname;
  return { entry, body };
}

/** Makes a layer blob from entries (sorted into tree order), in `dir`. */
export async function makeLayer(entries: LayerSpecEntry[], dir: string, family: MediaFamily = 'oci') {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const out = new PassThrough();
  const writer = new TarWriter(out);
  const done = writeLayerBlob(out, { compression: 'gzip', dir });
  for (const e of sorted) {
    const { entry, body } = tarEntry(e);
    await writer.add(entry, body);
  }
  await writer.finish();
  const blob = await done;
  return { ...blob, mediaType: layerMediaType(family, 'gzip') };
}

/** Pushes an image made of layer specs to `ref` (tag) and returns its manifest digest (its layer blobs are made in a temporary directory, removed afterwards); `mutate` may change the config first. */
export async function pushSpecImage(client: RegistryClient, ref: string, layers: LayerSpecEntry[][], config: ContainerConfig = {}, family: MediaFamily = 'oci', mutate?: (c: ImageConfig) => void): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hoist-base-'));
  try {
    const target = parseReference(ref);
    const blobs = [];
    for (const l of layers) blobs.push(await makeLayer(l, dir, family));
    const platform = hostPlatform();
    const imageConfig: ImageConfig = {
      created: '2020-09-13T12:26:40Z',
      architecture: platform.architecture,
      os: platform.os,
      config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['sh'], ...config },
      rootfs: { type: 'layers', diff_ids: blobs.map((b) => b.diffId) },
      history: blobs.map(() => ({ created: '2020-09-13T12:26:40Z', created_by: 'hoist test base layer' })),
    };
    mutate?.(imageConfig);
    const configBytes = toBytes(imageConfig);
    for (const b of blobs) await client.pushBlob(target, { mediaType: b.mediaType, digest: b.digest, size: b.size }, async () => Readable.from([await readFile(b.path)]));
    await client.pushBlob(target, { mediaType: 'application/octet-stream', digest: digestOf(configBytes), size: configBytes.length }, () => Readable.from([configBytes]));
    const manifest = buildManifest(family, { digest: digestOf(configBytes), size: configBytes.length }, blobs.map((b) => ({ mediaType: b.mediaType, digest: b.digest, size: b.size })));
    const bytes = toBytes(manifest);
    await client.putManifest(withDigest(target, digestOf(bytes)), bytes, manifest.mediaType);
    await client.putManifest(target, bytes, manifest.mediaType);
    return digestOf(bytes);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
