import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  IgnoreMatcher,
  cleanPath,
  listContextFiles,
  loadDockerignore,
  parseDockerignore,
} from '../../src/context/dockerignore.js';
import { loadCases, loadExpected, materialize } from '../fixtures/dockerignore/cases.js';

const cases = loadCases();
const update = process.env.HOIST_UPDATE_GOLDEN === '1';
const expected = update ? {} : loadExpected();
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Lists what survives .dockerignore for one case, as `path` / `dir/` strings. */
async function contextOf(c: (typeof cases)[number]): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-ignore-'));
  dirs.push(dir);
  materialize(c, dir);
  const matcher = await loadDockerignore(dir, path.join(dir, c.dockerfile));
  return (await listContextFiles(dir, matcher)).map((e) => (e.type === 'dir' ? `${e.path}/` : e.path)).sort();
}

describe('.dockerignore cases', () => {
  test('there are at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  const results: Record<string, string[]> = {};
  test.each(cases.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const got = await contextOf(c);
    results[name] = got;
    if (!update) expect(got).toEqual((expected as Record<string, string[]>)[name]);
  });

  if (update) {
    afterAll(() => {
      const here = path.dirname(fileURLToPath(import.meta.url));
      writeFileSync(path.join(here, '../fixtures/dockerignore/expected.json'), `${JSON.stringify(results, null, 1)}\n`);
    });
  }
});

describe('dockerignore file format', () => {
  test('comments, whitespace, cleaning, leading slash, BOM and CRLF', () => {
    expect(parseDockerignore('\ufeff# c\n  a  \r\n/b/\n./c/../d\n!/e\n ! f \n\n#g\n # h\n')).toEqual(['a', 'b', 'd', '!e', '!f', '# h']);
  });

  test('Go path.Clean', () => {
    expect(['', '.', 'a/', './a', 'a//b', 'a/./b/..', '/..', '../a', 'a/../../b', '/a/b/'].map(cleanPath)).toEqual([
      '.', '.', 'a', 'a', 'a/b', 'a', '/', '../a', '../b', '/a/b',
    ]);
  });

  test('invalid patterns are errors', () => {
    expect(() => new IgnoreMatcher(['!'])).toThrow('illegal exclusion pattern');
    expect(() => new IgnoreMatcher(['[a'])).toThrow('syntax error in pattern');
    expect(() => new IgnoreMatcher(['a\\'])).toThrow('syntax error in pattern');
    expect(() => new IgnoreMatcher(['[]a]'])).toThrow('syntax error in pattern');
    expect(() => new IgnoreMatcher(['[a-]'])).toThrow('syntax error in pattern');
  });

  test('loadDockerignore names the file on a bad pattern', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hoist-ignore-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, '.dockerignore'), 'ok\n[broken\n');
    await expect(loadDockerignore(dir, path.join(dir, 'Dockerfile'))).rejects.toThrow(`${path.join(dir, '.dockerignore')}: syntax error in pattern: [broken`);
  });
});

describe('IgnoreMatcher', () => {
  const m = new IgnoreMatcher(parseDockerignore('*.md\n!README*.md\nREADME-secret.md\nbuild\n!build/keep\n**/tmp\nvendor\n'));
  test.each([
    ['a.md', true],
    ['README.md', false],
    ['README-secret.md', true],
    ['docs/a.md', false],
    ['build', true],
    ['build/x', true],
    ['build/keep', false],
    ['build/keep/inner', false],
    ['a/b/tmp', true],
    ['tmp/x', true],
    ['vendor/a/b', true],
    ['src/main.go', false],
    ['.', false],
  ])('%s ignored: %s', (p, want) => {
    expect(m.ignores(p as string)).toBe(want);
  });

  test('shouldSkipDir only when no exception can re-include something below', () => {
    // an exception with a wildcard (`!README*.md`) makes BuildKit walk every excluded directory
    expect(m.shouldSkipDir('vendor')).toBe(false);
    const plain = new IgnoreMatcher(['build', '!build/keep', 'vendor']);
    expect(plain.shouldSkipDir('vendor')).toBe(true);
    expect(plain.shouldSkipDir('build')).toBe(false);
    expect(plain.shouldSkipDir('src')).toBe(false);
    const wild = new IgnoreMatcher(['node_modules', '!node_modules/**/*.js']);
    expect(wild.shouldSkipDir('node_modules')).toBe(false);
    expect(new IgnoreMatcher(['x']).shouldSkipDir('x')).toBe(true);
  });
});
