import { describe, expect, test } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dockerBuild, hoistBuild, runCase, conformanceSuite } from '../support/conformance.js';
import { probeRunCases, probeRunFailures } from './probe-run-cases.js';

/**
 * Conformance of RUN steps and the layers they produce (found by a differential probe against `docker build`):
 * what a RUN leaves in its layer (whiteouts, opaque dirs, metadata-only changes, links, mount targets) and what it
 * sees (environment, users, groups, working directory). Each case is built by hoist (native sandbox) and by the
 * reference engine; filesystems, layers, config and history must be equal apart from what a case declares.
 */
describe('conformance: RUN steps and their layers against docker build', () => {
  const suite = conformanceSuite('probe-run');
  const { sandbox } = suite;

  test.each(probeRunCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { diffs, hoist } = await runCase(suite.env, c, sandbox);
    if (diffs.length) process.stdout.write(`${c.name}: ${diffs.length} differences\n  ${diffs.join('\n  ')}\n`);
    expect(diffs).toEqual([]);
    expect(hoist.fs.size).toBeGreaterThan(0);
  }, 10 * 60_000);

  // Builds BuildKit refuses: hoist must refuse them too, for the same reason.
  test.each(probeRunFailures.map((c) => [c.name, c] as const))('fails as docker build: %s', async (name, c) => {
    const dir = path.join(suite.env.root, name);
    const ctx = path.join(dir, 'context');
    await mkdir(ctx, { recursive: true });
    const dockerfile = path.join(dir, 'Dockerfile');
    await writeFile(dockerfile, c.dockerfile.replaceAll('{{BASE}}', suite.env.base));
    const docker = await dockerBuild(ctx, dockerfile, path.join(dir, 'docker'), { noCache: true }).then(() => 'built', (e: Error) => e.message);
    const hoist = await hoistBuild(suite.env, ctx, dockerfile, path.join(dir, 'hoist'), sandbox).then(() => 'built', (e: Error) => e.message);
    expect(docker).toContain(c.reason);
    expect(hoist).toContain(c.reason);
  }, 10 * 60_000);
});
