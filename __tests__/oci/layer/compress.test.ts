import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { decompress, openArchive, sniffArchive, writeLayerBlob } from '../../../src/oci/layer/compress.js';
import { peekStream } from '../../../src/oci/layer/sniff.js';
import { MediaType } from '../../../src/oci/media-types.js';
import { collect, fileEntry, run, runBytes, tarOf, tempDir } from '../tar/helpers.js';

const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

let tmp: { dir: string; cleanup: () => void };
let tar: Buffer;
const compressed: Record<string, Buffer> = {};

beforeAll(async () => {
  tmp = tempDir('compress');
  tar = await tarOf([fileEntry('etc/motd', 'hello\n'.repeat(1000)), fileEntry('bin/tool', Buffer.alloc(200000, 9), { mode: 0o755 }), fileEntry('random', randomBytes(50000))]);
  const file = path.join(tmp.dir, 'layer.tar');
  writeFileSync(file, tar);
  compressed.gzip = await runBytes('gzip', ['-c', file]);
  compressed.bzip2 = await runBytes('bzip2', ['-c', file]);
  compressed.xz = await runBytes('xz', ['-c', file]);
  compressed.zstd = await runBytes('zstd', ['-q', '-c', file]);
});

afterAll(() => tmp.cleanup());

describe('sniffArchive', () => {
  test.each(['gzip', 'bzip2', 'xz', 'zstd'])('%s by its magic number', (format) => {
    expect(sniffArchive(compressed[format].subarray(0, 512))).toBe(format);
  });
  test('tar by its header checksum; other content is unknown', async () => {
    expect(sniffArchive(tar.subarray(0, 512))).toBe('tar');
    expect(sniffArchive(await runBytes('tar', ['--format=v7', '-cf', '-', '-C', tmp.dir, 'layer.tar']))).toBe('tar');
    expect(sniffArchive(Buffer.alloc(0))).toBe('unknown');
    expect(sniffArchive(Buffer.alloc(1024))).toBe('unknown');
    expect(sniffArchive(Buffer.from('#!/bin/sh\necho not an archive\n'.repeat(40)))).toBe('unknown');
    expect(sniffArchive(Buffer.from('BZh'))).toBe('unknown');
  });
});

describe('decompress', () => {
  test.each(['gzip', 'bzip2', 'xz', 'zstd'])('%s: sniffed from content', async (format) => {
    expect((await collect(await decompress(Readable.from([compressed[format]])))).equals(tar)).toBe(true);
    const opened = await openArchive(Readable.from([compressed[format]]));
    expect(opened.format).toBe(format);
    expect((await collect(opened.stream)).equals(tar)).toBe(true);
  });

  test.each([
    [MediaType.ociLayerGzip, 'gzip'],
    [MediaType.dockerLayerGzip, 'gzip'],
    [MediaType.ociLayerZstd, 'zstd'],
    [MediaType.ociLayer, 'none'],
    ['xz', 'xz'],
    ['bzip2', 'bzip2'],
    ['none', 'none'],
  ])('told %s', async (told, format) => {
    const input = format === 'none' ? tar : compressed[format];
    expect((await collect(await decompress(Readable.from([input]), told))).equals(tar)).toBe(true);
  });

  test.each(['bzip2', 'xz', 'gzip'])('%s: a peek at the decompressed head, then destroyed unread, ends the decompressor (ADD sniffs archives so)', async (format) => {
    const opened = await openArchive(Readable.from([compressed[format]]));
    const peek = await peekStream(opened.stream, 512);
    expect(sniffArchive(peek.head)).toBe('tar');
    peek.stream.destroy();
    // The decompressed stream closes (for bzip2/xz that kills the child process); before, it stayed open.
    const closed = await Promise.race([new Promise((r) => opened.stream.once('close', () => r(true))), new Promise((r) => setTimeout(() => r(false), 3000).unref())]);
    expect(closed).toBe(true);
  });

  test('plain tar and unknown content pass through unchanged (chunked input)', async () => {
    const chunks = Array.from({ length: Math.ceil(tar.length / 100) }, (_, i) => tar.subarray(i * 100, (i + 1) * 100));
    expect((await collect(await decompress(Readable.from(chunks)))).equals(tar)).toBe(true);
    const small = Buffer.from('tiny');
    const opened = await openArchive(Readable.from([small]));
    expect(opened.format).toBe('unknown');
    expect((await collect(opened.stream)).equals(small)).toBe(true);
  });

  test('corrupt input fails the stream, with the program\'s message for bzip2/xz', async () => {
    const bad = Buffer.concat([compressed.bzip2.subarray(0, 200), Buffer.alloc(300, 1)]);
    await expect(collect(await decompress(Readable.from([bad])))).rejects.toThrow(/bzip2 -d failed \(exit 2\)/);
    const badXz = Buffer.concat([compressed.xz.subarray(0, 100), Buffer.alloc(300, 7)]);
    await expect(collect(await decompress(Readable.from([badXz]), 'xz'))).rejects.toThrow(/xz -d failed/);
    const badGz = Buffer.from(compressed.gzip);
    badGz[badGz.length - 6] ^= 0xff; // CRC
    await expect(collect(await decompress(Readable.from([badGz]), 'gzip'))).rejects.toThrow();
    await expect(decompress(Readable.from([tar]), 'lz4')).rejects.toThrow('unknown compression "lz4"');
  });
});

