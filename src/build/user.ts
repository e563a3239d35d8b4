/**
 * Owners of what COPY/ADD `--chown` and WORKDIR (under USER) write, resolved as BuildKit's file operations do
 * (`llb.WithUser` in the frontend, `readUser` in the solver), against the image's own /etc/passwd and /etc/group
 * (read as runc reads them: src/oci/passwd.ts). RUN users are resolved by the sandbox (src/sandbox/users.ts).
 */
import { goParseInt, parseGroup, parsePasswd } from '../oci/passwd.js';

/** A resolved owner. */
export interface Owner {
  uid: number;
  gid: number;
}

/** An owner, and the names in the spec that the image's files do not define (BuildKit uses 0 for them, silently). */
export interface ResolvedOwner {
  owner: Owner;
  unknown: string[];
}

/** `llb.WithUser`'s parseUID: `root` is 0, a base-10 int32 is an id, anything else is a name. */
function idOf(s: string): number | undefined {
  return s === 'root' ? 0 : goParseInt(s, 32);
}

/** The user and group names of a `--chown` spec: the parts that are not ids (nor `root`), which need a lookup. */
export function chownNames(spec: string): string[] {
  const colon = spec.indexOf(':');
  const parts = colon < 0 ? [spec] : [spec.slice(0, colon), spec.slice(colon + 1)];
  return parts.filter((p) => p !== '' && idOf(p) === undefined);
}

/**
 * The id as the kernel stores it (Go's int to uid_t); -1 (4294967295) is lchown's "leave it", so the owner the
 * file was made with, root, as BuildKit's copier and mkdir make them.
 */
export function ownerId(n: number): number {
  const u = Number(BigInt.asUintN(32, BigInt(n)));
  return u === 0xffffffff ? 0 : u;
}

/**
 * `user[:group]` to an owner, with BuildKit's rules (checked against docker build, Engine 26):
 * - a numeric user (or `root`) sets both ids, uid and gid = that number;
 * - a user name takes the uid and primary gid of its /etc/passwd entry; a name the file does not define (or no
 *   file) gives 0:0, not an error;
 * - `:group` (a number, `root`, or a name in /etc/group) replaces the gid; an undefined group name leaves the gid
 *   as the user part set it; an empty group (`user:`) is gid 0 (llb marshals an empty name as id 0).
 */
export function resolveOwner(spec: string, files: { passwd?: string; group?: string }): ResolvedOwner {
  const colon = spec.indexOf(':');
  const userPart = colon < 0 ? spec : spec.slice(0, colon);
  const groupPart = colon < 0 ? undefined : spec.slice(colon + 1);
  const unknown: string[] = [];
  let uid = 0;
  let gid = 0;
  const uidArg = idOf(userPart);
  if (uidArg !== undefined) {
    uid = gid = ownerId(uidArg);
  } else {
    const u = parsePasswd(files.passwd).find((e) => e.name === userPart);
    if (u) {
      uid = ownerId(u.uid);
      gid = ownerId(u.gid);
    } else if (userPart !== '') {
      unknown.push(`user "${userPart}" (${files.passwd === undefined ? 'the image has no /etc/passwd' : 'not in /etc/passwd'})`);
    }
  }
  if (groupPart !== undefined) {
    const gidArg = groupPart === '' ? 0 : idOf(groupPart);
    if (gidArg !== undefined) gid = ownerId(gidArg);
    else {
      const g = parseGroup(files.group).find((e) => e.name === groupPart);
      if (g) gid = ownerId(g.gid);
      else unknown.push(`group "${groupPart}" (${files.group === undefined ? 'the image has no /etc/group' : 'not in /etc/group'})`);
    }
  }
  return { owner: { uid, gid }, unknown };
}
