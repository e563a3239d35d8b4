import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, test } from '@jest/globals';
import { digestOf } from '../../src/oci/digest.js';
import { ResumableBlobStream, type BlobBody } from '../../src/registry/blob-stream.js';

const data = Buffer.from('0123456789abcdefghijklmnopqrstuvwxyz'.repeat(1000));

/** A body that yields `bytes` in 1000-byte chunks and then fails with ECONNRESET when `failAfter` is set. */
function body(bytes: Buffer, failAfter?: number): Readable {
  return Readable.from(
    (async function* () {
      for (let i = 0; i < bytes.length; i += 1000) {
        if (failAfter !== undefined && i >= failAfter) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
        yield bytes.subarray(i, i + 1000);
      }
    })(),
    { objectMode: false },
  );
}

async function drain(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  await pipeline(stream, new Writable({ write: (c, _e, cb) => (parts.push(c), cb()) }));
  return Buffer.concat(parts);
}

function stream(first: BlobBody, reopen: (offset: number) => Promise<BlobBody>, digest = digestOf(data), size = data.length) {
  const sleeps: number[] = [];
  const s = new ResumableBlobStream(first, { digest, size, what: 'blob x', reopen, shouldResume: (_e, n) => (n < 4 ? 10 * n : undefined), sleep: async (ms) => void sleeps.push(ms) });
  return { s, sleeps };
}

describe('ResumableBlobStream', () => {
  test('passes a good blob through', async () => {
    expect((await drain(stream({ body: body(data), skip: 0 }, async () => { throw new Error('no'); }).s)).equals(data)).toBe(true);
  });

  test('resumes from the offset; a server that ignores Range is skipped forward', async () => {
    const offsets: number[] = [];
    const { s, sleeps } = stream({ body: body(data, 5000), skip: 0 }, async (offset) => {
      offsets.push(offset);
      return offsets.length === 1 ? { body: body(data, 20000), skip: offset } : { body: body(data.subarray(offset)), skip: 0 };
    });
    expect((await drain(s)).equals(data)).toBe(true);
    expect(offsets).toEqual([5000, 20000]);
    expect(sleeps).toEqual([10, 20]);
  });

  test('fails on wrong content, too many or too few bytes, or when resuming is refused', async () => {
    const bad = Buffer.from(data);
    bad[10] ^= 1;
    await expect(drain(stream({ body: body(bad), skip: 0 }, async () => { throw new Error('no'); }).s)).rejects.toThrow('blob x: content digest is sha256:');
    await expect(drain(stream({ body: body(Buffer.concat([data, data])), skip: 0 }, async () => { throw new Error('no'); }).s)).rejects.toThrow(`more than the expected ${data.length} bytes`);
    await expect(drain(stream({ body: body(data.subarray(1)), skip: 0 }, async () => { throw new Error('no'); }).s)).rejects.toThrow(`got ${data.length - 1} bytes, expected ${data.length}`);
    let n = 0;
    await expect(drain(stream({ body: body(data, 1000), skip: 0 }, async (o) => (n++, { body: body(data.subarray(o), 0), skip: 0 })).s)).rejects.toThrow('socket hang up');
    expect(n).toBe(3);
  });
});
