import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Digest } from '../oci/digest.js';
import { checkBlobFile, openVerifiedFile, placeFile } from './blob-files.js';
import { ActionsCacheClient, type LeaseVars } from './gha-actions.js';
import type { FaultReason, SaveOutcome } from './gha-outcome.js';
import { defaultBranchOf, prepareZstd, readEventPayload } from './gha-tools.js';
import { decodeIndex, encodeIndex, mergeIndexes, nextIndex, pickRecord, viewHolds, type CacheIndex, type IndexBundle, type IndexView } from './index-file.js';
import { blobFileName, bundleDir, bundleKey, indexDir, indexPrefix, planBundles, type BundlePlan } from './layout.js';
import { cacheModeAllowsRead, decideWrite, selectForSave, type WriteDecision } from './policy.js';
import { planRefs, resolveScope, shortHash, type CacheScope, type RefPlan } from './scope.js';
import { newStats, emptyReport, publicRecord } from './stats.js';
import { decodeRuntimeToken } from './token.js';
import type { BlobFile, CacheRecord, CacheSaveReport, CacheStats, CacheStore, CacheStoreOptions } from './types.js';

/** Default root of the Actions-cache paths (part of every entry's version: keep it the same everywhere). */
export const DEFAULT_GHA_ROOT = '/tmp/hoist-gha-cache';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MB = 1024 * 1024;

/**
 * The layer cache in the GitHub Actions cache, on @actions/cache. Layout (docs/cache.md): per build at most
 * two bundle entries of new layer blobs plus one index entry per scope and ref; load reads the newest index of
 * the run's ref, its pull request base and the default branch in parallel and merges them; blobs are only
 * downloaded by openBlob, a bundle at a time, and verified before use. Every fault is a warning.
 */
export class GhaCacheStore implements CacheStore {
  readonly kind = 'gha' as const;
  private readonly root: string;
  private readonly scope: CacheScope;
  private readonly now: () => number;
  private readonly s: CacheStats;
  private client?: ActionsCacheClient;
  private prepared?: Promise<void>;
  private refs: RefPlan = { readRefs: [] };
  private writeDecision: WriteDecision = { write: false, reason: 'not loaded' };
  private readable = true;
  /** Set when the service is unusable; no more calls are made. */
  private disabled?: string;
  private view: IndexView = mergeIndexes([]);
  private readonly sizes = new Map<Digest, number>();
  private readonly used = new Set<string>();
  private readonly dead = new Set<string>();
  private readonly fetches = new Map<string, Promise<boolean>>();
  private readonly opening = new Map<Digest, Promise<string | undefined>>();
  private readonly verified = new Map<Digest, string>();
  /** Checks of bundle files against their digests, by path (see checkFile). */
  private readonly checks = new Map<string, Promise<string | undefined>>();
  private readonly made = new Set<string>();
  private retrySpent = 0;

  constructor(private readonly opts: CacheStoreOptions) {
    this.root = path.resolve(opts.gha?.root ?? DEFAULT_GHA_ROOT);
    this.scope = resolveScope(opts.scope, opts.scopeParts);
    this.now = opts.now ?? Date.now;
    this.s = newStats('gha', this.scope.name);
  }

  private warn(message: string): void {
    const m = `Actions cache: ${message}`;
    if (this.s.warnings.includes(m)) return;
    this.s.warnings.push(m);
    this.opts.log.warning(m);
  }

  /** Reacts to a failed call: warns, and switches writes or the whole store off where retrying is pointless. */
  private fault(out: { reason: FaultReason; message: string }, doing: string): void {
    if (out.reason === 'denied' || out.reason === 'quota') {
      this.writeDecision = { write: false, reason: out.reason === 'quota' ? 'the cache storage quota is used up' : 'writing was denied' };
      this.warn(`${doing}: ${out.message}; not writing to the cache in this build`);
    } else if (out.reason === 'server' || out.reason === 'network' || out.reason === 'timeout') {
      this.disabled = `the cache service failed (${out.reason})`;
      this.warn(`${doing} failed (${out.reason}): ${out.message}; the Actions cache is off for the rest of this build`);
    } else {
      this.warn(`${doing} failed (${out.reason}): ${out.message}`);
    }
  }

  private prepare(): Promise<void> {
    this.prepared ??= this.doPrepare();
    return this.prepared;
  }

