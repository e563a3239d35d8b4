import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync, linkSync, chownSync, chmodSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeDirAsLayer, writeUpperDirAsLayer, type UpperDirLayerOptions } from '../../../src/oci/layer/diff.js';
import { unpackLayer } from '../../../src/oci/layer/unpack.js';
import type { TarEntry } from '../../../src/oci/tar/types.js';
import { collect, entriesOf, fileEntry, run, tarOf, tempDir } from '../tar/helpers.js';
import { snapshot, treeXattrs, xattrsOf } from './tree.js';

const CAPABILITY = Buffer.from('0100000200040000000000000000000000000000', 'hex');

let tmp: { dir: string; cleanup: () => void };
let count = 0;
const fresh = (name: string) => {
  const d = path.join(tmp.dir, `${name}-${++count}`);
  mkdirSync(d, { recursive: true });
  return d;
};

beforeAll(() => {
  tmp = tempDir('diff');
});
afterAll(() => tmp.cleanup());

async function layerOfDir(dir: string, opts: Parameters<typeof writeDirAsLayer>[2] = {}): Promise<Buffer> {
  const out = new PassThrough();
  const done = collect(out);
  await writeDirAsLayer(dir, out, opts);
  return done;
}

async function layerOfUpper(dir: string, opts: UpperDirLayerOptions): Promise<{ tar: Buffer; entries: number; empty: boolean }> {
  const out = new PassThrough();
  const done = collect(out);
  const r = await writeUpperDirAsLayer(dir, out, opts);
  return { tar: await done, ...r };
}

const list = async (tar: Buffer) => (await entriesOf(tar)).map(({ entry }) => `${entry.type} ${entry.path}${entry.linkname ? ` -> ${entry.linkname}` : ''}`);

/** A tree with every kind of file a layer holds. */
async function richTree(t: string): Promise<void> {
  mkdirSync(path.join(t, 'usr/bin'), { recursive: true });
  mkdirSync(path.join(t, 'b-empty'));
  writeFileSync(path.join(t, 'usr/bin/ping'), 'ping');
  await run('setfattr', ['-n', 'security.capability', '-v', `0x${CAPABILITY.toString('hex')}`, path.join(t, 'usr/bin/ping')]);
  await run('setfattr', ['-n', 'user.note', '-v', '0x00ff', path.join(t, 'usr/bin/ping')]);
  await run('setfattr', ['-n', 'security.selinux', '-v', 'system_u:object_r:bin_t:s0', path.join(t, 'usr/bin/ping')]).catch(() => undefined);
  writeFileSync(path.join(t, 'usr/bin/su'), 'su');
  chmodSync(path.join(t, 'usr/bin/su'), 0o4755);
  linkSync(path.join(t, 'usr/bin/su'), path.join(t, 'a-hard'));
  linkSync(path.join(t, 'usr/bin/su'), path.join(t, 'usr/z-hard'));
  symlinkSync('../lib/missing', path.join(t, 'usr/bin/dangling'));
  symlinkSync('/etc/passwd', path.join(t, 'usr/abs'));
  await run('mkfifo', [path.join(t, 'usr/fifo')]);
  await run('mknod', [path.join(t, 'usr/null'), 'c', '1', '3']);
  writeFileSync(path.join(t, `usr/${'n'.repeat(200)}`), 'long');
  writeFileSync(Buffer.from(`${t}/usr/r\xffw`, 'latin1'), 'raw');
  writeFileSync(path.join(t, 'usr/big-id'), 'id');
  chownSync(path.join(t, 'usr/big-id'), 3000000, 1000000);
  writeFileSync(path.join(t, 'usr/large'), Buffer.alloc(3 * 1024 * 1024 + 1, 0x61));
  mkdirSync(path.join(t, 'tmp'));
  chmodSync(path.join(t, 'tmp'), 0o1777);
  await run('bash', ['-c', `cd "$1" && find . -mindepth 1 -exec touch -h -d '2021-05-06 07:08:09.5' {} +`, 'touch', t]);
}

