import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  MediaType
} from "./chunk-N22ZK52P.js";
import {
  DigestStream,
  digestAlgorithm,
  digestHex,
  parseDigest
} from "./chunk-LD4SGYTX.js";

// src/oci/layout.ts
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { access, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
var REF_NAME_ANNOTATION = "org.opencontainers.image.ref.name";
var LAYOUT_FILE = "oci-layout";
var LAYOUT_VERSION = "1.0.0";
var OciLayoutError = class extends Error {
  constructor(dir, reason) {
    super(`OCI layout ${dir}: ${reason}`);
    this.dir = dir;
    this.name = "OciLayoutError";
  }
  dir;
};
async function exists(p) {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}
var OciLayout = class _OciLayout {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  /** Opens an existing layout; fails when `oci-layout` is missing or of another version. */
  static async open(dir) {
    let text;
    try {
      text = await readFile(path.join(dir, LAYOUT_FILE), "utf8");
    } catch {
      throw new OciLayoutError(dir, `no ${LAYOUT_FILE} file; not an OCI image layout`);
    }
    let version;
    try {
      version = JSON.parse(text).imageLayoutVersion;
    } catch {
      throw new OciLayoutError(dir, `${LAYOUT_FILE} is not JSON`);
    }
    if (version !== LAYOUT_VERSION) throw new OciLayoutError(dir, `unsupported imageLayoutVersion ${JSON.stringify(version)}`);
    return new _OciLayout(dir);
  }
  /** Creates a layout (or opens the one already there). */
  static async create(dir) {
    if (await exists(path.join(dir, LAYOUT_FILE))) return _OciLayout.open(dir);
    await mkdir(path.join(dir, "blobs", "sha256"), { recursive: true });
    await writeFile(path.join(dir, LAYOUT_FILE), JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
    if (!await exists(path.join(dir, "index.json"))) {
      const empty = { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] };
      await writeFile(path.join(dir, "index.json"), JSON.stringify(empty));
    }
    return new _OciLayout(dir);
  }
  /** The path of a blob (`blobs/<alg>/<hex>`). */
  blobPath(digest) {
    parseDigest(digest);
    return path.join(this.dir, "blobs", digestAlgorithm(digest), digestHex(digest));
  }
  /** True when the blob file exists. */
  async hasBlob(digest) {
    return exists(this.blobPath(digest));
  }
  /** Size of a stored blob in bytes. */
  async blobSize(digest) {
    return (await stat(this.blobPath(digest))).size;
  }
  /** A read stream of a stored blob. */
  openBlob(digest) {
    return createReadStream(this.blobPath(digest));
  }
  /** A stored blob, whole. */
  async readBlob(digest) {
    try {
      return await readFile(this.blobPath(digest));
    } catch {
      throw new OciLayoutError(this.dir, `blob ${digest} is missing`);
    }
  }
  /**
   * Stores bytes or a stream as a blob, verifying `expected` (digest) when given. Resolves with the digest
   * and size; an existing blob of that digest is left as it is.
   */
  async writeBlob(data, expected) {
    const alg = expected ? digestAlgorithm(expected) : "sha256";
    await mkdir(path.join(this.dir, "blobs", alg), { recursive: true });
    const tmp = path.join(this.dir, "blobs", alg, `.tmp-${randomBytes(8).toString("hex")}`);
    const hasher = new DigestStream(alg);
    try {
      await pipeline(Buffer.isBuffer(data) ? Readable.from([data]) : data, hasher, createWriteStream(tmp));
      const digest = hasher.digester.digest();
      if (expected && digest !== expected) throw new OciLayoutError(this.dir, `blob content has digest ${digest}, expected ${expected}`);
      await rename(tmp, this.blobPath(digest));
      return { digest, size: hasher.digester.size };
    } finally {
      await rm(tmp, { force: true });
    }
  }
  /** The layout's index.json. */
  async index() {
    let text;
    try {
      text = await readFile(path.join(this.dir, "index.json"), "utf8");
    } catch {
      throw new OciLayoutError(this.dir, "index.json is missing");
    }
    try {
      const doc = JSON.parse(text);
      if (!Array.isArray(doc.manifests)) throw new Error("no manifests array");
      return doc;
    } catch (e) {
      throw new OciLayoutError(this.dir, `index.json is invalid: ${e.message}`);
    }
  }
  /**
   * Adds a manifest or index descriptor to index.json. With `refName`, any entry of that name is replaced
   * (names are unique, as in skopeo and umoci); without, the descriptor is added unless already listed.
   */
  async addManifest(desc, refName) {
    const index = await this.index();
    const entry = { ...desc };
    if (refName !== void 0) {
      entry.annotations = { ...desc.annotations, [REF_NAME_ANNOTATION]: refName };
      index.manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME_ANNOTATION] !== refName);
    } else if (index.manifests.some((m) => m.digest === desc.digest && !m.annotations?.[REF_NAME_ANNOTATION])) {
      return;
    }
    index.manifests.push(entry);
    const tmp = path.join(this.dir, `.index.json.${randomBytes(6).toString("hex")}`);
    await writeFile(tmp, JSON.stringify(index));
    await rename(tmp, path.join(this.dir, "index.json"));
  }
  /**
   * The index.json entry named `refName`, or, without a name, the only entry. Errors list the names there are.
   */
  async resolve(refName) {
    const { manifests } = await this.index();
    const names = manifests.map((m) => m.annotations?.[REF_NAME_ANNOTATION]).filter((n) => !!n);
    if (refName !== void 0) {
      const hit = manifests.find((m) => m.annotations?.[REF_NAME_ANNOTATION] === refName);
      if (!hit) throw new OciLayoutError(this.dir, `no image named "${refName}" (names: ${names.join(", ") || "none"})`);
      return hit;
    }
    if (manifests.length === 1) return manifests[0];
    throw new OciLayoutError(this.dir, manifests.length === 0 ? "index.json lists no images" : `index.json lists ${manifests.length} images; name one (${names.join(", ") || "unnamed"})`);
  }
};
function parseLayoutTarget(input) {
  if (!input.startsWith("oci:")) return void 0;
  const rest = input.slice(4);
  const colon = rest.indexOf(":");
  const dir = colon < 0 ? rest : rest.slice(0, colon);
  const refName = colon < 0 ? void 0 : rest.slice(colon + 1);
  if (dir === "") throw new OciLayoutError(input, 'no directory after "oci:"');
  if (refName !== void 0 && !/^[A-Za-z0-9._\-:@/+]+$/.test(refName)) throw new OciLayoutError(dir, `invalid image name "${refName}"`);
  return refName ? { dir, refName } : { dir };
}

export {
  OciLayout,
  parseLayoutTarget
};
