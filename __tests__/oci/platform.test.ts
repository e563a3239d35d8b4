import { describe, expect, test } from '@jest/globals';
import { formatPlatform, parsePlatform, platformMatches, selectPlatform } from '../../src/oci/platform.js';

describe('platform', () => {
  test.each([
    ['linux/amd64', 'linux/amd64'],
    ['linux/x86_64', 'linux/amd64'],
    ['linux/arm64/v8', 'linux/arm64'],
    ['linux/aarch64', 'linux/arm64'],
    ['linux/arm', 'linux/arm/v7'],
    ['linux/arm/v6', 'linux/arm/v6'],
    ['Linux/AMD64', 'linux/amd64'],
  ])('parse %s -> %s', (input, out) => {
    expect(formatPlatform(parsePlatform(input))).toBe(out);
  });

  test.each(['linux', 'linux/', '/amd64', 'a/b/c/d', 'linux/am d64'])('rejects %s', (input) => {
    expect(() => parsePlatform(input)).toThrow(`invalid platform "${input}"`);
  });

  test('matching and selection from an index', () => {
    const entries = [
      { id: 'amd64', platform: { os: 'linux', architecture: 'amd64' } },
      { id: 'v6', platform: { os: 'linux', architecture: 'arm', variant: 'v6' } },
      { id: 'arm64', platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
      { id: 'none' },
    ];
    expect(selectPlatform(entries, parsePlatform('linux/amd64'))?.id).toBe('amd64');
    expect(selectPlatform(entries, parsePlatform('linux/arm64'))?.id).toBe('arm64');
    expect(selectPlatform(entries, parsePlatform('linux/arm/v7'))?.id).toBe('v6');
    expect(selectPlatform(entries, parsePlatform('linux/arm/v6'))?.id).toBe('v6');
    expect(selectPlatform(entries, parsePlatform('linux/s390x'))).toBeUndefined();
    expect(platformMatches({ os: 'linux', architecture: 'arm', variant: 'v7' }, { os: 'linux', architecture: 'arm' })).toBe(true);
  });
});