describe('writeDirAsLayer', () => {
  test('fixed order: bytes-sorted names, depth first, each directory before its contents, first hardlink path is the file', async () => {
    const t = fresh('tree');
    await richTree(t);
    expect(await list(await layerOfDir(t))).toEqual([
      'file a-hard',
      'dir b-empty',
      'dir tmp',
      'dir usr',
      'symlink usr/abs -> /etc/passwd',
      'file usr/big-id',
      'dir usr/bin',
      'symlink usr/bin/dangling -> ../lib/missing',
      'file usr/bin/ping',
      'hardlink usr/bin/su -> a-hard',
      'fifo usr/fifo',
      'file usr/large',
      `file usr/${'n'.repeat(200)}`,
      'char usr/null',
      'file usr/r\ufffdw',
      'hardlink usr/z-hard -> a-hard',
    ]);
  });

  test('round trip: layer -> unpack gives the same tree (modes, owners, mtimes, links, devices, kept xattrs)', async () => {
    const t = fresh('tree');
    await richTree(t);
    const tar = await layerOfDir(t);
    const out = fresh('out');
    await unpackLayer(Readable.from([tar]), out, { mode: 'apply' });
    const comparable = (nodes: ReturnType<typeof snapshot>) => nodes.map(({ ino, ...n }) => ({ ...n, linked: ino !== undefined }));
    expect(comparable(snapshot(out, { mtimes: true, inodes: true }))).toEqual(comparable(snapshot(t, { mtimes: true, inodes: true })));
    expect(xattrsOf(path.join(out, 'usr/bin/ping'))).toEqual({ 'security.capability': CAPABILITY.toString('hex'), 'user.note': '00ff' });
    const [ping] = (await entriesOf(tar)).filter((i) => i.entry.path === 'usr/bin/ping');
    expect(Object.keys(ping.entry.xattrs!).sort()).toEqual(['security.capability', 'user.note']); // no security.selinux
    const strict = await entriesOf(await layerOfDir(t, { xattrs: (n) => n === 'security.capability' }));
    expect(strict.find((i) => i.entry.path === 'usr/bin/ping')!.entry.xattrs).toEqual({ 'security.capability': CAPABILITY });
  });

  test('deterministic, and GNU tar agrees on the listing', async () => {
    const t = fresh('tree');
    await richTree(t);
    const a = await layerOfDir(t);
    expect((await layerOfDir(t)).equals(a)).toBe(true);
    const file = path.join(tmp.dir, `l${++count}.tar`);
    writeFileSync(file, a);
    const listing = await run('tar', ['--numeric-owner', '--full-time', '-tvf', file]);
    expect(listing).toMatch(/^-rwsr-xr-x 0\/0 +2 2021-05-06 07:08:09 a-hard$/m);
    expect(listing).toMatch(/^-rw-r--r-- 3000000\/1000000 +2 2021-05-06 07:08:09 usr\/big-id$/m);
    expect(listing).toMatch(/^hrwsr-xr-x 0\/0 +0 2021-05-06 07:08:09 usr\/bin\/su link to a-hard$/m);
    expect(listing).toMatch(/^drwxrwxrwt 0\/0 +0 2021-05-06 07:08:09 tmp\/$/m);
    expect(listing.trim().split('\n')).toHaveLength(16);
  });

  test('sourceDateEpoch clamps newer mtimes and leaves older ones', async () => {
    const t = fresh('tree');
    writeFileSync(path.join(t, 'old'), 'o');
    writeFileSync(path.join(t, 'new'), 'n');
    utimesSync(path.join(t, 'old'), 1000000000, 1000000000);
    utimesSync(path.join(t, 'new'), 1800000000, 1800000000);
    const items = await entriesOf(await layerOfDir(t, { sourceDateEpoch: 1500000000 }));
    expect(items.map((i) => [i.entry.path, i.entry.mtime])).toEqual([['new', 1500000000], ['old', 1000000000]]);
  });

  test('exclusions (list or predicate) leave out paths and whole subtrees; sockets are skipped', async () => {
    const t = fresh('tree');
    mkdirSync(path.join(t, 'etc'));
    mkdirSync(path.join(t, 'proc/1'), { recursive: true });
    writeFileSync(path.join(t, 'etc/hosts'), '');
    writeFileSync(path.join(t, 'etc/passwd'), 'root');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(t, 'sock'), resolve));
    try {
      expect(lstatSync(path.join(t, 'sock')).isSocket()).toBe(true);
      expect(await list(await layerOfDir(t, { exclude: ['/etc/hosts', 'proc'] }))).toEqual(['dir etc', 'file etc/passwd']);
      expect(await list(await layerOfDir(t, { exclude: (p) => p.startsWith('etc') }))).toEqual(['dir proc', 'dir proc/1']);
    } finally {
      server.close();
    }
  });

  test('a file named .wh.* is refused, naming it', async () => {
    const t = fresh('tree');
    mkdirSync(path.join(t, 'd'));
    writeFileSync(path.join(t, 'd/.wh.sneaky'), '');
    await expect(writeDirAsLayer(t, new PassThrough().resume())).rejects.toThrow(`directory ${t}: d/.wh.sneaky: file names starting with ".wh." are reserved`);
  });

  test('writes to a file path', async () => {
    const t = fresh('tree');
    writeFileSync(path.join(t, 'a'), 'a');
    const file = path.join(tmp.dir, `out${++count}.tar`);
    expect(await writeDirAsLayer(t, file)).toEqual({ entries: 1 });
    expect((await entriesOf(readFileSync(file))).map((i) => i.entry.path)).toEqual(['a']);
  });
});

