/** buildx's `--network` and `--add-host` values (src/build/run-options.ts). */
import { describe, expect, test } from '@jest/globals';
import { parseExtraHost, parseNetworkMode, parseShmSize, parseUlimit, RunOptionError } from '../../src/build/run-options.js';
import { prlimitArgs } from '../../src/sandbox/step.js';

describe('--network', () => {
  test.each([
    ['', 'default'],
    ['default', 'default'],
    ['host', 'host'],
    [' none ', 'none'],
  ])('%j is %s', (v, want) => expect(parseNetworkMode(v)).toBe(want));

  test.each(['bridge', 'container:x', 'Host'])('%j is refused as BuildKit refuses it', (v) => {
    expect(() => parseNetworkMode(v)).toThrow(RunOptionError);
    expect(() => parseNetworkMode(v)).toThrow(`network mode "${v}" not supported`);
  });
});

describe('--add-host', () => {
  test.each([
    ['db:10.0.0.5', { host: 'db', ip: '10.0.0.5' }],
    ['db=10.0.0.5', { host: 'db', ip: '10.0.0.5' }],
    ['v6:::1', { host: 'v6', ip: '::1' }],
    ['v6=::1', { host: 'v6', ip: '::1' }],
    ['v6:[2001:db8::1]', { host: 'v6', ip: '2001:db8::1' }],
    ['my.host.example:127.0.0.1', { host: 'my.host.example', ip: '127.0.0.1' }],
  ])('%j', (v, want) => expect(parseExtraHost(v)).toEqual(want));

  test.each([
    ['db', 'expected NAME:IP'],
    [':10.0.0.1', 'expected NAME:IP'],
    ['db:', '"" is not an IP address'],
    ['db:300.1.1.1', '"300.1.1.1" is not an IP address'],
    ['db:host-gateway', 'host-gateway is the Docker bridge\'s gateway'],
    ['a b:1.2.3.4', 'the name has spaces'],
  ])('%j is refused', (v, message) => {
    expect(() => parseExtraHost(v)).toThrow(RunOptionError);
    expect(() => parseExtraHost(v)).toThrow(message);
  });
});

describe('--shm-size (go-units RAMInBytes: binary units)', () => {
  test.each([
    ['1048576', 1048576],
    ['128m', 128 * 1024 ** 2],
    ['128M', 128 * 1024 ** 2],
    ['64MiB', 64 * 1024 ** 2],
    ['2 GB', 2 * 1024 ** 3],
    ['1.5g', 1.5 * 1024 ** 3],
    ['512k', 512 * 1024],
    ['10b', 10],
  ])('%j is %d bytes', (v, want) => expect(parseShmSize(v)).toBe(want));

  test.each(['', 'lots', '-1m', '1x', 'm'])('%j is refused', (v) => {
    expect(() => parseShmSize(v)).toThrow(`invalid shm size "${v}"`);
  });
});

describe('--ulimit (go-units ParseUlimit)', () => {
  test.each([
    ['nofile=1024', { name: 'nofile', soft: 1024, hard: 1024 }],
    ['nofile=512:1024', { name: 'nofile', soft: 512, hard: 1024 }],
    ['memlock=-1:-1', { name: 'memlock', soft: -1, hard: -1 }],
    ['nproc=100:-1', { name: 'nproc', soft: 100, hard: -1 }],
    ['nofile=+5', { name: 'nofile', soft: 5, hard: 5 }],
  ])('%j', (v, want) => expect(parseUlimit(v)).toEqual(want));

  test.each([
    ['nofile', 'expected NAME=SOFT[:HARD]'],
    ['files=1', 'invalid ulimit type "files"'],
    ['nofile=a', 'with integers'],
    ['nofile=1:2:3', 'with integers'],
    ['nofile=2048:1024', 'the soft limit must be less than or equal to the hard limit'],
    ['nofile=-1:1024', 'the soft limit must be less than or equal to the hard limit'],
    ['nofile=-2', '-2 is out of range (-1 for unlimited)'],
    ['nofile=99999999999999999999', 'is out of range'],
  ])('%j is refused', (v, message) => expect(() => parseUlimit(v)).toThrow(message));

  test('become prlimit options, -1 unlimited', () => {
    expect(prlimitArgs([parseUlimit('nofile=512:1024'), parseUlimit('memlock=-1')])).toEqual(['--nofile=512:1024', '--memlock=unlimited:unlimited']);
  });
});
