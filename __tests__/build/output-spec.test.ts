import { describe, expect, it } from '@jest/globals';
import { OutputSpecError, parseOutputSpec, platformDirName } from '../../src/build/output-spec.js';
import { parseOutputsInput } from '../../src/inputs.js';

const cwd = '/work/repo';

describe('--output values (hoist short forms and docker buildx --output)', () => {
  it('takes the image exporters\' annotation attributes as --annotation lines (BuildKit\'s annotation[-TYPE][[PLATFORM]].KEY)', () => {
    const spec = parseOutputSpec('type=image,name=r/a,push=true,annotation.a=1,annotation-index.b=2=3,annotation-manifest-descriptor[linux/arm64].c=4,"annotation-index-descriptor.d=x,y"', cwd);
    expect(spec).toMatchObject({ push: true, ignored: [], annotations: ['manifest:a=1', 'index:b=2=3', 'manifest-descriptor[linux/arm64]:c=4', 'index-descriptor:d=x,y'] });
    expect(parseOutputSpec('type=oci,dest=o.tar,annotation-manifest.k=v', cwd).annotations).toEqual(['manifest:k=v']);
    expect(() => parseOutputSpec('type=image,annotation-index=v', cwd)).toThrow('could not parse annotation annotation-index');
    // The filesystem exporters take none: unknown there, as BuildKit ignores them.
    expect(parseOutputSpec('type=local,dest=o,annotation.k=v', cwd)).toMatchObject({ unknown: ['annotation.k'] });
    expect(parseOutputSpec('type=local,dest=o,annotation.k=v', cwd).annotations).toBeUndefined();
  });

  it.each([
    ['oci:out', { kind: 'oci', dir: '/work/repo/out' }],
    ['docker:/tmp/img.tar', { kind: 'docker', file: '/tmp/img.tar' }],
    ['type=local,dest=dist', { kind: 'local', dir: '/work/repo/dist' }],
    ['dist', { kind: 'local', dir: '/work/repo/dist' }],
    ['./a/b', { kind: 'local', dir: '/work/repo/a/b' }],
    ['type=tar,dest=fs.tar', { kind: 'tar', file: '/work/repo/fs.tar' }],
    ['type=oci,dest=image.tar', { kind: 'oci-tar', file: '/work/repo/image.tar' }],
    ['type=oci,dest=layout,tar=false', { kind: 'oci', dir: '/work/repo/layout' }],
    ['type=oci,tar=true,dest=i.tar', { kind: 'oci-tar', file: '/work/repo/i.tar' }],
    ['type=docker,dest=/abs/img.tar', { kind: 'docker', file: '/abs/img.tar' }],
    ['type=docker', { kind: 'load' }],
    // Keys are case-insensitive and trimmed; a repeated key's last value wins (as buildx).
    [' TYPE=local, dest=x', { kind: 'local', dir: '/work/repo/x' }],
    ['type=local,dest=x,dest=y', { kind: 'local', dir: '/work/repo/y' }],
    // One field not starting with type= is a directory, '=' and all.
    ['out=x', { kind: 'local', dir: '/work/repo/out=x' }],
  ])('%s', (value, output) => {
    const spec = parseOutputSpec(value, cwd);
    expect(spec.output).toEqual(output);
    expect(spec.push).toBe(false);
  });

  it('registry and image outputs push, with names from name= (quoted lists too)', () => {
    expect(parseOutputSpec('type=registry', cwd)).toEqual({ push: true, names: [], ignored: [] });
    expect(parseOutputSpec('type=registry,name=127.0.0.1:5000/a:1', cwd)).toEqual({ push: true, names: ['127.0.0.1:5000/a:1'], ignored: [] });
    expect(parseOutputSpec('type=image,"name=r/a:1,r/a:2",push=true', cwd)).toEqual({ push: true, names: ['r/a:1', 'r/a:2'], ignored: [] });
    expect(parseOutputSpec('type=registry,push=false', cwd).push).toBe(false);
    expect(parseOutputSpec('type=image,name=r/a:1', cwd)).toEqual({ push: false, names: ['r/a:1'], ignored: [] });
    expect(parseOutputSpec('type=image,push=false', cwd).push).toBe(false);
    expect(parseOutputSpec('type=cacheonly', cwd)).toEqual({ push: false, names: [], ignored: [] });
  });

  it('accepts the image exporters\' format attributes, reporting them as ignored', () => {
    const spec = parseOutputSpec('type=registry,compression=zstd,oci-mediatypes=true', cwd);
    expect(spec.push).toBe(true);
    expect(spec.ignored).toEqual(['compression', 'oci-mediatypes']);
    expect(parseOutputSpec('type=local,dest=o,platform-split=false', cwd).ignored).toEqual(['platform-split']);
    // An attribute no exporter of the type takes is ignored too, as BuildKit ignores it (buildx exits 0).
    expect(parseOutputSpec('type=local,dest=o,mode=fast,foo=bar', cwd)).toMatchObject({ ignored: [], unknown: ['mode', 'foo'] });
  });

  it.each([
    ['', 'empty value'],
    ['oci:', 'oci:DIR needs a directory'],
    ['type=local', 'type=local needs dest='],
    ['type=tar,dest=', 'type=tar needs dest='],
    ['-', 'stdout is not supported'],
    ['type=tar,dest=-', 'dest=- (stdout) is not supported'],
    ['type=docker,dest=a.tar,tar=false', 'always a tarball'],
    ['type=oci,dest=a,tar=maybe', 'tar must be true or false, got "maybe"'],
    ['type=s3,dest=x', 'unknown type "s3"'],
    ['dest=x,tar=true', 'type= is missing'],
    ['type=local,"dest=x', 'extraneous or missing " in quoted-field'],
    ['type=local,dest=x"y', 'bare " in non-quoted-field'],
    ['type=local,dest=x,oops', '"oops" is not key=value'],
  ])('rejects %j: %s', (value, message) => {
    let err: unknown;
    try {
      parseOutputSpec(value, cwd);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OutputSpecError);
    expect((err as Error).message).toContain(`--output "${value}"`);
    expect((err as Error).message).toContain(message);
  });

  it('reads quoted fields as Go encoding/csv does for buildx', () => {
    expect(parseOutputSpec('type=local,"dest=a,b"', cwd).output).toEqual({ kind: 'local', dir: '/work/repo/a,b' });
    expect(parseOutputSpec('type=local,"dest=say ""hi"""', cwd).output).toEqual({ kind: 'local', dir: '/work/repo/say "hi"' });
  });

  it('names platform directories as BuildKit splits them', () => {
    expect(platformDirName({ os: 'linux', architecture: 'amd64' })).toBe('linux_amd64');
    expect(platformDirName({ os: 'linux', architecture: 'arm64', variant: 'v8' })).toBe('linux_arm64');
    expect(platformDirName({ os: 'linux', architecture: 'arm', variant: 'v7' })).toBe('linux_arm_v7');
  });
});

