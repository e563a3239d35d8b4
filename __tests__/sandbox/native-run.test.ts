/**
 * What a step sees in the native sandbox, compared with what `docker build` (Engine 26, BuildKit) shows for
 * the same busybox image: pid 1, hostname, /etc files, HOME, users and groups, capabilities, /dev, /proc,
 * network, the working directory, exec form, failures with their last lines, and background processes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RunError, type Executor } from '../../src/sandbox/types.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { busyboxLayer, layerFromEntries, type TestLayer } from '../support/rootfs.js';
import { listLayer, makeDirs, nativeExecutor, PATH_ENV, paths, removeDirs, sh, type Dirs } from './harness.js';

// Mounts made by perl's system calls (the default where perl exists) and by util-linux through sh (fallback).
describe.each(['perl', 'shell'] as const)('native executor (mounts: %s): the step environment', (mounter) => {
  let d: Dirs;
  let ex: Executor;
  let base: TestLayer;

  beforeAll(async () => {
    d = await makeDirs(`native-run-${mounter}`);
    ex = await nativeExecutor(d, { mounter });
    base = await busyboxLayer();
  });
  afterAll(async () => {
    await ex.close();
    await removeDirs(d);
  });

  it('runs as pid 1 with BuildKit hostname, hosts and HOME, streaming both outputs', async () => {
    const chunks: string[] = [];
    const r = await sh(ex, [base], 'echo pid=$$; hostname; cat /etc/hosts; cat /etc/hostname 2>/dev/null || echo no-etc-hostname; echo HOME=$HOME; env | sort; (echo x >> /etc/hosts) 2>/dev/null || echo hosts-read-only; echo to-stderr >&2', {
      onOutput: (_s, c) => chunks.push(c.toString()),
    });
    expect(r.stdout).toContain('pid=1\n');
    expect(r.stdout).toContain('buildkitsandbox\n127.0.0.1\tlocalhost buildkitsandbox\n::1\tlocalhost ip6-localhost ip6-loopback\nno-etc-hostname\n');
    expect(r.stdout).toContain('HOME=/root\n');
    expect(r.stdout).toMatch(/^PATH=\/usr\/local\/sbin:/m);
    expect(r.stdout).not.toMatch(/^HOSTNAME=/m);
    expect(r.stdout).toContain('hosts-read-only\n');
    expect(r.stderr).toBe('to-stderr\n');
    expect(chunks.length).toBeGreaterThan(0);
    // The generated files and the mount points are not part of the layer.
    expect(r.result.empty).toBe(true);
    expect(paths(await listLayer(r.result.diffTar))).toEqual([]);
    await r.result.release();
  });

  it.each([
    ['', 'uid=0(root) gid=0(root) groups=0(root),10(wheel)'],
    ['user', 'uid=1000(user) gid=1000(user) groups=10(wheel),29(audio),1000(user)'],
    ['1000', 'uid=1000(user) gid=1000(user) groups=10(wheel),29(audio),1000(user)'],
    ['user:audio', 'uid=1000(user) gid=29(audio) groups=29(audio)'],
    ['4242', 'uid=4242 gid=0(root) groups=0(root)'],
    ['4242:77', 'uid=4242 gid=77 groups=77'],
  ])('USER %j gives the same id as docker build', async (user, id) => {
    const r = await sh(ex, [base], 'id', { user });
    expect(r.stdout.trim()).toBe(id);
    await r.result.release();
  });

  it('the step environment reaches the step only, no host tool of the chain', async () => {
    // A library an image ENV names for the loader: the step's own (static busybox) programs ignore it. A host
    // tool started with it (util-linux unshare, as root, outside the rootfs) would try to load it and say so.
    const env = [PATH_ENV, 'LD_PRELOAD=/hoist-no-such-preload.so', 'LD_LIBRARY_PATH=/hoist-no-such-dir', 'A=x y'];
    // With perl (the default) nothing outside the rootfs starts with the step's variables. The env/unshare
    // fallback, used where perl is missing, would start host unshare with them: it refuses such a step.
    if (mounter === 'shell') {
      await expect(sh(ex, [base], 'true', { env })).rejects.toThrow(/the step sets LD_PRELOAD, which host tools would read before the chroot without perl/);
      return;
    }
    const r = await sh(ex, [base], 'echo "$LD_PRELOAD|$A"', { env });
    expect(r.stdout).toBe('/hoist-no-such-preload.so|x y\n');
    expect(r.stderr).toBe('');
    await r.result.release();
  });

  it('an unknown user name fails the step with BuildKit\'s message', async () => {
    await expect(sh(ex, [base], 'id', { user: 'ghost' })).rejects.toThrow(/unable to find user ghost: no matching entries in passwd file/);
  });

  it("root keeps Docker's 14 capabilities, a user none", async () => {
    const root = await sh(ex, [base], 'grep -E "^Cap(Eff|Bnd)" /proc/self/status');
    expect(root.stdout).toBe('CapEff:\t00000000a80425fb\nCapBnd:\t00000000a80425fb\n');
    const user = await sh(ex, [base], 'grep -E "^CapEff" /proc/self/status', { user: 'user' });
    expect(user.stdout).toBe('CapEff:\t0000000000000000\n');
    await root.result.release();
    await user.result.release();
  });

  it('has its own /proc, a fresh /dev and a read-only /sys', async () => {
    const r = await sh(ex, [base], 'ls /proc | grep -E "^[0-9]+$" | sort -n | tr "\\n" " "; echo; ls /dev | tr "\\n" " "; echo; touch /sys/x 2>&1 | grep -c "Read-only"; echo > /dev/null && echo devnull-ok');
    const [pids, dev, ro, devnull] = r.stdout.split('\n');
    expect(pids.trim().split(' ')[0]).toBe('1');
    // Only the step and its pipeline, with small pids: a pid namespace of its own.
    expect(pids.trim().split(' ').length).toBeLessThanOrEqual(8);
    expect(Math.max(...pids.trim().split(' ').map(Number))).toBeLessThan(50);
    expect(dev.trim().split(' ')).toEqual(['fd', 'full', 'mqueue', 'null', 'ptmx', 'pts', 'random', 'shm', 'stderr', 'stdin', 'stdout', 'tty', 'urandom', 'zero']);
    expect(ro).toBe('1');
    expect(devnull).toBe('devnull-ok');
    await r.result.release();
  });

  it('--network=none: only a loopback interface, up', async () => {
    const r = await sh(ex, [base], 'ip -o link | cut -d: -f2 | tr -d " "; ip -o addr show lo | grep -c "127.0.0.1"; ls /sys/class/net; touch /sys/x 2>&1 | grep -c Read-only', { network: 'none' });
    // /sys is a sysfs of the step's network namespace (read-only), as runc's: only lo in /sys/class/net.
    expect(r.stdout).toBe('lo\n1\nlo\n1\n');
    const host = await sh(ex, [base], 'ip -o link | wc -l');
    expect(Number(host.stdout.trim())).toBeGreaterThan(0);
    await r.result.release();
    await host.result.release();
  });

  it("runc's read-only and masked paths: no writing the host's sysctls, no /proc/keys", async () => {
    const r = await sh(ex, [base], 'v=$(cat /proc/sys/vm/swappiness); (echo $v > /proc/sys/vm/swappiness) 2>/dev/null && echo sysctl-written || echo sysctl-refused; for f in /proc/keys /proc/timer_list; do if [ -e $f ]; then wc -c < $f; else echo 0; fi; done; ls /sys/firmware | wc -l; hostname');
    expect(r.stdout).toBe('sysctl-refused\n0\n0\n0\nbuildkitsandbox\n');
    await r.result.release();
  });

  it('a stack with the same layer twice (two steps that changed nothing) runs', async () => {
    const r = await sh(ex, [base, base], 'echo ok');
    expect(r.stdout).toBe('ok\n');
    await r.result.release();
  });

  it('a bind mount over /etc hides the generated /etc/hosts and is still unmounted afterwards', async () => {
    const src = path.join(d.base, 'etc-src');
    await mkdir(src, { recursive: true });
    await writeFile(path.join(src, 'artifact'), 'built\n');
    const r = await sh(ex, [base], 'cat /etc/artifact; cat /etc/hosts 2>/dev/null || echo no-hosts; echo x > /new', { mounts: [{ type: 'bind', source: src, target: '/etc', readonly: true }] });
    expect(r.stdout).toBe('built\nno-hosts\n');
    expect(paths(await listLayer(r.result.diffTar))).toEqual(['new']);
    await r.result.release();
  });

  it('a missing working directory is created 0755 for the user and kept in the layer', async () => {
    const r = await sh(ex, [base], 'pwd; touch file', { cwd: '/work/dir', user: 'user' });
    expect(r.stdout).toBe('/work/dir\n');
    const l = await listLayer(r.result.diffTar);
    expect(l.map((e) => [e.path, e.type, e.mode, e.uid])).toEqual([
      ['work', 'dir', '755', 1000],
      ['work/dir', 'dir', '755', 1000],
      ['work/dir/file', 'file', '644', 1000],
    ]);
    await r.result.release();
  });

  it('exec form: argv as given, PATH looked up inside the rootfs', async () => {
    let out = '';
    const res = await ex.run({ layers: [base], argv: ['echo', 'a  b', '$HOME'], env: [PATH_ENV], cwd: '/', user: '', network: 'default', mounts: [], onOutput: (_s, c) => (out += c) });
    expect(out).toBe('a  b $HOME\n');
    await res.release();
  });

  it('a failing step throws RunError with the exit code and the last lines', async () => {
    const err = await sh(ex, [base], 'for i in $(seq 1 30); do echo line $i; done; exit 7').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunError);
    const e = err as RunError;
    expect(e.exitCode).toBe(7);
    expect(e.lastOutput).toHaveLength(20);
    expect(e.lastOutput[19]).toBe('line 30');
    expect(e.message).toMatch(/^process "\/bin\/sh -c for i in .*" did not complete successfully: exit code: 7/);
  });

  it('a process that cannot start fails with exit code 1 and runc\'s words, as in BuildKit', async () => {
    const script = await layerFromEntries([{ name: 'noshebang', content: 'echo hi\n', mode: 0o755 }, { name: 'plain', content: 'x\n', mode: 0o644 }, { name: 'adir/', type: 'directory' }], path.join(d.base, 'start-failures.tar'));
    const start = async (argv: string[]) => {
      let out = '';
      const e = await ex.run({ layers: [base, script], argv, env: [PATH_ENV], cwd: '/', user: '', network: 'default', mounts: [], onOutput: (_s, c) => (out += c) }).then(() => undefined, (x: unknown) => x);
      expect(e).toBeInstanceOf(RunError);
      return { code: (e as RunError).exitCode, out: out.trim() };
    };
    if (mounter === 'shell') {
      // Without perl (outside Debian and Ubuntu) util-linux's unshare makes the exec: its exit codes and words.
      expect(await start(['/no/such'])).toEqual({ code: 127, out: expect.stringContaining('failed to execute /no/such') });
      expect(await start(['/plain'])).toEqual({ code: 126, out: expect.stringContaining('failed to execute /plain') });
      return;
    }
    const failed = (what: string) => ({ code: 1, out: `hoist: unable to start container process: ${what}` });
    expect(await start(['/no/such'])).toEqual(failed('exec: "/no/such": stat /no/such: no such file or directory'));
    expect(await start(['no-such-tool', '--version'])).toEqual(failed('exec: "no-such-tool": executable file not found in $PATH'));
    expect(await start(['/plain'])).toEqual(failed('exec: "/plain": permission denied'));
    expect(await start(['/adir'])).toEqual(failed('exec: "/adir": permission denied'));
    // execve runs no shell for a script without #! (execvp would).
    expect(await start(['/noshebang'])).toEqual(failed('exec /noshebang: exec format error'));
    // A command the shell cannot find is the shell's 127, as before.
    expect(await start(['/bin/sh', '-c', 'no-such-tool'])).toEqual({ code: 127, out: expect.stringContaining('not found') });
  });

  it.each([[4], [80]])('a stack of %d layers above the base: every layer shows, the top one wins (names short enough, or links)', async (n) => {
    // 80 store names (65 bytes each) do not fit the one-page mount options: the lower dirs go through links.
    const layers: TestLayer[] = [base];
    for (let i = 0; i < n; i++) {
      layers.push(await layerFromEntries([{ name: 'stack/', type: 'directory' }, { name: `stack/f${i}`, content: `${i}\n` }, { name: 'stack/top', content: `${i}\n` }], path.join(d.base, `stack-${n}-${i}.tar`)));
    }
    const r = await sh(ex, layers, 'ls /stack | wc -l; cat /stack/top /stack/f0');
    expect(r.stdout).toBe(`${n + 1}\n${n - 1}\n0\n`);
    expect(r.result.empty).toBe(true);
    await r.result.release();
  });

  it('background processes die with the step (its pid namespace ends)', async () => {
    const t = Date.now();
    const r = await sh(ex, [base], 'sleep 600 & sleep 600 > /dev/null 2>&1 & echo started');
    expect(r.stdout).toBe('started\n');
    expect(Date.now() - t).toBeLessThan(20_000);
    await r.result.release();
  });

  it('the heredoc file of a `#!` body is there under /dev/pipes and runs', async () => {
    let out = '';
    const res = await ex.run({
      layers: [base],
      argv: ['/dev/pipes/EOF'],
      env: [PATH_ENV],
      cwd: '/',
      user: '',
      network: 'default',
      mounts: [],
      heredocFiles: [{ path: '/dev/pipes/EOF', content: Buffer.from('#!/bin/sh\necho from heredoc $0\n'), mode: 0o755 }],
      onOutput: (_s, c) => (out += c),
    });
    expect(out).toBe('from heredoc /dev/pipes/EOF\n');
    expect(res.empty).toBe(true);
    await res.release();
  });
});
