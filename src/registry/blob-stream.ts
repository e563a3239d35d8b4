import { Readable } from 'node:stream';
import { Digester, digestAlgorithm, type Digest } from '../oci/digest.js';

/**
 * A blob download as one Readable: it passes the response body through, hashing as it goes, and when
 * the connection drops mid-blob it asks `reopen(offset)` for the rest (a Range request) and carries on.
 * At the end the digest and size must match, or the stream fails. One hop per chunk, with backpressure.
 */

/** A response body to read from; `skip` bytes at its start are already delivered (a server that ignored Range). */
export interface BlobBody {
  body: Readable;
  skip: number;
}

/** Options of a ResumableBlobStream. */
export interface ResumableBlobOptions {
  digest: Digest;
  size: number;
  /** For errors, e.g. 'blob sha256:… from 127.0.0.1:5000/app'. */
  what: string;
  /** Opens the blob again from `offset`. */
  reopen: (offset: number) => Promise<BlobBody>;
  /** Decides whether a failure after `failures` attempts may be resumed, and how long to wait first (ms). */
  shouldResume: (err: unknown, failures: number) => number | undefined;
  sleep: (ms: number) => Promise<void>;
  log?: (msg: string) => void;
}

/** The verifying, resuming blob stream. */
export class ResumableBlobStream extends Readable {
  private readonly digester: Digester;
  private offset = 0;
  private failures = 0;
  private current?: BlobBody;
  private recovering = false;

  constructor(
    first: BlobBody,
    private readonly opts: ResumableBlobOptions,
  ) {
    super({ highWaterMark: 256 * 1024 });
    this.digester = new Digester(digestAlgorithm(opts.digest));
    this.attach(first);
  }

  /** Bytes delivered so far. */
  get bytesRead(): number {
    return this.offset;
  }

  private attach(src: BlobBody): void {
    this.current = src;
    const { body } = src;
    body.on('data', (chunk: Buffer) => {
      if (this.current !== src) return;
      let c = chunk;
      if (src.skip > 0) {
        const drop = Math.min(src.skip, c.length);
        src.skip -= drop;
        c = c.subarray(drop);
        if (c.length === 0) return;
      }
      this.offset += c.length;
      if (this.offset > this.opts.size) {
        this.fail(new Error(`${this.opts.what}: more than the expected ${this.opts.size} bytes`));
        return;
      }
      this.digester.update(c);
      if (!this.push(c)) body.pause();
    });
    body.once('end', () => {
      if (this.current !== src) return;
      this.finish();
    });
    body.once('error', (err) => {
      if (this.current !== src) return;
      void this.recover(err);
    });
  }

  private finish(): void {
    if (this.offset !== this.opts.size) {
      this.fail(new Error(`${this.opts.what}: got ${this.offset} bytes, expected ${this.opts.size}`));
      return;
    }
    const actual = this.digester.digest();
    if (actual !== this.opts.digest) this.fail(new Error(`${this.opts.what}: content digest is ${actual}`));
    else this.push(null);
  }

  private async recover(err: unknown): Promise<void> {
    if (this.recovering || this.destroyed) return;
    this.recovering = true;
    this.current?.body.destroy();
    this.current = undefined;
    const delay = this.offset < this.opts.size ? this.opts.shouldResume(err, ++this.failures) : undefined;
    if (delay === undefined) {
      this.fail(err as Error);
      return;
    }
    this.opts.log?.(`${this.opts.what}: ${(err as Error).message}; resuming at byte ${this.offset} in ${delay} ms`);
    try {
      await this.opts.sleep(delay);
      const next = await this.opts.reopen(this.offset);
      this.recovering = false;
      if (this.destroyed) next.body.destroy();
      else this.attach(next);
    } catch (e) {
      this.fail(e as Error);
    }
  }

  private fail(err: Error): void {
    this.current?.body.destroy();
    this.current = undefined;
    this.destroy(err);
  }

  override _read(): void {
    this.current?.body.resume();
  }

  override _destroy(err: Error | null, cb: (error?: Error | null) => void): void {
    this.current?.body.destroy();
    this.current = undefined;
    cb(err);
  }
}
