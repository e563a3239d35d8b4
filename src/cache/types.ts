import type { RegistryCacheRefs } from './registry-store.js';
import type { Readable } from 'node:stream';
import type { Digest } from '../oci/digest.js';

/** The layer a cached step produced: the compressed blob and what the image config needs. */
export interface CachedLayer {
  /** Digest of the compressed blob (what registries and the cache store). */
  digest: Digest;
  /** Digest of the uncompressed tar (the config's rootfs.diff_ids entry). */
  diffId: Digest;
  /** Size of the compressed blob in bytes. */
  size: number;
  mediaType: string;
}

/**
 * One cached build step: its cache key and the layer it added. The builder passes records in build order
 * (stages in Dockerfile order, steps in order) to `save`; the store returns them from `lookup`.
 */
export interface CacheRecord {
  /** The step's cache key: 64 lowercase hex (sha256 of the builder's canonical key material). */
  key: string;
  /** Absent when the step adds no layer. */
  layer?: CachedLayer;
  /** Informational (history `created_by`). */
  createdBy?: string;
  /** Key of the previous step in the same stage (absent for the first step after FROM). Used for the entry layout. */
  parent?: string;
  /** Keys of other stages' steps this step reads (`COPY --from`, `RUN --mount=from`). Used for the entry layout. */
  sources?: string[];
  /**
   * True when the step itself reads build-context files (COPY/ADD from the context, ADD <url>): an edit of the
   * sources rebuilds it and every step after it. The Actions cache store splits a build's new layers at the
   * last such step (see docs/cache.md). When no record says, `createdBy` starting with COPY/ADD (without
   * `--from`) counts.
   */
  volatile?: boolean;
  /** True for RUN steps (they need the filesystem below them); when absent, `createdBy` starting with RUN counts. */
  run?: boolean;
  /** False for steps of stages that are not part of the final image: `mode: 'min'` does not save them. Default true. */
  final?: boolean;
  /**
   * Opaque builder data (JSON-serialisable), stored and returned verbatim. Read-only once recorded: a lookup
   * hands out the store's own object (layer summaries of whole root filesystems are too big to copy per lookup).
   */
  meta?: Readonly<Record<string, unknown>>;
}

/** A blob file on disk the builder wrote for a new layer. */
export interface BlobFile {
  digest: Digest;
  size: number;
  /** Path of the compressed blob; the store copies or hard-links it and never changes it. */
  path: string;
}

/** What `save` did; never throws, faults are in `warnings`. */
export interface CacheSaveReport {
  /** Records written to the store's index (after the mode filter). */
  records: number;
  /** Blobs uploaded/copied by this save. */
  blobsSaved: number;
  /** Bytes of those blobs. */
  blobBytesSaved: number;
  /** Blobs not saved because the store already had them. */
  blobsAlreadyCached: number;
  /** Blobs left out by the size budget (their records are kept; see docs/cache.md). */
  blobsOverBudget: number;
  /** Cache entries created (Actions cache) or files written (directory store). */
  entriesCreated: number;
  /** Why nothing was written, when nothing was (write off, read-only token, fork pull request ...). */
  skipped?: string;
  warnings: string[];
}

/** Counters for logs, the job summary and benchmarks. */
export interface CacheStats {
  kind: CacheKind;
  /** Human-readable scope (Actions cache) or directory. */
  scope?: string;
  lookups: number;
  hits: number;
  /** Records visible after load. */
  recordsLoaded: number;
  /** Bytes fetched from the cache (Actions: archive bytes of restored entries, index included). */
  bytesDownloaded: number;
  /** Bytes sent to the cache (Actions: archive bytes of created entries). */
  bytesUploaded: number;
  /** Cache entries read (Actions: index and bundle restores that hit). */
  entriesRestored: number;
  entriesCreated: number;
  /** Blobs handed out by openBlob. */
  blobsOpened: number;
  warnings: string[];
  /** Wall time spent in load / openBlob downloads / save, ms. */
  timings: { loadMs: number; fetchMs: number; saveMs: number };
}

/** Logger the stores write to (the action passes @actions/core, the CLI its console logger). */
export interface CacheLog {
  info(message: string): void;
  warning(message: string): void;
  debug?(message: string): void;
}

