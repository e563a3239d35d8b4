/**
 * The filesystem and tarball outputs (`--output type=local|tar|oci`) against `docker buildx build --output` of the
 * reference engine (BuildKit): the same Dockerfile and context, the written trees and tarballs compared entry by
 * entry (type, mode, owner, size, bytes, link target, hardlink groups, pinned mtimes, tar order and headers).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { runBuild, type BuildOutput } from '../../src/build/run-build.js';
import { readTar } from '../../src/oci/tar/reader.js';
import { hostPlatform } from '../../src/oci/platform.js';
import { parseReference } from '../../src/registry/reference.js';
import { createExecutor, mountRootfs, type Executor } from '../../src/sandbox/index.js';
import { materializeContext, startConformanceEnv, type ConformanceEnv } from '../support/conformance.js';
import { docker, dockerEnv, dockerSocket } from '../support/docker.js';

const exec = promisify(execFile);

const DOCKERFILE = `FROM {{BASE}} AS build
RUN mkdir -p /out/d /out/gone && echo x > /out/d/x && echo g > /out/gone/g && chown 1234:5678 /out/d/x && chmod 4751 /out/d/x && ln -s /etc/passwd /out/abs && ln -s d/x /out/rel && ln /out/d/x /out/hard && mkfifo /out/fifo && touch -d @1600000000 /out/d/x
RUN rm -rf /out/gone /etc/group && echo new > /out/new && mkdir -p /out/c && touch -d @1500000000 /out/c
COPY --chown=42:43 --chmod=640 a.txt sub /out/c/
FROM scratch AS artifacts
COPY --from=build /out /
FROM build
`;

/** Paths whose mtimes both builders must give alike (set by the Dockerfile or the context, not by when a RUN ran). */
const PINNED_MTIMES = ['d/x', 'hard', 'c/a.txt', 'c/b.txt', 'keep', 'out/d/x', 'out/hard', 'out/c/a.txt', 'out/c/b.txt'];

interface TreeEntry {
  type: string;
  mode: string;
  owner: string;
  size?: number;
  sha?: string;
  link?: string;
  hardlinkOf?: string;
  mtime?: number;
}

function walkTree(root: string): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>();
  const inodes = new Map<bigint, string>();
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(root, rel)).sort()) {
      const p = rel ? `${rel}/${name}` : name;
      const abs = path.join(root, p);
      const st = lstatSync(abs, { bigint: true });
      const type = st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'symlink' : st.isFile() ? 'file' : st.isFIFO() ? 'fifo' : st.isCharacterDevice() ? 'char' : 'other';
      const e: TreeEntry = { type, mode: (Number(st.mode) & 0o7777).toString(8), owner: `${st.uid}:${st.gid}` };
      if (type === 'file') {
        e.size = Number(st.size);
        e.sha = createHash('sha256').update(readFileSync(abs)).digest('hex').slice(0, 16);
        if (st.nlink > 1n) {
          const first = inodes.get(st.ino);
          if (first) e.hardlinkOf = first;
          else inodes.set(st.ino, p);
        }
      }
      if (type === 'symlink') e.link = readlinkSync(abs);
      if (PINNED_MTIMES.includes(p)) e.mtime = Number(st.mtimeMs / 1000n);
      out.set(p, e);
      if (type === 'dir') walk(p);
    }
  };
  walk('');
  return out;
}

interface TarLine {
  path: string;
  type: string;
  mode: string;
  owner: string;
  size: number;
  link?: string;
  sha?: string;
  mtime?: number;
}

async function listTar(file: string, opts: { blobNames?: boolean } = {}): Promise<TarLine[]> {
  const out: TarLine[] = [];
  for await (const { entry, body } of readTar(createReadStream(file))) {
    const chunks: Buffer[] = [];
    for await (const c of body as AsyncIterable<Buffer>) chunks.push(c);
    const name = opts.blobNames ? entry.path.replace(/[0-9a-f]{64}$/, '<digest>') : entry.path;
    const line: TarLine = { path: name, type: entry.type, mode: entry.mode.toString(8), owner: `${entry.uid}:${entry.gid}`, size: entry.size };
    if (entry.linkname) line.link = entry.linkname;
    if (entry.type === 'file' && !opts.blobNames) line.sha = createHash('sha256').update(Buffer.concat(chunks)).digest('hex').slice(0, 16);
    if (PINNED_MTIMES.includes(entry.path.replace(/\/$/, '')) || opts.blobNames) line.mtime = entry.mtime;
    out.push(line);
  }
  return out;
}

