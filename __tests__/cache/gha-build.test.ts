// Real builds (the builder, the RUN sandbox, the registry) with the Actions cache store on the real
// @actions/cache against the local service: issue 7's build-level acceptance.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBuild, type BuildOutcome } from '../../src/build/run-build.js';
import { runCli } from '../../src/cli/main.js';
import { createCacheStore } from '../../src/cache/index.js';
import type { CacheStoreOptions } from '../../src/cache/types.js';
import { hostPlatform } from '../../src/oci/platform.js';
import { parseReference } from '../../src/registry/reference.js';
import { createExecutor, mountRootfs } from '../../src/sandbox/index.js';
import { materializeContext, startConformanceEnv, type ConformanceEnv } from '../support/conformance.js';
import { startGhaCacheService, type GhaCacheService, type GhaEnvOptions } from '../support/gha-cache-service.js';

let svc: GhaCacheService;
let env: ConformanceEnv;
let top: string;
let ctx: string;

// The last RUN's output depends on the sources' contents, not only their names: a RUN that writes the same bytes
// within the same second as before makes the same layer (whole-second mtimes), which the registry already has.
const DOCKERFILE = (base: string) => `FROM ${base}
RUN head -c 300000 /dev/urandom > /deps.bin
COPY package.json /app/
RUN cp /app/package.json /app/installed.json
COPY src /app/src
RUN cat /app/src/* > /app/built.txt
CMD ["cat", "/app/built.txt"]
`;

interface Run {
  outcome: BuildOutcome;
  steps: string[];
  warnings: string[];
  cacheDown: number;
  cacheUp: number;
  entries: number;
}

/** One build on a fresh machine (state and cache directories wiped; the service and the registry are kept). */
async function build(ref: string, tag: string, envOpts: GhaEnvOptions = {}, extra: Partial<CacheStoreOptions> = {}): Promise<Run> {
  const machine = path.join(top, 'machine');
  await rm(machine, { recursive: true, force: true });
  const warnings: string[] = [];
  const before = svc.stats();
  const cache = createCacheStore({
    kind: 'gha',
    env: { ...svc.env(ref, envOpts), PATH: process.env.PATH },
    tempDir: path.join(machine, 'tmp'),
    scopeParts: { image: `${env.registry.host}/gha/app`, dockerfile: 'Dockerfile', platform: 'linux/amd64' },
    mode: 'max',
    log: { info: () => undefined, warning: (m) => warnings.push(m) },
    gha: { root: path.join(machine, 'gha'), callTimeoutMs: 20_000, retryBudgetMs: 5_000 },
    ...extra,
  });
  const state = path.join(machine, 'state');
  const outcome = await runBuild(
    { contextDir: ctx, buildArgs: {}, platforms: [hostPlatform()], push: [parseReference(`${env.registry.host}/gha/app:${tag}`)], outputs: [], format: { family: 'oci', compression: 'gzip' }, stateDir: state, tempDir: machine },
    {
      registry: env.client,
      cache,
      buildPlatform: hostPlatform(),
      now: Date.now,
      executor: () => createExecutor({ cacheDir: state, tempDir: path.join(top, 'run'), log: () => undefined }),
      mountRootfs: (l) => mountRootfs(l, { cacheDir: state, tempDir: path.join(top, 'run') }),
      events: { warning: (m) => warnings.push(m) },
    },
  );
  await cache.close();
  const after = svc.stats();
  warnings.push(...(outcome.cache?.warnings ?? []));
  return {
    outcome,
    steps: outcome.reports.filter((r) => r.status !== 'config').map((r) => r.status),
    warnings,
    cacheDown: after.bytesDownloaded - before.bytesDownloaded,
    cacheUp: after.bytesUploaded - before.bytesUploaded,
    entries: after.entriesCreated - before.entriesCreated,
  };
}

beforeAll(async () => {
  svc = await startGhaCacheService();
  env = await startConformanceEnv();
  top = await mkdtemp(path.join(tmpdir(), 'hoist-gha-build-'));
  ctx = path.join(top, 'ctx');
  await materializeContext(ctx, [
    { path: 'Dockerfile', content: DOCKERFILE(env.base) },
    { path: 'package.json', content: '{"name":"app"}\n' },
    { path: 'src/a.js', content: 'a\n' },
    { path: 'src/b.js', content: 'b\n' },
  ]);
});
afterAll(async () => {
  await svc?.stop();
  await env?.stop();
  await rm(top, { recursive: true, force: true });
});

