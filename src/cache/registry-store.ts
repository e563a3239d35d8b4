import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { digestHex, digestOf, type Digest } from '../oci/digest.js';
import type { ParsedManifest } from '../oci/manifest.js';
import { MediaType } from '../oci/media-types.js';
import type { Descriptor } from '../oci/types.js';
import { registryNotFound } from '../registry/errors.js';
import { makeReference, repositoryName, type Reference } from '../registry/reference.js';
import { openVerifiedFile } from './blob-files.js';
import { decodeIndex, encodeIndex, mergeIndexes, nextIndex, type CacheIndex, type IndexView } from './index-file.js';
import { selectForSave } from './policy.js';
import { emptyReport, newStats, publicRecord } from './stats.js';
import type { BlobFile, CacheRecord, CacheSaveReport, CacheStats, CacheStore, CacheStoreOptions } from './types.js';

/** The media type of the config blob of a hoist registry cache: the cache index (index-file.ts), gzip-compressed JSON. */
export const REGISTRY_CACHE_INDEX = 'application/vnd.hoist.cache.index.v1+json+gzip';

/** What the registry store needs of the registry client (src/registry/client.ts), so tests and the cache stay decoupled. */
export interface RegistryCacheClient {
  getManifest(ref: Reference): Promise<ParsedManifest>;
  readBlob(repo: Reference, desc: Descriptor): Promise<Buffer>;
  getBlob(repo: Reference, desc: Descriptor): Promise<Readable>;
  pushBlob(repo: Reference, desc: Descriptor, open: () => Readable | Promise<Readable>, opts?: { mountFrom?: Reference[] }): Promise<'exists' | 'mounted' | 'uploaded'>;
  putManifest(ref: Reference, bytes: Buffer, mediaType: string): Promise<Digest>;
}

/** Where the registry store reads (`from`, buildx's cache-from refs) and writes (`to`, cache-to's ref, also read first). */
export interface RegistryCacheRefs {
  client: RegistryCacheClient;
  from: Reference[];
  to?: Reference;
}

const repoOf = (r: Reference): Reference => makeReference(r.registry, r.repository);

/**
 * The layer cache in a registry (buildx's `--cache-to/--cache-from type=registry,ref=R`). Layout: the tag `R` is
 * an OCI image manifest whose config (REGISTRY_CACHE_INDEX) is the same cache index the Actions cache store
 * keeps, and whose layers are the cached layer blobs, so the registry keeps them alive and its garbage
 * collection sees them. load reads the cache-to ref and every cache-from ref (a missing one is a cold start, one
 * that is not hoist's, such as a BuildKit cache, is ignored with a warning); blobs are downloaded, verified, only
 * by openBlob. save (only with a cache-to ref) pushes the new layer blobs, then the index, then the manifest,
 * so the tag never names a blob the repository lacks. Every fault is a warning.
 */
export class RegistryCacheStore implements CacheStore {
  readonly kind = 'registry' as const;
  private readonly s: CacheStats;
  private readonly refs: RegistryCacheRefs;
  private view: IndexView = mergeIndexes([]);
  /** Where each blob is: the repositories whose cache manifest lists it, best first. */
  private readonly where = new Map<Digest, { repo: Reference; desc: Descriptor }[]>();
  private targetLoaded = false;
  private readonly used = new Set<string>();
  private readonly dead = new Set<Digest>();
  private readonly downloads = new Map<Digest, Promise<string | undefined>>();
  private readonly dir: string;

  constructor(private readonly opts: CacheStoreOptions) {
    if (!opts.registry || (opts.registry.from.length === 0 && !opts.registry.to)) throw new Error('the registry cache store needs a cache-from or cache-to reference');
    this.refs = opts.registry;
    this.s = newStats('registry', [...(this.refs.to ? [`to ${String(this.refs.to)}`] : []), ...this.refs.from.map((r) => `from ${String(r)}`)].join(', '));
    this.dir = path.join(opts.tempDir, 'registry-cache');
  }

  private warn(message: string): void {
    const m = `registry cache: ${message}`;
    if (this.s.warnings.includes(m)) return;
    this.s.warnings.push(m);
    this.opts.log.warning(m);
  }

  /** The refs to read, cache-to first (a build's own cache is its best match), each once. */
  private readRefs(): Reference[] {
    const seen = new Set<string>();
    return [...(this.refs.to ? [this.refs.to] : []), ...this.refs.from].filter((r) => !seen.has(String(r)) && !!seen.add(String(r)));
  }

