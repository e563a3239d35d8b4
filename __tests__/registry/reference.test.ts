import { describe, expect, test } from '@jest/globals';
import {
  formatReference,
  goReferenceError,
  makeReference,
  manifestId,
  parseReference,
  repositoryOf,
  withDigest,
  withTag,
  InvalidReferenceError,
} from '../../src/registry/reference.js';
import type { Digest } from '../../src/oci/digest.js';

const D = `sha256:${'a'.repeat(64)}`;
const D2 = `sha256:${'0123456789abcdef'.repeat(4)}`;
const D512 = `sha512:${'b'.repeat(128)}`;

/** [input, registry, repository, tag, digest, familiar string] */
type Ok = [string, string, string, string | undefined, string | undefined, string];

const valid: Ok[] = [
  ['busybox', 'docker.io', 'library/busybox', 'latest', undefined, 'busybox:latest'],
  ['busybox:1.36', 'docker.io', 'library/busybox', '1.36', undefined, 'busybox:1.36'],
  ['library/busybox', 'docker.io', 'library/busybox', 'latest', undefined, 'busybox:latest'],
  ['docker.io/busybox', 'docker.io', 'library/busybox', 'latest', undefined, 'busybox:latest'],
  ['docker.io/library/busybox:musl', 'docker.io', 'library/busybox', 'musl', undefined, 'busybox:musl'],
  ['index.docker.io/busybox', 'docker.io', 'library/busybox', 'latest', undefined, 'busybox:latest'],
  ['registry-1.docker.io/user/app:v1', 'docker.io', 'user/app', 'v1', undefined, 'user/app:v1'],
  ['user/app', 'docker.io', 'user/app', 'latest', undefined, 'user/app:latest'],
  ['user/app:1.0.0-rc.1', 'docker.io', 'user/app', '1.0.0-rc.1', undefined, 'user/app:1.0.0-rc.1'],
  ['docker.io/library/a/b', 'docker.io', 'library/a/b', 'latest', undefined, 'library/a/b:latest'],
  ['ghcr.io/owner/repo:main', 'ghcr.io', 'owner/repo', 'main', undefined, 'ghcr.io/owner/repo:main'],
  ['ghcr.io/owner/repo/sub/deep:x', 'ghcr.io', 'owner/repo/sub/deep', 'x', undefined, 'ghcr.io/owner/repo/sub/deep:x'],
  ['gcr.io/project/image', 'gcr.io', 'project/image', 'latest', undefined, 'gcr.io/project/image:latest'],
  ['quay.io/a/b@' + D, 'quay.io', 'a/b', undefined, D, `quay.io/a/b@${D}`],
  ['localhost/app', 'localhost', 'app', 'latest', undefined, 'localhost/app:latest'],
  ['localhost:5000/app', 'localhost:5000', 'app', 'latest', undefined, 'localhost:5000/app:latest'],
  ['localhost:5000/app:dev', 'localhost:5000', 'app', 'dev', undefined, 'localhost:5000/app:dev'],
  ['localhost', 'docker.io', 'library/localhost', 'latest', undefined, 'localhost:latest'],
  ['localhost:5000', 'docker.io', 'library/localhost', '5000', undefined, 'localhost:5000'],
  ['127.0.0.1:5000/busybox', '127.0.0.1:5000', 'busybox', 'latest', undefined, '127.0.0.1:5000/busybox:latest'],
  ['127.0.0.1/busybox:1', '127.0.0.1', 'busybox', '1', undefined, '127.0.0.1/busybox:1'],
  ['[::1]:5000/app:v2', '[::1]:5000', 'app', 'v2', undefined, '[::1]:5000/app:v2'],
  ['[::1]/app', '[::1]', 'app', 'latest', undefined, '[::1]/app:latest'],
  ['[fe80::1%eth0]:443/x', '[fe80::1%eth0]:443', 'x', 'latest', undefined, '[fe80::1%eth0]:443/x:latest'],
  ['[2001:db8::1]:5000/ns/app@' + D, '[2001:db8::1]:5000', 'ns/app', undefined, D, `[2001:db8::1]:5000/ns/app@${D}`],
  ['example.com:443/a', 'example.com:443', 'a', 'latest', undefined, 'example.com:443/a:latest'],
  ['Example.COM/a', 'Example.COM', 'a', 'latest', undefined, 'Example.COM/a:latest'],
  ['UPPER/app', 'UPPER', 'app', 'latest', undefined, 'UPPER/app:latest'],
  ['my-registry.local:5000/a-b/c_d/e.f:t', 'my-registry.local:5000', 'a-b/c_d/e.f', 't', undefined, 'my-registry.local:5000/a-b/c_d/e.f:t'],
  ['host/a__b', 'docker.io', 'host/a__b', 'latest', undefined, 'host/a__b:latest'],
  ['a---b', 'docker.io', 'library/a---b', 'latest', undefined, 'a---b:latest'],
  ['a.b.c', 'docker.io', 'library/a.b.c', 'latest', undefined, 'a.b.c:latest'],
  ['a.b/c', 'a.b', 'c', 'latest', undefined, 'a.b/c:latest'],
  ['a:b', 'docker.io', 'library/a', 'b', undefined, 'a:b'],
  ['busybox@' + D, 'docker.io', 'library/busybox', undefined, D, `busybox@${D}`],
  ['busybox:1@' + D, 'docker.io', 'library/busybox', '1', D, `busybox:1@${D}`],
  ['127.0.0.1:5000/app:tag@' + D2, '127.0.0.1:5000', 'app', 'tag', D2, `127.0.0.1:5000/app:tag@${D2}`],
  ['r.io/a@' + D512, 'r.io', 'a', undefined, D512, `r.io/a@${D512}`],
  ['a:_tag', 'docker.io', 'library/a', '_tag', undefined, 'a:_tag'],
  ['a:Tag_With.Caps-1', 'docker.io', 'library/a', 'Tag_With.Caps-1', undefined, 'a:Tag_With.Caps-1'],
  [`a:${'t'.repeat(128)}`, 'docker.io', 'library/a', 't'.repeat(128), undefined, `a:${'t'.repeat(128)}`],
  ['0/1', 'docker.io', '0/1', 'latest', undefined, '0/1:latest'],
  ['r.io/0a/b9', 'r.io', '0a/b9', 'latest', undefined, 'r.io/0a/b9:latest'],
  ['xn--bcher-kva.example/app', 'xn--bcher-kva.example', 'app', 'latest', undefined, 'xn--bcher-kva.example/app:latest'],
  ['a'.repeat(64).replace(/a$/, 'g'), 'docker.io', `library/${'a'.repeat(63)}g`, 'latest', undefined, `${'a'.repeat(63)}g:latest`],
];

