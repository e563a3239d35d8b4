// The local directory store and the off store, driven by the stand-in builder.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCacheStore } from '../../src/cache/index.js';
import type { CacheStore, CacheStoreOptions } from '../../src/cache/types.js';
import { runFakeBuild, type FakeRegistry, type FakeStage } from '../support/gha-build-driver.js';

let top: string;
const warnings: string[] = [];

function store(dir: string, extra: Partial<CacheStoreOptions> = {}): CacheStore {
  return createCacheStore({
    kind: 'dir',
    dir,
    env: {},
    tempDir: path.join(top, 'tmp'),
    log: { info: () => undefined, warning: (m) => warnings.push(m) },
    ...extra,
  });
}

const newRegistry = (): FakeRegistry => ({ blobs: new Set(), bytesUploaded: 0 });

function multiStage(src: string): FakeStage[] {
  return [
    {
      name: 'build',
      base: 'golang',
      steps: [
        { instruction: 'RUN apt-get install -y make', layerBytes: 40_000 },
        { instruction: 'COPY . /src', input: src, layerBytes: 5_000 },
        { instruction: 'RUN make', layerBytes: 20_000 },
      ],
    },
    {
      name: 'final',
      base: 'busybox',
      steps: [
        { instruction: 'RUN adduser -D app', layerBytes: 3_000 },
        { instruction: 'COPY --from=build /src/app /usr/bin/app', layerBytes: 8_000 },
        { instruction: 'USER app' },
      ],
    },
  ];
}

beforeAll(async () => {
  top = await mkdtemp(path.join(tmpdir(), 'hoist-dir-store-'));
});
afterAll(async () => {
  await rm(top, { recursive: true, force: true });
});

describe('directory store', () => {
  test('cold, no-op and warm builds; mode max keeps the builder stage', async () => {
    const dir = path.join(top, 'max');
    const cold = await runFakeBuild(multiStage('1'), store(dir, { mode: 'max' }), newRegistry(), path.join(top, 'w1'));
    expect(cold.save.blobsSaved).toBe(5);
    const registry = newRegistry();
    const noop = await runFakeBuild(multiStage('1'), store(dir, { mode: 'max' }), registry, path.join(top, 'w2'));
    expect(noop.hits).toBe(6);
    expect(noop.openedForRegistry).toHaveLength(2); // a fresh registry: the final image's two layers come from the cache
    const warm = await runFakeBuild(multiStage('2'), store(dir, { mode: 'max' }), registry, path.join(top, 'w3'));
    expect(warm.hits).toBe(2); // apt-get, adduser; COPY . / make / COPY --from / USER rebuilt
    expect(warm.openedForRun.length).toBe(1); // RUN make needs the apt-get layer
    expect(warm.save.blobsSaved).toBe(3);
  });

  test('mode min saves only the final stage; the builder stage is rebuilt next time', async () => {
    const dir = path.join(top, 'min');
    const cold = await runFakeBuild(multiStage('1'), store(dir), newRegistry(), path.join(top, 'w4'));
    expect(cold.save.records).toBe(3);
    expect(cold.save.blobsSaved).toBe(2);
    const again = await runFakeBuild(multiStage('1'), store(dir), newRegistry(), path.join(top, 'w5'));
    expect(again.hits).toBe(3);
    expect(again.rebuilt).toBe(3);
  });

  test('budget, write off, and a layer left out by the budget is saved once it is rebuilt', async () => {
    const dir = path.join(top, 'budget');
    const small = await runFakeBuild(multiStage('1'), store(dir, { mode: 'max', budgetBytes: 50_000 }), newRegistry(), path.join(top, 'w6'));
    expect(small.save.blobsOverBudget).toBeGreaterThan(0);
    expect(small.save.blobBytesSaved).toBeLessThanOrEqual(50_000);
    const off = await runFakeBuild(multiStage('2'), store(dir, { write: false }), newRegistry(), path.join(top, 'w7'));
    expect(off.save.skipped).toMatch(/switched off/);
    const full = await runFakeBuild(multiStage('1'), store(dir, { mode: 'max' }), newRegistry(), path.join(top, 'w8'));
    // every step hits; the COPY --from layer left out by the budget is rebuilt for the push and saved now
    expect(full.hits).toBe(6);
    expect(full.unavailable).toHaveLength(1);
    expect(full.save.blobsSaved).toBe(1);
    const whole = await runFakeBuild(multiStage('1'), store(dir, { mode: 'max' }), newRegistry(), path.join(top, 'w8b'));
    expect(whole.unavailable).toEqual([]);
    expect(whole.save.blobsSaved).toBe(0);
  });

  test('a corrupt blob is detected, removed and its step rebuilt', async () => {
    const dir = path.join(top, 'corrupt');
    await runFakeBuild(multiStage('1'), store(dir, { mode: 'max' }), newRegistry(), path.join(top, 'w9'));
    const blobs = path.join(dir, 'blobs', 'sha256');
    const names = await readdir(blobs);
    for (const n of names) await writeFile(path.join(blobs, n), 'garbage');
    warnings.length = 0;
    const r = await runFakeBuild(multiStage('1'), store(dir, { mode: 'max' }), newRegistry(), path.join(top, 'w10'));
    expect(r.unavailable.length).toBe(2);
    expect(warnings.join('\n')).toMatch(/is corrupt \(content digest is sha256:/);
  });

  test('two builds saving into one directory at once', async () => {
    const dir = path.join(top, 'shared');
    const [a, b] = await Promise.all([
      runFakeBuild(multiStage('a'), store(dir, { mode: 'max' }), newRegistry(), path.join(top, 'w11')),
      runFakeBuild(multiStage('b'), store(dir, { mode: 'max' }), newRegistry(), path.join(top, 'w12')),
    ]);
    expect(a.warnings).toEqual([]);
    expect(b.warnings).toEqual([]);
    const c = await runFakeBuild(multiStage('a'), store(dir, { mode: 'max' }), newRegistry(), path.join(top, 'w13'));
    expect(c.rebuilt).toBe(0);
  });

  test('a dir store needs a directory; an unusable one warns', async () => {
    expect(() => store('')).toThrow(/needs a directory/);
    const blocker = path.join(top, 'file');
    await writeFile(blocker, 'x');
    warnings.length = 0;
    const r = await runFakeBuild(multiStage('1'), store(path.join(blocker, 'sub')), newRegistry(), path.join(top, 'w14'));
    expect(r.rebuilt).toBe(6);
    expect(warnings.join('\n')).toMatch(/cannot be used/);
  });
});

test('the off store caches nothing', async () => {
  const off = createCacheStore({ kind: 'off', env: {}, tempDir: top, log: { info: () => undefined, warning: () => undefined } });
  const r = await runFakeBuild(multiStage('1'), off, newRegistry(), path.join(top, 'w15'));
  expect(r.hits).toBe(0);
  expect(r.save.skipped).toMatch(/off/);
  expect(off.stats().kind).toBe('off');
});