  private async doPrepare(): Promise<void> {
    const env = this.opts.env;
    const v2 = !!env.ACTIONS_CACHE_SERVICE_V2;
    const url = v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL;
    if (!url || !env.ACTIONS_RUNTIME_TOKEN) {
      this.disabled = 'the Actions cache service is not available';
      // Name what is missing: the service URL of the version @actions/cache would use (v2, today's runners: with
      // ACTIONS_CACHE_SERVICE_V2) and the token.
      const missing: string[] = [];
      if (!url) {
        if (v2) missing.push('ACTIONS_RESULTS_URL');
        else if (env.ACTIONS_RESULTS_URL) missing.push('ACTIONS_CACHE_SERVICE_V2 (ACTIONS_RESULTS_URL is set)');
        else missing.push('ACTIONS_RESULTS_URL with ACTIONS_CACHE_SERVICE_V2 (cache service v2) or ACTIONS_CACHE_URL');
      }
      if (!env.ACTIONS_RUNTIME_TOKEN) missing.push('ACTIONS_RUNTIME_TOKEN');
      this.warn(`${missing.join(' and ')} not set (run hoist as an action step, or pass the ACTIONS_* variables); building without the cache`);
      return;
    }
    const payload = await readEventPayload(env.GITHUB_EVENT_PATH);
    const tokenScopes = decodeRuntimeToken(env.ACTIONS_RUNTIME_TOKEN);
    this.refs = planRefs({
      ref: env.GITHUB_REF,
      baseRef: env.GITHUB_BASE_REF,
      defaultBranch: defaultBranchOf(payload),
      tokenScopes,
      maxRefs: this.opts.gha?.maxRefs,
    });
    this.writeDecision = decideWrite({ write: this.opts.write ?? 'auto', cacheMode: env.ACTIONS_CACHE_MODE, tokenScopes, eventName: env.GITHUB_EVENT_NAME, payload });
    this.readable = cacheModeAllowsRead(env.ACTIONS_CACHE_MODE);
    const zstd = await prepareZstd(env.PATH, path.join(this.opts.tempDir, 'gha-bin'));
    if (zstd.warning) this.warn(zstd.warning);
    await mkdir(this.root, { recursive: true });
    const runnerTemp = env.RUNNER_TEMP || path.join(this.opts.tempDir, 'gha-runner-temp');
    await mkdir(runnerTemp, { recursive: true });
    const pass = ['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_CACHE_URL', 'ACTIONS_CACHE_MODE', 'GITHUB_SERVER_URL', 'GITHUB_REF'];
    const proxies = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'];
    const vars: LeaseVars = Object.fromEntries([...pass, ...proxies].map((k) => [k, env[k]]));
    Object.assign(vars, { GITHUB_WORKSPACE: this.root, RUNNER_TEMP: runnerTemp, RUNNER_DEBUG: undefined });
    if (zstd.path !== undefined) vars.PATH = zstd.path;
    this.client = new ActionsCacheClient(vars, this.opts.log);
    const writing = this.writeDecision.write ? `writing to ${this.refs.writeRef ?? env.GITHUB_REF ?? '?'}` : `not writing (${this.writeDecision.reason})`;
    this.opts.log.info(`Actions cache: scope "${this.scope.name}" (${this.scope.id}); reading ${this.refs.readRefs.join(', ') || 'no ref'}; ${writing}`);
  }

  async load(): Promise<void> {
    const t0 = performance.now();
    try {
      await this.prepare();
      if (this.disabled || !this.client) return;
      if (!this.readable) {
        this.opts.log.info('Actions cache: ACTIONS_CACHE_MODE does not allow reads; starting cold');
        return;
      }
      const loaded = await Promise.all(this.refs.readRefs.map((ref) => this.loadIndex(ref)));
      this.view = mergeIndexes(loaded.filter((i): i is CacheIndex => !!i));
      for (const list of this.view.records.values()) for (const r of list) if (r.layer) this.sizes.set(r.layer.digest, r.layer.size);
      this.s.recordsLoaded = this.view.records.size;
      this.opts.log.info(`Actions cache: ${this.view.records.size} records, ${this.view.bundles.size} layer entries visible`);
    } catch (e) {
      this.warn(`loading failed: ${(e as Error).message}`);
    } finally {
      this.s.timings.loadMs += performance.now() - t0;
    }
  }

