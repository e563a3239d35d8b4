import type { Readable } from 'node:stream';

/**
 * Pulls exact byte counts out of a Readable (through its async iterator), keeping the bytes not yet used.
 * One reader at a time: callers serialise their calls.
 */
export class ByteSource {
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
