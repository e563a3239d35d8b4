import { createReadStream, readFileSync } from 'node:fs';
import { PassThrough, type Readable } from 'node:stream';
import type { Digest } from '../oci/digest.js';
import type { TarEntry } from '../oci/tar/types.js';
import { TarWriter } from '../oci/tar/writer.js';
import { readTar, readTarFile, type TarItem } from '../oci/tar/reader.js';
import { SUMMARY_FILES, summaryEntry, type FsNode, type LayerSummary } from './fs-view.js';
import type { LayerPlan, PlannedEntry } from './layer-plan.js';

/** Where a layer's compressed blob can be read from. */
export type BlobLocation =
  | { kind: 'file'; path: string }
  | { kind: 'registry'; repository: string; registry: string }
  | { kind: 'cache' };

/** A layer of an image being built: its identity, where its blob is, and (once known) its summary. */
export interface BuiltLayer {
  diffId: Digest;
  digest: Digest;
  size: number;
  mediaType: string;
  location: BlobLocation;
  summary?: LayerSummary;
  /**
   * Set while the layer's blob is still being written (a RUN layer is compressed in the background while the
   * next steps run, as BuildKit compresses only on export): until it settles only `diffId` and `mediaType`
   * are final, and `location` is the layer's uncompressed tar (`BlobAccess.openTar` reads it meanwhile).
   * `BlobAccess.open` waits for it, and the build waits for all before it returns.
   */
  ready?: Promise<void>;
  /**
   * While `ready` is pending: the layer's summary, read from the uncompressed tar before compression ends, so
   * WORKDIR, COPY and USER of the next steps do not wait for the compressor.
   */
  summaryReady?: Promise<LayerSummary>;
}

function clamp(mtime: number, epoch: number | undefined): number {
  const t = Math.floor(mtime);
  return epoch !== undefined && t > epoch ? epoch : t;
}

function toTarEntry(path: string, node: FsNode, epoch: number | undefined): TarEntry {
  const e: TarEntry = { path, type: node.type, mode: node.mode, uid: node.uid, gid: node.gid, size: node.type === 'file' ? node.size : 0, mtime: clamp(node.mtime, epoch) };
  if (node.linkname !== undefined) e.linkname = node.linkname;
  if (node.type === 'char' || node.type === 'block') {
    e.devmajor = node.devmajor ?? 0;
    e.devminor = node.devminor ?? 0;
  }
  if (node.xattrs && Object.keys(node.xattrs).length) e.xattrs = node.xattrs;
  return e;
}

/** Files up to this size are read in one synchronous call (a stream per small file costs more than the read). */
const SMALL_FILE = 1 << 20;

function bodyOf(entry: PlannedEntry): Buffer | Readable | undefined {
  if (!entry.content) return undefined;
  if (entry.content.kind === 'data') return entry.content.data;
  return entry.node.size <= SMALL_FILE ? readFileSync(entry.content.path) : createReadStream(entry.content.path);
}

/**
 * Streams a planned file step as an uncompressed layer tar (tree order, no uname/gname, mtimes clamped to
 * SOURCE_DATE_EPOCH when given). Errors (e.g. a source file vanishing) fail the stream.
 */
export function planToTar(plan: LayerPlan, epoch?: number): Readable {
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  const writer = new TarWriter(out);
  void (async () => {
    try {
      for (const [path, entry] of plan.entries()) {
        const te = toTarEntry(path, entry.node, epoch);
        if (entry.content?.kind === 'data') te.size = entry.content.data.length;
        await writer.add(te, bodyOf(entry));
      }
      await writer.finish();
    } catch (e) {
      out.destroy(e as Error);
    }
  })();
  return out;
}

/** The summary of a planned step (its entries' metadata and the small files it writes). */
export async function summarizePlan(plan: LayerPlan, diffId: Digest, epoch?: number): Promise<LayerSummary> {
  const summary: LayerSummary = { v: 1, diffId, entries: [], whiteouts: [], opaques: [], files: {} };
  for (const [path, entry] of plan.entries()) {
    summary.entries.push(summaryEntry(path, { ...entry.node, mtime: clamp(entry.node.mtime, epoch) }));
    if (entry.node.id !== undefined) (summary.ids ??= {})[path] = entry.node.id;
    if (SUMMARY_FILES.includes(path) && entry.content) {
      summary.files[path] = entry.content.kind === 'data' ? entry.content.data.toString('utf8') : await readSmall(entry.content.path);
    }
  }
  return summary;
}

async function readSmall(path: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of createReadStream(path)) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function drain(body: Readable): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  for await (const c of body) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Summarises an uncompressed layer tar: entries, whiteouts (`.wh.x`), opaque directories (`.wh..wh..opq`)
 * and the contents of /etc/passwd and /etc/group when the layer has them.
 */
export function summarizeTar(tar: Readable, diffId: Digest): Promise<LayerSummary> {
  return summarize(readTar(tar), diffId);
}

/** summarizeTar of a tar file: only the headers (and the few files a summary keeps) are read. */
export function summarizeTarFile(file: string, diffId: Digest): Promise<LayerSummary> {
  return summarize(readTarFile(file), diffId);
}

async function summarize(items: AsyncIterable<TarItem>, diffId: Digest): Promise<LayerSummary> {
  const summary: LayerSummary = { v: 1, diffId, entries: [], whiteouts: [], opaques: [], files: {} };
  // Unread contents are skipped by the reader (without reading them, from a file).
  for await (const { entry, body } of items) {
    const slash = entry.path.lastIndexOf('/');
    const dir = slash < 0 ? '' : entry.path.slice(0, slash);
    const base = entry.path.slice(slash + 1);
    if (base === '.wh..wh..opq') {
      summary.opaques.push(dir);
      continue;
    }
    if (base.startsWith('.wh.')) {
      summary.whiteouts.push(dir === '' ? base.slice(4) : `${dir}/${base.slice(4)}`);
      continue;
    }
    const node: FsNode = { type: entry.type, mode: entry.mode, uid: entry.uid, gid: entry.gid, mtime: Math.floor(entry.mtime), size: entry.size };
    if (entry.linkname !== undefined) node.linkname = entry.linkname;
    summary.entries.push(summaryEntry(entry.path, node));
    if (entry.type === 'file' && SUMMARY_FILES.includes(entry.path) && entry.size < 4 << 20) {
      summary.files[entry.path] = (await drain(body))!.toString('utf8');
    }
  }
  return summary;
}