describe('writeLayerBlob', () => {
  test.each(['gzip', 'zstd', 'none'] as const)('%s: one pass gives diff_id, digest, sizes and the blob file', async (compression) => {
    const dir = path.join(tmp.dir, `blobs-${compression}`);
    const blob = await writeLayerBlob(Readable.from([tar]), { compression, dir });
    const bytes = readFileSync(blob.path);
    expect(blob.diffId).toBe(sha256(tar));
    expect(blob.digest).toBe(sha256(bytes));
    expect(blob.path).toBe(path.join(dir, 'sha256', blob.digest.slice(7)));
    expect(blob.size).toBe(bytes.length);
    expect(blob.uncompressedSize).toBe(tar.length);
    expect(blob.compression).toBe(compression);
    expect(readdirSync(path.join(dir, 'sha256'))).toEqual([blob.digest.slice(7)]); // no temp file left
    if (compression === 'none') expect(blob.digest).toBe(blob.diffId);
    else expect((await collect(await decompress(Readable.from([bytes])))).equals(tar)).toBe(true);
    if (compression === 'gzip') {
      // The tools agree: integrity, size, and Go's header (MTIME 0, XFL 4 for level 1, OS 255).
      await run('gzip', ['-t', blob.path]);
      expect((await run('gzip', ['-lv', blob.path])).split('\n')[1]).toContain(` ${tar.length} `);
      expect(bytes.subarray(0, 10).toString('hex')).toBe('1f8b0800000000000' + '4ff');
    }
    if (compression === 'zstd') await run('zstd', ['-t', '-q', blob.path]);
    // Deterministic: the same tar gives the same blob again.
    const again = await writeLayerBlob(Readable.from([tar]), { compression, dir });
    expect(again).toEqual(blob);
  });

  test.each(['gzip', 'zstd'] as const)('%s: the blob does not depend on how the tar arrives (one piece, 512-byte pieces, uneven pieces)', async (compression) => {
    // ~1.5 MB of compressible text: many 128 KiB gatherings, and a tail.
    const big = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `line ${i} ${'abcdefghij'.repeat(i % 7)}\n`).join(''));
    const pieces = (size: (i: number) => number): Buffer[] => {
      const out: Buffer[] = [];
      for (let at = 0, i = 0; at < big.length; i++) {
        out.push(big.subarray(at, at + size(i)));
        at += size(i);
      }
      return out;
    };
    const dir = path.join(tmp.dir, `split-${compression}`);
    const whole = await writeLayerBlob(Readable.from([big]), { compression, dir });
    const small = await writeLayerBlob(Readable.from(pieces(() => 512)), { compression, dir });
    const uneven = await writeLayerBlob(Readable.from(pieces((i) => [1, 200_000, 7, 131_072, 65_536][i % 5])), { compression, dir });
    expect(small.digest).toBe(whole.digest);
    expect(uneven.digest).toBe(whole.digest);
    if (compression === 'gzip') {
      // Go's header, zlib's raw deflate of the whole input at hoist's default level (1), CRC-32 and size.
      const bytes = readFileSync(whole.path);
      expect(bytes.subarray(10, bytes.length - 8).equals(zlib.deflateRawSync(big, { level: 1 }))).toBe(true);
    }
  });

  test('the empty layer has the well-known diff_id', async () => {
    const blob = await writeLayerBlob(Readable.from([Buffer.alloc(1024)]), { compression: 'gzip', dir: path.join(tmp.dir, 'empty'), level: 9 });
    expect(blob.diffId).toBe('sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef');
    expect(readFileSync(blob.path).subarray(8, 10).toString('hex')).toBe('02ff');
    expect((await collect(await decompress(Readable.from([readFileSync(blob.path)])))).equals(Buffer.alloc(1024))).toBe(true);
  });

  test('levels change the bytes but not the diff_id', async () => {
    const dir = path.join(tmp.dir, 'levels');
    const fast = await writeLayerBlob(Readable.from([tar]), { compression: 'gzip', dir, level: 1 });
    const best = await writeLayerBlob(Readable.from([tar]), { compression: 'gzip', dir, level: 9 });
    expect(best.diffId).toBe(fast.diffId);
    expect(best.digest).not.toBe(fast.digest);
    expect(best.size).toBeLessThanOrEqual(fast.size);
  });

  test('a failing input leaves no file behind and names the directory', async () => {
    const dir = path.join(tmp.dir, 'failing');
    const input = new Readable({ read() {} });
    input.push(tar.subarray(0, 1000));
    setImmediate(() => input.destroy(new Error('source broke')));
    await expect(writeLayerBlob(input, { compression: 'gzip', dir })).rejects.toThrow(`writing layer blob under ${path.join(dir, 'sha256')}: source broke`);
    expect(readdirSync(path.join(dir, 'sha256'))).toEqual([]);
    expect(existsSync(dir)).toBe(true);
  });
});
