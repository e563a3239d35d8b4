import { baseOf, FsView, normalizePath, parentOf, type FsNode } from './fs-view.js';
import type { Owner } from './user.js';

/** Where a planned regular file's bytes come from. */
export type EntryContent = { kind: 'file'; path: string } | { kind: 'data'; data: Buffer };

/** One entry a step writes into its layer. */
export interface PlannedEntry {
  node: FsNode;
  content?: EntryContent;
}

function compareTreeOrder(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const c = Buffer.compare(Buffer.from(pa[i]), Buffer.from(pb[i]));
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}

/**
 * The changes one file step (COPY, ADD, WORKDIR) makes on top of a lower filesystem view, as BuildKit's differ
 * sees them in the step's snapshot: entries written by the step, directories created on the way (`MkdirAll`),
 * and the existing directories they live in, which a diff carries with their own attributes (the direct parent
 * of a created or replaced entry gets the step's time: fsutil's copy unlinks a file it replaces). What the step
 * wrote but left as it was is not a change and stays out of the layer, as containerd's walking differ decides:
 * a directory whose mode and owner are unchanged (its mtime does not count), a file or symlink (a hardlink as
 * the file it links to) with the same attributes, size and mtime, where an mtime with a sub-second part must be
 * equal to the nanosecond (`FsNode.id`: mtime and digest, known for context files, kept through stages) and
 * whole-second mtimes on both sides (image layers, archives, downloads) leave it to the bytes (`settle`).
 * `COPY package.json .` then `COPY . .` writes package.json once.
 */
export class LayerPlan {
  /** The lower view with this step's changes applied, for resolving later sources of the same step. */
  readonly view: FsView;
  private readonly upper = new Map<string, PlannedEntry>();
  private readonly touched = new Set<string>();
  /** entries(), computed once the step is planned (put, updateDir and settle start it again). */
  private planned?: [string, PlannedEntry][];

  constructor(private readonly lower: FsView, readonly now: number) {
    this.view = lower.clone();
  }

  /** Node at a path (lstat), including this step's changes. */
  lstat(path: string): FsNode | undefined {
    return this.view.lstat(path);
  }

  /** Resolves symlinks inside the root (or `jail`: see FsView.resolve), including this step's changes. */
  resolve(path: string, followLast = true, jail = ''): string {
    return this.view.resolve(path, followLast, jail);
  }

  /** Adds or replaces an entry; the parent directory's time becomes the step's time when the entry is new. */
  put(path: string, entry: PlannedEntry): void {
    const p = normalizePath(path);
    if (p === '') return;
    this.planned = undefined;
    const old = this.view.lstat(p);
    // A new entry, or a replaced one (fsutil unlinks a file before writing it), changes its parent's mtime.
    if (!old || old.type !== 'dir' || entry.node.type !== 'dir') this.touched.add(parentOf(p));
    if (old && old.type === 'dir' && entry.node.type !== 'dir') this.view.remove(p);
    this.view.set(p, entry.node);
    this.upper.set(p, entry);
  }

  /** Updates attributes of an existing directory (it is copied up with the new attributes). */
  updateDir(path: string, change: Partial<FsNode>): void {
    const p = normalizePath(path);
    if (p === '') return; // the root directory is never part of a layer
    const cur = this.view.lstat(p);
    if (!cur || cur.type !== 'dir') return;
    const node = { ...cur, ...change };
    this.planned = undefined;
    this.view.set(p, node);
    const existing = this.upper.get(p);
    this.upper.set(p, { ...existing, node });
  }

