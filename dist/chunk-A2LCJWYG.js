import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);

// src/oci/digest.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { Transform } from "node:stream";
var HEX_LENGTH = { sha256: 64, sha512: 128 };
var InvalidDigestError = class extends Error {
  constructor(input, reason) {
    super(`invalid digest "${input}": ${reason}`);
    this.input = input;
    this.name = "InvalidDigestError";
  }
  input;
};
function parseDigest(input) {
  const colon = input.indexOf(":");
  if (colon <= 0) throw new InvalidDigestError(input, "expected <algorithm>:<hex>");
  const algorithm = input.slice(0, colon);
  const hex = input.slice(colon + 1);
  if (algorithm !== "sha256" && algorithm !== "sha512") {
    throw new InvalidDigestError(input, `unsupported algorithm "${algorithm}" (sha256 or sha512)`);
  }
  if (hex.length !== HEX_LENGTH[algorithm] || !/^[a-f0-9]+$/.test(hex)) {
    throw new InvalidDigestError(input, `expected ${HEX_LENGTH[algorithm]} lowercase hex characters`);
  }
  return input;
}
function isDigest(input) {
  try {
    parseDigest(input);
    return true;
  } catch {
    return false;
  }
}
function digestAlgorithm(digest) {
  return digest.slice(0, digest.indexOf(":"));
}
function digestHex(digest) {
  return digest.slice(digest.indexOf(":") + 1);
}
function digestOf(data, algorithm = "sha256") {
  return `${algorithm}:${createHash(algorithm).update(data).digest("hex")}`;
}
var Digester = class {
  constructor(algorithm = "sha256") {
    this.algorithm = algorithm;
    this.hash = createHash(algorithm);
  }
  algorithm;
  hash;
  count = 0;
  /** Adds bytes. */
  update(chunk) {
    this.hash.update(chunk);
    this.count += chunk.length;
  }
  /** Bytes seen so far. */
  get size() {
    return this.count;
  }
  /** The final digest; call once. */
  digest() {
    return `${this.algorithm}:${this.hash.digest("hex")}`;
  }
};
async function digestOfFile(file, algorithm = "sha256") {
  const d = new Digester(algorithm);
  for await (const c of createReadStream(file)) d.update(c);
  return d.digest();
}
var DigestStream = class extends Transform {
  digester;
  constructor(algorithm = "sha256") {
    super();
    this.digester = new Digester(algorithm);
  }
  _transform(chunk, _enc, cb) {
    this.digester.update(chunk);
    cb(null, chunk);
  }
};
var VerifyingStream = class extends Transform {
  /** `failure` makes the error for a mismatch from its message (default: a plain Error). */
  constructor(expected, expectedSize, what = "blob", failure = (m) => new Error(m)) {
    super();
    this.expected = expected;
    this.expectedSize = expectedSize;
    this.what = what;
    this.failure = failure;
    this.digester = new Digester(digestAlgorithm(expected));
  }
  expected;
  expectedSize;
  what;
  failure;
  digester;
  _transform(chunk, _enc, cb) {
    this.digester.update(chunk);
    if (this.expectedSize !== void 0 && this.digester.size > this.expectedSize) {
      cb(this.failure(`${this.what} ${this.expected}: more than the expected ${this.expectedSize} bytes`));
      return;
    }
    cb(null, chunk);
  }
  _flush(cb) {
    const actual = this.digester.digest();
    if (this.expectedSize !== void 0 && this.digester.size !== this.expectedSize) {
      cb(this.failure(`${this.what} ${this.expected}: got ${this.digester.size} bytes, expected ${this.expectedSize}`));
    } else if (actual !== this.expected) {
      cb(this.failure(`${this.what} ${this.expected}: content digest is ${actual}`));
    } else cb();
  }
};
function chainId(diffIds) {
  let chain;
  for (const d of diffIds) chain = chain === void 0 ? d : digestOf(`${chain} ${d}`);
  return chain;
}

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
  parseDigest,
  isDigest,
  digestAlgorithm,
  digestHex,
  digestOf,
  Digester,
  digestOfFile,
  DigestStream,
  VerifyingStream,
  chainId,
  MediaType,
  MANIFEST_ACCEPT,
  isIndexMediaType,
  isManifestMediaType,
  familyOf,
  mediaTypesFor,
  layerMediaType,
  compressionOf
};
