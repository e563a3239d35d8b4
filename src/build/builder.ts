import path from 'node:path';
import type { Readable } from 'node:stream';
import { defaultDockerfilePath, openBuildContext } from '../context/context.js';
import { ContextHasher } from '../context/hash.js';
import { copySources } from './context-sources.js';
import { DockerfileError, parseDockerfile, planStages, formatWarning, type Dockerfile, type StageScope } from '../dockerfile/index.js';
import { checkConfigOf, checkViolation, defaultChecks, type CheckConfig } from '../dockerfile/checks.js';
import { checkBuild, readDockerfile } from './check.js';
import type { Executor, LayerSource } from '../sandbox/types.js';
import { BlobAccess, markBadBlob } from './blobs.js';
import { imageBases, onceEach } from './image-source.js';
import type { BuiltLayer } from './layers.js';
import type { BuildOptions, BuildSession } from './session.js';
import { StageRunner } from './stage.js';
import { contextKey, lookupNamedContext } from '../dockerfile/named-contexts.js';
import { formatPlatform } from '../oci/platform.js';
import { goTime } from './go-format.js';
import { applyTargetPlatform } from './config.js';
import { goReferenceError, parseReference } from '../registry/reference.js';
import type { HistoryEntry, Platform } from '../oci/types.js';
import { layoutContextState } from './layout-context.js';
import { localContextState } from './named-context.js';
import type { ImageState, StepReport } from './types.js';
import type { BlobFile, CacheRecord } from '../cache/types.js';

/** What a build produced: the target stage's image state plus what the cache and the reports need. */
export interface BuildResult {
  /** The target stage: config (labels applied, history, rootfs) and layers. */
  image: ImageState;
  reports: StepReport[];
  /** Records and blobs of the steps this build made (for the layer cache). */
  newRecords: CacheRecord[];
  newBlobs: BlobFile[];
  /** Records of base-image layer summaries the cache lacked (no layer; saved with newRecords). */
  summaryRecords(): CacheRecord[];
  warnings: string[];
  /** Opens a layer's compressed blob (for pushing and writing outputs); verified while read. */
  openLayer(layer: BuiltLayer): Promise<Readable>;
  /** Opens a layer as an uncompressed tar (for the filesystem outputs). */
  openLayerTar(layer: BuiltLayer): Promise<Readable>;
  /** Releases mounts and the executor. Call once when outputs are written. */
  close(): Promise<void>;
  /** SOURCE_DATE_EPOCH as the build resolved it (build arg, environment or global ARG), seconds. */
  sourceDateEpoch?: number;
}

function byteCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Indexes of the stages the target's filesystem is made of (its FROM chain and what it copies from). */
function finalStageSet(plan: ReturnType<typeof planStages>): Set<number> {
  const out = new Set<number>();
  let st: (typeof plan.stages)[number] | undefined = plan.target;
  while (st) {
    out.add(st.index);
    const base: (typeof plan.stages)[number]['base'] = st.base;
    st = base.kind === 'stage' ? plan.stages.find((x) => x.index === base.stage) : undefined;
  }
  return out;
}

/**
 * Whether a `# syntax=` directive (or BUILDKIT_SYNTAX) selects a Dockerfile frontend newer than Engine 26's: docker
 * build then runs that frontend image (`docker/dockerfile:1`, `:1-labs`, `:latest`, `:labs` float to today's;
 * `:1.8` and later minors), whose history strings and global ARGs are today's BuildKit's. Without such a pin
 * (none, 1.0-1.7, another frontend) the engine's own frontend builds it: Engine 26's (BuildOptions.legacyFrontend).
 */
export function pinsCurrentFrontend(syntax: string | undefined): boolean {
  const m = /^(?:docker\.io\/)?docker\/dockerfile(?:-upstream)?:([^@]+)(?:@sha256:[0-9a-f]{64})?$/.exec(syntax?.trim() ?? '');
  if (!m) return false;
  const tag = m[1].replace(/-labs$/, '');
  if (['1', 'latest', 'labs', 'master'].includes(tag)) return true;
  const v = /^1\.([0-9]+)(?:\.[0-9]+)?$/.exec(tag);
  return v !== null && Number(v[1]) >= 8;
}

/**
 * The build-check options. A bad `# check=` or BUILDKIT_DOCKERFILE_CHECK fails before any work. Engine 26's frontend
 * (1.7) predates build checks: there they do nothing, so a bad value is ignored and `error=true` never stops the
 * build (`errorIgnored` says it was asked for); what they skip is still skipped.
 */
