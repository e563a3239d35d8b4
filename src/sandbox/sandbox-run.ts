/**
 * One RUN step inside the privileged worker, which is in a mount namespace of its own: overlay of the
 * unpacked layers + a fresh upper dir, the mounts, the step's process (its own pid, UTS, IPC and, for
 * `--network=none`, network namespaces, chrooted, as its user), then the upper dir converted to a layer
 * tar, and everything unmounted and removed, on success, failure and cancellation alike.
 */
import { chown, lstat, mkdir, readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_HOSTNAME, hostsFile, resolvConf } from './etc-files.js';
import { treeXattrs, upperToLayer } from './layer-io.js';
import { unchangedCopyUps } from './unchanged.js';
import { keepUpperAsLayer } from './keep.js';
import { digestHex, digestOfFile } from '../oci/digest.js';
import { ensureCwd, newMountState, runcMasks, setupMounts } from './mounts.js';
import { hostPerl, setMounter, type MounterKind } from './mounter.js';
import { mountStepOverlays } from './overlay.js';
import { resolveInRoot } from './paths.js';
import { LastLines } from './protocol.js';
import { runStep, SETUID_SYSCALL, type StepTools } from './step.js';
import { stubExclusions } from './stubs.js';
import { removeTree, unmountAll, which } from './sys.js';
import { RunCancelledError, RunError, SandboxError, type HeredocFile, type RunMount, type RunNetwork, type Ulimit } from './types.js';
import { resolveUser, UserSetupError, withHome } from './users.js';

/** Whole seconds of a nanosecond time (rounded down). */
function wholeSeconds(ns: bigint): number {
  const s = ns / 1_000_000_000n;
  return Number(ns < 0n && s * 1_000_000_000n !== ns ? s - 1n : s);
}

/** A run as the worker receives it (JSON: heredoc contents in base64). */
export interface WorkerRunRequest {
  op: 'run';
  /** Scratch directory for this run; created here, removed at the end. */
  runDir: string;
  cacheDir: string;
  /** Unpacked layer directories, bottom to top. */
  layerDirs: string[];
  argv: string[];
  env: string[];
  cwd: string;
  user: string;
  network: RunNetwork;
  hostname?: string;
  extraHosts?: { host: string; ip: string }[];
  ulimits?: Ulimit[];
  secretEnv?: string[];
  mounts: RunMount[];
  heredocFiles?: { path: string; content: string; mode: number }[];
  sourceDateEpoch?: number;
  /** Where the layer tar goes (outside runDir). */
  outTar: string;
  /** Owner to give the tar (the unprivileged caller under sudo). */
  owner?: { uid: number; gid: number };
  /** Log how long each phase took (diagnostics). */
  trace?: boolean;
  /** How mounts are made (mounter.ts; default auto). */
  mounter?: MounterKind;
  /** The layer store's directory: the step's upper dir becomes its unpacked layer there (see keep.ts). */
  layersDir?: string;
}

/** What a successful run returns. */
export interface WorkerRunResult {
  diffTar: string;
  empty: boolean;
  /** `sha256:<hex>` of the tar (absent when empty). */
  diffId?: string;
}

const MAX_ID_FILE = 10 * 1024 * 1024;

async function tools(): Promise<StepTools> {
  const [setpriv, unshare, env, sh, prlimit, perl] = await Promise.all([which('setpriv'), which('unshare'), which('env'), which('sh'), which('prlimit'), hostPerl()]);
  if (!setpriv || !unshare || !env || !sh) {
    throw new SandboxError('the native sandbox needs util-linux `setpriv` and `unshare`, coreutils `env` and `sh` on the host');
  }
  return { setpriv, unshare, env, sh, ...(prlimit ? { prlimit } : {}), ...(perl && SETUID_SYSCALL[process.arch] !== undefined ? { perl } : {}) };
}

async function readIdFile(root: string, p: string): Promise<string | undefined> {
  const r = await resolveInRoot(root, p).catch(() => undefined);
  if (!r?.exists) return undefined;
  const st = await lstat(r.hostPath);
  if (!st.isFile() || st.size > MAX_ID_FILE) return undefined;
  return readFile(r.hostPath, 'utf8');
}

