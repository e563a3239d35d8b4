import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { digestAlgorithm, digestHex, type Digest } from '../oci/digest.js';
import { checkBlobFile, openVerifiedFile, placeFile, writeFileAtomic } from './blob-files.js';
import { recordProblem, selectForSave } from './policy.js';
import { emptyReport, newStats, publicRecord } from './stats.js';
import type { BlobFile, CacheRecord, CacheSaveReport, CacheStats, CacheStore, CacheStoreOptions } from './types.js';

/**
 * The local directory store (`--cache-dir`, self-hosted runners):
 *   <dir>/records/<key[0:2]>/<key>.json   one record per step key (the newest save wins)
 *   <dir>/blobs/<algorithm>/<hex>         layer blobs, content-addressed
 * Every file is written to a temporary name and renamed, so concurrent builds sharing the directory never
 * see half a file; blobs are checked against their digests before use (stagedBlobFile hands out the path while the check runs). Scopes do not apply: keys are content keys.
 */
export class DirCacheStore implements CacheStore {
  readonly kind = 'dir' as const;
  private readonly dir: string;
  private readonly s: CacheStats;
  /** Checks of blob files against their digests, once per blob (see stagedBlobFile). */
  private readonly checks = new Map<Digest, Promise<string | undefined>>();
  private usable = true;

  constructor(private readonly opts: CacheStoreOptions) {
    if (!opts.dir) throw new Error('the directory cache store needs a directory (--cache-dir)');
    this.dir = path.resolve(opts.dir);
    this.s = newStats('dir', this.dir);
  }

  private warn(message: string): void {
    const m = `cache ${this.dir}: ${message}`;
    if (this.s.warnings.includes(m)) return;
    this.s.warnings.push(m);
    this.opts.log.warning(m);
  }

  private recordPath(key: string): string {
    return path.join(this.dir, 'records', key.slice(0, 2), `${key}.json`);
  }

  private blobPath(digest: Digest): string {
    return path.join(this.dir, 'blobs', digestAlgorithm(digest), digestHex(digest));
  }

  async load(): Promise<void> {
    const t0 = performance.now();
    try {
      await mkdir(path.join(this.dir, 'records'), { recursive: true });
      await mkdir(path.join(this.dir, 'blobs'), { recursive: true });
    } catch (e) {
      this.usable = false;
      this.warn(`cannot be used (${(e as Error).message}); building without the cache`);
    } finally {
      this.s.timings.loadMs += performance.now() - t0;
    }
  }

  lookup(key: string): CacheRecord | undefined {
    this.s.lookups++;
    if (!this.usable || !/^[a-f0-9]{64}$/.test(key)) return undefined;
    let text: string;
    try {
      text = readFileSync(this.recordPath(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const r = JSON.parse(text) as CacheRecord;
      const problem = recordProblem(r);
      if (problem || r.key !== key) throw new Error(problem ?? `holds key ${r.key}`);
      this.s.hits++;
      return publicRecord(r);
    } catch (e) {
      this.warn(`record ${key} is unreadable (${(e as Error).message}); the step is rebuilt`);
      return undefined;
    }
  }

  hasBlob(digest: Digest): boolean {
    return this.usable && existsSync(this.blobPath(digest));
  }

  async openBlob(digest: Digest): Promise<Readable | undefined> {
    const file = await this.blobFile(digest);
    return file === undefined ? undefined : openVerifiedFile(file, digest, undefined, `cached blob ${digest}`);
  }

  async blobFile(digest: Digest): Promise<string | undefined> {
    const staged = await this.stagedBlobFile(digest);
    return staged && !(await staged.checked) ? staged.path : undefined;
  }

  async stagedBlobFile(digest: Digest): Promise<{ path: string; checked: Promise<string | undefined> } | undefined> {
    const t0 = performance.now();
    try {
      if (!this.usable) return undefined;
      const file = this.blobPath(digest);
      let checked = this.checks.get(digest);
      if (!checked) {
        const st = await stat(file).catch(() => undefined);
        if (!st) return undefined;
        checked = (async () => {
          const problem = await checkBlobFile(file, digest);
          if (problem && problem !== 'missing') {
            this.warn(`blob ${digest} is corrupt (${problem}); removed, the step is rebuilt`);
            await rm(file, { force: true });
          }
          return problem;
        })();
        this.checks.set(digest, checked);
        this.s.blobsOpened++;
        this.s.bytesDownloaded += st.size;
      }
      return { path: file, checked };
    } catch (e) {
      this.warn(`opening ${digest} failed: ${(e as Error).message}`);
      return undefined;
    } finally {
      this.s.timings.fetchMs += performance.now() - t0;
    }
  }

  async save(records: CacheRecord[], blobs: BlobFile[]): Promise<CacheSaveReport> {
    const t0 = performance.now();
    const report = emptyReport();
    const firstWarning = this.s.warnings.length;
    try {
      if (!this.usable) {
        report.skipped = 'the cache directory is not usable';
        return report;
      }
      if (this.opts.write === false) {
        report.skipped = 'cache writes are switched off';
        return report;
      }
      const sel = selectForSave(records, blobs, { mode: this.opts.mode, budgetBytes: this.opts.budgetBytes, isCached: (d) => this.hasBlob(d) });
      for (const p of sel.invalid) this.warn(`not saving a malformed record: ${p}`);
      report.records = sel.records.length;
      report.blobsAlreadyCached = sel.alreadyCached.length;
      report.blobsOverBudget = sel.overBudget.length;
      await Promise.all(
        sel.upload.map(async (b) => {
          try {
            await placeFile(b.path, this.blobPath(b.digest));
            report.blobsSaved++;
            report.blobBytesSaved += b.size;
            report.entriesCreated++;
          } catch (e) {
            this.warn(`could not store blob ${b.digest} from ${b.path}: ${(e as Error).message}`);
          }
        }),
      );
      for (const r of sel.records) {
        await writeFileAtomic(this.recordPath(r.key), JSON.stringify(publicRecord(r)));
        report.entriesCreated++;
      }
      this.s.bytesUploaded += report.blobBytesSaved;
      this.s.entriesCreated += report.entriesCreated;
    } catch (e) {
      this.warn(`saving failed: ${(e as Error).message}`);
    } finally {
      report.warnings = this.s.warnings.slice(firstWarning);
      this.s.timings.saveMs += performance.now() - t0;
    }
    return report;
  }

  stats(): CacheStats {
    return structuredClone(this.s);
  }

  async close(): Promise<void> {
    this.checks.clear();
  }
}