function buildChecks(dockerfile: Dockerfile, buildArgs: Record<string, string>, legacy: boolean): { config: CheckConfig; errorIgnored: boolean } {
  if (!legacy) return { config: checkConfigOf(dockerfile, buildArgs), errorIgnored: false };
  try {
    const config = checkConfigOf(dockerfile, buildArgs);
    return { config: { ...config, error: false }, errorIgnored: config.error };
  } catch {
    return { config: defaultChecks(), errorIgnored: false };
  }
}

/**
 * SOURCE_DATE_EPOCH as BuildKit takes it: a `--build-arg`, else the environment variable (buildx passes it as a
 * build arg when none is given; callers give it as `sourceDateEpoch`), else, in today's BuildKit, a global ARG's
 * value. Seconds, as Go's ParseInt reads them; empty means none.
 */
function sourceDateEpochOf(opts: BuildOptions, plan: ReturnType<typeof planStages>): number | undefined {
  const key = 'SOURCE_DATE_EPOCH';
  let value = Object.prototype.hasOwnProperty.call(opts.buildArgs, key) ? opts.buildArgs[key] : undefined;
  if (value === undefined && opts.sourceDateEpoch !== undefined) return opts.sourceDateEpoch;
  if (value === undefined && !opts.legacyFrontend) value = plan.globalArgs.get(key);
  if (value === undefined || value === '') return opts.sourceDateEpoch;
  if (!/^[+-]?[0-9]{1,18}$/.test(value)) throw new Error(`invalid SOURCE_DATE_EPOCH: ${value}`);
  return Number(value);
}

