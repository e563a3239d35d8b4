import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pack as tarPack } from 'tar-stream';
import { createReadStream } from 'node:fs';
import { digestHex, digestOf, type Digest } from '../oci/digest.js';
import { normalizePlatform } from '../oci/platform.js';
import { formatReference, parseReference } from '../registry/reference.js';
import { buildIndex, buildManifest, sortedKeys, toBytes } from '../oci/manifest.js';
import { annotationsFor, nonEmpty, type Annotations } from './annotations.js';
import { compressionOf, familyOf, layerMediaType, mediaTypesFor, type MediaFamily } from '../oci/media-types.js';
import { OciLayout, REF_NAME_ANNOTATION } from '../oci/layout.js';
import type { ContainerConfig, Descriptor, HistoryEntry, ImageConfig, Platform } from '../oci/types.js';
import type { BuiltLayer } from './layers.js';
import type { AttestationManifest } from './provenance.js';
import type { ImageState, OutputFormat } from './types.js';

/** One platform's image, ready to write: exact config and manifest bytes and the layers they name. */
export interface ImageArtifact {
  platform: Platform;
  config: ImageConfig;
  configBytes: Buffer;
  configDigest: Digest;
  manifestBytes: Buffer;
  manifestDigest: Digest;
  manifestMediaType: string;
  /** Layers with the media types the manifest gives them (base layers keep their bytes). */
  layers: BuiltLayer[];
  /** Where base layers came from, for cross-repository mounts. */
  baseName?: string;
}

/** A multi-platform index over artifacts, or the single artifact's manifest when there is one. */
export interface PushableImage {
  artifacts: ImageArtifact[];
  /** Attestation manifests (provenance) the index lists after the images; with any, the top is an index. */
  attestations?: AttestationManifest[];
  /** Top-level bytes tags point at: the index when there are several platforms, else the manifest. */
  topBytes: Buffer;
  topDigest: Digest;
  topMediaType: string;
  /** Annotations of the top descriptor (index-descriptor ones, or a lone manifest's manifest-descriptor ones): an OCI layout's index.json lists them. */
  topAnnotations?: Record<string, string>;
}

/**
 * The container config fields BuildKit writes, in its struct order (OCI ImageConfig, then Docker's extension).
 * Every one is `omitempty`; fields of the classic builder a base image may carry (Hostname, Image, AttachStdin...)
 * are not in BuildKit's struct and are dropped.
 */
const CONTAINER_CONFIG_FIELDS = ['User', 'ExposedPorts', 'Env', 'Entrypoint', 'Cmd', 'Volumes', 'WorkingDir', 'Labels', 'StopSignal', 'ArgsEscaped', 'Healthcheck', 'OnBuild', 'Shell'] as const;

/** Go's `omitempty`: nil, false, "", and empty slices and maps are left out. */
function isEmptyValue(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && Object.keys(v as object).length === 0;
}

/** A set (Volumes, ExposedPorts) as Go's `map[string]struct{}` writes it: sorted keys, `{}` values. */
function emptyValues(m: Record<string, unknown>): Record<string, Record<string, never>> {
  const out: Record<string, Record<string, never>> = {};
  for (const k of Object.keys(m).sort()) out[k] = {};
  return out;
}

/** A base's Healthcheck as BuildKit re-marshals it (Go's HealthConfig: struct order, zero values and unknown keys left out). */
function canonicalHealthcheck(h: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ['Test', 'Interval', 'Timeout', 'StartPeriod', 'StartInterval', 'Retries']) {
    if (!isEmptyValue(h[k]) && h[k] !== 0) out[k] = h[k];
  }
  return out;
}

/** A history entry as BuildKit re-marshals it (image-spec's History: struct order, empty fields and unknown keys left out). */
function canonicalHistory(h: HistoryEntry): HistoryEntry {
  const out: HistoryEntry = {};
  for (const k of ['created', 'created_by', 'author', 'comment', 'empty_layer'] as const) {
    if (!isEmptyValue(h[k])) (out as Record<string, unknown>)[k] = h[k];
  }
  return out;
}

/**
 * Orders config fields as BuildKit writes them, empty ones left out: the container config in struct order, the
 * top level sorted (BuildKit's exporter re-marshals the config as a map: architecture, author, config, created...).
 */
