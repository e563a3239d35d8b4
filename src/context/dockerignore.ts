/**
 * `.dockerignore` with Docker's exact semantics: the file format of moby/patternmatcher `ignorefile.ReadAll`,
 * pattern matching of `patternmatcher` (`*`, `?`, `[...]`, `**`, escapes; the last matching pattern wins; a
 * pattern matching a parent directory excludes its children) and the walk of tonistiigi/fsutil, which BuildKit
 * uses to send the context (an excluded directory is entered only when an exception could re-include something
 * under it; re-included files bring their parent directories along).
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { goTrimSpace } from '../oci/passwd.js';
import { resolveInRoot } from '../sandbox/paths.js';

/** Go's `path.Clean` for slash-separated paths. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const s = (rooted ? '/' : '') + out.join('/');
  return s === '' ? '.' : s;
}

/** Reads `.dockerignore` text into patterns (BOM, `#` comments in column 1, trimming, cleaning, leading `/`). */
export function parseDockerignore(text: string): string[] {
  const out: string[] = [];
  const lines = text.split('\n');
  // BuildKit reads the file with a bufio.Scanner: a line of 64 KiB or more fails the build.
  if (lines.some((l) => Buffer.byteLength(l) >= 65536)) throw new Error('failed parsing .dockerignore: bufio.Scanner: token too long');
  lines.forEach((raw, i) => {
    let line = i === 0 && raw.startsWith('\ufeff') ? raw.slice(1) : raw;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.startsWith('#')) return;
    // Go's TrimSpace (a byte-order mark after the first line stays, U+0085 goes), as BuildKit reads the file.
    let pattern = goTrimSpace(line);
    if (pattern === '') return;
    const invert = pattern.startsWith('!');
    if (invert) pattern = goTrimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    out.push(invert ? `!${pattern}` : pattern);
  });
  return out;
}

/** Checks a pattern the way Go's `filepath.Match` reports `ErrBadPattern`. */
function validatePattern(p: string): void {
  const bad = (): Error => new Error(`syntax error in pattern: ${p}`);
  const chars = Array.from(p);
  let i = 0;
  const getEsc = (): void => {
    if (i >= chars.length || chars[i] === '-' || chars[i] === ']') throw bad();
    if (chars[i] === '\\') {
      i++;
      if (i >= chars.length) throw bad();
    }
    i++;
    if (i >= chars.length) throw bad();
  };
  while (i < chars.length) {
    const c = chars[i];
    if (c === '\\') {
      i += 2;
      if (i > chars.length) throw bad();
    } else if (c === '[') {
      i++;
      if (chars[i] === '^') i++;
      let n = 0;
      for (;;) {
        if (i < chars.length && chars[i] === ']' && n > 0) {
          i++;
          break;
        }
        getEsc();
        if (chars[i] === '-') {
          i++;
          getEsc();
        }
        n++;
      }
    } else i++;
  }
}

const escapeRe = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** One compiled pattern. */
export interface IgnorePattern {
  /** The cleaned pattern, without `!`. */
  pattern: string;
  /** True for `!pattern` (re-include). */
  exclusion: boolean;
  match(relPath: string): boolean;
}

/** Go regexp escapes (RE2) as JavaScript writes them, outside a character class and inside one. */
const GO_ESCAPES: Record<string, string> = {
  a: '\\x07', f: '\\f', t: '\\t', n: '\\n', r: '\\r', v: '\\v', A: '^', z: '$', b: '\\b', B: '\\B',
  d: '[0-9]', D: '[^0-9]', w: '[0-9A-Za-z_]', W: '[^0-9A-Za-z_]', s: '[\\t\\n\\f\\r ]', S: '[^\\t\\n\\f\\r ]',
};
const GO_CLASS_ESCAPES: Record<string, string> = { a: '\\x07', f: '\\f', t: '\\t', n: '\\n', r: '\\r', v: '\\v', d: '0-9', w: '0-9A-Za-z_', s: '\\t\\n\\f\\r ' };

