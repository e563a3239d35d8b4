/**
 * The action's outputs, computed from the plan (tags, labels, version: known before the build, so they are
 * set even when it fails) and from the build outcome (digest, image ID, metadata). Pure.
 */
import { isIndexImage } from '../build/output.js';
import { isFilesystemOutput, type BuildOutput } from '../build/output-spec.js';
import type { BuildOutcome } from '../build/run-build.js';
import { formatPlatform } from '../oci/platform.js';
import type { ActionConfig } from './config.js';
import type { Plan } from './preflight.js';
import { formatReference, repositoryOf } from '../registry/reference.js';

/** Output names and values, as `setOutput` takes them. */
export type Outputs = Record<string, string>;

/** The outputs known after preflight: metadata-action's (`tags`, `tag-names`, `labels`, `annotations`, `version`, `json`). */
export function planOutputs(plan: Plan, config: Pick<ActionConfig, 'references' | 'meta'>): Outputs {
  const out: Outputs = { ...plan.meta.outputs };
  if (config.references) {
    const sep = config.meta.sepTags || '\n';
    const tagged = referenceTags(plan, config.references);
    const refs = tagged.map((r) => String(r));
    out.tags = refs.join(sep);
    out['tag-names'] = tagged.map((r) => r.tag ?? '').join(sep);
    out.json = JSON.stringify({ ...plan.meta.json, tags: refs, 'tag-names': tagged.map((r) => r.tag ?? '') });
  }
  return out;
}

/** The targets the tags input names (an outputs line's name= is where to push, not a tag). */
function referenceTags(plan: Plan, references: NonNullable<ActionConfig['references']>): Plan['targets'] {
  const given = new Set(references.map((r) => String(r.ref)));
  return plan.targets.filter((r) => given.has(String(r)));
}

/** metadata-action's bake definitions, by the output that names the file each is written to. */
export type BakeFiles = Record<'bake-file' | 'bake-file-tags' | 'bake-file-labels' | 'bake-file-annotations', object>;

/**
 * metadata-action's bake definitions for `target` (its `bake-target` input): `bake-file-tags` (tags and the
 * `DOCKER_META_IMAGES`/`DOCKER_META_VERSION` args), `bake-file-labels`, `bake-file-annotations` (each level's
 * lines), and the older combined `bake-file` (tags, labels and args). Tags are the `tags` output's.
 */
export function bakeFiles(plan: Plan, config: Pick<ActionConfig, 'references'>, target: string): BakeFiles {
  const tags = config.references ? referenceTags(plan, config.references).map((r) => String(r)) : plan.meta.tags;
  // No version (no tag produced): metadata-action leaves the arg out, so the Dockerfile's ARG default applies.
  const args: Record<string, string> = { DOCKER_META_IMAGES: plan.meta.images.join(',') };
  if (plan.meta.version) args.DOCKER_META_VERSION = plan.meta.version;
  const def = (body: object) => ({ target: { [target]: body } });
  return {
    'bake-file': def({ tags, labels: plan.meta.labels, args }),
    'bake-file-tags': def({ tags, args }),
    'bake-file-labels': def({ labels: plan.meta.labels }),
    'bake-file-annotations': def({ annotations: plan.meta.annotations }),
  };
}

/**
 * metadata-action's outputs as the environment variables it exports (`DOCKER_METADATA_OUTPUT_TAGS`,
 * `..._TAG_NAMES`, `..._LABELS`, `..._ANNOTATIONS`, `..._VERSION`, `..._JSON`, `..._BAKE_FILE_TAGS`...); none when
 * `DOCKER_METADATA_SET_OUTPUT_ENV` is false.
 */
export function metadataOutputEnv(outputs: Outputs, env: Record<string, string | undefined>): [string, string][] {
  const flag = env.DOCKER_METADATA_SET_OUTPUT_ENV?.trim();
  if (flag !== undefined && flag !== '' && /^(false|0|f)$/i.test(flag)) return [];
  return ['tags', 'tag-names', 'labels', 'annotations', 'version', 'json', 'bake-file-tags', 'bake-file-labels', 'bake-file-annotations', 'bake-file']
    .filter((k) => outputs[k] !== undefined)
    .map((k) => [`DOCKER_METADATA_OUTPUT_${k.replace(/\W/g, '_').toUpperCase()}`, outputs[k]]);
}

/** One platform's image in the `metadata` output. */
export interface PlatformMetadata {
  platform: string;
  /** Manifest digest of this platform's image. */
  digest: string;
  /** Config digest (image ID). */
  config: string;
  /** Compressed bytes of config and layers. */
  size: number;
}

/**
 * The `metadata` output: build-push-action's keys (`containerimage.digest`, `containerimage.config.digest`,
 * `containerimage.descriptor`, `image.name`) plus every pushed reference and each platform's digest.
 */
export function metadataJson(outcome: BuildOutcome, plan: Plan, pushed: boolean, opts: { filesOnly?: boolean; pushByDigest?: boolean } = {}): Record<string, unknown> {
  const platforms: PlatformMetadata[] = outcome.artifacts.map((a) => ({
    platform: formatPlatform(a.platform),
    digest: a.manifestDigest,
    config: a.configDigest,
    size: a.configBytes.length + a.layers.reduce((n, l) => n + l.size, 0),
  }));
  const extra = { pushed, refs: outcome.push?.refs ?? [], platforms };
  // buildx's local and tar exporters report no image: no containerimage keys, no image name (hoist's CLI writes {}).
  if (opts.filesOnly) return extra;
  return {
    'containerimage.digest': outcome.digest,
    // buildx leaves the config digest out when tags point at an index (several platforms, or attestations).
    ...(isIndexImage(outcome.image) ? {} : { 'containerimage.config.digest': outcome.imageId }),
    // As BuildKit: a single image's descriptor names its platform; an index's does not.
    'containerimage.descriptor': {
      mediaType: outcome.image.topMediaType,
      digest: outcome.image.topDigest,
      size: outcome.image.topBytes.length,
      ...(isIndexImage(outcome.image) || !outcome.artifacts[0] ? {} : { platform: { ...outcome.artifacts[0].platform } }),
    },
    // Fully qualified, as buildx writes it (`docker.io/library/app:latest`); pushed by digest, the repositories.
    'image.name': plan.targets.map((r) => formatReference(opts.pushByDigest ? repositoryOf(r) : r, 'full')).join(','),
    ...extra,
  };
}

/**
 * The outputs the build adds: `digest`, `imageid`, `metadata` (indented by 2, as build-push-action sets it). As
 * there, no `imageid` when an output is `type=local` or `type=tar` (build-push-action passes buildx no `--iidfile`
 * then, and buildx refuses one with those exporters), and no `digest` when only such outputs take the image
 * (build-push-action's digest is metadata's containerimage.digest, which those exporters do not report).
 */
export function buildOutputs(outcome: BuildOutcome, plan: Plan, pushed: boolean, outputs: readonly BuildOutput[] = [], pushByDigest = false): Outputs {
  const files = outputs.some(isFilesystemOutput);
  const filesOnly = !pushed && outputs.length > 0 && outputs.every(isFilesystemOutput);
  return {
    ...(filesOnly ? {} : { digest: outcome.digest }),
    ...(files ? {} : { imageid: outcome.imageId }),
    metadata: JSON.stringify(metadataJson(outcome, plan, pushed, { filesOnly, pushByDigest }), null, 2),
  };
}
