import type { Readable } from 'node:stream';
import { digestOf, type Digest } from '../oci/digest.js';
import { parseManifest, type ParsedManifest } from '../oci/manifest.js';
import { formatPlatform, selectPlatform } from '../oci/platform.js';
import type { Descriptor, Platform } from '../oci/types.js';
import type { PushBlobResult } from './client.js';

/**
 * Moves an image (a manifest, or an index with all its manifests) from a source to a sink: every blob
 * first (in parallel, de-duplicated), then child manifests by digest, then the root under its names.
 * `hoist copy`, `pull` and `push` are this with registry and OCI-layout ends (see ends.ts).
 */

/** Where an image is read from. */
export interface ImageSource {
  /** For messages. */
  readonly name: string;
  /** The root manifest or index. */
  root(): Promise<ParsedManifest>;
  /** A manifest by descriptor, verified against its digest. */
  manifest(desc: Descriptor): Promise<ParsedManifest>;
  /** A blob stream, verified against its digest. */
  blob(desc: Descriptor): Promise<Readable>;
}

/** Where an image is written. */
export interface ImageSink {
  readonly name: string;
  /** Makes a blob present; `open` reads it from the source (called again on retries). */
  putBlob(desc: Descriptor, open: () => Promise<Readable>): Promise<PushBlobResult>;
  /** Stores a manifest; the root one gets the sink's names (tags, ref name). */
  putManifest(m: ParsedManifest, root: boolean): Promise<void>;
}

/** Transfer options. */
export interface TransferOptions {
  /** Parallel blob transfers (default 6, as skopeo). */
  concurrency?: number;
  /** Keep only this platform's image when the root is an index. */
  platform?: Platform;
  log?: (msg: string) => void;
}

/** What a transfer did. */
export interface TransferResult {
  digest: Digest;
  mediaType: string;
  size: number;
  manifests: number;
  blobs: Record<PushBlobResult, number>;
  bytesUploaded: number;
}

/** Runs `fn` over `items` with at most `limit` in flight; rejects with the first failure after all settle. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  let failed: { e: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failed) {
      const i = next++;
      try {
        out[i] = await fn(items[i], i);
      } catch (e) {
        failed ??= { e };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failed) throw failed.e;
  return out;
}

/** Collects manifests (children before parents) and blobs of an image tree. */
async function walk(source: ImageSource, root: ParsedManifest): Promise<{ manifests: ParsedManifest[]; blobs: Descriptor[] }> {
  const manifests: ParsedManifest[] = [];
  const blobs = new Map<string, Descriptor>();
  const seen = new Set<string>();
  const visit = async (m: ParsedManifest): Promise<void> => {
    if (seen.has(m.digest)) return;
    seen.add(m.digest);
    if (m.kind === 'index') {
      const children = await mapLimit(m.index.manifests, 4, (d) => source.manifest(d));
      for (const c of children) await visit(c);
    } else {
      for (const d of [m.manifest.config, ...m.manifest.layers]) {
        if (d.urls?.length) continue; // foreign layers stay where their URLs point
        if (!blobs.has(d.digest)) blobs.set(d.digest, d);
      }
    }
    manifests.push(m);
  };
  await visit(root);
  return { manifests, blobs: [...blobs.values()] };
}

/** Copies the source's image into the sink; the root manifest is written last. */
export async function transferImage(source: ImageSource, sink: ImageSink, opts: TransferOptions = {}): Promise<TransferResult> {
  let root = await source.root();
  if (opts.platform && root.kind === 'index') {
    const entry = selectPlatform(root.index.manifests, opts.platform);
    if (!entry) {
      const have = root.index.manifests.map((m) => (m.platform ? formatPlatform(m.platform) : 'unknown')).join(', ');
      throw new Error(`${source.name}: no image for platform ${formatPlatform(opts.platform)} (the index has ${have})`);
    }
    root = await source.manifest(entry);
  }
  const { manifests, blobs } = await walk(source, root);
  const counts: Record<PushBlobResult, number> = { exists: 0, mounted: 0, uploaded: 0 };
  let bytesUploaded = 0;
  // Large blobs first so the longest transfers start early.
  const ordered = [...blobs].sort((a, b) => b.size - a.size);
  await mapLimit(ordered, opts.concurrency ?? 6, async (d) => {
    const r = await sink.putBlob(d, () => source.blob(d));
    counts[r]++;
    if (r === 'uploaded') bytesUploaded += d.size;
    opts.log?.(`${r === 'exists' ? 'exists ' : r === 'mounted' ? 'mounted' : 'copied '} ${d.digest} (${d.size} bytes)`);
  });
  for (const m of manifests) await sink.putManifest(m, m.digest === root.digest);
  return { digest: root.digest, mediaType: root.mediaType, size: root.bytes.length, manifests: manifests.length, blobs: counts, bytesUploaded };
}

/** Parses manifest bytes read by descriptor and checks them against the descriptor's digest. */
export function verifiedManifest(bytes: Buffer, desc: Descriptor, what: string): ParsedManifest {
  const actual = digestOf(bytes, desc.digest.startsWith('sha512:') ? 'sha512' : 'sha256');
  if (actual !== desc.digest) throw new Error(`${what}: manifest ${desc.digest} has content digest ${actual}`);
  return parseManifest(bytes, desc.mediaType, what);
}

/** One line about a transfer: digest, manifests, what happened to the blobs and how many bytes moved. */
export function describeTransfer(r: TransferResult): string {
  const mb = (r.bytesUploaded / 1e6).toFixed(1);
  return `${r.digest} (${r.manifests} manifest${r.manifests === 1 ? '' : 's'}; blobs: ${r.blobs.uploaded} copied, ${r.blobs.mounted} mounted, ${r.blobs.exists} already present; ${mb} MB)`;
}
