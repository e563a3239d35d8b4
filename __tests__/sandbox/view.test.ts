/**
 * mountRootfs: the read-only merged view of a stage's layers the builder reads (COPY --from, --chown
 * lookups, RUN --mount from=): whiteouts and opaque directories applied, read-only, gone on release; the
 * union-copy fallback gives the same tree.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { mountRootfs } from '../../src/sandbox/index.js';
import { busyboxLayer, layerFromEntries, type TestLayer } from '../support/rootfs.js';
import { makeDirs, nativeExecutor, removeDirs, sh, type Dirs } from './harness.js';

const exec = promisify(execFile);

async function tree(root: string): Promise<string> {
  return (await exec('find', ['.', '-printf', '%p %y %m %U:%G\n'], { cwd: root })).stdout.split('\n').sort().join('\n');
}

describe('mountRootfs', () => {
  let d: Dirs;
  let layers: TestLayer[];

  beforeAll(async () => {
    d = await makeDirs('view');
    layers = [
      await layerFromEntries(
        [
          { name: 'a/', type: 'directory' }, { name: 'a/1', content: 'one' }, { name: 'a/2', content: 'two' },
          { name: 'd/', type: 'directory' }, { name: 'd/x', content: 'x' }, { name: 'etc/', type: 'directory' },
          { name: 'etc/passwd', content: 'root:x:0:0::/root:/bin/sh\napp:x:7:8::/:/bin/sh\n' }, { name: 'owned', content: 'o', uid: 7, gid: 8, mode: 0o600 },
        ],
        path.join(d.base, 'l1.tar'),
      ),
      await layerFromEntries(
        [{ name: 'a/', type: 'directory' }, { name: 'a/.wh.1' }, { name: 'd/', type: 'directory', mode: 0o700 }, { name: 'd/.wh..wh..opq' }, { name: 'd/y', content: 'y' }],
        path.join(d.base, 'l2.tar'),
      ),
    ];
  });
  afterAll(async () => removeDirs(d));

  it('an overlay of the layers: whiteouts and opaque dirs applied, owners kept, read-only, gone on release', async () => {
    const v = await mountRootfs(layers, { cacheDir: d.cacheDir, tempDir: d.tempDir });
    expect((await readdir(path.join(v.path, 'a'))).sort()).toEqual(['2']);
    expect((await readdir(path.join(v.path, 'd'))).sort()).toEqual(['y']);
    expect(await readFile(path.join(v.path, 'etc/passwd'), 'utf8')).toContain('app:x:7:8');
    const mounts = await readFile('/proc/self/mountinfo', 'utf8');
    expect(mounts).toContain(` ${v.path} `);
    await expect(writeFile(path.join(v.path, 'new'), 'x')).rejects.toThrow(/EROFS|read-only/);
    const overlayTree = await tree(v.path);
    expect(overlayTree).toContain('./owned f 600 7:8');
    expect(overlayTree).toContain('./d d 700 0:0');
    await v.release();
    expect(await readFile('/proc/self/mountinfo', 'utf8')).not.toContain(v.path);
    expect(existsSync(path.dirname(v.path))).toBe(false);

    const c = await mountRootfs(layers, { cacheDir: d.cacheDir, tempDir: d.tempDir, copy: true });
    expect(await readdir(path.join(c.path, 'a'))).toEqual(['2']);
    expect(await tree(c.path)).toBe(overlayTree);
    await c.release();
    expect(await readdir(d.tempDir)).toEqual([]);
  });

  it('a step binds from a view mounted after the executor\'s worker started (RUN --mount from=)', async () => {
    const ex = await nativeExecutor(d);
    try {
      const first = await sh(ex, [await busyboxLayer()], 'true'); // the worker is running now
      await first.result.release();
      const v = await mountRootfs(layers, { cacheDir: d.cacheDir, tempDir: d.tempDir });
      try {
        const r = await sh(ex, [await busyboxLayer()], 'cat /from-stage/passwd', { mounts: [{ type: 'bind', source: path.join(v.path, 'etc'), target: '/from-stage', readonly: true }] });
        expect(r.stdout).toContain('app:x:7:8');
        await r.result.release();
      } finally {
        await v.release();
      }
    } finally {
      await ex.close();
    }
  });
});