  /**
   * Creates the missing directories of an already-resolved path, as fsutil's MkdirAll: mode 0755, the given owner
   * (see newDir) and time. Returns the path. An existing non-directory on the way is an error naming the path.
   */
  mkdirAll(path: string, owner: Owner | undefined, mtime: number): string {
    const p = normalizePath(path);
    if (p === '') return p;
    const parts = p.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      const node = this.view.lstat(prefix);
      if (node?.type === 'dir') continue;
      if (node) throw new Error(`cannot create directory /${prefix}: not a directory (a ${node.type} exists there)`);
      this.put(prefix, { node: this.newDir(prefix, owner, mtime) });
    }
    return p;
  }

  /**
   * A directory made at `path` as BuildKit makes one, mkdir(2) as root and then a chown when an owner is given:
   * mode 0755; in a setgid directory the kernel sets that bit too and gives the directory's group, unless `owner`
   * (an explicit --chown or USER) sets the group (the bit stays: chown keeps it on a directory).
   */
  newDir(path: string, owner: Owner | undefined, mtime: number): FsNode {
    const parent = this.view.lstat(parentOf(normalizePath(path)));
    const setgid = parent?.type === 'dir' && (parent.mode & 0o2000) !== 0;
    return { type: 'dir', mode: setgid ? 0o2755 : 0o755, uid: owner?.uid ?? 0, gid: owner?.gid ?? (setgid ? parent.gid : 0), mtime, size: 0 };
  }

  /** True when the step changed nothing. */
  get empty(): boolean {
    return this.entries().length === 0;
  }

  /** Content comparisons settle() made, by path: true when the written file's bytes equal the lower file's. */
  private readonly sameContent = new Map<string, boolean>();

  /**
   * A written entry as the differ stats it: a hardlink is the file it links to (link counts are not compared),
   * with its content identity. `nodeAt` looks the link target up (this step's view, or the lower one).
   */
  private asStat(node: FsNode, nodeAt: (p: string) => FsNode | undefined): FsNode | undefined {
    if (node.type !== 'hardlink') return node;
    const target = nodeAt(normalizePath(node.linkname ?? ''));
    if (!target || (target.type !== 'file' && target.type !== 'hardlink')) return undefined;
    const t = target.type === 'hardlink' ? this.asStat(target, nodeAt) : target;
    if (!t) return undefined;
    return { ...node, type: 'file', size: t.size, id: t.id ?? node.id, mtime: t.mtime, linkname: undefined };
  }

  /**
   * containerd's sameDirent (BuildKit's overlay differ) for a written entry and the lower one at its path:
   * 'same', 'changed', or 'content' when only the bytes can tell (both mtimes whole seconds, e.g. files from
   * image layers or archives, or context files with such mtimes).
   */
  private compare(path: string, written: FsNode): { verdict: 'same' | 'changed' | 'content'; node?: FsNode; low?: FsNode } {
    const lowRaw = this.lower.lstat(path);
    const node = this.asStat(written, (p) => this.view.lstat(p));
    const low = lowRaw && this.asStat(lowRaw, (p) => this.lower.lstat(p));
    if (!node || !low || low.type !== node.type || low.mode !== node.mode || low.uid !== node.uid || low.gid !== node.gid) return { verdict: 'changed' };
    if (node.type === 'dir') return { verdict: 'same' };
    if (node.type !== 'file' && node.type !== 'symlink') return { verdict: 'changed' };
    const size = (n: FsNode) => (n.type === 'symlink' ? Buffer.byteLength(n.linkname ?? '') : n.size);
    if (size(low) !== size(node)) return { verdict: 'changed' };
    const t1 = preciseMtime(node);
    const t2 = preciseMtime(low);
    if (Math.floor(t1) !== Math.floor(t2)) return { verdict: 'changed' };
    if (t1 === Math.floor(t1) && t2 === Math.floor(t2)) {
      if (node.type === 'symlink') return { verdict: node.linkname === low.linkname ? 'same' : 'changed' };
      if (node.size === 0) return { verdict: 'same' };
      const a = digestOfId(node);
      const b = digestOfId(low);
      if (a !== undefined && b !== undefined) return { verdict: a === b ? 'same' : 'changed' };
      return { verdict: 'content', node, low };
    }
    // Sub-second mtimes: equal to the nanosecond is the same file, whatever its bytes (containerd does not look).
    return { verdict: t1 === t2 ? 'same' : 'changed' };
  }

  /** True when `node`, written at `path`, leaves the lower entry there as it was (see the class comment). */
  private unchanged(path: string, node: FsNode): boolean {
    const { verdict } = this.compare(path, node);
    return verdict === 'same' || (verdict === 'content' && this.sameContent.get(path) === true);
  }

  /**
   * Compares the bytes of written files with the lower files they replace where attributes and mtimes alone
   * cannot tell (see compare): `hashWritten` hashes a planned file, `lowerDigests` the lower files at the given
   * paths (hardlinks resolved), read from the lower layers. Call once the step is planned, before `entries()`.
   */
  async settle(hashWritten: (content: EntryContent) => Promise<string>, lowerDigests: (paths: string[]) => Promise<Map<string, string>>): Promise<void> {
    const pending: { path: string; content: EntryContent; lowPath: string; known?: string; lowKnown?: string }[] = [];
    for (const [p, e] of this.upper) {
      const c = this.compare(p, e.node);
      if (c.verdict !== 'content') continue;
      const content = this.contentOf(p);
      if (!content) continue;
      let lowPath = p;
      for (let n = this.lower.lstat(lowPath); n?.type === 'hardlink'; n = this.lower.lstat(lowPath)) lowPath = normalizePath(n.linkname ?? '');
      pending.push({ path: p, content, lowPath, known: digestOfId(c.node!), lowKnown: digestOfId(c.low!) });
    }
    if (pending.length === 0) return;
    this.planned = undefined;
    const lower = await lowerDigests([...new Set(pending.filter((x) => x.lowKnown === undefined).map((x) => x.lowPath))]);
    for (const x of pending) {
      const low = x.lowKnown ?? lower.get(x.lowPath);
      if (low === undefined) continue;
      this.sameContent.set(x.path, (x.known ?? (await hashWritten(x.content))) === low);
    }
  }

  /** The bytes a written file (a hardlink: the file it links to) gets from this step. */
  private contentOf(path: string): EntryContent | undefined {
    const entry = this.upper.get(path);
    if (!entry) return undefined;
    return entry.node.type === 'hardlink' ? this.contentOf(normalizePath(entry.node.linkname ?? '')) : entry.content;
  }

  /**
   * Every entry of the layer in tree order: the step's changed entries plus their existing ancestor directories
   * (with their current attributes, and the step's time where a child was added or replaced).
   */
  entries(): [string, PlannedEntry][] {
    this.planned ??= this.computeEntries();
    return this.planned;
  }

  private computeEntries(): [string, PlannedEntry][] {
    const all = new Map<string, PlannedEntry>();
    for (const [p, e] of this.upper) if (!this.unchanged(p, e.node)) all.set(p, e);
    for (const p of [...all.keys()]) {
      let parent = parentOf(p);
      while (parent !== '' && !all.has(parent)) {
        const node = this.upper.get(parent)?.node ?? this.lower.lstat(parent) ?? this.view.lstat(parent);
        if (node) all.set(parent, { node: { ...node } });
        parent = parentOf(parent);
      }
    }
    for (const dir of this.touched) {
      const e = all.get(dir);
      if (e && e.node.type === 'dir' && !this.upper.has(dir)) e.node = { ...e.node, mtime: this.now };
    }
    return canonicalLinks([...all.entries()].sort((a, b) => compareTreeOrder(a[0], b[0])), this.upper);
  }

  /** The entry this step wrote at a path (not an ancestor it carries), if any. */
  written(path: string): PlannedEntry | undefined {
    return this.upper.get(normalizePath(path));
  }
}

