/**
 * The image's filesystem as an output, as BuildKit's `local` and `tar` exporters write it:
 *
 * - `local`: the merged filesystem of the final stage written into a directory. Files are owned by the caller
 *   (BuildKit's client writes them as itself); modes (setuid included), mtimes, symlinks, hardlinks and FIFOs
 *   are kept. What the directory already holds stays unless the image has the same path: an existing path is
 *   replaced (a symlink there is replaced, never followed). A missing directory is created with mode 0700.
 * - `tar`: the same filesystem as one tarball with the image's owners, in the layer tar format (Go's
 *   archive/tar headers, entries sorted, no root entry).
 *
 * With several platforms each gets a directory named like `linux_amd64` (BuildKit's platform-split).
 * The layers are applied with unpackLayer (nothing is written outside the staging directory, whiteouts
 * delete lower paths) into a staging directory inside the destination (`.hoist-export-*`, removed at the
 * end), so whiteouts never touch the caller's own files and every move into place is a rename. A caller that
 * is not root gets the same result: directories stay writable until everything is in place, then get their
 * modes; only `user.*` xattrs are written and device nodes are skipped. `tar` keeps owners: a caller that is not
 * root has it written by the sandbox worker (root through sudo) from a merged view of the layers.
 */
import { lstatSync, mkdirSync, readdirSync, renameSync, rmSync, chmodSync, lutimesSync, statSync, type Stats } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { writeDirAsLayer } from '../oci/layer/diff.js';
import { under } from '../oci/layer/paths.js';
import { unpackLayer } from '../oci/layer/unpack.js';
import type { Platform } from '../oci/types.js';
import type { LayerSource } from '../sandbox/types.js';
import type { BuiltLayer } from './layers.js';
import { platformDirName } from './output-spec.js';

/** One platform's image, as the filesystem exporters read it. */
export interface FsImage {
  platform: Platform;
  layers: readonly BuiltLayer[];
  /** The layer as an uncompressed tar. */
  openTar(layer: BuiltLayer): Promise<Readable>;
  /** The layer's compressed blob (the privileged tar export unpacks it into the layer store). */
  openBlob?(layer: BuiltLayer): Promise<Readable>;
}

/** Who runs the export: the owner of the files `local` writes, and whether devices and foreign owners can be made. */
export interface Caller {
  uid: number;
  gid: number;
}

