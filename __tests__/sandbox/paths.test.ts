import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureTarget, isWithin, resolveInRoot } from '../../src/sandbox/paths.js';

describe('paths inside a rootfs (chroot semantics)', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'hoist-paths-'));
    await mkdir(path.join(root, 'etc'));
    await mkdir(path.join(root, 'run'));
    await writeFile(path.join(root, 'etc/passwd'), 'root:x:0:0::/root:/bin/sh\n');
    await symlink('/etc', path.join(root, 'abs')); // absolute: must stay inside the root
    await symlink('../../../../../../etc', path.join(root, 'rel')); // climbs past the root: clamped
    await symlink('/run', path.join(root, 'varrun'));
    await symlink('loop2', path.join(root, 'loop1'));
    await symlink('loop1', path.join(root, 'loop2'));
    await writeFile(path.join(root, 'file'), 'x');
  });
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('follows absolute and relative symlinks within the root', async () => {
    for (const p of ['/abs/passwd', '/rel/passwd', '/etc/../etc/./passwd', '/../../etc/passwd']) {
      const r = await resolveInRoot(root, p);
      expect(r).toMatchObject({ hostPath: path.join(root, 'etc/passwd'), inRoot: '/etc/passwd', exists: true });
    }
  });

  it('reports the missing rest lexically', async () => {
    const r = await resolveInRoot(root, '/varrun/secrets/x/../y');
    expect(r).toMatchObject({ inRoot: '/run/secrets/y', exists: false, firstMissing: 1 });
  });

  it('walks for real again once a `..` climbs out of the missing part', async () => {
    expect(await resolveInRoot(root, '/etc/missing/..')).toMatchObject({ inRoot: '/etc', exists: true });
    expect(await resolveInRoot(root, '/etc/missing/../passwd')).toMatchObject({ inRoot: '/etc/passwd', exists: true });
    expect(await resolveInRoot(root, '/run/m/../../abs/passwd')).toMatchObject({ inRoot: '/etc/passwd', exists: true });
    expect(await resolveInRoot(root, '/run/m/n/../../x')).toMatchObject({ inRoot: '/run/x', exists: false, firstMissing: 1 });
    await expect(resolveInRoot(root, '/etc/missing/../passwd/x')).rejects.toThrow(/not a directory/);
  });

  it('refuses loops and files used as directories', async () => {
    await expect(resolveInRoot(root, '/loop1/x')).rejects.toThrow(/too many levels/);
    await expect(resolveInRoot(root, '/file/x')).rejects.toThrow(/not a directory/);
  });

  it('creates missing mount targets inside the root only, restoring the parent times', async () => {
    const t0 = new Date('2001-02-03T04:05:06Z');
    await utimes(path.join(root, 'etc'), t0, t0);
    const t = await ensureTarget(root, '/abs/hosts', 'file');
    expect(t.hostPath).toBe(path.join(root, 'etc/hosts'));
    expect(t.created).toEqual(['/etc/hosts']);
    expect((await lstat(path.join(root, 'etc'))).mtime.toISOString()).toBe(t0.toISOString());
    expect(existsSync('/etc/hosts.hoist-test')).toBe(false);
    const d = await ensureTarget(root, '/rel/a/b', 'dir');
    expect(d.created).toEqual(['/etc/a', '/etc/a/b']);
    expect((await lstat(path.join(root, 'etc/a/b'))).isDirectory()).toBe(true);
    const again = await ensureTarget(root, '/etc/a/b', 'dir');
    expect(again.created).toEqual([]);
    await expect(ensureTarget(root, '/etc/passwd', 'dir')).rejects.toThrow(/not a directory/);
    await expect(ensureTarget(root, '/etc/a', 'file')).rejects.toThrow(/is a directory/);
  });

  it('isWithin', () => {
    expect(isWithin('/a/b', '/a')).toBe(true);
    expect(isWithin('/ab', '/a')).toBe(false);
    expect(isWithin('/x', '/')).toBe(true);
  });
});
