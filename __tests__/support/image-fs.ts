import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decompress } from '../../src/oci/layer/compress.js';
import { readTar } from '../../src/oci/tar/reader.js';
import type { ImageConfig, ImageIndex, ImageManifest } from '../../src/oci/types.js';

/** One entry of a flattened image filesystem, as the conformance comparison sees it (no mtimes). */
export interface FsEntry {
  path: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  sha256?: string;
  linkname?: string;
  /** Path of the first file of a hardlink group (hardlinks compare as their target's content). */
  linkGroup?: string;
  /** A device node's `major,minor`. */
  dev?: string;
  /** A file's security.capability xattr, hex. */
  cap?: string;
}

/** A flattened image: its config and its filesystem after applying every layer (whiteouts included). */
export interface FlatImage {
  config: ImageConfig;
  manifest: ImageManifest;
  fs: Map<string, FsEntry>;
  /** Raw per-layer entry paths, for tests that look at layers. */
  layers: string[][];
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

function blob(dir: string, digest: string): string {
  const [alg, hex] = digest.split(':');
  return path.join(dir, 'blobs', alg, hex);
}

/** Reads the (first) image of an OCI layout directory, following an index to the first manifest. */
export async function readLayoutImage(dir: string, refName?: string): Promise<{ manifest: ImageManifest; config: ImageConfig }> {
  const index = await readJson<ImageIndex>(path.join(dir, 'index.json'));
  let desc = refName ? index.manifests.find((m) => m.annotations?.['org.opencontainers.image.ref.name'] === refName) : index.manifests[0];
  if (!desc) throw new Error(`no manifest ${refName ?? ''} in ${dir}`);
  let doc = await readJson<ImageManifest & ImageIndex>(blob(dir, desc.digest));
  while (doc.manifests) {
    desc = doc.manifests[0];
    doc = await readJson<ImageManifest & ImageIndex>(blob(dir, desc.digest));
  }
  const config = await readJson<ImageConfig>(blob(dir, doc.config.digest));
  return { manifest: doc, config };
}

/** Applies an image's layers in order into a map of entries (opaque dirs and whiteouts as the OCI spec says). */
export async function flattenLayout(dir: string, refName?: string): Promise<FlatImage> {
  const { manifest, config } = await readLayoutImage(dir, refName);
  const fs = new Map<string, FsEntry>();
  const layers: string[][] = [];
  for (const l of manifest.layers ?? []) {
    const entries: FsEntry[] = [];
    const whiteouts: string[] = [];
    const opaques: string[] = [];
    const names: string[] = [];
    const tar = await decompress(createReadStream(blob(dir, l.digest)), l.mediaType);
    for await (const { entry, body } of readTar(tar)) {
      names.push(entry.path);
      const base = path.posix.basename(entry.path);
      const parent = path.posix.dirname(entry.path) === '.' ? '' : path.posix.dirname(entry.path);
      if (base === '.wh..wh..opq') {
        opaques.push(parent);
        body.resume();
        continue;
      }
      if (base.startsWith('.wh.')) {
        whiteouts.push(parent ? `${parent}/${base.slice(4)}` : base.slice(4));
        body.resume();
        continue;
      }
      const e: FsEntry = { path: entry.path, type: entry.type, mode: entry.mode & 0o7777, uid: entry.uid, gid: entry.gid, size: entry.type === 'file' ? entry.size : 0 };
      if (entry.type === 'file') {
        const h = createHash('sha256');
        for await (const c of body) h.update(c as Buffer);
        e.sha256 = h.digest('hex');
      } else body.resume();
      if (entry.type === 'symlink') e.linkname = entry.linkname;
      if (entry.type === 'hardlink') e.linkname = entry.linkname;
      if (entry.type === 'char' || entry.type === 'block') e.dev = `${entry.devmajor ?? 0},${entry.devminor ?? 0}`;
      const cap = entry.xattrs?.['security.capability'];
      if (cap) e.cap = cap.toString('hex');
      entries.push(e);
    }
    layers.push(names);
    const removeTree = (p: string, keepSelf: boolean) => {
      for (const k of [...fs.keys()]) {
        const under = p === '' || k.startsWith(`${p}/`);
        if (under || (!keepSelf && k === p)) fs.delete(k);
      }
    };
    for (const o of opaques) removeTree(o, true);
    for (const w of whiteouts) removeTree(w, false);
    for (const e of entries) {
      const old = fs.get(e.path);
      if (old && old.type === 'dir' && e.type !== 'dir') removeTree(e.path, false);
      if (e.type === 'hardlink') {
        const target = fs.get(e.linkname!) ?? entries.find((x) => x.path === e.linkname);
        fs.set(e.path, { ...e, type: 'file', size: target?.size ?? 0, sha256: target?.sha256, linkname: undefined, linkGroup: e.linkname });
        if (target) target.linkGroup ??= target.path;
        continue;
      }
      fs.set(e.path, e);
    }
  }
  return { config, manifest, fs, layers };
}

/** Config fields the conformance comparison checks (issue 5). */
export const COMPARED_CONFIG_FIELDS = ['Env', 'Cmd', 'Entrypoint', 'WorkingDir', 'User', 'ExposedPorts', 'Volumes', 'Labels', 'Healthcheck', 'StopSignal', 'Shell', 'OnBuild'] as const;

function norm(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v) && v.length === 0) return undefined;
  if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0) return undefined;
  return v;
}

