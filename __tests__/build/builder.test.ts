import { execFile } from 'node:child_process';
import { link, mkdtemp, readdir, readFile, rename, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { summaryRecordKey } from '../../src/build/blobs.js';
import { runBuild, type BuildRequest } from '../../src/build/run-build.js';
import { createCacheStore } from '../../src/cache/index.js';
import { hostPlatform, parsePlatform } from '../../src/oci/platform.js';
import { parseReference } from '../../src/registry/reference.js';
import { createExecutor, mountRootfs, prefetchLayerBlobs } from '../../src/sandbox/index.js';
import { materializeContext, startConformanceEnv, type ConformanceEnv } from '../support/conformance.js';
import { docker } from '../support/docker.js';
import { validateLayout } from '../support/validate.js';
import { flattenLayout, readLayoutImage } from '../support/image-fs.js';
import { busyboxEntries, pushSpecImage, TEST_PASSWD } from '../support/base-images.js';

const exec = promisify(execFile);

describe('builder', () => {
  let env: ConformanceEnv;
  let root: string;
  beforeAll(async () => {
    env = await startConformanceEnv();
    root = await mkdtemp(path.join(tmpdir(), 'hoist-builder-'));
  });
  afterAll(async () => {
    await env?.stop();
    await rm(root, { recursive: true, force: true });
  });

  /** Builds `ctx` with a directory cache in `state`; returns the step statuses in order (config steps left out). */
  async function build(ctx: string, state: string, { cacheDir, warnings, ...extra }: Partial<BuildRequest> & { cacheDir?: string; warnings?: string[] } = {}) {
    const cache = createCacheStore({ kind: 'dir', dir: cacheDir ?? path.join(state, 'cache'), mode: 'max', env: {}, tempDir: state, log: { info: () => undefined, warning: (m) => warnings?.push(m) } });
    const outcome = await runBuild(
      { contextDir: ctx, buildArgs: {}, platforms: [hostPlatform()], push: [], outputs: [], format: { family: 'oci', compression: 'gzip' }, stateDir: state, tempDir: state, ...extra },
      {
        registry: env.client,
        cache,
        buildPlatform: hostPlatform(),
        now: Date.now,
        executor: () => createExecutor({ cacheDir: state, tempDir: state, log: () => undefined }),
        mountRootfs: (l) => mountRootfs(l, { cacheDir: state, tempDir: state }),
        events: { warning: (m) => void warnings?.push(m) },
      },
    );
    await cache.close();
    return { outcome, steps: outcome.reports.filter((r) => r.status !== 'config').map((r) => `${r.instruction.split(' ')[0]}:${r.status}`) };
  }

  /** Flips one byte in the middle of every blob of a directory cache (sizes kept). */
  async function corruptCachedBlobs(cacheDir: string): Promise<void> {
    const blobs = path.join(cacheDir, 'blobs', 'sha256');
    for (const n of await readdir(blobs)) {
      const file = path.join(blobs, n);
      const data = await readFile(file);
      data[data.length >> 1] ^= 0xff;
      await writeFile(file, data);
    }
  }

  test('cache keys: rename misses, mtime hits, ignored file hits, ARG misses only after it, platform misses (builder-notes 7.23)', async () => {
    const ctx = path.join(root, 'cache-ctx');
    const state = path.join(root, 'cache-state');
    await materializeContext(ctx, [
      { path: 'Dockerfile', content: `FROM ${env.base}\nCOPY app /app\nRUN echo before > /before\nARG V=1\nRUN echo $V > /v\nCOPY late.txt /late.txt\n` },
      { path: '.dockerignore', content: 'app/ignored.log\n' },
      { path: 'app/a.txt', content: 'a\n' },
      { path: 'app/ignored.log', content: '1\n' },
      { path: 'late.txt', content: 'late\n' },
    ]);
    const cold = await build(ctx, state);
    expect(cold.steps).toEqual(['COPY:built', 'RUN:built', 'RUN:built', 'COPY:built']);
    expect((await build(ctx, state)).steps).toEqual(['COPY:cached', 'RUN:cached', 'RUN:cached', 'COPY:cached']);

    await utimes(path.join(ctx, 'app/a.txt'), 1_000_000, 1_000_000);
    expect((await build(ctx, state)).steps).toEqual(['COPY:cached', 'RUN:cached', 'RUN:cached', 'COPY:cached']);

    await writeFile(path.join(ctx, 'app/ignored.log'), 'changed\n');
    expect((await build(ctx, state)).steps).toEqual(['COPY:cached', 'RUN:cached', 'RUN:cached', 'COPY:cached']);

    const argChange = await build(ctx, state, { buildArgs: { V: '2' } });
    expect(argChange.steps).toEqual(['COPY:cached', 'RUN:cached', 'RUN:built', 'COPY:built']);

    await rename(path.join(ctx, 'app/a.txt'), path.join(ctx, 'app/b.txt'));
    expect((await build(ctx, state)).steps).toEqual(['COPY:built', 'RUN:built', 'RUN:built', 'COPY:built']);
    expect((await build(ctx, state)).steps).toEqual(['COPY:cached', 'RUN:cached', 'RUN:cached', 'COPY:cached']);

    expect((await build(ctx, state, { noCache: true })).steps).toEqual(['COPY:built', 'RUN:built', 'RUN:built', 'COPY:built']);
  });

  test('a warm build gives the cold build\'s image: hardlinks made in the context, a --link layer reused on a changed base; a changed SOURCE_DATE_EPOCH hits', async () => {
    const ctx = path.join(root, 'stale-ctx');
    const base = `${env.registry.host}/base/stale-passwd:1`;
    const pushBase = (uid: number) => pushSpecImage(env.client, base, [busyboxEntries().map((e) => (e.path === 'etc/passwd' ? { ...e, content: `${TEST_PASSWD}app:x:${uid}:${uid}::/:/bin/sh\n` } : e))]);
    await pushBase(2000);
    await materializeContext(ctx, [
      { path: 'Dockerfile', content: `FROM ${base}\nCOPY d /d\nCOPY --link --chown=2000:2000 f /f\n` },
      { path: 'd/a', content: 'same\n' },
      { path: 'd/b', content: 'same\n' },
      { path: 'f', content: 'f\n' },
    ]);
    const sourceDateEpoch = 1_700_000_000;
    const warm = path.join(root, 'stale-state');
    let n = 0;
    /** The warm build's steps, and whether its image is the one a cold build (empty state and cache) makes. */
    const both = async (extra: Partial<BuildRequest>) => {
      const w = await build(ctx, warm, { sourceDateEpoch, ...extra });
      const c = await build(ctx, path.join(root, `stale-cold-${n++}`), { sourceDateEpoch, ...extra });
      return { steps: w.steps, same: w.outcome.digest === c.outcome.digest };
    };
    expect(await both({})).toEqual({ steps: ['COPY:built', 'COPY:built'], same: true });
    expect(await both({})).toEqual({ steps: ['COPY:cached', 'COPY:cached'], same: true });
    // d/b becomes a second name of d/a: same names, modes and bytes, but COPY writes it as a hardlink.
    await unlink(path.join(ctx, 'd/b'));
    await link(path.join(ctx, 'd/a'), path.join(ctx, 'd/b'));
    expect(await both({})).toEqual({ steps: ['COPY:built', 'COPY:cached'], same: true });
    // The base is re-pushed (`app` as 2001): the --link layer leaves the parent out of its key (a --chown name,
    // which would need the parent's passwd, fails with --link as in BuildKit).
    await pushBase(2001);
    expect(await both({})).toEqual({ steps: ['COPY:built', 'COPY:cached'], same: true });
    // SOURCE_DATE_EPOCH is not key material, on purpose: a job that sets it from the commit time (or a PR build
    // without it) still warms from the cache, as with BuildKit; reused layers keep the times they were made with.
    expect((await both({ sourceDateEpoch: sourceDateEpoch - 1000 })).steps).toEqual(['COPY:cached', 'COPY:cached']);
  });

  test('a COPY leaves out what it rewrote unchanged, on a warm build too: the content identities come back with the cached summaries', async () => {
    const ctx = path.join(root, 'recopy-ctx');
    await materializeContext(ctx, [
      { path: 'Dockerfile', content: `FROM ${env.base}\nCOPY package.json /app/\nCOPY . /app/\n` },
      { path: 'package.json', content: '{"name":"x"}\n' },
      { path: 'src/a.js', content: 'a\n' },
    ]);
    const sourceDateEpoch = 1_700_000_000;
    const warm = path.join(root, 'recopy-state');
    let n = 0;
    const both = async () => {
      const out = path.join(root, `recopy-out-${n}`);
      const w = await build(ctx, warm, { sourceDateEpoch, outputs: [{ kind: 'oci', dir: out }] });
      const c = await build(ctx, path.join(root, `recopy-cold-${n++}`), { sourceDateEpoch });
      const { layers } = await flattenLayout(out);
      return { steps: w.steps, same: w.outcome.digest === c.outcome.digest, last: [...layers[layers.length - 1]].sort() };
    };
    const last = ['app', 'app/Dockerfile', 'app/src', 'app/src/a.js'];
    expect(await both()).toEqual({ steps: ['COPY:built', 'COPY:built'], same: true, last });
    await writeFile(path.join(ctx, 'src/a.js'), 'changed\n');
    expect(await both()).toEqual({ steps: ['COPY:cached', 'COPY:built'], same: true, last });
    // package.json touched (same bytes, another mtime): a change for the differ, as in BuildKit; both COPYs hit
    // the cache (mtimes are not key material), so the cached layers stand.
    await utimes(path.join(ctx, 'package.json'), 1_600_000_000, 1_600_000_000);
    expect((await both()).steps).toEqual(['COPY:cached', 'COPY:cached']);
  });

  test('a base layer\'s summary is kept in the cache: a fresh state builds a COPY on it without reading the layer', async () => {
    const ctx = path.join(root, 'summary-ctx');
    const cacheDir = path.join(root, 'summary-cache');
    await materializeContext(ctx, [
      { path: 'Dockerfile', content: `FROM ${env.base}\nWORKDIR /app\nCOPY a.txt ./\n` },
      { path: 'a.txt', content: 'a\n' },
    ]);
    const sourceDateEpoch = 1_700_000_000;
    const first = await build(ctx, path.join(root, 'summary-state-1'), { cacheDir, sourceDateEpoch });
    expect(first.steps).toEqual(['WORKDIR:built', 'COPY:built']);
    const base = first.outcome.artifacts[0].layers[0];
    expect(base.location.kind).toBe('registry');
    const store = createCacheStore({ kind: 'dir', dir: cacheDir, env: {}, tempDir: root, log: { info: () => undefined, warning: () => undefined } });
    await store.load();
    const rec = store.lookup(summaryRecordKey(base.diffId));
    expect(rec?.layer).toBeUndefined();
    expect((rec?.meta?.summary as { diffId: string; entries: unknown[] }).diffId).toBe(base.diffId);
    expect((rec?.meta?.summary as { entries: unknown[] }).entries.length).toBeGreaterThan(10);

    // A fresh runner: no blobs, no summaries; the source edit makes the COPY read the base's file list.
    await writeFile(path.join(ctx, 'a.txt'), 'b\n');
    const state2 = path.join(root, 'summary-state-2');
    const second = await build(ctx, state2, { cacheDir, sourceDateEpoch });
    expect(second.steps).toEqual(['WORKDIR:cached', 'COPY:built']);
    const hex = base.digest.slice('sha256:'.length);
    expect(await readdir(path.join(state2, 'blobs', 'sha256')).catch(() => [] as string[])).not.toContain(hex);
    expect(await readdir(path.join(state2, 'summaries')).catch(() => [] as string[])).not.toContain(`${base.diffId.slice('sha256:'.length)}.json`);
    // The same image as a build that read the layer itself.
    const fresh = await build(ctx, path.join(root, 'summary-state-3'), { cacheDir: path.join(root, 'summary-cache-fresh'), sourceDateEpoch });
    expect(fresh.steps).toEqual(['WORKDIR:built', 'COPY:built']);
    expect(second.outcome.digest).toBe(fresh.outcome.digest);
  });

  test('a cached blob under a RUN is unpacked while its digest is checked: a corrupt one is a warning and a rebuild, not a failure', async () => {
    const ctx = path.join(root, 'corrupt-ctx');
    const cacheDir = path.join(root, 'corrupt-cache');
    await materializeContext(ctx, [
      { path: 'Dockerfile', content: `FROM ${env.base}\nRUN echo one > /one\nCOPY src.txt /src.txt\nRUN cat /one /src.txt > /both\n` },
      { path: 'src.txt', content: 'v1\n' },
    ]);
    expect((await build(ctx, path.join(root, 'corrupt-state-1'), { cacheDir })).steps).toEqual(['RUN:built', 'COPY:built', 'RUN:built']);
    // A fresh runner with an intact cache: the RUN's lower layer comes from the cache (checked while unpacked).
    await writeFile(path.join(ctx, 'src.txt'), 'v2\n');
    expect((await build(ctx, path.join(root, 'corrupt-state-2'), { cacheDir })).steps).toEqual(['RUN:cached', 'COPY:built', 'RUN:built']);
    // Every cached blob keeps its size but has one byte flipped.
    await corruptCachedBlobs(cacheDir);
    await writeFile(path.join(ctx, 'src.txt'), 'v3\n');
    const warnings: string[] = [];
    const r = await build(ctx, path.join(root, 'corrupt-state-3'), { cacheDir, warnings });
    expect(r.steps).toEqual(['RUN:built', 'COPY:built', 'RUN:built']);
    expect(warnings.join('\n')).toMatch(/is corrupt \(content digest is sha256:/);
  });

  test('every step cached but its blobs corrupt in the cache: writing the output finds it, the steps are rebuilt, the image is the same', async () => {
    const ctx = path.join(root, 'corrupt-out-ctx');
    const cacheDir = path.join(root, 'corrupt-out-cache');
    const sourceDateEpoch = 1_700_000_000;
    await materializeContext(ctx, [
      { path: 'Dockerfile', content: `FROM ${env.base}\nCOPY f.txt /f.txt\nRUN cat /f.txt > /g.txt\nCOPY h.txt /h.txt\n` },
      { path: 'f.txt', content: 'f\n' },
      { path: 'h.txt', content: 'h\n' },
    ]);
    const out = (n: number) => [{ kind: 'oci' as const, dir: path.join(root, `corrupt-out-${n}`) }];
    const first = await build(ctx, path.join(root, 'corrupt-out-state-1'), { cacheDir, sourceDateEpoch, outputs: out(1) });
    expect(first.steps).toEqual(['COPY:built', 'RUN:built', 'COPY:built']);
    await corruptCachedBlobs(cacheDir);
    // A fresh runner: every step hits, and the blobs are first read when the output is written.
    const warnings: string[] = [];
    const second = await build(ctx, path.join(root, 'corrupt-out-state-2'), { cacheDir, sourceDateEpoch, outputs: out(2), warnings });
    expect(second.steps).toEqual(['COPY:built', 'RUN:built', 'COPY:built']);
    expect(second.outcome.digest).toBe(first.outcome.digest);
    expect(warnings.join('\n')).toMatch(/(is corrupt|unusable|unavailable).*rebuilding the steps that made it/);
  });

  test('history: Engine 26\'s by default (ARG as written), today\'s BuildKit\'s (ARG with its value) when legacyFrontend is false or a # syntax pin selects it', async () => {
    const ctx = path.join(root, 'history-ctx');
    await materializeContext(ctx, [{ path: 'Dockerfile', content: `FROM ${env.base}\nARG V=1\nARG NODEF\nARG GIVEN\nRUN true\n` }]);
    const history = async (legacyFrontend: boolean | undefined) => {
      const r = await build(ctx, path.join(root, `history-state-${legacyFrontend}`), { buildArgs: { V: 'cli', GIVEN: 'g' }, legacyFrontend });
      const config = JSON.parse(r.outcome.artifacts[0].configBytes.toString('utf8')) as { history: { created_by: string }[] };
      return config.history.slice(-4).map((h) => h.created_by);
    };
    // (moby/buildkit dispatchArg and runCommandString: the value the ARG takes, a --build-arg included.)
    expect(await history(false)).toEqual(['ARG V=cli', 'ARG NODEF', 'ARG GIVEN=g', 'RUN |3 V=cli NODEF= GIVEN=g /bin/sh -c true # buildkit']);
    // docker build on Engine 26: the default as written.
    expect(await history(true)).toEqual(['ARG V=1', 'ARG NODEF', 'ARG GIVEN', 'RUN |3 V=cli NODEF= GIVEN=g /bin/sh -c true # buildkit']);
    // By default Engine 26's (the engine's own frontend); a `# syntax=` pin docker build would run instead (`:1`
    // floats to today's, 1.8 and later) gives today's, one to 1.7 or older Engine 26's.
    expect((await history(undefined))[0]).toBe('ARG V=1');
    for (const [syntax, legacy] of [['docker/dockerfile:1.7', true], ['docker/dockerfile:1.4-labs', true], ['example.com/my/frontend:1', true], ['docker/dockerfile:1', false], ['docker/dockerfile:1.12', false], ['docker/dockerfile:1-labs', false]] as const) {
      await materializeContext(ctx, [{ path: 'Dockerfile', content: `# syntax=${syntax}\nFROM ${env.base}\nARG V=1\nARG NODEF\nARG GIVEN\nRUN true\n` }]);
      expect([syntax, (await history(undefined))[0]]).toEqual([syntax, legacy ? 'ARG V=1' : 'ARG V=cli']);
    }
  });

  test('history of ARGs across stages: a bare ARG shows the global value, a child stage lists its parent\'s ARGs, repeats once', async () => {
    const ctx = path.join(root, 'history-global-ctx');
    const df = `ARG G=1\nFROM ${env.base} AS a\nARG G\nARG L=2\nRUN true\nFROM a\nRUN echo "$G$L" > /gl\nARG M=3\nARG L=4\nRUN true\n`;
    await materializeContext(ctx, [{ path: 'Dockerfile', content: df }]);
    const history = async (legacyFrontend: boolean) => {
      const r = await build(ctx, path.join(root, `history-global-state-${legacyFrontend}`), { legacyFrontend });
      const config = JSON.parse(r.outcome.artifacts[0].configBytes.toString('utf8')) as { history: { created_by: string }[] };
      return config.history.slice(-7).map((h) => h.created_by);
    };
    // Today's BuildKit: the child stage starts with its parent's ARG list (dispatchState.init); a name declared
    // again is listed once, where it first was, with its current value (moby/buildkit#5505).
    expect(await history(false)).toEqual([
      'ARG G=1',
      'ARG L=2',
      'RUN |2 G=1 L=2 /bin/sh -c true # buildkit',
      'RUN |2 G=1 L=2 /bin/sh -c echo "$G$L" > /gl # buildkit',
      'ARG M=3',
      'ARG L=4',
      'RUN |3 G=1 L=4 M=3 /bin/sh -c true # buildkit',
    ]);
    // docker build (Engine 26): the parent stage's ARG values reach the child's RUN environment, not its |N list.
    expect(await history(true)).toEqual([
      'ARG G',
      'ARG L=2',
      'RUN |2 G=1 L=2 /bin/sh -c true # buildkit',
      'RUN /bin/sh -c echo "$G$L" > /gl # buildkit',
      'ARG M=3',
      'ARG L=4',
      'RUN |2 M=3 L=4 /bin/sh -c true # buildkit',
    ]);
  });

  test('history of a bare ARG importing a global or platform value, of HEALTHCHECK and EXPOSE; STOPSIGNAL is checked', async () => {
    const ctx = path.join(root, 'history-platform-ctx');
    const df = `ARG G=global\nFROM ${env.base}\nARG G\nARG TARGETARCH\nLABEL g=$G a=$TARGETARCH\nSTOPSIGNAL sigrtmin+3\nHEALTHCHECK --interval=1m30s --retries=3 CMD wget -q -O- "http://localhost/"\nHEALTHCHECK NONE\nEXPOSE 80 443/UDP 80 7000-7001\n`;
    await materializeContext(ctx, [{ path: 'Dockerfile', content: df }]);
    const history = async (legacyFrontend: boolean) => {
      const r = await build(ctx, path.join(root, `history-platform-state-${legacyFrontend}`), { legacyFrontend });
      const config = JSON.parse(r.outcome.artifacts[0].configBytes.toString('utf8')) as { history: { created_by: string }[]; config: { Labels: Record<string, string> } };
      expect(config.config.Labels.g).toBe('global');
      return config.history.slice(-7).map((h) => h.created_by);
    };
    const arch = hostPlatform().architecture;
    // Today's BuildKit: `ARG G=global`, `ARG TARGETARCH=amd64`; HEALTHCHECK is Go's %+v of the HealthcheckConfig;
    // EXPOSE lists the ports in the order of its sorted words, repeats kept.
    expect(await history(false)).toEqual([
      'ARG G=global',
      `ARG TARGETARCH=${arch}`,
      `LABEL g=global a=${arch}`,
      'STOPSIGNAL sigrtmin+3',
      'HEALTHCHECK {Test:[CMD-SHELL wget -q -O- "http://localhost/"] Interval:1m30s Timeout:0s StartPeriod:0s StartInterval:0s Retries:3}',
      'HEALTHCHECK {Test:[NONE] Interval:0s Timeout:0s StartPeriod:0s StartInterval:0s Retries:0}',
      'EXPOSE [443/udp 7000/tcp 7001/tcp 80/tcp 80/tcp]',
    ]);
    // docker build on Engine 26: `ARG G`, not `ARG G=global`; HEALTHCHECK is Go's %q of the *HealthConfig; EXPOSE
    // is the set nat.ParsePortSpecs made.
    expect(await history(true)).toEqual([
      'ARG G',
      'ARG TARGETARCH',
      `LABEL g=global a=${arch}`,
      'STOPSIGNAL sigrtmin+3',
      'HEALTHCHECK &{["CMD-SHELL" "wget -q -O- \\"http://localhost/\\""] "1m30s" "0s" "0s" "0s" \'\\x03\'}',
      'HEALTHCHECK &{["NONE"] "0s" "0s" "0s" "0s" \'\\x00\'}',
      'EXPOSE map[443/udp:{} 7000/tcp:{} 7001/tcp:{} 80/tcp:{}]',
    ]);
    await materializeContext(ctx, [{ path: 'Dockerfile', content: `FROM ${env.base}\nSTOPSIGNAL FOO\n` }]);
    await expect(build(ctx, path.join(root, 'history-platform-state'))).rejects.toThrow(/Dockerfile:2: .*invalid signal: FOO/);
  });

  test('the cache is saved while the image is pushed: a push that fails still leaves it saved', async () => {
    const ctx = path.join(root, 'pushfail-ctx');
    const state = path.join(root, 'pushfail-state');
    await materializeContext(ctx, [
      { path: 'Dockerfile', content: `FROM ${env.base}\nCOPY a.txt /a\nRUN cat /a > /b\n` },
      { path: 'a.txt', content: 'a\n' },
    ]);
    // Nothing listens on port 1: every attempt is refused.
    await expect(build(ctx, state, { push: [parseReference('127.0.0.1:1/hoist/pushfail:t')] })).rejects.toThrow(/127\.0\.0\.1:1/);
    expect((await build(ctx, path.join(root, 'pushfail-state-2'), { cacheDir: path.join(state, 'cache') })).steps).toEqual(['COPY:cached', 'RUN:cached']);
  });

  test('another platform and --no-cache-filter miss per stage', async () => {
    const ctx = path.join(root, 'platform-ctx');
    const state = path.join(root, 'platform-state');
    await materializeContext(ctx, [
      { path: 'Dockerfile', content: 'FROM scratch AS one\nCOPY a.txt /a\nFROM scratch AS two\nCOPY --from=one /a /b\nCOPY a.txt /c\n' },
      { path: 'a.txt', content: 'a\n' },
    ]);
    expect((await build(ctx, state)).steps).toEqual(['COPY:built', 'COPY:built', 'COPY:built']);
    expect((await build(ctx, state)).steps).toEqual(['COPY:cached', 'COPY:cached', 'COPY:cached']);
    const other = hostPlatform().architecture === 'arm64' ? 'linux/amd64' : 'linux/arm64';
    expect((await build(ctx, state, { platforms: [parsePlatform(other)] })).steps).toEqual(['COPY:built', 'COPY:built', 'COPY:built']);
    expect((await build(ctx, state, { noCacheFilter: ['two'] })).steps).toEqual(['COPY:cached', 'COPY:built', 'COPY:built']);
    // As BuildKit's no-cache option: values split on commas, any case; an index is no stage name; empty is every stage.
    expect((await build(ctx, state, { noCacheFilter: ['ONE,two'] })).steps).toEqual(['COPY:built', 'COPY:built', 'COPY:built']);
    expect((await build(ctx, state, { noCacheFilter: ['0', '1'] })).steps).toEqual(['COPY:cached', 'COPY:cached', 'COPY:cached']);
    expect((await build(ctx, state, { noCacheFilter: [''] })).steps).toEqual(['COPY:built', 'COPY:built', 'COPY:built']);
    expect((await build(ctx, state, { noCacheFilter: [] })).steps).toEqual(['COPY:cached', 'COPY:cached', 'COPY:cached']);
  });

  test('SOURCE_DATE_EPOCH gives byte-identical manifests from two fresh builds', async () => {
    const ctx = path.join(root, 'sde-ctx');
    await materializeContext(ctx, [
      { path: 'Dockerfile', content: `FROM ${env.base}\nCOPY . /src\nRUN mkdir -p /out && cp -r /src /out/ && echo built > /out/when && touch /out/now\nWORKDIR /work\nCMD ["cat", "/out/when"]\n` },
      { path: 'a.txt', content: 'a\n' },
    ]);
    const digests: string[] = [];
    for (const n of [1, 2]) {
      const state = path.join(root, `sde-state-${n}`);
      const out = path.join(root, `sde-out-${n}`);
      const { outcome } = await build(ctx, state, { sourceDateEpoch: 1_700_000_000, noCache: true, outputs: [{ kind: 'oci', dir: out }] });
      await validateLayout(out);
      const { config } = await readLayoutImage(out);
      // Go's RFC 3339 form, as BuildKit writes it: no fraction of zeros.
      expect(config.created).toBe('2023-11-14T22:13:20Z');
      digests.push(outcome.digest);
    }
    expect(digests[0]).toBe(digests[1]);
    // `--build-arg SOURCE_DATE_EPOCH` sets it too (as in BuildKit), over the environment's; a global ARG default
    // when neither is given (today's BuildKit, which a `# syntax=docker/dockerfile:1` pin selects).
    for (const [n, df, buildArgs, sourceDateEpoch] of [
      [3, '', { SOURCE_DATE_EPOCH: '1600000000' }, 1_700_000_000],
      [4, '# syntax=docker/dockerfile:1\nARG SOURCE_DATE_EPOCH=1600000000\n', {}, undefined],
    ] as const) {
      await materializeContext(ctx, [{ path: 'Dockerfile', content: `${df}FROM ${env.base}\nENV A=1\n` }]);
      const out = path.join(root, `sde-out-${n}`);
      await build(ctx, path.join(root, `sde-state-${n}`), { sourceDateEpoch, buildArgs, outputs: [{ kind: 'oci', dir: out }] });
      const { config } = await readLayoutImage(out);
      expect([config.created, config.history?.at(-1)?.created]).toEqual(['2020-09-13T12:26:40Z', '2020-09-13T12:26:40Z']);
    }
  });

  test('RUN layers compressed in the background: later steps and stages read them, reports get their sizes, a failure leaves no temp files', async () => {
    const ctx = path.join(root, 'bg-ctx');
    await materializeContext(ctx, [
      {
        path: 'Dockerfile',
        content: [
          `FROM ${env.base} AS gen`,
          'RUN dd if=/dev/urandom of=/big bs=1M count=6 2>/dev/null && sha256sum /big > /big.sum',
          'RUN sha256sum -c /big.sum && echo checked > /checked',
          `FROM ${env.base}`,
          'COPY --from=gen /big /big.sum /checked /data/',
          'RUN cd /data && sed "s# /big# big#" big.sum | sha256sum -c',
          '',
        ].join('\n'),
      },
    ]);
    const state = path.join(root, 'bg-state');
    const out = path.join(root, 'bg-out');
    const { outcome, steps } = await build(ctx, state, { outputs: [{ kind: 'oci', dir: out }] });
    expect(steps).toEqual(['RUN:built', 'RUN:built', 'COPY:built', 'RUN:built']);
    await validateLayout(out);
    const { manifest } = await readLayoutImage(out);
    // Every built step reports its layer's compressed size, as written in the manifest.
    const sizes = outcome.reports.filter((r) => r.status === 'built' && r.stage === 'stage-1').map((r) => r.layerSize);
    expect(sizes).toEqual(manifest.layers.slice(-2).map((l) => l.size));
    const genSizes = outcome.reports.filter((r) => r.stage === 'gen' && r.status === 'built').map((r) => r.layerSize);
    expect(genSizes[0]).toBeGreaterThan(6 << 20);
    const leftovers = async () => (await readdir(state)).filter((f) => f.startsWith('hoist-diff-'));
    expect(await leftovers()).toEqual([]);

    // A step failing while an earlier layer is still being compressed: the error names the step, nothing is left.
    await writeFile(path.join(ctx, 'Dockerfile'), `FROM ${env.base}\nRUN dd if=/dev/urandom of=/big bs=1M count=6 2>/dev/null\nRUN exit 3\n`);
    await expect(build(ctx, state)).rejects.toThrow(/did not complete successfully: exit code: 3/);
    expect(await leftovers()).toEqual([]);
  });

  test('warm-up: the first miss starts unpacking for the RUN below it; one executor; an all-cached build creates none', async () => {
    const ctx = path.join(root, 'warm-ctx');
    await materializeContext(ctx, [
      { path: 'Dockerfile', content: [`FROM ${env.base}`, 'RUN echo one > /one', 'COPY src.txt /src.txt', 'WORKDIR /app', 'RUN cat /one /src.txt > /app/both', ''].join('\n') },
      { path: 'src.txt', content: 'v1\n' },
    ]);
    const state = path.join(root, 'warm-state');
    const events: string[] = [];
    let created = 0;
    const executor = async () => {
      created++;
      events.push('create');
      const ex = await createExecutor({ cacheDir: state, tempDir: state, log: () => undefined });
      const prepare = ex.prepare?.bind(ex);
      return Object.assign(ex, {
        prepare: (layers: Parameters<NonNullable<typeof ex.prepare>>[0]) => {
          events.push(`prepare:${layers.length}`);
          prepare?.(layers);
        },
        run: (req: Parameters<typeof ex.run>[0]) => {
          events.push(`run:${req.layers.length}`);
          return Object.getPrototypeOf(ex).run.call(ex, req);
        },
      });
    };
    expect((await build(ctx, state)).steps).toEqual(['RUN:built', 'COPY:built', 'WORKDIR:built', 'RUN:built']);
    // Now with the recording executor, after a source edit.
    await writeFile(path.join(ctx, 'src.txt'), 'v2\n');
    const cache = createCacheStore({ kind: 'dir', dir: path.join(state, 'cache'), mode: 'max', env: {}, tempDir: state, log: { info: () => undefined, warning: () => undefined } });
    const req: BuildRequest = { contextDir: ctx, buildArgs: {}, platforms: [hostPlatform()], push: [], outputs: [], format: { family: 'oci', compression: 'gzip' }, stateDir: state, tempDir: state };
    const prefetchLayers = (layers: Parameters<typeof prefetchLayerBlobs>[1]) => {
      events.push(`prefetch:${layers.length}`);
      prefetchLayerBlobs(state, layers);
    };
    const deps = { registry: env.client, cache, buildPlatform: hostPlatform(), now: Date.now, executor, prefetchLayers, mountRootfs: (l: Parameters<typeof mountRootfs>[0]) => mountRootfs(l, { cacheDir: state, tempDir: state }) };
    const warm = await runBuild(req, deps);
    expect(warm.reports.filter((r) => r.status !== 'config').map((r) => `${r.instruction.split(' ')[0]}:${r.status}`)).toEqual(['RUN:cached', 'COPY:built', 'WORKDIR:built', 'RUN:built']);
    // COPY missed: the layers below it (base + RUN) were handed to the blob prefetch before the executor was
    // being created, then to prepare, before the RUN two steps later ran.
    const below = Number(events[0].split(':')[1]);
    expect(below).toBeGreaterThanOrEqual(2);
    expect(events).toEqual([`prefetch:${below}`, 'create', `prepare:${below}`, `run:${below + 2}`]);
    expect(created).toBe(1);
    // Nothing changed: every step hits, no executor is made, nothing is prepared.
    events.length = 0;
    created = 0;
    const noop = await runBuild(req, deps);
    expect(noop.reports.filter((r) => r.status !== 'config').every((r) => r.status === 'cached')).toBe(true);
    expect(events).toEqual([]);
    expect(created).toBe(0);
    await cache.close();
  });

  test('a cached RUN with a bind of the context mounts nothing and creates no executor', async () => {
    const ctx = path.join(root, 'bind-ctx');
    await materializeContext(ctx, [
      { path: 'Dockerfile', content: `FROM ${env.base}\nRUN --mount=type=bind,target=/ctx cat /ctx/src.txt > /copy\n` },
      { path: 'src.txt', content: 'v1\n' },
    ]);
    const state = path.join(root, 'bind-state');
    expect((await build(ctx, state)).steps).toEqual(['RUN:built']);
    let created = 0;
    const cache = createCacheStore({ kind: 'dir', dir: path.join(state, 'cache'), mode: 'max', env: {}, tempDir: state, log: { info: () => undefined, warning: () => undefined } });
    const again = await runBuild(
      { contextDir: ctx, buildArgs: {}, platforms: [hostPlatform()], push: [], outputs: [], format: { family: 'oci', compression: 'gzip' }, stateDir: state, tempDir: state },
      {
        registry: env.client,
        cache,
        buildPlatform: hostPlatform(),
        now: Date.now,
        executor: () => (created++, createExecutor({ cacheDir: state, tempDir: state, log: () => undefined })),
        mountRootfs: () => Promise.reject(new Error('a cached step mounts no view')),
      },
    );
    await cache.close();
    expect(again.reports.filter((r) => r.status !== 'config').map((r) => r.status)).toEqual(['cached']);
    expect(created).toBe(0);
  });

  test('an image pushed by hoist runs with docker run, passes skopeo inspect and umoci unpack', async () => {
    const ctx = path.join(root, 'run-ctx');
    const state = path.join(root, 'run-state');
    const out = path.join(root, 'run-oci');
    await materializeContext(ctx, [
      { path: 'Dockerfile', content: `FROM ${env.base}\nCOPY greeting.txt /greeting.txt\nRUN echo from-run >> /greeting.txt\nCMD ["cat", "/greeting.txt"]\n` },
      { path: 'greeting.txt', content: 'hello from hoist\n' },
    ]);
    const ref = `${env.registry.host}/app/hello:1`;
    const { outcome } = await build(ctx, state, { push: [parseReference(ref)], outputs: [{ kind: 'oci', dir: out }] });
    expect(outcome.push?.refs).toContain(`${env.registry.host}/app/hello:1`);
    await validateLayout(out);
    const { stdout } = await docker(['run', '--rm', '--network', 'host', ref]).finally(() => docker(['rmi', ref]).catch(() => undefined));
    expect(stdout).toBe('hello from hoist\nfrom-run\n');
    const inspect = JSON.parse((await exec('skopeo', ['inspect', '--tls-verify=false', `docker://${ref}`])).stdout) as { Digest: string; Layers: string[] };
    expect(inspect.Digest).toBe(outcome.digest);
    expect(inspect.Layers).toHaveLength(outcome.artifacts[0].layers.length);
    await exec('skopeo', ['inspect', `oci:${out}:1`]);
    const bundle = path.join(root, 'umoci-bundle');
    await exec('umoci', ['unpack', '--image', `${out}:1`, bundle]);
    await expect(exec('cat', [path.join(bundle, 'rootfs/greeting.txt')])).resolves.toMatchObject({ stdout: 'hello from hoist\nfrom-run\n' });
  });

  test('docker:FILE loads with docker load and runs', async () => {
    const ctx = path.join(root, 'load-ctx');
    const state = path.join(root, 'load-state');
    await materializeContext(ctx, [{ path: 'Dockerfile', content: `FROM ${env.base}\nCMD ["echo", "loaded"]\n` }]);
    const file = path.join(root, 'image.tar');
    const tag = `hoist-test/loaded:${Date.now()}`;
    await build(ctx, state, { names: [parseReference(tag)], outputs: [{ kind: 'docker', file }] });
    await docker(['load', '-i', file]);
    const { stdout } = await docker(['run', '--rm', '--network', 'host', tag]);
    expect(stdout).toBe('loaded\n');
    await docker(['rmi', tag]).catch(() => undefined);
  });
});
