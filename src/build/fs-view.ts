import type { Digest } from '../oci/digest.js';
import { cleanSource } from '../context/tree.js';

/** Entry types a layer can hold (sockets never appear in layers). */
export type NodeType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'char' | 'block' | 'fifo';

/** Metadata of one filesystem entry (no content). Paths are relative, '/'-separated, '' is the root. */
export interface FsNode {
  type: NodeType;
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  size: number;
  /** Symlink target or, for hardlinks, the path linked to. */
  linkname?: string;
  /** A device node's numbers (COPY and ADD of an archive keep them; layer summaries do not). */
  devmajor?: number;
  devminor?: number;
  /** Extended attributes the layer keeps (`security.capability`), from COPY --from and ADD of an archive. */
  xattrs?: Record<string, Buffer>;
  /**
   * Content identity of a file or symlink COPY took from the build context: its mtime to the nanosecond and its
   * digest (or link target). A later COPY writing the same identity with the same attributes changes nothing.
   */
  id?: string;
}

/**
 * What a copy keeps of an entry besides type, mode, owner and times, as BuildKit's copy and untar keep it: a device
 * node's numbers, a file's `security.capability` (the only xattr a layer keeps). Empty for anything else.
 */
export function keptAttributes(e: { type: string; devmajor?: number; devminor?: number; xattrs?: Record<string, Buffer> }): Pick<FsNode, 'devmajor' | 'devminor' | 'xattrs'> {
  if (e.type === 'char' || e.type === 'block') return { devmajor: e.devmajor ?? 0, devminor: e.devminor ?? 0 };
  const cap = e.type === 'file' ? e.xattrs?.['security.capability'] : undefined;
  return cap ? { xattrs: { 'security.capability': cap } } : {};
}

/**
 * What hoist remembers of a layer without its file contents: every entry's metadata, its whiteouts and opaque
 * directories, and the contents of the few small files later steps need to read (`/etc/passwd`, `/etc/group`).
 * Enough to resolve COPY destinations, implicit parent directories and `--chown` names without downloading the
 * layer again; kept in the local cache and in the Actions cache index.
 */
export interface LayerSummary {
  v: 1;
  diffId: Digest;
  /** [path, type char, mode, uid, gid, mtime, size, linkname?] in tar order. */
  entries: [string, string, number, number, number, number, number, string?][];
  whiteouts: string[];
  opaques: string[];
  files: Record<string, string>;
  /** Content identities (`FsNode.id`) of the layer's entries that have one, by path. */
  ids?: Record<string, string>;
}

/** `value` when it is a summary (this format) of the layer `diffId`, else undefined. */
export function summaryOf(value: unknown, diffId: Digest): LayerSummary | undefined {
  const s = value as LayerSummary | undefined;
  return s && s.v === 1 && s.diffId === diffId && Array.isArray(s.entries) ? s : undefined;
}

/** Files whose contents a summary keeps (paths without the leading slash). */
export const SUMMARY_FILES = ['etc/passwd', 'etc/group'];

const TYPE_CHARS: Record<NodeType, string> = { file: 'f', dir: 'd', symlink: 'l', hardlink: 'h', char: 'c', block: 'b', fifo: 'p' };
const CHAR_TYPES: Record<string, NodeType> = Object.fromEntries(Object.entries(TYPE_CHARS).map(([k, v]) => [v, k as NodeType]));

/** Encodes a node for a summary entry. */
export function summaryEntry(path: string, n: FsNode): LayerSummary['entries'][number] {
  const e: LayerSummary['entries'][number] = [path, TYPE_CHARS[n.type], n.mode, n.uid, n.gid, n.mtime, n.size];
  if (n.linkname !== undefined) e.push(n.linkname);
  return e;
}

/** Normalises a path to hoist's relative form: no leading or trailing '/', no '.', '..' clamped at the root. */
export const normalizePath = cleanSource;

/** Parent of a normalised path ('' for top-level entries). */
export function parentOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

