import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { describe, expect, test } from '@jest/globals';
import { chainId, digestOf, isDigest, parseDigest, VerifyingStream, type Digest } from '../../src/oci/digest.js';

const EMPTY_SHA256 = 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('digest', () => {
  test.each([
    [EMPTY_SHA256, true],
    [`sha512:${'a'.repeat(128)}`, true],
    ['sha256:E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855', false],
    ['sha256:abc', false],
    ['md5:d41d8cd98f00b204e9800998ecf8427e', false],
    ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', false],
    [`sha512:${'a'.repeat(64)}`, false],
    ['', false],
  ])('isDigest(%s) = %s', (input, ok) => {
    expect(isDigest(input)).toBe(ok);
  });

  test('errors quote the input', () => {
    expect(() => parseDigest('sha1:00')).toThrow('invalid digest "sha1:00"');
  });

  test('digestOf and chainId', () => {
    expect(digestOf('')).toBe(EMPTY_SHA256);
    const a = digestOf('a');
    const b = digestOf('b');
    expect(chainId([a])).toBe(a);
    expect(chainId([a, b])).toBe(digestOf(`${a} ${b}`));
    expect(chainId([])).toBeUndefined();
  });

  test('VerifyingStream rejects wrong content and wrong size', async () => {
    const sink = () => new Writable({ write: (_c, _e, cb) => cb() });
    await expect(pipeline(Readable.from([Buffer.from('hello')]), new VerifyingStream(digestOf('hello'), 5), sink())).resolves.toBeUndefined();
    await expect(pipeline(Readable.from([Buffer.from('hellO')]), new VerifyingStream(digestOf('hello') as Digest), sink())).rejects.toThrow('content digest is');
    await expect(pipeline(Readable.from([Buffer.from('hello')]), new VerifyingStream(digestOf('hello'), 4), sink())).rejects.toThrow('more than the expected 4 bytes');
  });
});
