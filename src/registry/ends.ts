import type { Readable } from 'node:stream';
import { VerifyingStream } from '../oci/digest.js';
import type { OciLayout } from '../oci/layout.js';
import type { ParsedManifest } from '../oci/manifest.js';
import type { Descriptor } from '../oci/types.js';
import type { RegistryClient } from './client.js';
import { RegistryError } from './errors.js';
import { repositoryOf, withDigest, withTag, type Reference } from './reference.js';
import { verifiedManifest, type ImageSink, type ImageSource } from './transfer.js';

/** Image sources and sinks over a registry (through RegistryClient) and over an OCI image layout. */

/** Reads the image `ref` names from its registry. */
export function registrySource(client: RegistryClient, ref: Reference): ImageSource {
  const repo = repositoryOf(ref);
  return {
    name: String(ref),
    root: () => client.getManifest(ref),
    manifest: (d) => client.getManifest(withDigest(ref, d.digest)),
    blob: (d) => client.getBlob(repo, d),
  };
}

/**
 * Writes into the repository of `dst`. Blobs use `pushBlob` (HEAD, mount from `mountFrom`, upload); child
 * manifests are put by digest; the root is put under `dst`'s tag and `extraTags` (by digest when there
 * are none, and `dst`'s digest, if any, must match).
 */
export function registrySink(client: RegistryClient, dst: Reference, opts: { extraTags?: string[]; mountFrom?: Reference[] } = {}): ImageSink {
  const repo = repositoryOf(dst);
  const tags = [...(dst.tag !== undefined ? [dst.tag] : []), ...(opts.extraTags ?? [])];
  return {
    name: String(dst),
    putBlob: (d, open) => client.pushBlob(repo, d, open, { mountFrom: opts.mountFrom }),
    async putManifest(m: ParsedManifest, root: boolean) {
      if (!root || tags.length === 0) {
        if (root && dst.digest && dst.digest !== m.digest) {
          throw new RegistryError({ operation: 'put manifest', reference: String(dst), message: `the image has digest ${m.digest}, not the one named` });
        }
        await client.putManifest(withDigest(repo, m.digest), m.bytes, m.mediaType);
        return;
      }
      for (const t of tags) await client.putManifest(withTag(repo, t), m.bytes, m.mediaType);
    },
  };
}

/** Reads the image named `refName` (or the only one) from an OCI layout, verifying every read. */
export function layoutSource(layout: OciLayout, refName?: string): ImageSource {
  const name = `oci:${layout.dir}${refName ? `:${refName}` : ''}`;
  const manifest = async (d: Descriptor) => verifiedManifest(await layout.readBlob(d.digest), d, name);
  return {
    name,
    root: async () => manifest(await layout.resolve(refName)),
    manifest,
    async blob(d) {
      if (!(await layout.hasBlob(d.digest))) throw new Error(`${name}: blob ${d.digest} is missing`);
      const verifier = new VerifyingStream(d.digest, d.size, `blob ${d.digest} in ${name}`);
      const file: Readable = layout.openBlob(d.digest);
      file.once('error', (e) => verifier.destroy(e));
      return file.pipe(verifier);
    },
  };
}

/** Writes into an OCI layout; the root manifest is listed in index.json under `refName` (if given). */
export function layoutSink(layout: OciLayout, refName?: string): ImageSink {
  return {
    name: `oci:${layout.dir}${refName ? `:${refName}` : ''}`,
    async putBlob(d, open) {
      if (await layout.hasBlob(d.digest)) return 'exists';
      await layout.writeBlob(await open(), d.digest);
      return 'uploaded';
    },
    async putManifest(m, root) {
      await layout.writeBlob(m.bytes, m.digest);
      if (root) await layout.addManifest({ mediaType: m.mediaType, digest: m.digest, size: m.bytes.length }, refName);
    },
  };
}
