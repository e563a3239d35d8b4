import { describe, expect, it } from '@jest/globals';
import { resolveUser, withHome, UserLookupError } from '../../src/sandbox/users.js';
import { BUSYBOX_GROUP, BUSYBOX_PASSWD } from '../support/rootfs.js';

// Expected values are what `docker build` (Engine 26, BuildKit) printed for `RUN id` with these files.
describe('resolveUser (runc GetExecUser semantics, as docker build)', () => {
  const r = (spec: string) => resolveUser(spec, BUSYBOX_PASSWD, BUSYBOX_GROUP);

  it('root by default, with the groups listing root plus the primary', () => {
    expect(r('')).toEqual({ uid: 0, gid: 0, groups: [0, 10], home: '/root' });
    expect(r('root')).toEqual(r(''));
    expect(r('0')).toEqual(r(''));
  });

  it('a name or its uid: primary gid from passwd, supplementary groups from group', () => {
    expect(r('user')).toEqual({ uid: 1000, gid: 1000, groups: [10, 29, 1000], home: '/home/user' });
    expect(r('1000')).toEqual(r('user'));
  });

  it('user:group replaces the primary group and drops the supplementary ones', () => {
    expect(r('user:audio')).toEqual({ uid: 1000, gid: 29, groups: [29], home: '/home/user' });
    expect(r('user:77')).toEqual({ uid: 1000, gid: 77, groups: [77], home: '/home/user' });
  });

  it('an unknown uid runs with gid 0 and HOME=/', () => {
    expect(r('4242')).toEqual({ uid: 4242, gid: 0, groups: [0], home: '/' });
    expect(r('4242:77')).toEqual({ uid: 4242, gid: 77, groups: [77], home: '/' });
  });

  it('unknown names are errors naming the user or group', () => {
    expect(() => r('ghost')).toThrow(new UserLookupError('unable to find user ghost: no matching entries in passwd file'));
    expect(() => r('user:ghosts')).toThrow(/unable to find group ghosts/);
  });

  it('works without passwd and group files', () => {
    expect(resolveUser('', undefined, undefined)).toEqual({ uid: 0, gid: 0, groups: [0], home: '/' });
    expect(resolveUser('5:6', undefined, undefined)).toEqual({ uid: 5, gid: 6, groups: [6], home: '/' });
    expect(() => resolveUser('user', undefined, undefined)).toThrow(/unable to find user user/);
  });

  it('reads no file for uid:gid numbers (root is 0); any other USER needs the files it looks up', () => {
    // BuildKit's fast path: both numbers, or root (checked against docker build on a scratch stage).
    expect(resolveUser('root:root', undefined, undefined)).toEqual({ uid: 0, gid: 0, groups: [0], home: '/' });
    expect(resolveUser('0:root', undefined, undefined)).toEqual({ uid: 0, gid: 0, groups: [0], home: '/' });
    expect(resolveUser('1000:1000', BUSYBOX_PASSWD, undefined)).toEqual({ uid: 1000, gid: 1000, groups: [1000], home: '/home/user' });
    // Otherwise runc's lookup reads the files BuildKit opened: a missing one is an error, as docker build prints it.
    expect(() => resolveUser('0', undefined, undefined)).toThrow(new UserLookupError('unable to find user 0: invalid argument'));
    expect(() => resolveUser('1000', undefined, '')).toThrow(new UserLookupError('unable to find user 1000: invalid argument'));
    expect(() => resolveUser('root', undefined, undefined)).toThrow(new UserLookupError('unable to find user root: invalid argument'));
    expect(() => resolveUser('user', BUSYBOX_PASSWD, undefined)).toThrow(new UserLookupError('unable to find groups for spec user: invalid argument'));
    expect(() => resolveUser('1000', BUSYBOX_PASSWD, undefined)).toThrow(new UserLookupError('unable to find groups for spec user: invalid argument'));
    expect(() => resolveUser('user:1000', BUSYBOX_PASSWD, undefined)).toThrow(new UserLookupError('unable to find groups for spec user: invalid argument'));
    expect(() => resolveUser('4242:staff', BUSYBOX_PASSWD, undefined)).toThrow(new UserLookupError('unable to find groups for spec : invalid argument'));
    // An unknown uid looks no group up.
    expect(resolveUser('4242', BUSYBOX_PASSWD, undefined)).toEqual({ uid: 4242, gid: 0, groups: [0], home: '/' });
  });

  it('reads the files as runc does: no comments, short lines kept, ids that are not numbers are 0', () => {
    const u = resolveUser('a', '# c\nbroken\n  a:x:12:13::/h:/bin/sh\n', 'g:x:notanumber:a\nh:x:14:a,b\ni:x:15: a\n');
    expect(u).toEqual({ uid: 12, gid: 13, groups: [0, 13, 14], home: '/h' });
    expect(resolveUser('broken', '# c\nbroken\n', '')).toEqual({ uid: 0, gid: 0, groups: [0], home: '' });
    expect(resolveUser('+7', 'seven:x:7:8::/s:/bin/sh\n', '')).toEqual({ uid: 7, gid: 8, groups: [8], home: '/s' });
    // HOME comes from the first entry with the final uid, as runc sets it (checked against docker build).
    const odd = 'root:x:0:0:root:/root:/bin/sh\nbad:x:abc:13::/:/bin/sh\nshort:x:21\n';
    expect(resolveUser('bad', odd, '')).toEqual({ uid: 0, gid: 13, groups: [13], home: '/root' });
    expect(resolveUser('short', odd, '')).toEqual({ uid: 21, gid: 0, groups: [0], home: '' });
  });

  it('adds HOME only when the env has none', () => {
    const u = r('user');
    expect(withHome(['PATH=/bin'], u)).toEqual(['PATH=/bin', 'HOME=/home/user']);
    expect(withHome(['HOME=/x'], u)).toEqual(['HOME=/x']);
    expect(withHome(['HOME=', 'A=1'], u)).toEqual(['A=1', 'HOME=/home/user']);
  });
});
