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
import { RegistryError, registryDenied, registryNotFound } from '../registry/errors.js';
import { repositoryName, repositoryOf, type Reference } from '../registry/reference.js';
import { mapLimit } from '../registry/transfer.js';
import { openVerifiedFile } from './blob-files.js';
import { decodeIndex, encodeIndex, mergeIndexes, nextIndex, pickRecord, viewHolds, type CacheIndex, type IndexView } from './index-file.js';
import { selectForSave } from './policy.js';
import { emptyReport, newStats, publicRecord } from './stats.js';
import type { BlobFile, CachedLayer, CacheRecord, CacheSaveReport, CacheStats, CacheStore, CacheStoreOptions } from './types.js';

/** The media type of the config blob of a hoist registry cache: the cache index (index-file.ts), gzip-compressed JSON. */
export const REGISTRY_CACHE_INDEX = 'application/vnd.hoist.cache.index.v1+json+gzip';

/** What the registry store needs of the registry client (src/registry/client.ts), so tests and the cache stay decoupled. */
export interface RegistryCacheClient {
  getManifest(ref: Reference): Promise<ParsedManifest>;
  readBlob(repo: Reference, desc: Descriptor): Promise<Buffer>;
  getBlob(repo: Reference, desc: Descriptor): Promise<Readable>;
  hasBlob(repo: Reference, digest: Digest): Promise<boolean>;
  pushBlob(repo: Reference, desc: Descriptor, open: () => Readable | Promise<Readable>, opts?: { mountFrom?: Reference[] }): Promise<'exists' | 'mounted' | 'uploaded'>;
  putManifest(ref: Reference, bytes: Buffer, mediaType: string): Promise<Digest>;
}

/** Where the registry store reads (`from`, buildx's cache-from refs) and writes (`to`, cache-to's ref, also read first). */
export interface RegistryCacheRefs {
  client: RegistryCacheClient;
  from: Reference[];
  to?: Reference;
}

/** Most bytes a cache index may inflate to (a Debian base's file summary is about 0.5 MB of JSON). */
const MAX_INDEX_BYTES = 256 * 1024 * 1024;


/**
 * The layer cache in a registry (buildx's `--cache-to/--cache-from type=registry,ref=R`). Layout: the tag `R` is
 * an OCI image manifest whose config (REGISTRY_CACHE_INDEX) is the same cache index the Actions cache store
 * keeps, and whose layers are the cached layer blobs, so the registry keeps them alive and its garbage
 * collection sees them. Lookups see the cache-from refs only, as buildx imports only those (a missing ref is a
 * cold start, one that is not hoist's, such as a BuildKit cache, is ignored with a warning); the cache-to ref is
 * read too, so a save carries its records forward. Blobs are downloaded, verified, only by openBlob. save (only
 * with a cache-to ref) pushes the new layer blobs, then the index, then the manifest, so the tag never names a
 * blob the repository lacks; it is skipped when the cache-to ref could not be read (it would lose its records).
 * Every fault is a warning.
 */
export class RegistryCacheStore implements CacheStore {
  readonly kind = 'registry' as const;
  private readonly s: CacheStats;
  private readonly refs: RegistryCacheRefs;
  /** What lookups see: the cache-from refs' records. */
  private view: IndexView = mergeIndexes([]);
  /** What a save carries forward: the cache-to ref's records, then the cache-from refs'. */
  private carried: IndexView = mergeIndexes([]);
  /** Why the cache-to ref could not be read (a save would replace what it holds), if it could not. */
  private targetUnreadable?: string;
  private closed = false;
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

  /** The refs to read, cache-to first (its records are the ones a save carries first), each once. */
  private readRefs(): Reference[] {
    const seen = new Set<string>();
    return [...(this.refs.to ? [this.refs.to] : []), ...this.refs.from].filter((r) => !seen.has(String(r)) && !!seen.add(String(r)));
  }

