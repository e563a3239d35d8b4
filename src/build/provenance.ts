/**
 * SLSA provenance attestations, as BuildKit attaches them (`--provenance`, `--attest type=provenance`, the
 * action's `provenance` input): per platform, an in-toto statement (SLSA provenance v0.2) in an attestation
 * manifest that the image index lists beside the image, with platform unknown/unknown and the
 * `vnd.docker.reference.*` annotations that point it at its image. `docker buildx imagetools inspect` reads it.
 *
 * Pure but for the clock and names passed in. Build secrets never appear; build args only with mode=max, as
 * BuildKit (its docs: do not pass secrets as build args).
 */
import { digestHex, digestOf, type Digest } from '../oci/digest.js';
import { toBytes } from '../oci/manifest.js';
import { parseGoBool } from '../dockerfile/mounts.js';
import { MediaType } from '../oci/media-types.js';
import { formatPlatform } from '../oci/platform.js';
import type { Descriptor, ImageConfig, ImageManifest, Platform } from '../oci/types.js';
import { formatReference, makeReference, parseReference, type Reference } from '../registry/reference.js';

export interface ProvenanceOptions {
  mode: 'min' | 'max';
  /** `builder.id`: build-push-action sets the workflow run's URL. */
  builderId?: string;
  /** The source repository and revision (BuildKit's `vcs:source`, `vcs:revision`). */
  vcs?: { source: string; revision?: string };
}

export class ProvenanceSpecError extends Error {
  constructor(readonly value: string, detail: string) {
    super(`provenance "${value}": ${detail}`);
    this.name = 'ProvenanceSpecError';
  }
}

/**
 * A `--provenance` / `provenance` value: `true`, `false`, `mode=min|max`, `builder-id=URL`, comma-separated
 * (`disabled=true` turns it off). Undefined when off or empty. Booleans are Go's ParseBool words, as buildx reads them.
 */
export function parseProvenance(value: string): ProvenanceOptions | undefined {
  const v = value.trim();
  if (v === '' || parseGoBool(v) === false) return undefined;
  if (parseGoBool(v) === true) return { mode: 'min' };
  const out: ProvenanceOptions = { mode: 'min' };
  for (const field of v.split(',').map((f) => f.trim()).filter(Boolean)) {
    const eq = field.indexOf('=');
    // A bare boolean among the fields (`true,builder-id=...`), as buildx reads it.
    if (eq < 0 && parseGoBool(field) === true) continue;
    if (eq < 0 && parseGoBool(field) === false) return undefined;
    if (eq <= 0) throw new ProvenanceSpecError(value, `"${field}" is not key=value (true, false, mode=min|max, builder-id=URL)`);
    const key = field.slice(0, eq).toLowerCase();
    const val = field.slice(eq + 1);
    if (key === 'mode') {
      if (val !== 'min' && val !== 'max') throw new ProvenanceSpecError(value, `mode must be min or max, got "${val}"`);
      out.mode = val;
    } else if (key === 'builder-id') out.builderId = val;
    else if (key === 'disabled') {
      if (parseGoBool(val) === true) return undefined;
    } else if (key === 'type') {
      if (val !== 'provenance') throw new ProvenanceSpecError(value, `type=${val} is not provenance`);
    } else if (key === 'inline-only' || key === 'reproducible') {
      // BuildKit exporter details with no effect on what hoist writes.
    } else if (key === 'version') {
      if (val !== 'v0.2') throw new ProvenanceSpecError(value, `version ${val}: hoist writes SLSA provenance v0.2`);
    } else throw new ProvenanceSpecError(value, `unknown key "${key}" (mode, builder-id)`);
  }
  return out;
}

/** The `type=` of an `--attest` / `attests` line (`type=provenance,mode=max` -> `provenance`). */
export function attestType(spec: string): string | undefined {
  return /(?:^|,)\s*type=([^,]*)/.exec(spec)?.[1]?.trim();
}

/**
 * `pkg:docker/NAME@TAG?platform=os%2Farch`, the package URL BuildKit names images by: the familiar name (no
 * `docker.io/library/`), the tag as version, a digest without tag as a `digest=` qualifier.
 */
function purl(ref: Reference | string, platform?: Platform): string {
  let r: Reference;
  try {
    r = typeof ref === 'string' ? parseReference(ref, { defaultTag: null }) : ref;
  } catch {
    return `pkg:docker/${String(ref)}`;
  }
  const name = formatReference(makeReference(r.registry, r.repository));
  const qualifiers: string[] = [];
  if (r.digest && !r.tag) qualifiers.push(`digest=${encodeURIComponent(r.digest)}`);
  if (platform) qualifiers.push(`platform=${encodeURIComponent(formatPlatform(platform))}`);
  return `pkg:docker/${name}${r.tag ? `@${r.tag}` : ''}${qualifiers.length ? `?${qualifiers.join('&')}` : ''}`;
}

