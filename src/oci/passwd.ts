/**
 * An image's /etc/passwd and /etc/group, read the way BuildKit reads them (runc's libcontainer/user, now
 * moby/sys/user) for `COPY --chown`, WORKDIR under USER and RUN users:
 *
 * - each line is trimmed; empty lines are skipped; there is no comment syntax (`#x:...` is an entry named `#x`);
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

const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);

/** Go's `strconv.Atoi(s)` with the error ignored (the value Go returns alongside it). */
export function goAtoi(s: string): number {
  if (!/^[+-]?[0-9]+$/.test(s)) return 0;
  let n = BigInt(s);
  if (n > INT64_MAX) n = INT64_MAX;
  if (n < INT64_MIN) n = INT64_MIN;
  return Number(n);
}

function lines(text: string): string[][] {
  const out: string[][] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line !== '') out.push(line.split(':'));
  }
  return out;
}

/** Parses /etc/passwd (name:password:uid:gid:gecos:home:shell). */
export function parsePasswd(text: string | undefined): PasswdEntry[] {
  if (!text) return [];
  return lines(text).map((f) => ({ name: f[0], uid: goAtoi(f[2] ?? ''), gid: goAtoi(f[3] ?? ''), home: f[5] ?? '' }));
}

/** Parses /etc/group (name:password:gid:member,member). */
export function parseGroup(text: string | undefined): GroupEntry[] {
  if (!text) return [];
  return lines(text).map((f) => ({ name: f[0], gid: goAtoi(f[2] ?? ''), members: f[3] ? f[3].split(',') : [] }));
}
