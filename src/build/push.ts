import { Readable } from 'node:stream';
import type { Descriptor } from '../oci/types.js';
import type { RegistryClient } from '../registry/client.js';
import { makeReference, tagsByRepository, withDigest, withTag, type Reference } from '../registry/reference.js';
import type { BuiltLayer } from './layers.js';
import { isIndexImage, type PushableImage } from './output.js';

/** What one push did, for logs, outputs and the job summary. */
export interface PushReport {
  /** Every reference written (`registry/repo:tag` and `registry/repo@digest`). */
  refs: string[];
  digest: string;
  blobsUploaded: number;
  blobsMounted: number;
  blobsPresent: number;
  bytesUploaded: number;
}

async function pool<T>(items: T[], limit: number, fn: (t: T) => Promise<void>): Promise<void> {
  let i = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (i < items.length) await fn(items[i++]);
  });
  await Promise.all(workers);
}

/**
 * Pushes an image to every target reference: per repository, each platform's layers (HEAD first, mounted from
 * the base image's repository on the same registry when possible, uploaded only when missing, read lazily),
 * its config and its manifest by digest; the attestation manifests' blobs and manifests; then the index; then
 * the tags. A manifest is never put before every
 * blob it names is confirmed (the client checks too).
 */
export async function pushImage(client: RegistryClient, targets: Reference[], image: PushableImage, openLayer: (l: BuiltLayer) => Promise<Readable>, log?: (m: string) => void, onPushed?: (ref: string) => void): Promise<PushReport> {
  const report: PushReport = { refs: [], digest: image.topDigest, blobsUploaded: 0, blobsMounted: 0, blobsPresent: 0, bytesUploaded: 0 };
  for (const { repo, tags } of tagsByRepository(targets)) {
    const pushBytes = async (desc: Descriptor, bytes: Buffer): Promise<void> => {
      if ((await client.pushBlob(repo, desc, () => Readable.from([bytes]))) === 'uploaded') report.bytesUploaded += bytes.length;
    };
    for (const a of image.artifacts) {
      const mountFrom: Reference[] = [];
      for (const l of a.layers) {
        if (l.location.kind === 'registry' && l.location.registry === repo.registry && l.location.repository !== repo.repository) {
          if (!mountFrom.some((m) => m.repository === (l.location as { repository: string }).repository)) mountFrom.push(makeReference(l.location.registry, l.location.repository));
        }
      }
      await pool(a.layers, 4, async (l) => {
        const r = await client.pushBlob(repo, { mediaType: l.mediaType, digest: l.digest, size: l.size }, () => openLayer(l), { mountFrom });
        if (r === 'uploaded') {
          report.blobsUploaded++;
          report.bytesUploaded += l.size;
        } else if (r === 'mounted') report.blobsMounted++;
        else report.blobsPresent++;
      });
      await pushBytes({ mediaType: 'application/octet-stream', digest: a.configDigest, size: a.configBytes.length }, a.configBytes);
      await client.putManifest(withDigest(repo, a.manifestDigest), a.manifestBytes, a.manifestMediaType);
    }
    for (const x of image.attestations ?? []) {
      await pushBytes(x.layer, x.layerBytes);
      await pushBytes({ mediaType: 'application/octet-stream', digest: x.configDigest, size: x.configBytes.length }, x.configBytes);
      await client.putManifest(withDigest(repo, x.manifestDigest), x.manifestBytes, x.descriptor.mediaType);
    }
    if (isIndexImage(image)) await client.putManifest(withDigest(repo, image.topDigest), image.topBytes, image.topMediaType);
    report.refs.push(String(withDigest(repo, image.topDigest)));
    for (const tag of tags) {
      await client.putManifest(withTag(repo, tag), image.topBytes, image.topMediaType);
      report.refs.push(String(withTag(repo, tag)));
      log?.(`pushed ${String(withTag(repo, tag))}@${image.topDigest}`);
      onPushed?.(String(withTag(repo, tag)));
    }
  }
  return report;
}
