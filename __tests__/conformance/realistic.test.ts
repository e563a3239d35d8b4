import { describe, expect, test } from '@jest/globals';
import { runCase, conformanceSuite } from '../support/conformance.js';
import { realisticCases } from './realistic-cases.js';

/**
 * Conformance on realistic Dockerfiles (multi-stage builds, ARG/ENV interplay, .dockerignore exceptions, config
 * instructions, ADD of release archives...): each case is built by hoist and by `docker build` (BuildKit) from the
 * same Dockerfile and context, and the flattened filesystems and config fields must be equal. Known differences are
 * declared per case with their reason.
 */
describe('conformance: realistic Dockerfiles against docker build', () => {
  const suite = conformanceSuite('realistic');
  const { sandbox } = suite;

  test('has at least 15 cases', () => {
    expect(realisticCases.length).toBeGreaterThanOrEqual(15);
  });

  test.each(realisticCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { diffs } = await runCase(suite.env, c, sandbox);
    expect(diffs).toEqual([]);
  });
});