/**
 * Builds the target stage of a Dockerfile for one platform: parses and plans, resolves bases, runs every
 * needed stage with content-addressed step caching, and returns the image. Pushing, outputs and saving the
 * cache are the caller's (see `output.ts` and `run-build.ts`).
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  let opts = options;
  const dockerfilePath = opts.dockerfile ?? defaultDockerfilePath(opts.contextDir);
  const fileLabel = path.relative(process.cwd(), dockerfilePath) || dockerfilePath;
  const text = opts.dockerfileText ?? (await readDockerfile(dockerfilePath));
  const dockerfile = parseDockerfile(text, { file: fileLabel });
  if (opts.legacyFrontend === undefined) opts = { ...opts, legacyFrontend: !pinsCurrentFrontend(opts.buildArgs.BUILDKIT_SYNTAX ?? dockerfile.directives.syntax) };
  const plan = planStages(dockerfile, { buildArgs: opts.buildArgs, target: opts.target, namedContexts: opts.namedContexts, targetPlatform: opts.platform, buildPlatform: opts.buildPlatform, legacyFrontend: opts.legacyFrontend });
  opts = { ...opts, sourceDateEpoch: sourceDateEpochOf(opts, plan) };
  // BuildKit parses the base of every stage, built or not (resolveReachableStages): a bad reference fails the build.
  for (const st of plan.allStages) {
    if (st.base.kind !== 'image') continue;
    try {
      parseReference(st.base.ref);
    } catch (e) {
      // In Go's words (distribution/reference), as BuildKit reports it.
      throw new DockerfileError(fileLabel, st.ast.from.startLine, `failed to parse stage name "${st.base.ref}": ${goReferenceError(st.base.ref)}`, st.ast.from.endLine);
    }
  }
  const { config: checkConfig, errorIgnored } = buildChecks(dockerfile, opts.buildArgs, opts.legacyFrontend ?? false);
  const warnings = plan.warnings.map(formatWarning);
  for (const w of plan.warnings) opts.events?.warning?.(w.message, w.file, w.line);

  const context = await openBuildContext(opts.contextDir, opts.dockerfile ? dockerfilePath : undefined, opts.contextIgnore);
  const hasher = await ContextHasher.open(path.join(opts.stateDir, 'context-hashes.json'));
  // While the cache index loads: the COPY sources' files are read on a worker thread, and the FROM images resolved.
  const resolveImage = onceEach(opts.registry);
  for (const base of imageBases(plan, opts.platform)) resolveImage(base.ref, base.platform).catch(() => undefined);
  await hasher.prefetch(context, copySources(plan.stages));
  let blobs: BlobAccess;
  try {
    blobs = new BlobAccess({ registry: opts.registry, cache: opts.cache, blobDir: path.join(opts.stateDir, 'blobs'), summaryDir: path.join(opts.stateDir, 'summaries') });
    await opts.cache?.load();
    // Build checks, with the base images' config, before any step runs (`error=true` stops the build here).
    const checks = await checkBuild(dockerfile, plan, checkConfig, { buildArgs: opts.buildArgs, platform: opts.platform, buildPlatform: opts.buildPlatform, resolveImage, namedContexts: opts.namedContexts, dockerignore: context.dockerignore });
    for (const w of checks) {
      const message = `${w.rule}: ${w.message}`;
      warnings.push(formatWarning({ file: w.file, line: w.line, message }));
      opts.events?.warning?.(message, w.file, w.line, w);
    }
    const violation = checkViolation(checkConfig, checks);
    if (violation) throw new DockerfileError(dockerfile.file, 0, violation);
    if (checks.length && errorIgnored) {
      const message = 'check error=true not applied: without a "# syntax=docker/dockerfile:1" line hoist follows Engine 26\'s Dockerfile frontend, which has no build checks';
      warnings.push(formatWarning({ file: dockerfile.file, line: 0, message }));
      opts.events?.warning?.(message, dockerfile.file, 0);
    }
  } catch (e) {
    await hasher.close();
    throw e;
  }

  // Created once, on first use; concurrent first uses (a warm-up and a RUN) share the one being created.
  let executor: Promise<Executor> | undefined;
  const closeExecutor = async () => {
    const ex = await executor?.catch(() => undefined);
    executor = undefined;
    await ex?.close();
  };
  const badDigests = opts.badDigests ?? new Set<string>();
  const startedAt = goTime(opts.sourceDateEpoch !== undefined ? opts.sourceDateEpoch * 1000 : opts.now());

  for (let attempt = 0; ; attempt++) {
    const namedStates = new Map<string, Promise<ImageState>>();
    const s: BuildSession = {
      opts,
      dockerfile,
      plan,
      context,
      hasher,
      blobs,
      resolveImage,
      stages: new Map(),
      namedContext: (name: string, platform: Platform): Promise<ImageState> => {
        const stateKey = `${contextKey(name) ?? name}\0${formatPlatform(platform)}`;
        let p = namedStates.get(stateKey);
        if (!p) {
          const nc = lookupNamedContext(opts.namedContexts, name);
          const key = contextKey(name) ?? name;
          if (nc?.kind === 'local') p = localContextState(s, key, nc.dir, platform);
          else if (nc?.kind === 'git') p = (opts.fetchGitContext ? opts.fetchGitContext(nc.git) : Promise.reject(new Error(`build context "${name}" is a Git repository and nothing fetches it`))).then((dir) => localContextState(s, key, dir, platform));
          else if (nc?.kind === 'oci-layout') p = layoutContextState(key, nc, platform);
          else p = Promise.reject(new Error(`no local, Git or oci-layout build context is named "${name}"`));
          namedStates.set(stateKey, p);
        }
        return p;
      },
      scopes: new Map<number, StageScope>(),
      stageEnv: new Map(),
      badDigests,
      forcedKeys: new Set(),
      newRecords: [],
      newBlobs: [],
      reports: [],
      startedAt,
      layerDescriptions: new WeakMap(),
      pulledFrom: new WeakMap(),
      cleanups: [],
      contextBinds: new Map(),
      background: [],
      finalStages: finalStageSet(plan),
      executor: () => {
        if (!executor) {
          const create = opts.executor;
          const p = create ? create() : Promise.reject(new Error('no RUN executor is configured'));
          executor = p;
          // A failed creation is not kept: the next step that needs an executor tries again.
          p.catch(() => {
            if (executor === p) executor = undefined;
          });
        }
        return executor;
      },
      layerSource: (layer: BuiltLayer): LayerSource => ({ diffId: layer.diffId, mediaType: layer.mediaType, open: () => blobs.open(layer), file: () => blobs.file(layer) }),
      openLayer: (layer: BuiltLayer) => blobs.open(layer),
      openLayerTar: (layer: BuiltLayer) => blobs.openTar(layer),
      warmUp: (layers: BuiltLayer[], rootfs: boolean) => {
        for (const l of layers) blobs.summary(l).catch(() => undefined);
        if (rootfs && layers.length > 0 && opts.executor) {
          // The blobs first: creating the executor (probing the host, starting its worker) takes a while.
          opts.prefetchLayers?.(layers.map((l) => s.layerSource(l)));
          void s.executor().then((ex) => ex.prepare?.(layers.map((l) => s.layerSource(l)))).catch(() => undefined);
        }
      },
    };
    const release = async () => {
      for (const c of s.cleanups.splice(0).reverse()) await c().catch(() => undefined);
    };
    try {
      for (const stage of plan.stages) {
        const runner = new StageRunner(s, stage);
        const { state, scope } = await runner.run();
        s.stages.set(stage.index, state);
        s.scopes.set(stage.index, scope);
      }
      await Promise.all(s.background);
      await hasher.close();
      await hasher.save().catch(() => undefined);
      const image = s.stages.get(plan.target.index)!;
      finalizeImage(image, s, opts);
      return {
        image,
        reports: s.reports,
        newRecords: s.newRecords,
        newBlobs: s.newBlobs,
        summaryRecords: () => blobs.summaryRecords(),
        warnings,
        sourceDateEpoch: opts.sourceDateEpoch,
        openLayer: (layer) => blobs.open(layer),
        openLayerTar: (layer) => blobs.openTar(layer),
        close: async () => {
          await release();
          await closeExecutor();
        },
      };
    } catch (e) {
      await Promise.allSettled(s.background);
      await release();
      const missing = markBadBlob(e, badDigests, attempt);
      if (missing) {
        opts.events?.warning?.(`cached layer ${missing.digest} could not be restored; rebuilding the steps that made it`);
        continue;
      }
      await closeExecutor();
      await hasher.close();
      throw e;
    }
  }
}

/**
 * Final touches on the target image: labels passed in, `created` times (SOURCE_DATE_EPOCH; or, when every step
 * came from the cache, the time the cached layers were made, so an unchanged rebuild gives the same config and
 * manifest digests), and rootfs.
 */
