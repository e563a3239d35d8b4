import { copyFile, mkdir } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { readTar } from '../oci/tar/reader.js';
import type { SourceTree, TreeStat } from '../context/tree.js';
import { FsView, keptAttributes, normalizePath, type LayerSummary } from './fs-view.js';
import type { BuiltLayer } from './layers.js';

function under(p: string, roots: readonly string[]): boolean {
  return roots.some((r) => r === '' || p === r || p.startsWith(`${r}/`));
}

/**
 * An image's filesystem as a COPY source, without mounting anything (no root needed): metadata (modes,
 * owners, link targets) comes from the layer summaries' view, file bytes from the layers, extracted once for
 * just the subtrees a step copies (`extract`).
 */
export class ViewTree implements SourceTree {
  private readonly linkIds = new Map<string, string>();
  /** What summaries do not keep, read from the layers by `extract`: device numbers and a file's capabilities. */
  private readonly extra = new Map<string, ReturnType<typeof keptAttributes>>();

  constructor(private readonly view: FsView, private readonly contentDir: string) {}

  async lstat(rel: string): Promise<TreeStat | undefined> {
    const p = normalizePath(rel);
    const n = this.view.lstat(p);
    if (!n) return undefined;
    if (n.type === 'hardlink') {
      const target = this.view.lstat(normalizePath(n.linkname ?? ''));
      // A hardlink to a symlink (`ln link other`) is that symlink under a second name.
      if (target?.type === 'symlink') return { type: 'symlink', mode: target.mode, uid: target.uid, gid: target.gid, mtime: target.mtime, size: 0, linkname: target.linkname ?? '' };
      return { type: 'file', mode: n.mode, uid: n.uid, gid: n.gid, mtime: n.mtime, size: target?.size ?? n.size, linkId: normalizePath(n.linkname ?? '') };
    }
    const st: TreeStat = { type: n.type, mode: n.mode, uid: n.uid, gid: n.gid, mtime: n.mtime, size: n.type === 'file' ? n.size : 0 };
    if (n.type === 'symlink') st.linkname = n.linkname ?? '';
    const id = this.linkIds.get(p);
    if (id) st.linkId = id;
    const extra = this.extra.get(p);
    if (extra) Object.assign(st, keptAttributes({ type: n.type, ...extra }));
    return st;
  }

  async readdir(rel: string): Promise<string[]> {
    return this.view.children(normalizePath(rel));
  }

  async resolve(rel: string, followLast = true): Promise<string> {
    return this.view.resolve(rel, followLast);
  }

  async contentPath(rel: string): Promise<string> {
    const n = this.view.lstat(normalizePath(rel));
    const p = n?.type === 'hardlink' ? normalizePath(n.linkname ?? '') : normalizePath(rel);
    return path.join(this.contentDir, p);
  }

  /**
   * Extracts the regular files under `roots` (resolved paths) from the layers into the content directory,
   * later layers winning, plus the targets of hardlinks found there; records hardlink groups. `openTar` gives a
   * layer as an uncompressed tar. With the layers' `summaries` (same order), a layer that holds no file or
   * hardlink under those paths is not read at all: copying a binary out of a build stage reads the layers that
   * wrote it, not the base and toolchain layers below.
   */
  async extract(layers: BuiltLayer[], roots: string[], openTar: (l: BuiltLayer) => Promise<Readable>, summaries?: readonly LayerSummary[]): Promise<void> {
    const wanted = [...roots.map(normalizePath)];
    const linked = (n: { linkname?: string }) => {
      const t = normalizePath(n.linkname ?? '');
      this.linkIds.set(t, t);
      if (!under(t, wanted)) wanted.push(t);
    };
    const walk = (dir: string) => {
      for (const name of this.view.children(dir)) {
        const p = dir === '' ? name : `${dir}/${name}`;
        const n = this.view.lstat(p);
        if (n?.type === 'hardlink') linked(n);
        else if (n?.type === 'dir') walk(p);
      }
    };
    for (const r of roots) {
      const n = this.view.lstat(normalizePath(r));
      if (n?.type === 'dir' || normalizePath(r) === '') walk(normalizePath(r));
      // A root that is itself a hardlink (COPY --from=s /one/name-of-a-linked-file) needs the file it names.
      else if (n?.type === 'hardlink') linked(n);
    }
    for (const [i, layer] of layers.entries()) {
      const summary = summaries?.[i];
      if (summary && !summary.entries.some(([p, t]) => (t === 'f' || t === 'h' || t === 'c' || t === 'b') && under(normalizePath(p), wanted))) continue;
      const tar = await openTar(layer);
      for await (const { entry, body } of readTar(tar)) {
        const p = normalizePath(entry.path);
        if (!under(p, wanted) || path.posix.basename(p).startsWith('.wh.')) {
          body.resume();
          continue;
        }
        // The later layer's entry wins: its device numbers and capabilities, or none.
        const kept = keptAttributes(entry);
        if (Object.keys(kept).length) this.extra.set(p, kept);
        else this.extra.delete(p);
        const dest = path.join(this.contentDir, p);
        if (entry.type === 'file') {
          await mkdir(path.dirname(dest), { recursive: true });
          await pipeline(body, createWriteStream(dest));
        } else {
          body.resume();
          if (entry.type === 'hardlink') {
            await mkdir(path.dirname(dest), { recursive: true });
            await copyFile(path.join(this.contentDir, normalizePath(entry.linkname ?? '')), dest).catch(() => undefined);
          }
        }
      }
    }
  }
}
