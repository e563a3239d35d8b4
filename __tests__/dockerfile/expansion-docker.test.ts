/**
 * Checks the expansion vectors marked `@docker` against `docker build` itself: each vector becomes
 * `ENV V<n> <input>` in a FROM-scratch Dockerfile; the image config's Env holds BuildKit's expansion.
 * Vectors expected to fail are built one by one (each must fail).
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildEnv } from './docker-build.js';
import { loadVectors, type Vector } from './vectors.js';

/** A vector ending in an unescaped escape character would continue the ENV line, so it cannot be sent. */
const continues = (v: Vector): boolean => (v.escape === '`' ? /([^`])`[ \t]*$|^`[ \t]*$/ : /([^\\])\\[ \t]*$|^\\[ \t]*$/).test(v.input);
const vectors = loadVectors().filter((v) => v.docker && v.mode === 'word' && !continues(v));

function dockerfile(group: Vector[], escape: string): string {
  const first = group[0];
  const lines = escape === '`' ? ['# escape=`', 'FROM scratch'] : ['FROM scratch'];
  for (const [k, v] of Object.entries(first.env)) lines.push(`ENV ${k}=${JSON.stringify(v).replace(/\$/g, `${escape}$`)}`);
  group.forEach((v) => lines.push(`ENV V${v.line} ${v.input}`));
  return `${lines.join('\n')}\n`;
}

function groups(): Vector[][] {
  const byKey = new Map<string, Vector[]>();
  for (const v of vectors) {
    const key = JSON.stringify([v.env, v.escape]);
    byKey.set(key, [...(byKey.get(key) ?? []), v]);
  }
  return [...byKey.values()];
}

describe('expansion vectors agree with docker build', () => {
  const dirs: string[] = [];
  const mk = (text: string): string => {
    const d = mkdtempSync(path.join(tmpdir(), 'hoist-vec-'));
    dirs.push(d);
    writeFileSync(path.join(d, 'Dockerfile'), text);
    return d;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  test('successful expansions', async () => {
    const gs = groups().map((g) => g.filter((v) => !('error' in v.expected)));
    const results = await Promise.all(gs.map((g, i) => buildEnv(mk(dockerfile(g, g[0].escape)), `hoist-vectors:${i}`)));
    const got: string[] = [];
    const want: string[] = [];
    gs.forEach((g, i) => {
      const r = results[i];
      expect(r.error).toBeUndefined();
      const env = new Map(r.env!.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
      for (const v of g) {
        got.push(`${v.line}: ${v.input} ==> ${env.get(`V${v.line}`)}`);
        want.push(`${v.line}: ${v.input} ==> ${(v.expected as { value: string }).value}`);
      }
    });
    expect(got).toEqual(want);
    expect(got.length).toBeGreaterThan(150);
  });

  test('failing expansions fail in docker too', async () => {
    const failing = vectors.filter((v) => 'error' in v.expected);
    expect(failing.length).toBeGreaterThan(20);
    const results: { v: Vector; error?: string }[] = [];
    for (let i = 0; i < failing.length; i += 6) {
      const batch = failing.slice(i, i + 6);
      const rs = await Promise.all(batch.map((v, j) => buildEnv(mk(dockerfile([v], v.escape)), `hoist-vectors-err:${i + j}`)));
      rs.forEach((r, j) => results.push({ v: batch[j], error: r.error }));
    }
    for (const { v, error } of results) {
      expect({ line: v.line, input: v.input, failed: error !== undefined }).toEqual({ line: v.line, input: v.input, failed: true });
      expect(error).toContain('failed to process');
    }
  });
});
