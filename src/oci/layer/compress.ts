import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable, Transform, pipeline as pipelineCb, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { zstdDecompressFrames } from './zstd-frames.js';
import { Digester, DigestStream, digestHex, type Digest } from '../digest.js';
import { compressionOf, type Compression } from '../media-types.js';
import { SNIFF_BYTES, peekStream, sniffArchive, type ArchiveFormat } from './sniff.js';

export { sniffArchive, type ArchiveFormat } from './sniff.js';

/**
 * Default gzip level: 1. Layers are compressed on CI, where time matters more than a few percent of size.
 * `bench/layer-compress.ts` on 64 MiB of node_modules (Node 24.21, a loaded 2-core EPYC VM) gave:
 * level 1: 3.3 s, 39.9 %; level 3: 3.7 s, 38.5 %; level 6: 5.7 s, 36.4 %; level 9: 10.4 s, 36.3 %
 * (zstd level 1: 1.3 s, 38.7 %; level 3: 1.7 s, 33.9 %). Level 1 costs ~10 % in size for 1.75x the speed
 * of gzip's default 6.
 */
export const DEFAULT_GZIP_LEVEL = 1;
/** Default zstd level (zstd's own default). */
export const DEFAULT_ZSTD_LEVEL = 3;

/** Formats decompress() accepts by name, besides layer media types. */
const FORMAT_NAMES = new Set(['gzip', 'zstd', 'bzip2', 'xz', 'none', 'tar']);

/** Runs `bzip2 -dc` / `xz -dc` over a stream; a failing program fails the returned stream with its stderr. */
function externalDecompress(program: 'bzip2' | 'xz', input: Readable): Readable {
  const child = spawn(program, ['-dc'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const out = new PassThrough();
  let stderr = '';
  let failed: Error | undefined;
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  child.on('error', (e) => (failed = new Error(`${program} -d: ${e.message} (is ${program} installed?)`)));
  pipeline(input, child.stdin).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_PREMATURE_CLOSE') failed ??= e;
  });
  child.stdout.pipe(out, { end: false });
  child.on('close', (code, signal) => {
    if (failed) out.destroy(failed);
    else if (code !== 0) out.destroy(new Error(`${program} -d failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`));
    else out.end();
  });
  out.on('close', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  });
  return out;
}

/** Pipes `input` through `t`; a failure on either side destroys both, so it surfaces on the returned stream. */
function through(input: Readable, t: Transform): Readable {
  pipelineCb(input, t, () => undefined);
  return t;
}

/**
 * Output chunk of the decompressors. zlib's default (16 KiB) makes one thread-pool round trip per 16 KiB of
 * tar: unpacking the 128 MB Debian base took 4.9 s that way and 1.9 s with 1 MiB chunks (on tmpfs; GNU tar -xzf: 1.4 s).
 */
const INFLATE_CHUNK = 1 << 20;
/** How far the decompressor may run ahead of its reader, so inflating overlaps with writing files (another 0.1 s there; a Transform option the zlib option types leave out). */
const INFLATE_AHEAD = 4 << 20;

function decompressAs(format: ArchiveFormat | 'none', input: Readable): Readable {
  switch (format) {
    case 'gzip':
      return through(input, zlib.createGunzip({ chunkSize: INFLATE_CHUNK, highWaterMark: INFLATE_AHEAD } as zlib.ZlibOptions));
    case 'zstd':
      // Every frame, as Go's decoder reads a stream: Node's stops after the first (zstd-frames.ts).
      return zstdDecompressFrames(input, { chunkSize: INFLATE_CHUNK, highWaterMark: INFLATE_AHEAD });
    case 'bzip2':
    case 'xz':
      return externalDecompress(format, input);
    default:
      return input;
  }
}

/**
 * Decompresses a layer or archive. `mediaTypeOrFormat` is a layer media type (its `+gzip` / `+zstd` /
 * `.tar.gzip` suffix decides) or a format name (`gzip`, `zstd`, `bzip2`, `xz`, `none`, `tar`); without it the
 * content is sniffed (gzip, bzip2, xz, zstd; anything else is passed through unchanged). gzip and zstd use
 * Node's zlib; bzip2 and xz run the `bzip2` / `xz` programs. Errors surface on the returned stream.
 */
export async function decompress(input: Readable, mediaTypeOrFormat?: string): Promise<Readable> {
  if (mediaTypeOrFormat === undefined) return (await openArchive(input)).stream;
  if (mediaTypeOrFormat.includes('/')) return decompressAs(compressionOf(mediaTypeOrFormat), input);
  if (!FORMAT_NAMES.has(mediaTypeOrFormat)) throw new Error(`unknown compression "${mediaTypeOrFormat}" (gzip, zstd, bzip2, xz, none or a layer media type)`);
  return decompressAs(mediaTypeOrFormat as ArchiveFormat, input);
}

/**
 * Sniffs a stream and decompresses it when it is compressed. Returns the outer format found and the
 * decompressed stream (for 'tar' and 'unknown' the input itself, nothing lost). ADD of a local file uses
 * this and then sniffs the result again to decide whether it is a tar archive.
 */
export async function openArchive(input: Readable): Promise<{ format: ArchiveFormat; stream: Readable }> {
  const { head, stream } = await peekStream(input, SNIFF_BYTES);
  const format = sniffArchive(head);
  return { format, stream: decompressAs(format, stream) };
}

