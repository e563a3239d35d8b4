/**
 * An image's /etc/passwd and /etc/group, read the way BuildKit reads them (runc's libcontainer/user, now
 * moby/sys/user) for `COPY --chown`, WORKDIR under USER and RUN users:
 *
 * - each line is trimmed (Go's TrimSpace: a byte-order mark stays, U+0085 goes); empty lines are skipped; in
 *   /etc/group a line starting with `#` is a comment, in /etc/passwd it is an entry (`#x:...` is named `#x`);
 * - fields are split on `:`; missing fields are empty;
 * - a numeric field is read as Go's `strconv.Atoi` with its error ignored: not a number gives 0, out of range the
 *   nearest int64;
 * - group members are split on `,` as they are (not trimmed).
 *
 * Pure: takes the files' contents.
 */

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  home: string;
}

export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

const DECIMAL = /^[+-]?[0-9]+$/;

/** Go's `strconv.ParseInt(s, 10, bits)`: the value, or undefined on a syntax or range error. */
export function goParseInt(s: string, bits: 32 | 64): number | undefined {
  if (!DECIMAL.test(s)) return undefined;
  const n = BigInt(s);
  const max = (1n << BigInt(bits - 1)) - 1n;
  return n >= -max - 1n && n <= max ? Number(n) : undefined;
}

/** Go's `strconv.Atoi(s)` with the error ignored (the value Go returns alongside it: 0, or the nearest int64). */
export function goAtoi(s: string): number {
  const n = goParseInt(s, 64);
  if (n !== undefined || !DECIMAL.test(s)) return n ?? 0;
  return Number(s.startsWith('-') ? -(1n << 63n) : (1n << 63n) - 1n);
}

/** Go's `unicode.IsSpace` characters (`strings.TrimSpace`): not U+FEFF, which JavaScript's trim() removes; U+0085 too. */
const GO_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const GO_TRIM = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, 'g');

/** Go's `strings.TrimSpace`. */
export function goTrimSpace(s: string): string {
  return s.replace(GO_TRIM, '');
}

/** Lines split into fields, trimmed as Go trims them; `comments`: lines starting with `#` are skipped (group). */
function lines(text: string, comments: boolean): string[][] {
  const out: string[][] = [];
  for (const raw of text.split('\n')) {
    const line = goTrimSpace(raw);
    if (line !== '' && !(comments && line.startsWith('#'))) out.push(line.split(':'));
  }
  return out;
}

/** Parses /etc/passwd (name:password:uid:gid:gecos:home:shell). */
export function parsePasswd(text: string | undefined): PasswdEntry[] {
  if (!text) return [];
  // runc reads passwd with a bufio.Scanner: a line of 64 KiB or more fails the lookup (group has no such limit).
  if (text.split('\n').some((l) => Buffer.byteLength(l) >= 65536)) throw new Error('bufio.Scanner: token too long');
  return lines(text, false).map((f) => ({ name: f[0], uid: goAtoi(f[2] ?? ''), gid: goAtoi(f[3] ?? ''), home: f[5] ?? '' }));
}

/** Parses /etc/group (name:password:gid:member,member). */
export function parseGroup(text: string | undefined): GroupEntry[] {
  if (!text) return [];
  return lines(text, true).map((f) => ({ name: f[0], gid: goAtoi(f[2] ?? ''), members: f[3] ? f[3].split(',') : [] }));
}
