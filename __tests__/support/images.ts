import { randomFillSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { digestOf, type Digest } from '../../src/oci/digest.js';
import { buildIndex, buildManifest, toBytes } from '../../src/oci/manifest.js';
import { layerMediaType, mediaTypesFor, type MediaFamily } from '../../src/oci/media-types.js';
import type { Descriptor, ImageConfig, ImageIndex, ImageManifest, Platform } from '../../src/oci/types.js';
import type { RegistryClient } from '../../src/registry/client.js';
import { repositoryOf, withDigest, type Reference } from '../../src/registry/reference.js';

/**
 * Test images without a builder: busybox-static layers made with tar-stream and node:zlib, OCI or Docker
 * manifests made with src/oci helpers, multi-platform indexes, and big random images for benchmarks.
 */

/** A blob and its descriptor. */
export interface TestBlob {
  descriptor: Descriptor;
  data: Buffer;
}

/** A single-platform image held in memory. */
export interface TestImage {
  kind: 'manifest';
  family: MediaFamily;
  platform: Platform;
  config: ImageConfig;
  configBlob: TestBlob;
  layers: TestBlob[];
  manifest: ImageManifest;
  bytes: Buffer;
  digest: Digest;
  mediaType: string;
  /** Every blob (config and layers) by digest. */
  blobs: Map<string, Buffer>;
}

/** A multi-platform index over TestImages. */
export interface TestIndex {
  kind: 'index';
  family: MediaFamily;
  index: ImageIndex;
  bytes: Buffer;
  digest: Digest;
  mediaType: string;
  images: TestImage[];
  blobs: Map<string, Buffer>;
}

/** A file, directory or symlink for a test layer. */
export type TestEntry = { name: string; type?: 'file' | 'directory' | 'symlink'; data?: Buffer | string; mode?: number; linkname?: string };

const MTIME = new Date('2024-01-01T00:00:00Z');
const BUSYBOX_APPLETS = ['sh', 'ls', 'cat', 'echo', 'true', 'false', 'env', 'mkdir', 'rm', 'sleep', 'touch', 'id'];

/** Builds an uncompressed tar (root-owned, fixed mtime) of the entries. */
export async function makeTar(entries: TestEntry[]): Promise<Buffer> {
  const pack = tar.pack();
  const out: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    pack.on('data', (d: unknown) => void out.push(d as Buffer));
    pack.on('end', resolve);
    pack.on('error', reject);
  });
  for (const e of entries) {
    const type = e.type ?? 'file';
    const header = { name: e.name, type, mode: e.mode ?? (type === 'directory' ? 0o755 : 0o644), uid: 0, gid: 0, mtime: MTIME, ...(e.linkname ? { linkname: e.linkname } : {}) };
    await new Promise<void>((resolve, reject) => {
      if (type === 'file') pack.entry(header, typeof e.data === 'string' ? Buffer.from(e.data) : (e.data ?? Buffer.alloc(0)), (err) => (err ? reject(err) : resolve()));
      else pack.entry(header, (err) => (err ? reject(err) : resolve()));
    });
  }
  pack.finalize();
  await done;
  return Buffer.concat(out);
}

/** A gzip layer blob from a tar, with its diff_id. */
export function gzipLayer(tarBytes: Buffer, family: MediaFamily, level = 6): TestBlob & { diffId: Digest } {
  const data = gzipSync(tarBytes, { level });
  return { data, diffId: digestOf(tarBytes), descriptor: { mediaType: layerMediaType(family, 'gzip'), digest: digestOf(data), size: data.length } };
}

/** Assembles config and manifest for layers. */
export function assembleImage(layers: Array<TestBlob & { diffId: Digest }>, opts: { family?: MediaFamily; platform?: Platform; cmd?: string[]; labels?: Record<string, string> } = {}): TestImage {
  const family = opts.family ?? 'oci';
  const platform = opts.platform ?? { os: 'linux', architecture: 'amd64' };
  const config: ImageConfig = {
    created: MTIME.toISOString(),
    architecture: platform.architecture,
    os: platform.os,
    ...(platform.variant ? { variant: platform.variant } : {}),
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: opts.cmd ?? ['sh'], ...(opts.labels ? { Labels: opts.labels } : {}) },
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
    history: layers.map((_, i) => ({ created: MTIME.toISOString(), created_by: `hoist test layer ${i}` })),
  };
  const configBytes = toBytes(config);
  const configBlob: TestBlob = { data: configBytes, descriptor: { mediaType: mediaTypesFor(family).config, digest: digestOf(configBytes), size: configBytes.length } };
  const manifest = buildManifest(family, configBlob.descriptor, layers.map((l) => l.descriptor));
  const bytes = toBytes(manifest);
  const blobs = new Map<string, Buffer>([[configBlob.descriptor.digest, configBytes], ...layers.map((l) => [l.descriptor.digest, l.data] as [string, Buffer])]);
  return { kind: 'manifest', family, platform, config, configBlob, layers: layers.map(({ data, descriptor }) => ({ data, descriptor })), manifest, bytes, digest: digestOf(bytes), mediaType: manifest.mediaType, blobs };
}