function finalizeImage(image: ImageState, s: BuildSession, opts: BuildOptions): void {
  const c = (image.config.config ??= {});
  if (opts.labels && Object.keys(opts.labels).length) c.Labels = { ...(c.Labels ?? {}), ...opts.labels };
  let created = s.startedAt;
  if (opts.sourceDateEpoch === undefined && !s.reports.some((r) => r.status === 'built')) {
    const times = s.newRecords.length === 0 ? cachedTimes(s) : [];
    if (times.length) created = times.sort(byteCompare)[times.length - 1];
  }
  const history = (image.config.history ??= []);
  for (const h of history) {
    if (h.created !== s.startedAt) continue;
    // BuildKit's frontend gives a config-only step no time of its own (without SOURCE_DATE_EPOCH): the exporter fills it in below.
    if (h.empty_layer && opts.sourceDateEpoch === undefined) delete h.created;
    else h.created = created;
  }
  alignHistory(history, image.layers, (l) => s.layerDescriptions.get(l), created);
  fillHistoryTimes(history);
  // The image's time is the last history entry's (BuildKit's exporter): a build that adds no layer keeps its base's.
  const last = opts.sourceDateEpoch !== undefined ? created : [...history].reverse().find((h) => h.created !== undefined)?.created;
  if (last !== undefined) image.config.created = last;
  else delete image.config.created;
  image.config.rootfs = { type: 'layers', diff_ids: image.layers.map((l) => l.diffId) };
  if (opts.platformExplicit) {
    applyTargetPlatform(image.config, opts.platform, opts.legacyFrontend ?? false);
    image.platform = { ...opts.platform };
  }
}

/**
 * Makes the history name every layer once, as BuildKit's exporter does (normalizeLayersAndHistory): entries for
 * more layers than the image has are made empty from the bottom; layers a base's history left out get an entry
 * each, appended, described as BuildKit's cache records describe the last layers.
 */
export function alignHistory(history: HistoryEntry[], layers: readonly BuiltLayer[], describe: (l: BuiltLayer) => string | undefined, created: string): void {
  let named = history.filter((h) => !h.empty_layer).length;
  if (named > layers.length) {
    let n = 0;
    for (const h of history) {
      if (n >= layers.length) h.empty_layer = true;
      if (!h.empty_layer) n++;
    }
    named = n;
  }
  for (let i = named; i < layers.length; i++) {
    history.push({ created, created_by: describe(layers[i]) ?? 'created by buildkit', comment: 'buildkit.exporter.image.v0' });
  }
}

/**
 * Gives every history entry without a time one, as BuildKit's exporter does: the first time that follows an entry
 * without one (the first new layer's), else the last time before; after that, each entry takes the last time seen.
 */
export function fillHistoryTimes(history: HistoryEntry[]): void {
  let fill: string | undefined;
  let gap = false;
  for (const h of history) {
    if (h.created !== undefined) {
      fill = h.created;
      if (gap) break;
    } else gap = true;
  }
  gap = false;
  for (const h of history) {
    if (h.created !== undefined) {
      if (gap) fill = h.created;
    } else {
      gap = true;
      if (fill !== undefined) h.created = fill;
    }
  }
}

function cachedTimes(s: BuildSession): string[] {
  const out: string[] = [];
  for (const r of s.reports) {
    if (r.status !== 'cached' || !r.cacheKey) continue;
    const rec = s.opts.cache?.lookup(r.cacheKey);
    const t = rec?.meta?.created;
    if (typeof t === 'string') out.push(t);
  }
  return out;
}
