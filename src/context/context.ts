import type { Stats } from 'node:fs';
import { lstat, readdir, readlink, stat } from 'node:fs/promises';
import path from 'node:path';
import { compileComponent, hasWildcards, unescapeLiteral } from './glob.js';

/** What the context needs from a .dockerignore matcher. */
export interface IgnoreMatcher {
  /** True when the path (relative, '/'-separated) is excluded from the context. */
  ignores(rel: string, isDir: boolean): boolean;
  /** True when an excluded directory may still contain included entries (a `!` exception below it). */
  mayIncludeUnder?(rel: string): boolean;
}

/** One visible entry of the build context. */
export interface ContextEntry {
  /** Relative, '/'-separated path ('' for the root). */
  rel: string;
  abs: string;
  stat: Stats;
}

/** Error for a COPY/ADD source that is not in the context (missing or excluded by .dockerignore). */
export class ContextPathError extends Error {
  constructor(readonly source: string, reason: string) {
    super(`${reason}: ${source}`);
    this.name = 'ContextPathError';
  }
}

function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function clean(rel: string): string {
  const out: string[] = [];
  for (const p of rel.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return out.join('/');
}

/**
 * The build context as `docker build` sees it: a directory with .dockerignore applied. Sources are clamped to
 * the context (a leading '/' or '../' never leaves it), symlinks are resolved inside it, and excluded paths do not
 * exist.
 */
export class BuildContext {
  constructor(readonly root: string, private readonly ignore?: IgnoreMatcher) {}

  /** Absolute host path of a relative context path. */
  abs(rel: string): string {
    return rel === '' ? this.root : path.join(this.root, rel);
  }

  /** True when .dockerignore hides this path (and nothing under it is re-included). */
  isHidden(rel: string, isDir: boolean): boolean {
    if (!this.ignore || rel === '') return false;
    if (!this.ignore.ignores(rel, isDir)) return false;
    return !(isDir && this.ignore.mayIncludeUnder?.(rel));
  }

  /** lstat of a visible path, or undefined when it is missing or excluded. */
  async lstat(rel: string): Promise<Stats | undefined> {
    const st = await lstat(this.abs(rel)).catch(() => undefined);
    if (!st) return undefined;
    if (this.isHidden(rel, st.isDirectory())) return undefined;
    // A path is also hidden when any parent is fully excluded.
    let parent = rel;
    while (parent.includes('/')) {
      parent = parent.slice(0, parent.lastIndexOf('/'));
      if (this.isHidden(parent, true)) return undefined;
    }
    return st;
  }

  /** Resolves symlinks of a context path inside the context root (securejoin semantics). */
  async resolve(rel: string, followLast = true): Promise<string> {
    let pending = clean(rel).split('/').filter(Boolean);
    const done: string[] = [];
    let hops = 0;
    while (pending.length) {
      const part = pending.shift()!;
      const candidate = [...done, part].join('/');
      const st = await lstat(this.abs(candidate)).catch(() => undefined);
      if (st?.isSymbolicLink() && (pending.length > 0 || followLast)) {
        if (++hops > 255) throw new ContextPathError(rel, 'too many levels of symbolic links');
        const target = await readlink(this.abs(candidate));
        if (target.startsWith('/')) done.length = 0;
        pending = [...target.split('/').filter((x) => x && x !== '.'), ...pending];
        continue;
      }
      if (part === '..') done.pop();
      else done.push(part);
    }
    return done.join('/');
  }

  /** Visible children of a directory, in byte order. */
  async readdir(rel: string): Promise<string[]> {
    const names = await readdir(this.abs(rel)).catch(() => [] as string[]);
    const out: string[] = [];
    for (const name of names.sort(byteOrder)) {
      const child = rel === '' ? name : `${rel}/${name}`;
      if (!this.ignore) {
        out.push(name);
        continue;
      }
      const st = await lstat(this.abs(child)).catch(() => undefined);
      if (!st || this.isHidden(child, st.isDirectory())) continue;
      // An excluded directory that an exception might re-enter is visible only when something inside is.
      if (st.isDirectory() && this.ignore.ignores(child, true) && !(await this.hasVisibleDescendant(child))) continue;
      out.push(name);
    }
    return out;
  }

  private async hasVisibleDescendant(dir: string): Promise<boolean> {
    for (const name of await this.readdir(dir)) {
      const child = `${dir}/${name}`;
      const st = await lstat(this.abs(child)).catch(() => undefined);
      if (!st) continue;
      if (!this.ignore!.ignores(child, st.isDirectory())) return true;
      if (st.isDirectory() && (await this.hasVisibleDescendant(child))) return true;
    }
    return false;
  }

  /**
   * Walks a visible subtree in byte order (the entry itself first, then children), yielding each visible entry.
   * A directory excluded by .dockerignore but holding re-included entries is yielded as their parent.
   */
  async *walk(rel: string): AsyncGenerator<ContextEntry> {
    const st = await lstat(this.abs(rel));
    yield { rel, abs: this.abs(rel), stat: st };
    if (!st.isDirectory()) return;
    for (const name of await this.readdir(rel)) {
      const child = rel === '' ? name : `${rel}/${name}`;
      yield* this.walk(child);
    }
  }

  /**
   * Resolves one COPY/ADD source to the visible context paths it names, as BuildKit does: the source is clamped
   * to the context; wildcards (Go filepath.Match, `*` never crossing '/') match from the first wildcard component
   * on, a matched directory's children are not matched further; an empty wildcard match is allowed, a missing
   * literal path is an error.
   */
  async resolveSource(source: string): Promise<string[]> {
    const cleaned = clean(source);
    if (!hasWildcards(cleaned)) {
      const rel = clean(unescapeLiteral(cleaned));
      const resolved = await this.resolve(rel);
      if (rel !== '' && !(await this.lstat(resolved)) ) {
        throw new ContextPathError(source, 'not found in the build context (or excluded by .dockerignore)');
      }
      return [rel];
    }
    const parts = cleaned.split('/');
    const first = parts.findIndex((p) => hasWildcards(p));
    const base = clean(parts.slice(0, first).map(unescapeLiteral).join('/'));
    const patterns = parts.slice(first).map((p) => compileComponent(p));
    const baseResolved = await this.resolve(base);
    const out: string[] = [];
    const visit = async (dirRel: string, depth: number, shownPrefix: string): Promise<void> => {
      for (const name of await this.readdir(dirRel)) {
        if (!patterns[depth].test(name)) continue;
        const childRel = dirRel === '' ? name : `${dirRel}/${name}`;
        const shown = shownPrefix === '' ? name : `${shownPrefix}/${name}`;
        if (depth === patterns.length - 1) out.push(shown);
        else {
          const st = await stat(this.abs(childRel)).catch(() => undefined);
          if (st?.isDirectory()) await visit(childRel, depth + 1, shown);
        }
      }
    };
    const st = await this.lstat(baseResolved);
    if (st?.isDirectory() || baseResolved === '') await visit(baseResolved, 0, base);
    return out;
  }
}
