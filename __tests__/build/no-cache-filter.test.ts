/**
 * --no-cache-filter: a stage built again may make other bytes than its cached records (a RUN that is not
 * reproducible), so the steps that read it (a stage FROM it, COPY --from, RUN --mount from=) are built again too,
 * never taken from records made from the old bytes; BuildKit gets there by keying COPY --from by content.
 */
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runBuild, type BuildRequest } from '../../src/build/run-build.js';
import { createCacheStore } from '../../src/cache/index.js';
import { hostPlatform } from '../../src/oci/platform.js';
import { RegistryClient } from '../../src/registry/client.js';
import { materializeContext } from '../support/conformance.js';

describe('--no-cache-filter reaches the steps that read the stage', () => {
  let root: string;
  const client = new RegistryClient();
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'hoist-no-cache-filter-'));
  });
  afterAll(async () => {
    await client.close();
    await rm(root, { recursive: true, force: true });
  });

  /** Builds `ctx` with a directory cache in `state`; the layer steps' statuses in order. */
  async function build(ctx: string, state: string, extra: Partial<BuildRequest> = {}): Promise<string[]> {
    const cache = createCacheStore({ kind: 'dir', dir: path.join(state, 'cache'), mode: 'max', env: {}, tempDir: state, log: { info: () => undefined, warning: () => undefined } });
    const outcome = await runBuild(
      { contextDir: ctx, buildArgs: {}, platforms: [hostPlatform()], push: [], outputs: [], format: { family: 'oci', compression: 'gzip' }, stateDir: state, tempDir: state, ...extra },
      { registry: client, cache, buildPlatform: hostPlatform(), now: Date.now },
    );
    await cache.close();
    return outcome.reports.filter((r) => r.status !== 'config').map((r) => `${r.instruction}:${r.status}`);
  }

  test('COPY --from, a stage FROM it and the steps after them are built again; a linked COPY keeps its layer', async () => {
    const ctx = path.join(root, 'ctx');
    const state = path.join(root, 'state');
    await materializeContext(ctx, [
      {
        path: 'Dockerfile',
        content: ['FROM scratch AS one', 'COPY a.txt /a', 'FROM scratch AS two', 'COPY --from=one /a /b', 'COPY --link c.txt /c', 'COPY c.txt /c2', 'FROM one AS three', 'COPY c.txt /d', 'FROM scratch', 'COPY --from=two /b /b', 'COPY --from=three /d /d', ''].join('\n'),
      },
      { path: 'a.txt', content: 'a\n' },
      { path: 'c.txt', content: 'c\n' },
    ]);
    const steps = ['COPY a.txt /a', 'COPY --from=one /a /b', 'COPY --link c.txt /c', 'COPY c.txt /c2', 'COPY c.txt /d', 'COPY --from=two /b /b', 'COPY --from=three /d /d'];
    const all = (status: string) => steps.map((s) => `${s}:${status}`);
    expect(await build(ctx, state)).toEqual(all('built'));
    expect(await build(ctx, state)).toEqual(all('cached'));
    const one = await build(ctx, state, { noCacheFilter: ['one'] });
    expect(one).toEqual(['built', 'built', 'cached', 'built', 'built', 'built', 'built'].map((st, i) => `${steps[i]}:${st}`));
    const two = await build(ctx, state, { noCacheFilter: ['two'] });
    expect(two).toEqual(['cached', 'built', 'built', 'built', 'cached', 'built', 'built'].map((st, i) => `${steps[i]}:${st}`));
    // The records written by those builds agree with each other: a build without the filter takes every step.
    expect(await build(ctx, state)).toEqual(all('cached'));
  });

  test('a later build does not take a step made from a stage\'s old bytes after --no-cache-filter rewrote the stage\'s records', async () => {
    const ctx = path.join(root, 'ctx-later');
    const state = path.join(root, 'state-later');
    await materializeContext(ctx, [
      { path: 'Dockerfile', content: ['FROM scratch AS one', 'COPY a.txt /a', 'FROM scratch AS two', 'COPY --from=one /a /b', 'COPY c.txt /c', 'FROM one AS three', 'COPY c.txt /d', 'FROM scratch', 'COPY --from=two /b /b', 'COPY --from=three /d /d', ''].join('\n') },
      { path: 'a.txt', content: 'a\n' },
      { path: 'c.txt', content: 'c\n' },
    ]);
    const steps = ['COPY a.txt /a', 'COPY --from=one /a /b', 'COPY c.txt /c', 'COPY c.txt /d', 'COPY --from=two /b /b', 'COPY --from=three /d /d'];
    const statuses = (list: string[]) => list.map((st, i) => `${steps[i]}:${st}`);
    expect(await build(ctx, state)).toEqual(statuses(['built', 'built', 'built', 'built', 'built', 'built']));
    // Same content, another mtime: the same key, but a layer of other bytes once stage one is built again.
    await utimes(path.join(ctx, 'a.txt'), new Date('2001-02-03T04:05:06Z'), new Date('2001-02-03T04:05:06Z'));
    expect(await build(ctx, state, { noCacheFilter: ['one'], target: 'one' })).toEqual(['COPY a.txt /a:built']);
    // Stage one now comes from its new record; every step whose record was made from one's old layer is built
    // again (the steps of two and three, and the final stage's copies of them), as BuildKit keys them by content.
    expect(await build(ctx, state)).toEqual(statuses(['cached', 'built', 'built', 'built', 'built', 'built']));
    expect(await build(ctx, state)).toEqual(statuses(['cached', 'cached', 'cached', 'cached', 'cached', 'cached']));
  });
});
