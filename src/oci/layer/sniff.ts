import { Readable } from 'node:stream';
import { decodeHeader, isZeroBlock } from '../tar/header.js';

/** What an archive's first bytes say it is. */
export type ArchiveFormat = 'gzip' | 'bzip2' | 'xz' | 'zstd' | 'tar' | 'unknown';

/** How many leading bytes sniffArchive needs to tell every format apart (one tar header block). */
export const SNIFF_BYTES = 512;

/**
 * Tells an archive's format from its first bytes (at least 512 for tar): the gzip, bzip2, xz and zstd
 * magic numbers, or a tar header with a valid checksum (ustar, GNU or v7). Anything else, including empty
 * input and an all-zero block, is 'unknown'. ADD uses this: archives are recognised by content, not name.
 */
export function sniffArchive(head: Buffer): ArchiveFormat {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head.toString('latin1', 0, 3) === 'BZh' && head[3] >= 0x31 && head[3] <= 0x39) return 'bzip2';
  if (head.length >= 6 && head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) return 'xz';
  // A zstd frame, or a skippable frame first (pzstd's output starts with one), as BuildKit detects zstd.
  if (head.length >= 4 && (head.readUInt32LE(0) === 0xfd2fb528 || ((head.readUInt32LE(0) & 0xfffffff0) >>> 0) === 0x184d2a50)) return 'zstd';
  if (head.length >= 512 && !isZeroBlock(head.subarray(0, 512))) {
    try {
      decodeHeader(head.subarray(0, 512), 'sniff');
      return 'tar';
    } catch {
      return 'unknown';
    }
  }
  return 'unknown';
}

/**
 * Reads up to `n` leading bytes of a stream without losing them: returns those bytes and a stream that
 * yields the whole input again (head included). Errors of the input surface on the returned stream.
 */
export async function peekStream(input: Readable, n: number): Promise<{ head: Buffer; stream: Readable }> {
  const it = (input as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
    parts.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(parts);
  async function* replay(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) {
        done = true;
        return;
      }
      yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
    }
  }
  const stream = Readable.from(replay(), { objectMode: false });
  // The input is ended when the replay closes before it: read to a stop, failed, or destroyed (before its first
  // read too, when the generator never started; else a decompressor behind it, an `xz -dc` child, is left running).
  stream.once('close', () => {
    if (!done) void it.return?.();
  });
  return { head: head.subarray(0, n), stream };
}
