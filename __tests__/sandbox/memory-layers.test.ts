/**
 * Unpacked layers in memory (memory-layers.ts): when a build asks for it, the native executor unpacks the layers a
 * RUN stands on into a private directory on the /dev/shm tmpfs, falls back to the on-disk store when a layer does
 * not fit (or fills the tmpfs), and removes the directory when it closes; a directory left by a dead process is
 * removed by the next sweep.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { chown, lstat, mkdir, readdir, readFile, rm, statfs, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { layerDir } from '../../src/sandbox/layer-store.js';
import {
  fitsInMemory,
  isNoSpace,
  MEMORY_DIR_PREFIX,
  MEMORY_ROOT,
  memoryLayersWanted,
  onTmpfs,
  ownMemoryDir,
  sweepMemoryDirs,
  unpackedEstimate,
  unpackPreferringMemory,
} from '../../src/sandbox/memory-layers.js';
import { NativeExecutor } from '../../src/sandbox/native.js';
import { launcherFor } from '../../src/sandbox/index.js';
import { probeNative } from '../../src/sandbox/privileges.js';
import { bundleWorkerFromSources } from '../../src/sandbox/worker-script.js';
import { busyboxLayer, layerFromEntries, type TestLayer } from '../support/rootfs.js';
import { makeDirs, removeDirs, sh, type Dirs } from './harness.js';

const exec = promisify(execFile);

/** A test layer's blob as unpackPreferringMemory takes it. */
function blobOf(l: TestLayer) {
  return { size: statSync(l.blob).size, open: () => createReadStream(l.blob) };
}

describe('when layers go to memory', () => {
  it('HOIST_MEMORY_LAYERS decides; otherwise only on GitHub-hosted runners', () => {
    expect(memoryLayersWanted({})).toBe(false);
    expect(memoryLayersWanted({ RUNNER_ENVIRONMENT: 'github-hosted' })).toBe(true);
    expect(memoryLayersWanted({ RUNNER_ENVIRONMENT: 'self-hosted' })).toBe(false);
    expect(memoryLayersWanted({ RUNNER_ENVIRONMENT: 'github-hosted', HOIST_MEMORY_LAYERS: '0' })).toBe(false);
    expect(memoryLayersWanted({ RUNNER_ENVIRONMENT: 'self-hosted', HOIST_MEMORY_LAYERS: '1' })).toBe(true);
    expect(memoryLayersWanted({ HOIST_MEMORY_LAYERS: 'true' })).toBe(true);
    expect(memoryLayersWanted({ RUNNER_ENVIRONMENT: 'github-hosted', HOIST_MEMORY_LAYERS: 'false' })).toBe(false);
  });

  it('a layer fits when the tmpfs has room for it and the machine keeps 2 GiB of memory besides', async () => {
    const GiB = 1024 ** 3;
    const probe = (freeBytes: number, avail: number | undefined) => ({
      statfs: (async () => ({ bavail: freeBytes / 4096, bsize: 4096 })) as unknown as typeof statfs,
      memAvailable: async () => avail,
    });
    expect(await fitsInMemory('/x', 1 * GiB, probe(4 * GiB, 8 * GiB))).toBe(true);
    expect(await fitsInMemory('/x', 1 * GiB, probe(1.1 * GiB, 8 * GiB))).toBe(false);
    expect(await fitsInMemory('/x', 1 * GiB, probe(4 * GiB, 2.5 * GiB))).toBe(false);
    expect(await fitsInMemory('/x', 1 * GiB, probe(4 * GiB, undefined))).toBe(false);
    const failing = { statfs: (async () => { throw new Error('ENOENT'); }) as unknown as typeof statfs, memAvailable: async () => 8 * GiB };
    expect(await fitsInMemory('/x', 1, failing)).toBe(false);
    expect(unpackedEstimate(50 * 1024 ** 2)).toBeGreaterThan(200 * 1024 ** 2);
  });

  it('ENOSPC is recognised by code, in a message or along the cause chain', () => {
    expect(isNoSpace(Object.assign(new Error('write failed'), { code: 'ENOSPC' }))).toBe(true);
    expect(isNoSpace(new Error('unpacking usr/lib/x: ENOSPC: no space left on device, write'))).toBe(true);
    expect(isNoSpace(new Error('layer x', { cause: Object.assign(new Error('w'), { code: 'ENOSPC' }) }))).toBe(true);
    expect(isNoSpace(new Error("tar: ./dev/x: Cannot mknod: No space left on device"))).toBe(true);
    expect(isNoSpace(Object.assign(new Error('nope'), { code: 'EIO' }))).toBe(false);
  });
});