/** A written layer blob. */
export interface LayerBlob {
  /** sha256 of the uncompressed tar (the config's rootfs.diff_ids entry). */
  diffId: Digest;
  /** sha256 of the blob as stored (the manifest's layer digest). */
  digest: Digest;
  /** Blob size in bytes. */
  size: number;
  /** Uncompressed tar size in bytes. */
  uncompressedSize: number;
  /** Where the blob is: `<dir>/sha256/<hex>`. */
  path: string;
  /** The compression used (feed it to layerMediaType()). */
  compression: Compression;
}

/** Bytes the tap gathers before passing them on (see UncompressedTap). */
const COALESCE_BYTES = 128 * 1024;

/**
 * Hashes the uncompressed bytes (sha256 and gzip's CRC-32) on their way through, and passes them on in pieces
 * of at least COALESCE_BYTES: a tar of many small files arrives as thousands of sub-kilobyte chunks, and each
 * write to a zlib stream is a round trip to the thread pool (a 2,000-file COPY spent half a second there). The
 * compressed bytes do not depend on how the input is split (no flushes in between).
 */
class UncompressedTap extends Transform {
  readonly digester = new Digester();
  crc = 0;
  private held: Buffer[] = [];
  private heldBytes = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.digester.update(chunk);
    this.crc = zlib.crc32(chunk, this.crc);
    if (this.heldBytes === 0 && chunk.length >= COALESCE_BYTES) return cb(null, chunk);
    this.held.push(chunk);
    this.heldBytes += chunk.length;
    if (this.heldBytes < COALESCE_BYTES) return cb();
    cb(null, this.release());
  }
  override _flush(cb: TransformCallback): void {
    cb(null, this.heldBytes > 0 ? this.release() : undefined);
  }
  private release(): Buffer {
    const out = this.held.length === 1 ? this.held[0] : Buffer.concat(this.held, this.heldBytes);
    this.held = [];
    this.heldBytes = 0;
    return out;
  }
}

/**
 * Frames a raw deflate stream as gzip with the header Go's compress/gzip writes (what BuildKit and containerd
 * produce): no name, MTIME 0, XFL 4 at level 1, 2 at level 9, else 0, and OS 255 ("unknown"), so the header is
 * the same on every platform (zlib's own header says OS 3, or 19 on macOS). The trailer is CRC-32 and size.
 */
class GzipFramer extends Transform {
  private started = false;
  constructor(private readonly tap: UncompressedTap, private readonly level: number) {
    super();
  }
  private header(): Buffer {
    const xfl = this.level === 1 ? 4 : this.level === 9 ? 2 : 0;
    return Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, xfl, 0xff]);
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    if (!this.started) {
      this.started = true;
      this.push(this.header());
    }
    cb(null, chunk);
  }
  override _flush(cb: TransformCallback): void {
    if (!this.started) this.push(this.header());
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(this.tap.crc >>> 0, 0);
    trailer.writeUInt32LE(this.tap.digester.size % 2 ** 32, 4);
    cb(null, trailer);
  }
}

/**
 * Compresses a tar stream into a blob file in one pass, computing the diff_id of the uncompressed bytes
 * and the digest of the stored bytes on the way. The blob is written to a temporary name under
 * `<dir>/sha256/` and renamed to `<dir>/sha256/<hex>` once complete (an existing blob of the same digest is
 * simply replaced by identical bytes). gzip output is deterministic for one Node/zlib build (see GzipFramer);
 * the default gzip level is DEFAULT_GZIP_LEVEL. With 'none' the blob is the tar itself (digest = diff_id).
 */
export async function writeLayerBlob(
  tar: Readable,
  opts: { compression: Compression; dir: string; level?: number },
): Promise<LayerBlob> {
  const blobDir = path.join(opts.dir, 'sha256');
  tar.on('error', () => undefined); // an early failure is kept in tar.errored and reported by pipeline()
  await mkdir(blobDir, { recursive: true });
  const tmp = path.join(blobDir, `.tmp-${randomUUID()}`);
  const tap = new UncompressedTap();
  const stored = new DigestStream();
  const stages: (NodeJS.ReadableStream | NodeJS.WritableStream | NodeJS.ReadWriteStream)[] = [tar, tap];
  if (opts.compression === 'gzip') {
    const level = opts.level ?? DEFAULT_GZIP_LEVEL;
    stages.push(zlib.createDeflateRaw({ level }), new GzipFramer(tap, level));
  } else if (opts.compression === 'zstd') {
    const level = opts.level ?? DEFAULT_ZSTD_LEVEL;
    stages.push(zlib.createZstdCompress({ params: { [zlib.constants.ZSTD_c_compressionLevel]: level } }));
  } else if (opts.compression !== 'none') {
    throw new Error(`unknown layer compression "${String(opts.compression)}"`);
  }
  stages.push(stored, createWriteStream(tmp));
  try {
    await pipeline(stages as [Readable, ...Transform[]]);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new Error(`writing layer blob under ${blobDir}: ${(e as Error).message}`, { cause: e });
  }
  const digest = stored.digester.digest();
  const final = path.join(blobDir, digestHex(digest));
  await rename(tmp, final);
  return {
    diffId: tap.digester.digest(),
    digest,
    size: stored.digester.size,
    uncompressedSize: tap.digester.size,
    path: final,
    compression: opts.compression,
  };
}
