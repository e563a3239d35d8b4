/**
 * Paths inside a layer root. File names are bytes (they need not be UTF-8), so the layer modules keep
 * relative paths as "byte strings": latin1 strings with one character per byte. '/' is a single byte in
 * UTF-8 too, so splitting and joining work on them unchanged, and sorting them sorts by bytes.
 */
import { lstatSync, readlinkSync, mkdirSync, chmodSync, type Stats } from 'node:fs';
import { decodeName } from '../tar/types.js';

/** A byte string (latin1) of a Buffer. */
export function byteString(b: Buffer): string {
  return b.toString('latin1');
}

/** The absolute file-system path (bytes) of a relative byte-string path under `root`. */
export function under(root: Buffer, rel: string): Buffer {
  return rel === '' ? root : Buffer.concat([root, Buffer.from('/'), Buffer.from(rel, 'latin1')]);
}

/** A relative byte-string path for messages (UTF-8 decoded). */
export function display(rel: string): string {
  return Buffer.from(rel, 'latin1').toString('utf8');
}

/** The tar name fields (`path` and, when not UTF-8, `pathBytes`) of a relative byte-string path. */
export function nameFields(rel: string): { path: string; pathBytes?: Buffer } {
  const d = decodeName(Buffer.from(rel, 'latin1'));
  return d.bytes ? { path: d.text, pathBytes: d.bytes } : { path: d.text };
}

/** Joins a relative directory and a name ('' is the root). */
export function join(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/** Error for a layer entry that would reach outside the root or is otherwise unsafe or invalid. */
export class UnsafeLayerEntryError extends Error {
  constructor(readonly entry: string, reason: string) {
    super(`layer entry "${entry}": ${reason}`);
    this.name = 'UnsafeLayerEntryError';
  }
}

/**
 * Cleans a relative name lexically: empty and `.` components go, `..` removes the previous component.
 * A name that climbs above the root (`../x`, `a/../../x`) is refused. Leading `/` is dropped (absolute
 * names are taken relative to the root, as Docker and GNU tar do).
 */
export function cleanRelative(rel: string, what: string): string[] {
  const out: string[] = [];
  for (const part of rel.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) throw new UnsafeLayerEntryError(what, 'path climbs out of the layer root with ".."');
      out.pop();
    } else out.push(part);
  }
  return out;
}

function lstatOrUndefined(p: Buffer): Stats | undefined {
  return lstatSync(p, { throwIfNoEntry: false });
}

/**
 * Resolves directory paths inside a root the way filepath-securejoin does: every symlink met on the way is
 * read and followed *within* the root (an absolute target starts again at the root, `..` stops at the root),
 * so no resolution ever leaves it. Resolved directories are cached until invalidate(), which callers must
 * call whenever they remove or replace a directory or a symlink.
 */
export class RootResolver {
  private readonly cache = new Map<string, string>();
  /** Directories created by resolveDir (relative, resolved), in creation order. */
  readonly created: string[] = [];

  constructor(private readonly root: Buffer, private readonly impliedMode = 0o755) {}

  /** Forgets every cached resolution. */
  invalidate(): void {
    this.cache.clear();
  }

  /**
   * The resolved relative path of directory `rel` ('' for the root), following symlinks inside the root.
   * Missing directories are created (mode 0755, owned by the caller) when `create`, else the result is
   * undefined. Throws when a component is not a directory or symlinks loop.
   */
  resolveDir(rel: string, create: boolean, what: string): string | undefined {
    if (rel === '') return '';
    const hit = this.cache.get(rel);
    if (hit !== undefined) return hit;
    const slash = rel.lastIndexOf('/');
    const parent = this.resolveDir(slash < 0 ? '' : rel.slice(0, slash), create, what);
    if (parent === undefined) return undefined;
    const resolved = this.step(parent, rel.slice(slash + 1), create, what, { links: 0 });
    if (resolved !== undefined) this.cache.set(rel, resolved);
    return resolved;
  }

  private step(dir: string, name: string, create: boolean, what: string, budget: { links: number }): string | undefined {
    if (name === '' || name === '.') return dir;
    if (name === '..') return dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '';
    const candidate = join(dir, name);
    const abs = under(this.root, candidate);
    const st = lstatOrUndefined(abs);
    if (!st) {
      if (!create) return undefined;
      mkdirSync(abs, { mode: 0o700 });
      chmodSync(abs, this.impliedMode);
      this.created.push(candidate);
      return candidate;
    }
    if (st.isSymbolicLink()) {
      if (++budget.links > 255) throw new UnsafeLayerEntryError(what, `too many levels of symbolic links at "${display(candidate)}"`);
      const target = byteString(readlinkSync(abs, { encoding: 'buffer' }));
      let cur: string | undefined = target.startsWith('/') ? '' : dir;
      for (const part of target.split('/')) {
        cur = this.step(cur, part, create, what, budget);
        if (cur === undefined) return undefined;
      }
      return cur;
    }
    if (st.isDirectory()) return candidate;
    throw new UnsafeLayerEntryError(what, `"${display(candidate)}" is not a directory`);
  }
}
