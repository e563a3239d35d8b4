import { mkdtempSync, rmSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, describe, expect, test } from '@jest/globals';
import { Download } from '../../src/build/download.js';

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
async function simulate(chunks: Buffer[], outcome: 'ok' | 'fail', followers: (dl: Download) => Promise<unknown>[]): Promise<unknown[]> {
  const final = path.join(dir, `blob-${n++}`);
  const dl = new Download(`${final}.tmp`, final);
  const fh = await open(dl.tmp, 'w');
  const readers = followers(dl);
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
