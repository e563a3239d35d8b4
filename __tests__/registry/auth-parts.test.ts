import { describe, expect, test } from '@jest/globals';
import { normalizeScopes, parseChallenges, pickChallenge, scopesCover } from '../../src/registry/challenge.js';
import { RegistryError, errorFromResponse, parseErrorBody, redact } from '../../src/registry/errors.js';
import { isLoopbackHost } from '../../src/registry/http.js';
import { DEFAULT_RETRY, isRetryable, parseRetryAfter, retryDelayMs, withRetry } from '../../src/registry/retry.js';
import { appendQuery, chunksOf } from '../../src/registry/upload.js';
import { Readable } from 'node:stream';

describe('WWW-Authenticate', () => {
  test.each([
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:samalba/my-app:pull,push"',
      [{ scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:samalba/my-app:pull,push' } }],
    ],
    ['Basic realm="Registry Realm"', [{ scheme: 'basic', params: { realm: 'Registry Realm' } }]],
    ['basic realm=hoist', [{ scheme: 'basic', params: { realm: 'hoist' } }]],
    [
      'Basic realm="a", Bearer realm="https://x/t", service="s"',
      [
        { scheme: 'basic', params: { realm: 'a' } },
        { scheme: 'bearer', params: { realm: 'https://x/t', service: 's' } },
      ],
    ],
    ['Bearer realm="a\\"b",error="insufficient_scope"', [{ scheme: 'bearer', params: { realm: 'a"b', error: 'insufficient_scope' } }]],
    ['Negotiate abc==, Basic realm="r"', [{ scheme: 'negotiate', params: {} }, { scheme: 'basic', params: { realm: 'r' } }]],
    ['Bearer  realm = "r" , scope="repository:a:pull repository:b:pull"', [{ scheme: 'bearer', params: { realm: 'r', scope: 'repository:a:pull repository:b:pull' } }]],
    ['', []],
  ])('%s', (header, want) => {
    expect(parseChallenges(header)).toEqual(want);
  });

  test('several headers; Bearer preferred', () => {
    const c = parseChallenges(['Basic realm="x"', 'Bearer realm="y"']);
    expect(pickChallenge(c)?.scheme).toBe('bearer');
    expect(pickChallenge(parseChallenges('Digest realm="x"'))).toBeUndefined();
  });
});

describe('scopes', () => {
  test('normalised per resource, sorted', () => {
    expect(normalizeScopes(['repository:b:push', 'repository:a:pull', 'repository:b:pull'])).toEqual(['repository:a:pull', 'repository:b:pull,push']);
    expect(normalizeScopes(['repository:a:pull repository:c:pull'])).toEqual(['repository:a:pull', 'repository:c:pull']);
  });
  test('cover', () => {
    expect(scopesCover(['repository:a:pull,push'], ['repository:a:pull'])).toBe(true);
    expect(scopesCover(['repository:a:pull'], ['repository:a:pull,push'])).toBe(false);
    expect(scopesCover(['repository:a:*'], ['repository:a:push'])).toBe(true);
    expect(scopesCover(['repository:a:pull'], ['repository:b:pull'])).toBe(false);
    expect(scopesCover([], [])).toBe(true);
  });
});

describe('retry policy', () => {
  test('Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('7', 0)).toBe(7000);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:10 GMT', 4000)).toBe(6000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
  });
  test('delays double to the cap; Retry-After wins up to its bound', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((a) => retryDelayMs(DEFAULT_RETRY, a))).toEqual([200, 400, 800, 1600, 3200, 5000, 5000]);
    expect(retryDelayMs(DEFAULT_RETRY, 1, 3000)).toBe(3000);
    expect(retryDelayMs(DEFAULT_RETRY, 1, 10 * 60000)).toBe(60000);
  });
  test('what is retryable', () => {
    const err = (status: number, retryAfterMs?: number) => new RegistryError({ operation: 'op', reference: 'r', message: 'm', status, temporary: status >= 500, retryAfterMs });
    expect(isRetryable(DEFAULT_RETRY, err(503))).toBe(true);
    expect(isRetryable(DEFAULT_RETRY, err(429, 1000))).toBe(true);
    expect(isRetryable(DEFAULT_RETRY, err(429, 3600_000))).toBe(false);
    expect(isRetryable(DEFAULT_RETRY, err(404))).toBe(false);
    expect(isRetryable(DEFAULT_RETRY, err(401))).toBe(false);
    expect(isRetryable(DEFAULT_RETRY, Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isRetryable(DEFAULT_RETRY, new Error('x', { cause: Object.assign(new Error('y'), { code: 'UND_ERR_SOCKET' }) }))).toBe(true);
    expect(isRetryable(DEFAULT_RETRY, new Error('plain'))).toBe(false);
  });
  test('withRetry stops after the attempts', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    await expect(
      withRetry(DEFAULT_RETRY, async (ms) => void sleeps.push(ms), async () => {
        calls++;
        throw Object.assign(new Error('reset'), { code: 'ECONNRESET' });
      }),
    ).rejects.toThrow('reset');
    expect(calls).toBe(4);
    expect(sleeps).toEqual([200, 400, 800]);
  });
});

