import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  parseManifest
} from "./chunk-PD4H4UT2.js";
import {
  formatPlatform,
  selectPlatform
} from "./chunk-6TECYTNY.js";
import {
  DigestStream,
  MediaType,
  digestAlgorithm,
  digestHex,
  digestOf,
  parseDigest
} from "./chunk-A2LCJWYG.js";

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

// src/registry/transfer.ts
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  let failed;
  const worker = async () => {
    while (next < items.length && !failed) {
      const i = next++;
      try {
        out[i] = await fn(items[i], i);
      } catch (e) {
        failed ??= { e };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failed) throw failed.e;
  return out;
}
async function walk(source, root) {
  const manifests = [];
  const blobs = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const visit = async (m) => {
    if (seen.has(m.digest)) return;
    seen.add(m.digest);
    if (m.kind === "index") {
      const children = await mapLimit(m.index.manifests, 4, (d) => source.manifest(d));
      for (const c of children) await visit(c);
    } else {
      for (const d of [m.manifest.config, ...m.manifest.layers]) {
        if (d.urls?.length) continue;
        if (!blobs.has(d.digest)) blobs.set(d.digest, d);
      }
    }
    manifests.push(m);
  };
  await visit(root);
  return { manifests, blobs: [...blobs.values()] };
}
async function transferImage(source, sink, opts = {}) {
  let root = await source.root();
  if (opts.platform && root.kind === "index") {
    const entry = selectPlatform(root.index.manifests, opts.platform);
    if (!entry) {
      const have = root.index.manifests.map((m) => m.platform ? formatPlatform(m.platform) : "unknown").join(", ");
      throw new Error(`${source.name}: no image for platform ${formatPlatform(opts.platform)} (the index has ${have})`);
    }
    root = await source.manifest(entry);
  }
  const { manifests, blobs } = await walk(source, root);
  const counts = { exists: 0, mounted: 0, uploaded: 0 };
  let bytesUploaded = 0;
  const ordered = [...blobs].sort((a, b) => b.size - a.size);
  await mapLimit(ordered, opts.concurrency ?? 6, async (d) => {
    const r = await sink.putBlob(d, () => source.blob(d));
    counts[r]++;
    if (r === "uploaded") bytesUploaded += d.size;
    opts.log?.(`${r === "exists" ? "exists " : r === "mounted" ? "mounted" : "copied "} ${d.digest} (${d.size} bytes)`);
  });
  for (const m of manifests) await sink.putManifest(m, m.digest === root.digest);
  return { digest: root.digest, mediaType: root.mediaType, size: root.bytes.length, manifests: manifests.length, blobs: counts, bytesUploaded };
}
function verifiedManifest(bytes, desc, what) {
  const actual = digestOf(bytes, desc.digest.startsWith("sha512:") ? "sha512" : "sha256");
  if (actual !== desc.digest) throw new Error(`${what}: manifest ${desc.digest} has content digest ${actual}`);
  return parseManifest(bytes, desc.mediaType, what);
}
function describeTransfer(r) {
  const mb = (r.bytesUploaded / 1e6).toFixed(1);
  return `${r.digest} (${r.manifests} manifest${r.manifests === 1 ? "" : "s"}; blobs: ${r.blobs.uploaded} copied, ${r.blobs.mounted} mounted, ${r.blobs.exists} already present; ${mb} MB)`;
}

export {
  REF_NAME_ANNOTATION,
  OciLayout,
  parseLayoutTarget,
  mapLimit,
  transferImage,
  verifiedManifest,
  describeTransfer
};