/** [input, fragment of the error] */
const invalid: [string, string][] = [
  ['', 'empty reference'],
  ['Busybox', 'must be lowercase'],
  ['docker.io/User/app', 'must be lowercase'],
  ['ghcr.io/Owner/Repo:tag', 'must be lowercase'],
  ['127.0.0.1:5000/App', 'must be lowercase'],
  ['busybox:', 'empty tag'],
  ['busybox:-tag', 'invalid tag "-tag"'],
  ['busybox:.tag', 'invalid tag ".tag"'],
  ['busybox:ta+g', 'invalid tag "ta+g"'],
  [`busybox:${'t'.repeat(129)}`, 'invalid tag'],
  ['busybox@', 'empty digest'],
  ['busybox@sha256:abc', 'invalid digest'],
  ['busybox@md5:d41d8cd98f00b204e9800998ecf8427e', 'unsupported algorithm'],
  [`busybox@sha256:${'A'.repeat(64)}`, 'invalid digest'],
  ['a'.repeat(64), 'image ID'],
  ['a//b', 'empty path component'],
  ['a/', 'empty path component'],
  ['/a', 'empty path component'],
  ['r.io/', 'repository name is empty'],
  ['_a', 'invalid repository path component "_a"'],
  ['a_', 'invalid repository path component "a_"'],
  ['a___b', 'invalid repository path component'],
  ['a..b', 'invalid repository path component'],
  ['a.-b', 'invalid repository path component'],
  ['-a/b', 'invalid repository path component'],
  ['r.io/a b', 'white space'],
  ['r.io:port/a', 'invalid port'],
  ['r.io:99999/a', 'invalid port'],
  ['-bad.io/a', 'invalid registry host'],
  ['bad-.io/a', 'invalid registry host'],
  ['[::1/a', 'invalid registry host'],
  ['[::1]x/a', 'invalid registry host'],
  [':5000/a', 'invalid registry host'],
  [`r.io/${'a/'.repeat(130)}a`, 'longer than 255'],
  ['a:b:c', 'invalid'],
  ['a@b@' + D, 'invalid digest'],
];

