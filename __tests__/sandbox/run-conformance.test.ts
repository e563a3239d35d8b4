/**
 * RUN conformance with `docker build`: every case of `__tests__/fixtures/run/cases.ts` is built by hoist and
 * by the reference engine, and the flattened filesystems and configs must be equal apart from the
 * differences each case lists with its reason. Runs with each executor (native, Docker Engine API): the native
 * one takes every case; the Docker one every case but two apt-get installs (NATIVE_ONLY) and the `diff-*` ones, whose layer semantics (§7.13-19) are
 * checked on both executors, and compared between them, by layer-diff.test.ts. The differences found are printed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { createExecutor, DockerExecutor, mountRootfs, type Executor } from '../../src/sandbox/index.js';
import { RUN_CASES } from '../fixtures/run/cases.js';
import { runCase, startConformanceEnv, type ConformanceEnv } from '../support/conformance.js';
import type { FlatImage } from '../support/image-fs.js';
import { dockerSocket } from '../support/docker.js';
import { debianLayer, pushLayerImage } from '../support/rootfs.js';

/** Layers the Docker executor (the classic engine's differ, which tars the upper dir) writes otherwise than BuildKit. */
const DOCKER_EXECUTOR_LAYERS: Record<string, string> = {
  'diff-hardlinks': 'the engine also writes /h/1, copied up to get a new hardlink (BuildKit leaves it out: no change)',
};

/**
 * Cases the native executor alone takes, besides the `diff-*` ones: their `apt-get install` is the engine's own
 * RUN under the Docker executor (a minute of CI time for what docker build already does), and the file
 * capability they check is compared on both executors by layer-diff.test.ts (15-xattr).
 */
const NATIVE_ONLY = new Set(['debian-setcap-useradd', 'debian-apt-cache-mounts']);

/** The cases an executor takes (see above: the Docker executor's layer diffs are layer-diff.test.ts's). */
function casesFor(kind: 'native' | 'docker') {
  return kind === 'native' ? RUN_CASES : RUN_CASES.filter((c) => !c.name.startsWith('diff-') && !NATIVE_ONLY.has(c.name));
}

/** `docker build`'s result per case, built by the first executor's run and compared with by both. */
const references = new Map<string, Promise<FlatImage>>();

describe.each(['native', 'docker'] as const)('RUN conformance with docker build (%s executor)', (kind) => {
  let env: ConformanceEnv;
  let debian: string;
  let state: string;

  beforeAll(async () => {
    state = await mkdtemp('/var/tmp/hoist-run-conformance-');
    env = await startConformanceEnv();
    debian = `${env.registry.host}/base/debian:bookworm`;
    await pushLayerImage(env.client, debian, [await debianLayer()], ['bash']);
  }, 30 * 60_000);
  afterAll(async () => {
    // Cache mounts of the Docker executor are daemon volumes named after the cache dir: remove this run's.
    const dx = new DockerExecutor({ socketPath: dockerSocket(), cacheDir: path.join(state, 'cache'), tempDir: path.join(state, 'tmp'), log: () => undefined, handleSignals: false });
    await dx.removeCacheVolumes().finally(() => dx.close());
    await env?.stop();
    await rm(state, { recursive: true, force: true });
  });

  // A new executor per build, as the CLI makes one (the builder closes it when the build ends).
  const sandbox = {
    executor: (): Promise<Executor> => createExecutor({ cacheDir: path.join(state, 'cache'), tempDir: path.join(state, 'tmp'), prefer: kind, dockerSocket: dockerSocket(), log: () => undefined }),
    mountRootfs: (l: Parameters<typeof mountRootfs>[0]) => mountRootfs(l, { cacheDir: path.join(state, 'cache'), tempDir: path.join(state, 'tmp') }),
  };

  it('has its cases (native at least 35, docker 20) and uses the right executor', async () => {
    expect(casesFor(kind).length).toBeGreaterThanOrEqual(kind === 'native' ? 35 : 20);
    const ex = await sandbox.executor();
    expect(ex.name).toBe(kind);
    await ex.close();
  });

  it.each(casesFor(kind).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const ignoreLayers = kind === 'docker' ? DOCKER_EXECUTOR_LAYERS[c.name] ?? c.ignoreLayers : c.ignoreLayers;
    const { diffs, hoist } = await runCase(env, { ...c, name: `${c.name}-${kind}`, dockerfile: c.dockerfile.replaceAll('{{DEBIAN}}', debian), ignoreLayers }, sandbox, { key: c.name, cache: references });
    if (diffs.length) process.stdout.write(`${c.name} (${kind}): ${diffs.length} differences\n  ${diffs.join('\n  ')}\n`);
    expect(diffs).toEqual([]);
    expect(hoist.fs.size).toBeGreaterThan(0);
  }, 15 * 60_000);
});
