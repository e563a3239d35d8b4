// Every cache fault ends in a successful build and a warning: read-only tokens, 429 storms, 5xx, slow or
// hung service, evicted and corrupt entries, missing zstd.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createCacheStore } from '../../src/cache/index.js';
import type { CacheStore, CacheStoreOptions } from '../../src/cache/types.js';
import { digestOf } from '../../src/oci/digest.js';
import { runFakeBuild, type FakeRegistry, type FakeStage } from '../support/gha-build-driver.js';
import { startGhaCacheService, type GhaCacheService, type GhaEnvOptions } from '../support/gha-cache-service.js';

let svc: GhaCacheService;
let top: string;
let root: string;
let work: string;
let registry: FakeRegistry;
let seq = 0;

function app(tag: string, src = '1'): FakeStage[] {
  return [
    {
      name: 'app',
      base: `busybox-${tag}`,
      steps: [
        { instruction: 'RUN apk add gcc', layerBytes: 100_000 },
        { instruction: 'COPY package.json /app/', layerBytes: 500 },
        { instruction: 'RUN npm ci', layerBytes: 150_000 },
        { instruction: 'COPY src/ /app/src/', input: src, layerBytes: 10_000 },
        { instruction: 'RUN npm run build', layerBytes: 50_000 },
      ],
    },
  ];
}

interface Log {
  infos: string[];
  warnings: string[];
}

