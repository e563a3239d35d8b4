/**
 * Starts the step's process the way runc would, with util-linux tools only:
 *
 *   setpriv --pdeathsig=KILL                 dies with the worker
 *   unshare --pid --fork --kill-child        new pid namespace (the step is its pid 1, all die with it),
 *           --uts --ipc [--net]              its own hostname, IPC and, for --network=none, network
 *           --mount-proc=<root>/proc         a /proc of that pid namespace
 *   sh -c '...'                              sets the hostname, brings `lo` up (and remounts /sys) in a new
 *                                            network namespace, makes runc's read-only and masked paths
 *   setpriv --bounding-set=<Docker's 14 capabilities> --regid=G --groups=...
 *   perl -e <STEP_EXEC> root cwd U argv      chroot, chdir, drop to the user, set the step's environment,
 *                                            exec (PATH looked up inside the rootfs)
 *
 * The step's environment (image ENV, build args, `env=` secrets) never appears in a command line, which
 * every host user can read in /proc: it travels in the chain's own environment (/proc/PID/environ, root
 * only) as `HOIST_STEP_ENV_<n>=NAME=value` entries, names no host tool reads, and becomes the environment
 * only at the exec of the step's command, after the chroot. No host binary ever starts with the step's
 * variables, so an image `ENV LD_PRELOAD=...` or `LD_LIBRARY_PATH` cannot load a library into a host tool
 * running as root outside the rootfs.
 *
 * Without perl (not an Essential package outside Debian and Ubuntu) the tail is coreutils `env` and
 * util-linux `unshare`, as runc's sequence: `env -i <the step's env> unshare --root=<root> --wd=<cwd>
 * --setuid=U -- argv`, where the step's ENV and build args are arguments (secrets still travel in the
 * environment) and the last `unshare` starts with the step's variables.
 */
