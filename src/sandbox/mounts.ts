/**
 * Everything mounted into the step's tree before it starts (run inside the worker's private mount
 * namespace, so it all disappears with the namespace): a fresh /dev (tmpfs, device nodes, devpts, shm,
 * mqueue), read-only /sys, the generated /etc/hosts and /etc/resolv.conf (no /etc/hostname, as BuildKit), then the step's
 * own `--mount`s in target order. Each target is resolved inside the rootfs (symlinks never lead out) and
 * created when missing; what was created is recorded so it can be left out of the layer.
 */
import { chmod, chown, lstat, mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { acquireCache, type CacheLease } from './cache-mounts.js';
import { components, ensureTarget, type CreatedTarget } from './paths.js';
import { MountBatch } from './mounter.js';
import { startSocketProxy, type SocketProxy } from './socket-proxy.js';
import { sys, unescapeMountPath } from './sys.js';
import type { HeredocFile, RunMount } from './types.js';
import { SandboxError } from './types.js';

/** What the mounts need to know about the run. */
export interface MountContext {
  merged: string;
  /** Private scratch directory of this run (host side). */
  runDir: string;
  cacheDir: string;
  /** `hostname`: only when a step should see one (BuildKit's RUN has no /etc/hostname, a RUN may write one). */
  etc: { hosts: string; resolvConf: string; hostname?: string };
  mounts: RunMount[];
  heredocFiles: HeredocFile[];
  signal?: AbortSignal;
  /**
   * The step mounts a sysfs of its own network namespace at /sys (step.ts, --network=none): /sys is only created
   * here, not mounted (two stacked sysfs mounts showed twice in /proc/mounts; runc mounts one).
   */
  ownSysfs?: boolean;
}

/** What the mounts left behind for the rest of the run. */
export interface MountState {
  /** Mount targets (and parents) created in the tree; candidates to leave out of the layer. */
  stubs: CreatedTarget[];
  /** Host path of the rootfs's /proc (proc itself is mounted by the step's pid namespace). */
  procPath: string;
  /** Host path of the rootfs's /sys (a network namespace of the step's own gets its own sysfs there). */
  sysPath?: string;
  /** Host path of the step's own /dev (the tmpfs with runc's device nodes), once mounted. */
  devPath?: string;
  /** Cache-mount locks to release after the step. */
  leases: CacheLease[];
  /** The directory each cache id got in this run: the same id mounted twice is one directory (one lock). */
  cacheDirs?: Map<string, string>;
  /** The private tmpfs holding this run's secrets, once one is mounted. */
  secrets?: string;
  /** SSH agent proxies (`type: 'ssh'` mounts), closed after the step. */
  proxies?: SocketProxy[];
}

/** /dev as runc makes it: links, directories, and the device nodes Docker gives a container. */
const DEV_LINKS: [string, string][] = [['fd', '/proc/self/fd'], ['stdin', '/proc/self/fd/0'], ['stdout', '/proc/self/fd/1'], ['stderr', '/proc/self/fd/2'], ['ptmx', 'pts/ptmx']];
const DEV_DIRS: [string, number][] = [['pts', 0o755], ['shm', 0o1777], ['mqueue', 0o1777]];
const DEV_NODES: [string, number, number][] = [['null', 1, 3], ['zero', 1, 5], ['full', 1, 7], ['random', 1, 8], ['urandom', 1, 9], ['tty', 5, 0]];

/**
 * The system mounts: a fresh /dev (tmpfs, device nodes, devpts, shm, mqueue), read-only /sys (a bind of the
 * host's when sysfs cannot be mounted), and the generated /etc files bound read-only. Targets are resolved
 * and created first; one process does the rest.
 */
async function systemMounts(ctx: MountContext, state: MountState, etcFiles: [string, string][], opts: { shm: boolean }): Promise<void> {
  // /dev and /sys (and /proc) are not stubs: a base without them gets them as empty directories in the step's
  // layer, as runc's mount points are in docker build's.
  const dev = await ensureTarget(ctx.merged, '/dev', 'dir');
  const sysfs = await ensureTarget(ctx.merged, '/sys', 'dir');
  state.sysPath = sysfs.hostPath;
  state.devPath = dev.hostPath;
  const etc: [string, CreatedTarget][] = [];
  for (const [target, source] of etcFiles) {
    const t = await ensureTarget(ctx.merged, target, 'file');
    state.stubs.push(t);
    etc.push([source, t]);
  }
  const b = new MountBatch();
  b.mount('tmpfs', 'tmpfs', dev.hostPath, ['nosuid', 'strictatime'], 'mode=755,size=65536k');
  // A fresh tmpfs of this run only: nothing in it can be a symlink planted by the image. Relative names below.
  b.cd(dev.hostPath);
  for (const [name, target] of DEV_LINKS) b.symlink(target, name);
  for (const [name, mode] of DEV_DIRS) b.mkdir(name, mode);
  for (const [name, major, minor] of DEV_NODES) b.mknod(name, 0o666, major, minor);
  b.mount('devpts', 'devpts', 'pts', ['nosuid', 'noexec'], 'newinstance,ptmxmode=0666,mode=0620,gid=5');
  if (opts.shm) b.mount('tmpfs', 'shm', 'shm', ['nosuid', 'nodev', 'noexec'], 'mode=1777,size=65536k');
  b.mount('mqueue', 'mqueue', 'mqueue', ['nosuid', 'nodev', 'noexec'], '', { optional: true });
  b.cd('/');
  if (!ctx.ownSysfs) b.mount('sysfs', 'sysfs', sysfs.hostPath, ['ro', 'nosuid', 'nodev', 'noexec'], '', { orBind: '/sys' });
  for (const [source, t] of etc) b.bind(source, t.hostPath, { readonly: true });
  await b.run('mounting /dev, /sys and the /etc files');
}

async function bindFile(ctx: MountContext, state: MountState, target: string, source: string, ro: boolean): Promise<void> {
  const t = await ensureTarget(ctx.merged, target, 'file');
  state.stubs.push(t);
  await new MountBatch().bind(source, t.hostPath, { readonly: ro }).run(`mounting ${target}`);
}

async function bindDir(ctx: MountContext, state: MountState, target: string, source: string, ro: boolean): Promise<void> {
  const t = await ensureTarget(ctx.merged, target, 'dir');
  state.stubs.push(t);
  await new MountBatch().bind(source, t.hostPath, { recursive: true, readonly: ro }).run(`mounting ${target}`);
}

async function secretStore(ctx: MountContext, state: MountState): Promise<string> {
  if (state.secrets) return state.secrets;
  const dir = path.join(ctx.runDir, 'secrets');
  await mkdir(dir, { mode: 0o700 });
  // A tmpfs private to this mount namespace: the secret's bytes never touch a disk.
  await new MountBatch().mount('tmpfs', 'hoist-secrets', dir, ['nosuid', 'nodev', 'noexec'], 'mode=700,size=16m').run('mounting the secrets tmpfs');
  state.secrets = dir;
  return dir;
}

async function userMount(ctx: MountContext, state: MountState, m: RunMount, n: number): Promise<void> {
  switch (m.type) {
    case 'bind': {
      const st = await stat(m.source).catch(() => undefined);
      if (!st) throw new SandboxError(`mount source ${m.source} (target ${m.target}) does not exist`);
      if (!st.isDirectory()) {
        let src = m.source;
        if (!m.readonly) {
          // rw bind of a file: the step writes to a copy, which is discarded.
          src = path.join(ctx.runDir, `bind-${n}`);
          await sys('cp', ['-a', '--', m.source, src]);
        }
        return bindFile(ctx, state, m.target, src, m.readonly);
      }
      if (m.readonly) return bindDir(ctx, state, m.target, m.source, true);
      // rw bind of a directory: an overlay whose upper dir is thrown away with the run.
      const base = path.join(ctx.runDir, `bind-${n}`);
      await mkdir(path.join(base, 'upper'), { recursive: true });
      await mkdir(path.join(base, 'work'), { recursive: true });
      const t = await ensureTarget(ctx.merged, m.target, 'dir');
      state.stubs.push(t);
      await new MountBatch().mount('overlay', 'overlay', t.hostPath, [], `lowerdir=${m.source},upperdir=${base}/upper,workdir=${base}/work`).run(`mounting ${m.target}`);
      return;
    }
    case 'cache': {
      // One id mounted twice in a RUN is one directory, whatever the sharing, as BuildKit shares the one ref (a
      // second `locked` lease would wait on the first for ever).
      const held = state.cacheDirs?.get(m.id);
      if (held !== undefined) return bindDir(ctx, state, m.target, held, m.readonly);
      const lease = await acquireCache(ctx.cacheDir, m, ctx.signal);
      state.leases.push(lease);
      (state.cacheDirs ??= new Map()).set(m.id, lease.dir);
      return bindDir(ctx, state, m.target, lease.dir, m.readonly);
    }
    case 'tmpfs': {
      const t = await ensureTarget(ctx.merged, m.target, 'dir');
      state.stubs.push(t);
      // As runc: a tmpfs over a directory that was there takes its mode (special bits too, not its owner); a new
      // target gets tmpfs's own 1777.
      const data: string[] = [];
      if (t.created.length === 0) data.push(`mode=${((await stat(t.hostPath)).mode & 0o7777).toString(8).padStart(4, '0')}`);
      if (m.size !== undefined) data.push(`size=${m.size}`);
      await new MountBatch().mount('tmpfs', 'tmpfs', t.hostPath, ['nosuid'], data.join(',')).run(`mounting ${m.target}`);
      return;
    }
    case 'secret': {
      const content = await readFile(m.source).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT' && !m.required) return undefined;
        throw new SandboxError(`secret for ${m.target}: cannot read its source (${e.code ?? e.message})`);
      });
      if (content === undefined) return;
      const file = path.join(await secretStore(ctx, state), `s${n}`);
      await writeFile(file, content, { mode: 0o600 });
      await chown(file, m.uid, m.gid);
      await chmod(file, m.mode);
      return bindFile(ctx, state, m.target, file, true);
    }
    case 'ssh': {
      // A proxy socket of this run, owned and moded as asked, bound onto the target (a bind of a socket file
      // reaches the listening socket). The worker, root, reaches the agent whoever owns it.
      const proxy = await startSocketProxy(path.join(ctx.runDir, `ssh-${n}.sock`), m.source, { mode: m.mode, owner: { uid: m.uid, gid: m.gid } }).catch((e: Error) => {
        throw new SandboxError(`ssh agent for ${m.target}: ${e.message}`);
      });
      (state.proxies ??= []).push(proxy);
      return bindFile(ctx, state, m.target, proxy.path, false);
    }
  }
}

