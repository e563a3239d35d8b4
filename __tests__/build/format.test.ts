import { describe, expect, test } from '@jest/globals';
import { goDuration, goQuote, goQuoteSlice, goSetMap, goSlice } from '../../src/build/go-format.js';
import { parseChmod } from '../../src/build/chmod.js';
import { resolveChown, resolveFileOwner } from '../../src/build/user.js';
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
    expect(goSlice(['/data', '/logs'])).toBe('[/data /logs]');
    expect(goSetMap(['80/tcp', '443/udp', '8000/tcp'])).toBe('map[443/udp:{} 80/tcp:{} 8000/tcp:{}]');
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
  test('--chown follows BuildKit (as measured against docker build)', () => {
    expect(resolveChown('alice', files)).toEqual({ uid: 1000, gid: 1001 });
    expect(resolveChown('bin:staff', files)).toEqual({ uid: 1, gid: 50 });
    expect(resolveChown('77', files)).toEqual({ uid: 77, gid: 77 });
    expect(resolveChown('77:9', files)).toEqual({ uid: 77, gid: 9 });
    expect(() => resolveChown('bob', files)).toThrow('no user "bob" in /etc/passwd');
    expect(() => resolveChown('alice:nogroup', files)).toThrow('no group "nogroup"');
    expect(() => resolveChown('alice', {})).toThrow('no /etc/passwd in the image');
  });
  test('RUN users get supplementary groups and home (the sandbox resolves them: src/sandbox/users.ts)', () => {
    expect(resolveUser('alice', files.passwd, files.group)).toEqual({ uid: 1000, gid: 1001, groups: [50, 1001], home: '/home/alice' });
    expect(resolveUser('', files.passwd, files.group)).toEqual({ uid: 0, gid: 0, groups: [0], home: '/root' });
    expect(resolveUser('1234', files.passwd, files.group)).toMatchObject({ uid: 1234, gid: 0, home: '/' });
    expect(resolveUser('alice:staff', files.passwd, files.group)).toMatchObject({ uid: 1000, gid: 50, groups: [50] });
  });
  test('WORKDIR under USER owns what it creates as BuildKit file operations resolve users', () => {
    expect(resolveFileOwner('2000', files)).toEqual({ uid: 2000, gid: 2000 });
    expect(resolveFileOwner('1000', files)).toEqual({ uid: 1000, gid: 1000 });
    expect(resolveFileOwner('alice', files)).toEqual({ uid: 1000, gid: 1001 });
    expect(resolveFileOwner('alice:staff', files)).toEqual({ uid: 1000, gid: 50 });
    expect(resolveFileOwner('2000:7', files)).toEqual({ uid: 2000, gid: 7 });
    expect(resolveFileOwner('ghost', files)).toEqual({ uid: 0, gid: 0 });
    expect(resolveFileOwner('alice:nogroup', {})).toEqual({ uid: 0, gid: 0 });
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
