/**
 * Directories behind `RUN --mount=type=cache`, kept in `<cacheDir>/run-cache/` by id between builds, with
 * BuildKit's sharing modes across steps and processes:
 *
 * - `shared`: every user gets the same directory at once;
 * - `locked`: one user at a time, the others wait;
 * - `private`: one user at a time, a busy directory makes the next user take another copy (`<key>-1` ...).
 *
 * Locks are directories made with mkdir (atomic) holding the owner's pid; a lock whose process is gone is
 * stale and taken over, so a crashed build never blocks the next one.
 */
import { createHash } from 'node:crypto';
import { chmod, chown, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sys } from './sys.js';

/** A cache directory in use; `release` frees its lock. */
export interface CacheLease {
  dir: string;
  release(): Promise<void>;
}

/** What a cache mount asks for. */
export interface CacheSpec {
  id: string;
  sharing: 'shared' | 'private' | 'locked';
  mode?: number;
  uid?: number;
  gid?: number;
  from?: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function tryLock(lockDir: string): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await mkdir(lockDir);
      await writeFile(path.join(lockDir, 'pid'), String(process.pid));
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const pid = Number(await readFile(path.join(lockDir, 'pid'), 'utf8').catch(() => ''));
    // A lock without a pid file is being created right now, unless it is old.
    const age = await stat(lockDir).then((s) => Date.now() - s.mtimeMs, () => 0);
    if ((pid > 0 && !alive(pid)) || (!(pid > 0) && age > 10_000)) await rm(lockDir, { recursive: true, force: true });
    else return false;
  }
  return false;
}

async function ensureDir(base: string, spec: CacheSpec): Promise<string> {
  const data = path.join(base, 'data');
  if (await stat(data).then(() => true, () => false)) return data;
  await mkdir(base, { recursive: true });
  const tmp = path.join(base, `.new-${process.pid}-${Date.now()}`);
  await mkdir(tmp);
  if (spec.from) {
    // Seeded from a stage: the directory is a copy of the source's, its owner and mode included; uid, gid and
    // mode are ignored then (as docker build does).
    await sys('cp', ['-a', '--', `${spec.from}/.`, `${tmp}/`]);
    const st = await stat(spec.from);
    await chmod(tmp, st.mode & 0o7777);
    await chown(tmp, st.uid, st.gid);
  } else {
    await chmod(tmp, spec.mode ?? 0o755);
    await chown(tmp, spec.uid ?? 0, spec.gid ?? 0);
  }
  await writeFile(path.join(base, 'id'), spec.id);
  try {
    await rename(tmp, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
    await rm(tmp, { recursive: true, force: true });
  }
  return data;
}

/** The key of a cache id: a name safe for any filesystem. */
export function cacheKey(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 32);
}

/** A cache slot taken under its sharing mode: `slot` is the key, or `<key>-<n>` for a private copy. */
export interface CacheSlot {
  slot: string;
  release(): Promise<void>;
}

/**
 * Takes a slot of the cache `id` under `root` by sharing mode: `shared` takes the key unlocked, `locked`
 * waits (cancellably) for its lock, `private` takes the first free of `<key>`, `<key>-1`, ...
 */
export async function takeCacheSlot(root: string, id: string, sharing: CacheSpec['sharing'], signal?: AbortSignal): Promise<CacheSlot> {
  await mkdir(root, { recursive: true });
  const key = cacheKey(id);
  if (sharing === 'shared') return { slot: key, release: async () => undefined };
  for (let n = 0, waited = 0; ; ) {
    signal?.throwIfAborted();
    const slot = n === 0 ? key : `${key}-${n}`;
    await mkdir(path.join(root, slot), { recursive: true });
    const lock = path.join(root, slot, 'lock');
    if (await tryLock(lock)) return { slot, release: () => rm(lock, { recursive: true, force: true }) };
    if (sharing === 'private') n++;
    else {
      await sleep(Math.min(50 + waited * 10, 250), undefined, { signal });
      waited++;
    }
  }
}

/** Takes a cache directory for one step according to its sharing mode. Waits (cancellably) for `locked`. */
export async function acquireCache(cacheDir: string, spec: CacheSpec, signal?: AbortSignal): Promise<CacheLease> {
  const root = path.join(cacheDir, 'run-cache');
  const s = await takeCacheSlot(root, spec.id, spec.sharing, signal);
  try {
    const dir = await ensureDir(path.join(root, s.slot), spec);
    return { dir, release: () => s.release() };
  } catch (e) {
    await s.release();
    throw e;
  }
}
