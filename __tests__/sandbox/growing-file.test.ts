/**
 * Unpacking a layer while its blob is still being downloaded: the worker reads the file as it grows
 * (growing-file.ts), up to the blob's size, across the rename that ends the download; a download that fails
 * cancels the unpack with the download's error, and nothing half-unpacked is left. Likewise a cached blob
 * handed over while its digest check runs (`checked`): the layer is used only once the check passes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { mkdir, open, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { readGrowingFile } from '../../src/sandbox/growing-file.js';
import type { NativeExecutor } from '../../src/sandbox/native.js';
import type { BlobFileRef, LayerSource } from '../../src/sandbox/types.js';
import { busyboxLayer, layerFromDir, type TestLayer } from '../support/rootfs.js';
import { makeDirs, nativeExecutor, removeDirs, sh, type Dirs } from './harness.js';

async function collect(r: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of r) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Writes `data` into `tmp` in pieces, then renames it to `final` (as a download does); or stops at `failAt`.
 * With `gate`, only the first piece is written before the gate opens.
 */
async function slowWrite(data: Buffer, tmp: string, final: string, piece: number, failAt?: number, gate?: Promise<void>): Promise<void> {
  const fh = await open(tmp, 'w');
  try {
    for (let off = 0; off < data.length; off += piece) {
      if (failAt !== undefined && off >= failAt) throw new Error('connection reset by the test');
      await fh.write(data.subarray(off, Math.min(off + piece, data.length)));
      if (off === 0 && gate) await gate;
      await sleep(1);
    }
  } finally {
    await fh.close();
  }
  await rename(tmp, final);
}

describe('readGrowingFile', () => {
  let d: Dirs;
  beforeAll(async () => {
    d = await makeDirs('growing');
  });
  afterAll(async () => removeDirs(d));

  it('reads every byte while the file is written and renamed', async () => {
    const data = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
    const tmp = path.join(d.base, 'a.tmp');
    const final = path.join(d.base, 'a');
    await writeFile(tmp, '');
    const reading = collect(readGrowingFile({ path: tmp, final, size: data.length }, undefined, 1));
    await slowWrite(data, tmp, final, 7_000);
    expect((await reading).equals(data)).toBe(true);
  });

  it('a reader that comes after the rename opens the final name', async () => {
    const final = path.join(d.base, 'b');
    await writeFile(final, 'complete');
    expect((await collect(readGrowingFile({ path: path.join(d.base, 'b.tmp'), final, size: 8 }))).toString()).toBe('complete');
  });

  it('stops when cancelled instead of waiting for bytes that never come', async () => {
    const tmp = path.join(d.base, 'c.tmp');
    await writeFile(tmp, 'half');
    const stop = new AbortController();
    const reading = collect(readGrowingFile({ path: tmp, final: path.join(d.base, 'c'), size: 100 }, stop.signal, 1));
    await sleep(30);
    stop.abort();
    await expect(reading).rejects.toThrow(/cancelled/);
  });
});

