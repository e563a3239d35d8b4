import type { Stats } from 'node:fs';
import { existsSync, lstatSync, readdirSync, readlinkSync } from 'node:fs';

// Metadata calls are synchronous on purpose: a context walk makes thousands of them, and each async call costs
// a thread-pool round trip that is slower than the call itself.
const lstatOrUndefined = (p: string): Stats | undefined => {
  try {
    return lstatSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
};
import path from 'node:path';
import { realpath } from 'node:fs/promises';
import { loadDockerignore, type DockerignoreRules } from './dockerignore.js';
import { cleanSource, resolveSourceIn, SourceNotFoundError, type SourceTree, type TreeStat } from './tree.js';

/** What a socket in a context reads as: nothing. */
const EMPTY_FILE = '/dev/null';

/** What the context needs from a .dockerignore matcher: `ignores` tells whether a path (relative, '/'-separated) is excluded. */
export interface IgnoreMatcher extends DockerignoreRules {
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
  constructor(readonly source: string, reason: string, separator = '') {
    super(`"${source}"${separator} ${reason}`);
    this.name = 'ContextPathError';
  }
}

function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}


/**
 * The build context as `docker build` sees it: a directory with .dockerignore applied. Sources are clamped to
 * the context (a leading '/' or '../' never leaves it), symlinks are resolved inside it, and excluded paths do not
 * exist.
 */
export class BuildContext implements SourceTree {
  constructor(readonly root: string, private readonly ignore?: IgnoreMatcher) {}

  /** The .dockerignore rules applied, when there are any (the build checks' CopyIgnoredFile reads them). */
  get dockerignore(): DockerignoreRules | undefined {
    return this.ignore;
  }

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

  /** True when neither the path nor a parent of it is excluded (a parent is a directory). */
  private visible(rel: string, isDir: boolean): boolean {
    if (this.isHidden(rel, isDir)) return false;
    let parent = rel;
    while (parent.includes('/')) {
      parent = parent.slice(0, parent.lastIndexOf('/'));
      if (this.isHidden(parent, true)) return false;
    }
    return true;
  }

  /** Node's lstat of a visible path, or undefined when it is missing or excluded. */
  async lstatRaw(rel: string): Promise<Stats | undefined> {
    const st = lstatOrUndefined(this.abs(rel));
    if (!st) return undefined;
    if (!this.visible(rel, st.isDirectory())) return undefined;
    // An excluded directory that an exception could re-enter is there only when something inside it is (BuildKit
    // sends nothing for it otherwise: `COPY build` with `build` and `!build/keep` but no keep is "not found").
    if (st.isDirectory() && this.ignore?.ignores(rel, true) && !this.hasVisibleDescendant(rel)) return undefined;
    return st;
  }

  /** Resolves symlinks of a context path inside the context root (securejoin semantics). */
  async resolve(rel: string, followLast = true): Promise<string> {
    return this.resolveSync(rel, followLast);
  }