/** Lower-layer callbacks for overlay lower dirs (first = topmost), as the sandbox would answer them. */
function lowerOf(lowers: string[]): Pick<UpperDirLayerOptions, 'lowerHas' | 'lowerIsDir' | 'lowerDirStat' | 'lowerChildren'> {
  const find = (rel: string) => {
    for (const l of lowers) {
      const p = path.join(l, rel);
      if (!existsSync(p) && !isLink(p)) continue;
      const st = lstatSync(p);
      if (st.isCharacterDevice() && st.rdev === 0) return undefined; // whited out
      return st;
    }
    return undefined;
  };
  return {
    lowerHas: (rel) => find(rel) !== undefined,
    lowerIsDir: (rel) => find(rel)?.isDirectory() ?? false,
    lowerDirStat: (rel) => {
      const st = find(rel);
      return st?.isDirectory() ? { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, mtime: Math.floor(st.mtimeMs / 1000) } : undefined;
    },
    lowerChildren: (rel) => {
      if (!find(rel)?.isDirectory()) return [];
      const names = new Set<string>();
      for (const l of lowers) if (existsSync(path.join(l, rel))) for (const n of readdirSync(path.join(l, rel))) names.add(n);
      return [...names].filter((n) => find(path.join(rel, n)) !== undefined).map((n) => Buffer.from(n));
    },
  };
}
const isLink = (p: string) => {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
};

