/**
 * The sandbox's only doors to layer I/O, which lives in `src/oci/layer/` (unpacking a layer as an
 * overlayfs lower dir, converting an upper dir back to a layer tar). Kept in one place so the sandbox
 * does not depend on their exact shapes anywhere else.
 */
import type { Readable } from 'node:stream';
import { decompress } from '../oci/layer/compress.js';
import { writeUpperDirAsLayer, type LowerDirStat } from '../oci/layer/diff.js';
import { unpackLayer } from '../oci/layer/unpack.js';
import { readTreeXattrs, type Xattrs } from '../oci/layer/xattr.js';

/** Decompresses a layer blob, sniffing the format (media types lie often enough). */
export function decompressBlob(blob: Readable): Promise<Readable> {
  return decompress(blob);
}

/** Unpacks an uncompressed layer tar into `dir` as an overlayfs lower dir (whiteouts as 0/0 char devices). */
export async function unpackAsLower(tar: Readable, dir: string): Promise<void> {
  await unpackLayer(tar, dir, { mode: 'overlay-lower' });
}

/** Applies an uncompressed layer tar onto the tree in `dir` (whiteouts delete), for a union copy. */
export async function applyLayer(tar: Readable, dir: string): Promise<void> {
  await unpackLayer(tar, dir, { mode: 'apply' });
}

/** Every xattr of a tree (relative paths), for opaque directories and capabilities. */
export function treeXattrs(root: string): Promise<Map<string, Xattrs>> {
  return readTreeXattrs(root);
}

/** The xattrs a layer keeps: only `security.capability`, as Docker's and containerd's tar writers. */
export function dockerXattrs(name: string): boolean {
  return name === 'security.capability';
}

/** Options of the upper-dir conversion. */
export interface UpperDiffOptions {
  /** True when the path (relative, no leading '/'; `bytes`: its exact bytes, names need not be UTF-8) exists in the layers below. */
  lowerHas(p: string, bytes: Buffer): Promise<boolean>;
  /** True when the path is a directory in the layers below. */
  lowerIsDir(p: string, bytes: Buffer): Promise<boolean>;
  /** The lower layers' metadata of a directory (prunes directories only copied up). */
  lowerDirStat(p: string, bytes: Buffer): Promise<LowerDirStat | undefined>;
  /** Names (bytes) in a lower directory: a directory that hides a lower one gets whiteouts for what it lacks. */
  lowerChildren(p: string, bytes: Buffer): Promise<Buffer[]>;
  /** Relative paths to leave out (mount stubs, unchanged copy-ups). */
  exclude: string[];
  sourceDateEpoch?: number;
}

/** Writes the overlay upper dir as an uncompressed OCI layer tar at `outFile`; returns the entry count. */
export async function upperToLayer(upper: string, outFile: string, opts: UpperDiffOptions): Promise<{ entries: number }> {
  const r = await writeUpperDirAsLayer(upper, outFile, {
    lowerHas: opts.lowerHas,
    lowerIsDir: opts.lowerIsDir,
    lowerDirStat: opts.lowerDirStat,
    lowerChildren: opts.lowerChildren,
    exclude: opts.exclude,
    sourceDateEpoch: opts.sourceDateEpoch,
    xattrs: dockerXattrs,
  });
  return { entries: r.entries };
}