  /** `resolve`, synchronously. */
  resolveSync(rel: string, followLast = true): string {
    let pending = cleanSource(rel).split('/').filter(Boolean);
    const done: string[] = [];
    let hops = 0;
    while (pending.length) {
      const part = pending.shift()!;
      const candidate = [...done, part].join('/');
      const st = lstatOrUndefined(this.abs(candidate));
      // An excluded symlink is not in the context BuildKit gets: it is not followed (what is under it is missing).
      if (st?.isSymbolicLink() && (pending.length > 0 || followLast) && this.visible(candidate, false)) {
        if (++hops > 255) throw new ContextPathError(rel, 'too many levels of symbolic links');
        const target = readlinkSync(this.abs(candidate));
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
    return this.readdirSync(rel);
  }

  private readdirSync(rel: string): string[] {
    let names: string[];
    try {
      names = readdirSync(this.abs(rel));
    } catch {
      return [];
    }
    const out: string[] = [];
    for (const name of names.sort(byteOrder)) {
      const child = rel === '' ? name : `${rel}/${name}`;
      if (!this.ignore) {
        out.push(name);
        continue;
      }
      const st = lstatOrUndefined(this.abs(child));
      if (!st || this.isHidden(child, st.isDirectory())) continue;
      // An excluded directory that an exception might re-enter is visible only when something inside is.
      if (st.isDirectory() && this.ignore.ignores(child, true) && !this.hasVisibleDescendant(child)) continue;
      out.push(name);
    }
    return out;
  }

  private hasVisibleDescendant(dir: string): boolean {
    for (const name of this.readdirSync(dir)) {
      const child = `${dir}/${name}`;
      const st = lstatOrUndefined(this.abs(child));
      if (!st) continue;
      if (!this.ignore!.ignores(child, st.isDirectory())) return true;
      if (st.isDirectory() && this.hasVisibleDescendant(child)) return true;
    }
    return false;
  }

  /**
   * Walks a visible subtree in byte order (the entry itself first, then children), yielding each visible entry.
   * A directory excluded by .dockerignore but holding re-included entries is yielded as their parent.
   */
  async *walk(rel: string): AsyncGenerator<ContextEntry> {
    yield* this.walkSync(rel);
  }

  /** `walk`, synchronously (throws when `rel` itself is missing). */
  *walkSync(rel: string): Generator<ContextEntry> {
    const abs = this.abs(rel);
    const st = lstatSync(abs);
    yield { rel, abs, stat: st };
    if (!st.isDirectory()) return;
    for (const name of this.readdirSync(rel)) yield* this.walkSync(rel === '' ? name : `${rel}/${name}`);
  }

  /** SourceTree: metadata of a visible path without following symlinks. */
  async lstat(rel: string): Promise<TreeStat | undefined> {
    const st = await this.lstatRaw(rel);
    if (!st) return undefined;
    // A socket is sent as an empty regular file with its mode, as BuildKit's context transfer (fsutil) writes it.
    const type: TreeStat['type'] = st.isFile() || st.isSocket() ? 'file' : st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'symlink' : st.isFIFO() ? 'fifo' : st.isCharacterDevice() ? 'char' : 'block';
    const out: TreeStat = { type, mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, mtime: st.mtimeMs / 1000, size: st.isFile() ? st.size : 0 };
    if (type === 'file' && st.nlink > 1) out.linkId = `${st.dev}:${st.ino}`;
    if (type === 'symlink') out.linkname = readlinkSync(this.abs(rel));
    return out;
  }

  /** SourceTree: host path of a file's bytes. */
  async contentPath(rel: string): Promise<string> {
    const abs = this.abs(rel);
    // A socket's bytes are none (see lstat); a socket cannot be opened for reading.
    return lstatOrUndefined(abs)?.isSocket() ? EMPTY_FILE : abs;
  }

  /** Resolves one COPY/ADD source against the context (see resolveSourceIn). */
  async resolveSource(source: string, opts: { globstar?: boolean } = {}): Promise<string[]> {
    try {
      return await resolveSourceIn(this, source, 'the build context (or excluded by .dockerignore)', opts);
    } catch (e) {
      // BuildKit's words for the path (`"/src/app.js": not found`: cleaned, from the context's root), then the likely cause.
      if (e instanceof SourceNotFoundError) throw new ContextPathError(`/${e.resolved || cleanSource(source)}`, 'not found in the build context (or excluded by .dockerignore)', ':');
      throw e;
    }
  }
}

/**
 * A context directory with its `.dockerignore` applied (`<dockerfile>.dockerignore` first when a Dockerfile path
 * is given, as docker build reads it): the build's main context, and a named local context. `ignoreFirst`:
 * patterns ahead of the file's (the action's default context leaves out `.git`).
 */
export async function openBuildContext(given: string, dockerfilePath?: string, ignoreFirst: readonly string[] = []): Promise<BuildContext> {
  // A context directory given through a symlink is the directory it names (the client follows it); its entries'
  // own symlinks are kept as links.
  const dir = await realpath(given).catch(() => given);
  const ignore = await loadDockerignore(dir, dockerfilePath, ignoreFirst);
  return new BuildContext(dir, ignore.patterns.length ? { ignores: (p, d) => ignore.ignores(p, d), mayIncludeUnder: (d) => !ignore.shouldSkipDir(d), hasExclusions: ignore.hasExclusions } : undefined);
}

/**
 * The Dockerfile a directory gives when none is named: `Dockerfile`, else a lowercase `dockerfile` (BuildKit's
 * fallback for the default name), else `Dockerfile` (to be reported missing).
 */
export function defaultDockerfilePath(dir: string): string {
  const upper = path.join(dir, 'Dockerfile');
  if (existsSync(upper)) return upper;
  const lower = path.join(dir, 'dockerfile');
  return existsSync(lower) ? lower : upper;
}
