/**
 * The path GitHub-hosted runners take: hoist runs as an unprivileged user with passwordless sudo, and only
 * the privileged parts (the worker: unpacking, mounts, the step, the diff) go through `sudo -n`. A user
 * without sudo and without a reachable Docker daemon gets an error that says what is needed.
 * Needs the `sudo` package (installed here when missing; the test runs as root and creates two users).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { chmod, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { connect, createServer } from 'node:net';
import { dockerSocket } from '../support/docker.js';
import { bundleWorkerFromSources } from '../../src/sandbox/worker-script.js';
import { busyboxLayer, layerFromEntries, type TestLayer } from '../support/rootfs.js';
import { exportTar } from '../../src/build/export-fs.js';
import type { BuiltLayer } from '../../src/build/layers.js';
import { makeDirs, removeDirs, type Dirs } from './harness.js';

const exec = promisify(execFile);
const SUDOERS = '/etc/sudoers.d/hoist-sandbox-test';
const USERS = { sudo: 'hoist-sudo-test', plain: 'hoist-nosudo-test' };

async function uidOf(user: string): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([exec('id', ['-u', user]), exec('id', ['-g', user])]);
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

describe('unprivileged hoist with passwordless sudo', () => {
  let d: Dirs;
  let base: TestLayer;
  let child: string;
  let childTar: string;
  let worker: string;

  beforeAll(async () => {
    if (!existsSync('/usr/bin/sudo')) {
      await exec('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'sudo'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    }
    for (const u of Object.values(USERS)) await exec('useradd', ['-M', '-s', '/bin/sh', u]).catch(() => undefined);
    await writeFile(SUDOERS, `${USERS.sudo} ALL=(ALL) NOPASSWD: ALL\n`, { mode: 0o440 });
    d = await makeDirs('sudo');
    await chmod(d.base, 0o755);
    base = await busyboxLayer();
    const bundleChild = async (name: string): Promise<string> => {
      const outfile = path.join(d.base, `${name}.mjs`);
      await build({
        entryPoints: [path.join(import.meta.dirname, `support/${name}.ts`)],
        bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error',
        banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      });
      return outfile;
    };
    child = await bundleChild('as-user');
    childTar = await bundleChild('as-user-tar');
    worker = await bundleWorkerFromSources(path.join(d.base, 'worker'));
  }, 10 * 60_000);

  afterAll(async () => {
    await rm(SUDOERS, { force: true });
    for (const u of Object.values(USERS)) await exec('userdel', [u]).catch(() => undefined);
    await removeDirs(d);
  });

  /** A home of the user's own under the test directory, with `tmp` and `cache` in it, owned by the user. */
  async function userDirs(user: string, name: string): Promise<{ uid: number; gid: number; home: string; tempDir: string; cacheDir: string }> {
    const { uid, gid } = await uidOf(user);
    const home = path.join(d.base, name);
    const tempDir = path.join(home, 'tmp');
    const cacheDir = path.join(home, 'cache');
    for (const p of [home, tempDir, cacheDir]) {
      await mkdir(p, { recursive: true });
      await exec('chown', [`${uid}:${gid}`, p]);
    }
    return { uid, gid, home, tempDir, cacheDir };
  }

  /** Runs a bundled child script as the user and returns the JSON report on its last line. */
  async function reportAs(dirs: { uid: number; gid: number; home: string }, script: string, args: string[]): Promise<Record<string, unknown>> {
    const p = spawn(process.execPath, [script, ...args], { uid: dirs.uid, gid: dirs.gid, cwd: dirs.home, env: { PATH: '/usr/bin:/bin', HOME: dirs.home }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (c: Buffer) => (out += c));
    p.stderr.on('data', (c: Buffer) => (err += c));
    await new Promise((r) => p.on('close', r));
    try {
      return JSON.parse(out.trim().split('\n').pop() ?? '') as Record<string, unknown>;
    } catch {
      throw new Error(`child printed no report: ${out} ${err}`);
    }
  }

  async function runAs(user: string, dockerSocket: string, memory = false): Promise<Record<string, unknown>> {
    // A home of its own for the memory run: a layer already in the on-disk store is used where it is.
    const dirs = await userDirs(user, memory ? `${user}-memory` : user);
    const report = await reportAs(dirs, child, [dirs.tempDir, dirs.cacheDir, worker, base.blob, base.diffId, dockerSocket, ...(memory ? ['memory'] : [])]);
    return { ...report, tempLeft: await readdir(dirs.tempDir) };
  }

  it('runs RUN natively through sudo -n; the layer tar belongs to the user; nothing is left behind', async () => {
    const r = await runAs(USERS.sudo, '/nonexistent/docker.sock');
    const { uid } = await uidOf(USERS.sudo);
    expect(r.error).toBeUndefined();
    expect(r).toMatchObject({ executor: 'native', out: '0\n', owner: uid, uid, viewPasswd: 'root:x:0:0:root:/root:/bin/sh' });
    expect((r.paths as string[]).sort()).toEqual(['etc', 'etc/x', 'f']);
    expect(r.logs).toEqual(expect.arrayContaining(['RUN executor: native (sudo)']));
    expect(r.tempLeft).toEqual([]);
    const mounts = await exec('sh', ['-c', `cat /proc/[0-9]*/mountinfo 2>/dev/null | grep -c ' ${d.base}' || true`]);
    expect(mounts.stdout.trim()).toBe('0');
  });

  it('as on a GitHub-hosted runner: layers unpacked in /dev/shm by the sudo worker, removed when the build closes', async () => {
    const r = await runAs(USERS.sudo, '/nonexistent/docker.sock', true);
    expect(r.error).toBeUndefined();
    expect(r).toMatchObject({ executor: 'native', out: '0\n' });
    expect((r.paths as string[]).sort()).toEqual(['etc', 'etc/x', 'f']);
    expect(r.shmDuring).toHaveLength(1);
    expect(r.shmAfter).toEqual([]);
    expect(r.tempLeft).toEqual([]);
  });

  it('without sudo but with a Docker socket, RUN goes to the Docker executor', async () => {
    // A socket the unprivileged user may open, forwarding to the reference engine.
    const sock = path.join(d.base, 'docker-proxy.sock');
    const server = createServer((c) => {
      const up = connect(dockerSocket());
      c.pipe(up).pipe(c);
      up.on('error', () => c.destroy());
      c.on('error', () => up.destroy());
    });
    await new Promise<void>((r) => server.listen(sock, r));
    await chmod(sock, 0o777);
    try {
      const r = await runAs(USERS.plain, sock);
      const { uid } = await uidOf(USERS.plain);
      expect(r.error).toBeUndefined();
      expect(r).toMatchObject({ executor: 'docker', out: '0\n', owner: uid });
      expect((r.paths as string[]).sort()).toEqual(['etc', 'etc/x', 'f']);
      expect(r.viewError).toMatch(/cannot mount a view of the layers: not root, and passwordless sudo is not available/);
      expect(r.tempLeft).toEqual([]);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('a type=tar output as the unprivileged user: written by the sudo worker, the same bytes as root writes, owned by the user', async () => {
    const dirs = await userDirs(USERS.sudo, `${USERS.sudo}-tar`);
    const { uid, home } = dirs;
    // What only root can read or make: a 0700 directory with a 0600 file, foreign owners, a device node; a whiteout above.
    const lower = await layerFromEntries([
      { name: 'data/', type: 'directory', mode: 0o700 },
      { name: 'data/secret', content: 'top secret\n', mode: 0o600 },
      { name: 'gone', content: 'x' },
      { name: 'owned', content: 'o', uid: 1234, gid: 5678, mode: 0o640 },
      { name: 'null', type: 'character-device', devmajor: 1, devminor: 3, mode: 0o666 },
    ], path.join(d.base, 'tar-lower.tar'));
    const upper = await layerFromEntries([
      { name: 'data/', type: 'directory', mode: 0o750, uid: 42 },
      { name: 'data/new', content: 'n', uid: 42, gid: 42 },
      { name: '.wh.gone' },
    ], path.join(d.base, 'tar-upper.tar'));
    const image = (l: TestLayer) => ({ diffId: l.diffId, digest: l.diffId, size: 0, mediaType: l.mediaType, location: { kind: 'file', path: l.blob } }) as unknown as BuiltLayer;
    const tars = new Map([[lower.diffId, lower.tar], [upper.diffId, upper.tar]]);
    const reference = path.join(d.base, 'tar-as-root.tar');
    await exportTar(reference, [{ platform: { os: 'linux', architecture: 'amd64' }, layers: [image(lower), image(upper)], openTar: async (l) => createReadStream(tars.get(l.diffId)!) }], d.base, { caller: { uid: 0, gid: 0 } });
    const out = path.join(home, 'fs.tar');
    const r = await reportAs(dirs, childTar, [dirs.tempDir, dirs.cacheDir, worker, out, `${lower.blob}:${lower.diffId}`, `${upper.blob}:${upper.diffId}`]);
    expect(r.error).toBeUndefined();
    expect(r).toEqual({ owner: uid, tempLeft: [] });
    const listing = (await exec('tar', ['--numeric-owner', '-tvf', out])).stdout;
    expect(listing).toMatch(/^drwxr-x--- 42\/0 .* data\/$/m);
    expect(listing).toMatch(/^-rw------- 0\/0 .* data\/secret$/m);
    expect(listing).toMatch(/^-rw-r----- 1234\/5678 .* owned$/m);
    expect(listing).toMatch(/^crw-rw-rw- 0\/0 .*1,3 .* null$/m);
    expect(listing).not.toMatch(/gone/);
    expect((await readFile(out)).equals(await readFile(reference))).toBe(true);
    const mounts = await exec('sh', ['-c', `cat /proc/[0-9]*/mountinfo 2>/dev/null | grep -c ' ${home}' || true`]);
    expect(mounts.stdout.trim()).toBe('0');
  });

  it('without sudo and without Docker, the error says what is needed', async () => {
    const r = await runAs(USERS.plain, '/nonexistent/docker.sock');
    expect(r.error).toMatch(/RUN needs root or passwordless sudo/);
    expect(r.error).toMatch(/passwordless sudo is not available/);
    expect(r.error).toMatch(/no Docker daemon answers on \/nonexistent\/docker\.sock/);
  });
});
