import type { Digest } from '../oci/digest.js';
import { digestOf } from '../oci/digest.js';
import { toBytes } from '../oci/manifest.js';
import { familyOf, mediaTypesFor } from '../oci/media-types.js';
import type { Descriptor, ImageIndex, Platform } from '../oci/types.js';
import type { RegistryClient } from './client.js';
import { copyImage } from './copy.js';
import { repositoryName, repositoryOf, tagsByRepository, withDigest, withTag, type Reference } from './reference.js';

/**
 * `docker buildx imagetools create`'s job, the merge step of a multi-platform build split over runners: one
 * index over the manifests of several sources (each pushed by digest, e.g. with push-by-digest=true), put into
 * each target repository under its tags. An index source contributes its manifests; a manifest its own
 * descriptor, with the platform its config names.
 */
export interface MergePlan {
  index: ImageIndex;
  bytes: Buffer;
  digest: Digest;
  mediaType: string;
  /** The source each listed manifest is copied from. */
  sources: Array<{ ref: Reference; digest: Digest }>;
}

/** The index over `sources` (in order, each manifest once). Reads manifests and configs; writes nothing. */
export async function planMerge(client: RegistryClient, sources: readonly Reference[]): Promise<MergePlan> {
  const manifests: Descriptor[] = [];
  const from: MergePlan['sources'] = [];
  const add = (d: Descriptor, ref: Reference) => {
    if (manifests.some((m) => m.digest === d.digest)) return;
    manifests.push(d);
    from.push({ ref, digest: d.digest as Digest });
  };
  for (const src of sources) {
    const m = await client.getManifest(src).catch((e: Error) => {
      throw new Error(`source ${src}: ${e.message}`, { cause: e });
    });
    if (m.kind === 'index') {
      for (const d of m.index.manifests) add(d, src);
      continue;
    }
    const configBytes = await client.readBlob(repositoryOf(src), m.manifest.config).catch((e: Error) => {
      throw new Error(`source ${src}: reading its config: ${e.message}`, { cause: e });
    });
    const config = JSON.parse(configBytes.toString('utf8')) as { os?: string; architecture?: string; variant?: string; 'os.version'?: string; 'os.features'?: string[] };
    if (!config.os || !config.architecture) throw new Error(`source ${src}: its config names no platform (os and architecture)`);
    const platform: Platform = { architecture: config.architecture, os: config.os };
    if (config['os.version']) platform['os.version'] = config['os.version'];
    if (config['os.features']?.length) platform['os.features'] = config['os.features'];
    if (config.variant) platform.variant = config.variant;
    add({ mediaType: m.mediaType, digest: m.digest, size: m.bytes.length, platform }, src);
  }
  if (manifests.length === 0) throw new Error('no manifests to list');
  // As buildx: one index source is put as it is (its annotations and digest kept).
  if (sources.length === 1) {
    const only = await client.getManifest(sources[0]);
    if (only.kind === 'index') return { index: only.index, bytes: only.bytes, digest: only.digest, mediaType: only.mediaType, sources: from };
  }
  // As buildx: a Docker manifest list when every entry is Docker schema2, else an OCI index.
  const family = manifests.every((d) => familyOf(d.mediaType) === 'docker') ? 'docker' : 'oci';
  const mediaType = mediaTypesFor(family).index;
  const index: ImageIndex = { schemaVersion: 2, mediaType, manifests };
  const bytes = toBytes(index);
  return { index, bytes, digest: digestOf(bytes), mediaType, sources: from };
}

/**
 * Puts a planned index into each target's repository: every listed manifest (and its blobs, mounted on the same
 * registry) copied there by digest first, then the index by digest, then the targets' tags.
 */
export async function pushMerge(client: RegistryClient, plan: MergePlan, targets: readonly Reference[], log?: (m: string) => void): Promise<string[]> {
  const refs: string[] = [];
  for (const { repo, tags } of tagsByRepository(targets)) {
    for (const s of plan.sources) {
      const src = withDigest(repositoryOf(s.ref), s.digest);
      if (repositoryName(s.ref) === repositoryName(repo) && (await client.headManifest(withDigest(repo, s.digest)))) continue;
      await copyImage(client, src, withDigest(repo, s.digest), { log }).catch((e: Error) => {
        throw new Error(`copying ${src} to ${repositoryName(repo)}: ${e.message}`, { cause: e });
      });
    }
    await client.putManifest(withDigest(repo, plan.digest), plan.bytes, plan.mediaType);
    refs.push(String(withDigest(repo, plan.digest)));
    for (const tag of tags) {
      await client.putManifest(withTag(repo, tag), plan.bytes, plan.mediaType);
      refs.push(String(withTag(repo, tag)));
    }
  }
  return refs;
}
