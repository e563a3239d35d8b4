import { resolveSourceIn, type SourceTree, type TreeStat } from '../context/tree.js';
import type { ModeSpec } from './chmod.js';
import { baseOf, keptAttributes, normalizePath, parentOf, type FsNode } from './fs-view.js';
import { LayerPlan } from './layer-plan.js';
import type { Owner } from './user.js';

/** A source tree COPY reads from: the build context, or a stage's unpacked filesystem. */
export interface CopySource {
  tree: SourceTree;
  /** Names the tree in errors ("the build context", "stage build"). */
  where: string;
  /** Keep the source's uid/gid (stages) instead of 0:0 (the context) when there is no --chown. */
  preserveOwner: boolean;
  /** Source paths as written in the instruction (after expansion). */
  paths: string[];
  /** Content identity of a file or symlink of the tree (FsNode.id), when the tree can tell (the build context). */
  identify?: (rel: string, st: TreeStat) => Promise<string | undefined>;
}

/** An inline file (a heredoc of `COPY <<EOF dest`). */
export interface InlineSource {
  name: string;
  data: Buffer;
  /** The document's time (default: the step's) and content identity (FsNode.id), when known. */
  mtime?: number;
  id?: string;
}

/** Everything one COPY/ADD needs beyond the lower filesystem. */
export interface CopyOptions {
  /** Destination after expansion, as written (a trailing '/' means "into the directory"). */
  dest: string;
  workdir: string;
  /** --chown: owns what is copied and the directories the copy makes (without it, those are root's, mkdir's group). */
  chown?: Owner;
  chmod?: ModeSpec;
  parents?: boolean;
  /** Paths to leave out, tested on the path relative to each source root. */
  exclude?: (rel: string, isDir: boolean) => boolean;
  /** Time for directories the step creates or changes (SOURCE_DATE_EPOCH or now), in seconds. */
  now: number;
  /** Called for a regular file source; returning true means the file was handled (ADD's archive extraction). */
  onFile?: (plan: LayerPlan, abs: string, destDir: string, st: TreeStat) => Promise<boolean>;
}

/** Error for a COPY that cannot be done (the message says which source or destination). */
export class CopyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CopyError';
  }
}

function nodeType(st: TreeStat): FsNode['type'] | undefined {
  return st.type === 'socket' ? undefined : st.type;
}

/** Resolves the destination the way BuildKit's pathRelativeToWorkingDir does; keeps "is a directory" intent. */
export function resolveDest(dest: string, workdir: string): { path: string; isDir: boolean } {
  const isDir = dest === '' || dest === '.' || dest.endsWith('/') || dest.endsWith('/.');
  const joined = dest.startsWith('/') ? dest : `${workdir}/${dest}`;
  return { path: normalizePath(joined), isDir };
}

class Copier {
  private readonly links = new Map<string, string>();
  constructor(
    private readonly plan: LayerPlan,
    private readonly opts: CopyOptions,
  ) {}

  private owner(st: TreeStat, preserve: boolean): Owner {
    return this.opts.chown ?? (preserve ? { uid: st.uid, gid: st.gid } : { uid: 0, gid: 0 });
  }

  private mode(st: TreeStat, isDir: boolean): number {
    const m = st.mode & 0o7777;
    return this.opts.chmod ? this.opts.chmod.apply(m, isDir) : m;
  }


