import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBuild, type BuildRequest } from '../../src/build/run-build.js';
import { runCli } from '../../src/cli/main.js';
import { parseGoDuration } from '../../src/dockerfile/duration.js';
import { parseNamedContexts } from '../../src/dockerfile/named-contexts.js';
import { hostPlatform } from '../../src/oci/platform.js';
import type { RegistryClient } from '../../src/registry/client.js';
import { RegistryError } from '../../src/registry/errors.js';

/**
 * How builds fail on users' mistakes, without a registry or a sandbox (FROM scratch, and a registry that has
 * nothing): the messages name the line once, the path, the reference, the flag, with BuildKit's key phrase.
 * `__tests__/conformance/probe-errors.test.ts` compares the same mistakes with docker build.
 */
describe('build errors', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'hoist-build-errors-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** A registry with no image at all, as a 404 from distribution. */
  const emptyRegistry = {
    resolveImage: async (ref: unknown) => {
      throw new RegistryError({ operation: 'get manifest', reference: String(ref), message: '404 MANIFEST_UNKNOWN: manifest unknown', code: 'MANIFEST_UNKNOWN', status: 404 });
    },
  } as unknown as RegistryClient;

  let n = 0;
  async function build(dockerfile: string, files: Record<string, string> = { 'a.txt': 'a\n' }, extra: Partial<BuildRequest> = {}) {
    const dir = path.join(root, `b${n++}`);
    const ctx = path.join(dir, 'ctx');
    await mkdir(ctx, { recursive: true });
    for (const [f, content] of Object.entries(files)) await writeFile(path.join(ctx, f), content);
    await writeFile(path.join(dir, 'Dockerfile'), dockerfile);
    return runBuild(
      { contextDir: ctx, dockerfile: path.join(dir, 'Dockerfile'), buildArgs: {}, platforms: [hostPlatform()], push: [], outputs: [], format: { family: 'oci', compression: 'gzip' }, stateDir: path.join(dir, 'state'), tempDir: dir, ...extra },
      { registry: emptyRegistry, buildPlatform: hostPlatform(), now: Date.now },
    );
  }

  test('a --chown name onto a stage still at FROM scratch fails as in docker build; after a COPY it gives 0', async () => {
    await expect(build('FROM scratch\nCOPY --chown=1000:app a.txt /a\n')).rejects.toThrow(/Dockerfile:2: COPY failed: --chown=1000:app: a user or group name \(app\) cannot be looked up in an empty FROM scratch stage, as in docker build \("invalid user index: -1"\)/);
    // LABEL and ENV leave the state as it is; `FROM stage` of an empty stage too.
    await expect(build('FROM scratch AS s\nLABEL a=b\nFROM s\nADD --chown=app a.txt /a\n')).rejects.toThrow(/Dockerfile:4: ADD failed: --chown=app: .*invalid user index: -1/);
    // Ids and root need no lookup.
    await expect(build('FROM scratch\nCOPY --chown=1000:root a.txt /a\n')).resolves.toBeDefined();
    await expect(build('FROM scratch\nCOPY a.txt /x\nCOPY --chown=app:app a.txt /a\n')).resolves.toBeDefined();
    await expect(build('FROM scratch\nWORKDIR /w\nCOPY --chown=app a.txt /a\n')).resolves.toBeDefined();
  });

  test('an image the registry does not have: `REF: not found`, the line named once', async () => {
    const e = (await build('FROM scratch\nCOPY --from=registry.test/nope/tools:1 /bin/tool /usr/bin/\n').catch((x: Error) => x)) as Error;
    expect(e.message).toMatch(/Dockerfile:2: registry\.test\/nope\/tools:1: not found: get manifest registry\.test\/nope\/tools:1: 404 MANIFEST_UNKNOWN/);
    expect(e.message.match(/Dockerfile:\d/g)).toHaveLength(1);
    await expect(build('FROM registry.test/base/app:nope\n')).rejects.toThrow(/Dockerfile:1: registry\.test\/base\/app:nope: not found: /);
  });

  test('WORKDIR or COPY over a file: `not a directory`', async () => {
    await expect(build('FROM scratch\nCOPY a.txt /srv/app\nWORKDIR /srv/app\n')).rejects.toThrow(/Dockerfile:3: WORKDIR \/srv\/app: cannot create directory \/srv\/app: not a directory \(a file exists there\)/);
    await expect(build('FROM scratch\nCOPY a.txt /etc/passwd\nCOPY a.txt /etc/passwd/\n')).rejects.toThrow(/Dockerfile:3: COPY failed: cannot create directory \/etc\/passwd: not a directory/);
  });

  test('a local named context that is not there fails before the build, used or not', async () => {
    const missing = path.join(root, 'no-such-assets');
    await expect(build('FROM scratch\nCOPY a.txt /a\n', undefined, { namedContexts: parseNamedContexts([`unused=${missing}`], root) })).rejects.toThrow(`failed to get build context unused: ${missing}: no such file or directory`);
    await writeFile(path.join(root, 'a-file'), '');
    await expect(build('FROM scratch\nCOPY a.txt /a\n', undefined, { namedContexts: parseNamedContexts([`f=${path.join(root, 'a-file')}`], root) })).rejects.toThrow(/failed to get build context f: .*a-file: not a directory/);
  });

  test("Go's duration errors: unknown unit, missing unit, invalid", () => {
    expect(() => parseGoDuration('30sec')).toThrow('time: unknown unit "sec" in duration "30sec"');
    expect(() => parseGoDuration('5x')).toThrow('time: unknown unit "x" in duration "5x"');
    expect(() => parseGoDuration('1h5constructor')).toThrow('time: unknown unit "constructor" in duration "1h5constructor"');
    expect(() => parseGoDuration('5')).toThrow('time: missing unit in duration "5"');
    expect(() => parseGoDuration('s')).toThrow('time: invalid duration "s"');
    expect(parseGoDuration('1h30m5.5s')).toBe(5405.5e9);
    expect(parseGoDuration('1.5µs')).toBe(1500);
  });

  describe('hoist build', () => {
    async function cli(args: string[]) {
      let err = '';
      const code = await runCli(['build', ...args], { stdout: () => undefined, stderr: (t) => void (err += t), env: { PATH: process.env.PATH, HOME: '/nonexistent' }, cwd: root, signal: AbortSignal.timeout(60_000) });
      return { code, err };
    }

    test('a context directory that is not there, as buildx: `unable to prepare context: path "X" not found`', async () => {
      const { code, err } = await cli(['no-such-context', '--cache', 'off', '--cache-dir', path.join(root, 'cli-state')]);
      expect({ code, err: err.split('\n')[0] }).toEqual({ code: 1, err: 'hoist build: unable to prepare context: path "no-such-context" not found' });
      await writeFile(path.join(root, 'ctx-file'), '');
      expect((await cli(['ctx-file', '--cache', 'off', '--cache-dir', path.join(root, 'cli-state')])).err).toContain('unable to prepare context: path "ctx-file" is not a directory');
      // A remote tarball context (an HTTP URL not ending in .git) is not supported; its password is not shown.
      const remote = (await cli(['http://user:s3cret@127.0.0.1:9/ctx.tar.gz', '--cache', 'off', '--cache-dir', path.join(root, 'cli-state')])).err;
      expect(remote.split('\n')[0]).toBe('hoist build: unable to prepare context: path "http://***@127.0.0.1:9/ctx.tar.gz" not found (a remote tarball context is not supported: give a directory, a Git URL or -)');
      expect(remote).not.toContain('s3cret');
      // A path through a file (ENOTDIR from stat) is not there either.
      expect((await cli(['ctx-file/sub', '--cache', 'off', '--cache-dir', path.join(root, 'cli-state')])).err.split('\n')[0]).toBe('hoist build: unable to prepare context: path "ctx-file/sub" not found');
    });

    test('--platform names the flag', async () => {
      const { code, err } = await cli(['.', '--platform', 'linux/amd64/v9/extra', '--cache', 'off', '--cache-dir', path.join(root, 'cli-state')]);
      expect({ code, err: err.split('\n')[0] }).toEqual({ code: 2, err: 'hoist build: --platform: invalid platform "linux/amd64/v9/extra": expected os/arch or os/arch/variant' });
    });

    test('a missing -f file, and a warning about the whole file (no `:0`)', async () => {
      const ctx = path.join(root, 'cli-ctx');
      await mkdir(ctx, { recursive: true });
      expect((await cli([ctx, '-f', path.join(ctx, 'Dockerfile.nope'), '--cache', 'off', '--cache-dir', path.join(root, 'cli-state')])).err).toContain(`cannot read Dockerfile ${path.join(ctx, 'Dockerfile.nope')}: no such file or directory`);
      await writeFile(path.join(ctx, 'Dockerfile'), 'FROM scratch\nLABEL a=b\n');
      const { code, err } = await cli([ctx, '--build-arg', 'UNUSED=1', '--cache', 'off', '--cache-dir', path.join(root, 'cli-state')]);
      expect(code).toBe(0);
      expect(err).toMatch(/^warning: .*Dockerfile: build-arg "UNUSED" was not consumed/m);
    });
  });
});
