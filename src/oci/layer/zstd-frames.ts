/**
 * zstd decompression of every frame of a stream. A zstd stream may hold several frames one after another (pzstd,
 * `cat a.zst b.zst`, zstd:chunked layers) and decodes to their contents in turn, as `zstd -d` and Go's decoder
 * (BuildKit, containerd) read it; Node's zlib decoder stops after the first frame and drops the rest without an
 * error. So the frames' ends are found from their headers (RFC 8878: frame header, block headers, checksum; no
 * decoding needed) and each frame goes to a decoder of its own, their outputs joined in order.
 */
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import zlib from 'node:zlib';

const ZSTD_MAGIC = 0xfd2fb528;
/** Skippable frames: magic 0x184D2A50 to 0x184D2A5F, a 4-byte size, that many bytes of anything. */
const SKIPPABLE_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;

type Phase = 'magic' | 'descriptor' | 'skippable-size' | 'block-header' | 'skip' | 'invalid';

/**
 * Finds frame ends in a zstd stream fed chunk by chunk. Data that is not zstd stops the search (the decoder
 * reports it); `midFrame` says whether the stream so far ends inside a frame.
 */
export class ZstdFrameWalker {
  private phase: Phase = 'magic';
  private field: number[] = [];
  private skip = 0;
  /** After the current skip: more blocks, the frame's end, or a checksum then the end. */
  private afterSkip: 'block-header' | 'end' | 'checksum' = 'end';
  private checksum = false;
  private started = false;

  /** Whether the bytes pushed so far end inside a frame (a truncated stream). */
  get midFrame(): boolean {
    return this.phase !== 'invalid' && this.started;
  }

  /** Feeds a chunk; returns the offsets in it just after each frame that ends there. */
  push(chunk: Buffer): number[] {
    const ends: number[] = [];
    let i = 0;
    while (i < chunk.length && this.phase !== 'invalid') {
      this.started = true;
      if (this.phase === 'skip') {
        const n = Math.min(this.skip, chunk.length - i);
        i += n;
        this.skip -= n;
        if (this.skip === 0 && this.afterSkipDone()) ends.push(i);
        continue;
      }
      this.field.push(chunk[i++]);
      if (this.fieldComplete() && this.takeField()) ends.push(i);
    }
    return ends;
  }

  private fieldComplete(): boolean {
    const want = { magic: 4, descriptor: 1, 'skippable-size': 4, 'block-header': 3 }[this.phase as 'magic'];
    return this.field.length === want;
  }

  /** Interprets a complete field; true when it ends the frame. */
  private takeField(): boolean {
    const f = this.field;
    this.field = [];
    const le = (b: number[]) => b.reduce((v, x, k) => v + x * 2 ** (8 * k), 0);
    switch (this.phase) {
      case 'magic': {
        const magic = le(f);
        if (magic === ZSTD_MAGIC) this.phase = 'descriptor';
        else if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE_MAGIC) this.phase = 'skippable-size';
        else this.phase = 'invalid';
        return false;
      }
      case 'descriptor': {
        const d = f[0];
        const fcsFlag = d >> 6;
        const singleSegment = (d >> 5) & 1;
        this.checksum = ((d >> 2) & 1) === 1;
        const didSize = [0, 1, 2, 4][d & 3];
        const fcsSize = [singleSegment ? 1 : 0, 2, 4, 8][fcsFlag];
        return this.skipThen((singleSegment ? 0 : 1) + didSize + fcsSize, 'block-header');
      }
      case 'skippable-size':
        return this.skipThen(le(f), 'end');
      case 'block-header': {
        const h = le(f);
        const last = (h & 1) === 1;
        const type = (h >> 1) & 3;
        const size = h >>> 3;
        if (type === 3) {
          this.phase = 'invalid';
          return false;
        }
        return this.skipThen(type === 1 ? 1 : size, last ? (this.checksum ? 'checksum' : 'end') : 'block-header');
      }
      default:
        return false;
    }
  }

  /** Skips `n` bytes, then goes on to `next`; true when that ends the frame at once (n = 0). */
  private skipThen(n: number, next: 'block-header' | 'end' | 'checksum'): boolean {
    this.afterSkip = next;
    this.skip = n;
    this.phase = 'skip';
    return n === 0 && this.afterSkipDone();
  }

  /** The skip is over: true when the frame ends here. */
  private afterSkipDone(): boolean {
    if (this.afterSkip === 'checksum') return this.skipThen(4, 'end');
    if (this.afterSkip === 'block-header') {
      this.phase = 'block-header';
      return false;
    }
    this.phase = 'magic';
    this.started = false;
    return true;
  }
}

/** Decompresses every frame of a zstd stream (see the module comment); errors surface on the returned stream. */
export function zstdDecompressFrames(input: Readable, opts: { chunkSize: number; highWaterMark: number }): Readable {
  const out = new PassThrough({ highWaterMark: opts.highWaterMark });
  const walker = new ZstdFrameWalker();
  let decoder: zlib.ZstdDecompress | undefined;
  let ended: Promise<unknown> | undefined;
  const write = async (data: Buffer): Promise<void> => {
    if (data.length === 0) return;
    if (!decoder) {
      decoder = zlib.createZstdDecompress({ chunkSize: opts.chunkSize });
      decoder.pipe(out, { end: false });
      decoder.on('error', (e) => out.destroy(e));
      ended = once(decoder, 'end');
      ended.catch(() => undefined);
    }
    if (!decoder.write(data)) await once(decoder, 'drain');
  };
  const finishFrame = async (): Promise<void> => {
    if (!decoder) return;
    decoder.end();
    await ended;
    decoder = undefined;
  };
  out.on('close', () => {
    decoder?.destroy();
    input.destroy();
  });
  (async () => {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      let at = 0;
      for (const end of walker.push(chunk)) {
        await write(chunk.subarray(at, end));
        await finishFrame();
        at = end;
      }
      await write(chunk.subarray(at));
    }
    const truncated = walker.midFrame;
    await finishFrame();
    if (truncated) throw new Error('zstd: the data ends inside a frame (truncated)');
    out.end();
  })().catch((e: Error) => out.destroy(e));
  return out;
}