import type { Ulimit } from './types.js';
import { spawn } from 'node:child_process';
import { closeSync, constants as fsConstants, openSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { constants, tmpdir } from 'node:os';
import path from 'node:path';
import { SYSTEM_ENV, sys, withEnvEntries } from './sys.js';
import { SandboxError } from './types.js';

/** Docker's default capabilities (the bounding set a root step keeps). */
export const DEFAULT_CAPS = [
  'chown', 'dac_override', 'fowner', 'fsetid', 'kill', 'setgid', 'setuid', 'setpcap', 'net_bind_service',
  'net_raw', 'sys_chroot', 'mknod', 'audit_write', 'setfcap',
];

/** Paths of the host tools the chain uses. */
export interface StepTools {
  setpriv: string;
  unshare: string;
  env: string;
  sh: string;
  /** util-linux `prlimit`, for steps with `ulimits`. */
  prlimit?: string;
  /** perl: the last link of the chain, which keeps the step's environment out of every command line (STEP_EXEC). */
  perl?: string;
}

/**
 * The chain's last link, as perl: chroot to the rootfs, chdir to the working directory, setuid (util-linux
 * unshare's --root, --wd and --setuid), then the step's environment from the HOIST_STEP_ENV_<n> entries in
 * order (a repeated name takes the later value in the earlier place, as `env` does), then the exec as runc makes
 * it. A failure exits 1, as a process runc cannot start does in BuildKit (`unable to start container process`).
 * stdin becomes an empty pipe whose write end is closed, as BuildKit gives a RUN (reads see EOF at once and
 * `[ -p /dev/stdin ]` holds; the env/unshare tail leaves the chain's /dev/null). No module is loaded
 * (POSIX alone costs ~25 ms a step): setuid is the system call by number (the first argument,
 * SETUID_SYSCALL; as root it sets the real, effective and saved ids).
 */
export const STEP_EXEC = [
  'my ($nr, $root, $wd, $uid) = splice @ARGV, 0, 4;',
  'sub fail { print STDERR "hoist: $_[0]: $!\\n"; exit $_[1] }',
  'my @env; for (my $i = 0; defined $ENV{"HOIST_STEP_ENV_$i"}; $i++) { push @env, $ENV{"HOIST_STEP_ENV_$i"} }',
  'chroot $root or fail("cannot change root directory to $root", 1);',
  'chdir "/" or fail("cannot change directory to /", 1);',
  'chdir $wd or fail("cannot change directory to $wd", 1);',
  'syscall($nr + 0, $uid + 0) == 0 or fail("cannot set user id $uid", 1);',
  'pipe(my $in, my $out) or fail("cannot make a pipe for stdin", 1); close $out; open(STDIN, "<&", $in) or fail("cannot set stdin", 1); close $in;',
  '%ENV = ();',
  'for (@env) { my $i = index $_, "="; $ENV{substr $_, 0, $i} = substr $_, $i + 1 }',
  // runc's start: Go's exec.LookPath in the step's PATH (a file with an execute bit), then execve, which runs no
  // shell for a file without `#!` (execvp would). Each failure is exit status 1 with runc's words.
  'sub nostart { print STDERR "hoist: unable to start container process: $_[0]\\n"; exit 1 }',
  'sub runnable { my @s = stat $_[0]; @s && !-d _ && ($s[2] & 0111) }',
  'my $n = $ARGV[0]; my $p = $n;',
  'if (index($n, "/") < 0) { undef $p; for (split /:/, $ENV{PATH} // "", -1) { my $c = ($_ eq "" ? "." : $_) . "/$n"; if (runnable($c)) { $p = $c; last } }',
  '  defined $p or nostart("exec: \\"$n\\": executable file not found in \\$PATH") }',
  'else { stat $p or nostart("exec: \\"$n\\": stat $n: " . lc $!); runnable($p) or nostart("exec: \\"$n\\": permission denied") }',
  'if (open my $fh, "<", $p) { my $m = ""; read $fh, $m, 4; close $fh; $m eq "\\x7fELF" || substr($m, 0, 2) eq "#!" or nostart("exec $p: exec format error") }',
  'exec { $p } @ARGV;',
  'nostart("exec $p: " . lc $!);',
].join(' ');

/** setuid(2)'s number where STEP_EXEC can run (elsewhere the env/unshare tail is used). */
export const SETUID_SYSCALL: Partial<Record<NodeJS.Architecture, number>> = { x64: 105, arm64: 146 };

/** The prefix of the chain-environment entries that carry the step's variables to STEP_EXEC. */
export const STEP_ENV_PREFIX = 'HOIST_STEP_ENV_';

/**
 * Run inside the new namespaces, before the chroot: hostname; in a new network namespace loopback up and a
 * sysfs of that namespace over the rootfs's /sys (a sysfs shows the network namespace it was mounted in:
 * the worker's would list the host's interfaces in /sys/class/net, runc's lists only `lo`); then the
 * `setup` command (runc's read-only and masked paths, which need the step's /proc). Arguments: hostname,
 * network, /sys, then the command.
 */
function namespaceSetup(setup: string[] | undefined): string {
  return [
    'printf %s "$1" > /proc/sys/kernel/hostname || exit 1',
    // The only sysfs at /sys (mounts.ts leaves it to this one, as runc mounts one): the worker's, bound read-only,
    // where the kernel refuses a new one.
    'if [ "$2" = none ]; then ip link set lo up 2>/dev/null || true; [ -z "$3" ] || mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$3" 2>/dev/null || { mount --rbind /sys "$3" && mount -o remount,bind,ro "$3"; } 2>/dev/null || true; fi',
    // Hardening only: where the kernel refuses one of these mounts the step still runs, with a warning.
    ...(setup?.length ? [`${setup.map(shellQuote).join(' ')} || echo 'hoist: could not make /proc and /sys read-only or masked as runc does' >&2`] : []),
    'shift 3',
    'exec "$@"',
  ].join('; ');
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** One process to start. */
export interface StepSpec {
  root: string;
  /** Host path of the rootfs's /proc (resolved inside the rootfs). */
  procPath: string;
  /** Host path of the rootfs's /sys (resolved inside the rootfs): remounted for the step's own network namespace. */
  sysPath?: string;
  /** A command run in the step's namespaces once its /proc is mounted, before the chroot (mounts.ts `runcMasks`). */
  setup?: string[];
  cwd: string;
  uid: number;
  gid: number;
  groups: number[];
  env: string[];
  argv: string[];
  hostname: string;
  /** 'none': a network namespace of its own with only loopback; otherwise the host's network. */
  network: 'none' | 'host';
  /** Resource limits set (by prlimit, still with every capability) before the step's own capabilities are dropped. */
  ulimits?: Ulimit[];
  /**
   * Secret `NAME=value` entries: passed in the chain's environment (readable by root only, /proc/PID/environ),
   * never as arguments (a command line is readable by every user); `env` keeps them and drops the rest.
   */
  secretEnv?: string[];
}

/** Variables the chain's own processes may add to the environment (dash exports PWD and OLDPWD). */
const CHAIN_VARS = ['PWD', 'OLDPWD', 'SHLVL', '_'];

const nameOf = (e: string): string => e.slice(0, e.indexOf('='));

/** The step's variables in order, a secret taking the place of a variable of its name. */
function stepVariables(s: Pick<StepSpec, 'env' | 'secretEnv'>): string[] {
  return withEnvEntries(s.env.filter((e) => e.indexOf('=') > 0), (s.secretEnv ?? []).filter((e) => e.indexOf('=') > 0));
}

/**
 * The environment the chain is spawned with: the system's, plus, with perl, every step variable as a
 * HOIST_STEP_ENV_<n> entry (STEP_EXEC), or, without, the step's secrets under their own names.
 */
export function chainEnv(tools: StepTools, s: Pick<StepSpec, 'env' | 'secretEnv'>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...SYSTEM_ENV };
  if (tools.perl) stepVariables(s).forEach((e, i) => (out[`${STEP_ENV_PREFIX}${i}`] = e));
  else for (const e of s.secretEnv ?? []) out[nameOf(e)] = e.slice(e.indexOf('=') + 1);
  return out;
}

/** prlimit's arguments for the limits: `--nofile=SOFT:HARD`..., `unlimited` for -1. */
export function prlimitArgs(ulimits: Ulimit[]): string[] {
  const v = (n: number) => (n < 0 ? 'unlimited' : String(n));
  return ulimits.map((u) => `--${u.name}=${v(u.soft)}:${v(u.hard)}`);
}

/** The full command line (exported for tests and logs). */
export function stepCommand(tools: StepTools, s: StepSpec): string[] {
  if (s.argv.length === 0) throw new Error('RUN needs a command');
  let limits: string[] = [];
  if (s.ulimits?.length) {
    if (!tools.prlimit) throw new Error('--ulimit needs util-linux prlimit on the host');
    limits = [tools.prlimit, ...prlimitArgs(s.ulimits), '--'];
  }
  return [
    tools.setpriv, '--pdeathsig=KILL', '--',
    tools.unshare, '--pid', '--fork', '--kill-child', '--uts', '--ipc', ...(s.network === 'none' ? ['--net'] : []), `--mount-proc=${s.procPath}`, '--',
    tools.sh, '-c', namespaceSetup(s.setup), 'hoist-step', s.hostname, s.network, s.sysPath ?? '',
    ...limits,
    tools.setpriv, `--bounding-set=-all,${DEFAULT_CAPS.map((c) => `+${c}`).join(',')}`, `--regid=${s.gid}`,
    s.groups.length ? `--groups=${s.groups.join(',')}` : '--clear-groups', '--',
    ...(tools.perl ? [tools.perl, '-e', STEP_EXEC, '--', String(setuidNumber()), s.root, s.cwd, String(s.uid)] : envTail(tools, s)),
    ...s.argv,
  ];
}

function setuidNumber(): number {
  const nr = SETUID_SYSCALL[process.arch];
  if (nr === undefined) throw new Error(`no setuid system call number for ${process.arch}`);
  return nr;
}

/**
 * Variables the dynamic loader or glibc reads in any program (glibc's "unsecure" list): the env/unshare tail
 * starts host `unshare`, as root outside the rootfs, with the step's variables, so one of these could load a
 * library (an image's own, at a predictable path) into it.
 */
const LOADER_VARS = /^(LD_.*|GCONV_PATH|GETCONF_DIR|GLIBC_TUNABLES|HOSTALIASES|LOCALDOMAIN|LOCPATH|MALLOC_.*|NIS_PATH|NLSPATH|RESOLV_HOST_CONF|RES_OPTIONS)$/;

/**
 * The chain's tail without perl: `env` (the step's ENV and build args as arguments) and `unshare --root`.
 * A step variable glibc's loader would honour in host unshare is refused.
 */
function envTail(tools: StepTools, s: StepSpec): string[] {
  for (const e of [...s.env, ...(s.secretEnv ?? [])]) {
    const name = nameOf(e);
    if (LOADER_VARS.test(name)) throw new SandboxError(`the step sets ${name}, which host tools would read before the chroot without perl; install perl (perl-base) to run it`);
  }
  const secretNames = new Set((s.secretEnv ?? []).map(nameOf));
  const env = s.env.filter((e) => e.indexOf('=') > 0 && !secretNames.has(nameOf(e)));
  // Without secrets: a clean environment (`env -i`). With them: everything but the secrets unset instead.
  const clear = secretNames.size ? [...new Set([...Object.keys(SYSTEM_ENV), ...CHAIN_VARS])].filter((k) => !secretNames.has(k)).flatMap((k) => ['-u', k]) : ['-i'];
  return [tools.env, ...clear, '--', ...env, tools.unshare, `--root=${s.root}`, `--wd=${s.cwd}`, `--setuid=${s.uid}`, '--'];
}

/** Exit code of a process, signals as 128+n like a shell. */
export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  const n = signal ? constants.signals[signal] : undefined;
  return 128 + (n ?? 0);
}