function compile(pattern: string, exclusion: boolean): IgnorePattern {
  let re = '^';
  let inClass = false;
  let type: 'exact' | 'prefix' | 'suffix' | 'regexp' = 'exact';
  const chars = Array.from(pattern);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '*') {
      if (chars[i + 1] === '*') {
        i++;
        if (chars[i + 1] === '/') i++;
        if (i + 1 >= chars.length) {
          if (type === 'exact') type = 'prefix';
          else {
            re += '.*';
            type = 'regexp';
          }
        } else {
          re += '(.*/)?';
          type = 'regexp';
        }
        if (startIndexOf(chars, i) === 0) type = 'suffix';
      } else {
        re += '[^/]*';
        type = 'regexp';
      }
    } else if (ch === '?') {
      re += '[^/]';
      type = 'regexp';
    } else if ('.+()|{}$'.includes(ch)) {
      re += `\\${ch}`;
    } else if (ch === '\\') {
      if (i + 1 < chars.length) {
        // patternmatcher puts `\X` into a Go regexp as it is: a letter is Go's escape (`obj\Debug` is obj, a
        // non-digit, ebug), anything else the character itself.
        const next = chars[++i];
        re += (inClass ? GO_CLASS_ESCAPES[next] : GO_ESCAPES[next]) ?? escapeRe(next);
        type = 'regexp';
      } else re += '\\\\';
    } else if (ch === '[' || ch === ']') {
      re += ch;
      inClass = ch === '[';
      type = 'regexp';
    } else {
      // Other characters go into the expression as they are, as in patternmatcher (inside `[...]`, `-` and
      // `^` keep their class meaning).
      re += ch;
    }
  }
  let regexp: RegExp | undefined;
  if (type === 'regexp') {
    try {
      regexp = new RegExp(`${re}$`);
    } catch {
      regexp = undefined;
    }
  }
  const match = (p: string): boolean => {
    switch (type) {
      case 'exact':
        return p === pattern;
      case 'prefix':
        return p.startsWith(pattern.slice(0, -2));
      case 'suffix': {
        const suffix = pattern.slice(2);
        if (p.endsWith(suffix)) return true;
        return suffix.startsWith('/') && p === suffix.slice(1);
      }
      case 'regexp':
        return regexp !== undefined && regexp.test(p);
    }
  };
  return { pattern, exclusion, match };
}

/** The position in the pattern where the `**` token that ends at index `i` started. */
function startIndexOf(chars: string[], i: number): number {
  // `i` points at the second `*` or at the `/` after it.
  const end = chars[i] === '/' ? i - 1 : i;
  return end - 1;
}

/** Per-pattern results for a directory, passed down to its children (patternmatcher `MatchInfo`). */
export type MatchInfo = boolean[] | undefined;

/** What CopyIgnoredFile reads of a `.dockerignore`: whether it has `!` exceptions, and whether it excludes a path. */
export interface DockerignoreRules {
  hasExclusions: boolean;
  ignores(relPath: string, isDir: boolean): boolean;
}

/** Decides which context paths `.dockerignore` excludes. */
export class IgnoreMatcher {
  readonly patterns: IgnorePattern[];
  /** True when some pattern is an exception (`!`). */
  readonly hasExclusions: boolean;
  /** False when some exception has wildcards: then no excluded directory may be skipped. */
  private readonly onlyPrefixExceptions: boolean;

  /** Compiles patterns as `parseDockerignore` returns them; throws on an invalid pattern. */
  constructor(
    patterns: readonly string[],
    /** Where the patterns came from (a file path), or undefined. */
    readonly source?: string,
  ) {
    this.patterns = [];
    for (let p of patterns) {
      p = goTrimSpace(p);
      if (p === '') continue;
      p = cleanPath(p);
      let exclusion = false;
      if (p.startsWith('!')) {
        if (p.length === 1) throw new Error('illegal exclusion pattern: "!"');
        exclusion = true;
        p = p.slice(1);
      }
      validatePattern(p);
      this.patterns.push(compile(p, exclusion));
    }
    this.hasExclusions = this.patterns.some((p) => p.exclusion);
    this.onlyPrefixExceptions = !this.patterns.some((p) => p.exclusion && /[*[\]?^\\]/.test(withoutTrailingGlob(p.pattern)));
  }

  /** Matches one path given its parent directory's results (patternmatcher `MatchesUsingParentResults`). */
  matchWithParent(relPath: string, parent: MatchInfo): { ignored: boolean; info: boolean[] } {
    let matched = false;
    const info = new Array<boolean>(this.patterns.length).fill(false);
    this.patterns.forEach((pat, i) => {
      let m = parent ? parent[i] : false;
      if (!m) {
        if (pat.exclusion !== matched) return;
        m = pat.match(relPath);
        if (!m && !parent) {
          const dir = path.posix.dirname(relPath);
          if (dir !== '.') {
            const parts = dir.split('/');
            for (let j = 1; j <= parts.length && !m; j++) m = pat.match(parts.slice(0, j).join('/'));
          }
        }
      }
      info[i] = m;
      if (m) matched = !pat.exclusion;
    });
    return { ignored: matched, info };
  }