/**
 * A busybox image: one layer with /bin/busybox (from busybox-static) and applet symlinks, plus an optional
 * second layer of `extraFiles` (which makes images for different platforms differ).
 */
export async function makeBusyboxImage(opts: { family?: MediaFamily; platform?: Platform; extraFiles?: Record<string, string>; labels?: Record<string, string> } = {}): Promise<TestImage> {
  const family = opts.family ?? 'oci';
  const base = await makeTar([
    { name: 'bin/', type: 'directory' },
    { name: 'bin/busybox', data: readFileSync('/bin/busybox'), mode: 0o755 },
    ...BUSYBOX_APPLETS.map((a) => ({ name: `bin/${a}`, type: 'symlink' as const, linkname: 'busybox' })),
    { name: 'etc/', type: 'directory' },
    { name: 'etc/passwd', data: 'root:x:0:0:root:/root:/bin/sh\n' },
    { name: 'tmp/', type: 'directory', mode: 0o1777 },
  ]);
  const layers = [gzipLayer(base, family)];
  if (opts.extraFiles && Object.keys(opts.extraFiles).length > 0) {
    layers.push(gzipLayer(await makeTar(Object.entries(opts.extraFiles).map(([name, data]) => ({ name, data }))), family));
  }
  return assembleImage(layers, { family, platform: opts.platform, labels: opts.labels });
}

/** An index over images (one family). */
export function makeIndex(images: TestImage[], family: MediaFamily = images[0]?.family ?? 'oci'): TestIndex {
  const index = buildIndex(
    family,
    images.map((i) => ({ mediaType: i.mediaType, digest: i.digest, size: i.bytes.length, platform: i.platform })),
  );
  const bytes = toBytes(index);
  const blobs = new Map<string, Buffer>();
  for (const i of images) for (const [d, b] of i.blobs) blobs.set(d, b);
  return { kind: 'index', family, index, bytes, digest: digestOf(bytes), mediaType: index.mediaType, images, blobs };
}

/** busybox for linux/amd64, linux/arm64 and linux/arm/v7 (labelled; only amd64 runs here) in one index. */
export async function makeMultiPlatformBusybox(family: MediaFamily = 'oci'): Promise<TestIndex> {
  const platforms: Platform[] = [
    { os: 'linux', architecture: 'amd64' },
    { os: 'linux', architecture: 'arm64' },
    { os: 'linux', architecture: 'arm', variant: 'v7' },
  ];
  const images = await Promise.all(platforms.map((p) => makeBusyboxImage({ family, platform: p, extraFiles: { 'etc/hoist-platform': `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}\n` } })));
  return makeIndex(images, family);
}

/**
 * A big image of random data: `layers` layers of `layerSize` random bytes each (a tar with one file,
 * gzipped at level 1), for copy benchmarks.
 */
export async function makeRandomImage(opts: { layers: number; layerSize: number; family?: MediaFamily }): Promise<TestImage> {
  const family = opts.family ?? 'oci';
  const layers = [];
  for (let i = 0; i < opts.layers; i++) {
    const data = randomFillSync(Buffer.allocUnsafe(opts.layerSize));
    layers.push(gzipLayer(await makeTar([{ name: `data/layer-${i}.bin`, data }]), family, 1));
  }
  return assembleImage(layers, { family, cmd: ['true'] });
}

/** Pushes a test image or index with the client (blobs, then manifests, then the root under `ref`'s tag). */
export async function pushTestImage(client: RegistryClient, ref: Reference, image: TestImage | TestIndex): Promise<Digest> {
  const repo = repositoryOf(ref);
  const images = image.kind === 'index' ? image.images : [image];
  const pushed = new Set<string>();
  for (const img of images) {
    await Promise.all(
      [img.configBlob, ...img.layers].map(async (b) => {
        if (pushed.has(b.descriptor.digest)) return;
        pushed.add(b.descriptor.digest);
        await client.pushBlob(repo, b.descriptor, () => Readable.from([b.data]));
      }),
    );
    if (image.kind === 'index') await client.putManifest(withDigest(repo, img.digest), img.bytes, img.mediaType);
  }
  return client.putManifest(ref.digest ? ref : ref.tag ? ref : withDigest(repo, image.digest), image.bytes, image.mediaType);
}
