import type { Digest } from '../oci/digest.js';
import { OciLayout } from '../oci/layout.js';
import type { Platform } from '../oci/types.js';
import type { RegistryClient } from './client.js';
import { layoutSink, layoutSource, registrySink, registrySource } from './ends.js';
import { repositoryOf, withTag, type Reference } from './reference.js';
import { transferImage, type TransferOptions, type TransferResult } from './transfer.js';

/**
 * The image lifecycle operations behind `hoist copy`, `tag`, `pull` and `push`, each a transfer between a
 * registry and a registry or an OCI layout, all through RegistryClient's pushBlob/putManifest.
 */

/**
 * Copies an image (all platforms of an index unless `platform` is given) from `src` to `dst`. Blobs already
 * in the target are skipped; on the same registry they are mounted from the source repository.
 */
export function copyImage(client: RegistryClient, src: Reference, dst: Reference, opts: TransferOptions & { extraTags?: string[] } = {}): Promise<TransferResult> {
  const mountFrom = src.registry === dst.registry ? [repositoryOf(src)] : [];
  return transferImage(registrySource(client, src), registrySink(client, dst, { mountFrom, extraTags: opts.extraTags }), opts);
}

/** Re-tags `ref`'s manifest in its repository under each of `tags` (no blob moves). Resolves the digest. */
export async function retagImage(client: RegistryClient, ref: Reference, tags: readonly string[]): Promise<Digest> {
  const m = await client.getManifest(ref);
  for (const t of tags) await client.putManifest(withTag(ref, t), m.bytes, m.mediaType);
  return m.digest;
}

/** Pulls `ref` into an OCI layout directory (created when missing), listed under `refName`. */
export async function pullToLayout(client: RegistryClient, ref: Reference, dir: string, refName: string | undefined, opts: TransferOptions = {}): Promise<TransferResult> {
  const layout = await OciLayout.create(dir);
  return transferImage(registrySource(client, ref), layoutSink(layout, refName), opts);
}

/** Pushes the image `refName` (or the only one) of an OCI layout to `dst`. */
export async function pushFromLayout(client: RegistryClient, dir: string, refName: string | undefined, dst: Reference, opts: TransferOptions & { platform?: Platform } = {}): Promise<TransferResult> {
  const layout = await OciLayout.open(dir);
  return transferImage(layoutSource(layout, refName), registrySink(client, dst), opts);
}
