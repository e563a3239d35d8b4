import { describe, expect, it } from '@jest/globals';
import { hostnameFile, hostsFile, resolvConf } from '../../src/sandbox/etc-files.js';

describe('generated /etc files', () => {
  it('hosts as BuildKit writes it, extra hosts appended', () => {
    expect(hostsFile('buildkitsandbox')).toBe('127.0.0.1\tlocalhost buildkitsandbox\n::1\tlocalhost ip6-localhost ip6-loopback\n');
    expect(hostsFile('h', [{ host: 'db', ip: '10.0.0.2' }])).toMatch(/\n10\.0\.0\.2\tdb\n$/);
    expect(hostnameFile('h')).toBe('h\n');
  });

  it('resolv.conf: kept with the host network, loopback resolvers dropped otherwise', () => {
    const host = 'nameserver 127.0.0.53\nnameserver 192.168.1.1\nsearch lan\n';
    expect(resolvConf(host, true)).toBe(host);
    expect(resolvConf(host, false)).toBe('nameserver 192.168.1.1\nsearch lan\n');
    expect(resolvConf('nameserver 127.0.0.53\noptions edns0\n', false)).toBe('options edns0\nnameserver 8.8.8.8\nnameserver 8.8.4.4\n');
    expect(resolvConf(undefined, true)).toBe('nameserver 8.8.8.8\nnameserver 8.8.4.4\n');
  });
});
