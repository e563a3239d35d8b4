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
 * `user[:group]` to an owner with BuildKit's rules: a numeric user alone sets gid = uid; a user name takes the
 * uid and primary gid of its /etc/passwd entry; `:group` (a number, or a name in /etc/group) replaces the gid.
 * `missing` decides what a name the files do not define (or an empty user) gives: an error, or 0.
 */
function resolveOwner(spec: string, files: { passwd?: string; group?: string }, missing: 'error' | 'root'): Owner {
  const [userPart, groupPart] = spec.split(':', 2);
  let uid = 0;
  let gid = 0;
  if (isId(userPart)) {
    uid = Number(userPart);
    gid = uid;
  } else if (userPart === '') {
    if (missing === 'error') throw new UnknownUserError(spec, 'empty user');
  } else {
    const u = parsePasswd(files.passwd).find((e) => e.name === userPart);
    if (u) ({ uid, gid } = u);
    else if (missing === 'error') throw new UnknownUserError(spec, files.passwd === undefined ? 'no /etc/passwd in the image' : `no user "${userPart}" in /etc/passwd`);
  }
  if (groupPart !== undefined && groupPart !== '') {
    if (isId(groupPart)) gid = Number(groupPart);
    else {
      const g = parseGroup(files.group).find((e) => e.name === groupPart);
      if (g) gid = g.gid;
      else if (missing === 'error') throw new UnknownUserError(spec, files.group === undefined ? 'no /etc/group in the image' : `no group "${groupPart}" in /etc/group`);
      else gid = 0;
    }
  }
  return { uid, gid };
}

/**
 * Resolves a `--chown` value (`user`, `uid`, `user:group`, `uid:gid`) with BuildKit's rules (`resolveOwner`);
 * names that the files do not define are errors.
 */
export function resolveChown(spec: string, files: { passwd?: string; group?: string }): Owner {
  return resolveOwner(spec, files, 'error');
}

/**
 * The owner of the directories `WORKDIR` creates under `USER`, as BuildKit's file operations resolve it
 * (`llb.WithUser` + `readUser`): `USER 2000` makes 2000:2000 (unlike a RUN, which gets gid 0), and a name or
 * group no file defines gives 0 instead of an error (a RUN under such a user fails instead).
 */
export function resolveFileOwner(spec: string, files: { passwd?: string; group?: string }): Owner {
  return resolveOwner(spec, files, 'root');
}