export interface ProvenanceInput {
  platform: Platform;
  /** The platform image's manifest digest: the statement's subject. */
  manifestDigest: Digest;
  /** The image's names (pushed or given to the outputs); none makes one nameless subject. */
  names: Reference[];
  /** Base images: the reference as written and the manifest digest it resolved to. */
  materials: Array<{ ref: string; digest: string }>;
  /** The Dockerfile's name (`configSource.entryPoint`). */
  dockerfile: string;
  target?: string;
  buildArgs: Record<string, string>;
  startedOn: number;
  finishedOn: number;
  invocationId: string;
}

/** The in-toto statement (SLSA provenance v0.2) for one platform's image. */
export function provenanceStatement(opts: ProvenanceOptions, p: ProvenanceInput): Record<string, unknown> {
  const digest = { sha256: digestHex(p.manifestDigest) };
  const subject = p.names.length ? p.names.map((n) => ({ name: purl(n, p.platform), digest })) : [{ name: '_', digest }];
  const args: Record<string, string> = {};
  if (opts.mode === 'max') for (const [k, v] of Object.entries(p.buildArgs).sort(([a], [b]) => (a < b ? -1 : 1))) args[`build-arg:${k}`] = v;
  if (p.target) args.target = p.target;
  const buildkitMeta: Record<string, unknown> = {};
  if (opts.vcs) buildkitMeta.vcs = { source: opts.vcs.source, ...(opts.vcs.revision ? { revision: opts.vcs.revision } : {}) };
  return {
    _type: 'https://in-toto.io/Statement/v0.1',
    predicateType: 'https://slsa.dev/provenance/v0.2',
    subject,
    predicate: {
      builder: { id: opts.builderId ?? '' },
      buildType: 'https://mobyproject.org/buildkit@v1',
      materials: p.materials.filter((m) => /^sha256:[0-9a-f]{64}$/.test(m.digest)).map((m) => ({ uri: purl(m.ref, p.platform), digest: { sha256: digestHex(m.digest as Digest) } })),
      invocation: {
        configSource: { entryPoint: p.dockerfile },
        parameters: { frontend: 'dockerfile.v0', ...(Object.keys(args).length ? { args } : {}), locals: [{ name: 'context' }, { name: 'dockerfile' }] },
        environment: { platform: formatPlatform(p.platform) },
      },
      metadata: {
        buildInvocationID: p.invocationId,
        buildStartedOn: new Date(p.startedOn).toISOString(),
        buildFinishedOn: new Date(p.finishedOn).toISOString(),
        completeness: { parameters: opts.mode === 'max', environment: true, materials: false },
        reproducible: false,
        'https://mobyproject.org/buildkit@v1#metadata': buildkitMeta,
      },
    },
  };
}

/** An attestation manifest: its in-toto layer, config, manifest, and the index entry that points it at its image. */
export interface AttestationManifest {
  layerBytes: Buffer;
  layer: Descriptor;
  configBytes: Buffer;
  configDigest: Digest;
  manifestBytes: Buffer;
  manifestDigest: Digest;
  /** The index entry: platform unknown/unknown, annotated with the image manifest it attests. */
  descriptor: Descriptor;
}

/** Wraps a statement as BuildKit does: one `application/vnd.in-toto+json` layer in an OCI manifest. */
export function attestationManifest(statement: Record<string, unknown>, imageManifestDigest: Digest): AttestationManifest {
  const layerBytes = Buffer.from(JSON.stringify(statement, null, 2));
  const layerDigest = digestOf(layerBytes);
  const layer: Descriptor = { mediaType: 'application/vnd.in-toto+json', digest: layerDigest, size: layerBytes.length, annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' } };
  const config: ImageConfig = { architecture: 'unknown', os: 'unknown', config: {}, rootfs: { type: 'layers', diff_ids: [layerDigest] } } as ImageConfig;
  const configBytes = toBytes(config);
  const configDigest = digestOf(configBytes);
  const manifest: ImageManifest = { schemaVersion: 2, mediaType: MediaType.ociManifest, config: { mediaType: MediaType.ociConfig, digest: configDigest, size: configBytes.length }, layers: [layer] };
  const manifestBytes = toBytes(manifest);
  const manifestDigest = digestOf(manifestBytes);
  return {
    layerBytes,
    layer,
    configBytes,
    configDigest,
    manifestBytes,
    manifestDigest,
    descriptor: {
      mediaType: MediaType.ociManifest,
      digest: manifestDigest,
      size: manifestBytes.length,
      annotations: { 'vnd.docker.reference.digest': imageManifestDigest, 'vnd.docker.reference.type': 'attestation-manifest' },
      platform: { architecture: 'unknown', os: 'unknown' },
    },
  };
}
