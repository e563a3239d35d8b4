import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { createExecutor, mountRootfs, type Executor } from '../../src/sandbox/index.js';
import { startConformanceEnv, runCase, type ConformanceEnv } from '../support/conformance.js';
import { corpusCases } from './corpus-cases.js';

/**
 * Conformance on a second corpus of real-world Dockerfiles (official-image, framework-template and tool shapes found
 * in public repositories, adapted to build offline on busybox): each case is built by hoist and by `docker build`
 * (BuildKit) from the same Dockerfile and context, and the flattened filesystems, layers and config fields must be
 * equal.
 */
describe('conformance: a second corpus of real-world Dockerfiles against docker build', () => {
  let env: ConformanceEnv;
  let state: string;
  beforeAll(async () => {
    state = await mkdtemp('/var/tmp/hoist-corpus-');
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
    expect(corpusCases.length).toBeGreaterThanOrEqual(15);
  });

  test.each(corpusCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { diffs } = await runCase(env, c, sandbox);
    expect(diffs).toEqual([]);
  });
});