describe('parseReference', () => {
  test.each(valid)('%s', (input, registry, repository, tag, digest, familiar) => {
    const r = parseReference(input);
    expect({ registry: r.registry, repository: r.repository, tag: r.tag, digest: r.digest }).toEqual({ registry, repository, tag, digest });
    expect(String(r)).toBe(familiar);
    // The familiar form parses back to the same reference.
    const again = parseReference(String(r));
    expect(formatReference(again, 'full')).toBe(formatReference(r, 'full'));
  });

  test.each(invalid)('rejects %j', (input, fragment) => {
    let err: unknown;
    try {
      parseReference(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidReferenceError);
    expect((err as Error).message).toContain(`"${input}"`);
    expect((err as Error).message).toContain(fragment);
  });

  test('the table has at least 60 cases', () => {
    expect(valid.length + invalid.length).toBeGreaterThanOrEqual(60);
  });

  test('Docker Hub API host and credentials key', () => {
    const hub = parseReference('busybox');
    expect(hub.apiHost).toBe('registry-1.docker.io');
    expect(hub.credentialKey).toBe('https://index.docker.io/v1/');
    const local = parseReference('127.0.0.1:5000/app');
    expect(local.apiHost).toBe('127.0.0.1:5000');
    expect(local.credentialKey).toBe('127.0.0.1:5000');
  });

  test('defaultTag', () => {
    expect(parseReference('app', { defaultTag: 'edge' }).tag).toBe('edge');
    expect(parseReference('app', { defaultTag: null }).tag).toBeUndefined();
    expect(parseReference(`app@${D}`, { defaultTag: 'edge' }).tag).toBeUndefined();
  });

  test('helpers', () => {
    const r = parseReference(`127.0.0.1:5000/ns/app:1@${D}`);
    expect(String(withTag(r, '2'))).toBe('127.0.0.1:5000/ns/app:2');
    expect(String(withDigest(r, D2 as Digest))).toBe(`127.0.0.1:5000/ns/app@${D2}`);
    expect(String(repositoryOf(r))).toBe('127.0.0.1:5000/ns/app');
    expect(manifestId(r)).toBe(D);
    expect(manifestId(parseReference('a:b'))).toBe('b');
    expect(formatReference(parseReference('busybox'), 'full')).toBe('docker.io/library/busybox:latest');
    expect(String(makeReference('docker.io', 'alpine'))).toBe('alpine');
    expect(() => makeReference('r.io', 'a', 'bad tag')).toThrow('invalid tag "bad tag"');
    expect(Object.isFrozen(r)).toBe(true);
  });
});

describe('goReferenceError: distribution/reference\'s words for a refused value', () => {
  test.each([
    ['Bad:Ref', 'invalid reference format: repository name (library/Bad) must be lowercase'],
    ['${SQLX_IMAGE}', 'invalid reference format: repository name (library/${SQLX_IMAGE}) must be lowercase'],
    ['ghcr.io/Owner/Repo:Tag', 'invalid reference format: repository name (Owner/Repo) must be lowercase'],
    ['127.0.0.1:5000/Base/BusyBox:1', 'invalid reference format: repository name (Base/BusyBox) must be lowercase'],
    ['${image}', 'invalid reference format'],
    ['a..b', 'invalid reference format'],
    ['a'.repeat(64).replace(/a/g, 'f'), `invalid repository name (${'f'.repeat(64)}), cannot specify 64-byte hexadecimal strings`],
  ])('%s', (value, message) => {
    expect(goReferenceError(value)).toBe(message);
  });
});