describe('memory layers on real filesystems (root)', () => {
  let d: Dirs;
  let small: string;
  let big: TestLayer;
  const logs: string[] = [];

  beforeAll(async () => {
    d = await makeDirs('memory-layers');
    // A 2 MiB tmpfs of our own, to fill up for real.
    small = path.join(d.base, 'small-tmpfs');
    await mkdir(small, { recursive: true });
    await exec('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'hoist-test', small]);
    big = await layerFromEntries(
      Array.from({ length: 6 }, (_, i) => ({ name: `data/blob-${i}`, content: randomBytes(1024 * 1024) })),
      path.join(d.base, 'big.tar'),
    );
  });
  afterAll(async () => {
    await exec('umount', [small]).catch(() => undefined);
    await removeDirs(d);
  });

  it('unpacks into memory when it fits, and on disk when the tmpfs fills up meanwhile (nothing half-written left)', async () => {
    expect(await onTmpfs(small)).toBe(true);
    const small1 = path.join(small, `${MEMORY_DIR_PREFIX}${process.pid}-aa`);
    const log = (m: string) => logs.push(m);
    const fitsAlways = async () => true;
    // 6 MiB of incompressible data do not fit in 2 MiB: ENOSPC mid-unpack, then the disk store.
    const dir = await unpackPreferringMemory(d.cacheDir, small1, big.diffId, blobOf(big), { log, fits: fitsAlways });
    expect(dir).toBe(layerDir(d.cacheDir, big.diffId));
    expect((await readFile(path.join(dir, 'data/blob-5'))).length).toBe(1024 * 1024);
    expect(logs.join('\n')).toMatch(/is full, unpacking it on disk instead/);
    expect(await readdir(small1).catch(() => [])).toEqual([]);
    // A small layer fits.
    const tiny = await layerFromEntries([{ name: 'etc/', type: 'directory' }, { name: 'etc/motd', content: 'hi\n' }], path.join(d.base, 'tiny.tar'));
    const tinyDir = await unpackPreferringMemory(d.cacheDir, small1, tiny.diffId, blobOf(tiny), { log, fits: fitsAlways });
    expect(path.dirname(tinyDir)).toBe(small1);
    expect(await readFile(path.join(tinyDir, 'etc/motd'), 'utf8')).toBe('hi\n');
    // A layer already in the on-disk store is used where it is.
    expect(await unpackPreferringMemory(d.cacheDir, small1, big.diffId, blobOf(big), { log, fits: fitsAlways })).toBe(layerDir(d.cacheDir, big.diffId));
    // The real fit check says no for 6 MiB against 2 MiB: straight to disk, without trying.
    const small2 = path.join(small, `${MEMORY_DIR_PREFIX}${process.pid}-bb`);
    await rm(layerDir(d.cacheDir, big.diffId), { recursive: true });
    logs.length = 0;
    expect(await unpackPreferringMemory(d.cacheDir, small2, big.diffId, blobOf(big), { log })).toBe(layerDir(d.cacheDir, big.diffId));
    expect(logs).toEqual([]);
    // Any other failure in memory (here: the memory dir's parent is a file) also ends on disk, saying why.
    await rm(layerDir(d.cacheDir, tiny.diffId), { recursive: true, force: true });
    const notADir = path.join(small, 'a-file');
    await writeFile(notADir, 'x');
    const inFile = path.join(notADir, `${MEMORY_DIR_PREFIX}${process.pid}-cc`);
    expect(await unpackPreferringMemory(d.cacheDir, inFile, tiny.diffId, blobOf(tiny), { log, fits: fitsAlways })).toBe(layerDir(d.cacheDir, tiny.diffId));
    expect(logs.join('\n')).toMatch(/unpacking it in memory failed \(.*ENOTDIR.*\), unpacking it on disk instead/);
    await rm(notADir);
  });

  it('refuses a memory dir that someone else made first (a symlink, or a directory of another user)', async () => {
    const target = path.join(d.base, 'elsewhere');
    await mkdir(target, { recursive: true });
    const link = path.join(small, `${MEMORY_DIR_PREFIX}${process.pid}-dd`);
    await symlink(target, link);
    await expect(ownMemoryDir(link)).rejects.toThrow(/is not a directory of this user's/);
    const theirs = path.join(small, `${MEMORY_DIR_PREFIX}${process.pid}-ee`);
    await mkdir(theirs);
    await chown(theirs, 65534, 65534);
    await expect(ownMemoryDir(theirs)).rejects.toThrow(/is not a directory of this user's/);
    const mine = path.join(small, `${MEMORY_DIR_PREFIX}${process.pid}-ff`);
    await ownMemoryDir(mine);
    expect((await lstat(mine)).mode & 0o777).toBe(0o700);
    await ownMemoryDir(mine);
    for (const p of [link, theirs, mine]) await rm(p, { recursive: true, force: true });
  });

  it('sweeps the dirs of dead processes and the closing build, and nothing else', async () => {
    const dead = path.join(small, `${MEMORY_DIR_PREFIX}999999999-0f`);
    const live = path.join(small, `${MEMORY_DIR_PREFIX}${process.pid}-1f`);
    const own = path.join(small, `${MEMORY_DIR_PREFIX}${process.pid}-2f`);
    const other = path.join(small, 'not-ours-999999999');
    const deadTheirs = path.join(small, `${MEMORY_DIR_PREFIX}999999998-0f`);
    const deadLink = path.join(small, `${MEMORY_DIR_PREFIX}999999997-0f`);
    const victim = path.join(d.base, 'victim');
    for (const p of [dead, live, own, other, deadTheirs, victim]) await mkdir(path.join(p, 'x'), { recursive: true });
    await chown(deadTheirs, 65534, 65534);
    await symlink(victim, deadLink);
    await sweepMemoryDirs(own, small);
    expect((await readdir(small)).sort()).toEqual(expect.arrayContaining([path.basename(live), 'not-ours-999999999', path.basename(deadTheirs), path.basename(deadLink)]));
    expect(await readdir(victim)).toEqual(['x']);
    expect(await readdir(small)).not.toContain(path.basename(dead));
    expect(await readdir(small)).not.toContain(path.basename(own));
  });

  it('the native executor runs steps on layers unpacked in /dev/shm and removes them when it closes', async () => {
    if (!(await onTmpfs(MEMORY_ROOT))) throw new Error(`${MEMORY_ROOT} is not a tmpfs on this machine`);
    const support = await probeNative(d.tempDir);
    if (!support.ok) throw new Error(support.reason);
    const script = await bundleWorkerFromSources(path.join(d.base, 'worker'));
    const traced: string[] = [];
    const ex = new NativeExecutor({ cacheDir: d.cacheDir, tempDir: d.tempDir, launcher: launcherFor(support, script), log: (m) => traced.push(m), handleSignals: false, trace: true, memoryLayers: true });
    const mine = async () => (await readdir(MEMORY_ROOT)).filter((n) => n.startsWith(`${MEMORY_DIR_PREFIX}${process.pid}-`));
    const before = await mine();
    try {
      const base = await busyboxLayer();
      const r = await sh(ex, [base], 'cat /etc/passwd | head -1; echo made > /made');
      expect(r.stdout).toBe('root:x:0:0:root:/root:/bin/sh\n');
      await r.result.release();
      const during = (await mine()).filter((n) => !before.includes(n));
      expect(during).toHaveLength(1);
      expect(await readdir(path.join(MEMORY_ROOT, during[0]))).toEqual([base.diffId.slice('sha256:'.length)]);
      expect(traced.join('\n')).toMatch(/unpacked \d+ ms \(in memory\)/);
      // Nothing went to the on-disk store.
      expect(await readdir(path.join(d.cacheDir, 'layers')).catch(() => [])).not.toContain(base.diffId.slice('sha256:'.length));
    } finally {
      await ex.close();
    }
    expect((await mine()).filter((n) => !before.includes(n))).toEqual([]);
  });
});