/** lstat of a path in the lower view without following any symlink on the way (undefined: absent). */
function lowerLookup(lower: string): (p: string | Buffer) => Promise<import('node:fs').BigIntStats | undefined> {
  return async (p) => {
    // Names are bytes: a Buffer path is looked up as it is (a name that is not UTF-8 has no string form).
    const comps = splitBytes(typeof p === 'string' ? Buffer.from(p) : p);
    let host = Buffer.from(lower);
    for (let i = 0; i < comps.length; i++) {
      host = Buffer.concat([host, Buffer.from('/'), comps[i]]);
      const st = await lstat(host, { bigint: true }).catch(() => undefined);
      if (!st) return undefined;
      if (i === comps.length - 1) return st;
      if (!st.isDirectory()) return undefined;
    }
    return lstat(lower, { bigint: true });
  };
}

/** '/'-separated components of a relative path given as bytes (empty and '.' components dropped). */
function splitBytes(p: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = 0; i <= p.length; i++) {
    if (i === p.length || p[i] === 0x2f) {
      const c = p.subarray(start, i);
      if (c.length > 0 && !(c.length === 1 && c[0] === 0x2e)) out.push(c);
      start = i + 1;
    }
  }
  return out;
}

/** Refuses to run unless this process has its own mount namespace (never mount into the host's). */
async function assertPrivateMountNamespace(): Promise<void> {
  const self = await readlink('/proc/self/ns/mnt');
  const init = await readlink('/proc/1/ns/mnt').catch(() => '');
  if (self === init) throw new SandboxError('sandbox worker: not in a private mount namespace (start it through unshare --mount)');
}

/**
 * Runs one step. Throws RunError (non-zero exit), RunCancelledError (signal) or SandboxError (setup).
 * `log` receives diagnostics that are not the step's output.
 */
