import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runBuild, type BuildDeps, type BuildRequest } from '../../src/build/run-build.js';
import { createCacheStore } from '../../src/cache/create.js';
import { createExecutor } from '../../src/sandbox/index.js';
import { MediaType } from '../../src/oci/media-types.js';
import { hostPlatform } from '../../src/oci/platform.js';
import { parseReference } from '../../src/registry/reference.js';
import { FILES, materializeContext, startConformanceEnv, type ConformanceEnv, type ContextSpec } from '../support/conformance.js';
import { flattenLayout, readLayoutImage } from '../support/image-fs.js';
import { validateLayout } from '../support/validate.js';

/**
 * Builder features the reference engine (Docker 26, Dockerfile frontend 1.7) cannot check: newer flags
 * (`--parents`, `--exclude`, symbolic `--chmod`), output options (Docker media types, zstd) and errors.
 */
describe('builder features', () => {
  let env: ConformanceEnv;
  let root: string;
  beforeAll(async () => {
    env = await startConformanceEnv();
    root = await mkdtemp(path.join(tmpdir(), 'hoist-features-'));
  });
  afterAll(async () => {
    await env?.stop();
    await rm(root, { recursive: true, force: true });
  });

  let n = 0;
  async function build(dockerfile: string, context: ContextSpec[], extra: Partial<BuildRequest> = {}, warnings: string[] = [], deps: Partial<BuildDeps> = {}) {
    const dir = path.join(root, `case-${++n}`);
    const ctx = path.join(dir, 'ctx');
    await materializeContext(ctx, [{ path: 'Dockerfile', content: dockerfile.replaceAll('{{BASE}}', env.base).replaceAll('{{FILES}}', `${env.files}/files`) }, ...context]);
    const out = path.join(dir, 'out');
    const outcome = await runBuild(
      { contextDir: ctx, buildArgs: {}, platforms: [hostPlatform()], push: [], names: [parseReference('t/t:1')], outputs: [{ kind: 'oci', dir: out }], format: { family: 'oci', compression: 'gzip' }, stateDir: path.join(dir, 'state'), tempDir: dir, ...extra },
      { registry: env.client, buildPlatform: hostPlatform(), now: Date.now, events: { warning: (m, file, line) => warnings.push(`${path.basename(file ?? '')}:${line}: ${m}`) }, ...deps },
    );
    await validateLayout(out);
    return { outcome, out, image: await flattenLayout(out) };
  }

  test('build checks warn once over the platforms of a build, with their rule; error=true stops before any step', async () => {
    const warnings: string[] = [];
    const platforms = [{ os: 'linux', architecture: 'amd64' }, { os: 'linux', architecture: 'arm64' }];
    const { outcome } = await build('FROM scratch as x\nCOPY a /a\nCMD run\n', [{ path: 'a', content: 'a' }], { platforms }, warnings);
    expect(outcome.artifacts).toHaveLength(2);
    expect(warnings).toEqual([
      "Dockerfile:1: FromAsCasing: 'as' and 'FROM' keywords' casing do not match",
      'Dockerfile:3: JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals',
    ]);
    expect(outcome.warnings.map((w) => w.replace(/^.*Dockerfile:/, ''))).toEqual(warnings.map((w) => w.replace(/^Dockerfile:/, '')));
    await expect(build('# syntax=docker/dockerfile:1\n# check=error=true\nFROM scratch as x\nCOPY missing /a\n', [])).rejects.toThrow(/Dockerfile: lint violation found for rules: FromAsCasing$/);
    // Engine 26's frontend (no syntax pin, or one before 1.8) has no build checks: the directive does nothing there,
    // so the build goes on (and fails at the COPY), and a malformed one is no error.
    await expect(build('# check=error=true\nFROM scratch as x\nCOPY missing /a\n', [])).rejects.toThrow(/COPY/);
    await expect(build('# syntax=docker/dockerfile:1.7\n# check=error=true\nFROM scratch as x\nCOPY missing /a\n', [])).rejects.not.toThrow(/lint violation/);
    expect((await build('# check=bogus=1\nFROM scratch\nCOPY a /a\n', [{ path: 'a', content: 'a' }])).outcome.artifacts).toHaveLength(1);
    // ... with a warning that says why error=true did not stop it, and how to get today's checks.
    const told: string[] = [];
    await build('# check=error=true\nFROM scratch as x\nCOPY a /a\n', [{ path: 'a', content: 'a' }], {}, told);
    expect(told).toContain('Dockerfile:0: check error=true not applied: without a "# syntax=docker/dockerfile:1" line hoist follows Engine 26\'s Dockerfile frontend, which has no build checks');
  });

  test('COPY --parents keeps source directories (with a /./ pivot and wildcards)', async () => {
    const { image } = await build('FROM scratch\nCOPY --parents a/b/c.txt x/./y/z.txt /dest/\nCOPY --parents */package.json /app/\n', [
      { path: 'a/b/c.txt', content: 'c' },
      { path: 'x/y/z.txt', content: 'z' },
      { path: 'one/package.json', content: '1' },
      { path: 'two/package.json', content: '2' },
      { path: 'two/other.json', content: 'o' },
    ]);
    const files = [...image.fs.values()].filter((e) => e.type === 'file').map((e) => e.path).sort();
    expect(files).toEqual(['app/one/package.json', 'app/two/package.json', 'dest/a/b/c.txt', 'dest/y/z.txt']);
  });

  test('COPY --parents with ** matches any number of directories, as BuildKit\'s include patterns (testCopyRelativeParents)', async () => {
    const { image } = await build('# syntax=docker/dockerfile:1\nFROM scratch\nCOPY --parents **/package.json /app/\nCOPY --parents packages/**/package.json /pk/\nCOPY --parents test/a/b*/./c/**/bar /out/\n', [
      { path: 'package.json', content: 'root' },
      { path: 'packages/a/package.json', content: 'a' },
      { path: 'packages/b/sub/package.json', content: 'b' },
      { path: 'packages/b/sub/other.json', content: 'o' },
      { path: 'test/a/bx/c/d/e/bar', content: 'bar' },
      { path: 'test/a/bx/c/d/e/baz', content: 'baz' },
    ]);
    const files = [...image.fs.values()].filter((e) => e.type === 'file').map((e) => e.path).sort();
    expect(files).toEqual(['app/package.json', 'app/packages/a/package.json', 'app/packages/b/sub/package.json', 'out/c/d/e/bar', 'pk/packages/a/package.json', 'pk/packages/b/sub/package.json']);
  });

  test('COPY --exclude leaves out matches relative to each source', async () => {
    const { image } = await build('FROM scratch\nCOPY --exclude=*.log --exclude=tmp src /app\nCOPY --exclude=**/*.md --exclude=!keep.md docs/ /docs/\n', [
      { path: 'src/a.js', content: 'a' },
      { path: 'src/debug.log', content: 'l' },
      { path: 'src/tmp/x', content: 'x' },
      { path: 'src/sub/b.log', content: 'b' },
      { path: 'docs/keep.md', content: 'k' },
      { path: 'docs/drop.md', content: 'd' },
      { path: 'docs/deep/drop.md', content: 'd' },
      { path: 'docs/deep/img.png', content: 'p' },
    ]);
    const files = [...image.fs.values()].filter((e) => e.type === 'file').map((e) => e.path).sort();
    expect(files).toEqual(['app/a.js', 'app/sub/b.log', 'docs/deep/img.png', 'docs/keep.md']);
  });

  test('symbolic --chmod (u=rwX,go=rX) applies to files and directories by their own bits (today\'s frontend); Engine 26\'s ignores it', async () => {
    const ctx = [
      { path: 'd/plain', content: 'p', mode: 0o600 },
      { path: 'd/exec', content: 'e', mode: 0o700 },
      { path: 'd/sub', type: 'dir' as const, mode: 0o700 },
      { path: 'tool', content: 't', mode: 0o644 },
    ];
    const df = 'FROM scratch\nCOPY --chmod=u=rwX,go=rX d /d\nCOPY --chmod=a+x tool /bin/tool\n';
    const { image } = await build(`# syntax=docker/dockerfile:1\n${df}`, ctx);
    expect(image.fs.get('d/plain')?.mode).toBe(0o644);
    expect(image.fs.get('d/exec')?.mode).toBe(0o755);
    expect(image.fs.get('d/sub')?.mode).toBe(0o755);
    expect(image.fs.get('bin/tool')?.mode).toBe(0o755);
    // Without a syntax pin, Engine 26's frontend reads only octal and drops the rest (conformance: copy-chmod-not-octal-engine26).
    const legacy = await build(df, ctx);
    expect(legacy.image.fs.get('d/plain')?.mode).toBe(0o600);
    expect(legacy.image.fs.get('bin/tool')?.mode).toBe(0o644);
  });

  test('Docker media types and zstd layers', async () => {
    const docker = await build('FROM {{BASE}}\nCOPY a /a\n', [{ path: 'a', content: 'a' }], { format: { family: 'docker', compression: 'gzip' } });
    expect(docker.image.manifest.mediaType).toBe(MediaType.dockerManifest);
    expect(docker.image.manifest.layers.every((l) => l.mediaType === MediaType.dockerLayerGzip)).toBe(true);
    const zstd = await build('FROM {{BASE}}\nCOPY a /a\n', [{ path: 'a', content: 'a' }], { format: { family: 'docker', compression: 'zstd' } });
    expect(zstd.image.manifest.mediaType).toBe(MediaType.ociManifest);
    expect(zstd.image.manifest.layers.at(-1)?.mediaType).toBe(MediaType.ociLayerZstd);
    expect(zstd.image.fs.get('a')?.sha256).toBe(docker.image.fs.get('a')?.sha256);
  });

  test('ADD extracts a zstd-compressed tar; ADD <url> is 0600 with the Last-Modified time, else 1970 as BuildKit', async () => {
    const tar = execFileSync('tar', ['-c', '--owner=0', '--group=0', '-C', '/etc', 'hostname']);
    const { out, image } = await build('FROM scratch\nADD a.tar.zst /z/\nADD {{FILES}}/hello.txt?nolm /n\nADD {{FILES}}/hello.txt /h\n', [{ path: 'a.tar.zst', content: execFileSync('zstd', ['-c'], { input: tar }) }]);
    expect(image.fs.get('z/hostname')?.type).toBe('file');
    expect(image.fs.get('h')?.mode).toBe(0o600);
    const { manifest } = await readLayoutImage(out);
    const layer = manifest.layers.at(-1)!;
    const listing = execFileSync('tar', ['-tvzf', path.join(out, 'blobs/sha256', layer.digest.slice(7)), '--full-time', '--utc']).toString();
    expect(listing).toContain('2015-10-21 07:28:00 h');
    const noLastModified = execFileSync('tar', ['-tvzf', path.join(out, 'blobs/sha256', manifest.layers.at(-2)!.digest.slice(7)), '--full-time', '--utc']).toString();
    expect(noLastModified).toContain('1970-01-01 00:00:00 n');
  });

  test('ADD <url> is keyed by the file it gives (--checksum: by the checksum, nothing downloaded), never by the URL, as BuildKit keys it', async () => {
    const sum = `sha256:${createHash('sha256').update(FILES['hello.txt']!).digest('hex')}`;
    const df = `FROM scratch\nADD --checksum=${sum} {{FILES}}/hello.txt /h\n`;
    // A fresh runner each build: no state but the cache directory.
    const cacheDir = path.join(root, 'checksum-cache');
    const cached = (d: string) => build(d, [], {}, [], { cache: createCacheStore({ kind: 'dir', dir: cacheDir, tempDir: root, env: {}, log: { info: () => {}, warning: () => {} } }) });
    const from = env.fileRequests.length;
    const first = await cached(df);
    expect(first.image.fs.get('h')?.mode).toBe(0o600);
    expect(first.outcome.reports.map((r) => r.status)).toEqual(['built']);
    expect(env.fileRequests.slice(from)).toEqual(['/files/hello.txt']);
    const again = await cached(df);
    expect(again.outcome.reports.map((r) => r.status)).toEqual(['cached']);
    expect(again.outcome.digest).toBe(first.outcome.digest);
    expect(env.fileRequests.slice(from)).toEqual(['/files/hello.txt']);
    // Another URL with the same checksum and file name: still the same step, nothing fetched.
    expect((await cached(`FROM scratch\nADD --checksum=${sum} {{FILES}}/hello.txt?mirror=2 /h\n`)).outcome.reports.map((r) => r.status)).toEqual(['cached']);
    // Unpinned, the URL is fetched each time; the file's name and bytes are the key (BuildKit keys the copy by
    // content): another query, or no Last-Modified, with the same bytes is the same step.
    const unpinned = 'FROM scratch\nADD {{FILES}}/hello.txt /h\n';
    await cached(unpinned);
    expect((await cached(unpinned)).outcome.reports.map((r) => r.status)).toEqual(['cached']);
    expect((await cached('FROM scratch\nADD {{FILES}}/hello.txt?nolm /h\n')).outcome.reports.map((r) => r.status)).toEqual(['cached']);
    expect(env.fileRequests.slice(from)).toEqual(['/files/hello.txt', '/files/hello.txt', '/files/hello.txt', '/files/hello.txt?nolm']);
  });

  test('RUN is keyed by the --add-host names, not their addresses, as BuildKit keys it', async () => {
    const cacheDir = path.join(root, 'add-host-cache');
    const cached = (host: string, ip: string) => build('FROM {{BASE}}\nRUN grep db /etc/hosts > /hosts\n', [], { extraHosts: [{ host, ip }] }, [], {
        cache: createCacheStore({ kind: 'dir', dir: cacheDir, tempDir: root, env: {}, log: { info: () => {}, warning: () => {} } }),
        executor: () => createExecutor({ cacheDir: root, tempDir: root, log: () => undefined }),
      });
    expect((await cached('db', '10.0.0.5')).outcome.reports.map((r) => r.status)).toEqual(['built']);
    expect((await cached('db', '10.0.0.6')).outcome.reports.map((r) => r.status)).toEqual(['cached']);
    expect((await cached('db2', '10.0.0.6')).outcome.reports.map((r) => r.status)).toEqual(['built']);
  });

  test('errors name the Dockerfile line: checksum mismatch, missing URL, missing source, bad chmod', async () => {
    const cases: [string, RegExp][] = [
      ['FROM scratch\nADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 {{FILES}}/hello.txt /x\n', /Dockerfile:2: ADD failed: checksum mismatch/],
      ['FROM scratch\n\nADD {{FILES}}/missing.txt /x\n', /Dockerfile:3: ADD failed: downloading .*missing\.txt: HTTP 404/],
      ['FROM scratch\nCOPY nope.txt /x\n', /Dockerfile:2: COPY failed: .*nope\.txt.* not found/],
      ['# syntax=docker/dockerfile:1\nFROM scratch\nCOPY --chmod=999 a /x\n', /Dockerfile:3: COPY failed: invalid chmod parameter: '999'/],
    ];
    for (const [df, re] of cases) await expect(build(df, [{ path: 'a', content: 'a' }])).rejects.toThrow(re);
  });

  test('--chmod=${ARG}: today\'s BuildKit (a syntax pin) expands it, Engine 26\'s frontend keeps it as written and ignores it', async () => {
    const df = 'FROM scratch\nARG mode=755\nCOPY --chmod=${mode} a /x\n';
    const pinned = await build(`# syntax=docker/dockerfile:1\n${df}`, [{ path: 'a', content: 'a', mode: 0o600 }]);
    expect(pinned.image.fs.get('x')?.mode).toBe(0o755);
    expect(pinned.image.config.history?.at(-1)?.created_by).toBe('COPY --chmod=755 a /x # buildkit');
    const legacy = await build(df, [{ path: 'a', content: 'a', mode: 0o600 }]);
    expect(legacy.image.fs.get('x')?.mode).toBe(0o600);
    expect(legacy.image.config.history?.at(-1)?.created_by).toBe('COPY --chmod=${mode} a /x # buildkit');
  });

  test('a --chown name the image does not define gives 0, as BuildKit does, with a warning naming the line', async () => {
    const warnings: string[] = [];
    const { image } = await build('FROM {{BASE}}\nCOPY --chown=nosuchuser a /x\nCOPY --chown=1234:nosuchgrp a /y\n', [{ path: 'a', content: 'a' }], {}, warnings);
    expect(image.fs.get('x')).toMatchObject({ uid: 0, gid: 0 });
    expect(image.fs.get('y')).toMatchObject({ uid: 1234, gid: 1234 });
    expect(warnings).toEqual([
      'Dockerfile:2: COPY --chown=nosuchuser: user "nosuchuser" (not in /etc/passwd); using 0:0, as BuildKit does',
      'Dockerfile:3: COPY --chown=1234:nosuchgrp: group "nosuchgrp" (not in /etc/group); using 1234:1234, as BuildKit does',
    ]);
  });

  test('COPY/ADD --link with a --chown user or group name fails at its line, as docker build (Engine 26) does; ids, root and --chmod work', async () => {
    const ctx = [{ path: 'a', content: 'a' }];
    await expect(build('FROM {{BASE}}\nCOPY --link --chown=alice a /x\n', ctx)).rejects.toThrow(/Dockerfile:2: COPY failed: --link with --chown=alice: a user or group name \(alice\) .*invalid user index: -1/);
    await expect(build('FROM {{BASE}}\n\nADD --chown=1000:staff --link a /x\n', ctx)).rejects.toThrow(/Dockerfile:3: ADD failed: --link with --chown=1000:staff: a user or group name \(staff\)/);
    const { image } = await build('FROM {{BASE}}\nCOPY --link --chown=root:1000 a /x\nCOPY --link --chown=alice:staff --chmod=600 a /home/bob/y\n', ctx);
    expect(image.fs.get('x')).toMatchObject({ uid: 0, gid: 1000 });
    // --chmod makes it a plain copy: the name is looked up, and the existing /home/bob keeps its owner.
    expect(image.fs.get('home/bob/y')).toMatchObject({ uid: 1000, gid: 50, mode: 0o600 });
    expect(image.fs.get('home/bob')).toMatchObject({ uid: 1001, gid: 1001, mode: 0o755 });
  });

  test('RUN --mount=type=bind of a path .dockerignore excludes fails at its line, as docker build does (nothing leaks)', async () => {
    await expect(
      build('FROM {{BASE}}\nRUN --mount=type=bind,source=.env,target=/run/.env cat /run/.env > /leaked\n', [
        { path: '.env', content: 'SECRET=1\n' },
        { path: '.dockerignore', content: '.env\n' },
      ]),
    ).rejects.toThrow(/Dockerfile:2: RUN --mount=type=bind: source ".env" is not in the build context \(or excluded by \.dockerignore\)/);
  });

  test('a base image that does not exist fails at its FROM line', async () => {
    await expect(build(`FROM scratch\nCOPY a /a\nFROM ${env.registry.host}/nope/missing:1\n`, [{ path: 'a', content: 'a' }])).rejects.toThrow(/Dockerfile:3: .*nope\/missing:1/);
    await readFile(path.join(root, 'case-1', 'ctx', 'Dockerfile'));
  });
});
