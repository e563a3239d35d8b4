import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { VerifyingStream, digestHex, type Digest } from '../oci/digest.js';
import { decompress } from '../oci/layer/compress.js';
import type { RegistryClient } from '../registry/client.js';
import { makeReference } from '../registry/reference.js';
import type { CacheRecord, CacheStore } from '../cache/types.js';
import type { BlobFileRef } from '../sandbox/types.js';
import { summaryOf, type LayerSummary } from './fs-view.js';
import { Download } from './download.js';
import { summarizeTar, type BuiltLayer } from './layers.js';

/** Error for a layer blob that no source can provide. */
export class BlobUnavailableError extends Error {
  constructor(readonly digest: Digest, reason: string) {
    super(`layer ${digest} is unavailable: ${reason}`);
    this.name = 'BlobUnavailableError';
  }
}

/** Waits until a writable drains or closes, leaving no listener behind. */
function drainOrClose(w: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      w.off('drain', done);
      w.off('close', done);
      resolve();
    };
    w.on('drain', done);
    w.on('close', done);
  });
}

/** `source` checked against the layer's digest and size as it is read (a source error fails the result). */
/**
 * The layer's bytes checked against its digest and size. A mismatch is a BlobUnavailableError (a corrupt cached or
 * local copy is a cache fault: the builder rebuilds what made the layer), after `onBad` (e.g. removing the file).
 */
function verified(source: Readable, layer: BuiltLayer, onBad?: () => void): Readable {
  const v = new VerifyingStream(layer.digest, layer.size, 'layer', (m) => {
    onBad?.();
    return new BlobUnavailableError(layer.digest, `its copy is corrupt (${m})`);
  });
  source.on('error', (e) => v.destroy(e));
  return source.pipe(v);
}

/**
 * Cache key of the record that carries a base-image layer's summary. The record has no layer: its `meta.summary`
 * is the point. A warm build on a fresh runner then reads a base layer's file list from the cache index instead
 * of downloading and decompressing the whole layer before its first COPY or WORKDIR.
 */
export function summaryRecordKey(diffId: Digest): string {
  return createHash('sha256').update(`hoist layer summary v1\0${diffId}`).digest('hex');
}

/** The BlobUnavailableError behind an error (itself or along its `cause` chain), if any. */
export function blobUnavailableIn(e: unknown): BlobUnavailableError | undefined {
  for (let cur: unknown = e, depth = 0; cur && depth < 10; cur = (cur as { cause?: unknown }).cause, depth++) {
    if (cur instanceof BlobUnavailableError) return cur;
  }
  return undefined;
}

/** How many cached layers one build gives up on before a missing blob fails it (each is rebuilt once). */
const MAX_BAD_BLOBS = 8;

/**
 * The cache fault in `e` worth a rebuild without it: a BlobUnavailableError for a digest not yet marked bad,
 * within the limit. The digest is marked in `bad`; undefined means `e` is to be thrown.
 */
export function markBadBlob(e: unknown, bad: Set<string>, attempt: number): BlobUnavailableError | undefined {
  const missing = blobUnavailableIn(e);
  if (!missing || attempt >= MAX_BAD_BLOBS || bad.has(missing.digest)) return undefined;
  bad.add(missing.digest);
  return missing;
}

/**
 * Reads layer blobs wherever they are — hoist's local blob directory, the layer cache, or the registry the
 * base image came from — verified against their digests, and keeps layer summaries by diff_id. Nothing is
 * fetched until a step needs it.
 */
export class BlobAccess {
  /** Downloads in flight, by digest: a second reader waits for the first download instead of fetching again. */
  private readonly inflight = new Map<string, Download>();
  /** Summaries being computed, by diff_id. */
  private readonly summarizing = new Map<string, Promise<LayerSummary>>();
  /** Records of base-image layer summaries the cache lacks, by key (saved with the build's records). */
  private readonly summariesToCache = new Map<string, CacheRecord>();

  constructor(
    private readonly opts: { registry: RegistryClient; cache?: CacheStore; blobDir: string; summaryDir: string },
  ) {}

  /** Path of a blob in the local blob directory. */
  localPath(digest: Digest): string {
    return path.join(this.opts.blobDir, 'sha256', digestHex(digest));
  }

  private async localSize(digest: Digest): Promise<number | undefined> {
    return stat(this.localPath(digest)).then((s) => s.size, () => undefined);
  }

  private openLocal(layer: BuiltLayer, file = this.localPath(layer.digest)): Readable {
    // A corrupt copy in hoist's own blob directory is removed, so the next read fetches it again.
    const own = file === this.localPath(layer.digest);
    return verified(createReadStream(file), layer, own ? () => void unlink(file).catch(() => undefined) : undefined);
  }

