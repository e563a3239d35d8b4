/**
 * Path resolution inside a rootfs with chroot semantics: symlinks (absolute or relative) are followed
 * relative to the root and `..` never climbs above it, so nothing an image holds can point a mount or a
 * created file at the host. Used on the merged tree before the step starts (nothing else writes to it then).
 */
import { lstat, mkdir, readlink, writeFile, utimes } from 'node:fs/promises';
import path from 'node:path';

const MAX_LINKS = 40;

/** Result of resolving a path inside a root. */
export interface Resolved {
  /** Host path of the deepest existing component plus the missing rest (no symlinks in it). */
  hostPath: string;
  /** The same path relative to the root, with a leading '/'. */
  inRoot: string;
  /** True when the whole path exists. */
  exists: boolean;
  /** Index into `components(inRoot)` of the first missing component (`components.length` when it exists). */
  firstMissing: number;
}

/** '/'-separated components of an absolute in-root path. */
export function components(p: string): string[] {
  return p.split('/').filter((c) => c !== '' && c !== '.');
}

function errno(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException).code;
}

/**
 * Resolves `p` (absolute, as seen inside the root) to a host path under `root`, following every symlink
 * inside the root, the last component's included. Throws when a symlink loop is found or when a
 * non-directory is used as a directory.
 */
export async function resolveInRoot(root: string, p: string): Promise<Resolved> {
  const done: string[] = [];
  const todo = components(p);
  let links = 0;
  while (todo.length > 0) {
    const c = todo.shift()!;
    if (c === '..') {
      done.pop();
      continue;
    }
    const host = path.join(root, ...done, c);
    let st;
    try {
      st = await lstat(host);
    } catch (e) {
      if (errno(e) !== 'ENOENT') throw e;
      // The rest does not exist: resolve it lexically (nothing below a missing directory can be a link), until a
      // `..` climbs back out of the missing part (`/a/missing/../b`): from there the walk goes on for real.
      const rest = [c, ...todo];
      todo.length = 0;
      const first = done.length;
      let k = 0;
      let back = false;
      for (; k < rest.length && !back; k++) {
        if (rest[k] !== '..') done.push(rest[k]);
        else if (done.length > first) {
          done.pop();
          back = done.length === first;
        } else {
          done.pop();
          back = true;
        }
      }
      if (back) {
        // Out of the missing part: what follows is resolved for real (or the path ends in an existing directory).
        todo.push(...rest.slice(k));
        continue;
      }
      return { hostPath: path.join(root, ...done), inRoot: '/' + done.join('/'), exists: false, firstMissing: first };
    }
    if (st.isSymbolicLink()) {
      if (++links > MAX_LINKS) throw new Error(`${p}: too many levels of symbolic links inside the rootfs`);
      const target = await readlink(host);
      if (target.startsWith('/')) done.length = 0;
      todo.unshift(...components(target));
      continue;
    }
    if (todo.length > 0 && !st.isDirectory()) {
      throw new Error(`${p}: /${[...done, c].join('/')} is not a directory in the rootfs`);
    }
    done.push(c);
  }
  return { hostPath: path.join(root, ...done), inRoot: '/' + done.join('/'), exists: true, firstMissing: done.length };
}

/** What creating a mount target did, so it can be left out of the layer afterwards. */
export interface CreatedTarget {
  /** Host path of the target (file or directory), symlinks resolved. */
  hostPath: string;
  /** In-root paths created (parents first), empty when the target existed. */
  created: string[];
  /** The existing directory the first new entry went into, with its times before (restored after). */
  parent?: { inRoot: string; atimeMs: number; mtimeMs: number };
}

/**
 * Makes sure a mount target exists: a directory (`dir`) or an empty file (`file`). Missing parents are
 * created 0755 root:root; the existing parent's times are put back afterwards (unless `restoreParent` is
 * false). An existing target of the wrong kind is an error naming the path.
 */
export async function ensureTarget(root: string, p: string, kind: 'file' | 'dir', restoreParent = true): Promise<CreatedTarget> {
  const r = await resolveInRoot(root, p);
  if (r.exists) {
    const st = await lstat(r.hostPath);
    if (kind === 'dir' && !st.isDirectory()) throw new Error(`mount target ${p}: ${r.inRoot} exists and is not a directory`);
    if (kind === 'file' && st.isDirectory()) throw new Error(`mount target ${p}: ${r.inRoot} is a directory, a file is mounted there`);
    return { hostPath: r.hostPath, created: [] };
  }
  const comps = components(r.inRoot);
  const parentComps = comps.slice(0, r.firstMissing);
  const parentHost = path.join(root, ...parentComps);
  const pst = await lstat(parentHost);
  const parent = { inRoot: '/' + parentComps.join('/'), atimeMs: pst.atimeMs, mtimeMs: pst.mtimeMs };
  const created: string[] = [];
  for (let i = r.firstMissing; i < comps.length; i++) {
    const host = path.join(root, ...comps.slice(0, i + 1));
    const last = i === comps.length - 1;
    if (last && kind === 'file') await writeFile(host, '', { flag: 'wx', mode: 0o644 });
    else await mkdir(host, { mode: 0o755 });
    created.push('/' + comps.slice(0, i + 1).join('/'));
  }
  if (restoreParent) await utimes(parentHost, parent.atimeMs / 1000, parent.mtimeMs / 1000);
  return { hostPath: r.hostPath, created, parent };
}

/** True when `child` (in-root, absolute) is `dir` or below it. */
export function isWithin(child: string, dir: string): boolean {
  if (dir === '/') return true;
  return child === dir || child.startsWith(dir.endsWith('/') ? dir : dir + '/');
}
