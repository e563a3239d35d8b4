/**
 * Turns files on disk into tar entries: lstat (exact nanosecond times, device numbers), symlink targets,
 * extended attributes, and hardlink detection by inode within one walk.
 */
import { createReadStream, lstatSync, readFileSync, readlinkSync, type BigIntStats } from 'node:fs';
import type { Readable } from 'node:stream';
import { decodeName, type TarEntry, type TarEntryType } from '../tar/types.js';
import { nameFields, under } from './paths.js';
import type { Xattrs } from './xattr.js';

/** Files up to this size are read in one call; larger ones stream. */
const SMALL_FILE = 1024 * 1024;

/** A tar entry from the disk, with where its content comes from. */
export interface DiskEntry {
  /** Relative byte-string path. */
  rel: string;
  entry: TarEntry;
  /** Absolute path of a regular file's content (files only). */
  source?: Buffer;
}

/**
 * The default xattr filter: `security.capability`, `user.*` and `trusted.*`, never overlayfs's own
 * (`trusted.overlay.*`, `user.overlay.*`), SELinux labels or ACLs (`security.selinux`, `system.*`).
 */
export function defaultXattrFilter(name: string): boolean {
  if (name.startsWith('trusted.overlay.') || name.startsWith('user.overlay.')) return false;
  return name === 'security.capability' || name.startsWith('user.') || name.startsWith('trusted.');
}

/** Linux major/minor of a dev_t. */
function devNumbers(rdev: bigint): { devmajor: number; devminor: number } {
  return {
    devmajor: Number(((rdev >> 8n) & 0xfffn) | ((rdev >> 32n) & ~0xfffn)),
    devminor: Number((rdev & 0xffn) | ((rdev >> 12n) & ~0xffn)),
  };
}

/** Whole seconds of a nanosecond timestamp (rounded down, also before 1970). */
export function wholeSeconds(ns: bigint): number {
  const s = ns / 1_000_000_000n;
  return Number(ns < 0n && s * 1_000_000_000n !== ns ? s - 1n : s);
}

/** The entry type of a stat result; undefined for sockets (never put in layers). */
export function entryType(st: BigIntStats): TarEntryType | undefined {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'dir';
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isCharacterDevice()) return 'char';
  if (st.isBlockDevice()) return 'block';
  if (st.isFIFO()) return 'fifo';
  return undefined;
}

/** lstat with exact times. */
export function lstatExact(root: Buffer, rel: string): BigIntStats {
  return lstatSync(under(root, rel), { bigint: true });
}

/**
 * Builds the tar entry of one file. `links` maps dev:ino of multiply-linked files to the first path seen:
 * later paths of the same inode become hardlink entries (relative names, within this layer only).
 * `mtimeCap` clamps mtimes (SOURCE_DATE_EPOCH); it never raises them. `mtime` replaces every entry's mtime.
 */
export function diskEntry(
  root: Buffer,
  rel: string,
  st: BigIntStats,
  xattrs: Xattrs | undefined,
  opts: { links: Map<string, string>; keepXattr: (name: string) => boolean; mtimeCap?: number; mtime?: number },
): DiskEntry | undefined {
  const type = entryType(st);
  if (!type) return undefined;
  let mtime = opts.mtime ?? wholeSeconds(st.mtimeNs);
  if (opts.mtimeCap !== undefined && mtime > opts.mtimeCap) mtime = opts.mtimeCap;
  const entry: TarEntry = { ...nameFields(rel), type, mode: Number(st.mode & 0o7777n), uid: Number(st.uid), gid: Number(st.gid), size: 0, mtime };
  if (type !== 'dir' && st.nlink > 1n) {
    const key = `${st.dev}:${st.ino}`;
    const first = opts.links.get(key);
    if (first !== undefined) {
      const name = decodeName(Buffer.from(first, 'latin1'));
      return { rel, entry: { ...entry, type: 'hardlink', linkname: name.text, ...(name.bytes ? { linknameBytes: name.bytes } : {}) } };
    }
    opts.links.set(key, rel);
  }
  if (type === 'file') entry.size = Number(st.size);
  if (type === 'symlink') {
    const target = decodeName(readlinkSync(under(root, rel), { encoding: 'buffer' }));
    entry.linkname = target.text;
    if (target.bytes) entry.linknameBytes = target.bytes;
  }
  if (type === 'char' || type === 'block') Object.assign(entry, devNumbers(st.rdev));
  const kept = Object.entries(xattrs ?? {}).filter(([n]) => opts.keepXattr(n));
  if (kept.length > 0) entry.xattrs = Object.fromEntries(kept);
  return { rel, entry, source: type === 'file' ? under(root, rel) : undefined };
}

/** The content of a file entry: read at once when small, streamed otherwise. */
export function contentOf(d: DiskEntry): Buffer | Readable | undefined {
  if (d.entry.type !== 'file' || !d.source) return undefined;
  return d.entry.size <= SMALL_FILE ? readFileSync(d.source) : createReadStream(d.source);
}

/** The relative path as a string for callbacks (UTF-8; lossy for names that are not UTF-8). */
export function callbackPath(rel: string): string {
  return Buffer.from(rel, 'latin1').toString('utf8');
}