  /** Copies one resolved source path (file, dir contents, symlink...) to destPath. */
  async copyEntry(src: CopySource, rel: string, destPath: string, top: boolean): Promise<void> {
    const st = await src.tree.lstat(rel);
    if (!st) return;
    const type = nodeType(st);
    if (!type) return;
    if (this.opts.exclude && !top && this.opts.exclude(this.relToSource(rel), type === 'dir')) return;
    const owner = this.owner(st, src.preserveOwner);
    const mtime = Math.floor(st.mtime);
    if (type === 'dir') {
      if (top) {
        const existing = this.plan.lstat(destPath);
        if (existing?.type === 'dir') this.plan.updateDir(destPath, { mtime });
        else if (existing) throw new CopyError(`cannot copy to non-directory: /${destPath}`);
        else {
          this.plan.mkdirAll(parentOf(destPath), this.opts.chown, this.opts.now);
          this.plan.put(destPath, { node: this.plan.newDir(destPath, this.opts.chown, mtime) });
        }
      } else {
        const existing = this.plan.lstat(destPath);
        if (existing?.type === 'dir') this.plan.updateDir(destPath, { mode: this.mode(st, true), uid: owner.uid, gid: owner.gid, mtime });
        // As fsutil's copy (lstat, no symlink followed): `COPY rootfs/ /` with rootfs/var/run/x where /var/run is a symlink.
        else if (existing) throw new CopyError(`cannot copy to non-directory: /${destPath}`);
        else this.plan.put(destPath, { node: { type: 'dir', mode: this.mode(st, true), uid: owner.uid, gid: owner.gid, mtime, size: 0 } });
      }
      for (const name of await src.tree.readdir(rel)) {
        const childRel = rel === '' ? name : `${rel}/${name}`;
        await this.copyEntry(src, childRel, destPath === '' ? name : `${destPath}/${name}`, false);
      }
      if (top) {
        const cur = this.plan.lstat(destPath);
        if (cur?.type === 'dir' && cur.mtime !== mtime) this.plan.updateDir(destPath, { mtime });
      }
      return;
    }
    if (type === 'file' && top && this.opts.onFile && (await this.opts.onFile(this.plan, await src.tree.contentPath(rel), this.archiveDest ?? destPath, st))) return;
    // fsutil's ensureEmptyFileTarget: anything but a directory replaces what is there, except a directory.
    if (this.plan.lstat(destPath)?.type === 'dir') throw new CopyError(`cannot replace to directory /${destPath} with file`);
    // --chmod never applies to a symlink: its mode is 0777.
    const node: FsNode = { type, mode: type === 'symlink' ? 0o777 : this.mode(st, false), uid: owner.uid, gid: owner.gid, mtime, size: type === 'file' ? st.size : 0 };
    if (type === 'symlink') node.linkname = st.linkname ?? '';
    Object.assign(node, keptAttributes(st));
    // BuildKit's copy (fsutil) makes every device node it copies a character device, numbers kept.
    if (type === 'block') node.type = 'char';
    if ((type === 'file' || type === 'symlink') && src.identify) {
      const id = await src.identify(rel, st);
      if (id !== undefined) node.id = id;
    }
    if (type === 'file' && st.linkId !== undefined) {
      const key = st.linkId;
      const first = this.links.get(key);
      if (first !== undefined && first !== destPath) {
        this.plan.put(destPath, { node: { ...node, type: 'hardlink', size: 0, linkname: first } });
        return;
      }
      this.links.set(key, destPath);
    }
    this.plan.put(destPath, { node, content: type === 'file' ? { kind: 'file', path: await src.tree.contentPath(rel) } : undefined });
  }

  private sourceRoot = '';
  /** The destination an archive source is extracted into (the resolved dest, without the file's name). */
  private archiveDest?: string;
  /** A path relative to the source being copied, as --exclude patterns see it. */
  private relToSource(rel: string): string {
    if (this.sourceRoot === '') return rel;
    return rel.startsWith(`${this.sourceRoot}/`) ? rel.slice(this.sourceRoot.length + 1) : rel;
  }

