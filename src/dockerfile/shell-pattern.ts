/**
 * Shell wildcard patterns as the Dockerfile lexer uses them in `${v#p}`, `${v%p}` and `${v/p/r}`: `*` is any
 * string (shortest or longest), `?` one character, a backslash escapes `*`, `?` or itself. Bracket expressions
 * are not supported (BuildKit `convertShellPatternToRegex`).
 */
import { ExpansionError } from './errors.js';

const REGEX_SPECIAL = new Set(['[', ']', '{', '}', '.', '+', '(', ')', '|', '^', '$']);

/** Converts a shell pattern to a regular expression; `anchored` matches at the start only. */
export function shellPatternToRegex(pattern: string, greedy: boolean, anchored: boolean, flags = 'u'): RegExp {
  const chars = Array.from(pattern);
  let out = anchored ? '^' : '';
  const star = greedy ? '.*' : '.*?';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '*') out += star;
    else if (c === '?') out += '.';
    else if (c === '\\') {
      const next = chars[i + 1];
      // `}` and `/` are escaped to get them through `${}` parsing; the escape is not part of the pattern.
      if (next === '}' || next === '/') continue;
      if (next !== '*' && next !== '?' && next !== '\\') {
        throw new ExpansionError(`invalid escape '\\${next ?? ''}'`);
      }
      out += `\\${next}`;
      i++;
    } else if (REGEX_SPECIAL.has(c)) out += `\\${c}`;
    else out += c;
  }
  return new RegExp(out, flags);
}

/** Reverses a pattern by characters while keeping each escape before the character it escapes. */
export function reversePattern(pattern: string): string {
  const chars = Array.from(pattern);
  const out: string[] = new Array(chars.length);
  const last = chars.length - 1;
  for (let i = 0; i <= last; ) {
    const outIdx = last - i;
    if (chars[i] === '\\' && i !== last) {
      out[outIdx - 1] = '\\';
      out[outIdx] = chars[i + 1];
      i += 2;
    } else {
      out[outIdx] = chars[i];
      i++;
    }
  }
  return out.join('');
}

function reverseString(s: string): string {
  return Array.from(s).reverse().join('');
}

function patternError(pattern: string, e: unknown): ExpansionError {
  return new ExpansionError(`invalid pattern (${pattern}) in substitution: ${(e as Error).message}`);
}

/** `${v#p}` / `${v##p}`: removes the shortest (or longest) prefix of `value` matching `pattern`. */
export function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  let re: RegExp;
  try {
    re = shellPatternToRegex(pattern, greedy, true);
  } catch (e) {
    throw patternError(pattern, e);
  }
  const m = re.exec(value);
  return m ? value.slice(m.index + m[0].length) : value;
}

/** `${v%p}` / `${v%%p}`: removes the shortest (or longest) suffix of `value` matching `pattern`. */
export function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  // Regular expressions find leftmost matches, so search the reversed value with the reversed pattern.
  return reverseString(trimPrefix(reversePattern(pattern), reverseString(value), greedy));
}

/** `${v/p/r}` and `${v//p/r}`: replaces the first (or every) longest match of `pattern`. */
export function replacePattern(value: string, pattern: string, replacement: string, all: boolean): string {
  let re: RegExp;
  try {
    re = shellPatternToRegex(pattern, true, false, all ? 'gu' : 'u');
  } catch (e) {
    throw patternError(pattern, e);
  }
  return value.replace(re, () => replacement);
}
