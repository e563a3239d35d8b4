/**
 * Resolves a Dockerfile `USER` value against the rootfs's /etc/passwd and /etc/group the way runc's
 * `GetExecUser` does for `docker build` (checked against Engine 26's BuildKit):
 *
 * - `''` is root: uid 0, its passwd entry (home `/root`) and the groups that list `root`;
 * - a name must exist in passwd (`unable to find user x: no matching entries in passwd file`);
 * - a number is a uid, with or without a passwd entry (without one: gid 0, home `/`);
 * - `user:group`: the group (name or number) replaces the primary gid and no supplementary groups apply;
 * - otherwise the supplementary groups are those listing the user's name, plus the primary gid;
 * - BuildKit reads neither file for `''` or `uid:gid` with both numbers (`root` counts as 0); for any other
 *   USER it hands runc's lookup the files it opened, and a missing one reads as an error: no /etc/passwd gives
 *   `unable to find user x: invalid argument`, no /etc/group (when a group or a passwd entry is to be looked
 *   up) `unable to find groups for spec x: invalid argument`.
 *
 * The files are read as runc reads them (src/oci/passwd.ts). Pure: takes the files' contents.
 */
import { goParseInt, parseGroup, parsePasswd } from '../oci/passwd.js';

/** The credentials a step runs with. */
export interface ExecUser {
  uid: number;
  gid: number;
  /** Supplementary groups (the primary included), sorted and unique, as the kernel keeps them. */
  groups: number[];
  /** HOME for the step when its env does not set one. */
  home: string;
}

const MAX_ID = 2 ** 31 - 1;

/** Error for a USER that cannot be resolved; the message names the user and the file. */
export class UserLookupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserLookupError';
  }
}

/** Ids runc refuses when it sets the process up: the step fails as a process that exited 1 (runc's words in its output). */
export class UserSetupError extends UserLookupError {
  constructor(message: string) {
    super(message);
    this.name = 'UserSetupError';
  }
}

/** runc's `strconv.Atoi` of the USER's parts: a base-10 int64 (sign allowed), else undefined (a name). */
function parseId(s: string): number | undefined {
  return goParseInt(s, 64);
}

/** runc's words for an id it cannot set up (its user setup checks the range). */
const OUT_OF_RANGE = `runc run failed: unable to start container process: unable to setup user: uids and gids must be in range 0-${MAX_ID}`;

function checkRange(n: number): number {
  if (n < 0 || n > MAX_ID) throw new UserLookupError(OUT_OF_RANGE);
  return n;
}

/** BuildKit's `parseUID` for its `uid:gid` fast path: `root` is 0, else a base-10 uint32 (no sign). */
function fastPathId(s: string): string | undefined {
  if (s === 'root') return '0';
  return /^[0-9]+$/.test(s) && Number(s) <= 0xffffffff ? s : undefined;
}

/**
 * Resolves `spec` (the USER value) with the given file contents (undefined when the file is missing).
 * Throws UserLookupError naming the user or group when a name cannot be found.
 */
export function resolveUser(spec: string, passwd: string | undefined, group: string | undefined): ExecUser {
  const colon = spec.indexOf(':');
  // runc's parseLine: the first two `:` fields, anything after the second ignored (`alice:staff:x` is alice:staff).
  const fields = spec.split(':');
  let userArg = fields[0];
  let groupArg = fields[1] ?? '';
  const fastUser = colon < 0 ? undefined : fastPathId(userArg);
  const fastGroup = colon < 0 ? undefined : fastPathId(groupArg);
  const fastPath = spec === '' || (fastUser !== undefined && fastGroup !== undefined);
  if (fastUser !== undefined && fastGroup !== undefined) [userArg, groupArg] = [fastUser, fastGroup];
  if (!fastPath && passwd === undefined) throw new UserLookupError(`unable to find user ${userArg}: invalid argument`);
  let users;
  try {
    users = passwd === undefined ? [] : parsePasswd(passwd);
  } catch (e) {
    throw new UserLookupError(`unable to find user ${userArg}: ${(e as Error).message}`);
  }
  const groups = group === undefined ? [] : parseGroup(group);

  let uid = 0;
  let gid = 0;
  let matchedName: string | undefined;
  const uidArg = parseId(userArg);
  const found = users.find((u) => (userArg === '' ? u.uid === 0 : uidArg !== undefined ? u.uid === uidArg : u.name === userArg));
  if (found) {
    matchedName = found.name;
    uid = found.uid;
    gid = found.gid;
  } else if (userArg !== '') {
    if (uidArg === undefined) {
      throw new UserLookupError(`unable to find user ${userArg}: no matching entries in passwd file`);
    }
    uid = checkRange(uidArg);
  }

  if (!fastPath && group === undefined && (groupArg !== '' || matchedName !== undefined)) {
    throw new UserLookupError(`unable to find groups for spec ${matchedName ?? ''}: invalid argument`);
  }
  let sgids: number[] = [];
  if (groupArg !== '') {
    const gidArg = parseId(groupArg);
    const g = groups.find((e) => (gidArg !== undefined ? e.gid === gidArg : e.name === groupArg));
    if (g) gid = g.gid;
    else if (gidArg !== undefined) gid = checkRange(gidArg);
    else throw new UserLookupError(`unable to find group ${groupArg}: no matching entries in group file`);
  } else if (matchedName !== undefined) {
    sgids = groups.filter((g) => g.members.includes(matchedName)).map((g) => g.gid);
  }
  // runc looks the numbers up again: one above the range passes only when an entry has exactly that id (a uid in
  // passwd, a gid in group); a negative one is a large uint32 by then.
  const u32 = uid >>> 0;
  const g32 = gid >>> 0;
  if ((u32 > MAX_ID && !users.some((u) => u.uid === u32)) || (g32 > MAX_ID && !groups.some((g) => g.gid === g32))) throw new UserSetupError(OUT_OF_RANGE);
  const all = [...new Set([...sgids, gid])].sort((a, b) => a - b);
  // HOME is runc's: the first entry with the final uid (not necessarily the one named), else '/'.
  const byUid = users.find((u) => u.uid === uid);
  return { uid, gid, groups: all, home: byUid ? byUid.home : '/' };
}

/** The step's environment with HOME set from passwd when it has none or an empty one (as runc does). */
export function withHome(env: string[], user: ExecUser): string[] {
  if (env.some((e) => e.startsWith('HOME=') && e !== 'HOME=')) return env;
  return [...env.filter((e) => e !== 'HOME='), `HOME=${user.home}`];
}