  /** Copies one source as written (wildcards, --parents) into the destination. */
  async copySource(src: CopySource, written: string): Promise<void> {
    const { path: destBase, isDir: destIsDir } = resolveDest(this.opts.dest, this.opts.workdir);
    let pivot = '';
    let pattern = written;
    if (this.opts.parents) {
      const i = written.indexOf('/./');
      if (i >= 0) {
        pivot = normalizePath(written.slice(0, i));
        pattern = written;
      }
    }
    const matches = await resolveSourceIn(src.tree, pattern, src.where, { globstar: this.opts.parents === true });
    for (const match of matches) {
      // Hardlinks are kept within one source path (each written source, each match of a wildcard, is copied on
      // its own, as docker build does): the same file named by two of them is copied twice.
      this.links.clear();
      const resolved = await src.tree.resolve(match);
      const st = await src.tree.lstat(resolved);
      if (!st && normalizePath(match) !== '') throw new CopyError(`${written}: not found`);
      let dest = destBase;
      if (this.opts.parents) {
        const relToPivot = pivot === '' ? normalizePath(match) : normalizePath(match).slice(pivot.length).replace(/^\//, '');
        const parentPart = st?.type === 'dir' ? relToPivot : parentOf(relToPivot);
        dest = normalizePath(`${destBase}/${parentPart}`);
        if (st?.type !== 'dir') {
          this.plan.mkdirAll(this.plan.resolve(dest), this.opts.chown, this.opts.now);
        }
      }
      const destResolved = this.plan.resolve(dest);
      // Only a trailing slash (or an existing directory) makes the destination a directory: several sources, written
      // or matched by a wildcard, are each copied to it in turn, as BuildKit chains them (moby/buildkit#1853): files
      // overwrite one another, directories merge, and a directory after a file cannot be copied onto it.
      const intoDir = destIsDir || this.opts.parents;
      if (intoDir) this.plan.mkdirAll(destResolved, this.opts.chown, this.opts.now);
      else this.plan.mkdirAll(this.plan.resolve(parentOf(dest)), this.opts.chown, this.opts.now);
      let target = destResolved;
      const isDirSrc = st ? st.type === 'dir' : true;
      const fiDest = this.plan.view.stat(target);
      if (!isDirSrc && fiDest?.type === 'dir') target = normalizePath(`${target}/${baseOf(normalizePath(match)) || baseOf(resolved)}`);
      this.sourceRoot = resolved;
      this.archiveDest = destResolved;
      await this.copyEntry(src, resolved, target, true);
    }
  }

  /** Writes an inline file (heredoc) into the destination: mode 0644, owner 0:0 or --chown. */
  copyInline(inline: InlineSource): void {
    const { path: destBase, isDir } = resolveDest(this.opts.dest, this.opts.workdir);
    const dest = this.plan.resolve(destBase);
    if (isDir) this.plan.mkdirAll(dest, this.opts.chown, this.opts.now);
    else this.plan.mkdirAll(this.plan.resolve(parentOf(destBase)), this.opts.chown, this.opts.now);
    let target = dest;
    if (this.plan.view.stat(target)?.type === 'dir') target = normalizePath(`${target}/${inline.name}`);
    const owner = this.opts.chown ?? { uid: 0, gid: 0 };
    const mode = this.opts.chmod ? this.opts.chmod.apply(0o644, false) : 0o644;
    const node: FsNode = { type: 'file', mode, uid: owner.uid, gid: owner.gid, mtime: inline.mtime ?? this.opts.now, size: inline.data.length };
    if (inline.id !== undefined) node.id = inline.id;
    this.plan.put(target, { node, content: { kind: 'data', data: inline.data } });
  }
}

/**
 * Plans a COPY/ADD: resolves every source (wildcards, directory contents, symlinked sources followed inside their
 * tree) and the destination (trailing-slash rules, an existing directory, symlinks followed inside the image),
 * creates implicit parents, and returns the layer's entries.
 */
export async function planCopy(plan: LayerPlan, sources: CopySource[], inline: InlineSource[], opts: CopyOptions): Promise<LayerPlan> {
  const copier = new Copier(plan, opts);
  for (const src of sources) for (const p of src.paths) await copier.copySource(src, p);
  for (const i of inline) copier.copyInline(i);
  return plan;
}

