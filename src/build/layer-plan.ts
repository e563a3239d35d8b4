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
 * a directory whose mode and owner are unchanged (its mtime does not count), a file or symlink with the same
 * attributes and content identity (`FsNode.id`: mtime to the nanosecond and digest, known for files COPY takes
 * from the build context). `COPY package.json .` then `COPY . .` writes package.json once.
 */
export class LayerPlan {
  /** The lower view with this step's changes applied, for resolving later sources of the same step. */
  readonly view: FsView;
  private readonly upper = new Map<string, PlannedEntry>();
  private readonly touched = new Set<string>();

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
    this.view.set(p, node);
    const existing = this.upper.get(p);
    this.upper.set(p, { ...existing, node });
  }

  /**
   * Creates the missing directories of an already-resolved path, as fsutil's MkdirAll: mode 0755, the given owner
   * and time. Returns the path. An existing non-directory on the way is an error naming the path.
   */
  mkdirAll(path: string, owner: Owner, mtime: number): string {
    const p = normalizePath(path);
    if (p === '') return p;
    const parts = p.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      const node = this.view.lstat(prefix);
      if (node?.type === 'dir') continue;
      if (node) throw new Error(`cannot create directory /${prefix}: a ${node.type} exists there`);
      this.put(prefix, { node: { type: 'dir', mode: 0o755, uid: owner.uid, gid: owner.gid, mtime, size: 0 } });
    }
    return p;
  }

  /** True when the step changed nothing. */
  get empty(): boolean {
    return this.entries().length === 0;
  }

  /** True when `node`, written at `path`, leaves the lower entry there as it was (see the class comment). */
  private unchanged(path: string, node: FsNode): boolean {
    const low = this.lower.lstat(path);
    if (!low || low.type !== node.type || low.mode !== node.mode || low.uid !== node.uid || low.gid !== node.gid) return false;
    if (node.type === 'dir') return true;
    if (node.type !== 'file' && node.type !== 'symlink') return false;
    return node.id !== undefined && low.id === node.id && low.size === node.size && low.linkname === node.linkname;
  }

  /**
   * Every entry of the layer in tree order: the step's changed entries plus their existing ancestor directories
   * (with their current attributes, and the step's time where a child was added or replaced).
   */
  entries(): [string, PlannedEntry][] {
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
    return [...all.entries()].sort((a, b) => compareTreeOrder(a[0], b[0]));
  }
}

export { baseOf };