/**
 * Differences between two flattened images: filesystem entries (path, type, mode, uid, gid, size, content hash,
 * link target, device numbers, capabilities) and the compared config fields. Paths in `ignorePaths` (exact or as a prefix `dir/`) are skipped.
 */
export function compareImages(a: FlatImage, b: FlatImage, opts: { ignorePaths?: string[]; ignoreConfig?: string[]; layers?: boolean } = {}): string[] {
  const diffs: string[] = [];
  const ignored = (p: string) => (opts.ignorePaths ?? []).some((x) => p === x || p.startsWith(x.endsWith('/') ? x : `${x}/`));
  const keys = new Set([...a.fs.keys(), ...b.fs.keys()]);
  for (const k of [...keys].sort()) {
    if (ignored(k)) continue;
    const x = a.fs.get(k);
    const y = b.fs.get(k);
    if (!x || !y) {
      diffs.push(`${k}: only in ${x ? 'hoist' : 'docker'}`);
      continue;
    }
    for (const f of ['type', 'mode', 'uid', 'gid', 'size', 'sha256', 'linkname', 'dev', 'cap'] as const) {
      if (x[f] !== y[f]) diffs.push(`${k}: ${f} hoist=${f === 'mode' ? (x[f] as number).toString(8) : x[f]} docker=${f === 'mode' ? (y[f] as number).toString(8) : y[f]}`);
    }
  }
  // Layer by layer: the entries each layer carries (what a step changed, as BuildKit's differ decides).
  if (opts.layers) {
    if (a.layers.length !== b.layers.length) diffs.push(`layer count: hoist=${a.layers.length} docker=${b.layers.length}`);
    for (let i = 0; i < Math.min(a.layers.length, b.layers.length); i++) {
      const names = (l: string[]) => l.filter((p) => !ignored(p)).sort().join(' ');
      if (names(a.layers[i]) !== names(b.layers[i])) diffs.push(`layer ${i}: hoist=[${names(a.layers[i])}] docker=[${names(b.layers[i])}]`);
    }
  }
  // Fields written at all (Docker omits empty ones and drops the classic builder's, e.g. Hostname or Image).
  const written = (c: FlatImage) => Object.keys(c.config.config ?? {}).sort().join(',');
  if (!(opts.ignoreConfig ?? []).includes('keys') && written(a) !== written(b)) diffs.push(`config keys: hoist=${written(a)} docker=${written(b)}`);
  // History as `docker history` shows it (the reference engine's BuildKit strings), entry by entry.
  if (!(opts.ignoreConfig ?? []).includes('history')) {
    type H = { created_by?: string; empty_layer?: boolean; comment?: string; author?: string };
    const hs = (h: H | undefined) => (h ? JSON.stringify({ created_by: h.created_by ?? '', empty_layer: h.empty_layer ?? false, comment: h.comment ?? '', author: h.author ?? '' }) : 'none');
    const ha = ((a.config as { history?: H[] }).history ?? []) as H[];
    const hb = ((b.config as { history?: H[] }).history ?? []) as H[];
    for (let i = 0; i < Math.max(ha.length, hb.length); i++) if (hs(ha[i]) !== hs(hb[i])) diffs.push(`history[${i}]: hoist=${hs(ha[i])} docker=${hs(hb[i])}`);
  }
  for (const f of COMPARED_CONFIG_FIELDS) {
    if ((opts.ignoreConfig ?? []).includes(f)) continue;
    const x = JSON.stringify(norm(a.config.config?.[f]));
    const y = JSON.stringify(norm(b.config.config?.[f]));
    if (x !== y) diffs.push(`config.${f}: hoist=${x} docker=${y}`);
  }
  return diffs;
}
