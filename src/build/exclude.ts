import { compileComponent } from '../context/glob.js';

/** A compiled list of `--exclude` patterns (patternmatcher semantics: `**`, `!` exceptions, parents). */
export interface ExcludeMatcher {
  test(rel: string, isDir: boolean): boolean;
}

function matchParts(pattern: string[], path: string[]): boolean {
  if (pattern.length === 0) return path.length === 0;
  const [head, ...rest] = pattern;
  if (head === '**') {
    for (let i = 0; i <= path.length; i++) if (matchParts(rest, path.slice(i))) return true;
    return false;
  }
  if (path.length === 0) return false;
  return compileComponent(head).test(path[0]) && matchParts(rest, path.slice(1));
}

/**
 * Compiles COPY/ADD `--exclude` patterns. A path is excluded when it or one of its parents matches the last
 * matching pattern, and that pattern is not an exception (`!pattern`).
 */
export function createExcludeMatcher(patterns: readonly string[]): ExcludeMatcher {
  const compiled = patterns
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const negate = p.startsWith('!');
      const body = (negate ? p.slice(1) : p).replace(/^\/+/, '').replace(/^\.\//, '');
      return { negate, parts: body.split('/').filter((x) => x !== '' && x !== '.') };
    });
  return {
    test(rel: string): boolean {
      const parts = rel.split('/').filter(Boolean);
      let excluded = false;
      for (const { negate, parts: pat } of compiled) {
        let hit = false;
        for (let n = parts.length; n >= 1 && !hit; n--) hit = matchParts(pat, parts.slice(0, n));
        if (hit) excluded = !negate;
      }
      return excluded;
    },
  };
}
