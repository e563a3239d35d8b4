/**
 * Safe layer unpacking. Every entry's parent directory is resolved inside the root with securejoin
 * semantics (symlinks are followed *within* the root; see RootResolver), names that climb out with `..`
 * are refused, the entry itself is never followed (an existing symlink in its place is replaced), and
 * hardlink targets are resolved the same way, so nothing is ever written outside the root.
 *
 * Work the kernel cannot do through Node is batched per layer: device nodes and FIFOs (GNU tar, nodes.ts)
 * and extended attributes (setfattr, xattr.ts). Directory mtimes are set last, after their contents.
 * Metadata calls are synchronous (a few microseconds each, far cheaper than a thread-pool round trip per
 * call on layers with tens of thousands of files); file contents stream.
 */
import { closeSync, constants, fchmodSync, fchownSync, futimesSync, lchownSync, linkSync, lstatSync, lutimesSync, mkdirSync, openSync, readdirSync, realpathSync, rmSync, symlinkSync, unlinkSync, chmodSync, writeSync, type Stats } from 'node:fs';
import type { Readable } from 'node:stream';
import { readTar } from '../tar/reader.js';
import { linknameBytesOf, pathBytesOf, type TarEntry } from '../tar/types.js';
import { createSpecialFiles } from './nodes.js';
import { RootResolver, UnsafeLayerEntryError, byteString, cleanRelative, display, join, nameFields, under } from './paths.js';
import { writeXattrs, type Xattrs } from './xattr.js';

export { UnsafeLayerEntryError } from './paths.js';

/** Options of unpackLayer. */
export interface UnpackOptions {
  /**
   * `apply`: apply the layer onto the tree in `dir` (whiteouts delete lower paths; an opaque whiteout empties
   * the directory's lower contents). `overlay-lower`: `dir` becomes an overlayfs lower dir of its own
   * (whiteouts become 0/0 character devices, opaque directories get `trusted.overlay.opaque=y`).
   */
  mode: 'apply' | 'overlay-lower';
  /** Char and block devices in the layer: create them (default), skip them, or refuse the layer. */
  devices?: 'create' | 'skip' | 'refuse';
  /**
   * Owner of every entry instead of the layer's own (e.g. the caller's, as BuildKit's local exporter writes
   * files). Unset: the layer's owners are kept (the caller is root).
   */
  owner?: { uid: number; gid: number };
  /**
   * When given, directories are left writable by their owner (mode | 0700) and the mode each should have is
   * recorded here by relative path instead, for the caller to apply last: a caller that is not root can then
   * still write into, and move entries out of, directories such as a 0555 `/proc`.
   */
  deferDirModes?: Map<string, number>;
  /** Which of the layer's xattrs to write (default: all but overlayfs's own). */
  keepXattr?: (name: string) => boolean;
}

/** What unpackLayer did. */
export interface UnpackResult {
  /** Entries read from the tar. */
  entries: number;
  /** Whiteout entries (including opaque ones) seen. */
  whiteouts: number;
}

const WH = '.wh.';
const YIELD_EVERY_MS = 5;
const OPAQUE = '.wh..wh..opq';

/** True for xattrs a layer may not set: overlayfs's own (they would change how the stack is read). */
function forbiddenXattr(name: string): boolean {
  return name.startsWith('trusted.overlay.') || name.startsWith('user.overlay.');
}

/** lstat, or undefined when nothing is there (no exception built for ENOENT: most entries are new paths). */
function lstatMaybe(p: Buffer): Stats | undefined {
  return lstatSync(p, { throwIfNoEntry: false });
}

/** One layer being unpacked: the pending batches and what this layer has written. */
class Unpacker {
  readonly resolver: RootResolver;
  /** Paths (resolved, relative) this layer created; whiteouts never hide them. */
  private readonly written = new Set<string>();
  private readonly dirTimes = new Map<string, number>();
  private readonly xattrs = new Map<string, Xattrs>();
  private readonly opaque = new Set<string>();
  private readonly nodes = new Map<string, TarEntry>();
  /** Pending nodes that stand for whiteouts (overlay-lower). */
  private readonly whiteoutNodes = new Set<string>();
  whiteouts = 0;