describe('errors', () => {
  test('distribution error bodies', () => {
    expect(parseErrorBody('{"errors":[{"code":"MANIFEST_BLOB_UNKNOWN","message":"blob unknown to registry","detail":"sha256:x"}]}')).toEqual([
      { code: 'MANIFEST_BLOB_UNKNOWN', message: 'blob unknown to registry', detail: 'sha256:x' },
    ]);
    expect(parseErrorBody('<html>')).toEqual([]);
    const e = errorFromResponse({ status: 400, body: '{"errors":[{"code":"MANIFEST_INVALID","message":"bad"}]}', operation: 'put manifest', reference: 'r.io/a:1', temporary: false });
    expect(e.message).toBe('put manifest r.io/a:1: 400 MANIFEST_INVALID: bad');
    expect(e.code).toBe('MANIFEST_INVALID');
  });
  test('secrets are redacted', () => {
    expect(redact('PUT /v2/a/blobs/uploads/x?_state=SECRET&digest=sha256:1')).toBe('PUT /v2/a/blobs/uploads/x?_state=[redacted]&digest=sha256:1');
    expect(redact('Authorization: Bearer abc.def')).toBe('Authorization: Bearer [redacted]');
    expect(redact('https://user:pw@host/x')).toBe('https://user:[redacted]@host/x');
    expect(redact('token eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.sig')).toBe('token [redacted-jwt]');
  });
});

describe('small helpers', () => {
  test('appendQuery keeps the existing query bytes', () => {
    expect(appendQuery(new URL('http://h/v2/a/blobs/uploads/u?_state=a%2Bb%3D%3D'), 'digest', 'sha256:ab').toString()).toBe('http://h/v2/a/blobs/uploads/u?_state=a%2Bb%3D%3D&digest=sha256%3Aab');
    expect(appendQuery(new URL('http://h/u'), 'digest', 'sha256:ab').search).toBe('?digest=sha256%3Aab');
  });
  test('chunksOf cuts exact sizes', async () => {
    const out: number[] = [];
    for await (const c of chunksOf(Readable.from([Buffer.alloc(5), Buffer.alloc(7), Buffer.alloc(1)]), 4)) out.push(c.length);
    expect(out).toEqual([4, 4, 4, 1]);
  });
  test('loopback hosts', () => {
    expect(['localhost', 'localhost:5000', '127.0.0.1:5000', '127.1.2.3', '[::1]:5000', '::1'].every(isLoopbackHost)).toBe(true);
    expect(['10.0.0.1:5000', 'ghcr.io', '[2001:db8::1]:5000', '128.0.0.1'].some(isLoopbackHost)).toBe(false);
  });
});