describe('the action\'s outputs input', () => {
  it('takes one output per line, relative to the workspace, and turns pushing on for type=registry', () => {
    const r = parseOutputsInput('type=local,dest=artifacts\n# a comment\n\ntype=oci,dest=/tmp/i.tar\ntype=registry,compression=zstd\n', '/ws');
    expect(r.outputs).toEqual([
      { kind: 'local', dir: '/ws/artifacts' },
      { kind: 'oci-tar', file: '/tmp/i.tar' },
    ]);
    expect(r.push).toBe(true);
    expect(r.notices).toEqual(['outputs line 5: compression ignored']);
  });

  it('names the line of a bad value; takes name= of pushing outputs only (a file output is named by the tags)', () => {
    expect(() => parseOutputsInput('type=local,dest=a\ntype=tar', '/ws')).toThrow('outputs line 2: "type=tar": type=tar needs dest=');
    expect(() => parseOutputsInput('type=oci,dest=i.tar,name=x/y:1', '/ws')).toThrow(/outputs line 1: name= is taken for pushing outputs only/);
    expect(() => parseOutputsInput('type=image,name=x/y:1:2,push=true', '/ws')).toThrow(/outputs line 1: name "x\/y:1:2"/);
    expect(parseOutputsInput('type=image,name=x/y:1,push=true', '/ws').names.map((n) => [String(n.ref), n.where])).toEqual([["x/y:1", "outputs line 1"]]);
  });

  it("push-by-digest=true (Docker's multi-platform matrix legs): a push by digest, name-canonical ignored", () => {
    const spec = parseOutputSpec('type=image,name=ghcr.io/o/app,push-by-digest=true,name-canonical=true,push=true', cwd);
    expect(spec).toEqual({ push: true, pushByDigest: true, names: ['ghcr.io/o/app'], ignored: ['name-canonical'] });
    expect(parseOutputSpec('type=registry,push-by-digest=false', cwd)).toEqual({ push: true, names: [], ignored: [] });
    expect(() => parseOutputSpec('type=registry,push-by-digest=maybe', cwd)).toThrow('push-by-digest must be true or false, got "maybe"');
    const input = parseOutputsInput('type=image,"name=ghcr.io/o/app",push-by-digest=true,name-canonical=true,push=true', '/ws');
    expect(input).toMatchObject({ push: true, pushByDigest: true, notices: ['outputs line 1: name-canonical ignored'] });
  });
});
