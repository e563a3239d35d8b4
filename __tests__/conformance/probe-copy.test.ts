import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dockerBuild, hoistBuild, materializeContext, startConformanceEnv, runCase, type ConformanceEnv } from '../support/conformance.js';
import { danglingLinkTar, probeCopyCases } from './probe-copy-cases.js';

/**
 * More COPY/ADD/.dockerignore conformance cases (globs, ignore-file forms, destinations, owners, archives, URLs,
 * heredocs), each built by hoist and by `docker build` and compared as in copy.test.ts.
 */
describe('conformance: COPY, ADD and .dockerignore probes against docker build', () => {
  let env: ConformanceEnv;
  beforeAll(async () => {
    env = await startConformanceEnv();
  });
  afterAll(async () => {
    await env?.stop();
  });

  test.each(probeCopyCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { diffs, hoist, docker } = await runCase(env, c);
    expect(diffs).toEqual([]);
    // Which names share a file (hardlinks), which the comparison above does not look at.
    const links = (img: typeof hoist) => [...img.fs.values()].filter((e) => e.linkGroup !== undefined && !(c.ignorePaths ?? {})[e.path]).map((e) => `${e.path} -> ${e.linkGroup}`).sort();
    expect(links(hoist)).toEqual(links(docker));
  });

  test('ADD of an archive whose hardlink names a file it does not hold fails, as with docker build', async () => {
    const dir = path.join(env.root, 'add-tar-dangling-hardlink');
    const ctx = path.join(dir, `context-${path.basename(env.root)}`);
    await materializeContext(ctx, [{ path: 'bad.tar', content: danglingLinkTar }]);
    const dockerfile = path.join(dir, 'Dockerfile');
    await mkdir(dir, { recursive: true });
    await writeFile(dockerfile, `FROM ${env.base}\nADD bad.tar /in/\n`);
    await expect(dockerBuild(ctx, dockerfile, path.join(dir, 'docker'), { noCache: true })).rejects.toThrow(/link .*outside.*no such file or directory/);
    await expect(hoistBuild(env, ctx, dockerfile, path.join(dir, 'hoist'))).rejects.toThrow(/link \/in\/outside \/in\/hl: no such file or directory/);
  });
});
