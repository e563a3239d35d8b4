import type { CacheRecord, CacheSaveReport, CacheStats } from './types.js';

/** Zeroed counters for a store. */
export function newStats(kind: CacheStats['kind'], scope?: string): CacheStats {
  return {
    kind,
    scope,
    lookups: 0,
    hits: 0,
    recordsLoaded: 0,
    bytesDownloaded: 0,
    bytesUploaded: 0,
    entriesRestored: 0,
    entriesCreated: 0,
    blobsOpened: 0,
    warnings: [],
    timings: { loadMs: 0, fetchMs: 0, saveMs: 0 },
  };
}

/** A save report with nothing done yet. */
export function emptyReport(): CacheSaveReport {
  return { records: 0, blobsSaved: 0, blobBytesSaved: 0, blobsAlreadyCached: 0, blobsOverBudget: 0, entriesCreated: 0, warnings: [] };
}

/** The record as the builder sees it: only CacheRecord fields, copied (`meta`, read-only, is shared). */
export function publicRecord(r: CacheRecord): CacheRecord {
  const out: CacheRecord = { key: r.key };
  if (r.layer) out.layer = { ...r.layer };
  for (const k of ['createdBy', 'parent', 'volatile', 'run', 'final'] as const) if (r[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = r[k];
  if (r.sources) out.sources = [...r.sources];
  if (r.meta) out.meta = r.meta;
  return out;
}