  async load(): Promise<void> {
    const t0 = performance.now();
    try {
      const refs = this.readRefs();
      const from = new Set(this.refs.from.map(String));
      const loaded = await Promise.all(refs.map((r) => this.loadRef(r)));
      const lookups: CacheIndex[] = [];
      const carried: CacheIndex[] = [];
      loaded.forEach((l, i) => {
        const target = !!this.refs.to && String(refs[i]) === String(this.refs.to);
        if (target && l.unreadable) this.targetUnreadable = l.unreadable;
        if (!l.index) return;
        carried.push(l.index);
        if (from.has(String(refs[i]))) lookups.push(l.index);
        if (target) this.targetLoaded = true;
        for (const desc of l.layers) {
          const list = this.where.get(desc.digest) ?? [];
          list.push({ repo: repositoryOf(refs[i]), desc });
          this.where.set(desc.digest, list);
        }
      });
      this.view = mergeIndexes(lookups);
      this.carried = mergeIndexes(carried);
      this.s.recordsLoaded = this.view.records.size;
      const read = this.refs.from.length > 0 ? `${this.view.records.size} records visible in ${this.refs.from.map(String).join(', ')}` : 'no cache-from ref to read';
      this.opts.log.info(`registry cache: ${read}${this.refs.to ? `; writing ${String(this.refs.to)}` : ''}`);
    } catch (e) {
      this.warn(`loading failed: ${(e as Error).message}`);
    } finally {
      this.s.timings.loadMs += performance.now() - t0;
    }
  }

