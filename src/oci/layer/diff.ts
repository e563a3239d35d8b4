/**
 * Directories to layer tars: an overlayfs upper dir (0/0 char devices become `.wh.<name>`; an opaque directory,
 * `trusted.overlay.opaque=y`, becomes a whiteout per lower entry it hides, as docker build writes it, never a
 * `.wh..wh..opq` marker) or a plain directory. Walk order is fixed (names sorted by bytes, depth first, each
 * directory before its contents, whiteouts before their siblings), so the same tree gives the same bytes.
 */
import { createWriteStream, readdirSync, realpathSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { TarWriter } from '../tar/writer.js';
import { byteString, display, join, nameFields, under } from './paths.js';
import { callbackPath, contentOf, defaultXattrFilter, diskEntry, lstatExact, type DiskEntry } from './walk.js';
import { readTreeXattrs, type Xattrs } from './xattr.js';

const WH = '.wh.';

/** Paths (relative, no leading '/') to leave out, as a list or a predicate. Excluding a directory excludes its contents. */
export type Exclude = ((relPath: string) => boolean) | readonly string[];

/** Options shared by both conversions. */
export interface DirLayerOptions {
  /** Paths to leave out (e.g. mount targets the sandbox created). */
  exclude?: Exclude;
  /** Clamp mtimes to at most this (SOURCE_DATE_EPOCH, seconds); never raises them. */
  sourceDateEpoch?: number;
  /** Every entry's mtime (seconds), whatever the file's: the `tar` exporter's SOURCE_DATE_EPOCH. */
  mtime?: number;
  /** Which xattrs to keep (default: defaultXattrFilter - capability, user.*, trusted.*, never overlay's own). */
  xattrs?: (name: string) => boolean;
}

/** Lower-layer metadata of a directory, for leaving out directories the upper dir only copied up. */
export interface LowerDirStat {
  mode: number;
  uid: number;
  gid: number;
  /** Whole seconds. */
  mtime: number;
}

/** Options of writeUpperDirAsLayer. */
export interface UpperDirLayerOptions extends DirLayerOptions {
  /**
   * True when a lower layer has this path (a whiteout for anything else is left out). `relBytes` is the exact
   * path (names need not be UTF-8; `relPath` is decoded and loses such bytes): every callback gets both.
   */
  lowerHas(relPath: string, relBytes: Buffer): Promise<boolean> | boolean;
  /** True when a lower layer has this path as a directory (a directory that hides it then writes whiteouts). */
  lowerIsDir(relPath: string, relBytes: Buffer): Promise<boolean> | boolean;
  /**
   * Optional: the lower layers' metadata of a directory. When given, a directory with nothing written below
   * it whose mode and owner equal the lower one's (copied up only because something below was excluded,
   * like a mount target, or only its mtime changed) is left out, as BuildKit's overlay differ does.
   */
  lowerDirStat?(relPath: string, relBytes: Buffer): Promise<LowerDirStat | undefined> | LowerDirStat | undefined;
  /**
   * The names (bytes) in a lower directory. An opaque directory is written as Docker's differ writes it: a
   * `.wh.<name>` for each lower entry the new directory lacks (below it too), no `.wh..wh..opq` marker
   * (containerd's walking differ compares the trees and never writes one; image-spec says generators SHOULD
   * use explicit whiteouts).
   */
  lowerChildren(relPath: string, relBytes: Buffer): Promise<Buffer[]> | Buffer[];
}

/** An output: a Writable (ended when done) or a file path to create. */
export type LayerOutput = Writable | string;

function excluder(ex: Exclude | undefined): (rel: string) => boolean {
  if (!ex) return () => false;
  if (typeof ex === 'function') return ex;
  const set = new Set(ex.map((p) => p.replace(/^\/+/, '').replace(/\/+$/, '')));
  return (rel) => set.has(rel);
}

/** Writes walked entries as a tar to `out`; returns the entry count. A file it opened is closed on failure. */
async function writeEntries(items: DiskEntry[], out: LayerOutput): Promise<number> {
  const stream = typeof out === 'string' ? createWriteStream(out, { highWaterMark: 1024 * 1024 }) : out;
  try {
    if (typeof out === 'string') await once(stream, 'open');
    const w = new TarWriter(stream);
    for (const d of items) await w.add(d.entry, contentOf(d));
    await w.finish();
  } catch (e) {
    if (typeof out === 'string') stream.destroy();
    throw e;
  }
  return items.length;
}

/** Walks a directory and writes its layer; errors name the directory. */
async function convert(what: string, dir: string, opts: WalkOptions, out: LayerOutput): Promise<number> {
  try {
    return await writeEntries(await walk(realpathSync(dir), opts), out);
  } catch (e) {
    throw new Error(`${what} ${dir}: ${(e as Error).message}`, { cause: e });
  }
}

interface WalkOptions {
  upper?: UpperDirLayerOptions;
  exclude: (rel: string) => boolean;
  keepXattr: (name: string) => boolean;
  mtimeCap?: number;
  mtime?: number;
}

/** Walks `root` in layer order and returns the entries (files not yet read). */
async function walk(rootText: string, opts: WalkOptions): Promise<DiskEntry[]> {
  const root = Buffer.from(rootText);
  const xattrs = await readTreeXattrs(rootText);
  const links = new Map<string, string>();
  const items: DiskEntry[] = [];
  const prunable = new Set<string>();
  const upper = opts.upper;

  /** `.wh.<name>` in dirRel. */
  const whiteout = (dirRel: string, name: string): DiskEntry => ({ rel: join(dirRel, WH + name), entry: { ...nameFields(join(dirRel, WH + name)), type: 'file', mode: 0, uid: 0, gid: 0, size: 0, mtime: 0 } });
  /** A path as the lower-layer callbacks take it: decoded, and its exact bytes. */
  const at = (rel: string): [string, Buffer] => [callbackPath(rel), Buffer.from(rel, 'latin1')];

  /**
   * `hidden`: an opaque directory above hides the lower layers here.
   * `replaces`: this directory hides a lower directory (opaque, or below one): each lower entry it lacks gets a
   * whiteout (upper.lowerChildren).
   */
  const visit = async (dirRel: string, hidden: boolean, replaces = false): Promise<void> => {
    const names = readdirSync(under(root, dirRel), { encoding: 'buffer' }).sort(Buffer.compare);
    const whiteouts: DiskEntry[] = [];
    if (replaces && upper) {
      const present = new Set(names.map((n) => byteString(n)));
      for (const nameBytes of [...(await upper.lowerChildren(...at(dirRel)))].sort(Buffer.compare)) {
        const name = byteString(nameBytes);
        if (present.has(name) || opts.exclude(callbackPath(join(dirRel, name)))) continue;
        whiteouts.push(whiteout(dirRel, name));
      }
    }
    const rest: { rel: string; st: ReturnType<typeof lstatExact> }[] = [];
    for (const nameBytes of names) {
      const name = byteString(nameBytes);
      const rel = join(dirRel, name);
      if (opts.exclude(callbackPath(rel))) continue;
      if (name.startsWith(WH)) {
        throw new Error(`${display(rel)}: file names starting with "${WH}" are reserved for whiteouts and cannot be put in a layer`);
      }
      const st = lstatExact(root, rel);
      if (upper && st.isCharacterDevice() && st.rdev === 0n) {
        // Below a replaced directory the lower entry is already whited out (the upper lacks it as a name).
        if (!replaces && (await upper.lowerHas(...at(rel)))) whiteouts.push(whiteout(dirRel, name));
        continue;
      }
      rest.push({ rel, st });
    }
    items.push(...whiteouts);
    for (const { rel, st } of rest) {
      const x: Xattrs | undefined = xattrs.get(rel);
      if (upper && x) {
        for (const name of Object.keys(x)) {
          if (/^(trusted|user)\.overlay\.(redirect|metacopy)$/.test(name)) {
            throw new Error(`${display(rel)}: overlayfs ${name} is not supported (mount the overlay with redirect_dir=off,metacopy=off)`);
          }
        }
      }
      const d = diskEntry(root, rel, st, x, { links, keepXattr: opts.keepXattr, mtimeCap: opts.mtimeCap, mtime: opts.mtime });
      if (!d) continue; // sockets
      items.push(d);
      if (d.entry.type !== 'dir') continue;
      const opaque = upper && x && (x['trusted.overlay.opaque']?.toString() === 'y' || x['user.overlay.opaque']?.toString() === 'y');
      const hides = hidden || Boolean(opaque);
      // What a directory hides is written as whiteouts (never a marker): one per lower entry an opaque
      // directory lacks, and so for every directory below one (the lower entries under it are hidden too). A
      // directory below an opaque one is then a change like any other, and pruned like any other.
      const replacesLower = hides && upper !== undefined && (await upper.lowerIsDir(...at(rel)));
      if (upper?.lowerDirStat) {
        const lower = await upper.lowerDirStat(...at(rel));
        const e = d.entry;
        // A directory's mtime alone is no change (BuildKit's overlay differ compares only mode, owner and
        // capabilities of directories): a file made and removed again in /tmp leaves /tmp out of the layer,
        // and so does a tree removed and made again as it was (nothing written below, no whiteout).
        if (lower && lower.mode === e.mode && lower.uid === e.uid && lower.gid === e.gid && !e.xattrs) prunable.add(rel);
      }
      await visit(rel, hides, replacesLower);
    }
  };
  await visit('', false);
  return prunable.size === 0 ? items : prune(items, prunable);
}

/** Leaves out prunable directories that have nothing written below them. */
function prune(items: DiskEntry[], prunable: Set<string>): DiskEntry[] {
  const needed = new Set<string>();
  const kept: DiskEntry[] = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const d = items[i];
    if (prunable.has(d.rel) && !needed.has(d.rel)) continue;
    kept.push(d);
    for (let j = d.rel.lastIndexOf('/'); j > 0; j = d.rel.lastIndexOf('/', j - 1)) needed.add(d.rel.slice(0, j));
  }
  return kept.reverse();
}