async function heredocs(ctx: MountContext, state: MountState): Promise<void> {
  const devHost = path.join(ctx.merged, 'dev');
  for (const [i, f] of ctx.heredocFiles.entries()) {
    const comps = components(f.path);
    if (comps[0] === 'dev' && comps.length > 1 && !comps.includes('..')) {
      // /dev is this run's own tmpfs: write straight into it.
      const host = path.join(devHost, ...comps.slice(1));
      await mkdir(path.dirname(host), { recursive: true, mode: 0o755 });
      await writeFile(host, f.content, { mode: f.mode });
      await chmod(host, f.mode);
    } else {
      const src = path.join(ctx.runDir, `heredoc-${i}`);
      await writeFile(src, f.content, { mode: f.mode });
      await chmod(src, f.mode);
      await bindFile(ctx, state, f.path, src, true);
    }
  }
}

/** A fresh, empty state (filled by setupMounts, also when it fails half-way, so cleanup sees everything). */
export function newMountState(): MountState {
  return { stubs: [], procPath: '', leases: [] };
}

/** Mounts /dev, /sys, the /etc files and the step's mounts into `ctx.merged`, recording into `state`. */
export async function setupMounts(ctx: MountContext, state: MountState): Promise<MountState> {
  const proc = await ensureTarget(ctx.merged, '/proc', 'dir');
  state.procPath = proc.hostPath;
  const etcDir = path.join(ctx.runDir, 'etc');
  await mkdir(etcDir, { recursive: true });
  const etcFiles: [string, string][] = [];
  for (const [name, content] of [['hosts', ctx.etc.hosts], ['resolv.conf', ctx.etc.resolvConf], ['hostname', ctx.etc.hostname]] as const) {
    if (content === undefined) continue;
    const file = path.join(etcDir, name);
    await writeFile(file, content, { mode: 0o644 });
    etcFiles.push([`/etc/${name}`, file]);
  }
  // A step mount at /dev/shm (a RUN --mount there, or --shm-size) takes the default's place, as runc keeps only
  // the last mount of a destination (BuildKit's dedupMounts).
  await systemMounts(ctx, state, etcFiles, { shm: !ctx.mounts.some((m) => components(m.target).join('/') === 'dev/shm') });
  await heredocs(ctx, state);
  const ordered = ctx.mounts.map((m, i) => ({ m, i })).sort((a, b) => components(a.m.target).length - components(b.m.target).length);
  for (const { m, i } of ordered) {
    if (components(m.target).length === 0) throw new SandboxError(`invalid mount target ${m.target}`);
    ctx.signal?.throwIfAborted();
    await userMount(ctx, state, m, i);
  }
  return state;
}