export async function runInSandbox(
  req: WorkerRunRequest,
  onOutput: (stream: 'stdout' | 'stderr', chunk: Buffer) => void,
  signal: AbortSignal,
  log: (m: string) => void,
): Promise<WorkerRunResult> {
  process.umask(0o022);
  setMounter(req.mounter);
  let t0 = performance.now();
  const phase = (name: string): void => {
    if (!req.trace) return;
    const t = performance.now();
    log(`sandbox: ${name} ${(t - t0).toFixed(1)} ms`);
    t0 = t;
  };
  await assertPrivateMountNamespace();
  const t = await tools();
  await mkdir(req.runDir, { mode: 0o700 });
  const state = newMountState();
  const releaseLeases = async (): Promise<void> => {
    const leases = state.leases;
    const proxies = state.proxies ?? [];
    state.leases = [];
    state.proxies = [];
    await Promise.all([...leases.map((l) => l.release()), ...proxies.map((p) => p.close())]);
  };
  try {
    const hostname = req.hostname || DEFAULT_HOSTNAME;
    phase('setup');
    const ov = await mountStepOverlays(req.runDir, req.layerDirs);
    const lower = ov.lower;
    signal.throwIfAborted();
    phase('overlays');

    const passwd = await readIdFile(ov.merged, '/etc/passwd');
    const group = await readIdFile(ov.merged, '/etc/group');
    let user;
    try {
      user = resolveUser(req.user, passwd, group);
    } catch (e) {
      if (e instanceof UserSetupError) throw new RunError(req.argv, 1, [e.message]);
      throw e;
    }
    const hostResolv = await readFile('/etc/resolv.conf', 'utf8').catch(() => undefined);
    const heredocFiles: HeredocFile[] = (req.heredocFiles ?? []).map((f) => ({ path: f.path, mode: f.mode, content: Buffer.from(f.content, 'base64') }));
    await setupMounts({
      merged: ov.merged,
      runDir: req.runDir,
      cacheDir: req.cacheDir,
      etc: {
        hosts: hostsFile(hostname, req.extraHosts),
        resolvConf: resolvConf(hostResolv, req.network !== 'none'),
        // No /etc/hostname, as in BuildKit's RUN: the image's own (or none) is seen, and a RUN writing one keeps it.
      },
      mounts: req.mounts,
      heredocFiles,
      signal,
      ownSysfs: req.network === 'none',
    }, state);
    await ensureCwd(ov.merged, req.cwd, user.uid, user.gid);
    // runc's masks go onto the system /proc and /sys; a step's own mount at or under them (rare) keeps its content.
    const under = (root: string) => req.mounts.some((m) => m.target === root || m.target.startsWith(`${root}/`));
    const masks = await runcMasks(under('/proc') ? undefined : state.procPath, under('/sys') ? undefined : state.sysPath, req.mounts.some((m) => m.target === '/dev') ? undefined : state.devPath);
    const setup = masks.empty ? undefined : await masks.commandLine('masking /proc and /sys');
    signal.throwIfAborted();
    phase('mounts');

    const last = new LastLines();
    const r = await runStep(
      t,
      {
        root: ov.merged,
        procPath: state.procPath,
        sysPath: state.sysPath,
        setup: setup ? [setup[0], ...setup[1]] : undefined,
        cwd: req.cwd,
        uid: user.uid,
        gid: user.gid,
        groups: user.groups,
        env: withHome(req.env, user),
        argv: req.argv,
        hostname,
        network: req.network === 'none' ? 'none' : 'host',
        ulimits: req.ulimits,
        secretEnv: req.secretEnv,
      },
      (s, c) => {
        last.push(c);
        onOutput(s, c);
      },
      signal,
    );
    phase('step');
    await releaseLeases();
    if (r.cancelled || signal.aborted) throw new RunCancelledError(req.argv);
    if (r.exitCode !== 0) throw new RunError(req.argv, r.exitCode, last.get());

    const lookup = lowerLookup(lower);
    const stubs = await stubExclusions(ov.upper, lower, state.stubs);
    phase('stubs');
    const same = await unchangedCopyUps(ov.upper, lower, () => treeXattrs(ov.upper), lookup);
    phase('copy-ups');
    const { entries } = await upperToLayer(ov.upper, req.outTar, {
      lowerHas: async (_p, bytes) => (await lookup(bytes)) !== undefined,
      lowerIsDir: async (_p, bytes) => (await lookup(bytes))?.isDirectory() ?? false,
      lowerDirStat: async (_p, bytes) => {
        const st = await lookup(bytes);
        if (!st?.isDirectory()) return undefined;
        return { mode: Number(st.mode & 0o7777n), uid: Number(st.uid), gid: Number(st.gid), mtime: wholeSeconds(st.mtimeNs) };
      },
      lowerChildren: async (_p, bytes) => ((await lookup(bytes))?.isDirectory() ? readdir(Buffer.concat([Buffer.from(lower), Buffer.from('/'), bytes]), { encoding: 'buffer' }).catch(() => []) : []),
      exclude: [...stubs, ...same],
      sourceDateEpoch: req.sourceDateEpoch,
    });
    if (req.owner) await chown(req.outTar, req.owner.uid, req.owner.gid);
    const diffHex = entries > 0 ? digestHex(await digestOfFile(req.outTar)) : undefined;
    phase('diff');
    if (diffHex && req.layersDir) {
      await unmountAll(req.runDir);
      await keepUpperAsLayer(ov.upper, diffHex, req.layersDir, state.stubs, stubs).catch((e: Error) => log(`sandbox: keeping the step's upper dir: ${e.message}`));
      phase('keep');
    }
    return { diffTar: req.outTar, empty: entries === 0, diffId: diffHex && `sha256:${diffHex}` };
  } catch (e) {
    if (signal.aborted && !(e instanceof RunError)) throw new RunCancelledError(req.argv);
    throw e;
  } finally {
    await releaseLeases().catch(() => undefined);
    await unmountAll(req.runDir).catch((e: Error) => log(`cleanup: ${e.message}`));
    await removeTree(req.runDir).catch((e: Error) => log(`cleanup: ${e.message}`));
    phase('cleanup');
  }
}
