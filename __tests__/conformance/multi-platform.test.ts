import { describe, expect, test } from '@jest/globals';
import { conformanceSuite } from '../support/conformance.js';
import { pushMultiPlatformImage, runFailingMultiPlatformCase, runMultiPlatformCase } from '../support/multi-platform.js';
import { emulationCase, multiArchBases, multiPlatformCases } from './multi-platform-cases.js';

/**
 * Multi-platform builds (`--platform linux/amd64,linux/arm64,linux/arm/v7`), hoist against `docker buildx build` on
 * the reference engine: the index (its manifests and their platforms) and, per platform, config, history and each
 * layer's entries. The cases assume an amd64 machine without QEMU (as the reference machine): only
 * build-platform stages RUN, and a RUN on arm64 must fail.
 */
describe('conformance: multi-platform builds against docker buildx', () => {
  const vars: Record<string, string> = {};
  const suite = conformanceSuite('multi-platform', async ({ env }) => {
    await Promise.all(
      Object.entries(multiArchBases).map(async ([name, b]) => {
        vars[name] = await pushMultiPlatformImage(env, name.toLowerCase(), b.dockerfile, b.platforms, b.context, { BASE: env.base });
      }),
    );
  });
  const { sandbox } = suite;

  test.each(multiPlatformCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expect(await runMultiPlatformCase(suite.env, c, vars, sandbox)).toEqual([]);
  });

  test('a RUN on a platform this machine cannot run fails in both, hoist naming the platform and the line', async () => {
    const { hoist, docker } = await runFailingMultiPlatformCase(suite.env, emulationCase, vars, sandbox);
    // hoist refuses before running anything, naming the file, line and platform; BuildKit (no emulator) runs the
    // aarch64 /bin/sh and the kernel refuses it.
    expect(hoist).toMatch(/Dockerfile:3: RUN needs to execute linux\/arm64 binaries on this linux\/amd64 machine: register QEMU/);
    expect(docker).toContain('[linux/arm64 2/2] RUN echo built for arm64 > /built');
    expect(docker).toContain('exec /bin/sh: exec format error');
    expect(docker).toMatch(/Dockerfile:3\n[^]*>>> RUN echo built for \$TARGETARCH > \/built/);
  });
});
