import { digestOf, parseDigest, type Digest } from './digest.js';
import { MediaType, familyOf, isIndexMediaType, isManifestMediaType, mediaTypesFor, type MediaFamily } from './media-types.js';
import type { Descriptor, ImageIndex, ImageManifest } from './types.js';

/** A manifest or index as read from bytes, with the bytes and their digest kept exactly. */
export type ParsedManifest =
  | { kind: 'index'; mediaType: string; index: ImageIndex; bytes: Buffer; digest: Digest }
  | { kind: 'manifest'; mediaType: string; manifest: ImageManifest; bytes: Buffer; digest: Digest };

/** Error for a manifest that is malformed or mixes media-type families. */
export class InvalidManifestError extends Error {
  constructor(readonly what: string, reason: string) {
    super(`invalid manifest ${what}: ${reason}`);
    this.name = 'InvalidManifestError';
  }
}

function checkDescriptor(d: unknown, what: string, field: string): Descriptor {
  const desc = d as Descriptor;
  if (!desc || typeof desc !== 'object') throw new InvalidManifestError(what, `${field} is not a descriptor`);
  if (typeof desc.mediaType !== 'string') throw new InvalidManifestError(what, `${field}.mediaType is missing`);
  if (typeof desc.size !== 'number' || !Number.isSafeInteger(desc.size) || desc.size < 0) {
    throw new InvalidManifestError(what, `${field}.size is not a non-negative integer`);
  }
  try {
    parseDigest(String(desc.digest));
  } catch (e) {
    throw new InvalidManifestError(what, `${field}.digest: ${(e as Error).message}`);
  }
  return desc;
}

/**
 * Parses manifest bytes. The media type comes from the document's `mediaType` field, falling back to the
 * Content-Type the registry sent. `what` names the reference in errors.
 */
export function parseManifest(bytes: Buffer, contentType: string | undefined, what: string): ParsedManifest {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new InvalidManifestError(what, `not JSON (${(e as Error).message})`);
  }
  if (!doc || typeof doc !== 'object') throw new InvalidManifestError(what, 'not a JSON object');
  const ct = contentType?.split(';')[0].trim();
  let mediaType = typeof doc.mediaType === 'string' ? doc.mediaType : ct ?? '';
  if (!mediaType || mediaType === 'application/json') {
    mediaType = Array.isArray(doc.manifests) ? MediaType.ociIndex : MediaType.ociManifest;
  }
  if (doc.schemaVersion !== 2) {
    throw new InvalidManifestError(what, `schemaVersion ${String(doc.schemaVersion)} is not supported (schema 1 manifests are obsolete)`);
  }
  const digest = digestOf(bytes);
  if (isIndexMediaType(mediaType)) {
    if (!Array.isArray(doc.manifests)) throw new InvalidManifestError(what, 'index without manifests');
    doc.manifests.forEach((m, i) => checkDescriptor(m, what, `manifests[${i}]`));
    return { kind: 'index', mediaType, index: doc as unknown as ImageIndex, bytes, digest };
  }
  if (isManifestMediaType(mediaType)) {
    checkDescriptor(doc.config, what, 'config');
    // BuildKit writes an image with no layers (FROM scratch and only config) as `"layers": null`, Go's nil slice.
    if (doc.layers === null) doc.layers = [];
    if (!Array.isArray(doc.layers)) throw new InvalidManifestError(what, 'manifest without layers');
    doc.layers.forEach((l, i) => checkDescriptor(l, what, `layers[${i}]`));
    return { kind: 'manifest', mediaType, manifest: doc as unknown as ImageManifest, bytes, digest };
  }
  throw new InvalidManifestError(what, `unsupported media type "${mediaType}"`);
}

/** Checks that a manifest's config and layers all belong to its own family (OCI or Docker). */
export function assertOneFamily(m: ImageManifest, what: string): MediaFamily {
  const family = familyOf(m.mediaType);
  if (!family) throw new InvalidManifestError(what, `unknown manifest media type ${m.mediaType}`);
  for (const d of [m.config, ...m.layers]) {
    const f = familyOf(d.mediaType);
    if (f && f !== family) {
      throw new InvalidManifestError(what, `${family} manifest names a ${f} blob (${d.mediaType}); families must not be mixed`);
    }
  }
  return family;
}

/** Builds an image manifest of one family. Layer media types must already be of that family. */
export function buildManifest(
  family: MediaFamily,
  config: Omit<Descriptor, 'mediaType'>,
  layers: Descriptor[],
  annotations?: Record<string, string>,
): ImageManifest {
  const types = mediaTypesFor(family);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: types.manifest,
    config: { mediaType: types.config, digest: config.digest, size: config.size },
    layers: layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size, ...(l.annotations ? { annotations: l.annotations } : {}) })),
  };
  // A Docker schema2 manifest has no annotations field in its spec, but BuildKit writes them into one all the same
  // (commitDistributionManifest sets them whatever the media types) and registries keep the bytes as pushed.
  if (annotations && Object.keys(annotations).length > 0) {
    manifest.annotations = sortedKeys(annotations);
  }
  assertOneFamily(manifest, 'being built');
  return manifest;
}

/** Builds an image index (or Docker manifest list) over platform manifests of the same family. */
export function buildIndex(family: MediaFamily, manifests: Descriptor[], annotations?: Record<string, string>): ImageIndex {
  const types = mediaTypesFor(family);
  for (const m of manifests) {
    if (familyOf(m.mediaType) !== family) throw new Error(`${family} index cannot list a ${m.mediaType} manifest`);
  }
  const index: ImageIndex = { schemaVersion: 2, mediaType: types.index, manifests };
  if (annotations && Object.keys(annotations).length > 0) {
    if (family === 'docker') throw new Error('Docker manifest lists cannot carry annotations; use OCI media types');
    index.annotations = sortedKeys(annotations);
  }
  return index;
}

/** A map in key order, as Go marshals one (BuildKit's annotations, labels, volumes, ports). */
export function sortedKeys<T>(m: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k]]));
}

/** Canonical bytes for a manifest or config hoist writes (compact JSON, fixed key order as built). */
export function toBytes(doc: unknown): Buffer {
  return Buffer.from(JSON.stringify(doc), 'utf8');
}
