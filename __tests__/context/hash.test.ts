/** Context tree hashes, read on the main thread or prefetched by the digest worker (digest-prefetch.ts). */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { BuildContext } from '../../src/context/context.js';
import { DigestPrefetch, signature, type PrefetchedDigest } from '../../src/context/digest-prefetch.js';
import { loadDockerignore } from '../../src/context/dockerignore.js';
import { ContextHasher } from '../../src/context/hash.js';

let dir: string;
let context: BuildContext;
const ROOTS = ['', 'src', 'src/a.txt', 'big.bin', 'link', 'src/deep'];
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hoist-hash-'));
  mkdirSync(path.join(dir, 'src/deep/er'), { recursive: true });
  mkdirSync(path.join(dir, 'ignored'));
  writeFileSync(path.join(dir, 'src/a.txt'), 'alpha\n');
  writeFileSync(path.join(dir, 'src/empty'), '');
  writeFileSync(path.join(dir, 'src/deep/er/b.js'), 'export const b = 1;\n');
  for (let i = 0; i < 50; i++) writeFileSync(path.join(dir, `src/deep/f${i}.txt`), `file ${i}\n`.repeat(i));
  // Over the worker's 1 MiB read chunk, so it is read in several.
  writeFileSync(path.join(dir, 'big.bin'), Buffer.alloc(3 * 1024 * 1024 + 17, 7));
  writeFileSync(path.join(dir, 'ignored/secret'), 'not in the context');
  writeFileSync(path.join(dir, '.dockerignore'), 'ignored\n');
  symlinkSync('src', path.join(dir, 'link'));
  const ignore = await loadDockerignore(dir);
  context = new BuildContext(dir, { ignores: (p, d) => ignore.ignores(p, d), mayIncludeUnder: (d) => !ignore.shouldSkipDir(d), hasExclusions: ignore.hasExclusions });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function hashes(h: ContextHasher): Promise<string[]> {
  const out: string[] = [];
  for (const r of ROOTS) out.push(await h.hashTree(context, r, path.posix.basename(r) || '.'));
  return out;
}

async function settled(p: DigestPrefetch): Promise<void> {
  for (let i = 0; i < 500 && p.outstanding > 0; i++) await new Promise((r) => setTimeout(r, 10));
  expect(p.outstanding).toBe(0);
}

describe('DigestPrefetch', () => {
  test('gives each file the SHA-256 of its bytes and the stat signature the main thread computes', async () => {
    const files = ['src/a.txt', 'src/empty', 'big.bin', 'src/deep/f49.txt'].map((f) => path.join(dir, f));
    const p = new DigestPrefetch(files);
    await settled(p);
    for (const f of files) expect(await p.get(f)).toEqual({ sig: signature(lstatSync(f)), digest: sha256(f) });
    await p.close();
  });

  test('near: waits only for files the worker has got near; further ones are for the caller to read', async () => {
    const files = Array.from({ length: 600 }, (_, i) => path.join(dir, `src/deep/f${i % 50}.txt`) + (i < 50 ? '' : `-${i}`));
    const p = new DigestPrefetch(files);
    // Nothing has been reported yet (messages arrive on a later turn of the event loop).
    expect(p.near(files[0])).toBeDefined();
    expect(p.near(files[511])).toBeDefined();
    expect(p.near(files[512])).toBeUndefined();
    expect(p.get(files[512])).toBeDefined();
    await settled(p);
    expect(p.near(files[599])).toBeDefined();
    await p.close();
  });

  test('gives nothing for what it cannot read or was not asked for, and nothing more after close', async () => {
    // A FIFO (a file swapped for one after the walk) must not block the worker: it is opened non-blocking.
    const fifo = path.join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const p = new DigestPrefetch([path.join(dir, 'missing'), path.join(dir, 'src'), fifo, path.join(dir, 'src/a.txt')]);
    expect(await p.get(path.join(dir, 'missing'))).toBeUndefined();
    expect(await p.get(path.join(dir, 'src'))).toBeUndefined();
    expect(await p.get(fifo)).toBeUndefined();
    expect((await p.get(path.join(dir, 'src/a.txt')))?.digest).toBe(sha256(path.join(dir, 'src/a.txt')));
    rmSync(fifo);
    expect(p.get(path.join(dir, 'src/empty'))).toBeUndefined();
    const many = Array.from({ length: 50 }, (_, i) => path.join(dir, `src/deep/f${i}.txt`));
    const q = new DigestPrefetch(many);
    await q.close();
    expect(q.outstanding).toBe(0);
    for (const f of many) {
      const r = await q.get(f);
      if (r) expect(r.digest).toBe(sha256(f));
    }
  });
});

describe('ContextHasher.prefetch', () => {
  test('gives the same tree hashes as reading on the main thread, and hashTree takes the worker digests', async () => {
    const plain = await hashes(await ContextHasher.open());
    const h = await ContextHasher.open();
    const get = jest.spyOn(DigestPrefetch.prototype, 'near');
    try {
      await h.prefetch(context, ['']);
      expect(await hashes(h)).toEqual(plain);
      const results = await Promise.all(get.mock.results.map((r) => r.value as Promise<PrefetchedDigest | undefined>));
      const used = get.mock.calls.filter(([abs], i) => results[i]?.sig === signature(lstatSync(abs)));
      // Every regular file in the context (.dockerignore too, ignored/secret not): 50 + a.txt, empty, b.js, big.bin.
      expect(used.length).toBe(55);
      expect(used.map(([abs]) => abs)).not.toContain(path.join(dir, 'ignored/secret'));
    } finally {
      get.mockRestore();
      await h.close();
    }
    expect(plain[0]).not.toBe(plain[1]);
  });

  test('a file changed after it was prefetched is read again', async () => {
    const h = await ContextHasher.open();
    await h.prefetch(context, ['src']);
    await new Promise((r) => setTimeout(r, 300));
    const file = path.join(dir, 'src/a.txt');
    writeFileSync(file, 'changed after the prefetch\n');
    try {
      const fresh = await hashes(await ContextHasher.open());
      expect(await hashes(h)).toEqual(fresh);
    } finally {
      writeFileSync(file, 'alpha\n');
      await h.close();
    }
  });

  test('wildcard sources are resolved as COPY resolves them: only the matches are read', async () => {
    const h = await ContextHasher.open();
    const get = jest.spyOn(DigestPrefetch.prototype, 'near');
    try {
      await h.prefetch(context, ['src/deep/f4*.txt', 'src/*.txt', 'no-match-*']);
      const plain = await hashes(await ContextHasher.open());
      expect(await hashes(h)).toEqual(plain);
      const results = await Promise.all(get.mock.results.map((r) => r.value as Promise<PrefetchedDigest | undefined>));
      const used = get.mock.calls.filter((_, i) => results[i] !== undefined).map(([abs]) => path.relative(dir, abs)).sort();
      expect(used).toEqual(['src/a.txt', ...Array.from({ length: 10 }, (_, i) => `src/deep/f4${i}.txt`).sort(), 'src/deep/f4.txt'].sort());
    } finally {
      get.mockRestore();
      await h.close();
    }
  });

  test('limits, missing roots and a closed prefetch change nothing but speed', async () => {
    const plain = await hashes(await ContextHasher.open());
    const small = await ContextHasher.open();
    await small.prefetch(context, ['missing', 'src', ''], { files: 3, bytes: 1 << 20 });
    expect(await hashes(small)).toEqual(plain);
    await small.close();
    const closed = await ContextHasher.open();
    await closed.prefetch(context, ['']);
    await closed.close();
    expect(await hashes(closed)).toEqual(plain);
  });
});
