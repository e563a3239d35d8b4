import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { runBuild } from '../../src/build/run-build.js';
import { RegistryClient } from '../../src/registry/client.js';
import { hostPlatform } from '../../src/oci/platform.js';

describe('smoke', () => {
  test('FROM scratch + COPY to an OCI layout', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hoist-smoke-'));
    const ctx = path.join(dir, 'ctx');
    await mkdir(path.join(ctx, 'src/sub'), { recursive: true });
    await writeFile(path.join(ctx, 'a.txt'), 'hi\n');
    await writeFile(path.join(ctx, 'src/sub/c.txt'), 'c\n');
    await writeFile(path.join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY a.txt /usr/local/bin/\nCOPY src /app\nENV A=1\nWORKDIR /app/x\nCMD ["/bin/sh"]\n');
    const outcome = await runBuild(
      { contextDir: ctx, buildArgs: {}, platforms: [hostPlatform()], push: [], outputs: [{ kind: 'oci', dir: path.join(dir, 'out') }], format: { family: 'oci', compression: 'gzip' }, stateDir: path.join(dir, 'state'), tempDir: dir },
      { registry: new RegistryClient(), buildPlatform: hostPlatform(), now: Date.now },
    );
    expect(outcome.reports.map((r) => r.status)).toEqual(['built', 'built', 'config', 'built', 'config']);
    expect(outcome.artifacts[0].config.config?.WorkingDir).toBe('/app/x');
    await rm(dir, { recursive: true, force: true });
  });
});
