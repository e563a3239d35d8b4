import { describe, expect, test } from '@jest/globals';
import { runCase, conformanceSuite } from '../support/conformance.js';
import { corpusCases } from './corpus-cases.js';

/**
 * Conformance on a second corpus of real-world Dockerfiles (official-image, framework-template and tool shapes found
 * in public repositories, adapted to build offline on busybox): each case is built by hoist and by `docker build`
 * (BuildKit) from the same Dockerfile and context, and the flattened filesystems, layers and config fields must be
 * equal.
 */
describe('conformance: a second corpus of real-world Dockerfiles against docker build', () => {
  const suite = conformanceSuite('corpus');
  const { sandbox } = suite;

  test('has at least 15 cases', () => {
    expect(corpusCases.length).toBeGreaterThanOrEqual(15);
  });

  test.each(corpusCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { diffs } = await runCase(suite.env, c, sandbox);
    expect(diffs).toEqual([]);
  });
});