function canonicalConfig(c: ImageConfig): ImageConfig {
  if (c.config) {
    const src = c.config as Record<string, unknown>;
    const cc: Record<string, unknown> = {};
    for (const k of CONTAINER_CONFIG_FIELDS) {
      if (isEmptyValue(src[k])) continue;
      cc[k] = k === 'Labels' ? sortedKeys(src[k] as Record<string, unknown>)
        : k === 'Volumes' || k === 'ExposedPorts' ? emptyValues(src[k] as Record<string, unknown>)
        : k === 'Healthcheck' ? canonicalHealthcheck(src[k] as Record<string, unknown>)
        : src[k];
      if (isEmptyValue(cc[k])) delete cc[k];
    }
    c = { ...c, config: cc as ContainerConfig };
  }
  if (Array.isArray(c.history)) c = { ...c, history: c.history.map(canonicalHistory) };
  const out: Record<string, unknown> = {};
  for (const k of ['architecture', 'author', 'config', 'created', 'history', 'os', 'os.features', 'os.version', 'rootfs', 'variant'] as const) {
    const v = (c as unknown as Record<string, unknown>)[k];
    const omitEmpty = k !== 'architecture' && k !== 'os' && k !== 'config' && k !== 'rootfs';
    if (v !== undefined && !(omitEmpty && isEmptyValue(v))) out[k] = v;
  }
  return out as unknown as ImageConfig;
}

/** The media type a layer gets in a manifest of `family` (same bytes; zstd and plain tar exist only in OCI). */
function layerTypeFor(layer: BuiltLayer, family: MediaFamily): string {
  if (familyOf(layer.mediaType) === family) return layer.mediaType;
  const compression = compressionOf(layer.mediaType);
  if (family === 'docker' && compression !== 'gzip') {
    throw new Error(`layer ${layer.digest} is ${compression}-compressed, which Docker schema2 cannot describe; use OCI media types`);
  }
  return layerMediaType(family, compression);
}

/**
 * Assembles one platform's config and manifest from a built state. With zstd layers the output is forced to
 * OCI (Docker schema2 has no zstd); the families are never mixed.
 */
export function assembleImage(image: ImageState, format: OutputFormat, annotations?: Annotations): ImageArtifact {
  const family: MediaFamily = format.compression === 'zstd' ? 'oci' : format.family;
  const config = canonicalConfig({ ...image.config, architecture: image.config.architecture || image.platform.architecture, os: image.config.os || image.platform.os });
  const configBytes = toBytes(config);
  const configDigest = digestOf(configBytes);
  const layers = image.layers.map((l) => ({ ...l, mediaType: layerTypeFor(l, family) }));
  // Manifest annotations go into Docker manifests too, as BuildKit writes them (the other levels made the family OCI).
  const manifestAnnotations = nonEmpty(annotationsFor(annotations, platformOf(config)).manifest);
  const manifest = buildManifest(family, { digest: configDigest, size: configBytes.length }, layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size })), manifestAnnotations);
  const manifestBytes = toBytes(manifest);
  return {
    platform: image.platform,
    config,
    configBytes,
    configDigest,
    manifestBytes,
    manifestDigest: digestOf(manifestBytes),
    manifestMediaType: manifest.mediaType,
    layers,
    baseName: image.baseName,
  };
}

/**
 * The platform an index (or a layout's index.json) gives an image: its config's os, architecture and variant,
 * normalised as BuildKit's exporter lists platforms (an `arm64` config that keeps its base's `v8` is listed as
 * `linux/arm64`, a bare `arm` as `linux/arm/v7`).
 */
function platformOf(c: ImageConfig): Platform {
  const { os, architecture, variant } = normalizePlatform({ os: c.os, architecture: c.architecture, variant: c.variant });
  return variant ? { os, architecture, variant } : { os, architecture };
}

/** Whether tags point at an index (several platforms, or attestations beside the image). */
export function isIndexImage(image: PushableImage): boolean {
  return image.artifacts.length > 1 || (image.attestations?.length ?? 0) > 0;
}

/**
 * Wraps artifacts: one platform pushes its manifest; several, or any attestation, push an index (annotated
 * when OCI) listing the images, then the attestation manifests.
 */