describe('writeUpperDirAsLayer on a real overlayfs upper dir', () => {
  const wh = (p: string): TarEntry & { data?: Buffer } => ({ path: p, type: 'file', mode: 0, uid: 0, gid: 0, size: 0, mtime: 0 });
  const base = [
    { path: 'etc', type: 'dir' as const, mode: 0o755, uid: 0, gid: 0, size: 0, mtime: 1600000000 },
    fileEntry('etc/f', 'hi'), fileEntry('etc/f2', 'two'), fileEntry('etc/g', 'g'),
    { path: 'keep', type: 'dir' as const, mode: 0o755, uid: 0, gid: 0, size: 0, mtime: 1600000000 },
    { path: 'keep/sub', type: 'dir' as const, mode: 0o755, uid: 0, gid: 0, size: 0, mtime: 1600000000 }, fileEntry('keep/sub/k', 'k'),
    { path: 'tmp', type: 'dir' as const, mode: 0o1777, uid: 0, gid: 0, size: 0, mtime: 1600000000 },
    { path: 'tmp/x', type: 'dir' as const, mode: 0o755, uid: 0, gid: 0, size: 0, mtime: 1600000000 }, fileEntry('tmp/x/a', 'a'),
    { path: 'var', type: 'dir' as const, mode: 0o755, uid: 0, gid: 0, size: 0, mtime: 1600000000 },
    { path: 'var/run', type: 'dir' as const, mode: 0o755, uid: 0, gid: 0, size: 0, mtime: 1600000000 },
  ];
  let lowerTar: Buffer;
  let lower: string;
  let upper: string;
  let mergedView: ReturnType<typeof snapshot>;

  /** The RUN step, done through the overlay mount: deletes, re-creates, chowns, caps, links, a mount stub. */
  beforeAll(async () => {
    lowerTar = await tarOf([...base, wh('.wh.nothing')]);
    lower = fresh('lower');
    await unpackLayer(Readable.from([lowerTar]), lower, { mode: 'overlay-lower' });
    upper = fresh('upper');
    const work = fresh('work');
    const merged = fresh('merged');
    execFileSync('mount', ['-t', 'overlay', 'overlay', '-o', `lowerdir=${lower},upperdir=${upper},workdir=${work}`, merged]);
    try {
      const m = (p: string) => path.join(merged, p);
      rmSync(m('etc/f2'));
      rmSync(m('tmp/x'), { recursive: true });
      mkdirSync(m('tmp/x'));
      writeFileSync(m('tmp/x/b'), 'b');
      rmSync(m('keep/sub'), { recursive: true });
      chownSync(m('etc/f'), 1000000, 5);
      writeFileSync(m('etc/new'), 'new');
      await run('setfattr', ['-n', 'security.capability', '-v', `0x${CAPABILITY.toString('hex')}`, m('etc/new')]);
      linkSync(m('etc/new'), m('etc/new-link'));
      mkdirSync(m('opt/app'), { recursive: true });
      writeFileSync(m('opt/app/run.sh'), '#!/bin/sh\n');
      writeFileSync(m('var/run/pid'), '1');
      writeFileSync(m('etc/hosts'), ''); // a mount stub the sandbox made; excluded below
      await run('touch', ['-d', '2020-09-13 12:26:40 UTC', m('etc')]); // the sandbox restores the stub's parent mtime
      await run('mkfifo', [m('opt/app/fifo')]);
      mergedView = snapshot(merged, { inodes: true }).filter((n) => n.path !== 'etc/hosts');
    } finally {
      execFileSync('umount', [merged]);
    }
  });

  test('whiteouts first in their directory, an opaque directory as whiteouts of what it hides, hardlinks, stubs excluded', async () => {
    const { tar, entries, empty } = await layerOfUpper(upper, { ...lowerOf([lower]), exclude: ['etc/hosts'] });
    expect(empty).toBe(false);
    expect(await list(tar)).toEqual([
      'dir etc',
      'file etc/.wh.f2',
      'file etc/f',
      'file etc/new',
      'hardlink etc/new-link -> etc/new',
      'dir keep',
      'file keep/.wh.sub',
      'dir opt',
      'dir opt/app',
      'fifo opt/app/fifo',
      'file opt/app/run.sh',
      'dir tmp',
      'dir tmp/x',
      'file tmp/x/.wh.a',
      'file tmp/x/b',
      'dir var',
      'dir var/run',
      'file var/run/pid',
    ]);
    expect(entries).toBe(18);
    const items = await entriesOf(tar);
    const byPath = new Map(items.map((i) => [i.entry.path, i.entry]));
    expect(byPath.get('etc/.wh.f2')).toEqual({ path: 'etc/.wh.f2', type: 'file', mode: 0, uid: 0, gid: 0, size: 0, mtime: 0 });
    expect(byPath.get('etc/f')).toMatchObject({ uid: 1000000, gid: 5 });
    expect(byPath.get('etc/new')!.xattrs).toEqual({ 'security.capability': CAPABILITY });
    expect(byPath.get('tmp')!.mode).toBe(0o1777);
    for (const e of items) expect(Object.keys(e.entry.xattrs ?? {}).filter((k) => k.startsWith('trusted.overlay.'))).toEqual([]);
    expect(items.map((i) => i.entry.path).filter((p) => p.endsWith('.wh..wh..opq'))).toEqual([]);
  });

  test('applying the layer over its lower layer gives the tree overlayfs showed', async () => {
    const { tar } = await layerOfUpper(upper, { ...lowerOf([lower]), exclude: ['etc/hosts'] });
    const applied = fresh('applied');
    await unpackLayer(Readable.from([lowerTar]), applied, { mode: 'apply' });
    await unpackLayer(Readable.from([tar]), applied, { mode: 'apply' });
    const comparable = (nodes: ReturnType<typeof snapshot>) => nodes.map(({ ino, ...n }) => ({ ...n, linked: ino !== undefined }));
    expect(comparable(snapshot(applied, { inodes: true }))).toEqual(comparable(mergedView));
    // And as overlay lower dirs: the new layer over the old one shows the same tree again.
    const l2 = fresh('l2');
    await unpackLayer(Readable.from([tar]), l2, { mode: 'overlay-lower' });
    const mnt = fresh('mnt');
    execFileSync('mount', ['-t', 'overlay', 'overlay', '-o', `lowerdir=${l2}:${lower}`, mnt]);
    try {
      expect(comparable(snapshot(mnt, { inodes: true }))).toEqual(comparable(mergedView));
      expect(treeXattrs(mnt)['etc/new']).toEqual({ 'security.capability': CAPABILITY.toString('hex') });
    } finally {
      execFileSync('umount', [mnt]);
    }
  });

  test('directories only copied up for an excluded stub are left out when lowerDirStat says they are unchanged', async () => {
    const withStat = await list((await layerOfUpper(upper, { ...lowerOf([lower]), exclude: ['etc/hosts', 'etc/f', 'etc/new', 'etc/new-link', 'etc/f2'] })).tar);
    expect(withStat.filter((l) => l.includes(' etc'))).toEqual([]);
    const { lowerDirStat: _unused, ...noStat } = lowerOf([lower]);
    const without = await list((await layerOfUpper(upper, { ...noStat, exclude: ['etc/hosts', 'etc/f', 'etc/new', 'etc/new-link', 'etc/f2'] })).tar);
    expect(without.filter((l) => l.includes(' etc'))).toEqual(['dir etc']);
  });

  test('a directory whose only change is its mtime is left out, below an opaque directory too', async () => {
    // Lower: tmp/ (1777), a/ with a/keep/ and a/x, all old. Upper: tmp/ touched (a file made and removed),
    // a/ recreated (opaque) with a/keep/ again, same mode and owner as the lower's. The opaque a/ hides only
    // what it lacks (a/x, as a whiteout), so the lower a/keep/ stays visible and needs no entry.
    const low = fresh('lower');
    for (const d of ['tmp', 'a', 'a/keep']) mkdirSync(path.join(low, d));
    chmodSync(path.join(low, 'tmp'), 0o1777);
    writeFileSync(path.join(low, 'a/x'), 'x');
    for (const d of ['a/x', 'a/keep', 'a', 'tmp']) utimesSync(path.join(low, d), 1_000_000_000, 1_000_000_000);
    const u = fresh('upper');
    for (const d of ['tmp', 'a', 'a/keep']) mkdirSync(path.join(u, d));
    chmodSync(path.join(u, 'tmp'), 0o1777);
    await run('setfattr', ['-n', 'trusted.overlay.opaque', '-v', 'y', path.join(u, 'a')]);
    expect(await list((await layerOfUpper(u, lowerOf([low]))).tar)).toEqual(['dir a', 'file a/.wh.x']);
  });

  test('whiteouts without a lower path and opaque dirs without a lower dir are left out', async () => {
    const u = fresh('upper');
    execFileSync('mknod', [path.join(u, 'ghost'), 'c', '0', '0']);
    mkdirSync(path.join(u, 'newdir'));
    await run('setfattr', ['-n', 'trusted.overlay.opaque', '-v', 'y', path.join(u, 'newdir')]);
    const { tar } = await layerOfUpper(u, { lowerHas: () => false, lowerIsDir: () => false, lowerChildren: () => [] });
    expect(await list(tar)).toEqual(['dir newdir']);
    const empty = fresh('upper');
    expect(await layerOfUpper(empty, { lowerHas: () => false, lowerIsDir: () => false, lowerChildren: () => [] })).toMatchObject({ entries: 0, empty: true });
  });

  test('user .wh.* files, redirect_dir and metacopy upper dirs are refused', async () => {
    const u = fresh('upper');
    writeFileSync(path.join(u, '.wh.mine'), '');
    await expect(layerOfUpper(u, { lowerHas: () => true, lowerIsDir: () => true, lowerChildren: () => [] })).rejects.toThrow(`upper dir ${u}: .wh.mine: file names starting with ".wh." are reserved`);
    const r = fresh('upper');
    mkdirSync(path.join(r, 'moved'));
    await run('setfattr', ['-n', 'trusted.overlay.redirect', '-v', '/orig', path.join(r, 'moved')]);
    await expect(layerOfUpper(r, { lowerHas: () => true, lowerIsDir: () => true, lowerChildren: () => [] })).rejects.toThrow('moved: overlayfs trusted.overlay.redirect is not supported');
    const mc = fresh('upper');
    writeFileSync(path.join(mc, 'meta'), '');
    await run('setfattr', ['-n', 'trusted.overlay.metacopy', path.join(mc, 'meta')]);
    await expect(layerOfUpper(mc, { lowerHas: () => true, lowerIsDir: () => true, lowerChildren: () => [] })).rejects.toThrow('meta: overlayfs trusted.overlay.metacopy is not supported');
  });
});
