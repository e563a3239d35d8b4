import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runBuild } from '../../src/build/run-build.js';
import { isIndexMediaType } from '../../src/oci/media-types.js';
import { formatPlatform, hostPlatform, parsePlatform } from '../../src/oci/platform.js';
import type { Descriptor, ImageConfig, ImageIndex, Platform } from '../../src/oci/types.js';
import { parseReference } from '../../src/registry/reference.js';
import { contextDirOf, dockerBuild, materializeContext, type ConformanceEnv, type ContextSpec } from './conformance.js';
import { compareImages, flattenLayout, type FlatImage } from './image-fs.js';
import { validateLayout } from './validate.js';

/**
 * Multi-platform conformance: one Dockerfile built for several platforms by hoist (`runBuild` with every platform)
 * and by `docker buildx build --platform a,b,c` on the reference engine, both into OCI layouts, compared index entry
 * by index entry and, per platform, as the single-platform conformance suite compares an image.
 */

/** A multi-platform case. `{{BASE}}` is the (amd64-only) busybox base; other `{{NAME}}`s come from `vars`. */
export interface MultiPlatformCase {
  name: string;
  dockerfile: string;
  /** `--platform` of both builds, as written (hoist parses each with parsePlatform). */
  platforms: string[];
  context?: ContextSpec[];
  buildArgs?: Record<string, string>;
  target?: string;
}

/** One platform's image of a layout: its index entry and the image flattened. */
export interface PlatformImage {
  entry: Descriptor;
  image: FlatImage;
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

/**
 * The image index of an OCI layout (buildx nests it under index.json; hoist lists it there; one platform's lone
 * manifest counts as an index of one) and each of its
 * image manifests flattened. Each manifest is read through a view of the layout whose index.json names only it
 * (blobs shared by a symlink), so `flattenLayout` reads it as it reads any single-platform layout.
 */
export async function readPlatformImages(dir: string): Promise<{ index: ImageIndex; images: PlatformImage[] }> {
  const top = await readJson<ImageIndex>(path.join(dir, 'index.json'));
  if (top.manifests.length !== 1) throw new Error(`${dir}: index.json lists ${top.manifests.length} manifests, expected one index`);
  const desc = top.manifests[0];
  // One platform: a manifest, read as an index of it alone (its descriptor as index.json has it).
  const index = isIndexMediaType(desc.mediaType) ? await readJson<ImageIndex>(path.join(dir, 'blobs', ...desc.digest.split(':'))) : { schemaVersion: 2 as const, mediaType: '(one manifest, no index)', manifests: [{ mediaType: desc.mediaType, digest: desc.digest, size: desc.size, ...(desc.platform ? { platform: desc.platform } : {}) }] };
  const images: PlatformImage[] = [];
  for (const [i, entry] of index.manifests.entries()) {
    const view = `${dir}-platform-${i}`;
    await mkdir(view, { recursive: true });
    await symlink(path.join(dir, 'blobs'), path.join(view, 'blobs')).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
    await writeFile(path.join(view, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [entry] }));
    images.push({ entry, image: await flattenLayout(view) });
  }
  return { index, images };
}

/** The platform fields of an index entry as text (`os/arch[/variant]`, plus os.version / features when set). */
function entryPlatform(d: Descriptor): string {
  if (!d.platform) return 'none';
  const extra = [d.platform['os.version'] ? `os.version=${d.platform['os.version']}` : '', d.platform['os.features'] ? `os.features=${d.platform['os.features'].join(',')}` : ''].filter(Boolean);
  return [formatPlatform(d.platform), ...extra].join(' ');
}

/** The config's own platform fields (top level, beside `config`). */
function configPlatform(c: ImageConfig): string {
  return JSON.stringify({ architecture: c.architecture, os: c.os, variant: c.variant, 'os.version': c['os.version'], 'os.features': c['os.features'] });
}

/**
 * Differences between two multi-platform layouts: the index's entries in order (media type and platform), then per
 * entry the config's platform fields and everything `compareImages` compares (filesystem, each layer's entries,
 * config fields and keys, history). Each difference names its platform.
 */
export function compareIndexes(hoist: { index: ImageIndex; images: PlatformImage[] }, docker: { index: ImageIndex; images: PlatformImage[] }): string[] {
  const diffs: string[] = [];
  const list = (x: ImageIndex) => x.manifests.map((m) => `${m.mediaType} ${entryPlatform(m)}${m.annotations ? ` ${JSON.stringify(m.annotations)}` : ''}`).join(' | ');
  if (list(hoist.index) !== list(docker.index)) diffs.push(`index: hoist=[${list(hoist.index)}] docker=[${list(docker.index)}]`);
  if (hoist.index.mediaType !== docker.index.mediaType) diffs.push(`index mediaType: hoist=${hoist.index.mediaType} docker=${docker.index.mediaType}`);
  if (JSON.stringify(hoist.index.annotations) !== JSON.stringify(docker.index.annotations)) diffs.push(`index annotations: hoist=${JSON.stringify(hoist.index.annotations)} docker=${JSON.stringify(docker.index.annotations)}`);
  for (let i = 0; i < Math.min(hoist.images.length, docker.images.length); i++) {
    const h = hoist.images[i];
    const d = docker.images[i];
    const p = entryPlatform(d.entry);
    if (configPlatform(h.image.config) !== configPlatform(d.image.config)) diffs.push(`${p}: config platform hoist=${configPlatform(h.image.config)} docker=${configPlatform(d.image.config)}`);
    for (const x of compareImages(h.image, d.image, { layers: true })) diffs.push(`${p}: ${x}`);
  }
  return diffs;
}