export function toPushable(artifacts: ImageArtifact[], annotations?: Annotations, attestations: AttestationManifest[] = []): PushableImage {
  const family = familyOf(artifacts[0].manifestMediaType) ?? 'oci';
  // Descriptor annotations only where OCI has a place for them (annotationsNeedOci made the family OCI).
  const descriptorAnnotations = (a: ImageArtifact) => (family === 'oci' ? nonEmpty(annotationsFor(annotations, platformOf(a.config)).manifestDescriptor) : undefined);
  if (artifacts.length === 1 && attestations.length === 0) {
    const a = artifacts[0];
    const top = descriptorAnnotations(a);
    return { artifacts, topBytes: a.manifestBytes, topDigest: a.manifestDigest, topMediaType: a.manifestMediaType, ...(top ? { topAnnotations: top } : {}) };
  }
  if (attestations.length > 0 && family !== 'oci') throw new Error('attestations (provenance) need OCI media types: Docker manifest lists cannot list them');
  const manifests: Descriptor[] = artifacts.map((a) => {
    const desc = descriptorAnnotations(a);
    return { mediaType: a.manifestMediaType, digest: a.manifestDigest, size: a.manifestBytes.length, ...(desc ? { annotations: sortedKeys(desc) } : {}), platform: platformOf(a.config) };
  });
  const index = buildIndex(family, [...manifests, ...attestations.map((x) => x.descriptor)], family === 'oci' ? annotations?.index : undefined);
  const topBytes = toBytes(index);
  const top = family === 'oci' ? nonEmpty(annotations?.indexDescriptor) : undefined;
  return { artifacts, ...(attestations.length ? { attestations } : {}), topBytes, topDigest: digestOf(topBytes), topMediaType: mediaTypesFor(family).index, ...(top ? { topAnnotations: top } : {}) };
}

/**
 * Writes images into an OCI image layout directory, one `ref.name` per tag (or the digest when untagged);
 * `fullNames` (same order as `tags`) adds `io.containerd.image.name`, which `docker load` uses to name images.
 */
export async function writeOciLayout(dir: string, image: PushableImage, tags: string[], openLayer: (l: BuiltLayer) => Promise<Readable>, fullNames?: string[], created?: string): Promise<void> {
  const layout = await OciLayout.open(dir).catch(() => OciLayout.create(dir));
  for (const a of image.artifacts) {
    for (const l of a.layers) if (!(await layout.hasBlob(l.digest))) await layout.writeBlob(await openLayer(l), l.digest);
    await layout.writeBlob(a.configBytes, a.configDigest);
    await layout.writeBlob(a.manifestBytes, a.manifestDigest);
  }
  for (const x of image.attestations ?? []) {
    await layout.writeBlob(x.layerBytes, x.layer.digest);
    await layout.writeBlob(x.configBytes, x.configDigest);
    await layout.writeBlob(x.manifestBytes, x.manifestDigest);
  }
  if (isIndexImage(image)) await layout.writeBlob(image.topBytes, image.topDigest);
  // As BuildKit's oci and docker exporters: the top descriptor's own annotations, then the export time (unless
  // given), then the image's full name; with the tag as `ref.name` (added by the layout), in Go's key order.
  const base: Record<string, string> = { ...image.topAnnotations };
  if (created !== undefined && base[CREATED_ANNOTATION] === undefined) base[CREATED_ANNOTATION] = created;
  // A lone manifest is listed with its platform, as BuildKit's OCI and docker exporters list it (after the
  // annotations, in ocispec.Descriptor's field order).
  const platform = isIndexImage(image) ? undefined : platformOf(image.artifacts[0].config);
  const withAnnotations = (a: Record<string, string>): Descriptor => ({
    mediaType: image.topMediaType,
    digest: image.topDigest,
    size: image.topBytes.length,
    ...(Object.keys(a).length ? { annotations: sortedKeys(a) } : {}),
    ...(platform ? { platform } : {}),
  });
  if (tags.length === 0) await layout.addManifest(withAnnotations(base));
  for (const [i, t] of tags.entries()) {
    const name = fullNames?.[i];
    await layout.addManifest(withAnnotations(name ? { ...base, 'io.containerd.image.name': name } : base), t);
  }
}

const CREATED_ANNOTATION = 'org.opencontainers.image.created';