  constructor(readonly root: Buffer, readonly rootText: string, readonly opts: UnpackOptions) {
    this.resolver = new RootResolver(root);
  }

  private abs(rel: string): Buffer {
    return under(this.root, rel);
  }

  /** Drops pending work for `rel` (and everything under it when `subtree`). */
  private purge(rel: string, subtree: boolean): void {
    const prefix = `${rel}/`;
    for (const map of [this.dirTimes, this.xattrs, this.nodes] as Map<string, unknown>[]) {
      map.delete(rel);
      if (subtree) for (const k of map.keys()) if (k.startsWith(prefix)) map.delete(k);
    }
    for (const set of [this.opaque, this.whiteoutNodes]) {
      set.delete(rel);
      if (subtree) for (const k of set) if (k.startsWith(prefix)) set.delete(k);
    }
  }

  /** Removes whatever is at `rel` (a directory with its contents). */
  private remove(rel: string, st: Stats): void {
    if (st.isDirectory()) rmSync(this.abs(rel), { recursive: true, force: true });
    else unlinkSync(this.abs(rel));
    if (st.isDirectory() || st.isSymbolicLink()) this.resolver.invalidate();
    this.purge(rel, st.isDirectory());
  }

  /** Resolves an entry's parent directory (created when missing) and returns the entry's resolved path. */
  private place(parts: string[], what: string): string {
    const parent = this.resolver.resolveDir(parts.slice(0, -1).join('/'), true, what)!;
    for (const d of this.resolver.created.splice(0)) this.written.add(d);
    return join(parent, parts[parts.length - 1]);
  }

  async entry(layerEntry: TarEntry, body: Readable): Promise<void> {
    const owner = this.opts.owner;
    const entry = owner ? { ...layerEntry, uid: owner.uid, gid: owner.gid } : layerEntry;
    const what = entry.path;
    const parts = cleanRelative(byteString(pathBytesOf(entry)), what);
    if (parts.length === 0) return; // the root itself: its metadata stays the directory's own (as Docker does)
    const name = parts[parts.length - 1];
    if (name.startsWith(WH)) return this.whiteout(parts, entry, what);

    const target = this.place(parts, what);
    const existing = lstatMaybe(this.abs(target));
    if (this.nodes.has(target)) {
      // overlay-lower: a directory replacing this layer's own whiteout must not show the lower one's contents.
      const opaque = entry.type === 'dir' && this.whiteoutNodes.has(target);
      this.purge(target, false);
      if (opaque) this.opaque.add(target);
    }
    if (existing && !(existing.isDirectory() && entry.type === 'dir')) this.remove(target, existing);
    this.written.add(target);

    switch (entry.type) {
      case 'file':
        await this.writeFile(target, entry, body);
        break;
      case 'dir':
        if (!existing?.isDirectory()) mkdirSync(this.abs(target), { mode: 0o700 });
        lchownSync(this.abs(target), entry.uid, entry.gid);
        if (this.opts.deferDirModes) {
          chmodSync(this.abs(target), entry.mode | 0o700);
          this.opts.deferDirModes.set(target, entry.mode);
        } else chmodSync(this.abs(target), entry.mode);
        this.dirTimes.set(target, entry.mtime);
        break;
      case 'symlink':
        symlinkSync(linknameBytesOf(entry), this.abs(target));
        lchownSync(this.abs(target), entry.uid, entry.gid);
        lutimesSync(this.abs(target), entry.mtime, entry.mtime);
        break;
      case 'hardlink':
        this.hardlink(target, entry, what);
        break;
      case 'char':
      case 'block':
        if (this.opts.devices === 'refuse') throw new UnsafeLayerEntryError(what, `${entry.type} devices are not allowed here`);
        if (this.opts.devices === 'skip') return;
        this.nodes.set(target, { ...entry, ...nameFields(target) });
        break;
      case 'fifo':
        this.nodes.set(target, { ...entry, ...nameFields(target) });
        break;
    }
    if (entry.type === 'hardlink') return;
    const keep = this.opts.keepXattr;
    const attrs = Object.entries(entry.xattrs ?? {}).filter(([n]) => !forbiddenXattr(n) && !(entry.type === 'symlink' && n.startsWith('user.')) && (!keep || keep(n)));
    if (attrs.length > 0) this.xattrs.set(target, Object.fromEntries(attrs));
    else this.xattrs.delete(target);
  }

