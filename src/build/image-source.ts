import { chainId } from '../oci/digest.js';
import type { PlannedStage, StagePlan } from '../dockerfile/plan.js';
import { formatPlatform, parsePlatformSpecifier } from '../oci/platform.js';
import type { ParsedManifest } from '../oci/manifest.js';
import type { Descriptor, ImageConfig, Platform } from '../oci/types.js';
import type { RegistryClient } from '../registry/client.js';
import { formatReference, parseReference, type Reference } from '../registry/reference.js';
import { registryNotFound } from '../registry/errors.js';
import { stepKey } from './cache-key.js';
import { DEFAULT_PATH } from './config.js';
import type { BlobLocation, BuiltLayer } from './layers.js';
import type { BuildSession } from './session.js';
import type { ImageState } from './types.js';

/** Error for an image that cannot be used as a base; the message reads `file:line: message`. */
export class BaseImageError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'BaseImageError';
  }
}

/** The starting state of a `FROM scratch` stage. */
export function scratchState(platform: Platform): ImageState {
  const config: ImageConfig = { architecture: platform.architecture, os: platform.os, config: { Env: [`PATH=${DEFAULT_PATH}`], WorkingDir: '/' }, rootfs: { type: 'layers', diff_ids: [] }, history: [] };
  if (platform.variant) config.variant = platform.variant;
  return { platform, config, layers: [], key: stepKey('', { from: 'scratch', platform: formatPlatform(platform) }) };
}

/** `registry.resolveImage`, asked once per reference and platform (later calls share the first's promise). */
export function onceEach(registry: RegistryClient): RegistryClient['resolveImage'] {
  const seen = new Map<string, ReturnType<RegistryClient['resolveImage']>>();
  return (ref, platform) => {
    const key = `${String(ref)}\0${formatPlatform(platform)}`;
    let p = seen.get(key);
    if (!p) {
      p = registry.resolveImage(ref, platform);
      seen.set(key, p);
    }
    return p;
  };
}

/** The platform a stage is built for: its `FROM --platform`, else the build's (throws for an unparsable one). */
export function stagePlatform(stage: PlannedStage, platform: Platform): Platform {
  return stage.platform ? parsePlatformSpecifier(stage.platform) : platform;
}

/** The images the plan's stages start FROM, with the platform each is wanted for (unparsable ones left out). */
export function imageBases(plan: StagePlan, platform: Platform): { ref: Reference; platform: Platform }[] {
  const out: { ref: Reference; platform: Platform }[] = [];
  for (const stage of plan.stages) {
    if (stage.base.kind !== 'image') continue;
    try {
      out.push({ ref: parseReference(stage.base.ref), platform: stagePlatform(stage, platform) });
    } catch {
      // reported with its line when the stage runs
    }
  }
  return out;
}

/**
 * Resolves an image reference for one platform into a state: its config (without `created`, PATH added when
 * missing, as BuildKit does), its layers (read lazily from the registry) and a cache key from the ChainID of its
 * diff_ids — so a re-pushed but identical base keeps every cached step.
 */
export async function resolveImageState(s: BuildSession, name: string, platform: Platform, line: number): Promise<ImageState> {
  let ref;
  try {
    ref = parseReference(name);
  } catch (e) {
    throw new BaseImageError(s.dockerfile.file, line, (e as Error).message);
  }
  let resolved;
  try {
    resolved = await s.resolveImage(ref, platform);
  } catch (e) {
    // BuildKit's `REF: not found` for a tag or repository the registry does not have.
    throw new BaseImageError(s.dockerfile.file, line, `${name}: ${registryNotFound(e, 'manifest') ? 'not found: ' : ''}${(e as Error).message}`);
  }
  try {
    const state = imageState(resolved, platform, () => ({ kind: 'registry', registry: ref.registry, repository: ref.repository }), String(ref));
    // BuildKit's record of a pulled layer: `pulled from NAME:TAG@DIGEST` (the digest the reference resolved to).
    const full = formatReference(ref, 'full');
    const pulled = `pulled from ${ref.digest ? full : `${full}@${state.baseDigest}`}`;
    for (const l of state.layers) s.pulledFrom.set(l, pulled);
    return state;
  } catch (e) {
    throw new BaseImageError(s.dockerfile.file, line, `${name}: ${(e as Error).message}`);
  }
}

/** A resolved image: its platform's manifest, its config, and the index it was picked from (if any). */
export interface ResolvedImage {
  manifest: ParsedManifest & { kind: 'manifest' };
  config: ImageConfig;
  index?: ParsedManifest;
}

/**
 * The state an image gives: its config (without `created`, PATH added when missing, as BuildKit does), its
 * layers (at `location`), and a cache key from the ChainID of its diff_ids, so an identical image from another
 * place (re-pushed, or in a layout) keeps every cached step. `baseName` is recorded as the base image's name.
 */
export function imageState(resolved: ResolvedImage, platform: Platform, location: (layer: Descriptor) => BlobLocation, baseName?: string): ImageState {
  const { manifest, config } = resolved;
  const diffIds = config.rootfs?.diff_ids ?? [];
  if (diffIds.length !== manifest.manifest.layers.length) {
    throw new Error(`the config lists ${diffIds.length} diff_ids but the manifest has ${manifest.manifest.layers.length} layers`);
  }
  const layers: BuiltLayer[] = manifest.manifest.layers.map((d, i) => ({ diffId: diffIds[i], digest: d.digest, size: d.size, mediaType: d.mediaType, location: location(d) }));
  const cfg = structuredClone(config);
  delete cfg.created;
  cfg.config ??= {};
  cfg.history ??= [];
  if (!(cfg.config.Env ?? []).some((e) => e.startsWith('PATH='))) cfg.config.Env = [...(cfg.config.Env ?? []), `PATH=${DEFAULT_PATH}`];
  const state: ImageState = {
    platform,
    config: cfg,
    layers,
    key: stepKey('', { from: 'image', chain: chainId(diffIds) ?? 'empty', platform: formatPlatform(platform) }),
    baseDigest: resolved.index?.digest ?? manifest.digest,
  };
  if (baseName !== undefined) state.baseName = baseName;
  return state;
}
