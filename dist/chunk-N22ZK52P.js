import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);

// src/oci/media-types.ts
var MediaType = {
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  ociConfig: "application/vnd.oci.image.config.v1+json",
  ociLayer: "application/vnd.oci.image.layer.v1.tar",
  ociLayerGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  ociLayerZstd: "application/vnd.oci.image.layer.v1.tar+zstd",
  ociLayerNondistributableGzip: "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerConfig: "application/vnd.docker.container.image.v1+json",
  dockerLayerGzip: "application/vnd.docker.image.rootfs.diff.tar.gzip",
  dockerForeignLayerGzip: "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip",
  dockerSchema1Signed: "application/vnd.docker.distribution.manifest.v1+prettyjws"
};
var MANIFEST_ACCEPT = [
  MediaType.ociIndex,
  MediaType.ociManifest,
  MediaType.dockerManifestList,
  MediaType.dockerManifest
];
function isIndexMediaType(mt) {
  return mt === MediaType.ociIndex || mt === MediaType.dockerManifestList;
}
function isManifestMediaType(mt) {
  return mt === MediaType.ociManifest || mt === MediaType.dockerManifest;
}
function familyOf(mt) {
  if (mt.startsWith("application/vnd.oci.")) return "oci";
  if (mt.startsWith("application/vnd.docker.")) return "docker";
  return void 0;
}
function mediaTypesFor(family) {
  return family === "oci" ? { index: MediaType.ociIndex, manifest: MediaType.ociManifest, config: MediaType.ociConfig } : { index: MediaType.dockerManifestList, manifest: MediaType.dockerManifest, config: MediaType.dockerConfig };
}
function layerMediaType(family, compression) {
  if (family === "docker") {
    if (compression !== "gzip") throw new Error(`Docker schema2 has no ${compression} layer media type; use OCI media types`);
    return MediaType.dockerLayerGzip;
  }
  if (compression === "gzip") return MediaType.ociLayerGzip;
  if (compression === "zstd") return MediaType.ociLayerZstd;
  return MediaType.ociLayer;
}
function compressionOf(mt) {
  if (mt.endsWith("+zstd")) return "zstd";
  if (mt.endsWith("+gzip") || mt.endsWith(".tar.gzip")) return "gzip";
  return "none";
}

export {
  MediaType,
  MANIFEST_ACCEPT,
  isIndexMediaType,
  isManifestMediaType,
  familyOf,
  mediaTypesFor,
  layerMediaType,
  compressionOf
};
