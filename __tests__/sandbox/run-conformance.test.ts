/**
 * RUN conformance with `docker build`: every case of `__tests__/fixtures/run/cases.ts` is built by hoist
 * (native executor) and by the reference engine, and the flattened filesystems and configs must be equal
 * apart from the differences each case lists with its reason. The differences found are printed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { createExecutor, mountRootfs, type Executor } from '../../src/sandbox/index.js';
import { RUN_CASES } from '../fixtures/run/cases.js';
import { runCase, startConformanceEnv, type ConformanceEnv } from '../support/conformance.js';
import { debianLayer, pushLayerImage } from '../support/rootfs.js';

describe('RUN conformance with docker build', () => {
  let env: ConformanceEnv;
  let debian: string;
  let state: string;
  let executor: Promise<Executor> | undefined;

  beforeAll(async () => {
    state = await mkdtemp('/var/tmp/hoist-run-conformance-');
    env = await startConformanceEnv();
    debian = `${env.registry.host}/base/debian:bookworm`;
    await pushLayerImage(env.client, debian, [await debianLayer()], ['bash']);
  }, 30 * 60_000);
  afterAll(async () => {
    await (await executor)?.close();
    await env?.stop();
    await rm(state, { recursive: true, force: true });
  });

  const sandbox = {
    executor: () => (executor ??= createExecutor({ cacheDir: path.join(state, 'cache'), tempDir: path.join(state, 'tmp'), prefer: 'native', log: () => undefined })),
    mountRootfs: (l: Parameters<typeof mountRootfs>[0]) => mountRootfs(l, { cacheDir: path.join(state, 'cache'), tempDir: path.join(state, 'tmp') }),
  };

  it('has at least 25 cases', () => {
    expect(RUN_CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(RUN_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { diffs, hoist } = await runCase(env, { ...c, dockerfile: c.dockerfile.replaceAll('{{DEBIAN}}', debian) }, sandbox);
    if (diffs.length) process.stdout.write(`${c.name}: ${diffs.length} differences\n  ${diffs.join('\n  ')}\n`);
    expect(diffs).toEqual([]);
    expect(hoist.fs.size).toBeGreaterThan(0);
  }, 15 * 60_000);
});