/**
 * The step's stdout and stderr as pipes, as runc gives a RUN (BuildKit's executor hands it FIFOs): Node's 'pipe'
 * stdio is a socketpair, and opening /dev/stdout or /dev/stderr (/proc/self/fd/N) fails with ENXIO on a socket,
 * so `echo msg > /dev/stderr`, common in install scripts, would fail the step. Two FIFOs are made in a private
 * directory, opened (read ends non-blocking first, so the write opens do not wait) and unlinked at once: the step
 * gets the write ends, hoist reads the others until every writer (the step and what it left running) is gone.
 */
async function stdioPipes(): Promise<{ writers: [number, number]; readers: [Socket, Socket] }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hoist-stdio-'));
  const fds: number[] = [];
  try {
    const names = [path.join(dir, 'out'), path.join(dir, 'err')];
    await sys('mkfifo', ['-m', '600', ...names]);
    const r = names.map((n) => { const fd = openSync(n, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK); fds.push(fd); return fd; });
    const w = names.map((n) => { const fd = openSync(n, fsConstants.O_WRONLY); fds.push(fd); return fd; });
    return { writers: [w[0], w[1]], readers: [new Socket({ fd: r[0], readable: true, writable: false }), new Socket({ fd: r[1], readable: true, writable: false })] };
  } catch (e) {
    for (const fd of fds) closeSync(fd);
    throw e;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the step, streaming its output. Resolves with the exit code once the process and its output
 * have ended; `signal` kills the whole pid namespace.
 */
export async function runStep(
  tools: StepTools,
  spec: StepSpec,
  onOutput: (stream: 'stdout' | 'stderr', chunk: Buffer) => void,
  signal?: AbortSignal,
): Promise<{ exitCode: number; cancelled: boolean }> {
  const [cmd, ...args] = stepCommand(tools, spec);
  // Without mkfifo (or a usable temp dir) the step still runs, with Node's socketpairs as before.
  const pipes = await stdioPipes().catch(() => undefined);
  return new Promise((resolve, reject) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(cmd, args, { env: chainEnv(tools, spec), stdio: ['ignore', pipes?.writers[0] ?? 'pipe', pipes?.writers[1] ?? 'pipe'], detached: true });
    } catch (e) {
      pipes?.readers.forEach((r) => r.destroy());
      throw e;
    } finally {
      // The child has its copies (spawn forks before it returns): the read ends see EOF once the step's are closed.
      for (const fd of pipes?.writers ?? []) closeSync(fd);
    }
    const out: Readable = pipes?.readers[0] ?? child.stdout!;
    const err: Readable = pipes?.readers[1] ?? child.stderr!;
    let cancelled = false;
    const kill = (): void => {
      cancelled = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    if (signal?.aborted) kill();
    signal?.addEventListener('abort', kill, { once: true });
    out.on('data', (d: Buffer) => onOutput('stdout', d));
    err.on('data', (d: Buffer) => onOutput('stderr', d));
    const closed = (s: Readable) => new Promise<void>((r) => { s.on('error', () => r()); s.on('close', () => r()); });
    const outputEnded = Promise.all([closed(out), closed(err)]);
    child.on('error', (e) => {
      signal?.removeEventListener('abort', kill);
      out.destroy();
      err.destroy();
      reject(e);
    });
    child.on('exit', (code, sig) => {
      void outputEnded.then(() => {
        signal?.removeEventListener('abort', kill);
        resolve({ exitCode: exitCodeOf(code, sig), cancelled });
      });
    });
  });
}
