import { describe, expect, test } from '@jest/globals';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { parseJSONArray } from '../../src/dockerfile/line-parsers.js';
import { parsePlatformSpecifier } from '../../src/oci/platform.js';

const parse = (text: string) => parseDockerfile(text, { file: 'Dockerfile' });

/** Front-end behaviours found by the second conformance probe (__tests__/conformance/probe-frontend2.test.ts). */
describe('front-end details checked against BuildKit', () => {
  test('a JSON array followed by other text is the exec form (Go json.Decoder reads the first value)', () => {
    expect(parseJSONArray('["a", "b"] trailing words')).toEqual(['a', 'b']);
    expect(parseJSONArray('["x"]]')).toEqual(['x']);
    expect(parseJSONArray(' ["a]", "\\"]"] # c')).toEqual(['a]', '"]']);
    expect(parseJSONArray('["a",] x')).toBeUndefined();
    expect(parseJSONArray('["a"')).toBeUndefined();
    expect(() => parseJSONArray('[["a"]] x')).toThrow('arrays must be comprised of strings only');
    const df = parse('FROM scratch\nSHELL ["/bin/sh", "-c"] # not a comment\nCMD ["a"] b\n');
    expect(df.stages[0].instructions.map((i) => ('args' in i ? i.args : undefined))).toEqual([['/bin/sh', '-c'], ['a']]);
  });

  test('HEALTHCHECK --retries beyond 32 bits is out of range, not a syntax error', () => {
    expect(() => parse('FROM scratch\nHEALTHCHECK --retries=99999999999 CMD true\n')).toThrow('Dockerfile:2: strconv.ParseInt: parsing "99999999999": value out of range');
    expect(() => parse('FROM scratch\nHEALTHCHECK --retries=1x CMD true\n')).toThrow('strconv.ParseInt: parsing "1x": invalid syntax');
  });

  test('an ONBUILD trigger is only checked for its keyword where it is defined', () => {
    const df = parse('FROM scratch\nONBUILD COPY --foo a /b\nONBUILD FOO bar\nONBUILD COPY a\nONBUILD ENV\n');
    expect(df.stages[0].instructions.map((i) => (i.kind === 'ONBUILD' ? [i.expression, i.trigger?.kind] : undefined))).toEqual([
      ['COPY --foo a /b', undefined],
      ['FOO bar', undefined],
      ['COPY a', undefined],
      ['ENV', undefined],
    ]);
    expect(() => parse('FROM scratch\nONBUILD FROM scratch\n')).toThrow("FROM isn't allowed as an ONBUILD trigger");
    expect(() => parse('FROM scratch\nONBUILD ONBUILD RUN x\n')).toThrow('Chaining ONBUILD');
  });

  test('FROM --platform specifiers are parsed as containerd does', () => {
    const host = { os: 'linux', architecture: 'arm64' };
    expect(parsePlatformSpecifier('linux', host)).toEqual({ os: 'linux', architecture: 'arm64' });
    expect(parsePlatformSpecifier('Windows', host)).toEqual({ os: 'windows', architecture: 'arm64' });
    expect(parsePlatformSpecifier('x86_64', host)).toEqual({ os: 'linux', architecture: 'amd64' });
    expect(parsePlatformSpecifier('LINUX/ARM/V7', host)).toEqual({ os: 'linux', architecture: 'arm', variant: 'v7' });
    expect(() => parsePlatformSpecifier('foo', host)).toThrow('"foo": unknown operating system or architecture: invalid argument');
    expect(() => parsePlatformSpecifier('a/b/c/d', host)).toThrow('"a/b/c/d": cannot parse platform specifier: invalid argument');
    expect(() => parsePlatformSpecifier('linux/amd64.1', host)).toThrow('"amd64.1" is an invalid component of "linux/amd64.1"');
    expect(() => parsePlatformSpecifier('linux/*', host)).toThrow('wildcards not yet supported');
    // The first component is os[(version)], with Engine 26's (containerd/platforms 0.2) message.
    expect(() => parsePlatformSpecifier('', host)).toThrow('"" is an invalid OS component of "": OSAndVersion specifier component must match "^([A-Za-z0-9_-]+)(?:\\\\(([A-Za-z0-9_.-]*)\\\\))?$": invalid argument');
    expect(() => parsePlatformSpecifier('linux/', host)).toThrow('"" is an invalid component of "linux/": platform specifier component must match "^[A-Za-z0-9_-]+$": invalid argument');
    expect(parsePlatformSpecifier('windows(10.0.17763)/amd64', host)).toEqual({ os: 'windows', architecture: 'amd64', 'os.version': '10.0.17763' });
  });
});
