import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  OciLayout,
  transferImage,
  verifiedManifest
} from "./chunk-E6I7JJGP.js";
import {
  RegistryError
} from "./chunk-PD4H4UT2.js";
import {
  repositoryOf,
  withDigest,
  withTag
} from "./chunk-6TECYTNY.js";
import {
  VerifyingStream
} from "./chunk-A2LCJWYG.js";

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
  copyImage,
  retagImage,
  pullToLayout,
  pushFromLayout
};
