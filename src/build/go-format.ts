/**
 * Go's fmt verbs that BuildKit uses in image history (`created_by`), so hoist writes the same strings:
 * `%q` of a string and of a []string, `%v` of a []string, time.Duration.String(); and path.Clean.
 */
import path from 'node:path';

/** Go's strconv.IsPrint (besides the ASCII space): letters, marks, numbers, punctuation and symbols. */
const GO_PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** Go strconv.Quote: double-quoted, escaping backslash, quote and non-printable characters. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\x07') out += '\\a';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\v') out += '\\v';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp >= 0xd800 && cp < 0xe000) out += '\ufffd'; // a lone surrogate: Go's strings hold U+FFFD there
    else if (ch === ' ' || GO_PRINTABLE.test(ch)) out += ch;
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/** Go `%q` of a []string: `["a" "b"]`. */
export function goQuoteSlice(items: readonly string[]): string {
  return `[${items.map(goQuote).join(' ')}]`;
}

/** Go `%v` of a []string: `[a b]`. */
export function goSlice(items: readonly string[]): string {
  return `[${items.join(' ')}]`;
}

function fmtFrac(v: bigint, prec: number): string {
  // v has `prec` decimal digits of fraction; print with trailing zeros removed.
  const s = v.toString().padStart(prec + 1, '0');
  const int = s.slice(0, s.length - prec);
  const frac = s.slice(s.length - prec).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

/** Go time.Duration.String() of a nanosecond count (e.g. `1m30s`, `500ms`, `0s`). */
export function goDuration(ns: number | bigint): string {
  let d = BigInt(ns);
  if (d === 0n) return '0s';
  const neg = d < 0n;
  if (neg) d = -d;
  let out: string;
  if (d < 1_000_000_000n) {
    if (d < 1000n) out = `${d}ns`;
    else if (d < 1_000_000n) out = `${fmtFrac(d, 3)}µs`;
    else out = `${fmtFrac(d, 6)}ms`;
  } else {
    const h = d / 3_600_000_000_000n;
    const rem = d % 3_600_000_000_000n;
    const m = rem / 60_000_000_000n;
    const s = rem % 60_000_000_000n;
    out = `${fmtFrac(s, 9)}s`;
    if (h > 0n) out = `${h}h${m}m${out}`;
    else if (m > 0n) out = `${m}m${out}`;
  }
  return neg ? `-${out}` : out;
}

/** Go `%v` of a map[string]struct{} as EXPOSE prints it: `map[443/udp:{} 80/tcp:{}]` (keys sorted, once each). */
export function goSetMap(keys: readonly string[]): string {
  return `map[${[...new Set(keys)].sort().map((k) => `${k}:{}`).join(' ')}]`;
}

/** Go `%q` of an integer (strconv.QuoteRune of it): `'\x00'`, `'\a'`, `'A'`. */
export function goQuoteRune(n: number): string {
  const cp = Number.isInteger(n) && n >= 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? n : 0xfffd;
  const ch = String.fromCodePoint(cp);
  if (ch === "'") return "'\\''";
  if (ch === '"') return `'"'`;
  return `'${goQuote(ch).slice(1, -1)}'`;
}

/** Go's time.Time in JSON (RFC 3339 with nanoseconds, trailing zeros and a bare dot dropped): `2020-09-13T12:26:40Z`. */
export function goTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.?0+Z$/, 'Z');
}

/** Go's path.Clean: `.` for an empty path, `.` and `..` resolved lexically, no trailing slash (but `/`). */
export function goPathClean(p: string): string {
  if (p === '') return '.';
  const c = path.posix.normalize(p);
  return c.length > 1 && c.endsWith('/') ? c.slice(0, -1) : c;
}
