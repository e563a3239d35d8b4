import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { createExecutor, mountRootfs, type Executor } from '../../src/sandbox/index.js';
import { startConformanceEnv, type ConformanceEnv } from '../support/conformance.js';
import { pushMultiPlatformImage, runFailingMultiPlatformCase, runMultiPlatformCase } from '../support/multi-platform.js';
import { emulationCase, multiArchBases, multiPlatformCases } from './multi-platform-cases.js';

/**
 * Multi-platform builds (`--platform linux/amd64,linux/arm64,linux/arm/v7`), hoist against `docker buildx build` on
 * the reference engine: the index (its manifests and their platforms) and, per platform, config, history and each
 * layer's entries. The cases assume an amd64 machine without QEMU (as the reference machine): only
 * build-platform stages RUN, and a RUN on arm64 must fail.
 */
describe('conformance: multi-platform builds against docker buildx', () => {
  let env: ConformanceEnv;
  let state: string;
  const vars: Record<string, string> = {};
  beforeAll(async () => {
    state = await mkdtemp('/var/tmp/hoist-multi-platform-');
    env = await startConformanceEnv();
    await Promise.all(
      Object.entries(multiArchBases).map(async ([name, b]) => {
        vars[name] = await pushMultiPlatformImage(env, name.toLowerCase(), b.dockerfile, b.platforms, b.context, { BASE: env.base });
      }),
    );
  });
  afterAll(async () => {
    await env?.stop();
    if (state) await rm(state, { recursive: true, force: true });
  });

  const sandbox = {
    executor: (): Promise<Executor> => createExecutor({ cacheDir: path.join(state, 'cache'), tempDir: path.join(state, 'tmp'), log: () => undefined }),
    mountRootfs: (l: Parameters<typeof mountRootfs>[0]) => mountRootfs(l, { cacheDir: path.join(state, 'cache'), tempDir: path.join(state, 'tmp') }),
  };

  test.each(multiPlatformCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expect(await runMultiPlatformCase(env, c, vars, sandbox)).toEqual([]);
  });

  test('a RUN on a platform this machine cannot run fails in both, hoist naming the platform and the line', async () => {
    const { hoist, docker } = await runFailingMultiPlatformCase(env, emulationCase, vars, sandbox);
    // hoist refuses before running anything, naming the file, line and platform; BuildKit (no emulator) runs the
    // aarch64 /bin/sh and the kernel refuses it.
    expect(hoist).toMatch(/Dockerfile:3: RUN needs to execute linux\/arm64 binaries on this linux\/amd64 machine: register QEMU/);
    expect(docker).toContain('[linux/arm64 2/2] RUN echo built for arm64 > /built');
    expect(docker).toContain('exec /bin/sh: exec format error');
    expect(docker).toMatch(/Dockerfile:3\n[^]*>>> RUN echo built for \$TARGETARCH > \/built/);
  });
});