  /**
   * Opens a layer's compressed blob, verified while read. A blob fetched from the cache or a registry is kept in
   * the local blob directory as it streams (written under a temporary name, renamed once complete and verified),
   * so a build downloads each blob at most once however many steps read it.
   */
  async open(layer: BuiltLayer): Promise<Readable> {
    if (layer.ready) await layer.ready;
    const local = await this.localFile(layer);
    if (local) return this.openLocal(layer, local);
    // In flight already, or started by a reader that arrived while the local file was looked up.
    const pending = this.following(layer);
    if (pending) return pending;
    // A cache that holds its blobs in local files is read where they are (no second copy on disk).
    const cached = await this.cachedFile(layer);
    if (cached) return this.openLocal(layer, cached);
    // The cache lookup awaited: a reader may have started the download meanwhile.
    const started = this.following(layer);
    if (started) return started;
    // Registered before the remote is opened, so that a reader arriving meanwhile follows this download
    // instead of starting a second one.
    const final = this.localPath(layer.digest);
    const dl = new Download(`${final}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`, final);
    this.inflight.set(layer.digest, dl);
    let remote: Readable | undefined;
    try {
      // (A cache with blob files was asked above.)
      if (this.opts.cache?.hasBlob(layer.digest) && !this.opts.cache.blobFile) remote = await this.opts.cache.openBlob(layer.digest);
      if (!remote && layer.location.kind === 'registry') {
        const repo = makeReference(layer.location.registry, layer.location.repository);
        remote = await this.opts.registry.getBlob(repo, { mediaType: layer.mediaType, digest: layer.digest, size: layer.size });
      }
      if (!remote) throw new BlobUnavailableError(layer.digest, 'not in the local blob directory, the cache or a registry');
    } catch (e) {
      this.forget(layer.digest, dl);
      dl.finish(false, e as Error);
      throw e;
    }
    return this.keepWhileReading(layer, remote, dl);
  }

  /** A verified reader of the layer's download in flight, if there is one. */
  private following(layer: BuiltLayer): Readable | undefined {
    const dl = this.inflight.get(layer.digest);
    return dl && verified(dl.follow(`layer ${layer.digest}`), layer);
  }

  /** Removes a download from the in-flight map, if it is still the one there. */
  private forget(digest: Digest, dl: Download): void {
    if (this.inflight.get(digest) === dl) this.inflight.delete(digest);
  }

  /** The path of the layer's complete blob when it is on local disk (nothing fetched), else undefined. */
  private async localFile(layer: BuiltLayer): Promise<string | undefined> {
    if (layer.ready) return undefined;
    if (layer.location.kind === 'file') return layer.location.path;
    if (this.inflight.has(layer.digest)) return undefined;
    return (await this.localSize(layer.digest)) === layer.size ? this.localPath(layer.digest) : undefined;
  }

  /** The cache's own local file of the blob (fetched into the cache first when needed), if the cache has one. */
  private async cachedFile(layer: BuiltLayer): Promise<string | undefined> {
    const cache = this.opts.cache;
    if (!cache?.blobFile || !cache.hasBlob(layer.digest)) return undefined;
    return cache.blobFile(layer.digest);
  }

  /**
   * The cache's own file of the blob, handed over as soon as it is local while its check against the digest runs
   * (`checked`: a failure is a BlobUnavailableError, so the step is rebuilt); a cache without staged files gives
   * its verified file.
   */
  private async stagedFile(layer: BuiltLayer): Promise<BlobFileRef | undefined> {
    const cache = this.opts.cache;
    if (!cache?.hasBlob(layer.digest)) return undefined;
    if (!cache.stagedBlobFile) {
      const verified = await this.cachedFile(layer);
      return verified ? { path: verified } : undefined;
    }
    const staged = await cache.stagedBlobFile(layer.digest);
    if (!staged) return undefined;
    const checked = staged.checked.then((problem) => (problem ? new BlobUnavailableError(layer.digest, `its cached copy is unusable (${problem})`) : undefined));
    return { path: staged.path, checked };
  }

  /**
   * The layer's blob as a local file: the blob directory's copy, else the cache's file, else the file a download
   * is writing (started here when none is: `open` keeps what it downloads in the blob directory), returned once
   * its first bytes are there, with what a reader needs to follow it to the end.
   */
  async file(layer: BuiltLayer): Promise<BlobFileRef> {
    if (layer.ready) await layer.ready;
    for (let attempt = 0; attempt < 3; attempt++) {
      const local = await this.localFile(layer);
      if (local) return { path: local };
      const staged = this.inflight.has(layer.digest) ? undefined : await this.stagedFile(layer);
      if (staged) return staged;
      const dl = this.inflight.get(layer.digest);
      if (dl) {
        while (dl.state === 'running' && dl.written === 0) await dl.changed();
        const failure = () => dl.error ?? new BlobUnavailableError(layer.digest, 'its download failed');
        if (dl.state === 'failed') throw failure();
        if (dl.state === 'done') return { path: dl.final };
        const done = dl.done.then((ok) => (ok ? undefined : failure()));
        return { path: dl.tmp, growing: { final: dl.final, size: layer.size, done } };
      }
      // Starts the download (or finds the blob after all); it goes on into the blob directory without this reader.
      (await this.open(layer)).destroy();
    }
    throw new BlobUnavailableError(layer.digest, 'it was fetched, but is neither in the local blob directory nor being written there');
  }

