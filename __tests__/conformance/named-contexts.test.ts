/**
 * Named build contexts (`--build-context NAME=docker-image://REF` and `NAME=DIR`) against `docker buildx build
 * --build-context` of the reference engine: each case is built by both, and the flattened filesystems, layers and
 * configs compared (the conformance harness). Plus the name and value errors.
 */
import { describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import path from 'node:path';
import { NamedContextError, contextKey, lookupNamedContext, parseNamedContexts } from '../../src/dockerfile/named-contexts.js';
import { parseBuildContextsInput } from '../../src/inputs.js';
import { runCase, type ConformanceCase, type ContextSpec, conformanceSuite } from '../support/conformance.js';

const exec = promisify(execFile);

const MARKED = 'FROM {{BASE}}\nRUN echo marked > /marker && mkdir -p /opt/tool && echo tool > /opt/tool/bin\nENV MARKED=yes\n';

/** A local context with its own .dockerignore, foreign owners, pinned mtimes, a symlink and a subdirectory. */
const SHARED: ContextSpec[] = [
  { path: '.dockerignore', content: 'secret.txt\nsub/skip-*\n', mtime: 1500000000 },
  { path: 'o1.txt', content: 'one\n', uid: 7, gid: 8, mode: 0o640, mtime: 1500000001 },
  { path: 'secret.txt', content: 'never copied\n', mtime: 1500000002 },
  { path: 'sub', type: 'dir', mode: 0o750, mtime: 1500000003 },
  { path: 'sub/keep.txt', content: 'kept\n', mtime: 1500000004 },
  { path: 'sub/skip-me.txt', content: 'ignored\n', mtime: 1500000005 },
  { path: 'link', type: 'symlink', target: 'o1.txt' },
];

const CASES: ConformanceCase[] = [
  {
    name: 'named-image-replaces-from',
    dockerfile: 'FROM alpine\nCOPY a.txt /a.txt\nFROM docker.io/library/alpine:latest AS second\nCOPY --from=0 /a.txt /b.txt\n',
    context: [{ path: 'a.txt', content: 'a\n', mtime: 1400000000 }],
    prebuild: { MARKED },
    buildContexts: { alpine: 'docker-image://{{MARKED}}' },
  },
  {
    name: 'named-image-replaces-stage',
    dockerfile: 'FROM {{BASE}} AS base\nRUN echo never > /never\nFROM base\nCOPY a.txt /a.txt\n',
    context: [{ path: 'a.txt', content: 'a\n', mtime: 1400000000 }],
    prebuild: { MARKED },
    buildContexts: { base: 'docker-image://{{MARKED}}' },
  },
  {
    name: 'named-image-copy-from-and-mount',
    dockerfile: 'FROM {{BASE}}\nCOPY --from=tools /opt/tool /opt/tool\nCOPY --from=tools:latest /marker /m2\nRUN --mount=from=tools,target=/t cat /t/marker > /mounted\n',
    prebuild: { MARKED },
    buildContexts: { tools: 'docker-image://{{MARKED}}' },
  },
  {
    // docker-image://scratch is the empty image, never pulled (testNamedImageContextScratch); so is COPY --from=scratch.
    name: 'named-image-scratch',
    dockerfile: 'FROM base\nCOPY a.txt /a.txt\nFROM {{BASE}}\nCOPY --from=tools / /empty/\nCOPY --from=scratch / /also-empty/\nCOPY --from=0 /a.txt /b.txt\n',
    context: [{ path: 'a.txt', content: 'a\n', mtime: 1400000000 }],
    buildContexts: { base: 'docker-image://scratch', tools: 'docker-image://scratch' },
  },
  {
    name: 'named-local-copy-from-and-mount',
    dockerfile: 'FROM {{BASE}}\nCOPY --from=shared . /app/shared/\nCOPY --from=shared o1.txt link /single/\nRUN --mount=from=shared,target=/mnt ls -ln --full-time /mnt /mnt/sub > /listing && cat /mnt/link > /via-link\n',
    namedDirs: { shared: SHARED },
  },
  {
    name: 'named-local-replaces-stage',
    dockerfile: 'FROM {{BASE}} AS assets\nRUN echo never > /never\nFROM {{BASE}}\nCOPY --from=assets / /assets/\nCOPY --from=assets sub/keep.txt /kept\n',
    namedDirs: { assets: SHARED },
  },
  {
    name: 'named-local-as-from',
    dockerfile: 'FROM shared\nENV A=1\nCOPY a.txt /a.txt\n',
    context: [{ path: 'a.txt', content: 'a\n', mtime: 1400000000 }],
    namedDirs: { shared: SHARED },
    ignoreConfig: { history: "BuildKit gives the context's layer no history entry and its exporter appends a stand-in ('[1/2] COPY a.txt /a.txt', buildkit.exporter.image.v0) at the end; hoist writes an entry for the layer in its place" },
  },
  {
    // BuildKit's own OCI export (no name: index.json's one entry has no ref.name, so `latest` falls back to it).
    name: 'named-layout-replaces-from',
    dockerfile: 'FROM alpine\nCOPY a.txt /a.txt\nRUN cat /marker > /seen\n',
    context: [{ path: 'a.txt', content: 'a\n', mtime: 1400000000 }],
    prebuildLayouts: { LMARKED: MARKED },
    buildContexts: { alpine: 'oci-layout://{{LMARKED}}' },
  },
  {
    name: 'named-layout-digest-copy-from-and-mount',
    dockerfile: 'FROM {{BASE}} AS tools\nRUN echo never > /never\nFROM {{BASE}}\nCOPY --from=tools /opt/tool /opt/tool\nRUN --mount=from=tools,target=/t cat /t/marker > /mounted\n',
    prebuildLayouts: { LMARKED: MARKED },
    buildContexts: { tools: 'oci-layout://{{LMARKED}}@{{LMARKED_DIGEST}}' },
  },
  {
    // A layout holding two tagged images (skopeo's `oci:DIR:TAG`): the tag picks one, `latest` is the other.
    name: 'named-layout-tag-among-several',
    dockerfile: 'FROM base\nCOPY --from=other /etc/passwd /other-passwd\n',
    prebuildLayouts: { LMARKED: MARKED },
    prepare: async (vars, dir) => {
      const multi = path.join(dir, 'multi-layout');
      await exec('skopeo', ['copy', '--quiet', `oci:${vars.LMARKED}`, `oci:${multi}:v1`]);
      await exec('skopeo', ['copy', '--quiet', '--src-tls-verify=false', `docker://${vars.BASE}`, `oci:${multi}:latest`]);
      vars.MULTI = multi;
    },
    buildContexts: { base: 'oci-layout://{{MULTI}}:v1', other: 'oci-layout://{{MULTI}}' },
  },
];

describe('named build contexts against docker buildx build --build-context', () => {
  const suite = conformanceSuite('named-contexts');
  const { sandbox } = suite;

  test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { diffs, hoist } = await runCase(suite.env, c, sandbox);
    if (diffs.length) process.stdout.write(`${c.name}: ${diffs.length} differences\n  ${diffs.join('\n  ')}\n`);
    expect(diffs).toEqual([]);
    expect(hoist.fs.size).toBeGreaterThan(0);
    // What each case is about, on hoist's side.
    const has = (p: string) => hoist.fs.has(p);
    if (c.name === 'named-image-replaces-from') expect([has('marker'), has('a.txt'), has('b.txt')]).toEqual([true, false, true]);
    if (c.name === 'named-image-replaces-stage') expect([has('marker'), has('never')]).toEqual([true, false]);
    if (c.name === 'named-image-copy-from-and-mount') expect([has('opt/tool/bin'), has('m2'), has('mounted')]).toEqual([true, true, true]);
    if (c.name === 'named-local-copy-from-and-mount') expect([has('app/shared/o1.txt'), has('app/shared/secret.txt'), has('app/shared/sub/skip-me.txt'), has('single/link')]).toEqual([true, false, false, true]);
    if (c.name === 'named-local-replaces-stage') expect([has('assets/o1.txt'), has('kept'), has('never'), has('assets/never')]).toEqual([true, true, false, false]);
    if (c.name === 'named-layout-replaces-from') expect([has('marker'), has('seen'), has('a.txt')]).toEqual([true, true, true]);
    if (c.name === 'named-layout-digest-copy-from-and-mount') expect([has('opt/tool/bin'), has('mounted'), has('never'), has('marker')]).toEqual([true, true, false, false]);
    if (c.name === 'named-layout-tag-among-several') expect([has('marker'), has('other-passwd')]).toEqual([true, true]);
  }, 600_000);
});