/** A layer cache: records by step key plus the blobs they name. */
export interface CacheStore {
  readonly kind: CacheKind;
  /** Loads the records this build can see (branch scope, then default branch). Never throws: faults warn. */
  load(): Promise<void>;
  /** The record of a step key, or undefined. Counts lookups and hits. Call after load(). */
  lookup(key: string): CacheRecord | undefined;
  /** True when the store knows where a copy of the blob lives (it may still turn out evicted or corrupt). */
  hasBlob(digest: Digest): boolean;
  /**
   * Opens a cached blob, verified against its digest and size before it is handed out and again while read;
   * undefined when unavailable (evicted, corrupt, fault: warn). May download a bundle on first use.
   * Call it only when needed: a later RUN needs the filesystem, or the target registry lacks the blob.
   */
  openBlob(digest: Digest): Promise<Readable | undefined>;
  /**
   * The path of a local file holding the cached blob, verified against its digest and size (downloading its
   * entry first when needed), readable until close(); undefined when unavailable, as for openBlob. Lets a
   * reader that wants a file (the sandbox's unpack) use the cache's copy instead of writing another.
   */
  blobFile?(digest: Digest): Promise<string | undefined>;
  /**
   * The same file as soon as it is local (downloaded), with its check against the digest still running:
   * `checked` resolves to undefined when it matches, else to why not (the file is then removed, with a warning,
   * as blobFile does). For a reader that verifies the content anyway (an unpack checks the diff_id) and only
   * must not commit to it before the check passes. Undefined when unavailable.
   */
  stagedBlobFile?(digest: Digest): Promise<{ path: string; checked: Promise<string | undefined> } | undefined>;
  /**
   * Saves the build's new records and the blob files they name. Best effort, parallel where useful,
   * honours Retry-After, applies the policy (mode, write switch, budget). Never throws.
   */
  save(records: CacheRecord[], blobs: BlobFile[]): Promise<CacheSaveReport>;
  stats(): CacheStats;
  /** Removes the local files the store made (downloads, staging). Call once at the end of the build. */
  close(): Promise<void>;
}

/** The stores: the Actions cache, a local directory, a registry repository (buildx's type=registry), none. */
export type CacheKind = 'gha' | 'dir' | 'registry' | 'off';

/** Options of createCacheStore. */
export interface CacheStoreOptions {
  kind: CacheKind;
  /** Root directory of the local directory store. */
  dir?: string;
  /** The registry store's client and references (cache-from refs read, the cache-to ref read and written). */
  registry?: RegistryCacheRefs;
  /** Explicit Actions-cache scope; overrides scopeParts. */
  scope?: string;
  /** Parts the scope is derived from when `scope` is absent, so images, targets and matrix legs do not collide. */
  scopeParts?: { image?: string; dockerfile?: string; target?: string; platform?: string };
  /** `min` (default): only records with `final !== false`; `max`: every stage. */
  mode?: 'min' | 'max';
  /** `auto` (default): no writes from fork pull requests, read-only tokens or ACTIONS_CACHE_MODE without writes. */
  write?: boolean | 'auto';
  /** Most blob bytes one build saves (default: no limit). */
  budgetBytes?: number;
  /** ACTIONS_*, GITHUB_REF, GITHUB_BASE_REF, GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, RUNNER_TEMP, PATH ... */
  env: Record<string, string | undefined>;
  /** A private temporary directory for this build. */
  tempDir: string;
  log: CacheLog;
  /** Clock (ms since the epoch); default Date.now. */
  now?: () => number;
  /** Tuning of the Actions cache store (tests and benchmarks). */
  gha?: GhaTuning;
}

/** Knobs of the Actions cache store. The defaults suit GitHub-hosted runners. */
export interface GhaTuning {
  /**
   * Fixed absolute directory the cached paths live under (default `/tmp/hoist-gha-cache`). It is part of every
   * entry's version, so every machine sharing a cache must use the same one.
   */
  root?: string;
  /** Longest wait for one index or lookup call, ms (default 60000). */
  callTimeoutMs?: number;
  /** Longest total wait spent honouring 429 Retry-After in one save, ms (default 60000). */
  retryBudgetMs?: number;
  /** Most index entries (refs) read by load (default 4). */
  maxRefs?: number;
  /** Most records an index keeps (default 4000). */
  maxRecords?: number;
}