/** runc's read-only paths under /proc (Docker's and containerd's defaults): bound onto themselves read-only. */
export const READONLY_PROC = ['bus', 'fs', 'irq', 'sys', 'sysrq-trigger'];
/** runc's masked paths (Docker's and containerd's defaults): a directory gets an empty read-only tmpfs, a file /dev/null. */
export const MASKED_PROC = ['acpi', 'asound', 'kcore', 'keys', 'latency_stats', 'timer_list', 'timer_stats', 'sched_debug', 'scsi'];
export const MASKED_SYS = ['firmware', 'devices/virtual/powercap'];

/**
 * The mounts runc makes over a container's /proc and /sys (its readonlyPaths and maskedPaths), as one batch
 * to run in the step's namespaces once its /proc is mounted: a root step can then not write the host's
 * sysctls (/proc/sys) nor read /proc/keys or /proc/timer_list, as in docker build. Which paths exist and
 * whether each is a directory is the kernel's, so the host's /proc and /sys tell.
 */
export async function runcMasks(procPath: string | undefined, sysPath: string | undefined, devPath?: string): Promise<MountBatch> {
  const kind = async (p: string): Promise<'dir' | 'file' | undefined> => {
    const st = await lstat(p).catch(() => undefined);
    return st ? (st.isDirectory() ? 'dir' : 'file') : undefined;
  };
  const b = new MountBatch();
  const masked: [string, string][] = [];
  if (procPath) {
    for (const n of READONLY_PROC) {
      if (await kind(path.join('/proc', n))) b.bind(path.join(procPath, n), path.join(procPath, n), { readonly: true });
    }
    masked.push(...MASKED_PROC.map((n): [string, string] => [path.join('/proc', n), path.join(procPath, n)]));
  }
  if (sysPath) masked.push(...MASKED_SYS.map((n): [string, string] => [path.join('/sys', n), path.join(sysPath, n)]));
  for (const [host, target] of masked) {
    const k = await kind(host);
    if (k === 'dir') b.mount('tmpfs', 'tmpfs', target, ['ro', 'nosuid', 'nodev', 'noexec'], '');
    // runc binds the container's /dev/null (a node on its /dev tmpfs, after pivot_root): /proc/mounts shows the
    // masked file as tmpfs, not as the host's devtmpfs.
    else if (k === 'file') b.bind(devPath ? path.join(devPath, 'null') : '/dev/null', target);
  }
  // Last: a host whose cgroup tree cannot be bound stops the batch here, after every mask is made.
  if (sysPath) await cgroupMounts(b, path.join(sysPath, 'fs/cgroup'));
  return b;
}