  private async loadIndex(ref: string): Promise<CacheIndex | undefined> {
    const refId = shortHash(ref, 12);
    const dir = indexDir(this.root, this.scope.id, refId);
    await rm(dir, { recursive: true, force: true });
    this.made.add(dir);
    const out = await this.client!.restore([dir], indexPrefix(this.scope.id, refId), { timeoutMs: this.callTimeout() });
    if (out.kind === 'miss') {
      this.opts.log.debug?.(`Actions cache: no index for ${ref}`);
      return undefined;
    }
    if (out.kind === 'fault') {
      this.fault(out, `reading the cache index of ${ref}`);
      return undefined;
    }
    this.s.bytesDownloaded += out.bytes;
    this.s.entriesRestored++;
    try {
      return decodeIndex(await readFile(path.join(dir, 'index.json'), 'utf8'), `cache index ${out.key}`);
    } catch (e) {
      this.warn(`${(e as Error).message}; ignoring it`);
      return undefined;
    }
  }

  lookup(key: string): CacheRecord | undefined {
    this.s.lookups++;
    const best = pickRecord(this.view, key, (d) => this.hasBlob(d));
    if (!best) return undefined;
    this.s.hits++;
    this.used.add(key);
    return publicRecord(best);
  }

  hasBlob(digest: Digest): boolean {
    return this.verified.has(digest) || (this.view.blobBundles.get(digest) ?? []).some((id) => !this.dead.has(id));
  }

  async openBlob(digest: Digest): Promise<Readable | undefined> {
    const file = await this.blobFile(digest);
    return file === undefined ? undefined : openVerifiedFile(file, digest, this.sizes.get(digest), `cached blob ${digest}`);
  }

  async blobFile(digest: Digest): Promise<string | undefined> {
    const t0 = performance.now();
    try {
      let pending = this.opening.get(digest);
      if (!pending) {
        pending = this.localBlob(digest);
        this.opening.set(digest, pending);
        void pending.finally(() => this.opening.delete(digest));
      }
      const file = await pending;
      if (!file) return undefined;
      this.s.blobsOpened++;
      return file;
    } catch (e) {
      this.warn(`opening ${digest} failed: ${(e as Error).message}`);
      return undefined;
    } finally {
      this.s.timings.fetchMs += performance.now() - t0;
    }
  }

  async stagedBlobFile(digest: Digest): Promise<{ path: string; checked: Promise<string | undefined> } | undefined> {
    const t0 = performance.now();
    try {
      const staged = await this.bundledBlob(digest, false);
      if (staged) this.s.blobsOpened++;
      return staged;
    } catch (e) {
      this.warn(`opening ${digest} failed: ${(e as Error).message}`);
      return undefined;
    } finally {
      this.s.timings.fetchMs += performance.now() - t0;
    }
  }

  /** A verified local file of the blob, downloading the bundle that holds it when needed. */
  private async localBlob(digest: Digest): Promise<string | undefined> {
    return (await this.bundledBlob(digest, true))?.path;
  }

  /**
   * The blob's file in the first bundle holding a usable copy (downloading that bundle when needed), with its
   * check against the digest: awaited first when `wait` (a bad copy moves on to the next bundle), else still
   * running, only the size checked now.
   */
  private async bundledBlob(digest: Digest, wait: boolean): Promise<{ path: string; checked: Promise<string | undefined> } | undefined> {
    const known = this.verified.get(digest);
    if (known) return { path: known, checked: Promise.resolve(undefined) };
    for (const id of this.view.blobBundles.get(digest) ?? []) {
      const file = await this.fetchedFile(digest, id);
      if (!file) continue;
      const checked = this.checkFile(file, digest, id);
      const size = this.sizes.get(digest);
      const usable = wait ? !(await checked) : await stat(file).then((st) => size === undefined || st.size === size, () => false);
      if (usable) return { path: file, checked };
      await checked;
    }
    return undefined;
  }

  /** Where the blob is in bundle `id`, downloading the bundle first when the file is not there (undefined: it cannot be). */
  private async fetchedFile(digest: Digest, id: string): Promise<string | undefined> {
    if (this.dead.has(id)) return undefined;
    const file = path.join(bundleDir(this.root, id), blobFileName(digest));
    if (this.checks.has(file) || (await stat(file).then(() => true, () => false))) return file;
    if (this.disabled || !this.client || !(await this.fetchBundle(id))) return undefined;
    return file;
  }

