/**
 * Runs the host's system tools (util-linux `mount`, `umount`, `ip`, coreutils `rm`) with a fixed, clean
 * environment, and turns a failure into a SandboxError naming the command and its stderr.
 */
import { spawn } from 'node:child_process';
import { access, constants, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { MountBatch } from './mounter.js';
import { SandboxError } from './types.js';

/** PATH used for host tools: the standard system directories only. */
export const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The environment host tools run with (nothing from the step or the caller leaks in). */
export const SYSTEM_ENV: NodeJS.ProcessEnv = { PATH: SYSTEM_PATH, LC_ALL: 'C' };

/** `env` (`NAME=value` entries) with each of `entries` set: a name already there takes the new value in its place. */
export function withEnvEntries(env: readonly string[], entries: readonly string[]): string[] {
  const out = [...env];
  for (const e of entries) {
    const name = e.slice(0, e.indexOf('=') + 1);
    const i = out.findIndex((x) => x.startsWith(name));
    if (i >= 0) out[i] = e;
    else out.push(e);
  }
  return out;
}

/** True while a process with this id exists (EPERM: it exists, owned by someone else). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs a host command; resolves with stdout, rejects with a SandboxError carrying stderr. */
export function sys(cmd: string, args: string[], opts: { cwd?: string; input?: Buffer | string; allowFail?: boolean } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: SYSTEM_ENV, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => reject(new SandboxError(`${cmd}: ${e.message}`)));
    child.on('close', (code, signal) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8').trim();
      const c = code ?? 128;
      if (c !== 0 && !opts.allowFail) {
        reject(new SandboxError(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${c}`}): ${stderr}`));
      } else resolve({ code: c, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
  });
}

/** The first executable named `name` on the system PATH, or undefined. */
export async function which(name: string): Promise<string | undefined> {
  for (const dir of SYSTEM_PATH.split(':')) {
    const p = path.join(dir, name);
    try {
      await access(p, constants.X_OK);
      return p;
    } catch {
      // next
    }
  }
  return undefined;
}

/** Mount points at or below `dir` in this process's mount namespace, the last attached first (an unmount order). */
export async function mountsUnder(dir: string, mountinfo?: string): Promise<string[]> {
  const text = mountinfo ?? (await readFile('/proc/self/mountinfo', 'utf8'));
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const f = line.split(' ');
    if (f.length < 5) continue;
    const mp = unescapeMountPath(f[4]);
    if (mp === dir || mp.startsWith(dir.endsWith('/') ? dir : dir + '/')) out.push(mp);
  }
  // Latest mount first (mountinfo lists a namespace's mounts in the order they were attached): a mount made
  // over an ancestor of earlier ones (`RUN --mount` target=/etc over /etc/hosts) goes before the ones it
  // hides, which could not be reached by their path until then. Deepest first sorting could not unmount them.
  return out.reverse();
}

/** Decodes the octal escapes (`\040` etc.) mountinfo uses in paths. */
export function unescapeMountPath(p: string): string {
  return p.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
}

/** The outermost mount points among `mps` (the others are below one of them). */
function outermost(mps: string[]): string[] {
  const sorted = [...mps].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const m of sorted) if (!out.some((o) => m === o || m.startsWith(o.endsWith('/') ? o : `${o}/`))) out.push(m);
  return out;
}

/**
 * Unmounts everything at or below `dir`, deepest first, each lazily when busy, in one process; a round that
 * fails (a mount that appeared meanwhile) is followed by a recursive umount of what is left.
 */
export async function unmountAll(dir: string): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const mps = await mountsUnder(dir);
    if (mps.length === 0) return;
    if (round === 0) {
      const b = new MountBatch();
      for (const mp of mps) b.umount(mp);
      if (await b.run(`unmounting ${dir}`).then(() => true, () => false)) continue;
    }
    const top = outermost(mps);
    const r = await sys('umount', ['-R', ...top], { allowFail: true });
    if (r.code !== 0 && (await sys('umount', ['-R', '-l', ...top], { allowFail: true })).code !== 0) {
      // A lazy unmount detaches the whole tree below, mounts hidden under later ones included.
      await sys('umount', ['-l', ...top], { allowFail: true });
    }
  }
  const left = await mountsUnder(dir);
  if (left.length) throw new SandboxError(`could not unmount ${left.join(', ')}`);
}

/**
 * Removes a directory tree that may have held mounts: refuses while anything is still mounted below it
 * (checked in this mount namespace right before), so it never deletes through a mount.
 */
export async function removeTree(dir: string): Promise<void> {
  const left = await mountsUnder(dir);
  if (left.length) throw new SandboxError(`refusing to remove ${dir}: still mounted: ${left.join(', ')}`);
  await rm(dir, { recursive: true, force: true });
}