/** Base name of a normalised path. */
export function baseOf(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

const ROOT: FsNode = { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0, size: 0 };

/** Error for a path that cannot be resolved inside a filesystem view (symlink loops). */
export class ResolveError extends Error {
  constructor(readonly path: string, reason: string) {
    super(`cannot resolve "/${path}": ${reason}`);
    this.name = 'ResolveError';
  }
}

/**
 * A read-only metadata view of an image filesystem, built by applying layer summaries in order (whiteouts and
 * opaque directories included). Symlinks are resolved inside the root, never on the host.
 */
export class FsView {
  private readonly nodes = new Map<string, FsNode>();
  private readonly files = new Map<string, string>();
  private childIndex?: Map<string, string[]>;

  /** Builds a view from summaries, bottom layer first. */
  static fromSummaries(summaries: readonly LayerSummary[]): FsView {
    const view = new FsView();
    for (const s of summaries) view.apply(s);
    return view;
  }

  /** A copy of this view (views are cheap to copy: one Map copy). */
  clone(): FsView {
    const v = new FsView();
    for (const [k, n] of this.nodes) v.nodes.set(k, n);
    for (const [k, f] of this.files) v.files.set(k, f);
    return v;
  }

  /** Applies one layer summary on top of this view. */
  apply(s: LayerSummary): void {
    this.childIndex = undefined;
    for (const dir of s.opaques) this.removeChildren(normalizePath(dir));
    for (const w of s.whiteouts) this.remove(normalizePath(w));
    for (const [path, t, mode, uid, gid, mtime, size, linkname] of s.entries) {
      const p = normalizePath(path);
      const node: FsNode = { type: CHAR_TYPES[t] ?? 'file', mode, uid, gid, mtime, size };
      if (linkname !== undefined) node.linkname = linkname;
      const id = s.ids?.[path];
      if (id !== undefined) node.id = id;
      const old = this.nodes.get(p);
      if (old && old.type === 'dir' && node.type !== 'dir') this.removeChildren(p);
      this.set(p, node);
      this.files.delete(p);
    }
    for (const [p, content] of Object.entries(s.files)) this.files.set(normalizePath(p), content);
  }

  /** Sets (adds or replaces) one entry, creating nothing implicitly. */
  set(path: string, node: FsNode): void {
    this.childIndex = undefined;
    if (path === '') return;
    this.nodes.set(path, node);
  }

  /** Removes an entry and everything below it. */
  remove(path: string): void {
    this.childIndex = undefined;
    this.nodes.delete(path);
    this.files.delete(path);
    this.removeChildren(path);
  }

  private removeChildren(dir: string): void {
    const prefix = dir === '' ? '' : `${dir}/`;
    for (const k of [...this.nodes.keys()]) if (k.startsWith(prefix) && k !== dir) this.nodes.delete(k);
    for (const k of [...this.files.keys()]) if (k.startsWith(prefix) && k !== dir) this.files.delete(k);
  }

  /** lstat: the entry at exactly this path (no symlink following); the root always exists. */
  lstat(path: string): FsNode | undefined {
    return path === '' ? (this.nodes.get('') ?? ROOT) : this.nodes.get(path);
  }

  /**
   * Resolves a path inside the root as securejoin does: every symlink met (and the last component when
   * `followLast`) is followed relative to the root; '..' never climbs above it. Returns the resolved path,
   * which may not exist. With `jail` (a path under the root), resolution is confined there instead: absolute
   * link targets start at the jail, and '..' stops at it (an archive's own view of where it is extracted).
   */
  resolve(path: string, followLast = true, jail = ''): string {
    const base = normalizePath(jail).split('/').filter(Boolean);
    const rel = normalizePath(path).split('/').filter(Boolean);
    if (base.some((p, i) => rel[i] !== p)) throw new ResolveError(path, `is not under ${jail}`);
    let pending = rel.slice(base.length);
    const done: string[] = [...base];
    let hops = 0;
    while (pending.length > 0) {
      const part = pending.shift()!;
      if (part === '..') {
        if (done.length > base.length) done.pop();
        continue;
      }
      const candidate = [...done, part].join('/');
      const node = this.nodes.get(candidate);
      const isLast = pending.length === 0;
      if (node?.type === 'symlink' && (!isLast || followLast)) {
        if (++hops > 255) throw new ResolveError(path, 'too many levels of symbolic links');
        const target = node.linkname ?? '';
        const parts = target.split('/').filter((x) => x !== '' && x !== '.');
        if (target.startsWith('/')) done.length = base.length;
        pending = [...parts, ...pending];
        continue;
      }
      done.push(part);
    }
    return done.join('/');
  }

  /** stat: follows symlinks (inside the root). */
  stat(path: string): FsNode | undefined {
    return this.lstat(this.resolve(path));
  }

  /** Content of a small file the summaries kept (e.g. etc/passwd), following symlinks. */
  readSmallFile(path: string): string | undefined {
    return this.files.get(this.resolve(path));
  }

  /** Names of a directory's direct children, sorted by byte order. */
  children(dir: string): string[] {
    if (!this.childIndex) {
      const idx = new Map<string, string[]>();
      for (const k of this.nodes.keys()) {
        const parent = parentOf(k);
        let list = idx.get(parent);
        if (!list) idx.set(parent, (list = []));
        list.push(baseOf(k));
      }
      for (const list of idx.values()) list.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      this.childIndex = idx;
    }
    return this.childIndex.get(dir) ?? [];
  }

  /** Number of entries (for logs and tests). */
  get size(): number {
    return this.nodes.size;
  }
}
