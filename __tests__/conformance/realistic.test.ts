import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { createExecutor, mountRootfs, type Executor } from '../../src/sandbox/index.js';
import { startConformanceEnv, runCase, type ConformanceEnv } from '../support/conformance.js';
import { realisticCases } from './realistic-cases.js';

/**
 * Conformance on realistic Dockerfiles (multi-stage builds, ARG/ENV interplay, .dockerignore exceptions, config
 * instructions, ADD of release archives...): each case is built by hoist and by `docker build` (BuildKit) from the
 * same Dockerfile and context, and the flattened filesystems and config fields must be equal. Known differences are
 * declared per case with their reason.
 */
describe('conformance: realistic Dockerfiles against docker build', () => {
  let env: ConformanceEnv;
  let state: string;
  beforeAll(async () => {
    state = await mkdtemp('/var/tmp/hoist-realistic-');
    env = await startConformanceEnv();
  });
  afterAll(async () => {
    await env?.stop();
    if (state) await rm(state, { recursive: true, force: true });
  });

  // A few cases use a light RUN (mkdir, cp, echo >> /etc/passwd): a new executor per build, as the CLI makes one.
  const sandbox = {
    executor: (): Promise<Executor> => createExecutor({ cacheDir: path.join(state, 'cache'), tempDir: path.join(state, 'tmp'), log: () => undefined }),
    mountRootfs: (l: Parameters<typeof mountRootfs>[0]) => mountRootfs(l, { cacheDir: path.join(state, 'cache'), tempDir: path.join(state, 'tmp') }),
  };

  test('has at least 15 cases', () => {
    expect(realisticCases.length).toBeGreaterThanOrEqual(15);
  });

  test.each(realisticCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { diffs } = await runCase(env, c, sandbox);
    expect(diffs).toEqual([]);
  });
});
