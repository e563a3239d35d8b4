import { isDigest, type Digest } from '../oci/digest.js';
import { recordProblem } from './policy.js';
import type { CacheRecord } from './types.js';

/** A bundle entry an index knows: its key, the literal path it was saved from (part of its version) and its blobs. */
export interface IndexBundle {
  key: string;
  path: string;
  blobs: Digest[];
  /** Sum of the blob sizes. */
  bytes: number;
  created: number;
}

/** A record in an index, with the time a build last used (created or hit) it. */
export interface IndexRecord extends CacheRecord {
  used: number;
}

/** The JSON of one index entry (`index.json`). Cumulative: each new entry carries what its writer could see. */
export interface CacheIndex {
  v: 1;
  scope: string;
  ref: string;
  written: number;
  bundles: Record<string, IndexBundle>;
  records: IndexRecord[];
}

/** Serialises an index. */
export function encodeIndex(index: CacheIndex): string {
  return JSON.stringify(index);
}

/** Parses and validates an index; throws an error naming `what` and the first problem. Bad records are dropped. */
export function decodeIndex(text: string, what: string): CacheIndex {
  let raw: Partial<CacheIndex>;
  try {
    raw = JSON.parse(text) as Partial<CacheIndex>;
  } catch (e) {
    throw new Error(`${what}: not JSON (${(e as Error).message})`);
  }
  if (raw?.v !== 1) throw new Error(`${what}: unknown index format ${JSON.stringify(raw?.v)}`);
  if (!Array.isArray(raw.records) || typeof raw.bundles !== 'object' || raw.bundles === null) throw new Error(`${what}: records or bundles missing`);
  const bundles: Record<string, IndexBundle> = {};
  for (const [id, b] of Object.entries(raw.bundles)) {
    if (
      /^[a-f0-9]{32}$/.test(id) &&
      typeof b?.key === 'string' &&
      typeof b.path === 'string' &&
      Array.isArray(b.blobs) &&
      b.blobs.every((d) => typeof d === 'string' && isDigest(d))
    ) {
      bundles[id] = { key: b.key, path: b.path, blobs: b.blobs, bytes: Number(b.bytes) || 0, created: Number(b.created) || 0 };
    }
  }
  const records = raw.records.filter((r) => r && !recordProblem(r)).map((r) => ({ ...r, used: Number(r.used) || 0 }));
  return { v: 1, scope: String(raw.scope ?? ''), ref: String(raw.ref ?? ''), written: Number(raw.written) || 0, bundles, records };
}

/** The merged view of every index a build loaded. */
export interface IndexView {
  /** Records by key; candidates in priority order (own ref first, newer first). */
  records: Map<string, IndexRecord[]>;
  bundles: Map<string, IndexBundle>;
  /** Bundles holding each blob, in priority order. */
  blobBundles: Map<Digest, string[]>;
}

/** The candidate of `key` to hand out: the best whose blob the store can still get (or that has none), else the best. */
export function pickRecord(view: IndexView, key: string, hasBlob: (d: Digest) => boolean): IndexRecord | undefined {
  const list = view.records.get(key);
  if (!list || list.length === 0) return undefined;
  return list.find((r) => !r.layer || hasBlob(r.layer.digest)) ?? list[0];
}

/** Whether the view already holds this record (its key with the same layer): saving it again adds nothing. */
export function viewHolds(view: IndexView, r: CacheRecord): boolean {
  return (view.records.get(r.key) ?? []).some((x) => x.layer?.digest === r.layer?.digest);
}

/** Merges indexes given best first. */
export function mergeIndexes(indexes: readonly CacheIndex[]): IndexView {
  const view: IndexView = { records: new Map(), bundles: new Map(), blobBundles: new Map() };
  for (const index of indexes) {
    for (const r of [...index.records].sort((a, b) => b.used - a.used)) {
      const list = view.records.get(r.key) ?? [];
      if (!list.some((x) => x.layer?.digest === r.layer?.digest)) list.push(r);
      view.records.set(r.key, list);
    }
    for (const [id, b] of Object.entries(index.bundles)) {
      if (view.bundles.has(id)) continue;
      view.bundles.set(id, b);
      for (const d of b.blobs) view.blobBundles.set(d, [...(view.blobBundles.get(d) ?? []), id]);
    }
  }
  return view;
}

/**
 * Builds the next index entry for a scope and ref: this build's new records and the records it used come first
 * (stamped `now`), then the rest it could see, newest first, up to `maxRecords`; only bundles that kept records
 * name, and that are not known to be gone, stay.
 */
export function nextIndex(input: {
  scope: string;
  ref: string;
  now: number;
  view: IndexView;
  newRecords: readonly CacheRecord[];
  used: ReadonlySet<string>;
  newBundles: Record<string, IndexBundle>;
  deadBundles: ReadonlySet<string>;
  maxRecords: number;
}): CacheIndex {
  const out = new Map<string, IndexRecord>();
  const put = (r: IndexRecord) => {
    const k = `${r.key}\0${r.layer?.digest ?? ''}`;
    if (!out.has(k)) out.set(k, r);
  };
  for (const r of input.newRecords) put({ ...r, used: input.now });
  for (const key of input.used) for (const r of input.view.records.get(key) ?? []) put({ ...r, used: input.now });
  const rest = [...input.view.records.values()].flat().sort((a, b) => b.used - a.used);
  for (const r of rest) put(r);
  const records = [...out.values()].slice(0, input.maxRecords);
  const wanted = new Set(records.map((r) => r.layer?.digest).filter((d): d is Digest => !!d));
  const bundles: Record<string, IndexBundle> = {};
  const all: [string, IndexBundle][] = [...Object.entries(input.newBundles), ...input.view.bundles];
  for (const [id, b] of all) {
    if (bundles[id] || input.deadBundles.has(id)) continue;
    if (b.blobs.some((d) => wanted.has(d))) bundles[id] = b;
  }
  return { v: 1, scope: input.scope, ref: input.ref, written: input.now, bundles, records };
}
