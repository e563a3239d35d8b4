/** Media types of the OCI image spec and their Docker schema2 equivalents. */
export const MediaType = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  ociLayerNondistributableGzip: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  dockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
  dockerSchema1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws',
} as const;

/** The manifest family: OCI or Docker schema2. One manifest never mixes the two. */
export type MediaFamily = 'oci' | 'docker';

/** Layer compression. */
export type Compression = 'gzip' | 'zstd' | 'none';

/** Every manifest media type hoist reads, for the Accept header. */
export const MANIFEST_ACCEPT: readonly string[] = [
  MediaType.ociIndex,
  MediaType.ociManifest,
  MediaType.dockerManifestList,
  MediaType.dockerManifest,
];

/** True for an image index or a Docker manifest list. */
export function isIndexMediaType(mt: string): boolean {
  return mt === MediaType.ociIndex || mt === MediaType.dockerManifestList;
}

/** True for a single-image manifest (OCI or Docker schema2). */
export function isManifestMediaType(mt: string): boolean {
  return mt === MediaType.ociManifest || mt === MediaType.dockerManifest;
}

/** The family a manifest, index, config or layer media type belongs to, if any. */
export function familyOf(mt: string): MediaFamily | undefined {
  if (mt.startsWith('application/vnd.oci.')) return 'oci';
  if (mt.startsWith('application/vnd.docker.')) return 'docker';
  return undefined;
}

/** Media types of one family, for building a manifest. */
export function mediaTypesFor(family: MediaFamily): { index: string; manifest: string; config: string } {
  return family === 'oci'
    ? { index: MediaType.ociIndex, manifest: MediaType.ociManifest, config: MediaType.ociConfig }
    : { index: MediaType.dockerManifestList, manifest: MediaType.dockerManifest, config: MediaType.dockerConfig };
}

/** The layer media type of a family and compression; zstd exists only in OCI. */
export function layerMediaType(family: MediaFamily, compression: Compression): string {
  if (family === 'docker') {
    if (compression !== 'gzip') throw new Error(`Docker schema2 has no ${compression} layer media type; use OCI media types`);
    return MediaType.dockerLayerGzip;
  }
  if (compression === 'gzip') return MediaType.ociLayerGzip;
  if (compression === 'zstd') return MediaType.ociLayerZstd;
  return MediaType.ociLayer;
}

/** The compression a layer media type declares. */
export function compressionOf(mt: string): Compression {
  if (mt.endsWith('+zstd')) return 'zstd';
  if (mt.endsWith('+gzip') || mt.endsWith('.tar.gzip')) return 'gzip';
  return 'none';
}

/** Converts a layer media type to the equivalent of the other family (only gzip layers translate to Docker). */
export function convertLayerMediaType(mt: string, family: MediaFamily): string {
  return layerMediaType(family, compressionOf(mt));
}
