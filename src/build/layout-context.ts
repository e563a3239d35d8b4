/**
 * A named build context that is an image in a local OCI image layout (`--build-context NAME=oci-layout://DIR`),
 * read as buildx reads one: the manifest or index a digest names; else the index.json entry whose
 * `io.containerd.image.name`, or else `org.opencontainers.image.ref.name`, is the tag (default `latest`); else the
 * only entry. An index is narrowed to the build's platform. The image's layers are used from the layout's blob files, as they are: nothing is copied
 * until a step reads a layer or the image is pushed (the registry checks each blob's digest on upload).
 */
import { stat } from 'node:fs/promises';
import { OciLayout, REF_NAME_ANNOTATION } from '../oci/layout.js';
import type { ParsedManifest } from '../oci/manifest.js';
import { imageEntryFor } from '../oci/platform.js';
import type { Descriptor, ImageConfig, Platform } from '../oci/types.js';
import { verifiedManifest } from '../registry/transfer.js';
import { digestOf } from '../oci/digest.js';
import { imageState } from './image-source.js';
import type { ImageState } from './types.js';

const CONTAINERD_NAME = 'io.containerd.image.name';

/** Where an `oci-layout://` context points: the layout directory, the tag to look up, a digest that wins. */
export interface LayoutContextSpec {
  dir: string;
  tag: string;
  digest?: string;
}

/** The descriptor of the image the spec names in `layout` (buildx: digest, else tag, else the single entry). */
async function rootDescriptor(layout: OciLayout, spec: LayoutContextSpec, where: string): Promise<Descriptor> {
  const { manifests } = await layout.index();
  if (spec.digest !== undefined) {
    // A digest need not be listed in index.json: any manifest or index among the blobs can be named.
    return manifests.find((m) => m.digest === spec.digest) ?? ({ digest: spec.digest, mediaType: '', size: -1 } as Descriptor);
  }
  // As BuildKit's ociindex: the containerd image name first (BuildKit's OCI exporter writes the full name there),
  // then the OCI ref.name.
  const named = manifests.find((m) => m.annotations?.[CONTAINERD_NAME] === spec.tag) ?? manifests.find((m) => m.annotations?.[REF_NAME_ANNOTATION] === spec.tag);
  if (named) return named;
  if (manifests.length === 1) return manifests[0];
  const names = manifests.map((m) => m.annotations?.[REF_NAME_ANNOTATION]).filter((n): n is string => !!n);
  throw new Error(`${where}: no image tagged "${spec.tag}" in index.json (${manifests.length === 0 ? 'it lists no images' : `it lists ${manifests.length}: ${names.join(', ') || 'none named'}`}); name one with :TAG or @DIGEST`);
}

/**
 * Reads and verifies a manifest or index blob of the layout. A descriptor made up from a bare digest has no media
 * type or size (-1): parseManifest takes the type from the document itself.
 */
async function readManifest(layout: OciLayout, d: Descriptor, where: string): Promise<ParsedManifest> {
  const bytes = await layout.readBlob(d.digest);
  if (d.size >= 0 && bytes.length !== d.size) throw new Error(`${where}: manifest ${d.digest} is ${bytes.length} bytes, its descriptor says ${d.size}`);
  return verifiedManifest(bytes, d, where);
}

/** The state of the image an `oci-layout://` context names, for `platform`. */
export async function layoutContextState(name: string, spec: LayoutContextSpec, platform: Platform): Promise<ImageState> {
  const where = `build context "${name}" (oci-layout://${spec.dir})`;
  let layout: OciLayout;
  try {
    layout = await OciLayout.open(spec.dir);
  } catch (e) {
    throw new Error(`${where}: ${(e as Error).message}`);
  }
  try {
    const top = await readManifest(layout, await rootDescriptor(layout, spec, where), where);
    let manifest = top;
    if (top.kind === 'index') {
      const pick = imageEntryFor(top.index.manifests, platform);
      if ('missing' in pick) throw new Error(pick.missing);
      manifest = await readManifest(layout, pick.entry, where);
      if (manifest.kind !== 'manifest') throw new Error(`index entry ${pick.entry.digest} is not an image manifest`);
    }
    const m = manifest as ParsedManifest & { kind: 'manifest' };
    const configBytes = await layout.readBlob(m.manifest.config.digest);
    if (digestOf(configBytes) !== m.manifest.config.digest) throw new Error(`config ${m.manifest.config.digest} does not match its digest`);
    let config: ImageConfig;
    try {
      config = JSON.parse(configBytes.toString('utf8')) as ImageConfig;
    } catch (e) {
      throw new Error(`config ${m.manifest.config.digest} is not JSON (${(e as Error).message})`);
    }
    // Every layer must be there, whole: a build should not fail halfway through for a missing blob.
    for (const l of m.manifest.layers) {
      const size = await stat(layout.blobPath(l.digest)).then(
        (st) => st.size,
        () => undefined,
      );
      if (size === undefined) throw new Error(`layer ${l.digest} is missing from blobs/`);
      if (size !== l.size) throw new Error(`layer ${l.digest} is ${size} bytes, the manifest says ${l.size}`);
    }
    return imageState(top.kind === 'index' ? { manifest: m, config, index: top } : { manifest: m, config }, platform, (d) => ({ kind: 'file', path: layout.blobPath(d.digest) }));
  } catch (e) {
    const message = (e as Error).message;
    throw new Error(message.startsWith(where) ? message : `${where}: ${message}`);
  }
}
