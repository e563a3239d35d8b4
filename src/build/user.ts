/**
 * User and group resolution against an image's own /etc/passwd and /etc/group, as BuildKit does for
 * `COPY --chown`, `WORKDIR` under `USER` and `RUN` users.
 */

/** A resolved owner. */
export interface Owner {
  uid: number;
  gid: number;
}

/** Error for a user or group name that the image does not define. */
export class UnknownUserError extends Error {
  constructor(readonly spec: string, reason: string) {
    super(`unable to resolve "${spec}": ${reason}`);
    this.name = 'UnknownUserError';
  }
}

interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  home: string;
}

/** Parses /etc/passwd content (malformed lines are skipped, as libc does). */
export function parsePasswd(text: string | undefined): PasswdEntry[] {
  if (!text) return [];
  const out: PasswdEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const f = line.split(':');
    if (f.length < 4) continue;
    const uid = Number(f[2]);
    const gid = Number(f[3]);
    if (!Number.isInteger(uid) || !Number.isInteger(gid)) continue;
    out.push({ name: f[0], uid, gid, home: f[5] ?? '' });
  }
  return out;
}

/** Parses /etc/group content into name, gid and members. */
export function parseGroup(text: string | undefined): { name: string; gid: number; members: string[] }[] {
  if (!text) return [];
  const out: { name: string; gid: number; members: string[] }[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const f = line.split(':');
    if (f.length < 3) continue;
    const gid = Number(f[2]);
    if (!Number.isInteger(gid)) continue;
    out.push({ name: f[0], gid, members: (f[3] ?? '').split(',').filter(Boolean) });
  }
  return out;
}

function isId(s: string): boolean {
  return /^[0-9]+$/.test(s);
}

/**
 * Resolves a `--chown` value (`user`, `uid`, `user:group`, `uid:gid`) with BuildKit's rules: a numeric user alone
 * sets gid = uid; a user name alone takes the user's primary group from /etc/passwd; names that the files do not
 * define are errors.
 */
export function resolveChown(spec: string, files: { passwd?: string; group?: string }): Owner {
  const [userPart, groupPart] = spec.split(':', 2);
  if (userPart === '') throw new UnknownUserError(spec, 'empty user');
  let uid: number;
  let gid: number;
  if (isId(userPart)) {
    uid = Number(userPart);
    gid = uid;
  } else {
    const u = parsePasswd(files.passwd).find((e) => e.name === userPart);
    if (!u) throw new UnknownUserError(spec, files.passwd === undefined ? 'no /etc/passwd in the image' : `no user "${userPart}" in /etc/passwd`);
    uid = u.uid;
    gid = u.gid;
  }
  if (groupPart !== undefined && groupPart !== '') {
    if (isId(groupPart)) gid = Number(groupPart);
    else {
      const g = parseGroup(files.group).find((e) => e.name === groupPart);
      if (!g) throw new UnknownUserError(spec, files.group === undefined ? 'no /etc/group in the image' : `no group "${groupPart}" in /etc/group`);
      gid = g.gid;
    }
  }
  return { uid, gid };
}

/**
 * The owner of the directories `WORKDIR` creates under `USER`, as BuildKit's file operations resolve it
 * (`llb.WithUser` + `readUser`): a number is both uid and gid (`USER 2000` makes 2000:2000, unlike a RUN,
 * which gets gid 0); a name takes the uid and gid of its passwd entry, or stays 0 when no entry has it;
 * `:group` (number, or a name looked up in /etc/group, 0 when absent) replaces the gid. Never fails: a missing
 * file counts as one without the name (a RUN under such a user fails instead).
 */
export function resolveFileOwner(spec: string, files: { passwd?: string; group?: string }): Owner {
  const [userPart, groupPart] = spec.split(':', 2);
  let uid = 0;
  let gid = 0;
  if (isId(userPart)) {
    uid = Number(userPart);
    gid = uid;
  } else if (userPart !== '') {
    const u = parsePasswd(files.passwd).find((e) => e.name === userPart);
    if (u) ({ uid, gid } = u);
  }
  if (groupPart !== undefined && groupPart !== '') {
    if (isId(groupPart)) gid = Number(groupPart);
    else gid = parseGroup(files.group).find((e) => e.name === groupPart)?.gid ?? 0;
  }
  return { uid, gid };
}

/** The result of resolving a `USER` value for running a process (uid, gid, supplementary groups, home). */
export interface ProcessUser extends Owner {
  additionalGids: number[];
  home: string;
}

/**
 * Resolves a `USER` value for a RUN step as runc/BuildKit do: names through the image's files, numeric ids
 * allowed even when absent (home `/`), supplementary groups from /etc/group membership when no group is given.
 */
export function resolveRunUser(spec: string, files: { passwd?: string; group?: string }): ProcessUser {
  const value = spec === '' ? 'root' : spec;
  const [userPart, groupPart] = value.split(':', 2);
  const users = parsePasswd(files.passwd);
  let entry = isId(userPart) ? users.find((e) => e.uid === Number(userPart)) : users.find((e) => e.name === userPart);
  if (!entry && !isId(userPart)) {
    if (userPart === 'root') entry = { name: 'root', uid: 0, gid: 0, home: '/root' };
    else throw new UnknownUserError(spec, `no user "${userPart}" in /etc/passwd`);
  }
  const uid = entry ? entry.uid : Number(userPart);
  let gid = entry ? entry.gid : Number(userPart) === 0 ? 0 : Number(userPart);
  if (!entry && isId(userPart)) gid = 0;
  const groups = parseGroup(files.group);
  let additionalGids: number[] = [];
  if (groupPart !== undefined && groupPart !== '') {
    if (isId(groupPart)) gid = Number(groupPart);
    else {
      const g = groups.find((e) => e.name === groupPart);
      if (!g) throw new UnknownUserError(spec, `no group "${groupPart}" in /etc/group`);
      gid = g.gid;
    }
  } else if (entry) {
    additionalGids = groups.filter((g) => g.members.includes(entry!.name) && g.gid !== gid).map((g) => g.gid);
  }
  return { uid, gid, additionalGids, home: entry?.home || '/' };
}