  /**
   * One ref's index and the layers its manifest lists; none when there is nothing usable, with `unreadable` set
   * when the ref may hold a cache this build could not read (a save must not replace it).
   */
  private async loadRef(ref: Reference): Promise<{ index?: CacheIndex; layers: Descriptor[]; unreadable?: string }> {
    let m: ParsedManifest;
    try {
      m = await this.refs.client.getManifest(ref);
    } catch (e) {
      if (registryNotFound(e, 'manifest')) {
        this.opts.log.info(`registry cache: nothing at ${String(ref)} yet`);
        return { layers: [] };
      }
      this.warn(`reading ${String(ref)} failed: ${(e as Error).message}; building without it`);
      return { layers: [], unreadable: (e as Error).message };
    }
    this.s.bytesDownloaded += m.bytes.length;
    if (m.kind !== 'manifest' || m.manifest.config.mediaType !== REGISTRY_CACHE_INDEX) {
      const what = m.kind === 'index' ? 'an index' : `a manifest with config ${m.manifest.config.mediaType}`;
      this.warn(`${String(ref)} is not a hoist cache (it is ${what}; a BuildKit cache cannot be read by hoist); ignoring it${String(ref) === String(this.refs.to) ? ', and a save replaces it' : ''}`);
      return { layers: [] };
    }
    try {
      const gz = await this.refs.client.readBlob(repositoryOf(ref), m.manifest.config);
      this.s.bytesDownloaded += gz.length;
      this.s.entriesRestored++;
      return { index: decodeIndex(gunzipSync(gz, { maxOutputLength: MAX_INDEX_BYTES }).toString('utf8'), `registry cache ${String(ref)}`), layers: m.manifest.layers };
    } catch (e) {
      // A corrupt index is replaced by a save; one the registry failed to serve is kept.
      this.warn(`the index of ${String(ref)} is unusable (${(e as Error).message}); ignoring it`);
      return { layers: [], unreadable: e instanceof RegistryError && !registryNotFound(e) ? (e as Error).message : undefined };
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

  private async download(digest: Digest): Promise<string | undefined> {
    const t0 = performance.now();
    try {
      if (this.dead.has(digest) || this.closed) return undefined;
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
    } catch (e) {
      // A local fault (a full or read-only disk): the step is rebuilt, the build goes on.
      this.warn(`opening ${digest} failed: ${(e as Error).message}; the step is rebuilt`);
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
      // A blob a hoist cache manifest in the cache-to repository lists (any tag: main's beside a branch's) is
      // there, unless it failed to download (deleted, collected): then it is pushed again.
      const inTarget = (d: Digest) => !!to && !this.dead.has(d) && (this.where.get(d) ?? []).some((w) => repositoryName(w.repo) === repositoryName(to));
      const sel = selectForSave(records, blobs, { mode: this.opts.mode, budgetBytes: this.opts.budgetBytes, isCached: inTarget });
      for (const p of sel.invalid) this.warn(`not saving a malformed record: ${p}`);
      report.records = sel.records.length;
      report.blobsAlreadyCached = sel.alreadyCached.length;
      report.blobsOverBudget = sel.overBudget.length;
      if (!to) report.skipped = 'no cache-to reference (a cache-from is only read)';
      else if (this.opts.write === false) report.skipped = 'cache writes are switched off';
      else if (this.targetUnreadable) report.skipped = `${String(to)} could not be read (${this.targetUnreadable}), and a save would replace what it holds`;
      else if (this.targetLoaded && sel.upload.length === 0 && sel.records.every((r) => viewHolds(this.carried, r)) && this.dead.size === 0) report.skipped = 'nothing new to save';
      if (report.skipped || !to) {
        this.opts.log.info(`registry cache: not saving: ${report.skipped}`);
        return report;
      }
      const target = repositoryOf(to);
      const layerOf = new Map(sel.records.filter((r) => r.layer).map((r) => [r.layer!.digest, r.layer!]));
      const present = new Set([...this.where.keys()].filter(inTarget));
      let refused: string | undefined;
      // The new layers: present already (the image push put them in the same repository), mounted, or uploaded.
      await mapLimit(sel.upload, 4, async (b) => {
        if (refused) return;
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
          if (registryDenied(e)) refused = (e as Error).message;
          else this.warn(`could not push layer ${b.digest} to ${repositoryName(target)}: ${(e as Error).message}; its record is kept without it`);
        }
      });
      if (refused) {
        this.warn(`pushing to ${repositoryName(target)} was refused (${refused}); not saving`);
        return report;
      }
      const index = nextIndex({
        scope: `registry ${String(to)}`,
        ref: String(to),
        now: (this.opts.now ?? Date.now)(),
        view: this.carried,
        newRecords: sel.records,
        used: this.used,
        newBundles: {},
        deadBundles: new Set(),
        maxRecords: this.opts.gha?.maxRecords ?? 4000,
      });
      // A registry may be public: the index keeps no step text (a RUN's created_by can hold build-arg values;
      // a hit's history is made from the Dockerfile, not from the record).
      index.records = index.records.map(({ createdBy: _text, ...r }) => r);
      // Kept records' layers that only a cache-from repository holds are mounted when the registry allows it;
      // a record whose blob the cache-to repository cannot get stays without it (a build whose image registry
      // has the blob still uses it). Every listed blob is confirmed (HEAD), so the manifest names none that is gone.
      const wanted: CachedLayer[] = [];
      const seen = new Set<Digest>();
      for (const r of index.records) if (r.layer && !seen.has(r.layer.digest) && !this.dead.has(r.layer.digest) && seen.add(r.layer.digest)) wanted.push(r.layer);
      const listed = new Set<Digest>();
      await mapLimit(wanted, 8, async (l) => {
        const desc: Descriptor = { mediaType: l.mediaType, digest: l.digest, size: l.size };
        try {
          if (present.has(l.digest) ? await this.refs.client.hasBlob(target, l.digest) : await this.mount(target, desc)) listed.add(l.digest);
        } catch (e) {
          this.opts.log.debug?.(`registry cache: ${l.digest} left out of ${String(to)}: ${(e as Error).message}`);
        }
      });
      const layers = wanted.filter((l) => listed.has(l.digest)).map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size }));
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

  /** Mounts a blob another repository on the target's registry holds into the target; false when none can. */
  private async mount(target: Reference, desc: Descriptor): Promise<boolean> {
    const from = (this.where.get(desc.digest) ?? []).map((w) => w.repo).filter((repo) => repo.registry === target.registry);
    if (from.length === 0) return false;
    await this.refs.client.pushBlob(target, desc, () => {
      throw new Error('the blob is not here to upload');
    }, { mountFrom: from });
    return true;
  }

  stats(): CacheStats {
    return structuredClone(this.s);
  }

  async close(): Promise<void> {
    // Downloads still running finish (or fail) first, so none writes into the directory after it is removed.
    this.closed = true;
    await Promise.allSettled([...this.downloads.values()]);
    this.downloads.clear();
    await rm(this.dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
