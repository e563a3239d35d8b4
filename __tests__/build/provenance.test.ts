import { describe, expect, it } from '@jest/globals';
import { attestationManifest, parseProvenance, provenanceStatement } from '../../src/build/provenance.js';
import { digestOf, type Digest } from '../../src/oci/digest.js';
import { parseReference } from '../../src/registry/reference.js';

describe('parseProvenance (buildx --provenance / --attest type=provenance values)', () => {
  it('reads true, false, mode, builder-id and disabled', () => {
    expect(parseProvenance('')).toBeUndefined();
    expect(parseProvenance('false')).toBeUndefined();
    expect(parseProvenance('true')).toEqual({ mode: 'min' });
    expect(parseProvenance('mode=max')).toEqual({ mode: 'max' });
    expect(parseProvenance('mode=min,builder-id=https://ci.example/run/1')).toEqual({ mode: 'min', builderId: 'https://ci.example/run/1' });
    expect(parseProvenance('mode=max,disabled=true')).toBeUndefined();
    expect(parseProvenance('true,builder-id=https://ci.example/1')).toEqual({ mode: 'min', builderId: 'https://ci.example/1' });
    expect(parseProvenance('false,mode=max')).toBeUndefined();
    expect(parseProvenance('mode=max,inline-only=true')).toEqual({ mode: 'max' });
    expect(() => parseProvenance('mode=full')).toThrow('provenance "mode=full": mode must be min or max, got "full"');
    expect(() => parseProvenance('nonsense')).toThrow('"nonsense" is not key=value');
    expect(() => parseProvenance('version=v1')).toThrow('hoist writes SLSA provenance v0.2');
  });
});

describe('provenanceStatement and attestationManifest (BuildKit attestation layout)', () => {
  const manifestDigest = digestOf(Buffer.from('image manifest')) as Digest;
  const base = digestOf(Buffer.from('base manifest'));
  const input = {
    platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
    manifestDigest,
    names: [parseReference('ghcr.io/acme/app:1.2'), parseReference('acme/app:latest')],
    materials: [{ ref: '127.0.0.1:5000/base/busybox:1', digest: base }],
    dockerfile: 'Dockerfile',
    target: 'final',
    buildArgs: { B: '2', A: '1' },
    startedOn: Date.UTC(2026, 0, 2, 3, 4, 5),
    finishedOn: Date.UTC(2026, 0, 2, 3, 4, 9),
    invocationId: 'abc',
  };

  it('names the image by purl per name, its base images as materials; build args only with mode=max', () => {
    const min = provenanceStatement({ mode: 'min', builderId: 'https://github.com/acme/app/actions/runs/1', vcs: { source: 'https://github.com/acme/app', revision: 'f'.repeat(40) } }, input) as any;
    expect(min._type).toBe('https://in-toto.io/Statement/v0.1');
    expect(min.predicateType).toBe('https://slsa.dev/provenance/v0.2');
    expect(min.subject).toEqual([
      { name: 'pkg:docker/ghcr.io/acme/app@1.2?platform=linux%2Farm64%2Fv8', digest: { sha256: manifestDigest.slice(7) } },
      { name: 'pkg:docker/acme/app@latest?platform=linux%2Farm64%2Fv8', digest: { sha256: manifestDigest.slice(7) } },
    ]);
    expect(min.predicate.builder).toEqual({ id: 'https://github.com/acme/app/actions/runs/1' });
    expect(min.predicate.buildType).toBe('https://mobyproject.org/buildkit@v1');
    expect(min.predicate.materials).toEqual([{ uri: 'pkg:docker/127.0.0.1:5000/base/busybox@1?platform=linux%2Farm64%2Fv8', digest: { sha256: base.slice(7) } }]);
    expect(min.predicate.invocation.parameters).toEqual({ frontend: 'dockerfile.v0', args: { target: 'final' }, locals: [{ name: 'context' }, { name: 'dockerfile' }] });
    expect(min.predicate.invocation.environment).toEqual({ platform: 'linux/arm64/v8' });
    expect(min.predicate.metadata).toMatchObject({ buildStartedOn: '2026-01-02T03:04:05.000Z', buildFinishedOn: '2026-01-02T03:04:09.000Z', reproducible: false, 'https://mobyproject.org/buildkit@v1#metadata': { vcs: { source: 'https://github.com/acme/app', revision: 'f'.repeat(40) } } });
    const max = provenanceStatement({ mode: 'max' }, input) as any;
    expect(max.predicate.invocation.parameters.args).toEqual({ 'build-arg:A': '1', 'build-arg:B': '2', target: 'final' });
    expect(max.predicate.metadata.completeness).toEqual({ parameters: true, environment: true, materials: false });
  });

  it('wraps the statement in an OCI manifest the index lists as unknown/unknown, pointing at the image', () => {
    const a = attestationManifest(provenanceStatement({ mode: 'min' }, input), manifestDigest);
    expect(a.layer).toEqual({ mediaType: 'application/vnd.in-toto+json', digest: digestOf(a.layerBytes), size: a.layerBytes.length, annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' } });
    expect(JSON.parse(a.configBytes.toString())).toEqual({ architecture: 'unknown', os: 'unknown', config: {}, rootfs: { type: 'layers', diff_ids: [a.layer.digest] } });
    const m = JSON.parse(a.manifestBytes.toString());
    expect(m).toEqual({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: a.configDigest, size: a.configBytes.length }, layers: [a.layer] });
    expect(a.descriptor).toEqual({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: digestOf(a.manifestBytes),
      size: a.manifestBytes.length,
      annotations: { 'vnd.docker.reference.digest': manifestDigest, 'vnd.docker.reference.type': 'attestation-manifest' },
      platform: { architecture: 'unknown', os: 'unknown' },
    });
  });
});