describe('Actions cache with real builds', () => {
  test('cold build saves in at most 3 entries; a fresh machine restores everything and downloads only the index', async () => {
    const cold = await build('refs/heads/main', 'cold');
    expect(cold.steps).toEqual(['built', 'built', 'built', 'built', 'built']);
    expect(cold.entries).toBeGreaterThan(0);
    expect(cold.entries).toBeLessThanOrEqual(3);
    expect(cold.warnings).toEqual([]);

    const noop = await build('refs/heads/main', 'noop');
    expect(noop.steps).toEqual(['cached', 'cached', 'cached', 'cached', 'cached']);
    expect(noop.outcome.digest).toBe(cold.outcome.digest);
    expect(noop.entries).toBe(0);
    expect(noop.cacheUp).toBe(0);
    // The registry has every layer: nothing but the index comes from the cache, nothing is uploaded there.
    expect(noop.outcome.push?.blobsUploaded).toBe(0);
    expect(noop.cacheDown).toBeLessThan(20_000);
  });

  test('warm: one source file changed rebuilds only the last COPY and what follows, downloading what the RUN needs', async () => {
    await writeFile(path.join(ctx, 'src/b.js'), 'b changed\n');
    const warm = await build('refs/heads/main', 'warm');
    expect(warm.steps).toEqual(['cached', 'cached', 'cached', 'built', 'built']);
    expect(warm.entries).toBeLessThanOrEqual(3);
    // The rebuilt RUN needs the filesystem below it: the earlier layers come from the cache (300 kB of random bytes).
    expect(warm.cacheDown).toBeGreaterThan(300_000);
    expect(warm.cacheDown).toBeLessThan(1_000_000);
    expect(warm.outcome.push?.blobsUploaded).toBe(2);
  });

  test('a pull request and a tag build warm from the default branch', async () => {
    const pr = await build('refs/pull/7/merge', 'pr', { readRefs: ['refs/heads/main'] });
    expect(pr.steps).toEqual(['cached', 'cached', 'cached', 'cached', 'cached']);
    const tag = await build('refs/tags/v1.0.0', 'v1');
    expect(tag.steps).toEqual(['cached', 'cached', 'cached', 'cached', 'cached']);
  });

  test('read-only token, 429 storm and 5xx end in a successful build and a warning', async () => {
    await writeFile(path.join(ctx, 'src/c.js'), 'c\n');
    const ro = await build('refs/heads/main', 'ro', { permission: 'read' });
    expect(ro.steps.slice(3)).toEqual(['built', 'built']);
    expect(ro.entries).toBe(0);
    expect(ro.warnings.join('\n')).toMatch(/read-only|write denied|not saved|skip/i);

    svc.faults.rateLimit(50, 1, ['CreateCacheEntry']);
    const limited = await build('refs/heads/main', 'limited');
    svc.faults.clear();
    expect(limited.steps.slice(3)).toEqual(['built', 'built']);
    expect(limited.warnings.length).toBeGreaterThan(0);

    svc.faults.serverError(1000, 500, ['GetBlob']);
    await writeFile(path.join(ctx, 'src/d.js'), 'd\n');
    const broken = await build('refs/heads/main', 'broken');
    svc.faults.clear();
    expect(broken.outcome.digest).toMatch(/^sha256:/);
    expect(broken.warnings.length).toBeGreaterThan(0);
  });

  test('evicted entries mean the steps are rebuilt, never a wrong image', async () => {
    await writeFile(path.join(ctx, 'src/e.js'), 'e\n');
    const seeded = await build('refs/heads/main', 'seed');
    expect(seeded.entries).toBeGreaterThan(0);
    svc.evict((e) => !e.key.includes('index'));
    await writeFile(path.join(ctx, 'src/f.js'), 'f\n');
    const after = await build('refs/heads/main', 'evicted');
    expect(after.outcome.digest).toMatch(/^sha256:/);
    expect(after.steps.at(-1)).toBe('built');
  });

  test('hoist build -q --cache gha prints the image ID alone on stdout: the library\'s ::add-mask:: lines go to stderr', async () => {
    const machine = path.join(top, 'cli-machine');
    let out = '';
    let err = '';
    const code = await runCli(['build', ctx, '-q', '--cache', 'gha', '--cache-dir', path.join(machine, 'state'), '--push', '-t', `${env.registry.host}/gha/app:cli`], {
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
      env: { ...svc.env('refs/heads/main'), PATH: process.env.PATH, RUNNER_TEMP: machine },
      cwd: top,
      signal: new AbortController().signal,
    });
    expect([code, err.split('\n').filter((l) => l && !l.startsWith('::add-mask::'))]).toEqual([0, []]);
    expect(out).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(err).toContain('::add-mask::');
  });
});
