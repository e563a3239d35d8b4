import { mkdtempSync, rmSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, describe, expect, test } from '@jest/globals';
import { BlobAccess, BlobUnavailableError, blobUnavailableIn } from '../../src/build/blobs.js';
import { Download } from '../../src/build/download.js';
import type { BuiltLayer } from '../../src/build/layers.js';
import type { CacheStore } from '../../src/cache/types.js';
import { digestOf } from '../../src/oci/digest.js';
import type { RegistryClient } from '../../src/registry/client.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'hoist-download-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(r: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of r) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

const tick = () => new Promise((r) => setImmediate(r));
let n = 0;

/** A download writing `chunks` one at a time (yielding between them), as BlobAccess does. */
async function simulate(chunks: Buffer[], outcome: 'ok' | 'fail', followers: (dl: Download) => Promise<unknown>[], followFirst = false): Promise<unknown[]> {
  const final = path.join(dir, `blob-${n++}`);
  const dl = new Download(`${final}.tmp`, final);
  // Followers may start before the download has created its file (BlobAccess registers it before the remote answers).
  const early = followFirst ? followers(dl) : [];
  await tick();
  const fh = await open(dl.tmp, 'w');
  const readers = followFirst ? early : followers(dl);
  for (const c of chunks) {
    await fh.write(c);
    dl.wrote(c.length);
    await tick();
  }
  await fh.close();
  if (outcome === 'ok') await rename(dl.tmp, final);
  else await rm(dl.tmp);
  dl.finish(outcome === 'ok');
  return Promise.allSettled(readers);
}

describe('Download.follow', () => {
  const chunks = Array.from({ length: 40 }, (_, i) => Buffer.alloc(100_000 + i, i));
  const whole = Buffer.concat(chunks);

  test('followers started before, during and after the writes all read every byte', async () => {
    const late: Promise<Buffer>[] = [];
    const results = await simulate(chunks, 'ok', (dl) => {
      // one more follower once some bytes are there, another after the download is done
      void dl.changed().then(() => late.push(collect(dl.follow('blob'))));
      void dl.done.then(() => late.push(collect(dl.follow('blob'))));
      return [collect(dl.follow('blob')), collect(dl.follow('blob'))];
    });
    for (const r of results) expect(r).toMatchObject({ status: 'fulfilled' });
    for (const r of results) expect((r as PromiseFulfilledResult<Buffer>).value.equals(whole)).toBe(true);
    expect(late).toHaveLength(2);
    for (const b of await Promise.all(late)) expect(b.equals(whole)).toBe(true);
  });

  test('followers that start before the file exists wait for its bytes', async () => {
    const results = await simulate(chunks, 'ok', (dl) => [collect(dl.follow('blob')), collect(dl.follow('blob'))], true);
    for (const r of results) expect((r as PromiseFulfilledResult<Buffer>).value.equals(whole)).toBe(true);
  });

  test('an empty download ends its followers without a file', async () => {
    const dl = new Download(path.join(dir, 'never-written.tmp'), path.join(dir, 'never-written'));
    const r = collect(dl.follow('blob'));
    dl.finish(true);
    expect((await r).length).toBe(0);
  });

  test('a failed download fails its followers (no short read passes as complete)', async () => {
    const results = await simulate(chunks.slice(0, 5), 'fail', (dl) => [collect(dl.follow('layer sha256:abc'))]);
    expect(results[0]).toMatchObject({ status: 'rejected' });
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/layer sha256:abc: the download this read follows failed/);
  });

  test('a follower that stops early closes its file', async () => {
    const results = await simulate(chunks, 'ok', (dl) => [
      (async () => {
        const r = dl.follow('blob');
        for await (const c of r) {
          expect((c as Buffer).length).toBeGreaterThan(0);
          break;
        }
        return r.destroyed;
      })(),
    ]);
    expect(results[0]).toEqual({ status: 'fulfilled', value: true });
  });
});

/** A cache store holding blobs in memory whose openBlob answers after `delay` ms, counting the calls. */
function slowCache(blobs: Map<string, Buffer>, delay: number): CacheStore & { opened: number } {
  const store = {
    opened: 0,
    hasBlob: (d: string) => blobs.has(d),
    async openBlob(d: string) {
      store.opened++;
      await new Promise((r) => setTimeout(r, delay));
      const b = blobs.get(d);
      if (!b) return undefined;
      const { Readable } = await import('node:stream');
      return Readable.from([b.subarray(0, b.length >> 1), b.subarray(b.length >> 1)]);
    },
  };
  return store as unknown as CacheStore & { opened: number };
}

