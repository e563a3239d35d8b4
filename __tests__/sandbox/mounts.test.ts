/**
 * `RUN --mount` on both executors: secrets (readable in their step; the value in no layer, cache entry,
 * log line or temp file), cache mounts (kept by id between steps, sharing modes), bind mounts (read-only
 * unless rw, rw writes discarded) and tmpfs. None of the mount points reach the layer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { DockerExecutor } from '../../src/sandbox/docker/executor.js';
import type { Executor, RunMount } from '../../src/sandbox/types.js';
import { busyboxLayer, type TestLayer } from '../support/rootfs.js';
import { dockerExecutor, keepLayer, listLayer, makeDirs, nativeExecutor, paths, removeDirs, sh, type Dirs } from './harness.js';

const exec = promisify(execFile);

// native-shell: the native executor with its util-linux fallback for mounts (where perl is missing).
describe.each(['native', 'native-shell', 'docker'] as const)('%s executor: RUN --mount', (kind) => {
  let d: Dirs;
  let ex: Executor;
  let base: TestLayer;
  const logs: string[] = [];

  beforeAll(async () => {
    d = await makeDirs(`mounts-${kind}`);
    ex = kind === 'docker' ? dockerExecutor(d) : await nativeExecutor(d, { mounter: kind === 'native' ? 'perl' : 'shell' });
    base = await busyboxLayer();
  });
  afterAll(async () => {
    if (ex instanceof DockerExecutor) await ex.removeCacheVolumes();
    await ex.close();
    await removeDirs(d);
  });

  it('type=secret: readable in its RUN, in no layer, cache, log or file left behind', async () => {
    const value = `s3cr3t-${randomBytes(12).toString('hex')}`;
    const src = path.join(d.base, 'secret-src');
    await writeFile(src, value);
    const mounts: RunMount[] = [
      { type: 'secret', source: src, target: '/run/secrets/token', mode: 0o400, uid: 0, gid: 0, required: true },
      { type: 'secret', source: src, target: '/etc/app/key', mode: 0o440, uid: 1000, gid: 1000, required: true },
    ];
    const r = await sh(ex, [base], 'cat /run/secrets/token | sha256sum; stat -c "%a %u:%g" /run/secrets/token; cat /etc/app/key > /dev/null; echo done > /out', {
      mounts,
      onOutput: (_s, c) => logs.push(c.toString('latin1')),
    });
    const want = (await exec('sh', ['-c', `printf %s '${value}' | sha256sum`])).stdout;
    expect(r.stdout.split('\n')[0]).toBe(want.trim());
    expect(r.stdout.split('\n')[1]).toBe(kind !== 'docker' ? '400 0:0' : `400 ${process.getuid?.()}:${process.getgid?.()}`);
    const l = await listLayer(r.result.diffTar);
    // The mount points and their parents are not in the layer.
    expect(paths(l)).toEqual(['out']);
    const layer = await keepLayer(r.result, path.join(d.base, 'kept'), 'secret-step');
    // Search everything hoist wrote for the value: both steps' layers, the cache (unpacked layers, cache
    // mounts) and temp dirs, the output.
    const r2 = await sh(ex, [base, layer], 'echo again', { mounts });
    const clean = await listLayer(r2.result.diffTar);
    expect(paths(clean)).toEqual([]);
    const hits = await exec('grep', ['-rlF', '--', value, d.cacheDir, d.tempDir, r2.result.diffTar, layer.tar]).then(
      (o) => o.stdout,
      () => '',
    );
    expect(hits).toBe('');
    expect(logs.join('')).not.toContain(value);
    await r2.result.release();
  });

  it('a missing optional secret is skipped, a missing required one fails', async () => {
    const r = await sh(ex, [base], 'ls /run/secrets 2>&1 || echo none', {
      mounts: [{ type: 'secret', source: path.join(d.base, 'absent'), target: '/run/secrets/x', mode: 0o400, uid: 0, gid: 0, required: false }],
    });
    expect(r.stdout).toMatch(/none|No such file/);
    await r.result.release();
    await expect(
      sh(ex, [base], 'true', { mounts: [{ type: 'secret', source: path.join(d.base, 'absent'), target: '/run/secrets/x', mode: 0o400, uid: 0, gid: 0, required: true }] }),
    ).rejects.toThrow(/secret for \/run\/secrets\/x/);
  });

  it('type=cache: kept by id between steps and builds, never in the layer', async () => {
    const cache: RunMount = { type: 'cache', id: 'apt-lists', target: '/var/cache/thing', sharing: 'shared', readonly: false };
    const a = await sh(ex, [base], 'echo one >> /var/cache/thing/log; cat /var/cache/thing/log', { mounts: [cache] });
    const b = await sh(ex, [base], 'echo two >> /var/cache/thing/log; cat /var/cache/thing/log', { mounts: [cache] });
    expect(a.stdout).toBe('one\n');
    expect(b.stdout).toBe('one\ntwo\n');
    expect(paths(await listLayer(b.result.diffTar))).toEqual([]);
    const other = await sh(ex, [base], 'ls /var/cache/thing | wc -l', { mounts: [{ ...cache, id: 'another' }] });
    expect(other.stdout.trim()).toBe('0');
    for (const x of [a, b, other]) await x.result.release();
  });

  it('type=cache sharing=locked waits, sharing=private takes another copy', async () => {
    const locked: RunMount = { type: 'cache', id: `locked-${kind}`, target: '/c', sharing: 'locked', readonly: false };
    // $$ is 1 in every step (pid namespaces): name files with mktemp.
    const script = 'mktemp /c/start.XXXXXX > /dev/null; sleep 1; echo $(ls /c | wc -l)';
    const [x, y] = await Promise.all([sh(ex, [base], script, { mounts: [locked] }), sh(ex, [base], script, { mounts: [locked] })]);
    // One after the other: the second sees the first's file and its own.
    expect([x.stdout.trim(), y.stdout.trim()].sort()).toEqual(['1', '2']);
    const priv: RunMount = { type: 'cache', id: `private-${kind}`, target: '/c', sharing: 'private', readonly: false };
    const [p, q] = await Promise.all([sh(ex, [base], 'touch /c/$(date +%s%N); sleep 1; ls /c | wc -l', { mounts: [priv] }), sh(ex, [base], 'touch /c/$(date +%s%N); sleep 1; ls /c | wc -l', { mounts: [priv] })]);
    expect([p.stdout.trim(), q.stdout.trim()]).toEqual(['1', '1']);
    for (const r of [x, y, p, q]) await r.result.release();
  });

  it('type=bind: read-only by default; rw writes are discarded', async () => {
    const src = path.join(d.base, 'ctx');
    await mkdir(src, { recursive: true });
    await writeFile(path.join(src, 'in.txt'), 'from context\n');
    const ro = await sh(ex, [base], 'cat /src/in.txt; echo x > /src/new 2>/dev/null || echo read-only', { mounts: [{ type: 'bind', source: src, target: '/src', readonly: true }] });
    expect(ro.stdout).toBe('from context\nread-only\n');
    const rw = await sh(ex, [base], 'echo changed > /src/in.txt; echo x > /src/new; cat /src/in.txt', { mounts: [{ type: 'bind', source: src, target: '/src', readonly: false }] });
    expect(rw.stdout).toBe('changed\n');
    expect(await readFile(path.join(src, 'in.txt'), 'utf8')).toBe('from context\n');
    expect(paths(await listLayer(rw.result.diffTar))).toEqual([]);
    const file = await sh(ex, [base], 'cat /one.txt', { mounts: [{ type: 'bind', source: path.join(src, 'in.txt'), target: '/one.txt', readonly: true }] });
    expect(file.stdout).toBe('from context\n');
    expect(paths(await listLayer(file.result.diffTar))).toEqual([]);
    for (const r of [ro, rw, file]) await r.result.release();
  });

  it('type=tmpfs: empty, writable, gone afterwards', async () => {
    const r = await sh(ex, [base], 'ls -A /scratch | wc -l; dd if=/dev/zero of=/scratch/f bs=1k count=10 2>/dev/null; ls /scratch', { mounts: [{ type: 'tmpfs', target: '/scratch', size: 1 << 20 }] });
    expect(r.stdout).toBe('0\nf\n');
    expect(paths(await listLayer(r.result.diffTar))).toEqual([]);
    await r.result.release();
  });
});
