import { describe, expect, test } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImageConfig } from '../../src/oci/types.js';
import { dockerBuild, hoistBuild, runCase, conformanceSuite } from '../support/conformance.js';
import { CREATED_CASES, probeFrontend2Cases, probeFrontend2Errors } from './probe-frontend2-cases.js';

/** The whole image config as JSON, without what depends on the clock or on layer bytes. */
function wholeConfig(c: ImageConfig): unknown {
  const { created: _created, rootfs: _rootfs, history, ...rest } = c as ImageConfig & { created?: string };
  return { ...rest, history: (history ?? []).map(({ created: _c, ...h }) => h) };
}

/**
 * Second Dockerfile front-end probe (JSON-form details, quoting, expansion in keys and flags, parser directives,
 * continuation and heredoc corners, ONBUILD texts, instruction errors): each case is built by hoist and by
 * `docker build` (BuildKit) from the same Dockerfile and context; filesystems, layers, history and the whole config
 * must be equal. Each error case must fail in both, with BuildKit's message on the same line.
 */
describe('conformance: Dockerfile front-end probes (2) against docker build', () => {
  const suite = conformanceSuite('probe-frontend2');
  const { sandbox } = suite;

  test.each(probeFrontend2Cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { diffs, hoist, docker } = await runCase(suite.env, c, sandbox);
    expect(diffs).toEqual([]);
    if (!c.ignoreConfig) expect(wholeConfig(hoist.config)).toEqual(wholeConfig(docker.config));
    if (CREATED_CASES.has(c.name)) {
      const times = (cfg: ImageConfig) => ({ created: cfg.created ?? null, history: (cfg.history ?? []).map((h) => h.created ?? null) });
      expect(times(hoist.config)).toEqual(times(docker.config));
    }
  });

  // The error cases fail at parse time in both builders: run a few at once.
  test.concurrent.each(probeFrontend2Errors.map((c) => [c.name, c] as const))('error: %s', async (name, c) => {
    const dir = path.join(suite.env.root, `error-${name}`);
    const ctx = path.join(dir, 'context');
    await mkdir(ctx, { recursive: true });
    await writeFile(path.join(ctx, 'a.txt'), 'a\n');
    const dockerfile = path.join(dir, 'Dockerfile');
    await writeFile(dockerfile, c.dockerfile.replaceAll('{{BASE}}', suite.env.base));
    const dockerErr = await dockerBuild(ctx, dockerfile, path.join(dir, 'docker'), { target: c.target, noCache: true }).then(() => undefined, (e: Error) => e.message);
    const hoistErr = await hoistBuild(suite.env, ctx, dockerfile, path.join(dir, 'hoist'), { target: c.target }).then(() => undefined, (e: Error) => e.message);
    // docker: `Dockerfile:N` above the excerpt, then `ERROR: failed to solve: [dockerfile parse error on line N: ]msg`
    // (`failed to run Build function:` for some parse errors).
    const solvePattern = /ERROR: failed to (?:solve|run Build function): (?:dockerfile parse error on line (\d+): )?(.*)/;
    expect(dockerErr).toMatch(solvePattern); // shows docker's output when it does not
    const solve = solvePattern.exec(dockerErr ?? '');
    const dockerLines = solve![1] !== undefined ? [solve![1]] : [...dockerErr!.matchAll(/^Dockerfile:(\d+)$/gm)].map((m) => m[1]);
    const hoistMatch = /Dockerfile(?::(\d+))?: (.*)$/s.exec(hoistErr ?? '');
    expect(hoistMatch).not.toBeNull();
    expect(hoistMatch![2]).not.toMatch(/Dockerfile:\d+:/); // the line named once
    const wantedLine = c.hoistLine ? c.hoistLine.line : dockerLines.length ? dockerLines : undefined;
    const line = hoistMatch![1] !== undefined && !c.hoistLine && dockerLines.includes(hoistMatch![1]) ? dockerLines : hoistMatch![1];
    const wanted = c.expect?.message ?? solve![2].trim();
    if (c.expect) expect(solve![2]).toContain(wanted);
    const message = hoistMatch![2].toLowerCase().includes(wanted.toLowerCase()) ? wanted : hoistMatch![2];
    expect({ line, message }).toEqual({ line: wantedLine, message: wanted });
  });
});