  async load(): Promise<void> {
    const t0 = performance.now();
    try {
      const refs = this.readRefs();
      const loaded = await Promise.all(refs.map((r) => this.loadRef(r)));
      const indexes: CacheIndex[] = [];
      loaded.forEach((l, i) => {
        if (!l) return;
        indexes.push(l.index);
        const target = !!this.refs.to && String(refs[i]) === String(this.refs.to);
        if (target) this.targetLoaded = true;
        for (const desc of l.layers) {
          const list = this.where.get(desc.digest) ?? [];
          list.push({ repo: repoOf(refs[i]), desc });
          this.where.set(desc.digest, list);
        }
      });
      this.view = mergeIndexes(indexes);
      this.s.recordsLoaded = this.view.records.size;
      this.opts.log.info(`registry cache: ${this.view.records.size} records, ${this.where.size} layers visible in ${refs.map(String).join(', ')}`);
    } catch (e) {
      this.warn(`loading failed: ${(e as Error).message}`);
    } finally {
      this.s.timings.loadMs += performance.now() - t0;
    }
  }

  private async loadRef(ref: Reference): Promise<{ index: CacheIndex; layers: Descriptor[] } | undefined> {
    let m: ParsedManifest;
    try {
      m = await this.refs.client.getManifest(ref);
    } catch (e) {
      if (registryNotFound(e, 'manifest')) this.opts.log.info(`registry cache: nothing at ${String(ref)} yet`);
      else this.warn(`reading ${String(ref)} failed: ${(e as Error).message}; building without it`);
      return undefined;
    }
    this.s.bytesDownloaded += m.bytes.length;
    if (m.kind !== 'manifest' || m.manifest.config.mediaType !== REGISTRY_CACHE_INDEX) {
      const what = m.kind === 'index' ? 'an index' : `a manifest with config ${m.manifest.config.mediaType}`;
      this.warn(`${String(ref)} is not a hoist cache (it is ${what}; a BuildKit cache cannot be read by hoist); ignoring it${String(ref) === String(this.refs.to) ? ', and a save replaces it' : ''}`);
      return undefined;
    }
    try {
      const gz = await this.refs.client.readBlob(repoOf(ref), m.manifest.config);
      this.s.bytesDownloaded += gz.length;
      this.s.entriesRestored++;
      return { index: decodeIndex(gunzipSync(gz).toString('utf8'), `registry cache ${String(ref)}`), layers: m.manifest.layers };
    } catch (e) {
      this.warn(`the index of ${String(ref)} is unusable (${(e as Error).message}); ignoring it`);
      return undefined;
    }
  }

  lookup(key: string): CacheRecord | undefined {
    this.s.lookups++;
    const list = this.view.records.get(key);
    if (!list || list.length === 0) return undefined;
    const best = list.find((r) => !r.layer || this.hasBlob(r.layer.digest)) ?? list[0];
    this.s.hits++;
    this.used.add(key);
    return publicRecord(best);
  }

  hasBlob(digest: Digest): boolean {
    return this.where.has(digest) && !this.dead.has(digest);
  }

  async openBlob(digest: Digest): Promise<Readable | undefined> {
    const file = await this.blobFile(digest);
    return file === undefined ? undefined : openVerifiedFile(file, digest, this.where.get(digest)?.[0]?.desc.size, `cached blob ${digest}`);
  }

  /** The blob downloaded into the build's temporary directory, verified while it streams (once per blob). */
  blobFile(digest: Digest): Promise<string | undefined> {
    let d = this.downloads.get(digest);
    if (!d) {
      d = this.download(digest);
      this.downloads.set(digest, d);
    }
    return d;
  }

  async stagedBlobFile(digest: Digest): Promise<{ path: string; checked: Promise<string | undefined> } | undefined> {
    const file = await this.blobFile(digest);
    return file === undefined ? undefined : { path: file, checked: Promise.resolve(undefined) };
  }

