/**
 * Unpacked layers in memory: on a runner whose disk is thrown away after the job (a GitHub-hosted runner), the
 * layers a RUN stands on are unpacked into a private directory on the `/dev/shm` tmpfs instead of the on-disk
 * layer store. Creating thousands of small files costs far less on tmpfs than on a disk filesystem (no journal,
 * no block allocation), and nothing is lost: the on-disk store would not outlive the runner either.
 *
 * A layer goes to memory only when it fits with room to spare (the tmpfs's free space and the machine's
 * available memory, against an estimate from the blob's size); a layer that fills the tmpfs anyway (ENOSPC) is
 * unpacked on disk instead. The directory is removed when the build's executor closes; one left by a crashed
 * build (its process id is in the name) is removed by the next build's sweep.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, statfs } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Digest } from '../oci/digest.js';
import { exists, layerDir, unpackInto, unpackUnder } from './layer-store.js';
import { pidAlive, removeTree } from './sys.js';

/** Where the in-memory layer directories live. */
export const MEMORY_ROOT = '/dev/shm';
/** Prefix of a build's in-memory layer directory, followed by the owning process id. */
export const MEMORY_DIR_PREFIX = 'hoist-layers-';
/** A build's in-memory layer directory name: the prefix, the owning process id, a random hex part. */
const MEMORY_DIR_NAME = new RegExp(`^${MEMORY_DIR_PREFIX}(\\d+)-[0-9a-f]+$`);
/** statfs type of tmpfs. */
const TMPFS_MAGIC = 0x01021994;
/** Memory left to the build's own processes (RUN steps, compilers) after a layer is unpacked. */
const MEMORY_HEADROOM = 2 * 1024 ** 3;

/**
 * Whether this build unpacks layers into memory: HOIST_MEMORY_LAYERS=1 or 0 decides; otherwise yes on a
 * GitHub-hosted runner (RUNNER_ENVIRONMENT=github-hosted), whose disk does not outlive the job, and no elsewhere
 * (the on-disk store then keeps unpacked layers for the next build).
 */
export function memoryLayersWanted(env: Record<string, string | undefined>): boolean {
  const v = env.HOIST_MEMORY_LAYERS?.trim().toLowerCase();
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  return env.RUNNER_ENVIRONMENT === 'github-hosted';
}

/** A fresh path for this process's in-memory layer directory. */
export function newMemoryDir(): string {
  return path.join(MEMORY_ROOT, `${MEMORY_DIR_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`);
}

/** The owning process id when `dir` is a build's in-memory layer directory directly under `root`, else undefined. */
export function memoryDirOwner(dir: string, root = MEMORY_ROOT): number | undefined {
  const m = path.dirname(dir) === root ? MEMORY_DIR_NAME.exec(path.basename(dir)) : null;
  return m ? Number(m[1]) : undefined;
}

/** True when `dir` is on a tmpfs. */
export async function onTmpfs(dir: string): Promise<boolean> {
  try {
    return (await statfs(dir)).type === TMPFS_MAGIC;
  } catch {
    return false;
  }
}

/** Bytes of memory the kernel reports as available (MemAvailable), or undefined when unknown. */
async function memAvailable(): Promise<number | undefined> {
  try {
    const m = /^MemAvailable:\s+(\d+) kB/m.exec(await readFile('/proc/meminfo', 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The room a layer needs once unpacked, guessed from its compressed size: layers of OS files compress about 2–3
 * times, and tmpfs rounds every file up to a page.
 */
export function unpackedEstimate(blobBytes: number): number {
  return blobBytes * 4 + 64 * 1024 * 1024;
}

/** Whether `bytes` more fit on the tmpfs at `dir` and in the machine's memory, with the headroom kept. */
export async function fitsInMemory(dir: string, bytes: number, probe = { statfs, memAvailable }): Promise<boolean> {
  try {
    const fs = await probe.statfs(dir);
    if (fs.bavail * fs.bsize < bytes * 1.25) return false;
    const avail = await probe.memAvailable();
    return avail !== undefined && avail - bytes >= MEMORY_HEADROOM;
  } catch {
    return false;
  }
}

/** True when an error (or one along its `cause` chain) says a filesystem is full. */
export function isNoSpace(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 10; cur = (cur as { cause?: unknown }).cause, depth++) {
    const err = cur as NodeJS.ErrnoException;
    if (err.code === 'ENOSPC' || /\bENOSPC\b|no space left on device/i.test(String(err.message))) return true;
  }
  return false;
}

/**
 * Creates the build's in-memory layer directory (mode 0700), or checks that the one there is ours: /dev/shm is
 * writable by everyone, so a name another user made first (a directory, or a symlink elsewhere) is refused.
 */
export async function ownMemoryDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { mode: 0o700 });
    return;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const st = await lstat(dir);
  if (!st.isDirectory() || st.uid !== process.getuid?.()) throw new Error(`${dir} exists and is not a directory of this user's`);
}

/**
 * Unpacks a blob (`open` reads it from the start, again for a second try) into `memoryDir` when it fits there,
 * else (or when that fails: the tmpfs fills up, or refuses something the disk takes) into the on-disk layer store
 * under `cacheDir`, which checks the diff_id again. A layer already in the on-disk store is used where it is.
 */
export async function unpackPreferringMemory(
  cacheDir: string,
  memoryDir: string,
  diffId: Digest,
  blob: { size: number; open(): Readable },
  opts: { log: (m: string) => void; fits?: (dir: string, bytes: number) => Promise<boolean>; signal?: AbortSignal },
): Promise<string> {
  const onDisk = layerDir(cacheDir, diffId);
  if (await exists(onDisk)) return onDisk;
  if (await (opts.fits ?? fitsInMemory)(path.dirname(memoryDir), unpackedEstimate(blob.size))) {
    try {
      await ownMemoryDir(memoryDir);
      return await unpackUnder(memoryDir, diffId, blob.open());
    } catch (e) {
      if (opts.signal?.aborted) throw e;
      const why = isNoSpace(e) ? `${path.dirname(memoryDir)} is full` : `unpacking it in memory failed (${(e as Error).message})`;
      opts.log(`layer ${diffId}: ${why}, unpacking it on disk instead`);
    }
  }
  return unpackInto(cacheDir, diffId, blob.open());
}

/**
 * Removes the in-memory layer directories of processes that are gone, and `own` when given (a closing build's).
 * Only real directories of this user's (root's, in the worker) are touched: anyone can make names in /dev/shm.
 */
export async function sweepMemoryDirs(own?: string, root = MEMORY_ROOT): Promise<void> {
  const names = await readdir(root).catch(() => [] as string[]);
  for (const n of names) {
    const dir = path.join(root, n);
    const pid = memoryDirOwner(dir, root);
    if (pid === undefined || (dir !== own && pidAlive(pid))) continue;
    const st = await lstat(dir).catch(() => undefined);
    if (!st?.isDirectory() || st.uid !== process.getuid?.()) continue;
    await removeTree(dir).catch(() => undefined);
  }
}
