/**
 * Unpacked layers, kept between builds in `<cacheDir>/layers/<diff_id hex>/`, each usable directly as an
 * overlayfs lower dir. A layer is unpacked once: into a temp name first, checked against its diff_id, then
 * renamed into place, so a crash or a corrupt blob never leaves a directory that looks complete. Builds on
 * one machine may unpack the same layer at once: each uses its own temp dir and the first rename wins.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { DigestStream, digestHex, type Digest } from '../oci/digest.js';
import { decompressBlob, unpackAsLower } from './layer-io.js';
import { pidAlive } from './sys.js';
import type { LayerSource } from './types.js';

/** Directory of a layer in the store. */
export function layerDir(cacheDir: string, diffId: Digest): string {
  return path.join(cacheDir, 'layers', digestHex(diffId));
}

/** True when the path exists. */
export async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false);
}

/**
 * Unpacks one compressed blob into the store under its diff_id (verifying it), unless it is there
 * already. Returns the directory.
 */
export async function unpackInto(cacheDir: string, diffId: Digest, blob: Readable): Promise<string> {
  return unpackUnder(path.join(cacheDir, 'layers'), diffId, blob);
}

/** Unpacks one compressed blob into `root/<diff_id hex>` (verifying it), unless it is there already. */
export async function unpackUnder(root: string, diffId: Digest, blob: Readable): Promise<string> {
  const final = path.join(root, digestHex(diffId));
  if (await exists(final)) {
    blob.destroy();
    return final;
  }
  await mkdir(root, { recursive: true });
  const tmp = path.join(root, `.tmp-${digestHex(diffId).slice(0, 16)}-${process.pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(tmp, { mode: 0o755 });
  try {
    const tar = await decompressBlob(blob);
    const digest = new DigestStream();
    const tee = new PassThrough();
    const unpacked = unpackAsLower(tee, tmp).catch((e: unknown) => {
      tee.destroy(e as Error);
      throw e;
    });
    await Promise.all([pipeline(tar, digest, tee), unpacked]);
    const actual = digest.digester.digest();
    if (actual !== diffId) throw new Error(`layer ${diffId}: its content has diff_id ${actual}`);
    try {
      await rename(tmp, final);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
      await rm(tmp, { recursive: true, force: true });
    }
    return final;
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
}

/**
 * Starts fetching the blobs of the layers that are not unpacked in the store yet (each source's `file()`; the
 * builder's blob access keeps what it fetches, and a later unpack joins the fetch under way). Called when a RUN
 * is known to come, so the downloads do not wait for the executor to be created. Errors are left for the unpack
 * that needs the blob to meet.
 */
export function prefetchLayerBlobs(cacheDir: string, layers: readonly LayerSource[]): void {
  for (const l of layers) {
    if (!l.file) continue;
    void exists(layerDir(cacheDir, l.diffId))
      .then((there) => (there ? undefined : l.file!()))
      .catch(() => undefined);
  }
}

/** Removes temp dirs of unpacks whose process is gone (a crash mid-unpack). */
export async function sweepLayerTemps(cacheDir: string): Promise<void> {
  const root = path.join(cacheDir, 'layers');
  const names = await readdir(root).catch(() => [] as string[]);
  for (const n of names) {
    const m = /^\.tmp-[0-9a-f]+-(\d+)-/.exec(n);
    if (!m) continue;
    if (!pidAlive(Number(m[1]))) await rm(path.join(root, n), { recursive: true, force: true });
  }
}

/** Unpacks layers on demand, once per diff_id per process, in the calling process (which must be root). */
export class LayerStore {
  private readonly pending = new Map<string, Promise<string>>();
  constructor(readonly cacheDir: string) {}

  /** The unpacked directory of a layer, unpacking it first when needed. */
  ensure(layer: LayerSource): Promise<string> {
    const key = layer.diffId;
    let p = this.pending.get(key);
    if (!p) {
      p = (async () => {
        const dir = layerDir(this.cacheDir, layer.diffId);
        if (await exists(dir)) return dir;
        return unpackInto(this.cacheDir, layer.diffId, await layer.open());
      })();
      p.catch(() => this.pending.delete(key));
      this.pending.set(key, p);
    }
    return p;
  }

  /** Directories of all layers, bottom to top (unpacked in parallel, two at a time). */
  async ensureAll(layers: LayerSource[]): Promise<string[]> {
    const out: string[] = new Array(layers.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(2, layers.length) }, async () => {
      while (next < layers.length) {
        const i = next++;
        out[i] = await this.ensure(layers[i]);
      }
    });
    await Promise.all(workers);
    return out;
  }
}
