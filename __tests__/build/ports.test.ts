import { describe, expect, test } from '@jest/globals';
import { parsePortSpec } from '../../src/build/ports.js';

describe('EXPOSE port specs', () => {
  test('the proto is the part after the first slash only, as docker build reads it (nat.SplitProtoPort)', () => {
    expect(parsePortSpec('80/tcp/udp')).toEqual(['80/tcp']);
    expect(parsePortSpec('81/')).toEqual(['81/tcp']);
    expect(parsePortSpec('82/udp/x')).toEqual(['82/udp']);
    expect(parsePortSpec('90-91/UDP/')).toEqual(['90/udp', '91/udp']);
    expect(() => parsePortSpec('80/foo/udp')).toThrow('Invalid proto: foo');
    expect(() => parsePortSpec('/tcp')).toThrow('no port specified: /tcp<empty>');
  });
});
