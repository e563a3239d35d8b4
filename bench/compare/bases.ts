/**
 * Base images of the fixtures, pushed to the benchmark's registry before a sequence (not timed): busybox (Debian's
 * busybox-static, from the test support) and a debootstrap bookworm rootfs (made once per machine by the test
 * support and cached under /var/tmp).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { digestOf, type Digest } from '../../src/oci/digest.js';
import { buildManifest, toBytes } from '../../src/oci/manifest.js';
import { hostPlatform } from '../../src/oci/platform.js';
import type { ImageConfig } from '../../src/oci/types.js';
import { RegistryClient } from '../../src/registry/client.js';
import { parseReference, withDigest } from '../../src/registry/reference.js';
import { busyboxEntries, pushSpecImage } from '../../__tests__/support/base-images.js';
import { debianLayer } from '../../__tests__/support/rootfs.js';
import type { BaseRefs } from './fixtures.js';

async function fileDigest(file: string): Promise<Digest> {
  const h = createHash('sha256');
  for await (const c of createReadStream(file)) h.update(c as Buffer);
  return `sha256:${h.digest('hex')}` as Digest;
}

/** Pushes the debootstrap rootfs (one gzip layer) as an OCI image to `ref`. */
async function pushDebian(client: RegistryClient, ref: string): Promise<void> {
  const layer = await debianLayer('bookworm');
  const target = parseReference(ref);
  const digest = await fileDigest(layer.blob);
  const size = (await stat(layer.blob)).size;
  const mediaType = 'application/vnd.oci.image.layer.v1.tar+gzip';
  await client.pushBlob(target, { mediaType, digest, size }, () => createReadStream(layer.blob));
  const platform = hostPlatform();
  const config: ImageConfig = {
    created: '2025-05-20T00:00:00Z',
    architecture: platform.architecture,
    os: platform.os,
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['bash'] },
    rootfs: { type: 'layers', diff_ids: [layer.diffId] },
    history: [{ created: '2025-05-20T00:00:00Z', created_by: 'debootstrap --variant=minbase bookworm' }],
  };
  const configBytes = toBytes(config);
  await client.pushBlob(target, { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf(configBytes), size: configBytes.length }, () => Readable.from([configBytes]));
  const manifest = buildManifest('oci', { digest: digestOf(configBytes), size: configBytes.length }, [{ mediaType, digest, size }]);
  const bytes = toBytes(manifest);
  await client.putManifest(withDigest(target, digestOf(bytes)), bytes, manifest.mediaType);
  await client.putManifest(target, bytes, manifest.mediaType);
}

/**
 * Pushes the bases in `needs` to the registry at `pushHost` and returns their references under `refHost` (the
 * counting proxy in front of the same registry, which the builders use).
 */
export async function pushBases(pushHost: string, refHost: string, needs: ReadonlyArray<keyof BaseRefs>): Promise<BaseRefs> {
  const client = new RegistryClient();
  try {
    if (needs.includes('busybox')) await pushSpecImage(client, `${pushHost}/base/busybox:1`, [busyboxEntries()]);
    if (needs.includes('debian')) await pushDebian(client, `${pushHost}/base/debian:bookworm`);
  } finally {
    await client.close();
  }
  return { busybox: `${refHost}/base/busybox:1`, debian: `${refHost}/base/debian:bookworm` };
}

/** Warms the debootstrap cache (minutes the first time on a machine), so no sequence pays for it. */
export async function prepareBases(): Promise<void> {
  await debianLayer('bookworm');
}