/** A destination that already holds files: kept ones, a directory the image merges into, a symlink the image replaces. */
async function prepopulate(dest: string, outside: string): Promise<void> {
  await mkdir(path.join(dest, 'd'), { recursive: true });
  await writeFile(path.join(dest, 'keep'), 'mine\n');
  await utimes(path.join(dest, 'keep'), 1400000000, 1400000000);
  await writeFile(path.join(dest, 'd', 'y'), 'also mine\n');
  await symlink(outside, path.join(dest, 'c'));
}

describe('filesystem and tarball outputs against docker buildx build --output', () => {
  let env: ConformanceEnv;
  let state: string;
  let work: string;
  let ctx: string;
  let dockerfile: string;
  const sandbox = {
    executor: (): Promise<Executor> => createExecutor({ cacheDir: path.join(state, 'cache'), tempDir: path.join(state, 'tmp'), log: () => undefined }),
    mountRootfs: (l: Parameters<typeof mountRootfs>[0]) => mountRootfs(l, { cacheDir: path.join(state, 'cache'), tempDir: path.join(state, 'tmp') }),
  };

  beforeAll(async () => {
    state = await mkdtemp('/var/tmp/hoist-exporters-');
    env = await startConformanceEnv();
    work = path.join(env.root, 'exporters');
    // A context name unique to the run: the reference engine reuses files of an earlier context by name.
    ctx = path.join(work, `context-${path.basename(env.root)}`);
    await materializeContext(ctx, [
      { path: 'a.txt', content: 'a\n', mtime: 1300000000 },
      { path: 'sub/b.txt', content: 'bb\n', mode: 0o600, mtime: 1300000001 },
    ]);
    dockerfile = path.join(work, 'Dockerfile');
    await writeFile(dockerfile, DOCKERFILE.replaceAll('{{BASE}}', env.base));
  }, 120_000);
  afterAll(async () => {
    await env?.stop();
    if (state) await rm(state, { recursive: true, force: true });
  });

  async function dockerOutput(target: string | undefined, output: string, extra: string[] = []): Promise<void> {
    const { bin, env: denv } = dockerEnv();
    const args = ['buildx', 'build', '--network', 'host', '--progress', 'plain', '-f', dockerfile, '--output', output, ...extra];
    if (target) args.push('--target', target);
    args.push(ctx);
    await exec(bin, args, { env: denv, maxBuffer: 64 << 20 });
  }

  async function hoistOutputs(target: string | undefined, outputs: BuildOutput[], name = 'hoist.test/exporters:latest', buildArgs: Record<string, string> = {}) {
    return runBuild(
      { contextDir: ctx, dockerfile, buildArgs, target, platforms: [hostPlatform()], push: [], names: [parseReference(name)], outputs, dockerSocket: dockerSocket(), format: { family: 'oci', compression: 'gzip' }, stateDir: path.join(state, 'hoist-state'), tempDir: path.join(state, 'tmp') },
      { registry: env.client, buildPlatform: hostPlatform(), now: Date.now, executor: sandbox.executor, mountRootfs: sandbox.mountRootfs },
    );
  }

  it.each([
    ['an export stage on scratch', 'artifacts'],
    ['a whole image with whiteouts over its base', undefined],
  ])('type=local and type=tar of %s', async (_what, target) => {
    const name = target ?? 'image';
    const d = { local: path.join(work, `${name}-docker-local`), tar: path.join(work, `${name}-docker.tar`), fresh: path.join(work, `${name}-docker-fresh`, 'deeper'), outside: path.join(work, `${name}-outside`) };
    const h = { local: path.join(work, `${name}-hoist-local`), tar: path.join(work, `${name}-hoist.tar`), fresh: path.join(work, `${name}-hoist-fresh`, 'deeper'), outside: path.join(work, `${name}-outside`) };
    for (const x of [d, h]) {
      await mkdir(x.outside, { recursive: true });
      await prepopulate(x.local, x.outside);
    }
    await dockerOutput(target, `type=local,dest=${d.local}`);
    await dockerOutput(target, `type=local,dest=${d.fresh}`);
    await dockerOutput(target, `type=tar,dest=${d.tar}`);
    const started = Math.floor(Date.now() / 1000) - 1;
    await hoistOutputs(target, [
      { kind: 'local', dir: h.local },
      { kind: 'local', dir: h.fresh },
      { kind: 'tar', file: h.tar },
    ]);

    const dockerTree = walkTree(d.local);
    const hoistTree = walkTree(h.local);
    expect(hoistTree.size).toBeGreaterThan(8);
    expect([...hoistTree]).toEqual([...dockerTree]);
    // Files are the caller's; what the destination held stays; its symlink was replaced, never followed.
    const prefix = target ? '' : 'out/';
    expect(hoistTree.get(`${prefix}d/x`)).toMatchObject({ owner: '0:0', mode: '4751', mtime: 1600000000 });
    expect(hoistTree.get(`${prefix}hard`)?.hardlinkOf).toBe(`${prefix}d/x`);
    expect(hoistTree.get('keep')).toMatchObject({ type: 'file', mtime: 1400000000 });
    expect(hoistTree.get('c')?.type).toBe(target ? 'dir' : 'symlink');
    expect(await readdir(h.outside)).toEqual([]);
    if (!target) {
      expect(hoistTree.has('etc/group')).toBe(false);
      expect(hoistTree.has('out/gone')).toBe(false);
      expect(hoistTree.get('bin/sh')?.type).toBeDefined();
    }
    // A RUN-made file's mtime is when the RUN ran.
    expect(lstatSync(path.join(h.local, prefix, 'new')).mtimeMs / 1000).toBeGreaterThanOrEqual(started - 600);
    // A destination made by the export: mode 0700 (parents too), as buildx creates it.
    expect([...walkTree(h.fresh)]).toEqual([...walkTree(d.fresh)]);
    expect((lstatSync(h.fresh).mode & 0o777).toString(8)).toBe((lstatSync(d.fresh).mode & 0o777).toString(8));
    expect((lstatSync(h.fresh).mode & 0o777).toString(8)).toBe('700');

    const dockerTar = await listTar(d.tar);
    const hoistTar = await listTar(h.tar);
    expect(hoistTar.length).toBeGreaterThan(8);
    expect(hoistTar).toEqual(dockerTar);
    expect(hoistTar.find((l) => l.path === `${prefix}d/x`)).toMatchObject({ owner: '1234:5678', mode: '4751' });
  }, 300_000);

  it('with SOURCE_DATE_EPOCH every exported file has that mtime, base image files too, as BuildKit\'s local and tar exporters set it', async () => {
    const epoch = '1700000000';
    const d = { local: path.join(work, 'sde-docker-local'), tar: path.join(work, 'sde-docker.tar') };
    const h = { local: path.join(work, 'sde-hoist-local'), tar: path.join(work, 'sde-hoist.tar') };
    await dockerOutput(undefined, `type=local,dest=${d.local}`, ['--build-arg', `SOURCE_DATE_EPOCH=${epoch}`]);
    await dockerOutput(undefined, `type=tar,dest=${d.tar}`, ['--build-arg', `SOURCE_DATE_EPOCH=${epoch}`]);
    await hoistOutputs(undefined, [{ kind: 'local', dir: h.local }, { kind: 'tar', file: h.tar }], undefined, { SOURCE_DATE_EPOCH: epoch });
    const mtimes = (root: string): Map<string, number> => {
      const out = new Map<string, number>();
      const walk = (rel: string): void => {
        for (const name of readdirSync(path.join(root, rel))) {
          const p = rel ? `${rel}/${name}` : name;
          const st = lstatSync(path.join(root, p));
          out.set(p, Math.floor(st.mtimeMs / 1000));
          if (st.isDirectory()) walk(p);
        }
      };
      walk('');
      return out;
    };
    const hoistTimes = mtimes(h.local);
    expect(hoistTimes.get('bin/busybox')).toBe(Number(epoch));
    expect([...hoistTimes].sort()).toEqual([...mtimes(d.local)].sort());
    const tarTimes = async (file: string) => {
      const out: [string, number][] = [];
      for await (const { entry, body } of readTar(createReadStream(file))) {
        body.resume();
        out.push([entry.path, Math.floor(entry.mtime)]);
      }
      return out.sort();
    };
    const hoistTar = await tarTimes(h.tar);
    expect(new Set(hoistTar.map(([, t]) => t))).toEqual(new Set([Number(epoch)]));
    expect(hoistTar).toEqual(await tarTimes(d.tar));
  }, 300_000);

  it('type=oci writes a tarball laid out as BuildKit\'s, or a directory with tar=false', async () => {
    const dockerTar = path.join(work, 'oci-docker.tar');
    const hoistTar = path.join(work, 'oci-hoist.tar');
    const hoistDir = path.join(work, 'oci-hoist-dir');
    await dockerOutput('artifacts', `type=oci,dest=${dockerTar}`);
    const outcome = await hoistOutputs('artifacts', [
      { kind: 'oci-tar', file: hoistTar },
      { kind: 'oci', dir: hoistDir },
    ]);
    const shape = (lines: TarLine[]) => lines.map(({ sha: _s, size: _z, ...rest }) => rest);
    const hoistLines = await listTar(hoistTar, { blobNames: true });
    expect(shape(hoistLines)).toEqual(shape(await listTar(dockerTar, { blobNames: true })));
    // The same layout as the directory output, whose index names the image built.
    const files: string[] = [];
    for await (const { entry, body } of readTar(createReadStream(hoistTar))) {
      files.push(entry.path);
      if (entry.path === 'index.json') {
        const chunks: Buffer[] = [];
        for await (const c of body as AsyncIterable<Buffer>) chunks.push(c);
        expect(JSON.parse(Buffer.concat(chunks).toString()).manifests[0].digest).toBe(outcome.digest);
        expect(Buffer.concat(chunks).toString()).toBe(readFileSync(path.join(hoistDir, 'index.json'), 'utf8'));
      } else body.resume();
    }
    expect(files.filter((f) => f.startsWith('blobs/sha256/') && f.length > 14).sort()).toEqual((await readdir(path.join(hoistDir, 'blobs/sha256'))).map((b) => `blobs/sha256/${b}`).sort());
  }, 300_000);

  it('type=docker without dest (--load) loads the image into the daemon, tagged, and it runs', async () => {
    const name = `hoist.test/load:${path.basename(env.root).toLowerCase().replace(/[^a-z0-9]/g, '')}`;
    const outcome = await hoistOutputs(undefined, [{ kind: 'load' }], name);
    try {
      const inspect = JSON.parse((await docker(['image', 'inspect', name])).stdout) as { Id: string; RepoTags: string[] }[];
      // The image ID is the config digest in the classic image store, the manifest's in the containerd store:
      // the outcome's (--iidfile, -q, the action's imageid) is the one Docker gave, so `docker run ID` works.
      expect(outcome.imageId).toBe(inspect[0].Id);
      expect(inspect[0].RepoTags).toContain(name);
      const run = await docker(['run', '--rm', '--network', 'host', name, 'cat', '/out/new', '/out/c/b.txt']);
      expect(run.stdout).toBe('new\nbb\n');
    } finally {
      await docker(['rmi', '-f', name]).catch(() => undefined);
    }
  }, 300_000);

  it('a scratch image loads too; with no daemon at the socket the load fails naming it', async () => {
    await expect(hoistOutputs('artifacts', [{ kind: 'load' }], 'hoist.test/load:x').then(() => 'loaded', (e: Error) => e.message)).resolves.toBe('loaded');
    const bad = path.join(state, 'no-daemon.sock');
    const err = await runBuild(
      { contextDir: ctx, dockerfile, buildArgs: {}, target: 'artifacts', platforms: [hostPlatform()], push: [], names: [parseReference('hoist.test/load:y')], outputs: [{ kind: 'load' }], dockerSocket: bad, format: { family: 'oci', compression: 'gzip' }, stateDir: path.join(state, 'hoist-state'), tempDir: path.join(state, 'tmp') },
      { registry: env.client, buildPlatform: hostPlatform(), now: Date.now, executor: sandbox.executor, mountRootfs: sandbox.mountRootfs },
    ).then(() => undefined, (e: Error) => e.message);
    expect(err).toContain(`loading the image into Docker (${bad})`);
    await docker(['rmi', '-f', 'hoist.test/load:x']).catch(() => undefined);
  }, 300_000);
});
