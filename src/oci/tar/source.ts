import { readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';

/** Where the tar reader takes its bytes from: a stream (ByteSource) or a file (FileByteSource). */
export interface TarBytes {
  /** Bytes handed out or skipped so far (the archive offset). */
  offset: number;
  /** Bytes available but not yet used (at the end of the input: what is left of a partial block). */
  readonly pending: number;
  read(n: number): Promise<Buffer | undefined>;
  readSome(n: number): Promise<Buffer | undefined>;
  skip(n: number): Promise<boolean>;
  drain(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Pulls exact byte counts out of a Readable (through its async iterator), keeping the bytes not yet used.
 * One reader at a time: callers serialise their calls.
 */
export class ByteSource implements TarBytes {
  private readonly iter: AsyncIterator<Buffer>;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private ended = false;
  /** Bytes handed out or skipped so far (the archive offset). */
  offset = 0;

  constructor(input: Readable) {
    this.iter = (input as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  }

  private async pull(): Promise<boolean> {
    if (this.ended) return false;
    const r = await this.iter.next();
    if (r.done) {
      this.ended = true;
      return false;
    }
    const chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
    if (chunk.length > 0) {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    return true;
  }

  private take(n: number): Buffer {
    if (n === 0) return Buffer.alloc(0);
    const first = this.chunks[0];
    let out: Buffer;
    if (first.length >= n) {
      out = first.subarray(0, n);
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
    } else {
      out = Buffer.allocUnsafe(n);
      let filled = 0;
      while (filled < n) {
        const c = this.chunks[0];
        const k = Math.min(c.length, n - filled);
        c.copy(out, filled, 0, k);
        filled += k;
        if (k === c.length) this.chunks.shift();
        else this.chunks[0] = c.subarray(k);
      }
    }
    this.buffered -= n;
    this.offset += n;
    return out;
  }

  /** Bytes pulled from the input but not yet used. */
  get pending(): number {
    return this.buffered;
  }

  /** Exactly `n` bytes, or undefined when the input ends first. */
  async read(n: number): Promise<Buffer | undefined> {
    while (this.buffered < n) if (!(await this.pull())) return undefined;
    return this.take(n);
  }

  /** Between 1 and `n` bytes (whatever is buffered, pulling once when nothing is); undefined at the end. */
  async readSome(n: number): Promise<Buffer | undefined> {
    while (this.buffered === 0) if (!(await this.pull())) return undefined;
    return this.take(Math.min(n, this.buffered));
  }

  /** Skips `n` bytes; false when the input ends first. */
  async skip(n: number): Promise<boolean> {
    let left = n;
    while (left > 0) {
      if (this.buffered === 0 && !(await this.pull())) return false;
      const k = Math.min(left, this.buffered);
      this.take(k);
      left -= k;
    }
    return true;
  }

  /** Reads and discards everything up to the end of the input. */
  async drain(): Promise<void> {
    this.chunks = [];
    this.buffered = 0;
    while (await this.pull()) {
      this.chunks = [];
      this.buffered = 0;
    }
  }

  /** Stops reading; destroys the input unless it already ended. */
  async close(): Promise<void> {
    if (!this.ended) await this.iter.return?.();
    this.ended = true;
  }
}

/** Headers are read through a buffer of this size; contents are read straight into their own buffers. */
const FILE_WINDOW = 32 * 1024;

/**
 * The bytes of a tar file, read at positions: skipping an entry's content costs nothing, so a pass that
 * wants only the headers (a layer's summary) reads a few kilobytes per hundred entries instead of the file.
 * Closes the file on `close`.
 */
export class FileByteSource implements TarBytes {
  offset = 0;
  private window: Buffer = Buffer.alloc(0);
  private windowAt = 0;

  constructor(private readonly file: FileHandle, private readonly size: number) {}

  get pending(): number {
    return this.size - this.offset;
  }

  private async readAt(position: number, length: number): Promise<Buffer> {
    const out = Buffer.allocUnsafe(length);
    let filled = 0;
    while (filled < length) {
      // Header windows are small and mostly in the page cache: a synchronous read costs microseconds, a
      // thread-pool round trip ten times that (and a layer has thousands of windows). Contents go async.
      const bytesRead = length <= FILE_WINDOW ? readSync(this.file.fd, out, filled, length - filled, position + filled) : (await this.file.read(out, filled, length - filled, position + filled)).bytesRead;
      if (bytesRead === 0) throw new Error(`the file ended at byte ${position + filled} (${this.size} expected): it changed while it was read`);
      filled += bytesRead;
    }
    return out;
  }

  async read(n: number): Promise<Buffer | undefined> {
    if (this.offset + n > this.size) return undefined;
    const start = this.offset - this.windowAt;
    let out: Buffer;
    if (start >= 0 && start + n <= this.window.length) out = this.window.subarray(start, start + n);
    else if (n >= FILE_WINDOW) out = await this.readAt(this.offset, n);
    else {
      this.windowAt = this.offset;
      this.window = await this.readAt(this.offset, Math.min(FILE_WINDOW, this.size - this.offset));
      out = this.window.subarray(0, n);
    }
    this.offset += n;
    return out;
  }

  async readSome(n: number): Promise<Buffer | undefined> {
    if (this.offset >= this.size) return undefined;
    return this.read(Math.min(n, this.size - this.offset));
  }

  async skip(n: number): Promise<boolean> {
    if (this.offset + n > this.size) {
      this.offset = this.size;
      return false;
    }
    this.offset += n;
    return true;
  }

  async drain(): Promise<void> {
    this.offset = this.size;
  }

  async close(): Promise<void> {
    await this.file.close();
  }
}