/** The time BuildKit's oci and docker exporters put on index.json's entry: SOURCE_DATE_EPOCH, else now; RFC 3339 in seconds. */
export function exportTime(sourceDateEpoch: number | undefined, now: number): string {
  return new Date(sourceDateEpoch !== undefined ? sourceDateEpoch * 1000 : now).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Writes a `docker load` archive: an OCI layout plus `manifest.json` (Config, RepoTags, Layers) and
 * `repositories`, as `docker save` writes since Engine 25. One platform only (docker load takes one).
 */
export async function writeDockerArchive(file: string, image: PushableImage, repoTags: string[], openLayer: (l: BuiltLayer) => Promise<Readable>, tempDir: string, created?: string): Promise<void> {
  if (image.artifacts.length !== 1) throw new Error('a docker load archive holds one platform; build one platform or use oci:DIR');
  const a = image.artifacts[0];
  const stageDir = await mkdtemp(path.join(tempDir, 'docker-archive-'));
  try {
    await writeOciLayout(stageDir, image, repoTags.map((t) => t.slice(t.lastIndexOf(':') + 1)), openLayer, repoTags.map(fullName), created);
    const blobPath = (d: Digest) => `blobs/sha256/${digestHex(d)}`;
    const manifestJson = Buffer.from(JSON.stringify([{ Config: blobPath(a.configDigest), RepoTags: repoTags, Layers: a.layers.map((l) => blobPath(l.digest)) }]));
    const extra: [string, Buffer][] = [['manifest.json', manifestJson]];
    const repos: Record<string, Record<string, string>> = {};
    for (const t of repoTags) {
      const i = t.lastIndexOf(':');
      if (i > t.lastIndexOf('/')) (repos[t.slice(0, i)] ??= {})[t.slice(i + 1)] = digestHex(a.manifestDigest);
    }
    if (Object.keys(repos).length) extra.push(['repositories', Buffer.from(JSON.stringify(repos))]);
    await packLayout(stageDir, file, () => 0o644, extra);
  } finally {
    await rm(stageDir, { recursive: true, force: true });
  }
}

/**
 * Tars an OCI layout directory: `blobs/`, `blobs/sha256/`, the blobs sorted, `index.json`, `oci-layout`, then
 * `extra` files; owner 0, mtime 0, file modes from `modeOf`.
 */
async function packLayout(layoutDir: string, file: string, modeOf: (name: string) => number, extra: [string, Buffer][] = []): Promise<void> {
  const pack = tarPack();
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const out = pipeline(pack, createWriteStream(file));
  const done = (res: () => void, rej: (e: Error) => void) => (e?: Error | null) => (e ? rej(e) : res());
  const dir = (name: string) => new Promise<void>((res, rej) => pack.entry({ name, type: 'directory', mode: 0o755, mtime: new Date(0) }, done(res, rej)));
  const add = (name: string, data: Buffer) => new Promise<void>((res, rej) => pack.entry({ name, mode: modeOf(name), mtime: new Date(0) }, data, done(res, rej)));
  const addFile = async (name: string, p: string) => {
    const size = (await stat(p)).size;
    await new Promise<void>((res, rej) => {
      const entry = pack.entry({ name, size, mode: modeOf(name), mtime: new Date(0) }, done(res, rej));
      createReadStream(p).pipe(entry);
    });
  };
  try {
    await dir('blobs/');
    await dir('blobs/sha256/');
    for (const name of (await readdir(path.join(layoutDir, 'blobs/sha256'))).sort()) await addFile(`blobs/sha256/${name}`, path.join(layoutDir, 'blobs/sha256', name));
    await addFile('index.json', path.join(layoutDir, 'index.json'));
    await addFile('oci-layout', path.join(layoutDir, 'oci-layout'));
    for (const [name, data] of extra) await add(name, data);
  } finally {
    pack.finalize();
  }
  await out;
}

/**
 * Writes an OCI layout as one tarball, as BuildKit's `oci` exporter does by default: blobs and `oci-layout`
 * read-only (0444), `index.json` 0644, owner 0 and mtime 0.
 */
export async function writeOciTarball(file: string, image: PushableImage, tags: string[], openLayer: (l: BuiltLayer) => Promise<Readable>, tempDir: string, fullNames?: string[], created?: string): Promise<void> {
  const stageDir = await mkdtemp(path.join(tempDir, 'oci-tarball-'));
  try {
    await writeOciLayout(stageDir, image, tags, openLayer, fullNames, created);
    await packLayout(stageDir, file, (name) => (name === 'index.json' ? 0o644 : 0o444));
  } finally {
    await rm(stageDir, { recursive: true, force: true });
  }
}

export { REF_NAME_ANNOTATION };

/** `docker.io/library/x:tag` form of a familiar `x:tag` name, as containerd stores image names. */
function fullName(familiar: string): string {
  return formatReference(parseReference(familiar), 'full');
}
