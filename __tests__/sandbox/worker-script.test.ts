/** The sandbox worker built from sources (tests, source checkouts): content-named, in a private directory. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chmod, mkdir, mkdtemp, readdir, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleWorkerFromSources, privateWorkerDir } from '../../src/sandbox/worker-script.js';

describe('worker script from sources', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'hoist-worker-script-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test('is written once, named by its content', async () => {
    const out = path.join(root, 'out');
    const a = await bundleWorkerFromSources(out);
    const b = await bundleWorkerFromSources(out);
    expect(b).toBe(a);
    expect(path.basename(a)).toMatch(/^hoist-sandbox-worker-[0-9a-f]{16}\.mjs$/);
    expect(await readdir(out)).toEqual([path.basename(a)]);
  }, 60_000);

  test("lives in this user's 0700 directory; one another user could write, or a symlink, is refused", async () => {
    const base = path.join(root, 'tmp');
    await mkdir(base);
    const uid = process.getuid!();
    const dir = await privateWorkerDir(base);
    expect(dir).toBe(path.join(base, `hoist-worker-${uid}`));
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    await chmod(dir, 0o777);
    await expect(privateWorkerDir(base)).rejects.toThrow(/is not a private directory/);
    await rm(dir, { recursive: true });
    await mkdir(path.join(root, 'elsewhere'), { mode: 0o700 });
    await symlink(path.join(root, 'elsewhere'), dir);
    await expect(privateWorkerDir(base)).rejects.toThrow(/is not a private directory/);
  });
});