/**
 * Hardlinks as the differ writes them (entries in tree order): of the names of one file (or symlink) in the layer, the first
 * in tree order carries the bytes and the others link to it, all with the file's attributes (one inode). The
 * order a step wrote them in (an archive's, several COPY sources') does not count, and a link never points out of
 * its layer: when the file it was written from is left out (unchanged), the first new name carries the bytes.
 * `written` holds every entry the step wrote (the file a link names is looked up there).
 */
function canonicalLinks(sorted: [string, PlannedEntry][], written: Map<string, PlannedEntry>): [string, PlannedEntry][] {
  if (!sorted.some(([, e]) => e.node.type === 'hardlink')) return sorted;
  const byPath = new Map(sorted);
  const rootOf = (p: string): string | undefined => {
    const seen = new Set<string>();
    for (let cur: string | undefined = p; cur !== undefined && !seen.has(cur); ) {
      seen.add(cur);
      const e: PlannedEntry | undefined = byPath.get(cur) ?? written.get(cur);
      if (!e) return undefined;
      // A hardlink to a symlink (an archive's `ln link other`) is grouped the same way: one inode, two names.
      if (e.node.type === 'file' || e.node.type === 'symlink') return cur;
      cur = e.node.type === 'hardlink' ? normalizePath(e.node.linkname ?? '') : undefined;
    }
    return undefined;
  };
  const groups = new Map<string, string[]>();
  for (const [p, e] of sorted) {
    if (e.node.type !== 'hardlink') continue;
    const root = rootOf(p);
    if (root !== undefined) groups.set(root, [...(groups.get(root) ?? (byPath.has(root) ? [root] : [])), p]);
  }
  if (groups.size === 0) return sorted;
  const out = new Map(sorted);
  for (const [root, names] of groups) {
    const file = (byPath.get(root) ?? written.get(root))!;
    const first = names.reduce((a, b) => (compareTreeOrder(a, b) <= 0 ? a : b));
    out.set(first, { node: { ...file.node }, content: file.content });
    for (const name of names) {
      if (name !== first) out.set(name, { node: { ...file.node, type: 'hardlink', size: 0, linkname: first } });
    }
  }
  return [...out.entries()];
}

/** The mtime of a node as precisely as known: its content identity's (`mtime:digest`), else the whole seconds a layer tar keeps. */
function preciseMtime(n: FsNode): number {
  const t = n.id === undefined ? NaN : Number(n.id.slice(0, n.id.indexOf(':')));
  return Number.isFinite(t) ? t : n.mtime;
}

/** The sha256 part of a file's content identity, if it has one. */
function digestOfId(n: FsNode): string | undefined {
  if (n.id === undefined || n.type !== 'file') return undefined;
  const d = n.id.slice(n.id.indexOf(':') + 1);
  return /^[0-9a-f]{64}$/.test(d) ? d : undefined;
}

export { baseOf };