async function machine(
  ref: string,
  o: { envOpts?: GhaEnvOptions; extra?: Partial<CacheStoreOptions>; env?: Record<string, string | undefined> } = {},
): Promise<{ store: CacheStore; log: Log }> {
  await rm(root, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
  const log: Log = { infos: [], warnings: [] };
  const store = createCacheStore({
    kind: 'gha',
    env: { ...svc.env(ref, o.envOpts), PATH: process.env.PATH, ...o.env },
    tempDir: path.join(work, 'tmp'),
    scope: 'faults',
    log: { info: (m) => log.infos.push(m), warning: (m) => log.warnings.push(m) },
    ...o.extra,
    gha: { root, callTimeoutMs: 20_000, retryBudgetMs: 10_000, ...o.extra?.gha },
  });
  return { store, log };
}

async function build(stages: FakeStage[], o: Parameters<typeof machine>[1] = {}, ref = 'refs/heads/main') {
  const { store, log } = await machine(ref, o);
  const m = await runFakeBuild(stages, store, registry, path.join(work, 'build'));
  await store.close();
  return { m, log };
}

beforeAll(async () => {
  svc = await startGhaCacheService();
  top = await mkdtemp(path.join(tmpdir(), 'hoist-gha-faults-'));
  root = path.join(top, 'root');
  work = path.join(top, 'work');
});
afterAll(async () => {
  await svc.stop();
  await rm(top, { recursive: true, force: true });
});
beforeEach(() => {
  svc.faults.clear();
  svc.resetStats();
  registry = { blobs: new Set(), bytesUploaded: 0 };
  seq++;
});

describe('write permission', () => {
  test('a read-only token restores, writes nothing and warns', async () => {
    await build(app(`ro${seq}`));
    const ro = await build(app(`ro${seq}`, '2'), { envOpts: { permission: 'read' } });
    expect(ro.m.hits).toBe(3);
    expect(ro.m.entriesCreated).toBe(0);
    expect(ro.m.save.skipped).toMatch(/read-only/);
    expect(ro.m.warnings.join('\n')).toMatch(/not saving 2 new step\(s\): the runtime token is read-only/);
  });

  test('write forced on with a read-only token: the service denies, a warning, the build goes on', async () => {
    const ro = await build(app(`rof${seq}`), { envOpts: { permission: 'read' }, extra: { write: true } });
    expect(ro.m.rebuilt).toBe(5);
    expect(ro.m.entriesCreated).toBe(0);
    expect(ro.m.warnings.join('\n')).toMatch(/cache write denied/);
    expect(svc.stats().writeDenied).toBeGreaterThanOrEqual(1);
  });

  test('ACTIONS_CACHE_MODE=read reads but does not write', async () => {
    await build(app(`mode${seq}`));
    const r = await build(app(`mode${seq}`), { env: { ACTIONS_CACHE_MODE: 'read' } });
    expect(r.m.hits).toBe(5);
    const w = await build(app(`mode${seq}`, '2'), { env: { ACTIONS_CACHE_MODE: 'read' } });
    expect(w.m.save.skipped).toMatch(/ACTIONS_CACHE_MODE=read/);
  });
});

describe('rate limits', () => {
  test('429s within the retry budget are waited out (Retry-After) and the entries are saved', async () => {
    const rule = svc.faults.rateLimit(2, 1);
    const r = await build(app(`rl${seq}`));
    expect(rule.hits).toBe(2);
    expect(r.m.entriesCreated).toBe(3);
    expect(r.log.infos.join('\n')).toMatch(/rate-limited saving .*retrying in 1 s \(Retry-After\)/);
    expect(r.m.warnings).toEqual([]);
  });

  test('a 429 storm beyond the budget: a warning, the build goes on, later builds rebuild', async () => {
    svc.faults.rateLimit(Infinity, 2);
    const r = await build(app(`storm${seq}`), { extra: { gha: { retryBudgetMs: 3_000 } } });
    expect(r.m.rebuilt).toBe(5);
    expect(r.m.entriesCreated).toBe(0);
    expect(r.m.warnings.join('\n')).toMatch(/still rate-limited/);
  });
});

describe('service failures', () => {
  test('no cache service variables: a warning naming what is missing (v2, as today\'s runners give), a cold build', async () => {
    const none = { ACTIONS_RESULTS_URL: undefined, ACTIONS_CACHE_URL: undefined, ACTIONS_CACHE_SERVICE_V2: undefined };
    const r = await build(app(`novars${seq}`), { env: none });
    expect(r.m.rebuilt).toBe(5);
    expect(r.m.warnings.join('\n')).toContain('ACTIONS_RESULTS_URL with ACTIONS_CACHE_SERVICE_V2 (cache service v2) or ACTIONS_CACHE_URL not set');
    const noToken = await build(app(`notoken${seq}`), { env: { ACTIONS_RUNTIME_TOKEN: undefined } });
    expect(noToken.m.warnings.join('\n')).toMatch(/: ACTIONS_RUNTIME_TOKEN not set|^ACTIONS_RUNTIME_TOKEN not set/m);
  }, 90_000);

  test('a 5xx storm on lookups: the client retries, then a warning and a cold build without cache calls', async () => {
    svc.faults.serverError(Infinity, 500, ['GetCacheEntryDownloadURL']);
    const r = await build(app(`5xx${seq}`), { extra: { gha: { callTimeoutMs: 50_000 } } });
    expect(r.m.rebuilt).toBe(5);
    expect(r.m.warnings.join('\n')).toMatch(/reading the cache index of refs\/heads\/main failed \(server\)/);
    expect(r.m.save.skipped).toMatch(/service failed/);
    expect(svc.stats().requests.CreateCacheEntry).toBe(0);
  }, 90_000);

  test('a 5xx on a layer download: a warning and those steps are rebuilt, then saved again', async () => {
    await build(app(`get5${seq}`));
    svc.faults.add({ routes: ['GetBlob'], keyPrefix: 'hoist-layers-v1-', status: 500 });
    const r = await build(app(`get5${seq}`, '2'));
    expect(r.m.unavailable).toHaveLength(3);
    expect(r.m.warnings.join('\n')).toMatch(/downloading entry hoist-layers-v1-\w+ failed/);
    expect(r.m.imageLayers).toHaveLength(5);
  });

  test('a 5xx on the upload: a warning, the build goes on', async () => {
    svc.faults.add({ routes: ['PutBlob'], status: 502 });
    const r = await build(app(`put5${seq}`));
    expect(r.m.entriesCreated).toBe(0);
    expect(r.m.warnings.join('\n')).toMatch(/saving hoist-layers-v1-\w+ failed/);
  });

  test('a slow service beyond the call timeout: a warning and a cold build', async () => {
    svc.faults.slow(3_000, ['GetCacheEntryDownloadURL']);
    const r = await build(app(`slow${seq}`), { extra: { gha: { callTimeoutMs: 1_000 } } });
    expect(r.m.rebuilt).toBe(5);
    expect(r.m.warnings.join('\n')).toMatch(/failed \(timeout\): no answer within 1 s/);
    svc.faults.clear();
    await new Promise((res) => setTimeout(res, 2_500)); // let the late answer land before the next test
  });
});

describe('evicted and corrupt entries', () => {
  test('an evicted layer entry: a warning, the steps are rebuilt and saved again, the next build is whole', async () => {
    await build(app(`ev${seq}`));
    const bundles = svc.entries().filter((e) => e.key.startsWith('hoist-layers-v1-'));
    const stable = bundles.slice(-2).sort((a, b) => b.size - a.size)[0]; // the 250 kB stable bundle
    expect(svc.evict(stable.key)).toBe(1);
    const r = await build(app(`ev${seq}`, '2'));
    expect(r.m.unavailable).toHaveLength(3);
    expect(r.m.warnings.join('\n')).toMatch(/is gone \(evicted\)/);
    expect(r.m.save.blobsSaved).toBe(5); // the 3 rebuilt layers and the 2 new ones
    expect(r.m.entriesCreated).toBeLessThanOrEqual(3);
    const next = await build(app(`ev${seq}`, '3'));
    expect(next.m.unavailable).toEqual([]);
    expect(next.m.openedForRun).toHaveLength(3);
    expect(next.m.warnings).toEqual([]);
  });

  test('a corrupt download: a warning and a rebuild', async () => {
    await build(app(`cor${seq}`));
    svc.faults.add({ routes: ['GetBlob'], keyPrefix: 'hoist-layers-v1-', corrupt: true, times: 1 });
    const r = await build(app(`cor${seq}`, '2'));
    expect(r.m.unavailable).toHaveLength(3);
    expect(r.m.warnings.join('\n')).toMatch(/downloading entry .* failed/);
  });

  test('a blob whose bytes do not match its digest is never handed out', async () => {
    const { store } = await machine('refs/heads/main');
    await store.load();
    const good = Buffer.from(`good ${seq}`);
    const digest = digestOf(good);
    const file = path.join(work, 'bad.blob');
    await mkdir(work, { recursive: true });
    await writeFile(file, Buffer.from(`evil ${seq}`));
    const key = digestOf(`key ${seq}`).slice(7);
    const rep = await store.save(
      [{ key, layer: { digest, diffId: digest, size: good.length, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' } }],
      [{ digest, size: good.length, path: file }],
    );
    expect(rep.entriesCreated).toBe(2);
    const fresh = await machine('refs/heads/main');
    await fresh.store.load();
    expect(fresh.store.lookup(key)?.layer?.digest).toBe(digest);
    expect(await fresh.store.openBlob(digest)).toBeUndefined();
    expect(fresh.log.warnings.join('\n')).toMatch(/unusable \(content digest is sha256:/);
  });
});

describe('compressors', () => {
  async function binDir(names: string[]): Promise<string> {
    const dir = path.join(top, `bin-${names.join('-')}`);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    for (const n of names) await symlink(`/usr/bin/${n}`, path.join(dir, n));
    return dir;
  }

  test('zstd without zstdmt/unzstd: shims make it work, no warning', async () => {
    const PATH = await binDir(['tar', 'zstd', 'gzip']);
    const cold = await build(app(`shim${seq}`), { env: { PATH } });
    expect(cold.m.entriesCreated).toBe(3);
    const again = await build(app(`shim${seq}`, '2'), { env: { PATH } });
    expect(again.m.openedForRun).toHaveLength(3);
    expect(again.m.warnings).toEqual([]);
  });

  test('no zstd at all: a warning, and the cache still works with gzip', async () => {
    const PATH = await binDir(['tar', 'gzip']);
    const cold = await build(app(`gz${seq}`), { env: { PATH } });
    expect(cold.m.warnings.join('\n')).toMatch(/zstd is not on PATH/);
    expect(cold.m.entriesCreated).toBe(3);
    const again = await build(app(`gz${seq}`, '2'), { env: { PATH } });
    expect(again.m.openedForRun).toHaveLength(3);
    // a runner with zstd does not see the gzip entries (another version): a cold build, not an error
    const other = await build(app(`gz${seq}`, '2'));
    expect(other.m.hits).toBe(0);
    expect(other.m.warnings).toEqual([]);
  });
});

test('openBlob streams verify while read', async () => {
  const { store } = await machine('refs/heads/main');
  await store.load();
  const bytes = Buffer.from(`payload ${seq}`);
  const digest = digestOf(bytes);
  const file = path.join(work, 'ok.blob');
  await mkdir(work, { recursive: true });
  await writeFile(file, bytes);
  const key = digestOf(`okkey ${seq}`).slice(7);
  await store.save([{ key, layer: { digest, diffId: digest, size: bytes.length, mediaType: 'x' } }], [{ digest, size: bytes.length, path: file }]);
  const fresh = await machine('refs/heads/main');
  await fresh.store.load();
  const stream = await fresh.store.openBlob(digest);
  const chunks: Buffer[] = [];
  await pipeline(stream!, new Writable({ write: (c: Buffer, _e, cb) => (chunks.push(c), cb()) }));
  expect(Buffer.concat(chunks)).toEqual(bytes);
  expect(fresh.store.stats().blobsOpened).toBe(1);
});
