import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  OciLayout
} from "./chunk-7LHRVIBC.js";
import {
  RegistryError,
  parseManifest
} from "./chunk-FHPYSZLR.js";
import {
  formatPlatform,
  repositoryOf,
  selectPlatform,
  withDigest,
  withTag
} from "./chunk-2YY75KVC.js";
import {
  VerifyingStream,
  digestOf
} from "./chunk-LD4SGYTX.js";

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

// src/registry/ends.ts
function registrySource(client, ref) {
  const repo = repositoryOf(ref);
  return {
    name: String(ref),
    root: () => client.getManifest(ref),
    manifest: (d) => client.getManifest(withDigest(ref, d.digest)),
    blob: (d) => client.getBlob(repo, d)
  };
}
function registrySink(client, dst, opts = {}) {
  const repo = repositoryOf(dst);
  const tags = [...dst.tag !== void 0 ? [dst.tag] : [], ...opts.extraTags ?? []];
  return {
    name: String(dst),
    putBlob: (d, open) => client.pushBlob(repo, d, open, { mountFrom: opts.mountFrom }),
    async putManifest(m, root) {
      if (!root || tags.length === 0) {
        if (root && dst.digest && dst.digest !== m.digest) {
          throw new RegistryError({ operation: "put manifest", reference: String(dst), message: `the image has digest ${m.digest}, not the one named` });
        }
        await client.putManifest(withDigest(repo, m.digest), m.bytes, m.mediaType);
        return;
      }
      for (const t of tags) await client.putManifest(withTag(repo, t), m.bytes, m.mediaType);
    }
  };
}
function layoutSource(layout, refName) {
  const name = `oci:${layout.dir}${refName ? `:${refName}` : ""}`;
  const manifest = async (d) => verifiedManifest(await layout.readBlob(d.digest), d, name);
  return {
    name,
    root: async () => manifest(await layout.resolve(refName)),
    manifest,
    async blob(d) {
      if (!await layout.hasBlob(d.digest)) throw new Error(`${name}: blob ${d.digest} is missing`);
      const verifier = new VerifyingStream(d.digest, d.size, `blob ${d.digest} in ${name}`);
      const file = layout.openBlob(d.digest);
      file.once("error", (e) => verifier.destroy(e));
      return file.pipe(verifier);
    }
  };
}
function layoutSink(layout, refName) {
  return {
    name: `oci:${layout.dir}${refName ? `:${refName}` : ""}`,
    async putBlob(d, open) {
      if (await layout.hasBlob(d.digest)) return "exists";
      await layout.writeBlob(await open(), d.digest);
      return "uploaded";
    },
    async putManifest(m, root) {
      await layout.writeBlob(m.bytes, m.digest);
      if (root) await layout.addManifest({ mediaType: m.mediaType, digest: m.digest, size: m.bytes.length }, refName);
    }
  };
}

// src/registry/copy.ts
function copyImage(client, src, dst, opts = {}) {
  const mountFrom = src.registry === dst.registry ? [repositoryOf(src)] : [];
  return transferImage(registrySource(client, src), registrySink(client, dst, { mountFrom, extraTags: opts.extraTags }), opts);
}
async function retagImage(client, ref, tags) {
  const m = await client.getManifest(ref);
  for (const t of tags) await client.putManifest(withTag(ref, t), m.bytes, m.mediaType);
  return m.digest;
}
async function pullToLayout(client, ref, dir, refName, opts = {}) {
  const layout = await OciLayout.create(dir);
  return transferImage(registrySource(client, ref), layoutSink(layout, refName), opts);
}
async function pushFromLayout(client, dir, refName, dst, opts = {}) {
  const layout = await OciLayout.open(dir);
  return transferImage(layoutSource(layout, refName), registrySink(client, dst), opts);
}

export {
  describeTransfer,
  copyImage,
  retagImage,
  pullToLayout,
  pushFromLayout
};