  /** True when the context path (slash-separated, relative to the context root) is excluded. */
  ignores(relPath: string, _isDir = false): boolean {
    const clean = cleanPath(relPath.replace(/^\/+/, ''));
    if (clean === '.' || this.patterns.length === 0) return false;
    let info: MatchInfo;
    let ignored = false;
    const parts = clean.split('/');
    for (let j = 1; j <= parts.length; j++) {
      const r = this.matchWithParent(parts.slice(0, j).join('/'), info);
      info = r.info;
      ignored = r.ignored;
    }
    return ignored;
  }

  /** True when an excluded directory can be skipped whole: no exception could re-include anything under it. */
  shouldSkipDir(relDir: string): boolean {
    if (!this.ignores(relDir, true) || !this.onlyPrefixExceptions) return false;
    if (!this.hasExclusions) return true;
    const dirSlash = `${cleanPath(relDir)}/`;
    return !this.patterns.some((p) => p.exclusion && `${withoutTrailingGlob(p.pattern)}/`.startsWith(dirSlash));
  }
}

function withoutTrailingGlob(p: string): string {
  if (p.endsWith('/**')) p = p.slice(0, -3);
  if (p.endsWith('/*')) p = p.slice(0, -2);
  return p;
}

/**
 * Loads the ignore rules for a build: `<Dockerfile>.dockerignore` next to the Dockerfile when it exists
 * (it replaces the root file), else `<context>/.dockerignore`, else none. `before`: patterns ahead of the file's
 * (the file's own rules come after, so its `!` lines can take them back).
 */
export async function loadDockerignore(contextDir: string, dockerfilePath?: string, before: readonly string[] = []): Promise<IgnoreMatcher> {
  // The context's own .dockerignore is read inside the context, as BuildKit reads it through the session: a
  // symlink resolves against the context's root and never leaves it (`-> /conf/ign` is CONTEXT/conf/ign).
  const inContext = (await resolveInRoot(contextDir, '/.dockerignore').catch(() => undefined))?.hostPath;
  const candidates = [...(dockerfilePath ? [`${dockerfilePath}.dockerignore`] : []), ...(inContext ? [inContext] : [])];
  for (const file of candidates) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      // Missing, or a directory (BuildKit: no patterns from it; a Dockerfile's own falls back to the context's).
      if (['ENOENT', 'ENOTDIR', 'EISDIR'].includes((e as NodeJS.ErrnoException).code ?? '')) continue;
      throw e;
    }
    try {
      return new IgnoreMatcher([...before, ...parseDockerignore(text)], file);
    } catch (e) {
      throw new Error(`${file}: ${(e as Error).message}`);
    }
  }
  return new IgnoreMatcher([...before]);
}

/** One entry of the context as Docker would send it. */
export interface ContextEntry {
  /** Slash-separated path relative to the context root. */
  path: string;
  type: 'dir' | 'file' | 'symlink' | 'other';
}

/** Lists the context entries that survive `.dockerignore`, in walk order (fsutil semantics). */
export async function listContextFiles(contextDir: string, matcher: IgnoreMatcher): Promise<ContextEntry[]> {
  const out: ContextEntry[] = [];
  type Pending = { rel: string; emitted: boolean };
  const walk = async (absDir: string, relDir: string, info: MatchInfo, parents: Pending[]): Promise<void> => {
    const names = (await readdir(absDir)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    for (const name of names) {
      const rel = relDir ? `${relDir}/${name}` : name;
      const st = await lstat(path.join(absDir, name));
      const type: ContextEntry['type'] = st.isDirectory() ? 'dir' : st.isFile() ? 'file' : st.isSymbolicLink() ? 'symlink' : 'other';
      const r = matcher.patterns.length ? matcher.matchWithParent(rel, info) : { ignored: false, info: [] };
      if (r.ignored && type === 'dir' && matcher.shouldSkipDir(rel)) continue;
      if (!r.ignored) {
        for (const p of parents) {
          if (!p.emitted) {
            out.push({ path: p.rel, type: 'dir' });
            p.emitted = true;
          }
        }
        out.push({ path: rel, type });
      }
      if (type === 'dir') await walk(path.join(absDir, name), rel, r.info, [...parents, { rel, emitted: !r.ignored }]);
    }
  };
  await walk(contextDir, '', undefined, []);
  return out;
}