  private async writeFile(target: string, entry: TarEntry, body: Readable): Promise<void> {
    const fd = openSync(this.abs(target), constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        let off = 0;
        while (off < chunk.length) off += writeSync(fd, chunk, off);
      }
      fchownSync(fd, entry.uid, entry.gid);
      fchmodSync(fd, entry.mode); // after chown, which clears setuid/setgid
      futimesSync(fd, entry.mtime, entry.mtime);
    } finally {
      closeSync(fd);
    }
  }

  private hardlink(target: string, entry: TarEntry, what: string): void {
    const parts = cleanRelative(byteString(linknameBytesOf(entry)), what);
    if (parts.length === 0) throw new UnsafeLayerEntryError(what, 'hardlink to the layer root');
    const parent = this.resolver.resolveDir(parts.slice(0, -1).join('/'), false, what);
    const source = parent === undefined ? undefined : join(parent, parts[parts.length - 1]);
    if (source !== undefined && this.nodes.has(source)) {
      this.nodes.set(target, { ...entry, ...nameFields(target), linkname: display(source), linknameBytes: Buffer.from(source, 'latin1') });
      return;
    }
    const st = source === undefined ? undefined : lstatMaybe(this.abs(source));
    if (!st || source === undefined) throw new UnsafeLayerEntryError(what, `hardlink target "${entry.linkname}" does not exist in the layer root`);
    if (st.isDirectory()) throw new UnsafeLayerEntryError(what, `hardlink target "${entry.linkname}" is a directory`);
    linkSync(this.abs(source), this.abs(target));
    if (st.isFile()) {
      // As Docker does: the link's header metadata applies to the shared inode (chown only when it changes,
      // since chown drops file capabilities).
      if (st.uid !== entry.uid || st.gid !== entry.gid) lchownSync(this.abs(target), entry.uid, entry.gid);
      if ((st.mode & 0o7777) !== entry.mode) chmodSync(this.abs(target), entry.mode);
      lutimesSync(this.abs(target), entry.mtime, entry.mtime);
    }
  }

  private whiteout(parts: string[], entry: TarEntry, what: string): void {
    this.whiteouts++;
    const name = parts[parts.length - 1];
    const lower = this.opts.mode === 'overlay-lower';
    const dirParts = parts.slice(0, -1);
    // The parent is created when missing in both modes (as containerd does), so both give the same tree.
    const dir = this.resolver.resolveDir(dirParts.join('/'), true, what)!;
    for (const d of this.resolver.created.splice(0)) this.written.add(d);
    if (name === OPAQUE) {
      if (lower) this.opaque.add(dir);
      else this.clearLower(dir);
      return;
    }
    if (name.startsWith(`${WH}${WH}`)) return; // other AUFS metadata (.wh..wh.plnk, ...): not content
    const victim = name.slice(WH.length);
    if (victim === '' || victim === '.' || victim === '..') throw new UnsafeLayerEntryError(what, 'invalid whiteout name');
    const target = join(dir, victim);
    if (this.written.has(target)) return; // a whiteout hides lower layers only, never its own layer's entries
    const existing = lstatMaybe(this.abs(target));
    if (existing) this.remove(target, existing);
    if (lower) {
      this.nodes.set(target, { ...nameFields(target), type: 'char', mode: 0, uid: entry.uid, gid: entry.gid, size: 0, mtime: entry.mtime, devmajor: 0, devminor: 0 });
      this.whiteoutNodes.add(target);
    }
  }

  /** Opaque whiteout in apply mode: removes everything in `dir` that this layer did not write. */
  private clearLower(dir: string): void {
    for (const child of readdirSync(this.abs(dir), { encoding: 'buffer' })) {
      const rel = join(dir, byteString(child));
      const st = lstatSync(this.abs(rel));
      if (!this.written.has(rel)) this.remove(rel, st);
      else if (st.isDirectory()) this.clearLower(rel);
    }
  }

  /** True when every parent of `rel` is still a real directory (not replaced by a symlink since). */
  private parentsAreDirs(rel: string, checked: Set<string>): boolean {
    let i = rel.indexOf('/');
    while (i >= 0) {
      const p = rel.slice(0, i);
      if (!checked.has(p)) {
        const st = lstatMaybe(this.abs(p));
        if (!st || !st.isDirectory()) return false;
        checked.add(p);
      }
      i = rel.indexOf('/', i + 1);
    }
    return true;
  }

  /** Creates the batched special files, sets batched xattrs, then directory mtimes. */
  async finish(): Promise<void> {
    const checked = new Set<string>();
    const nodes = [...this.nodes.entries()].filter(([rel]) => this.parentsAreDirs(rel, checked));
    await createSpecialFiles(this.rootText, nodes.map(([, e]) => e));
    for (const [rel, e] of nodes) if (e.type !== 'hardlink') lutimesSync(this.abs(rel), e.mtime, e.mtime); // tar headers hold whole seconds
    const attrs = new Map<string, Xattrs>();
    for (const [rel, x] of this.xattrs) if (this.parentsAreDirs(rel, checked)) attrs.set(rel, x);
    for (const rel of this.opaque) {
      if (this.parentsAreDirs(rel, checked)) attrs.set(rel, { ...attrs.get(rel), 'trusted.overlay.opaque': Buffer.from('y') });
    }
    await writeXattrs(this.root, attrs);
    for (const [rel, mtime] of this.dirTimes) {
      if (!this.parentsAreDirs(rel, checked)) continue;
      const st = lstatMaybe(this.abs(rel));
      if (st?.isDirectory()) lutimesSync(this.abs(rel), mtime, mtime);
    }
  }
}

