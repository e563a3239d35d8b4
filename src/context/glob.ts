/**
 * Go `filepath.Match` semantics for one path component, as BuildKit uses for COPY/ADD wildcards:
 * `*` any run of characters, `?` one character, `[a-z]`/`[^a-z]` classes, `\` escapes the next character.
 * Separators never match (patterns are split on `/` by the caller).
 */
export class BadPatternError extends Error {
  constructor(readonly pattern: string) {
    super(`syntax error in pattern "${pattern}"`);
    this.name = 'BadPatternError';
  }
}

const cache = new Map<string, RegExp>();

/** A literal character in the RegExp (unicode mode: `-` may be escaped only inside a class). */
function escapeRe(ch: string, inClass = false): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) || (inClass && ch === '-') ? `\\${ch}` : ch;
}

/** Compiles one component pattern to an anchored RegExp (memoised). Throws BadPatternError. */
export function compileComponent(pattern: string): RegExp {
  const hit = cache.get(pattern);
  if (hit) return hit;
  let re = '';
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\') {
      i++;
      if (i >= chars.length) throw new BadPatternError(pattern);
      re += escapeRe(chars[i]);
    } else if (c === '[') {
      i++;
      let cls = '';
      if (chars[i] === '^') {
        cls += '^';
        i++;
      }
      let first = true;
      for (;;) {
        if (i >= chars.length) throw new BadPatternError(pattern);
        let ch = chars[i];
        if (ch === ']' && !first) break;
        first = false;
        if (ch === '\\') {
          i++;
          if (i >= chars.length) throw new BadPatternError(pattern);
          ch = chars[i];
        }
        let lo = ch;
        let hi = ch;
        if (chars[i + 1] === '-' && chars[i + 2] !== undefined && chars[i + 2] !== ']') {
          i += 2;
          hi = chars[i];
          if (hi === '\\') {
            i++;
            if (i >= chars.length) throw new BadPatternError(pattern);
            hi = chars[i];
          }
          if (hi < lo) throw new BadPatternError(pattern);
        }
        cls += lo === hi ? escapeRe(lo, true) : `${escapeRe(lo, true)}-${escapeRe(hi, true)}`;
        i++;
      }
      if (cls === '' || cls === '^') throw new BadPatternError(pattern);
      re += cls.startsWith('^') ? `(?![/])[${cls}]` : `[${cls}]`;
    } else re += escapeRe(c);
  }
  const compiled = new RegExp(`^${re}$`, 'su');
  cache.set(pattern, compiled);
  return compiled;
}

/** True when a pattern has unescaped wildcard characters (`*`, `?`, `[`), as BuildKit's containsWildcards. */
export function hasWildcards(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** Removes backslash escapes from a literal (wildcard-free) pattern. */
export function unescapeLiteral(pattern: string): string {
  return pattern.replace(/\\(.)/gsu, '$1');
}

/** Matches a whole `/`-separated path against a pattern component by component (`*` never crosses `/`). */
export function matchPath(pattern: string, path: string): boolean {
  const pp = pattern.split('/');
  const sp = path.split('/');
  if (pp.length !== sp.length) return false;
  return pp.every((p, i) => compileComponent(p).test(sp[i]));
}
