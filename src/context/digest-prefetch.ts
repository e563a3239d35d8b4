/**
 * Reads and hashes build-context files on a worker thread, ahead of the COPY steps whose cache keys need their
 * digests. The main thread is busy at that time (loading the cache library, talking to the cache service and
 * the registry); the reads and SHA-256 run on another CPU meanwhile. Each digest comes with the stat signature
 * of the file the worker opened (fstat of its descriptor), so a caller uses it only for the file it sees
 * itself. Digests come back in batches, in the order given, and `get` waits for the one asked for. A file the
 * worker cannot read, a failed worker or a closed prefetch gives `undefined`, and the caller reads the file
 * itself: the prefetch only saves time.
 */
import { Worker } from 'node:worker_threads';

/** The digest of a file as the worker read it, and the stat signature of what it read (see `signature`). */
export interface PrefetchedDigest {
  sig: string;
  digest: string;
}

/** What identifies a file's bytes without reading them: device, inode, size, mtime and ctime. */
export const signature = (st: { dev: number; ino: number; size: number; mtimeMs: number; ctimeMs: number }) =>
  `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;

// The worker's CommonJS source, evaluated (no script file beside the bundle). It opens each path (O_NONBLOCK:
// a path swapped for a FIFO since the walk must not hang it; fstat then says it is no file), takes the
// signature from fstat of the descriptor (as `signature` makes it; a test holds the two together), and reads to the end in 1 MiB chunks. It posts arrays of
// [signature, digest] (null: unreadable) every 256 files or 5 ms.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, fstatSync, readSync, closeSync, constants } = require('node:fs');
const { createHash } = require('node:crypto');
const chunk = Buffer.allocUnsafe(1 << 20);
let out = [];
let since = Date.now();
const flush = () => { parentPort.postMessage(out); out = []; since = Date.now(); };
for (const abs of workerData) {
  let result = null;
  let fd;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (st.isFile()) {
      const h = createHash('sha256');
      let n;
      while ((n = readSync(fd, chunk, 0, chunk.length, null)) > 0) h.update(chunk.subarray(0, n));
      result = [st.dev + ':' + st.ino + ':' + st.size + ':' + st.mtimeMs + ':' + st.ctimeMs, h.digest('hex')];
    }
  } catch {}
  if (fd !== undefined) try { closeSync(fd); } catch {}
  out.push(result);
  if (out.length >= 256 || Date.now() - since >= 5) flush();
}
flush();
`;

/** How far ahead of the worker a caller still waits for it (two of its batches). */
const NEAR = 512;

export class DigestPrefetch {
  /** Every file's result by path, as a promise that settles when the worker has read it (or gave up). */
  private readonly results = new Map<string, Promise<PrefetchedDigest | undefined>>();
  private readonly unsettled = new Map<string, (r: PrefetchedDigest | undefined) => void>();
  private readonly order: string[];
  private readonly index = new Map<string, number>();
  /** How many files the worker has reported. */
  private next = 0;
  private worker?: Worker;

  /** Starts reading the files at these absolute paths (nothing is started for an empty list). */
  constructor(paths: readonly string[]) {
    this.order = [...new Set(paths)];
    this.order.forEach((abs, i) => this.index.set(abs, i));
    for (const abs of this.order) this.results.set(abs, new Promise((r) => this.unsettled.set(abs, r)));
    if (this.order.length === 0) return;
    try {
      this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: this.order });
    } catch {
      this.settleAll();
      return;
    }
    // Not unref'd: a step may be waiting on its messages (an unref'd port would let Node exit mid-build). It ends
    // by itself after the last file, or at close().
    this.worker.on('message', (batch: ([string, string] | null)[]) => {
      for (const r of batch) {
        const abs = this.order[this.next++];
        if (abs !== undefined) this.settle(abs, r ? { sig: r[0], digest: r[1] } : undefined);
      }
    });
    this.worker.on('error', () => this.settleAll());
    this.worker.on('exit', () => this.settleAll());
  }

  /** How many files are still being read. */
  get outstanding(): number {
    return this.unsettled.size;
  }

  /** The file at `abs` as the worker read it; undefined when it was not asked for or not readable. */
  get(abs: string): Promise<PrefetchedDigest | undefined> | undefined {
    return this.results.get(abs);
  }

  /**
   * `get`, but only for a file the worker has read or will read soon (within `NEAR` files of where it is):
   * for one further on, reading it now is faster than waiting for everything before it.
   */
  near(abs: string): Promise<PrefetchedDigest | undefined> | undefined {
    const at = this.index.get(abs);
    return at !== undefined && at < this.next + NEAR ? this.results.get(abs) : undefined;
  }

  private settle(abs: string, r: PrefetchedDigest | undefined): void {
    const resolve = this.unsettled.get(abs);
    if (!resolve) return;
    this.unsettled.delete(abs);
    resolve(r);
  }

  private settleAll(): void {
    for (const abs of [...this.unsettled.keys()]) this.settle(abs, undefined);
  }

  /** Stops the worker; whatever it has not read yet resolves to undefined. Waits at most a second for it. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    this.settleAll();
    if (!w) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([w.terminate().catch(() => undefined), new Promise((r) => (timer = setTimeout(r, 1000)))]);
    clearTimeout(timer);
  }
}
