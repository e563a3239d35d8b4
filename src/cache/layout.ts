import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Digest } from '../oci/digest.js';
import type { BlobFile, CacheRecord } from './types.js';

/**
 * The Actions-cache entry layout (docs/cache.md explains the choice):
 * - `hoist-layers-v1-<32 hex>`: a bundle of the layer blobs one build added, content-addressed by its digests;
 *   a build writes at most two: the layers below its last source-dependent step ("stable": what a RUN after
 *   a source edit needs) and the rest ("volatile");
 * - `hoist-index-v1-<scope 16 hex>-<ref 12 hex>-<stamp>`: the records this scope and ref know, newest by prefix.
 * Ids are fixed-length, so no key is a prefix of another.
 */
export const KEY_PREFIX = { bundle: 'hoist-layers-v1-', index: 'hoist-index-v1-' } as const;

/** One planned bundle entry. */
export interface BundlePlan {
  id: string;
  part: 'stable' | 'volatile';
  blobs: BlobFile[];
}

/** Id of a bundle: a hash of its sorted digests (the same layers always make the same entry). */
export function bundleId(digests: readonly Digest[]): string {
  return createHash('sha256').update([...digests].sort().join('\n')).digest('hex').slice(0, 32);
}

/** The cache key of a bundle. */
export const bundleKey = (id: string): string => `${KEY_PREFIX.bundle}${id}`;

/** The key prefix of a scope's index entries written in one ref. */
export const indexPrefix = (scopeId: string, refId: string): string => `${KEY_PREFIX.index}${scopeId}-${refId}-`;

/** Local directory of a bundle under the store's root (its path is part of the entry version). */
export const bundleDir = (root: string, id: string): string => path.join(root, 'b', id);

/** Local directory of an index entry under the store's root. */
export const indexDir = (root: string, scopeId: string, refId: string): string => path.join(root, 'i', `${scopeId}-${refId}`);

/** File name of a blob inside a bundle directory. */
export const blobFileName = (digest: Digest): string => digest.replace(':', '-');

const COPY_OR_ADD = /^(?:\/bin\/sh -c #\(nop\)\s*)?(COPY|ADD)\b/i;

/** True when a record's step reads build-context files, from the flag or (when no record has one) from createdBy. */
function volatileFlags(records: readonly CacheRecord[]): boolean[] {
  if (records.some((r) => r.volatile !== undefined)) return records.map((r) => r.volatile === true);
  return records.map((r) => {
    const m = COPY_OR_ADD.exec(r.createdBy ?? '');
    return !!m && !/--from[= ]/.test(r.createdBy ?? '');
  });
}

/**
 * Splits a build's new layers into the stable part (not downstream of the build's last source-dependent
 * step) and the volatile part (that step and everything that depends on it, through `parent` and `sources`;
 * without parent links, everything after it in build order). A blob both parts use stays stable.
 */
export function splitLayers(records: readonly CacheRecord[]): { stable: Set<Digest>; volatile: Set<Digest> } {
  const flags = volatileFlags(records);
  const last = flags.lastIndexOf(true);
  const tainted = new Set<string>();
  if (last >= 0) {
    const linked = records.some((r) => r.parent !== undefined || (r.sources?.length ?? 0) > 0);
    tainted.add(records[last].key);
    for (let i = last + 1; i < records.length; i++) {
      const r = records[i];
      if (!linked || (r.parent !== undefined && tainted.has(r.parent)) || (r.sources ?? []).some((s) => tainted.has(s))) tainted.add(r.key);
    }
  }
  const stable = new Set<Digest>();
  const volatile = new Set<Digest>();
  for (const r of records) if (r.layer && !tainted.has(r.key)) stable.add(r.layer.digest);
  for (const r of records) if (r.layer && tainted.has(r.key) && !stable.has(r.layer.digest)) volatile.add(r.layer.digest);
  return { stable, volatile };
}

/** Plans at most two bundles for the blobs to upload, following splitLayers. */
export function planBundles(records: readonly CacheRecord[], upload: readonly BlobFile[]): BundlePlan[] {
  const { volatile } = splitLayers(records);
  const parts: BundlePlan[] = [];
  const stableBlobs = upload.filter((b) => !volatile.has(b.digest));
  const volatileBlobs = upload.filter((b) => volatile.has(b.digest));
  if (stableBlobs.length > 0) parts.push({ id: bundleId(stableBlobs.map((b) => b.digest)), part: 'stable', blobs: stableBlobs });
  if (volatileBlobs.length > 0) parts.push({ id: bundleId(volatileBlobs.map((b) => b.digest)), part: 'volatile', blobs: volatileBlobs });
  return parts;
}
