import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { createExecutor, mountRootfs, type Executor } from '../../src/sandbox/index.js';
import { startConformanceEnv, runCase, type ConformanceEnv } from '../support/conformance.js';
import { corpus3Cases } from './corpus3-cases.js';

/**
 * Conformance on a third corpus of real-world Dockerfiles (official database/server images, language toolchains and
 * process/tool setups, adapted to build offline on busybox): each case is built by hoist and by `docker build`
 * (BuildKit) from the same Dockerfile and context, and the flattened filesystems, layers, config fields and
 * history must be equal.
 */
describe('conformance: a third corpus of real-world Dockerfiles against docker build', () => {
  let env: ConformanceEnv;
  let state: string;
  beforeAll(async () => {
    state = await mkdtemp('/var/tmp/hoist-corpus3-');
    env = await startConformanceEnv();
  });
  afterAll(async () => {
    await env?.stop();
    if (state) await rm(state, { recursive: true, force: true });
  });

  // A new executor per build, as the CLI makes one.
  const sandbox = {
    executor: (): Promise<Executor> => createExecutor({ cacheDir: path.join(state, 'cache'), tempDir: path.join(state, 'tmp'), log: () => undefined }),
    mountRootfs: (l: Parameters<typeof mountRootfs>[0]) => mountRootfs(l, { cacheDir: path.join(state, 'cache'), tempDir: path.join(state, 'tmp') }),
  };

  test('has at least 18 cases with unique names', () => {
    expect(corpus3Cases.length).toBeGreaterThanOrEqual(18);
    expect(new Set(corpus3Cases.map((c) => c.name)).size).toBe(corpus3Cases.length);
  });

  test.each(corpus3Cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { diffs } = await runCase(env, c, sandbox);
    expect(diffs).toEqual([]);
  });
});
