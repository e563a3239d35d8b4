import { describe, expect, test } from '@jest/globals';
import { runCase, conformanceSuite } from '../support/conformance.js';
import { corpus3Cases } from './corpus3-cases.js';

/**
 * Conformance on a third corpus of real-world Dockerfiles (official database/server images, language toolchains and
 * process/tool setups, adapted to build offline on busybox): each case is built by hoist and by `docker build`
 * (BuildKit) from the same Dockerfile and context, and the flattened filesystems, layers, config fields and
 * history must be equal.
 */
describe('conformance: a third corpus of real-world Dockerfiles against docker build', () => {
  const suite = conformanceSuite('corpus3');
  const { sandbox } = suite;

  test('has at least 18 cases with unique names', () => {
    expect(corpus3Cases.length).toBeGreaterThanOrEqual(18);
    expect(new Set(corpus3Cases.map((c) => c.name)).size).toBe(corpus3Cases.length);
  });

  test.each(corpus3Cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { diffs } = await runCase(suite.env, c, sandbox);
    expect(diffs).toEqual([]);
  });
});
