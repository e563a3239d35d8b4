import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import type { ImageConfig } from '../../src/oci/types.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { dockerBuild, hoistBuild, runCase, conformanceSuite } from '../support/conformance.js';
import { probeFrontendCases, probeFrontendErrors } from './probe-frontend-cases.js';

/**
 * The whole image config as JSON, beyond the fields the conformance comparison checks (author, ArgsEscaped,
 * os/architecture, every history field): only what depends on the clock or on layer bytes is left out.
 */
function wholeConfig(c: ImageConfig, times: boolean): unknown {
  const { created, rootfs: _rootfs, history, ...rest } = c as ImageConfig & { created?: string };
  if (times) return { ...rest, created, history };
  return { ...rest, history: (history ?? []).map(({ created: _c, ...h }) => h) };
}

/**
 * Front-end conformance probes (ARG/ENV scoping and substitution in every instruction, config instructions,
 * stage inheritance, history strings): each case is built by hoist and by `docker build` (BuildKit) from the same
 * Dockerfile and context; the flattened filesystems, layers, config fields and history must be equal, and so must
 * the whole config (author, ArgsEscaped, platform fields) apart from layer digests and times (unless the case sets
 * SOURCE_DATE_EPOCH).
 */
describe('conformance: Dockerfile front-end probes against docker build', () => {
  const suite = conformanceSuite('probe-frontend');
  const { sandbox } = suite;

  test('has cases', () => {
    expect(probeFrontendCases.length).toBeGreaterThanOrEqual(10);
  });

  test.each(probeFrontendCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { diffs, hoist, docker } = await runCase(suite.env, c, sandbox);
    expect(diffs).toEqual([]);
    // With SOURCE_DATE_EPOCH, the times are the epoch's: compared too.
    const times = c.buildArgs?.SOURCE_DATE_EPOCH !== undefined;
    if (!c.ignoreConfig) expect(wholeConfig(hoist.config, times)).toEqual(wholeConfig(docker.config, times));
  });

  test.each(probeFrontendErrors.map((c) => [c.name, c] as const))('error: %s', async (name, c) => {
    const dir = path.join(suite.env.root, `error-${name}`);
    const ctx = path.join(dir, 'context');
    await mkdir(ctx, { recursive: true });
    const dockerfile = path.join(dir, 'Dockerfile');
    await writeFile(dockerfile, c.dockerfile.replaceAll('{{BASE}}', suite.env.base));
    const dockerErr = await dockerBuild(ctx, dockerfile, path.join(dir, 'docker'), { target: c.target, noCache: true }).then(() => undefined, (e: Error) => e.message);
    const hoistErr = await hoistBuild(suite.env, ctx, dockerfile, path.join(dir, 'hoist'), { target: c.target }).then(() => undefined, (e: Error) => e.message);
    // docker: `Dockerfile:N` above each excerpt (a cycle shows every line of it), then
    // `ERROR: failed to solve: [dockerfile parse error on line N: ]msg` (or `failed to run Build function:`, as
    // the reference engine words some front-end errors at times).
    const solvePattern = /ERROR: failed to (?:solve|run Build function): (?:dockerfile parse error on line (\d+): )?(.*)/;
    expect(dockerErr).toMatch(solvePattern); // shows docker's output when it does not
    const solve = solvePattern.exec(dockerErr ?? '');
    const dockerLines = solve![1] !== undefined ? [solve![1]] : [...dockerErr!.matchAll(/^Dockerfile:(\d+)$/gm)].map((m) => m[1]);
    const hoistMatch = /Dockerfile(?::(\d+))?: (.*)$/s.exec(hoistErr ?? '');
    expect(hoistMatch).not.toBeNull();
    expect(hoistMatch![2]).not.toMatch(/Dockerfile:\d+:/); // the line named once
    const line = hoistMatch![1] !== undefined && dockerLines.includes(hoistMatch![1]) ? dockerLines : hoistMatch![1];
    // Case aside: Engine 26 writes `Invalid containerPort`, today's BuildKit `invalid containerPort`, as hoist.
    const wanted = c.expect?.message ?? solve![2].trim();
    if (c.expect) expect(solve![2]).toContain(wanted);
    const message = hoistMatch![2].toLowerCase().includes(wanted.toLowerCase()) ? wanted : hoistMatch![2];
    expect({ line, message }).toEqual({ line: dockerLines.length ? dockerLines : undefined, message: wanted });
  });
});