/** Fills `{{NAME}}` placeholders. */
export function fillVars(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (m, k: string) => vars[k] ?? m);
}

/**
 * Builds a multi-platform image with docker (buildx on the reference engine) and pushes it (index and every
 * platform's manifest) to `ref` in the harness's registry, e.g. a multi-arch base that later cases build FROM.
 */
export async function pushMultiPlatformImage(env: ConformanceEnv, name: string, dockerfile: string, platforms: string[], context: ContextSpec[], vars: Record<string, string>): Promise<string> {
  const ref = `${env.registry.host}/multi/${name}:1`;
  const dir = path.join(env.root, `prebuild-${name}`);
  const ctx = path.join(dir, `context-${path.basename(env.root)}-${name}`);
  await materializeContext(ctx, context);
  const df = path.join(dir, 'Dockerfile');
  await writeFile(df, fillVars(dockerfile, vars));
  await dockerBuild(ctx, df, path.join(dir, 'out'), { push: ref, extraArgs: ['--platform', platforms.join(',')] });
  return ref;
}

/** How long one hoist build may take before it fails. */
const HOIST_DEADLINE_MS = 120_000;

/** Builds with hoist for several platforms into an OCI layout (Engine 26's front-end, as the conformance suite). */
export async function hoistBuildPlatforms(env: ConformanceEnv, ctx: string, dockerfile: string, out: string, platforms: Platform[], opts: { buildArgs?: Record<string, string>; target?: string; executor?: Parameters<typeof runBuild>[1]['executor']; mountRootfs?: Parameters<typeof runBuild>[1]['mountRootfs'] } = {}) {
  return runBuild(
    { contextDir: ctx, dockerfile, buildArgs: opts.buildArgs ?? {}, target: opts.target, platforms, platformsGiven: true, push: [], names: [parseReference('hoist.test/multi-platform:latest')], outputs: [{ kind: 'oci', dir: out }], format: { family: 'oci', compression: 'gzip' }, stateDir: path.join(out, '..', 'hoist-state'), tempDir: path.join(out, '..'), legacyFrontend: true },
    { registry: env.client, buildPlatform: hostPlatform(), now: Date.now, executor: opts.executor, mountRootfs: opts.mountRootfs, signal: AbortSignal.timeout(HOIST_DEADLINE_MS) },
  );
}

/** Writes a case's context and Dockerfile; returns their paths. */
async function prepareCase(env: ConformanceEnv, c: MultiPlatformCase, vars: Record<string, string>): Promise<{ dir: string; ctx: string; dockerfile: string }> {
  const dir = path.join(env.root, c.name);
  const ctx = contextDirOf(env, { name: c.name, dockerfile: '' });
  await materializeContext(ctx, c.context ?? []);
  const dockerfile = path.join(dir, 'Dockerfile');
  await writeFile(dockerfile, fillVars(c.dockerfile, { BASE: env.base, ...vars }));
  return { dir, ctx, dockerfile };
}

/** Builds a case with both builders (docker without its cache) and returns the differences (empty when equal). */
export async function runMultiPlatformCase(env: ConformanceEnv, c: MultiPlatformCase, vars: Record<string, string>, hoistOpts: Parameters<typeof hoistBuildPlatforms>[5] = {}): Promise<string[]> {
  const { dir, ctx, dockerfile } = await prepareCase(env, c, vars);
  const dockerOut = path.join(dir, 'docker');
  const hoistOut = path.join(dir, 'hoist');
  await Promise.all([
    dockerBuild(ctx, dockerfile, dockerOut, { buildArgs: c.buildArgs, target: c.target, noCache: true, extraArgs: ['--platform', c.platforms.join(',')] }),
    hoistBuildPlatforms(env, ctx, dockerfile, hoistOut, c.platforms.map((p) => parsePlatform(p)), { buildArgs: c.buildArgs, target: c.target, ...hoistOpts }),
  ]);
  await validateLayout(hoistOut);
  return compareIndexes(await readPlatformImages(hoistOut), await readPlatformImages(dockerOut));
}

/** Builds a case that must fail with both builders; returns each one's error message. */
export async function runFailingMultiPlatformCase(env: ConformanceEnv, c: MultiPlatformCase, vars: Record<string, string>, hoistOpts: Parameters<typeof hoistBuildPlatforms>[5] = {}): Promise<{ hoist: string; docker: string }> {
  const { dir, ctx, dockerfile } = await prepareCase(env, c, vars);
  const failure = (p: Promise<unknown>, who: string) =>
    p.then(
      () => {
        throw new Error(`${who} built ${c.name}, which should fail`);
      },
      (e: Error) => e.message,
    );
  const [docker, hoist] = await Promise.all([
    failure(dockerBuild(ctx, dockerfile, path.join(dir, 'docker'), { buildArgs: c.buildArgs, target: c.target, noCache: true, extraArgs: ['--platform', c.platforms.join(',')] }), 'docker'),
    failure(hoistBuildPlatforms(env, ctx, dockerfile, path.join(dir, 'hoist'), c.platforms.map((p) => parsePlatform(p)), { buildArgs: c.buildArgs, target: c.target, ...hoistOpts }), 'hoist'),
  ]);
  return { hoist, docker };
}