  private async download(digest: Digest): Promise<string | undefined> {
    const t0 = performance.now();
    try {
      if (this.dead.has(digest)) return undefined;
      await mkdir(this.dir, { recursive: true });
      const file = path.join(this.dir, digestHex(digest));
      for (const { repo, desc } of this.where.get(digest) ?? []) {
        try {
          // getBlob verifies the digest and size as the bytes arrive: a wrong blob fails the pipeline.
          await pipeline(await this.refs.client.getBlob(repo, desc), createWriteStream(file));
          this.s.blobsOpened++;
          this.s.bytesDownloaded += desc.size;
          return file;
        } catch (e) {
          await rm(file, { force: true });
          this.warn(`blob ${digest} from ${repositoryName(repo)} is unusable (${(e as Error).message}); the step is rebuilt`);
        }
      }
      this.dead.add(digest);
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
      const to = this.refs.to;
      if (!to) report.skipped = 'no cache-to reference (a cache-from is only read)';
      else if (this.opts.write === false) report.skipped = 'cache writes are switched off';
      // A blob a cache manifest in the cache-to repository lists (any tag: main's beside a branch's) is there.
      const inTarget = (d: Digest) => !!to && (this.where.get(d) ?? []).some((w) => repositoryName(w.repo) === repositoryName(to));
      const sel = selectForSave(records, blobs, { mode: this.opts.mode, budgetBytes: this.opts.budgetBytes, isCached: inTarget });
      for (const p of sel.invalid) this.warn(`not saving a malformed record: ${p}`);
      report.records = sel.records.length;
      report.blobsAlreadyCached = sel.alreadyCached.length;
      report.blobsOverBudget = sel.overBudget.length;
      const known = (r: CacheRecord) => (this.view.records.get(r.key) ?? []).some((x) => x.layer?.digest === r.layer?.digest);
      if (!report.skipped && this.targetLoaded && sel.upload.length === 0 && sel.records.every(known) && this.dead.size === 0) report.skipped = 'nothing new to save';
      if (report.skipped || !to) {
        this.opts.log.info(`registry cache: not saving: ${report.skipped}`);
        return report;
      }
      const target = repoOf(to);
      const layerOf = new Map(sel.records.filter((r) => r.layer).map((r) => [r.layer!.digest, r.layer!]));
      const present = new Set([...this.where.keys()].filter(inTarget));
      // The new layers: present already (the image push put them in the same repository), mounted, or uploaded.
      await Promise.all(
        sel.upload.map(async (b) => {
          const desc: Descriptor = { mediaType: layerOf.get(b.digest)?.mediaType ?? MediaType.ociLayerGzip, digest: b.digest, size: b.size };
          try {
            const how = await this.refs.client.pushBlob(target, desc, () => createReadStream(b.path), { mountFrom: (this.where.get(b.digest) ?? []).map((w) => w.repo) });
            present.add(b.digest);
            if (how === 'uploaded') {
              report.blobsSaved++;
              report.blobBytesSaved += b.size;
              report.entriesCreated++;
            } else report.blobsAlreadyCached++;
          } catch (e) {
            this.warn(`could not push layer ${b.digest} to ${repositoryName(target)}: ${(e as Error).message}; its record is kept without it`);
          }
        }),
      );
      const index = nextIndex({
        scope: `registry ${String(to)}`,
        ref: String(to),
        now: (this.opts.now ?? Date.now)(),
        view: this.view,
        newRecords: sel.records,
        used: this.used,
        newBundles: {},
        deadBundles: new Set(),
        maxRecords: this.opts.gha?.maxRecords ?? 4000,
      });
      // Kept records' layers that only a cache-from repository holds: mounted when the registry allows it,
      // else the record stays without its blob (a build whose image registry has the blob still uses it).
      const layers: Descriptor[] = [];
      const listed = new Set<Digest>();
      for (const r of index.records) {
        const l = r.layer;
        if (!l || listed.has(l.digest) || this.dead.has(l.digest)) continue;
        if (!present.has(l.digest)) {
          const others = (this.where.get(l.digest) ?? []).map((w) => w.repo).filter((repo) => repo.registry === target.registry);
          if (others.length === 0) continue;
          const how = await this.refs.client
            .pushBlob(target, { mediaType: l.mediaType, digest: l.digest, size: l.size }, () => {
              throw new Error('not mountable');
            }, { mountFrom: others })
            .catch(() => undefined);
          if (!how) continue;
          present.add(l.digest);
        }
        listed.add(l.digest);
        layers.push({ mediaType: l.mediaType, digest: l.digest, size: l.size });
      }
      const gz = gzipSync(Buffer.from(encodeIndex(index)));
      const config: Descriptor = { mediaType: REGISTRY_CACHE_INDEX, digest: digestOf(gz), size: gz.length };
      await this.refs.client.pushBlob(target, config, () => Readable.from([gz]));
      const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociManifest, config, layers }));
      await this.refs.client.putManifest(to, manifest, MediaType.ociManifest);
      report.entriesCreated += 2;
      this.s.bytesUploaded += report.blobBytesSaved + gz.length + manifest.length;
      this.s.entriesCreated += report.entriesCreated;
      this.opts.log.info(`registry cache: saved ${report.blobsSaved} layer(s) (${report.blobBytesSaved} B) and ${index.records.length} records to ${String(to)}; ${report.blobsAlreadyCached} already there`);
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
    await rm(this.dir, { recursive: true, force: true }).catch(() => undefined);
    this.downloads.clear();
  }
}
