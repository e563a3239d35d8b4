/**
 * Every .dockerignore case built by `docker build` (reference engine, BuildKit) with `COPY . /ctx`: the files
 * Docker copies must be exactly the recorded result that hoist's matcher and walk produce (dockerignore.test.ts).
 * Builds run in parallel batches.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { dockerRun } from '../dockerfile/docker-build.js';
import { loadCases, loadExpected, materialize, type IgnoreCase } from '../fixtures/dockerignore/cases.js';

const exec = promisify(execFile);
const cases = loadCases();
const expected = loadExpected();
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Builds one case and lists what landed under /ctx (directories end in `/`). */
async function dockerContext(c: IgnoreCase): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-ignore-docker-'));
  dirs.push(dir);
  const ctx = path.join(dir, 'ctx');
  materialize(c, ctx);
  const out = path.join(dir, 'out');
  const r = await dockerRun(['build', '-q', '--network', 'host', '-f', path.join(ctx, c.dockerfile), '--output', `type=local,dest=${out}`, ctx]);
  if (r.code !== 0) throw new Error(`docker build of case ${c.name} failed: ${r.stderr}`);
  const { stdout } = await exec('find', ['.', '-mindepth', '1', '-printf', '%P\\t%y\\n'], { cwd: path.join(out, 'ctx') });
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [p, t] = l.split('\t');
      return t === 'd' ? `${p}/` : p;
    })
    .sort();
}

describe('.dockerignore agrees with docker build', () => {
  test('all cases, built in batches', async () => {
    const results = new Map<string, string[]>();
    const queue = [...cases];
    const worker = async (): Promise<void> => {
      for (let c = queue.shift(); c; c = queue.shift()) results.set(c.name, await dockerContext(c));
    };
    await Promise.all(Array.from({ length: 12 }, worker));
    expect(results.size).toBe(cases.length);
    const diffs = cases.flatMap((c) => {
      const got = results.get(c.name) ?? [];
      const want = expected[c.name] ?? [];
      const onlyDocker = got.filter((f) => !want.includes(f));
      const onlyHoist = want.filter((f) => !got.includes(f));
      return onlyDocker.length || onlyHoist.length ? [{ case: c.name, onlyDocker, onlyHoist }] : [];
    });
    expect(diffs).toEqual([]);
  });
});