describe('named build context values', () => {
  test('names match as BuildKit matches them: familiar form, :latest dropped', () => {
    expect(contextKey('alpine')).toBe('alpine');
    expect(contextKey('docker.io/library/alpine:latest')).toBe('alpine');
    expect(contextKey('alpine:3.19')).toBe('alpine:3.19');
    expect(contextKey('ghcr.io/o/app')).toBe('ghcr.io/o/app');
    const m = parseNamedContexts(['alpine=docker-image://127.0.0.1:5000/x:1', 'base=./dir'], '/work');
    expect(lookupNamedContext(m, 'alpine:latest')).toEqual({ kind: 'image', ref: '127.0.0.1:5000/x:1' });
    expect(lookupNamedContext(m, 'docker.io/library/alpine')).toEqual({ kind: 'image', ref: '127.0.0.1:5000/x:1' });
    expect(lookupNamedContext(m, 'alpine:3.19')).toBeUndefined();
    expect(lookupNamedContext(m, 'base')).toEqual({ kind: 'local', dir: '/work/dir' });
  });

  test.each([
    ['nameonly', 'expected NAME=VALUE'],
    ['Bad Name=./x', 'is not a valid context name'],
    ['x=', 'empty value'],
    ['x=docker-image://', 'invalid reference'],
    ['x=https://example.com/src.tar.gz', 'https:// contexts are not supported: give a directory, a Git URL (ending in .git), docker-image://REF or oci-layout://DIR'],
    ['x=https://github.com/o/r.git#main:../up', 'the context directory "../up" leaves the repository'],
    ['x=target:build', 'target: contexts (docker buildx bake) are not supported'],
  ])('rejects %j', (spec, message) => {
    expect(() => parseNamedContexts([spec], '/work')).toThrow(NamedContextError);
    expect(() => parseNamedContexts([spec], '/work')).toThrow(message);
  });

  test('Git URLs are Git contexts, fetched before the build', () => {
    expect(parseNamedContexts(['src=https://github.com/o/r.git#v1:lib', 'tools=git@github.com:o/t.git'], '/w')).toEqual(new Map([
      ['src', { kind: 'git', git: { url: 'https://github.com/o/r.git', ref: 'v1', subdir: 'lib' } }],
      ['tools', { kind: 'git', git: { url: 'git@github.com:o/t.git', ref: undefined, subdir: undefined } }],
    ]));
  });

  test('a name given twice, and the action input naming its line', () => {
    expect(() => parseNamedContexts(['a=./x', 'docker.io/library/a:latest=./y'], '/w')).toThrow('the name "a" is given twice');
    const ws = mkdtempSync(path.join(tmpdir(), 'hoist-named-input-'));
    mkdirSync(path.join(ws, 'repo/a'), { recursive: true });
    mkdirSync(path.join(ws, 'shared'));
    try {
      expect(parseBuildContextsInput('shared=../shared\n# note\nalpine=docker-image://127.0.0.1:5000/a:1\n', path.join(ws, 'repo'))).toEqual(
        new Map([
          ['shared', { kind: 'local', dir: path.join(ws, 'shared') }],
          ['alpine', { kind: 'image', ref: '127.0.0.1:5000/a:1' }],
        ]),
      );
      expect(() => parseBuildContextsInput('ok=./a\nbad', path.join(ws, 'repo'))).toThrow('build-contexts line 2');
      // A local directory that is not there names its line, in buildx's words.
      expect(() => parseBuildContextsInput('ok=./a\nmissing=./nope', path.join(ws, 'repo'))).toThrow(`build-contexts line 2: failed to get build context missing: ${path.join(ws, 'repo/nope')}: no such file or directory`);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