/**
 * Writes an overlayfs upper dir as an OCI layer tar: a 0/0 character device becomes `.wh.<name>` (mode 0,
 * mtime 0, before its siblings) when a lower layer has the path; an opaque directory
 * (`trusted.overlay.opaque=y`, or `user.overlay.opaque=y` with userxattr) over a lower directory gets a
 * `.wh.<name>` for each lower entry it lacks, before its own entries; excluded paths are left out; hardlinks within the layer become
 * hardlink entries to the first path; xattrs per `opts.xattrs` (never `trusted.overlay.*`); sockets are
 * skipped. Files the user named `.wh.*` are refused; redirect_dir and metacopy upper dirs are refused.
 * `out` is ended when done. Returns the number of entries and whether there were none.
 */
export async function writeUpperDirAsLayer(upperDir: string, out: LayerOutput, opts: UpperDirLayerOptions): Promise<{ entries: number; empty: boolean }> {
  const walkOpts = { upper: opts, exclude: excluder(opts.exclude), keepXattr: opts.xattrs ?? defaultXattrFilter, mtimeCap: opts.sourceDateEpoch };
  const entries = await convert('upper dir', upperDir, walkOpts, out);
  return { entries, empty: entries === 0 };
}

/**
 * Writes a plain directory as a layer tar (no whiteout conversion; a `.wh.*` name is refused), e.g. for
 * `COPY --link` style layers and tests. The directory itself is not an entry; its contents are, in the
 * same fixed order as writeUpperDirAsLayer. `out` is ended when done.
 */
export async function writeDirAsLayer(dir: string, out: LayerOutput, opts: DirLayerOptions = {}): Promise<{ entries: number }> {
  const walkOpts = { exclude: excluder(opts.exclude), keepXattr: opts.xattrs ?? defaultXattrFilter, mtimeCap: opts.sourceDateEpoch, mtime: opts.mtime };
  return { entries: await convert('directory', dir, walkOpts, out) };
}

export { defaultXattrFilter } from './walk.js';