  /**
   * The file checked against the blob's digest and size, once however many readers ask: undefined when it
   * matches, else why not (then the file is removed, with a warning).
   */
  private checkFile(file: string, digest: Digest, id: string): Promise<string | undefined> {
    let c = this.checks.get(file);
    if (!c) {
      c = (async () => {
        const problem = await checkBlobFile(file, digest, this.sizes.get(digest));
        if (!problem) {
          this.verified.set(digest, file);
          return undefined;
        }
        this.warn(`blob ${digest} from entry ${this.view.bundles.get(id)?.key} is unusable (${problem}); the step is rebuilt`);
        await rm(file, { force: true });
        return problem;
      })();
      this.checks.set(file, c);
    }
    return c;
  }

  private fetchBundle(id: string): Promise<boolean> {
    let f = this.fetches.get(id);
    if (!f) {
      f = this.doFetchBundle(id);
      this.fetches.set(id, f);
    }
    return f;
  }

  private async doFetchBundle(id: string): Promise<boolean> {
    const b = this.view.bundles.get(id)!;
    this.made.add(bundleDir(this.root, id));
    const t0 = performance.now();
    this.opts.log.debug?.(`Actions cache: downloading entry ${b.key} (${b.bytes} B)`);
    const out = await this.client!.restore([b.path], b.key, { timeoutMs: this.callTimeout() + (b.bytes / (10 * MB)) * 1000 });
    this.opts.log.debug?.(`Actions cache: entry ${b.key}: ${out.kind} in ${(performance.now() - t0).toFixed(0)} ms`);
    if (out.kind === 'hit') {
      this.s.bytesDownloaded += out.bytes;
      this.s.entriesRestored++;
      return true;
    }
    this.dead.add(id);
    if (out.kind === 'miss') this.warn(`entry ${b.key} is gone (evicted); the steps whose layers it held are rebuilt`);
    else this.fault(out, `downloading entry ${b.key}`);
    return false;
  }

  async save(records: CacheRecord[], blobs: BlobFile[]): Promise<CacheSaveReport> {
    const t0 = performance.now();
    const report = emptyReport();
    const firstWarning = this.s.warnings.length;
    try {
      await this.prepare();
      const sel = selectForSave(records, blobs, { mode: this.opts.mode, budgetBytes: this.opts.budgetBytes, isCached: (d) => this.hasBlob(d) });
      for (const p of sel.invalid) this.warn(`not saving a malformed record: ${p}`);
      report.records = sel.records.length;
      report.blobsAlreadyCached = sel.alreadyCached.length;
      report.blobsOverBudget = sel.overBudget.length;
      if (sel.overBudget.length > 0) {
        this.opts.log.info(`Actions cache: ${sel.overBudget.length} layer(s) over the ${this.opts.budgetBytes} byte budget are not saved (their records are)`);
      }
      if (this.disabled || !this.client) report.skipped = this.disabled ?? 'the Actions cache is not available';
      else if (!this.writeDecision.write) report.skipped = this.writeDecision.reason;
      else if (sel.upload.length === 0 && sel.records.every((r) => viewHolds(this.view, r)) && this.dead.size === 0) report.skipped = 'nothing new to save';
      if (report.skipped) {
        if (this.writeDecision.warn && sel.records.length > 0) this.warn(`not saving ${sel.records.length} new step(s): ${report.skipped}`);
        else this.opts.log.info(`Actions cache: not saving: ${report.skipped}`);
        return report;
      }
      const plans = planBundles(sel.records, sel.upload);
      const saved = await Promise.all(plans.map((p) => this.saveBundle(p, report)));
      const newBundles: Record<string, IndexBundle> = {};
      plans.forEach((p, i) => {
        const b = saved[i];
        if (!b) return;
        newBundles[p.id] = b;
        report.blobsSaved += p.blobs.length;
        report.blobBytesSaved += b.bytes;
      });
      if (this.disabled || !this.writeDecision.write) return report;
      const ref = this.refs.writeRef ?? this.opts.env.GITHUB_REF ?? 'unknown-ref';
      const index = nextIndex({
        scope: this.scope.name,
        ref,
        now: this.now(),
        view: this.view,
        newRecords: sel.records,
        used: this.used,
        newBundles,
        deadBundles: this.dead,
        maxRecords: this.opts.gha?.maxRecords ?? 4000,
      });
      await this.saveIndex(ref, index, report);
      this.opts.log.info(
        `Actions cache: saved ${report.blobsSaved} layer(s) (${report.blobBytesSaved} B) in ${report.entriesCreated} entries; ${report.blobsAlreadyCached} already cached`,
      );
    } catch (e) {
      this.warn(`saving failed: ${(e as Error).message}`);
    } finally {
      report.warnings = this.s.warnings.slice(firstWarning);
      this.s.timings.saveMs += performance.now() - t0;
    }
    return report;
  }