  /**
   * The layer as an uncompressed tar. A RUN layer still being compressed is read from its tar file (no wait
   * for the compressor); any other layer is its blob, decompressed.
   */
  async openTar(layer: BuiltLayer): Promise<Readable> {
    if (layer.ready && layer.location.kind === 'file') {
      try {
        // Opened before the compressor can release the file: an open descriptor outlives the unlink.
        const fh = await open(layer.location.path, 'r');
        return fh.createReadStream();
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        // released meanwhile: the blob is final now
      }
    }
    return decompress(await this.open(layer), layer.mediaType);
  }

  /** Passes a verified remote stream through while writing it to the blob directory (via `dl`). */
  private keepWhileReading(layer: BuiltLayer, remote: Readable, dl: Download): Readable {
    const { tmp, final } = dl;
    const out = new PassThrough({ highWaterMark: 1 << 20 });
    // Other readers of this blob meanwhile follow the file as it grows (download.ts).
    const finish = (ok: boolean, error?: Error) => {
      this.forget(layer.digest, dl);
      dl.finish(ok, error);
    };
    void (async () => {
      let file: FileHandle | undefined;
      try {
        await mkdir(path.dirname(final), { recursive: true });
        file = await open(tmp, 'w');
        const checked = verified(remote, layer);
        for await (const chunk of checked as AsyncIterable<Buffer>) {
          for (let off = 0; off < chunk.length; ) off += (await file.write(chunk, off)).bytesWritten;
          dl.wrote(chunk.length);
          // A reader that stops early (destroys the stream) does not stop the download into the blob directory.
          if (!out.destroyed && !out.write(chunk)) await drainOrClose(out);
        }
        await file.close();
        file = undefined;
        await rename(tmp, final);
        out.end();
        finish(true);
      } catch (e) {
        await file?.close().catch(() => undefined);
        await rm(tmp, { force: true }).catch(() => undefined);
        out.destroy(e as Error);
        finish(false, e as Error);
      }
    })();
    return out;
  }

  /** The layer's summary: in memory, on disk by diff_id, or computed by reading the layer once. */
  async summary(layer: BuiltLayer): Promise<LayerSummary> {
    if (layer.summary) return layer.summary;
    if (layer.summaryReady) return layer.summaryReady;
    // One computation per layer: a step and a warm-up asking at once share it.
    let pending = this.summarizing.get(layer.diffId);
    if (!pending) {
      pending = this.computeSummary(layer);
      this.summarizing.set(layer.diffId, pending);
      pending.then(
        () => this.summarizing.delete(layer.diffId),
        () => this.summarizing.delete(layer.diffId),
      );
    }
    return (layer.summary = await pending);
  }

  private async computeSummary(layer: BuiltLayer): Promise<LayerSummary> {
    if (layer.ready) await layer.ready;
    if (layer.summary) return layer.summary;
    // A base-image layer's summary may be in the cache (steps' layers carry theirs in their own records).
    const base = layer.location.kind === 'registry' && this.opts.cache !== undefined;
    const key = summaryRecordKey(layer.diffId);
    const cached = base ? summaryOf(this.opts.cache!.lookup(key)?.meta?.summary, layer.diffId) : undefined;
    if (cached) return cached;
    const s = (await this.summaryOnDisk(layer)) ?? (await this.summarizeLayer(layer));
    if (base) this.summariesToCache.set(key, { key, createdBy: `summary of base layer ${layer.diffId}`, volatile: false, run: false, final: true, meta: { summary: s } });
    return s;
  }

  private async summaryOnDisk(layer: BuiltLayer): Promise<LayerSummary | undefined> {
    try {
      return summaryOf(JSON.parse(await readFile(path.join(this.opts.summaryDir, `${digestHex(layer.diffId)}.json`), 'utf8')), layer.diffId);
    } catch {
      // not summarised yet
    }
    return undefined;
  }

  private async summarizeLayer(layer: BuiltLayer): Promise<LayerSummary> {
    const tar = await decompress(await this.open(layer), layer.mediaType);
    const s = await summarizeTar(tar, layer.diffId);
    await this.rememberSummary(s);
    return s;
  }

  /**
   * Records for the cache of the base-image layer summaries this build had to read or compute (the cache did
   * not have them). They carry no layer, and are kept apart from the steps' records: a build is still "all
   * cached" when it adds only these.
   */
  summaryRecords(): CacheRecord[] {
    return [...this.summariesToCache.values()];
  }

  /** Stores a summary on disk (best effort) so later builds need not read the layer again. */
  async rememberSummary(s: LayerSummary): Promise<void> {
    try {
      await mkdir(this.opts.summaryDir, { recursive: true });
      const file = path.join(this.opts.summaryDir, `${digestHex(s.diffId)}.json`);
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(s));
      await rename(tmp, file);
    } catch {
      // a summary can always be recomputed
    }
  }
}
