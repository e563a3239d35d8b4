/** zstd streams of several frames decode to every frame's content in turn, as `zstd -d` and Go's decoder read them. */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { describe, expect, test } from '@jest/globals';
import { decompress, openArchive } from '../../../src/oci/layer/compress.js';
import { ZstdFrameWalker, zstdDecompressFrames } from '../../../src/oci/layer/zstd-frames.js';

/** A zstd frame made by the zstd program (with its checksum and content size), or by Node's encoder. */
const cli = (data: Buffer, ...flags: string[]): Buffer => execFileSync('zstd', ['-c', '-q', ...flags], { input: data });
const node = (data: Buffer): Buffer => zlib.zstdCompressSync(data);
/** A skippable frame: magic 0x184D2A5x, 4-byte little-endian size, payload. */
const skippable = (payload: Buffer): Buffer => {
  const head = Buffer.alloc(8);
  head.writeUInt32LE(0x184d2a53, 0);
  head.writeUInt32LE(payload.length, 4);
  return Buffer.concat([head, payload]);
};

async function collect(r: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of r) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Decodes `data` fed in chunks of `size` bytes. */
const decode = (data: Buffer, size = 64 * 1024) => {
  const chunks: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) chunks.push(data.subarray(i, i + size));
  return collect(zstdDecompressFrames(Readable.from(chunks), { chunkSize: 16 * 1024, highWaterMark: 64 * 1024 }));
};

describe('zstd streams of several frames', () => {
  const a = Buffer.from('first frame\n');
  const b = randomBytes(300 * 1024); // several blocks, incompressible (raw blocks)
  const c = Buffer.alloc(200 * 1024, 'z'); // RLE-friendly
  const stream = Buffer.concat([cli(a), node(b), skippable(Buffer.from('metadata')), cli(c, '--no-check'), cli(Buffer.alloc(0))]);
  const want = Buffer.concat([a, b, c]);

  test("Node's own decoder stops after the first frame (why this module exists)", () => {
    expect(zlib.zstdDecompressSync(stream).equals(a)).toBe(true);
  });

  test('every frame is decoded, in order, skippable frames skipped, however the input is chunked', async () => {
    expect(execFileSync('zstd', ['-dc'], { input: stream }).equals(want)).toBe(true);
    for (const size of [7, 4096, 1 << 20]) expect((await decode(stream, size)).equals(want)).toBe(true);
    // Byte by byte: every header field split across chunks.
    const small = Buffer.concat([cli(a), skippable(Buffer.from('m')), node(a), cli(a, '--no-check')]);
    expect((await decode(small, 1)).toString()).toBe(a.toString().repeat(3));
  });

  test('the walker finds each frame end from the headers alone', () => {
    const w = new ZstdFrameWalker();
    const ends = w.push(stream);
    const sizes = [cli(a), node(b), skippable(Buffer.from('metadata')), cli(c, '--no-check'), cli(Buffer.alloc(0))].map((f) => f.length);
    expect(ends).toEqual(sizes.map((_, i) => sizes.slice(0, i + 1).reduce((x, y) => x + y, 0)));
    expect(w.midFrame).toBe(false);
  });

  test('decompress() and openArchive() (layers, ADD) read every frame', async () => {
    expect((await collect(await decompress(Readable.from([stream]), 'zstd'))).equals(want)).toBe(true);
    expect((await collect(await decompress(Readable.from([stream]), 'application/vnd.oci.image.layer.v1.tar+zstd'))).equals(want)).toBe(true);
    const sniffed = await openArchive(Readable.from([stream]));
    expect(sniffed.format).toBe('zstd');
    expect((await collect(sniffed.stream)).equals(want)).toBe(true);
  });

  test('a stream cut inside a frame, or corrupt, is an error, not a short result', async () => {
    await expect(decode(stream.subarray(0, stream.length - 20))).rejects.toThrow();
    await expect(decode(Buffer.concat([cli(a), cli(b).subarray(0, 1000)]))).rejects.toThrow();
    const corrupt = Buffer.from(cli(b, '-19'));
    corrupt.fill(0xff, 20, 60);
    await expect(decode(corrupt)).rejects.toThrow();
  });
});
