// The Actions cache store on the real @actions/cache against the local service, driven by a stand-in builder.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCacheStore } from '../../src/cache/index.js';
import type { CacheStore, CacheStoreOptions } from '../../src/cache/types.js';
import { runFakeBuild, type FakeRegistry, type FakeStage } from '../support/gha-build-driver.js';
import { startGhaCacheService, type GhaCacheService, type GhaEnvOptions } from '../support/gha-cache-service.js';

let svc: GhaCacheService;
let top: string;
let root: string;
let work: string;
let registry: FakeRegistry;

/** A Node-style Dockerfile: deps, manifest COPY, install, source COPY, build. */
function app(tag: string, src = 'v1', pkg = 'v1'): FakeStage[] {
  return [
    {
      name: 'app',
      base: `busybox-${tag}`,
      steps: [
        { instruction: 'RUN apk add gcc', layerBytes: 200_000 },
        { instruction: 'COPY package.json /app/', input: pkg, layerBytes: 1_000 },
        { instruction: 'RUN npm ci', layerBytes: 500_000 },
        { instruction: 'COPY src/ /app/src/', input: src, layerBytes: 20_000 },
        { instruction: 'RUN npm run build', layerBytes: 300_000 },
        { instruction: 'ENV NODE_ENV=production' },
        { instruction: 'CMD ["node", "/app"]' },
      ],
    },
  ];
}

interface Log {
  infos: string[];
  warnings: string[];
}

