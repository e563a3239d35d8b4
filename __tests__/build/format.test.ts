import { describe, expect, test } from '@jest/globals';
import { goDuration, goQuote, goQuoteRune, goQuoteSlice, goSetMap, goSlice } from '../../src/build/go-format.js';
import { parseChmod } from '../../src/build/chmod.js';
import { resolveOwner } from '../../src/build/user.js';
import { resolveUser } from '../../src/sandbox/users.js';
import { withProxyEnv } from '../../src/build/proxy.js';

describe('Go formatting used in history', () => {
  test.each([
    [0, '0s'],
    [1, '1ns'],
    [1500, '1.5µs'],
    [500_000_000, '500ms'],
    [3_000_000_000, '3s'],
    [90_000_000_000, '1m30s'],
    [3_600_000_000_000, '1h0m0s'],
    [1_500_000_000, '1.5s'],
    [-2_000_000_000, '-2s'],
  ])('duration %d = %s', (ns, s) => expect(goDuration(ns)).toBe(s));

  test('quoting as BuildKit writes CMD history', () => {
    expect(goQuoteSlice(['/bin/bash', '-c', 'echo "hi $A"'])).toBe('["/bin/bash" "-c" "echo \\"hi $A\\""]');
    expect(goQuote('a\tb\\c\u0001é')).toBe('"a\\tb\\\\c\\x01é"');
    // strconv.IsPrint: spaces other than U+0020, format and separator characters are escaped (docker build on Engine 26).
    expect(goQuote('a\u00a0b\u00ad\u2028\ufeff\u200b日😀\u0085\u{e0001}')).toBe('"a\\u00a0b\\u00ad\\u2028\\ufeff\\u200b日😀\\u0085\\U000e0001"');
    expect(goSlice(['/data', '/logs'])).toBe('[/data /logs]');
    expect(goSetMap(['80/tcp', '443/udp', '8000/tcp', '80/tcp'])).toBe('map[443/udp:{} 80/tcp:{} 8000/tcp:{}]');
  });

  test('%q of an integer, as HEALTHCHECK history prints Retries', () => {
    expect(goQuoteRune(0)).toBe("'\\x00'");
    expect(goQuoteRune(4)).toBe("'\\x04'");
    expect(goQuoteRune(7)).toBe("'\\a'");
    expect(goQuoteRune(10)).toBe("'\\n'");
    expect(goQuoteRune(65)).toBe("'A'");
    expect(goQuoteRune(39)).toBe("'\\''");
    expect(goQuoteRune(34)).toBe(`'"'`);
    expect(goQuoteRune(0x85)).toBe("'\\u0085'");
  });
});

describe('--chmod', () => {
  test.each([
    ['0755', 0o644, false, 0o755],
    ['700', 0o644, true, 0o700],
    ['u=rwX,go=rX', 0o604, false, 0o644],
    ['u=rwX,go=rX', 0o600, true, 0o755],
    ['u=rwX,go=rX', 0o700, false, 0o755],
    ['+x', 0o644, false, 0o755],
    ['a-w', 0o666, false, 0o444],
    ['g+w,o-r', 0o644, false, 0o660],
    ['u+s', 0o755, false, 0o4755],
  ])('%s on %o (dir=%s) -> %o', (spec, mode, isDir, out) => {
    expect(parseChmod(spec).apply(mode, isDir).toString(8)).toBe(out.toString(8));
  });
  test.each(['8', '10000', 'u=q', 'rwx', '99999'])('rejects %s', (spec) => {
    expect(() => parseChmod(spec)).toThrow(`invalid chmod parameter: '${spec}'`);
  });
});

