import type { Digest } from '../oci/digest.js';
import { isDigest } from '../oci/digest.js';
import { canWrite, type TokenScope } from './token.js';
import type { BlobFile, CacheRecord } from './types.js';

/** Whether a build writes to the cache, and why (shown in the log). */
export interface WriteDecision {
  write: boolean;
  reason: string;
  /** True when not writing deserves a warning (a read-only token), not just a log line. */
  warn?: boolean;
}

/** The parts of a GitHub event payload the policy reads. */
interface EventPayload {
  repository?: { full_name?: string; default_branch?: string };
  pull_request?: { head?: { repo?: { full_name?: string; fork?: boolean } | null } };
}

/** True for a pull_request(_target) event whose head lives in another repository (a fork). */
export function isForkPullRequest(eventName: string | undefined, payload: unknown): boolean {
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target' && eventName !== 'pull_request_review') return false;
  const p = (payload ?? {}) as EventPayload;
  const head = p.pull_request?.head?.repo;
  if (head === null) return true; // the fork was deleted
  if (!head) return false;
  if (head.fork === true) return true;
  return !!head.full_name && !!p.repository?.full_name && head.full_name !== p.repository.full_name;
}

/** True when ACTIONS_CACHE_MODE (set by the runner from the job's `actions_cache_mode`) allows reads. */
export function cacheModeAllowsRead(cacheMode: string | undefined): boolean {
  const m = (cacheMode ?? '').trim().toLowerCase();
  return m !== 'none' && m !== 'write-only';
}

/** True when ACTIONS_CACHE_MODE allows writes. */
export function cacheModeAllowsWrite(cacheMode: string | undefined): boolean {
  const m = (cacheMode ?? '').trim().toLowerCase();
  return m !== 'none' && m !== 'read';
}

/**
 * Decides whether this build writes. `write: true|false` is the user's word (the service still refuses a
 * read-only token). `auto` writes unless: the runner's cache mode forbids writes, the token has no writable
 * scope, or the run is a pull request from a fork.
 */
export function decideWrite(input: {
  write: boolean | 'auto' | undefined;
  cacheMode?: string;
  tokenScopes?: TokenScope[];
  eventName?: string;
  payload?: unknown;
}): WriteDecision {
  if (input.write === false) return { write: false, reason: 'cache writes are switched off' };
  if (!cacheModeAllowsWrite(input.cacheMode)) return { write: false, reason: `ACTIONS_CACHE_MODE=${input.cacheMode} does not allow writes` };
  if (input.write === true) return { write: true, reason: 'cache writes are switched on' };
  if (input.tokenScopes && !input.tokenScopes.some(canWrite)) return { write: false, reason: 'the runtime token is read-only (untrusted trigger or ACTIONS_CACHE permissions)', warn: true };
  if (isForkPullRequest(input.eventName, input.payload)) return { write: false, reason: 'pull requests from forks do not write the cache' };
  return { write: true, reason: 'writes on' };
}

/** What a save will write after the policy (mode, already-cached blobs, budget). */
export interface SaveSelection {
  /** Records kept by the mode filter, in the order given. */
  records: CacheRecord[];
  /** Blobs to upload, in record order. */
  upload: BlobFile[];
  alreadyCached: Digest[];
  overBudget: Digest[];
  /** Digests a record names but no blob file was given for (and the store lacks). */
  missing: Digest[];
  /** Records dropped because they are malformed, with the reason. */
  invalid: string[];
}

/** Checks a record's shape; returns the problem or undefined. */
export function recordProblem(r: CacheRecord): string | undefined {
  if (typeof r.key !== 'string' || !/^[a-f0-9]{64}$/.test(r.key)) return `record key "${String(r.key)}" is not 64 lowercase hex`;
  if (r.layer) {
    const l = r.layer;
    if (!isDigest(l.digest) || !isDigest(l.diffId)) return `record ${r.key}: layer digest or diffId is not a digest`;
    if (!Number.isSafeInteger(l.size) || l.size < 0) return `record ${r.key}: layer size ${l.size} is not a byte count`;
    if (typeof l.mediaType !== 'string' || l.mediaType === '') return `record ${r.key}: layer has no media type`;
  }
  // Indexes come from other builds (another hoist version, anyone who may push a cache ref): every field the
  // builder and the stores read must have its type.
  if (r.parent !== undefined && typeof r.parent !== 'string') return `record ${r.key}: parent is not a key`;
  if (r.sources !== undefined && !(Array.isArray(r.sources) && r.sources.every((x) => typeof x === 'string'))) return `record ${r.key}: sources is not a list of keys`;
  if (r.createdBy !== undefined && typeof r.createdBy !== 'string') return `record ${r.key}: createdBy is not text`;
  for (const k of ['volatile', 'run', 'final'] as const) if (r[k] !== undefined && typeof r[k] !== 'boolean') return `record ${r.key}: ${k} is not true or false`;
  if (r.meta !== undefined && (typeof r.meta !== 'object' || r.meta === null || Array.isArray(r.meta))) return `record ${r.key}: meta is not an object`;
  return undefined;
}

/**
 * Applies the mode (`min` keeps records with `final !== false`), skips blobs the store already has,
 * and fits the rest into the byte budget greedily in build order (earlier layers are the ones later builds
 * reuse most). Records whose blob is over budget or missing are still kept: a later build whose registry has
 * the blob needs only the record.
 */
export function selectForSave(
  records: CacheRecord[],
  blobs: BlobFile[],
  opts: { mode?: 'min' | 'max'; budgetBytes?: number; isCached: (d: Digest) => boolean },
): SaveSelection {
  const invalid: string[] = [];
  const valid = records.filter((r) => {
    const p = recordProblem(r);
    if (p) invalid.push(p);
    return !p;
  });
  const kept = opts.mode === 'max' ? valid : valid.filter((r) => r.final !== false);
  const files = new Map(blobs.map((b) => [b.digest, b]));
  const upload: BlobFile[] = [];
  const alreadyCached: Digest[] = [];
  const overBudget: Digest[] = [];
  const missing: Digest[] = [];
  const seen = new Set<Digest>();
  let used = 0;
  for (const r of kept) {
    const d = r.layer?.digest;
    if (!d || seen.has(d)) continue;
    seen.add(d);
    if (opts.isCached(d)) alreadyCached.push(d);
    else if (!files.has(d)) missing.push(d);
    else {
      const f = files.get(d)!;
      if (opts.budgetBytes !== undefined && used + f.size > opts.budgetBytes) overBudget.push(d);
      else {
        used += f.size;
        upload.push(f);
      }
    }
  }
  return { records: kept, upload, alreadyCached, overBudget, missing, invalid };
}
