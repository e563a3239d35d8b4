/**
 * Resolves a Dockerfile `USER` value against the rootfs's /etc/passwd and /etc/group the way runc's
 * `GetExecUser` does for `docker build` (checked against Engine 26's BuildKit):
 *
 * - `''` is root: uid 0, its passwd entry (home `/root`) and the groups that list `root`;
 * - a name must exist in passwd (`unable to find user x: no matching entries in passwd file`);
 * - a number is a uid, with or without a passwd entry (without one: gid 0, home `/`);
 * - `user:group`: the group (name or number) replaces the primary gid and no supplementary groups apply;
 * - otherwise the supplementary groups are those listing the user's name, plus the primary gid.
 *
 * Pure: takes the files' contents.
 */

/** The credentials a step runs with. */
export interface ExecUser {
  uid: number;
  gid: number;
  /** Supplementary groups (the primary included), sorted and unique, as the kernel keeps them. */
  groups: number[];
  /** HOME for the step when its env does not set one. */
  home: string;
}

interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  home: string;
}
interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

const MAX_ID = 2 ** 31 - 1;

/** Error for a USER that cannot be resolved; the message names the user and the file. */
export class UserLookupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserLookupError';
  }
}

function parseId(s: string): number | undefined {
  if (!/^[0-9]+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Parses /etc/passwd lines (name:pw:uid:gid:gecos:home:shell); malformed lines are skipped. */
export function parsePasswd(text: string): PasswdEntry[] {
  const out: PasswdEntry[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const f = line.split(':');
    const uid = parseId(f[2] ?? '');
    const gid = parseId(f[3] ?? '');
    if (uid === undefined || gid === undefined) continue;
    out.push({ name: f[0], uid, gid, home: f[5] ?? '' });
  }
  return out;
}

/** Parses /etc/group lines (name:pw:gid:member,member); malformed lines are skipped. */
export function parseGroup(text: string): GroupEntry[] {
  const out: GroupEntry[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const f = line.split(':');
    const gid = parseId(f[2] ?? '');
    if (gid === undefined) continue;
    const members = (f[3] ?? '').split(',').map((m) => m.trim()).filter(Boolean);
    out.push({ name: f[0], gid, members });
  }
  return out;
}

function checkRange(what: string, spec: string, n: number): number {
  if (n < 0 || n > MAX_ID) throw new UserLookupError(`USER ${spec}: ${what} ${n} is out of range`);
  return n;
}

/**
 * Resolves `spec` (the USER value) with the given file contents (undefined when the file is missing).
 * Throws UserLookupError naming the user or group when a name cannot be found.
 */
export function resolveUser(spec: string, passwd: string | undefined, group: string | undefined): ExecUser {
  const colon = spec.indexOf(':');
  const userArg = colon < 0 ? spec : spec.slice(0, colon);
  const groupArg = colon < 0 ? '' : spec.slice(colon + 1);
  const users = passwd === undefined ? [] : parsePasswd(passwd);
  const groups = group === undefined ? [] : parseGroup(group);

  let uid = 0;
  let gid = 0;
  let home = '/';
  let matchedName: string | undefined;
  const uidArg = parseId(userArg);
  const found = users.find((u) => (userArg === '' ? u.uid === 0 : uidArg !== undefined ? u.uid === uidArg : u.name === userArg));
  if (found) {
    matchedName = found.name;
    uid = found.uid;
    gid = found.gid;
    home = found.home || '/';
  } else if (userArg !== '') {
    if (uidArg === undefined) {
      throw new UserLookupError(`unable to find user ${userArg}: no matching entries in passwd file`);
    }
    uid = checkRange('uid', spec, uidArg);
  }

  let sgids: number[] = [];
  if (groupArg !== '') {
    const gidArg = parseId(groupArg);
    const g = groups.find((e) => (gidArg !== undefined ? e.gid === gidArg : e.name === groupArg));
    if (g) gid = g.gid;
    else if (gidArg !== undefined) gid = checkRange('gid', spec, gidArg);
    else throw new UserLookupError(`unable to find group ${groupArg}: no matching entries in group file`);
  } else if (matchedName !== undefined) {
    sgids = groups.filter((g) => g.members.includes(matchedName)).map((g) => g.gid);
  }
  const all = [...new Set([...sgids, gid])].sort((a, b) => a - b);
  return { uid, gid, groups: all, home };
}

/** The step's environment with HOME added (from passwd, as runc does) when it has none. */
export function withHome(env: string[], user: ExecUser): string[] {
  return env.some((e) => e.startsWith('HOME=')) ? env : [...env, `HOME=${user.home}`];
}