describe('users', () => {
  const files = {
    passwd: 'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\nalice:x:1000:1001:Alice:/home/alice:/bin/sh\n',
    group: 'root:x:0:\nbin:x:1:\nstaff:x:50:alice\nalicegrp:x:1001:\n',
  };
  const owner = (spec: string, f: { passwd?: string; group?: string } = files) => resolveOwner(spec, f).owner;
  test('--chown follows BuildKit (as measured against docker build, Engine 26)', () => {
    expect(owner('alice')).toEqual({ uid: 1000, gid: 1001 });
    expect(owner('bin:staff')).toEqual({ uid: 1, gid: 50 });
    expect(owner('77')).toEqual({ uid: 77, gid: 77 });
    expect(owner('77:9')).toEqual({ uid: 77, gid: 9 });
    expect(owner('root:staff')).toEqual({ uid: 0, gid: 50 });
    expect(owner(':50')).toEqual({ uid: 0, gid: 50 });
    // Names the files do not define are not errors: the user gives 0:0, the group leaves the gid as it was.
    expect(resolveOwner('bob', files)).toEqual({ owner: { uid: 0, gid: 0 }, unknown: ['user "bob" (not in /etc/passwd)'] });
    expect(owner('alice:nogroup')).toEqual({ uid: 1000, gid: 1001 });
    expect(owner('1234:nogroup')).toEqual({ uid: 1234, gid: 1234 });
    expect(resolveOwner('alice', {})).toEqual({ owner: { uid: 0, gid: 0 }, unknown: ['user "alice" (the image has no /etc/passwd)'] });
    expect(resolveOwner('5:staff', {}).unknown).toEqual(['group "staff" (the image has no /etc/group)']);
    expect(owner('-5')).toEqual({ uid: 4294967291, gid: 4294967291 });
    // An empty group is id 0 (llb marshals an empty name as ByID 0), not the user's primary group.
    expect(owner('alice:')).toEqual({ uid: 1000, gid: 0 });
    expect(owner('1234:')).toEqual({ uid: 1234, gid: 0 });
    expect(owner(':')).toEqual({ uid: 0, gid: 0 });
  });
  test('passwd and group are read as runc reads them: trimmed lines, no comments, Atoi ids', () => {
    const odd = {
      passwd: 'root:x:0:0:root:/root:/bin/sh\n#comment:x:7:7::/:/bin/sh\n  spaced:x:11:12::/home/sp:/bin/sh\nbad:x:abc:13::/:/bin/sh\nshort:x:21\nneg:x:-5:6::/:/bin/sh\nplus:x:+9:9::/:/bin/sh\n',
      group: 'root:x:0:\n  gsp:x:31:spaced\nbadg:x:xyz:\n',
    };
    // Each result below is what docker build (Engine 26, BuildKit) gave for `COPY --chown=<spec>` on this passwd.
    expect(owner('spaced', odd)).toEqual({ uid: 11, gid: 12 });
    expect(owner('#comment', odd)).toEqual({ uid: 7, gid: 7 });
    expect(owner('bad', odd)).toEqual({ uid: 0, gid: 13 });
    expect(owner('short', odd)).toEqual({ uid: 21, gid: 0 });
    expect(owner('neg', odd)).toEqual({ uid: 4294967291, gid: 6 });
    expect(owner('plus', odd)).toEqual({ uid: 9, gid: 9 });
    expect(owner('spaced:gsp', odd)).toEqual({ uid: 11, gid: 31 });
    expect(owner('0:badg', odd)).toEqual({ uid: 0, gid: 0 });
    expect(owner('5:gsp', odd)).toEqual({ uid: 5, gid: 31 });
  });
  test('RUN users get supplementary groups and home (the sandbox resolves them: src/sandbox/users.ts)', () => {
    expect(resolveUser('alice', files.passwd, files.group)).toEqual({ uid: 1000, gid: 1001, groups: [50, 1001], home: '/home/alice' });
    expect(resolveUser('', files.passwd, files.group)).toEqual({ uid: 0, gid: 0, groups: [0], home: '/root' });
    expect(resolveUser('1234', files.passwd, files.group)).toMatchObject({ uid: 1234, gid: 0, home: '/' });
    expect(resolveUser('alice:staff', files.passwd, files.group)).toMatchObject({ uid: 1000, gid: 50, groups: [50] });
  });
  test('WORKDIR under USER owns what it creates as BuildKit file operations resolve users (the same rules as --chown)', () => {
    expect(owner('2000')).toEqual({ uid: 2000, gid: 2000 });
    expect(owner('1000')).toEqual({ uid: 1000, gid: 1000 });
    expect(owner('alice:staff')).toEqual({ uid: 1000, gid: 50 });
    expect(owner('2000:7')).toEqual({ uid: 2000, gid: 7 });
    expect(owner('ghost')).toEqual({ uid: 0, gid: 0 });
    expect(owner('77:nosuch', {})).toEqual({ uid: 77, gid: 77 });
  });
});

describe('proxy build args in RUN', () => {
  test('are set in both spellings, over ENV values, declared or not; empty ones set nothing', () => {
    expect(withProxyEnv(['PATH=/bin', 'no_proxy=env'], { HTTP_PROXY: 'http://p:1', no_proxy: 'np', HTTPS_PROXY: '', OTHER: 'x' })).toEqual([
      'PATH=/bin',
      'no_proxy=np',
      'HTTP_PROXY=http://p:1',
      'http_proxy=http://p:1',
      'NO_PROXY=np',
    ]);
    expect(withProxyEnv(['HTTP_PROXY=http://p:1'], { HTTP_PROXY: 'http://p:1' })).toEqual(['HTTP_PROXY=http://p:1', 'http_proxy=http://p:1']);
  });
});

describe('foreign-architecture RUN', () => {
  test('is allowed natively, for 32-bit variants and with a QEMU handler; otherwise the error says what to do', async () => {
    const { emulationProblem } = await import('../../src/build/emulation.js');
    const amd64 = { os: 'linux', architecture: 'amd64' };
    expect(emulationProblem(amd64, amd64, () => [])).toBeUndefined();
    expect(emulationProblem({ os: 'linux', architecture: '386' }, amd64, () => [])).toBeUndefined();
    expect(emulationProblem({ os: 'linux', architecture: 'arm64' }, amd64, () => ['status', 'qemu-aarch64'])).toBeUndefined();
    expect(emulationProblem({ os: 'linux', architecture: 'arm64' }, amd64, () => ['status'])).toMatch(/RUN needs to execute linux\/arm64 binaries on this linux\/amd64 machine: register QEMU/);
    expect(emulationProblem({ os: 'windows', architecture: 'amd64' }, amd64, () => [])).toMatch(/cannot execute windows\/amd64/);
  });
});
