import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Digest } from '../oci/digest.js';
import type { BlobFile, CacheRecord } from './types.js';

/**
 * The Actions-cache entry layout (docs/cache.md explains the choice):
 * - `hoist-layers-v1-<32 hex>`: a bundle of the layer blobs one build added, content-addressed by its digests;
 *   a build writes at most two: "stable" (what a RUN after a source edit needs) and "rest" (splitLayers);
 * - `hoist-index-v1-<scope 16 hex>-<ref 12 hex>-<stamp>`: the records this scope and ref know, newest by prefix.
 * Ids are fixed-length, so no key is a prefix of another.
 */
export const KEY_PREFIX = { bundle: 'hoist-layers-v1-', index: 'hoist-index-v1-' } as const;

/** One planned bundle entry. */
export interface BundlePlan {
  id: string;
  part: 'stable' | 'rest';
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
const RUN = /^(?:RUN\b|\/bin\/sh -c (?!#\(nop\)))/;

/** True when a record's step reads build-context files, from the flag or (when no record has one) from createdBy. */
function volatileFlags(records: readonly CacheRecord[]): boolean[] {
  if (records.some((r) => r.volatile !== undefined)) return records.map((r) => r.volatile === true);
  return records.map((r) => {
    const m = COPY_OR_ADD.exec(r.createdBy ?? '');
    return !!m && !/--from[= ]/.test(r.createdBy ?? '');
  });
}

const isRun = (r: CacheRecord): boolean => r.run ?? RUN.test(r.createdBy ?? '');

/**
 * Splits a build's new layers in two:
 * - `stable`: layers a rebuilt step would need the filesystem of (below a RUN in their stage, or in a stage
 *   another step copies from) and not downstream of the build's last source-dependent step. After a source
 *   edit, a RUN that follows the edited COPY needs exactly these.
 * - `rest`: the last source-dependent step and everything depending on it (through `parent` / `sources`;
 *   without links, everything after it in build order), plus layers nothing builds on (needed only when the
 *   registry lacks them).
 * A blob both parts use stays stable.
 */
export function splitLayers(records: readonly CacheRecord[]): { stable: Set<Digest>; rest: Set<Digest> } {
  const flags = volatileFlags(records);
  const last = flags.lastIndexOf(true);
  const linked = records.some((r) => r.parent !== undefined || (r.sources?.length ?? 0) > 0);
  const tainted = new Set<string>();
  if (last >= 0) {
    tainted.add(records[last].key);
    for (let i = last + 1; i < records.length; i++) {
      const r = records[i];
      if (!linked || (r.parent !== undefined && tainted.has(r.parent)) || (r.sources ?? []).some((s) => tainted.has(s))) tainted.add(r.key);
    }
  }
  const under = new Set<string>();
  if (linked) {
    const byKey = new Map(records.map((r) => [r.key, r]));
    const climb = (key: string | undefined) => {
      for (let k = key; k !== undefined && !under.has(k); k = byKey.get(k)?.parent) under.add(k);
    };
    for (const r of records) {
      if (isRun(r)) climb(r.parent);
      for (const s of r.sources ?? []) climb(s);
    }
  } else {
    const lastRun = records.map(isRun).lastIndexOf(true);
    for (let i = 0; i < lastRun; i++) under.add(records[i].key);
  }
  const stable = new Set<Digest>();
  const rest = new Set<Digest>();
  for (const r of records) if (r.layer && !tainted.has(r.key) && under.has(r.key)) stable.add(r.layer.digest);
  for (const r of records) if (r.layer && !stable.has(r.layer.digest)) rest.add(r.layer.digest);
  return { stable, rest };
}

/** Plans at most two bundles for the blobs to upload, following splitLayers. */
export function planBundles(records: readonly CacheRecord[], upload: readonly BlobFile[]): BundlePlan[] {
  const { stable } = splitLayers(records);
  const parts: BundlePlan[] = [];
  const stableBlobs = upload.filter((b) => stable.has(b.digest));
  const restBlobs = upload.filter((b) => !stable.has(b.digest));
  if (stableBlobs.length > 0) parts.push({ id: bundleId(stableBlobs.map((b) => b.digest)), part: 'stable', blobs: stableBlobs });
  if (restBlobs.length > 0) parts.push({ id: bundleId(restBlobs.map((b) => b.digest)), part: 'rest', blobs: restBlobs });
  return parts;
}