const noRegistry = {} as RegistryClient;

function layerOf(blob: Buffer): BuiltLayer {
  const digest = digestOf(blob);
  return { diffId: digest, digest, size: blob.length, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', location: { kind: 'cache' } };
}

describe('BlobAccess: one download per blob', () => {
  test('readers that ask while the first is still waiting for the cache follow its download', async () => {
    const blob = Buffer.alloc(3_000_000, 7);
    const layer = layerOf(blob);
    const cache = slowCache(new Map([[layer.digest, blob]]), 50);
    const blobDir = path.join(dir, `blobs-${n++}`);
    const access = new BlobAccess({ registry: noRegistry, cache, blobDir, summaryDir: path.join(blobDir, 'summaries') });
    const reads = await Promise.all([access.open(layer).then(collect), access.open(layer).then(collect), access.file(layer)]);
    expect(cache.opened).toBe(1);
    expect(reads[0].equals(blob)).toBe(true);
    expect(reads[1].equals(blob)).toBe(true);
    // file() came while the download ran: the file being written, and where it ends up.
    expect(reads[2].growing).toBeDefined();
    expect(reads[2].growing?.final).toBe(access.localPath(layer.digest));
    expect(await reads[2].growing?.done).toBeUndefined();
    // Kept: a later reader opens the local file, and file() fetches nothing.
    expect((await collect(await access.open(layer))).equals(blob)).toBe(true);
    expect(await access.file(layer)).toEqual({ path: access.localPath(layer.digest) });
    expect(cache.opened).toBe(1);
  });

  test('when no source has the blob, every reader waiting on it fails with BlobUnavailableError', async () => {
    const layer = layerOf(Buffer.from('missing'));
    const cache = slowCache(new Map(), 30);
    (cache as unknown as { hasBlob: () => boolean }).hasBlob = () => true;
    const blobDir = path.join(dir, `blobs-${n++}`);
    const access = new BlobAccess({ registry: noRegistry, cache, blobDir, summaryDir: path.join(blobDir, 'summaries') });
    // A reader that follows the download gets its stream at once, and the error when it reads.
    const results = await Promise.allSettled([access.open(layer).then(collect), access.open(layer).then(collect), access.file(layer)]);
    for (const r of results) {
      expect(r.status).toBe('rejected');
      const e = blobUnavailableIn((r as PromiseRejectedResult).reason);
      expect(e).toBeInstanceOf(BlobUnavailableError);
      expect(e?.digest).toBe(layer.digest);
    }
    expect(cache.opened).toBe(1);
  });
});

describe('BlobAccess: blobs the cache keeps in files', () => {
  test('are read and handed out where the cache keeps them: no copy in the blob directory', async () => {
    const blob = Buffer.alloc(2_000_000, 3);
    const layer = layerOf(blob);
    const cacheFile = path.join(dir, `cache-file-${n++}`);
    const fh = await open(cacheFile, 'w');
    await fh.write(blob);
    await fh.close();
    let asked = 0;
    const cache = {
      hasBlob: (d: string) => d === layer.digest,
      openBlob: async () => {
        throw new Error('a cache with blob files is not opened as a stream');
      },
      blobFile: async (d: string) => (asked++, d === layer.digest ? cacheFile : undefined),
    } as unknown as CacheStore;
    const blobDir = path.join(dir, `blobs-${n++}`);
    const access = new BlobAccess({ registry: noRegistry, cache, blobDir, summaryDir: path.join(blobDir, 'summaries') });
    expect(await access.file(layer)).toEqual({ path: cacheFile });
    expect((await collect(await access.open(layer))).equals(blob)).toBe(true);
    expect(asked).toBe(2);
    await expect(stat(access.localPath(layer.digest))).rejects.toThrow(/ENOENT/);
  });

  test('a cache file that does not match the layer fails the read (verified as read)', async () => {
    const layer = layerOf(Buffer.from('the real bytes'));
    const cacheFile = path.join(dir, `cache-file-${n++}`);
    const fh = await open(cacheFile, 'w');
    await fh.write(Buffer.from('other bytes!!!'));
    await fh.close();
    const cache = { hasBlob: () => true, openBlob: async () => undefined, blobFile: async () => cacheFile } as unknown as CacheStore;
    const blobDir = path.join(dir, `blobs-${n++}`);
    const access = new BlobAccess({ registry: noRegistry, cache, blobDir, summaryDir: path.join(blobDir, 'summaries') });
    await expect(access.open(layer).then(collect)).rejects.toThrow(/digest|sha256/);
  });
});