/** A fresh machine: local directories wiped (the service and the registry are kept). */
async function machine(ref: string, envOpts: GhaEnvOptions = {}, extra: Partial<CacheStoreOptions> = {}, envExtra: Record<string, string> = {}): Promise<{ store: CacheStore; log: Log }> {
  await rm(root, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
  const log: Log = { infos: [], warnings: [] };
  const store = createCacheStore({
    kind: 'gha',
    env: { ...svc.env(ref, envOpts), PATH: process.env.PATH, ...envExtra },
    tempDir: path.join(work, 'tmp'),
    scopeParts: { image: 'ghcr.io/acme/app', dockerfile: 'Dockerfile', platform: 'linux/amd64' },
    log: { info: (m) => log.infos.push(m), warning: (m) => log.warnings.push(m) },
    gha: { root, callTimeoutMs: 20_000, retryBudgetMs: 10_000 },
    ...extra,
  });
  return { store, log };
}

async function build(ref: string, stages: FakeStage[], envOpts: GhaEnvOptions = {}, extra: Partial<CacheStoreOptions> = {}) {
  const { store, log } = await machine(ref, envOpts, extra);
  const m = await runFakeBuild(stages, store, registry, path.join(work, 'build'));
  await store.close();
  return { m, log };
}

beforeAll(async () => {
  svc = await startGhaCacheService();
  top = await mkdtemp(path.join(tmpdir(), 'hoist-gha-store-'));
  root = path.join(top, 'root');
  work = path.join(top, 'work');
});
afterAll(async () => {
  await svc.stop();
  await rm(top, { recursive: true, force: true });
});
beforeEach(() => {
  svc.faults.clear();
  registry = { blobs: new Set(), bytesUploaded: 0 };
});

describe('Actions cache store: cold, fresh-machine rebuild, warm, no-op', () => {
  test('a cold build saves at most 3 entries; a fresh machine restores every step without downloading a layer', async () => {
    const cold = await build('refs/heads/main', app('cold', '1'));
    expect(cold.m.hits).toBe(0);
    expect(cold.m.entriesCreated).toBe(3); // stable bundle + volatile bundle + index
    expect(cold.m.save.blobsSaved).toBe(5);
    expect(cold.m.warnings).toEqual([]);
    expect(cold.log.infos.join('\n')).toMatch(/scope "ghcr.io\/acme\/app Dockerfile target=- linux\/amd64"/);

    svc.resetStats();
    const noop = await build('refs/heads/main', app('cold', '1'));
    expect(noop.m.hits).toBe(7);
    expect(noop.m.rebuilt).toBe(0);
    expect(noop.m.openedForRun).toEqual([]);
    expect(noop.m.openedForRegistry).toEqual([]); // the registry has every blob: nothing downloaded
    expect(noop.m.entriesCreated).toBe(0);
    expect(noop.m.registryBytesUploaded).toBe(0);
    expect(svc.stats().entriesCreated).toBe(0);
    expect(svc.stats().requests.GetBlob).toBe(1); // the index only
    expect(noop.m.cacheBytesDownloaded).toBe(svc.stats().bytesDownloaded);
    expect(noop.m.cacheBytesDownloaded).toBeLessThan(5_000);
  });

  test('a fresh registry makes the hits download from the cache, verified, and push', async () => {
    await build('refs/heads/main', app('reg', '1'));
    registry = { blobs: new Set(), bytesUploaded: 0 };
    const again = await build('refs/heads/main', app('reg', '1'));
    expect(again.m.rebuilt).toBe(0);
    expect(again.m.openedForRegistry).toHaveLength(5);
    expect(again.m.registryBytesUploaded).toBe(1_021_000);
    expect(again.m.warnings).toEqual([]);
  });

  test('warm: one source file changed downloads only the layers the RUN after it needs, and uploads only new layers', async () => {
    const cold = await build('refs/heads/main', app('warm', '1'));
    svc.resetStats();
    const warm = await build('refs/heads/main', app('warm', '2'));
    expect(warm.m.hits).toBe(3);
    expect(warm.m.openedForRun).toHaveLength(3);
    expect(warm.m.neededBytes).toBe(701_000);
    const indexBytes = svc.entries().filter((e) => e.key.startsWith('hoist-index-v1-')).pop()!.size;
    // bytes fetched = the stable bundle (exactly the 3 needed layers, plus tar framing) + the index
    expect(warm.m.cacheBytesDownloaded).toBeLessThanOrEqual(701_000 + 8 * 1024 + indexBytes * 2);
    expect(svc.stats().requests.GetBlob).toBe(2);
    expect(warm.m.save.blobsSaved).toBe(2);
    expect(warm.m.save.blobsAlreadyCached).toBe(0);
    expect(warm.m.entriesCreated).toBe(2); // one bundle + the index
    expect(warm.m.cacheBytesUploaded).toBeLessThan(cold.m.cacheBytesUploaded);
    expect(svc.stats().bytesUploaded).toBeLessThan(330_000);
    expect(warm.m.warnings).toEqual([]);
    // the next build after the warm one is a no-op again, fed by both generations of entries
    const noop = await build('refs/heads/main', app('warm', '2'));
    expect(noop.m.hits).toBe(7);
    expect(noop.m.entriesCreated).toBe(0);
  });

  test('no re-upload of a layer that is already cached (a reproducible rebuild)', async () => {
    await build('refs/heads/main', app('repro', '1'));
    // an ENV-only change rebuilds no layer step; a changed CMD adds a record without a blob
    const stages = app('repro', '1');
    stages[0].steps[6] = { instruction: 'CMD ["node", "/app", "--port=8080"]' };
    const again = await build('refs/heads/main', stages);
    expect(again.m.save.blobsSaved).toBe(0);
    expect(again.m.entriesCreated).toBe(1); // the index only
  });
});

describe('Actions cache store: multi-stage, mode max', () => {
  const stages = (src: string): FakeStage[] => [
    {
      name: 'build',
      base: 'golang-ms',
      steps: [
        { instruction: 'RUN apt-get install -y make', layerBytes: 150_000 },
        { instruction: 'COPY go.mod go.sum /src/', input: 'mod-1', layerBytes: 2_000 },
        { instruction: 'RUN go mod download', layerBytes: 250_000 },
        { instruction: 'COPY . /src', input: src, layerBytes: 30_000 },
        { instruction: 'RUN go build -o /out/app', layerBytes: 90_000 },
      ],
    },
    {
      name: 'final',
      base: 'busybox-ms',
      steps: [
        { instruction: 'RUN adduser -D app', layerBytes: 4_000 },
        { instruction: 'COPY --from=build /out/app /usr/bin/app', layerBytes: 90_000 },
        { instruction: 'USER app' },
      ],
    },
  ];

  test('8 steps in 2 stages: 3 entries; a source edit downloads only what go build needs', async () => {
    const cold = await build('refs/heads/main', stages('1'), {}, { mode: 'max' });
    expect(cold.m.save.blobsSaved).toBe(7);
    expect(cold.m.entriesCreated).toBe(3);
    svc.resetStats();
    const warm = await build('refs/heads/main', stages('2'), {}, { mode: 'max' });
    expect(warm.m.hits).toBe(4); // apt-get, go.mod, go mod download, adduser
    expect(warm.m.openedForRun).toHaveLength(3);
    expect(warm.m.neededBytes).toBe(402_000);
    // the stable bundle held exactly those three (adduser's layer, which no RUN builds on, went with the rest)
    const indexBytes = svc.entries().filter((e) => e.key.startsWith('hoist-index-v1-')).pop()!.size;
    expect(warm.m.cacheBytesDownloaded).toBeLessThanOrEqual(402_000 + 8 * 1024 + indexBytes);
    expect(warm.m.entriesCreated).toBe(2);
  });
});

describe('Actions cache store: policy', () => {
  test('a size budget keeps the records and leaves the blobs it cannot fit; mode min skips builder stages', async () => {
    const cold = await build('refs/heads/main', app('budget', '1'), {}, { budgetBytes: 300_000 });
    expect(cold.m.save.records).toBe(7);
    expect(cold.m.save.blobBytesSaved).toBeLessThanOrEqual(300_000);
    expect(cold.m.save.blobsOverBudget).toBe(2); // npm ci (500 kB) and the build output (300 kB)
    registry = { blobs: new Set(), bytesUploaded: 0 };
    const again = await build('refs/heads/main', app('budget', '1'), {}, { budgetBytes: 300_000 });
    expect(again.m.hits).toBe(7);
    expect(again.m.unavailable).toHaveLength(2); // rebuilt for the push, as the builder would
    const stages: FakeStage[] = [
      { name: 'tools', base: 'alpine-min', steps: [{ instruction: 'RUN apk add go', layerBytes: 50_000 }] },
      { name: 'final', base: 'busybox-min', steps: [{ instruction: 'COPY --from=tools /usr/bin/go /go', layerBytes: 20_000 }] },
    ];
    const min = await build('refs/heads/main', stages);
    expect(min.m.save.records).toBe(1);
    expect(min.m.save.blobsSaved).toBe(1);
  });
});

describe('Actions cache store: scopes', () => {
  test('a pull request and a tag build warm from the default branch; the default branch never sees the pull request', async () => {
    await build('refs/heads/main', app('scope', '1'));
    const pr = await build('refs/pull/12/merge', app('scope', '2'));
    expect(pr.m.hits).toBe(3);
    expect(pr.m.entriesCreated).toBe(2);
    const tag = await build('refs/tags/v1.0.0', app('scope', '1'));
    expect(tag.m.hits).toBe(7);
    const main = await build('refs/heads/main', app('scope', '2'));
    expect(main.m.hits).toBe(3); // the PR's layers are not visible from main
    const pr2 = await build('refs/pull/12/merge', app('scope', '2'));
    expect(pr2.m.hits).toBe(7); // the PR's own index plus main's
  });

  test('a pull request from a fork reads but does not write; matrix legs do not share an index', async () => {
    await build('refs/heads/main', app('fork', '1'));
    const { store } = await machine('refs/pull/13/merge', {}, {}, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: await forkEvent() });
    const fork = await runFakeBuild(app('fork', '2'), store, registry, path.join(work, 'build'));
    expect(fork.hits).toBe(3);
    expect(fork.save.skipped).toMatch(/fork/);
    expect(fork.entriesCreated).toBe(0);
    const arm = await build('refs/heads/main', app('fork', '1'), {}, { scopeParts: { image: 'ghcr.io/acme/app', platform: 'linux/arm64' } });
    expect(arm.m.hits).toBe(0);
  });
});

async function forkEvent(): Promise<string> {
  const { writeFile } = await import('node:fs/promises');
  const file = path.join(top, 'event.json');
  await writeFile(
    file,
    JSON.stringify({ repository: { full_name: 'acme/app', default_branch: 'main' }, pull_request: { head: { repo: { full_name: 'someone/app', fork: true } } } }),
  );
  return file;
}