describe('the native executor unpacks a blob while it downloads', () => {
  let d: Dirs;
  let ex: NativeExecutor;
  let base: TestLayer;
  let blob: Buffer;
  beforeAll(async () => {
    d = await makeDirs('growing-native');
    ex = await nativeExecutor(d);
    base = await busyboxLayer();
    blob = readFileSync(base.blob);
  }, 120_000);
  afterAll(async () => {
    await ex.close();
    await removeDirs(d);
  });

  /** A layer (the base by default), its blob handed out as a file being written by `slowWrite`. */
  function growingSource(name: string, failAt?: number, opts: { of?: TestLayer; data?: Buffer; gate?: Promise<void> } = {}): { layer: LayerSource; written: Promise<void> } {
    const tmp = path.join(d.base, `${name}.tmp`);
    const final = path.join(d.base, name);
    const of = opts.of ?? base;
    const data = opts.data ?? blob;
    let written!: Promise<void>;
    const layer: LayerSource = {
      diffId: of.diffId,
      mediaType: of.mediaType,
      open: () => Promise.reject(new Error('the executor must read the growing file, not open the blob')),
      file: async (): Promise<BlobFileRef> => {
        await writeFile(tmp, '');
        written = slowWrite(data, tmp, final, 64 * 1024, failAt, opts.gate);
        const done = written.then(() => undefined, (e: Error) => e);
        return { path: tmp, growing: { final, size: data.length, done } };
      },
    };
    return { layer, get written() { return written; } };
  }

  it('a step runs on a layer unpacked from a blob still being written', async () => {
    const src = growingSource('ok');
    const r = await sh(ex, [src.layer], 'head -1 /etc/passwd');
    expect(r.stdout).toBe('root:x:0:0:root:/root:/bin/sh\n');
    await r.result.release();
    await src.written;
  });

  it('a blob that arrives while another unpack runs waits, then follows its download once the queue is empty', async () => {
    const d2 = await makeDirs('growing-queue');
    const logs: string[] = [];
    const ex2 = await nativeExecutor(d2, { log: (m) => logs.push(m), trace: true });
    try {
      await mkdir(path.join(d2.base, 'top'));
      await writeFile(path.join(d2.base, 'top', 'top.txt'), 'top\n');
      const top = await layerFromDir(path.join(d2.base, 'top'), path.join(d2.base, 'top.tar'));
      let openFirst!: () => void;
      let openSecond!: () => void;
      // The first blob holds the queue (its download stalls after one piece); the second arrives meanwhile.
      const first = growingSource('first', undefined, { gate: new Promise<void>((r) => (openFirst = r)) });
      const second = growingSource('second', undefined, { of: top, data: readFileSync(top.blob), gate: new Promise<void>((r) => (openSecond = r)) });
      const dirs = ex2.layerDirs([first.layer]);
      await sleep(100);
      const both = ex2.layerDirs([first.layer, second.layer]);
      await sleep(100);
      openFirst();
      await dirs;
      // The queue is empty now: the second unpack starts on the bytes there are, before its download ends.
      await sleep(300);
      openSecond();
      await both;
      await Promise.all([first.written, second.written]);
      const lines = logs.filter((l) => l.startsWith('sandbox: layer '));
      expect(lines).toHaveLength(2);
      expect(lines.every((l) => / first bytes /.test(l))).toBe(true);
      // It waited in the queue until the first unpack ended, not for its own download.
      const queued = Number(/queued (\d+) ms/.exec(lines.find((l) => l.includes(top.diffId.slice(7, 19)))!)![1]);
      expect(queued).toBeGreaterThanOrEqual(90);
      const r = await sh(ex2, [first.layer, second.layer], 'cat /top.txt');
      expect(r.stdout).toBe('top\n');
      await r.result.release();
    } finally {
      await ex2.close();
      await removeDirs(d2);
    }
  });

  it('a download that fails fails the step with its error, and leaves no unpacked layer', async () => {
    // Another cache dir: the layer is in this executor's store already.
    const d2 = await makeDirs('growing-fail');
    const ex2 = await nativeExecutor(d2);
    try {
      const src = growingSource('fails', Math.floor(blob.length / 3));
      await expect(sh(ex2, [src.layer], 'true')).rejects.toThrow(/connection reset by the test/);
      await expect(src.written).rejects.toThrow();
      const left = await readdir(path.join(d2.cacheDir, 'layers')).catch(() => [] as string[]);
      expect(left).toEqual([]);
    } finally {
      await ex2.close();
      await removeDirs(d2);
    }
  });

  describe('a complete file whose digest check is still running (checked)', () => {
    /** The base layer's blob (or `data`) as a complete file, with a check that settles when `verdict` does. */
    function checkedSource(name: string, verdict: Promise<Error | undefined>, data = blob): LayerSource {
      const file = path.join(d.base, `${name}.blob`);
      return {
        diffId: base.diffId,
        mediaType: base.mediaType,
        open: () => Promise.reject(new Error('the executor must read the file, not open the blob')),
        file: async (): Promise<BlobFileRef> => {
          await writeFile(file, data);
          return { path: file, checked: verdict };
        },
      };
    }

    it('the unpack does not wait for the check, and the layer is used once it passes', async () => {
      const d2 = await makeDirs('checked-ok');
      const ex2 = await nativeExecutor(d2);
      try {
        let pass!: () => void;
        const verdict = new Promise<Error | undefined>((r) => (pass = () => r(undefined)));
        const dirs = ex2.layerDirs([checkedSource('ok', verdict)]);
        // The layer is unpacked (in the store) while the check has not passed yet; the caller still waits.
        let settled = false;
        void dirs.then(() => (settled = true), () => (settled = true));
        for (let i = 0; i < 100 && (await readdir(path.join(d2.cacheDir, 'layers')).catch(() => [] as string[])).filter((n) => !n.startsWith('.')).length === 0; i++) await sleep(50);
        expect((await readdir(path.join(d2.cacheDir, 'layers'))).filter((n) => !n.startsWith('.'))).toHaveLength(1);
        await sleep(50);
        expect(settled).toBe(false);
        pass();
        expect(await dirs).toHaveLength(1);
      } finally {
        await ex2.close();
        await removeDirs(d2);
      }
    });

    it('a failed check is the error, even when the unpack succeeded', async () => {
      const d2 = await makeDirs('checked-bad');
      const ex2 = await nativeExecutor(d2);
      try {
        const bad = new Error('its cached copy is unusable (content digest is sha256:0000)');
        await expect(sh(ex2, [checkedSource('bad', Promise.resolve(bad))], 'true')).rejects.toBe(bad);
      } finally {
        await ex2.close();
        await removeDirs(d2);
      }
    });

    it('a failed check is the error when the unpack failed on the bad bytes too', async () => {
      const d2 = await makeDirs('checked-garbage');
      const ex2 = await nativeExecutor(d2);
      try {
        const bad = new Error('its cached copy is unusable (content digest is sha256:1111)');
        const garbage = Buffer.from(blob);
        garbage[garbage.length >> 1] ^= 0xff;
        await expect(sh(ex2, [checkedSource('garbage', Promise.resolve(bad), garbage)], 'true')).rejects.toBe(bad);
        const left = await readdir(path.join(d2.cacheDir, 'layers')).catch(() => [] as string[]);
        expect(left.filter((n) => !n.startsWith('.'))).toEqual([]);
      } finally {
        await ex2.close();
        await removeDirs(d2);
      }
    });
  });
});
