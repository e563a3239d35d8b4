/**
 * /sys/fs/cgroup in a RUN step on a cgroup v2 host (GitHub's Ubuntu runners), where this machine is a v1 host.
 * The worker is started through a wrapper that mounts a cgroup2 filesystem over /sys/fs/cgroup first, inside the
 * private mount namespace the worker always runs in, so the worker sees what a v2 host shows (mountinfo lists
 * cgroup2 at /sys/fs/cgroup) and nothing outside that namespace changes. The step must see what runc gives it from
 * containerd's default spec: one read-only cgroup2 mount (nosuid, nodev, noexec) and the v2 interface files,
 * none of the v1 tmpfs and hierarchy binds.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launcherFor } from '../../src/sandbox/index.js';
import { NativeExecutor } from '../../src/sandbox/native.js';
import { probeNative } from '../../src/sandbox/privileges.js';
import { bundleWorkerFromSources } from '../../src/sandbox/worker-script.js';
import { busyboxLayer, type TestLayer } from '../support/rootfs.js';
import { listLayer, makeDirs, paths, removeDirs, sh, type Dirs } from './harness.js';

const PROBE = [
  "awk '$2 ~ /^\\/sys\\/fs\\/cgroup/ {print $2, $3, $4}' /proc/mounts",
  'echo ---',
  'ls /sys/fs/cgroup',
  'echo ---',
  'mkdir /sys/fs/cgroup/x 2>/dev/null && echo rw || echo ro',
].join('; ');

describe.each(['perl', 'shell'] as const)('cgroup v2 host, %s mounter: /sys/fs/cgroup in a RUN step', (mounter) => {
  let d: Dirs;
  let ex: NativeExecutor;
  let base: TestLayer;

  beforeAll(async () => {
    d = await makeDirs(`cgroup-v2-${mounter}`);
    const support = await probeNative(d.tempDir);
    if (!support.ok) throw new Error(`native sandbox unavailable: ${support.reason}`);
    const script = await bundleWorkerFromSources(path.join(d.base, 'worker'));
    // The worker's "node": mount cgroup2 over /sys/fs/cgroup in the worker's own (private) mount namespace, then node.
    const node = path.join(d.base, 'node-on-cgroup2');
    await writeFile(node, `#!/bin/sh\nset -e\nmount -t cgroup2 cgroup2 /sys/fs/cgroup\nexec '${process.execPath}' "$@"\n`);
    await chmod(node, 0o755);
    const launcher = { ...launcherFor(support, script), node };
    ex = new NativeExecutor({ cacheDir: d.cacheDir, tempDir: d.tempDir, launcher, log: () => undefined, handleSignals: false, mounter });
    base = await busyboxLayer();
  });
  afterAll(async () => {
    await ex.close();
    await removeDirs(d);
  });

  /** The host's mounts this test could touch: /sys/fs/cgroup and below, and anything under the test's own dirs.
   *  Other suites run in parallel and mount and unmount their own views, so the whole table is not stable. */
  const ownMounts = async (): Promise<string[]> =>
    (await readFile('/proc/self/mountinfo', 'utf8'))
      .split('\n')
      .filter((line) => {
        const point = line.split(' ')[4] ?? '';
        return point.startsWith('/sys/fs/cgroup') || point.startsWith(d.base);
      });

  it('is one read-only cgroup2 mount with the v2 interface files, and the host is untouched', async () => {
    const hostBefore = await ownMounts();
    // This host is cgroup v1: the cgroup2 mount over /sys/fs/cgroup exists only in the worker's namespace.
    expect(hostBefore.some((line) => line.split(' ')[4] === '/sys/fs/cgroup' && line.includes(' - cgroup2 '))).toBe(false);
    const r = await sh(ex, [base], PROBE);
    const [mounts, files, write] = r.stdout.split('---\n').map((s) => s.trim().split('\n'));
    expect(mounts).toHaveLength(1);
    const [point, fstype, opts] = mounts[0].split(' ');
    expect([point, fstype]).toEqual(['/sys/fs/cgroup', 'cgroup2']);
    expect(opts.split(',')).toEqual(expect.arrayContaining(['ro', 'nosuid', 'nodev', 'noexec']));
    expect(files).toEqual(expect.arrayContaining(['cgroup.controllers', 'cgroup.procs', 'cgroup.subtree_control']));
    // None of a v1 host's hierarchies.
    expect(files).not.toContain('memory');
    expect(files).not.toContain('cpu');
    expect(write).toEqual(['ro']);
    // Nothing of the step reaches its layer.
    expect(paths(await listLayer(r.result.diffTar))).toEqual([]);
    await r.result.release();
    // The cgroup2 mount stayed in the worker's namespace.
    expect(await ownMounts()).toEqual(hostBefore);
  });
});