/** Error of unpackLayer: names the layer directory and the entry; `unsafe` for refused entries. */
export class LayerUnpackError extends Error {
  constructor(readonly dir: string, readonly entry: string | undefined, readonly unsafe: boolean, cause: Error) {
    const msg = cause.message;
    super(`unpacking layer into ${dir}: ${entry === undefined || msg.includes(`"${entry}"`) ? '' : `layer entry "${entry}": `}${msg}`, { cause });
    this.name = 'LayerUnpackError';
  }
}

/**
 * Unpacks an uncompressed layer tar into `dir` (created when missing), never writing outside it. Later
 * duplicates of a path win. Keeps modes (setuid, setgid, sticky), owners (the caller is root), mtimes,
 * symlink targets as written, hardlinks and xattrs (overlayfs's own `trusted.overlay.*` / `user.overlay.*`
 * are never taken from a layer). The archive root entry (`./`) is skipped. Errors are LayerUnpackError,
 * naming the layer directory and the entry.
 */
export async function unpackLayer(tar: Readable, dir: string, opts: UnpackOptions): Promise<UnpackResult> {
  mkdirSync(dir, { recursive: true });
  const rootText = realpathSync(dir);
  const u = new Unpacker(Buffer.from(rootText), rootText, opts);
  let entries = 0;
  let current: string | undefined;
  let ran = performance.now();
  try {
    for await (const { entry, body } of readTar(tar)) {
      entries++;
      current = entry.path;
      await u.entry(entry, body);
      // The entry loop makes synchronous calls back to back (inodes are slow to create on some disks): give the
      // event loop a turn every few milliseconds, so downloads in the same process are not starved meanwhile.
      if (performance.now() - ran > YIELD_EVERY_MS) {
        await new Promise((r) => setImmediate(r));
        ran = performance.now();
      }
    }
    current = undefined;
    await u.finish();
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    throw new LayerUnpackError(dir, current, err instanceof UnsafeLayerEntryError, err);
  }
  return { entries, whiteouts: u.whiteouts };
}
