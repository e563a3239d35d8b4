/**
 * A blob being downloaded into a file, which other readers can follow as it grows: a second step (or a
 * warm-up) that wants a blob already on its way reads the same bytes as they land instead of waiting for the
 * whole download or fetching it again.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';

const READ_CHUNK = 1 << 20;

/** The progress of one download into `tmp` (renamed to `final` once complete and verified). */
export class Download {
  /** Bytes written to `tmp` so far (readable by a follower). */
  written = 0;
  state: 'running' | 'done' | 'failed' = 'running';
  /** Why the download failed (followers fail with it as their cause). */
  error?: Error;
  private wake: (() => void)[] = [];
  readonly done: Promise<boolean>;
  private settle!: (ok: boolean) => void;

  constructor(
    readonly tmp: string,
    readonly final: string,
  ) {
    this.done = new Promise<boolean>((r) => (this.settle = r));
  }

  private notify(): void {
    const w = this.wake;
    this.wake = [];
    for (const f of w) f();
  }

  /** Records bytes that reached the file. */
  wrote(n: number): void {
    this.written += n;
    this.notify();
  }

  /** Ends the download: `ok` once `tmp` is renamed to `final`, else (with the reason) after `tmp` is removed. */
  finish(ok: boolean, error?: Error): void {
    this.state = ok ? 'done' : 'failed';
    if (!ok) this.error = error;
    this.settle(ok);
    this.notify();
  }

  /** Resolves on the next write or on the end. */
  changed(): Promise<void> {
    return new Promise((r) => this.wake.push(r));
  }

  /**
   * The file's bytes from the start, as they arrive; fails if the download fails. A follower may start before
   * the download has opened its file: the file is opened once bytes have been written to it.
   */
  follow(what: string): Readable {
    let fh: FileHandle | undefined;
    let pos = 0;
    const dl = this;
    const openFile = async (): Promise<FileHandle> => {
      try {
        return await open(dl.state === 'done' ? dl.final : dl.tmp, 'r');
      } catch (e) {
        // Renamed between the check and the open: the download is complete.
        if ((e as NodeJS.ErrnoException).code === 'ENOENT' && dl.state === 'done') return open(dl.final, 'r');
        throw e;
      }
    };
    return new Readable({
      highWaterMark: READ_CHUNK,
      async read() {
        try {
          for (;;) {
            if (dl.state === 'failed') throw new Error(`${what}: the download this read follows failed${dl.error ? `: ${dl.error.message}` : ''}`, { cause: dl.error });
            if (pos < dl.written) {
              if (!fh) {
                const opened = await openFile();
                // Destroyed while the file was being opened: destroy() saw no handle to close.
                if (this.destroyed) return void (await opened.close());
                fh = opened;
              }
              const buf = Buffer.allocUnsafe(Math.min(READ_CHUNK, dl.written - pos));
              const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
              if (bytesRead === 0) throw new Error(`${what}: the downloaded file is shorter than the bytes written to it`);
              pos += bytesRead;
              this.push(buf.subarray(0, bytesRead));
              return;
            }
            if (dl.state === 'done') {
              this.push(null);
              return;
            }
            await dl.changed();
          }
        } catch (e) {
          this.destroy(e as Error);
        }
      },
      destroy(err, cb) {
        const f = fh;
        fh = undefined;
        if (!f) return cb(err);
        f.close().then(() => cb(err), () => cb(err));
      },
    });
  }
}
