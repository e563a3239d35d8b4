/**
 * Reading a blob file while hoist is still downloading it: the sandbox worker starts unpacking a layer from the
 * first bytes instead of waiting for the whole blob. The file is read up to the blob's known size; where the
 * writer has not got yet, the reader waits and reads again. The download renames the file once complete (an
 * open descriptor survives that; a reader that opens late opens the final name). A download that fails stops
 * growing: hoist then cancels the unpack (the abort signal), and the reader never passes a short file as whole.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';

const CHUNK = 1 << 20;
/** How long the reader waits for more bytes before it looks again. */
const POLL_MS = 5;

/** Where a growing blob is: the file being written, its name once complete, and its final size. */
export interface GrowingFile {
  path: string;
  final: string;
  size: number;
}

async function openEither(f: GrowingFile): Promise<FileHandle> {
  try {
    return await open(f.path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    // Complete and renamed before the reader came.
    return open(f.final, 'r');
  }
}

/** The file's first `size` bytes, as they are written. */
export function readGrowingFile(f: GrowingFile, signal?: AbortSignal, pollMs = POLL_MS): Readable {
  let fh: FileHandle | undefined;
  let pos = 0;
  return new Readable({
    highWaterMark: CHUNK,
    async read() {
      try {
        if (!fh) {
          const opened = await openEither(f);
          // Destroyed while the file was being opened: destroy() saw no handle to close.
          if (this.destroyed) return void (await opened.close());
          fh = opened;
        }
        for (;;) {
          if (signal?.aborted) throw new Error(`reading ${f.path}: cancelled`);
          if (pos >= f.size) {
            this.push(null);
            return;
          }
          const buf = Buffer.allocUnsafe(Math.min(CHUNK, f.size - pos));
          const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
          if (bytesRead > 0) {
            pos += bytesRead;
            this.push(buf.subarray(0, bytesRead));
            return;
          }
          await new Promise((r) => setTimeout(r, pollMs));
        }
      } catch (e) {
        this.destroy(e as Error);
      }
    },
    destroy(err, cb) {
      const h = fh;
      fh = undefined;
      if (!h) return cb(err);
      h.close().then(() => cb(err), () => cb(err));
    },
  });
}