/**
 * /sys/fs/cgroup as runc mounts it from the spec's read-only `cgroup` mount (containerd's default spec, which
 * BuildKit's runc executor uses): on a cgroup v2 host a cgroup2 mount; on a v1 (or hybrid) host a tmpfs with a
 * bind of each v1 hierarchy at the process's own cgroup (runc binds the container's; a step stays in hoist's) and
 * the links of combined hierarchies (`cpu -> cpu,cpuacct`); the v2 `unified` tree of a hybrid host is left out, as
 * runc does. Without it a step saw sysfs's empty /sys/fs/cgroup (tools reading their cgroup limits found none).
 * The tmpfs stays writable as in docker build (only the hierarchies' binds are read-only).
 * Not as runc: on v2 the step has no cgroup namespace of its own (it sees the host's tree from its root, read-only).
 * The hierarchies are the worker's (/proc/self/mountinfo and /proc/self/cgroup); a source missing is left out.
 */
async function cgroupMounts(b: MountBatch, target: string): Promise<void> {
  const mountinfo = await readFile('/proc/self/mountinfo', 'utf8').catch(() => '');
  const mounts = mountinfo.split('\n').filter(Boolean).map((line) => {
    const [pre, post = ''] = line.split(' - ');
    const f = pre.split(' ');
    const [fstype = '', , superOpts = ''] = post.split(' ');
    return { root: unescapeMountPath(f[3] ?? ''), point: unescapeMountPath(f[4] ?? ''), fstype, opts: superOpts.split(',') };
  });
  if (mounts.some((m) => m.fstype === 'cgroup2' && m.point === '/sys/fs/cgroup')) {
    b.mount('cgroup2', 'cgroup', target, ['ro', 'nosuid', 'nodev', 'noexec'], '', { optional: true });
    return;
  }
  const v1 = mounts.filter((m) => m.fstype === 'cgroup' && path.dirname(m.point) === '/sys/fs/cgroup');
  // The host's: the step's sysfs may be mounted later (its own network namespace's), with the same directories.
  if (!v1.length || !(await lstat('/sys/fs/cgroup').catch(() => undefined))?.isDirectory()) return;
  // Own cgroup per hierarchy: `id:controllers:path` (`name=systemd` for named hierarchies).
  const own = (await readFile('/proc/self/cgroup', 'utf8').catch(() => '')).split('\n').filter(Boolean).map((l) => {
    const [, controllers = '', ...rest] = l.split(':');
    return { controllers: controllers.split(',').filter(Boolean), path: rest.join(':') };
  });
  const binds: [string, string][] = [];
  for (const m of v1) {
    const cg = own.find((c) => c.controllers.length > 0 && c.controllers.every((x) => m.opts.includes(x)));
    if (!cg) continue;
    const rel = path.posix.relative(m.root, cg.path);
    const source = rel.startsWith('..') ? m.point : path.join(m.point, rel);
    if ((await lstat(source).catch(() => undefined))?.isDirectory()) binds.push([source, path.basename(m.point)]);
  }
  if (!binds.length) return;
  const links: [string, string][] = [];
  for (const name of await readdir('/sys/fs/cgroup').catch(() => [] as string[])) {
    const l = await readlink(path.join('/sys/fs/cgroup', name)).catch(() => undefined);
    if (l !== undefined && !l.includes('/')) links.push([l, name]);
  }
  b.mount('tmpfs', 'tmpfs', target, ['nosuid', 'nodev', 'noexec'], 'mode=755');
  for (const [source, name] of binds.sort((x, y) => x[1].localeCompare(y[1]))) {
    b.mkdir(path.join(target, name), 0o755);
    b.bind(source, path.join(target, name), { readonly: true, flags: ['nosuid', 'nodev', 'noexec'] });
  }
  for (const [to, name] of links) b.symlink(to, path.join(target, name));
}

/** Creates the working directory when missing: 0755, owned by the step's user (BuildKit's runc executor). */
export async function ensureCwd(merged: string, cwd: string, uid: number, gid: number): Promise<CreatedTarget> {
  const t = await ensureTarget(merged, cwd, 'dir', false);
  for (const p of t.created) {
    const host = path.join(merged, ...components(p));
    await chown(host, uid, gid);
  }
  // runc then makes the directory as written (os.MkdirAll, as root, before it changes user): a `..` after a
  // directory that is not there needs that directory, as the kernel walks it (`WORKDIR /a/b/..` leaves /a/b).
  const written = components(cwd);
  if (written.includes('..')) {
    for (let i = 1; i <= written.length; i++) {
      // Each prefix as the kernel finds it once the ones before it are there (no symlinks on the way: lexically).
      if (written[i - 1] !== '..') await ensureTarget(merged, path.posix.normalize(`/${written.slice(0, i).join('/')}`), 'dir', false);
    }
  }
  return t;
}
