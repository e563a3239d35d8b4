import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { BLOCK, encodeHeader, padding } from './header.js';
import { TarFormatError, type TarEntry } from './types.js';

/** Options of a TarWriter. */
export interface TarWriterOptions {
  /** End `out` in finish() (default true). */
  end?: boolean;
}

/**
 * Writes a tar stream entry by entry to a Node Writable, honouring back-pressure. Headers are written by
 * hoist itself (see header.ts): deterministic, byte-compatible with Go's archive/tar as containerd and
 * BuildKit use it, binary-safe xattrs, no uname/gname, whole-second mtimes, no atime/ctime. The archive ends
 * with two zero blocks and no further record padding (as Go writes it).
 *
 * Calls must not overlap: await each add() before the next.
 */
export class TarWriter {
  private written = 0;
  private finished = false;
  private busy = false;
  private broken: Error | undefined;

  constructor(private readonly out: Writable, private readonly opts: TarWriterOptions = {}) {}

  /** Bytes written so far. */
  get bytesWritten(): number {
    return this.written;
  }

  /**
   * Adds one entry. A `file` needs a body of exactly `entry.size` bytes (a Buffer or a Readable); other
   * types take no body. Rejects, naming the entry, when the body is shorter or longer than `size`; an
   * invalid entry is refused before anything is written, but after a failing body the archive is broken
   * and every later call rejects.
   */
  async add(entry: TarEntry, body?: Buffer | Uint8Array | Readable): Promise<void> {
    if (this.finished) throw new Error(`tar entry "${entry.path}": the archive is already finished`);
    if (this.busy) throw new Error(`tar entry "${entry.path}": add() called before the previous add() finished`);
    if (this.broken) throw new Error(`tar entry "${entry.path}": the archive is incomplete after an earlier error (${this.broken.message})`);
    const header = encodeHeader(entry); // validates the entry before anything is written
    if (entry.type !== 'file' && body !== undefined && !(body instanceof Uint8Array && body.length === 0)) {
      throw new TarFormatError(`tar entry "${entry.path}": a ${entry.type} has no content`);
    }
    this.busy = true;
    try {
      await this.write(header);
      if (entry.type !== 'file') return;
      let n = 0;
      if (body instanceof Uint8Array) {
        n = body.length;
        if (n !== entry.size) throw new TarFormatError(`tar entry "${entry.path}": body is ${n} bytes, header says ${entry.size}`);
        if (n > 0) await this.write(body);
      } else if (body !== undefined) {
        for await (const chunk of body as AsyncIterable<Buffer>) {
          n += chunk.length;
          if (n > entry.size) {
            body.destroy();
            throw new TarFormatError(`tar entry "${entry.path}": body is longer than the ${entry.size} bytes in its header`);
          }
          await this.write(chunk);
        }
        if (n !== entry.size) throw new TarFormatError(`tar entry "${entry.path}": body is ${n} bytes, header says ${entry.size}`);
      } else if (entry.size !== 0) {
        throw new TarFormatError(`tar entry "${entry.path}": no body for ${entry.size} bytes`);
      }
      const pad = padding(n);
      if (pad > 0) await this.write(Buffer.alloc(pad));
    } catch (e) {
      this.broken = e as Error;
      throw e;
    } finally {
      this.busy = false;
    }
  }

  /** Writes the end-of-archive marker (two zero blocks) and, unless told otherwise, ends `out` and waits for it. */
  async finish(): Promise<void> {
    if (this.finished) return;
    if (this.broken) throw new Error(`the archive is incomplete after an earlier error (${this.broken.message})`);
    this.finished = true;
    await this.write(Buffer.alloc(2 * BLOCK));
    if (this.opts.end === false) return;
    const done = once(this.out, 'finish');
    this.out.end();
    await done;
  }

  private async write(chunk: Uint8Array): Promise<void> {
    if (this.out.destroyed) throw this.out.errored ?? new Error('tar output stream was destroyed');
    this.written += chunk.length;
    if (!this.out.write(chunk)) await drained(this.out);
  }
}

/** Resolves on 'drain'; rejects when the stream fails or closes first. */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error | null) => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (e: Error) => done(e);
    const onClose = () => done(out.errored ?? new Error('tar output stream closed'));
    out.on('drain', onDrain);
    out.on('error', onError);
    out.on('close', onClose);
  });
}
