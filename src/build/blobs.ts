import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { VerifyingStream, digestHex, type Digest } from '../oci/digest.js';
import { decompress } from '../oci/layer/compress.js';
import type { RegistryClient } from '../registry/client.js';
import { makeReference } from '../registry/reference.js';
import type { CacheStore } from '../cache/types.js';
import type { LayerSummary } from './fs-view.js';
import { summarizeTar, type BuiltLayer } from './layers.js';

/** Error for a layer blob that no source can provide. */
export class BlobUnavailableError extends Error {
  constructor(readonly digest: Digest, reason: string) {
    super(`layer ${digest} is unavailable: ${reason}`);
    this.name = 'BlobUnavailableError';
  }
}

/** The BlobUnavailableError behind an error (itself or along its `cause` chain), if any. */
export function blobUnavailableIn(e: unknown): BlobUnavailableError | undefined {
  for (let cur: unknown = e, depth = 0; cur && depth < 10; cur = (cur as { cause?: unknown }).cause, depth++) {
    if (cur instanceof BlobUnavailableError) return cur;
  }
  return undefined;
}

/**
 * Reads layer blobs wherever they are — hoist's local blob directory, the layer cache, or the registry the
 * base image came from — verified against their digests, and keeps layer summaries by diff_id. Nothing is
 * fetched until a step needs it.
 */
export class BlobAccess {
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

  /** Opens a layer's compressed blob, verified while read. */
  async open(layer: BuiltLayer): Promise<Readable> {
    if (layer.location.kind === 'file') return createReadStream(layer.location.path).pipe(new VerifyingStream(layer.digest, layer.size, 'layer'));
    if ((await this.localSize(layer.digest)) === layer.size) return createReadStream(this.localPath(layer.digest)).pipe(new VerifyingStream(layer.digest, layer.size, 'layer'));
    if (this.opts.cache?.hasBlob(layer.digest)) {
      const s = await this.opts.cache.openBlob(layer.digest);
      if (s) return s;
    }
    if (layer.location.kind === 'registry') {
      const repo = makeReference(layer.location.registry, layer.location.repository);
      return this.opts.registry.getBlob(repo, { mediaType: layer.mediaType, digest: layer.digest, size: layer.size });
    }
    throw new BlobUnavailableError(layer.digest, 'not in the local blob directory, the cache or a registry');
  }

  /** The layer's summary: in memory, on disk by diff_id, or computed by reading the layer once. */
  async summary(layer: BuiltLayer): Promise<LayerSummary> {
    if (layer.summary) return layer.summary;
    const file = path.join(this.opts.summaryDir, `${digestHex(layer.diffId)}.json`);
    try {
      const s = JSON.parse(await readFile(file, 'utf8')) as LayerSummary;
      if (s.v === 1 && s.diffId === layer.diffId) return (layer.summary = s);
    } catch {
      // not summarised yet
    }
    const tar = await decompress(await this.open(layer), layer.mediaType);
    const s = await summarizeTar(tar, layer.diffId);
    await this.rememberSummary(s);
    return (layer.summary = s);
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
