import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startConformanceEnv, runCase, type ConformanceEnv } from '../support/conformance.js';
import { copyCases } from './copy-cases.js';

/**
 * Conformance without RUN (issue 5): every case is built by hoist and by `docker build` (the reference engine,
 * BuildKit) from the same Dockerfile and context on the same base image; the flattened filesystems (path, type,
 * mode, uid, gid, size, content hash, link target) and the config fields must be equal. Known differences are
 * declared per case with their reason.
 */
describe('conformance: COPY, ADD and config instructions against docker build', () => {
  let env: ConformanceEnv;
  beforeAll(async () => {
    env = await startConformanceEnv();
  });
  afterAll(async () => {
    await env?.stop();
  });

  test('has at least 30 cases', () => {
    expect(copyCases.length).toBeGreaterThanOrEqual(30);
  });

  test.each(copyCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { diffs } = await runCase(env, c);
    expect(diffs).toEqual([]);
  });
});