  private async saveBundle(plan: BundlePlan, report: CacheSaveReport): Promise<IndexBundle | undefined> {
    const dir = bundleDir(this.root, plan.id);
    const key = bundleKey(plan.id);
    this.made.add(dir);
    try {
      await rm(dir, { recursive: true, force: true });
      await Promise.all(plan.blobs.map((b) => placeFile(b.path, path.join(dir, blobFileName(b.digest)))));
    } catch (e) {
      this.warn(`could not stage ${key}: ${(e as Error).message}`);
      return undefined;
    }
    const bytes = plan.blobs.reduce((n, b) => n + b.size, 0);
    const out = await this.saveWithRetry([dir], key, `layer entry ${key}`, bytes);
    const bundle: IndexBundle = { key, path: dir, blobs: plan.blobs.map((b) => b.digest), bytes, created: this.now() };
    if (out.kind === 'created') {
      report.entriesCreated++;
      this.s.entriesCreated++;
      this.s.bytesUploaded += out.bytes;
      return bundle;
    }
    if (out.kind === 'exists') {
      // Same layers, same key: another build saved (or is saving) it. Reference it once it is visible.
      const seen = await this.client!.restore([dir], key, { lookupOnly: true, timeoutMs: this.callTimeout() });
      if (seen.kind === 'hit') return bundle;
      this.opts.log.info(`Actions cache: ${key} is being saved by another job; not referencing it yet`);
      return undefined;
    }
    this.fault(out, `saving ${key}`);
    return undefined;
  }

  private async saveIndex(ref: string, index: CacheIndex, report: CacheSaveReport): Promise<void> {
    const refId = shortHash(ref, 12);
    const dir = indexDir(this.root, this.scope.id, refId);
    this.made.add(dir);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const text = encodeIndex(index);
    await writeFile(path.join(dir, 'index.json'), text);
    const key = `${indexPrefix(this.scope.id, refId)}${this.now().toString(36)}${randomBytes(4).toString('hex')}`;
    const out = await this.saveWithRetry([dir], key, 'the cache index', text.length);
    if (out.kind === 'created') {
      report.entriesCreated++;
      this.s.entriesCreated++;
      this.s.bytesUploaded += out.bytes;
    } else if (out.kind === 'fault') this.fault(out, 'saving the cache index');
  }

  /** saveCache, waiting out 429s (Retry-After, else 1, 2, 4 ... s) within the retry budget. */
  private async saveWithRetry(paths: string[], key: string, what: string, bytes: number): Promise<SaveOutcome> {
    const budget = this.opts.gha?.retryBudgetMs ?? 60_000;
    const timeoutMs = 120_000 + (bytes / (5 * MB)) * 1000;
    for (let attempt = 0; ; attempt++) {
      if (this.disabled) return { kind: 'fault', reason: 'other', message: this.disabled };
      const out = await this.client!.save(paths, key, timeoutMs);
      if (out.kind !== 'fault' || out.reason !== 'rate-limited') return out;
      const waitMs = (out.retryAfterSec ?? Math.min(2 ** attempt, 30)) * 1000;
      if (attempt >= 5 || this.retrySpent + waitMs > budget) {
        return { ...out, message: `${out.message} (still rate-limited after ${attempt + 1} attempt(s) and ${Math.round(this.retrySpent / 1000)} s of waiting)` };
      }
      this.retrySpent += waitMs;
      this.opts.log.info(`Actions cache: rate-limited saving ${what}; retrying in ${waitMs / 1000} s (Retry-After)`);
      await sleep(waitMs);
    }
  }

  private callTimeout(): number {
    return this.opts.gha?.callTimeoutMs ?? 60_000;
  }

  stats(): CacheStats {
    return structuredClone(this.s);
  }

  async close(): Promise<void> {
    for (const dir of this.made) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    this.made.clear();
    this.verified.clear();
    this.checks.clear();
    await rm(path.join(this.opts.tempDir, 'gha-bin'), { recursive: true, force: true }).catch(() => undefined);
    if (!this.opts.env.RUNNER_TEMP) await rm(path.join(this.opts.tempDir, 'gha-runner-temp'), { recursive: true, force: true }).catch(() => undefined);
  }
}