export function currentCaller(): Caller {
  return { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
}

export class ExportError extends Error {
  constructor(readonly dest: string, detail: string, options?: ErrorOptions) {
    super(`writing the image's filesystem to ${dest}: ${detail}`, options);
    this.name = 'ExportError';
  }
}

function lstatMaybe(p: string | Buffer, follow = false): Stats | undefined {
  try {
    return follow ? statSync(p) : lstatSync(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Modes to apply last (see UnpackOptions.deferDirModes), by path relative to the export's root. */
type DirModes = Map<string, number>;

/**
 * Applies each platform's layers in order under `dir` (or `dir/<platform>` when there are several). `owners`:
 * the image's (root only) or the caller's; as the caller, directories stay writable until `modes` is applied.
 */
async function stage(dir: string, images: readonly FsImage[], caller: Caller, owners: 'image' | 'caller', modes?: DirModes): Promise<void> {
  for (const image of images) {
    const sub = images.length > 1 ? platformDirName(image.platform) : '';
    const root = sub ? path.join(dir, sub) : dir;
    mkdirSync(root, { recursive: true, mode: 0o755 });
    const deferred = modes ? new Map<string, number>() : undefined;
    for (const layer of image.layers) {
      await unpackLayer(await image.openTar(layer), root, {
        mode: 'apply',
        devices: caller.uid === 0 ? 'create' : 'skip',
        owner: owners === 'image' ? undefined : { uid: caller.uid, gid: caller.gid },
        deferDirModes: deferred,
        // Only root may set security.* and trusted.* attributes.
        keepXattr: caller.uid === 0 ? undefined : (name) => name.startsWith('user.'),
      });
    }
    for (const [rel, mode] of deferred ?? []) modes!.set(sub ? `${sub}/${rel}` : rel, mode);
  }
}

/** Gives the owner write access to a directory tree (a caller that is not root removing or filling it). */
function makeWritable(p: string): void {
  const st = lstatSync(p);
  if (!st.isDirectory()) return;
  if ((st.mode & 0o700) !== 0o700) chmodSync(p, (st.mode & 0o7777) | 0o700);
  for (const name of readdirSync(p)) makeWritable(path.join(p, name));
}

/**
 * Moves the staged tree's entries into `dest`: a path `dest` lacks is renamed in whole; two directories are
 * merged (the staged one's mode and mtime win); anything else in `dest` (a file, a symlink) is replaced.
 */
function mergeInto(staged: string, dest: string, root: boolean, skip?: string): void {
  for (const name of readdirSync(staged)) {
    if (name === skip) continue;
    const from = path.join(staged, name);
    const to = path.join(dest, name);
    const have = lstatMaybe(to);
    const st = lstatSync(from);
    if (have?.isDirectory() && st.isDirectory()) {
      if (!root && (have.mode & 0o700) !== 0o700) chmodSync(to, (have.mode & 0o7777) | 0o700);
      mergeInto(from, to, root);
      chmodSync(to, st.mode & 0o7777);
      lutimesSync(to, st.atime, st.mtime);
      continue;
    }
    if (have) {
      if (!root) makeWritable(to);
      rmSync(to, { recursive: true, force: true });
    }
    renameSync(from, to);
  }
}

/** Sets every entry's mtime under `dir` (not `dir` itself) to `epoch`, children before their directory. */
function setMtimes(dir: string, epoch: number): void {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (lstatSync(p).isDirectory()) setMtimes(p, epoch);
    lutimesSync(p, epoch, epoch);
  }
}

/** Applies the deferred directory modes under `dest`, deepest first (a directory replaced by a file is skipped). */
function applyDirModes(dest: string, modes: DirModes): void {
  const root = Buffer.from(dest);
  for (const [rel, mode] of [...modes].sort((a, b) => b[0].split('/').length - a[0].split('/').length)) {
    // Paths are kept as byte strings (names need not be UTF-8).
    const p = under(root, rel);
    if (lstatMaybe(p)?.isDirectory()) chmodSync(p, mode);
  }
}

/** How an export runs: who for (default: this process's user), and SOURCE_DATE_EPOCH, every entry's mtime when set. */
export interface ExportOptions {
  caller?: Caller;
  epoch?: number;
}

/** BuildKit's `local` exporter: the filesystem into `dest`, owned by the caller, merged with what is there. */
export async function exportLocal(dest: string, images: readonly FsImage[], { caller = currentCaller(), epoch }: ExportOptions = {}): Promise<void> {
  if (path.resolve(dest) === '/') throw new ExportError(dest, 'refusing to write an image over the root directory');
  let staging: string | undefined;
  try {
    // The destination itself is the caller's path: a symlink to a directory is followed (entries below it never are).
    const existing = lstatMaybe(dest, true);
    if (existing && !existing.isDirectory()) throw new ExportError(dest, 'it exists and is not a directory');
    if (!existing) mkdirSync(dest, { recursive: true, mode: 0o700 });
    // Staged inside dest: the same filesystem, so every move is a rename.
    staging = await mkdtemp(path.join(dest, '.hoist-export-'));
    const modes: DirModes = new Map();
    await stage(staging, images, caller, 'caller', modes);
    if (epoch !== undefined) setMtimes(staging, epoch);
    mergeInto(staging, dest, caller.uid === 0, path.basename(staging));
    applyDirModes(dest, modes);
  } catch (e) {
    throw e instanceof ExportError ? e : new ExportError(dest, (e as Error).message, { cause: e });
  } finally {
    if (staging) {
      if (caller.uid !== 0) {
        try {
          makeWritable(staging);
        } catch {
          // already gone
        }
      }
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

/**
 * Writes the tarball for a caller that is not root (the sandbox worker through sudo: `exportTarPrivileged`), given
 * each platform's directory name (`''` for a lone one) and layers.
 */
export type PrivilegedTarExport = (file: string, views: { name: string; layers: LayerSource[] }[], opts?: { mtime?: number }) => Promise<void>;

/** An image's layers as the sandbox reads them (unpacked into its layer store from their blobs). */
function layerSourcesOf(image: FsImage): LayerSource[] {
  const open = image.openBlob;
  if (!open) throw new Error('the image gives no layer blobs');
  return image.layers.map((l) => ({ diffId: l.diffId, mediaType: l.mediaType, open: () => open(l) }));
}

/**
 * BuildKit's `tar` exporter: the filesystem as one tarball at `file`, owners kept. As root the layers are applied
 * into a staging directory; a caller that is not root needs `privileged` (root through sudo), which writes the
 * same tarball from a merged view of the layers.
 */
export async function exportTar(file: string, images: readonly FsImage[], tempDir: string, { caller = currentCaller(), epoch, privileged }: ExportOptions & { privileged?: PrivilegedTarExport } = {}): Promise<void> {
  if (caller.uid !== 0) {
    if (!privileged) throw new ExportError(file, "keeping the image's file owners needs root or passwordless sudo; type=local writes the files as the caller");
    try {
      await privileged(file, images.map((image) => ({ name: images.length > 1 ? platformDirName(image.platform) : '', layers: layerSourcesOf(image) })), epoch !== undefined ? { mtime: epoch } : {});
      return;
    } catch (e) {
      throw new ExportError(file, (e as Error).message, { cause: e });
    }
  }
  const staging = await mkdtemp(path.join(tempDir, 'export-tar-'));
  try {
    await stage(staging, images, caller, 'image');
    mkdirSync(path.dirname(file), { recursive: true });
    await writeDirAsLayer(staging, file, epoch !== undefined ? { mtime: epoch } : {});
  } catch (e) {
    throw new ExportError(file, (e as Error).message, { cause: e });
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}
