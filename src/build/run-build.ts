import type { CheckWarning } from '../dockerfile/checks.js';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { attestationManifest, provenanceStatement, type ProvenanceOptions } from './provenance.js';
import type { GitContextRef } from '../context/git-context.js';
import type { CacheSaveReport, CacheStore } from '../cache/types.js';
import { formatPlatform } from '../oci/platform.js';
import type { Platform } from '../oci/types.js';
import type { RegistryClient } from '../registry/client.js';
import type { Reference } from '../registry/reference.js';
import { formatReference, withTag } from '../registry/reference.js';
import { localContextProblem, type NamedContexts } from '../dockerfile/named-contexts.js';
import type { Executor, LayerSource, RunNetwork, Ulimit } from '../sandbox/types.js';
import type { ExtraHost } from './run-options.js';
import { build, type BuildResult } from './builder.js';
import { markBadBlob } from './blobs.js';
import { loadIntoDocker } from './docker-load.js';
import { annotationsNeedOci, unplacedIndexAnnotations, type Annotations } from './annotations.js';
import { exportLocal, exportTar, type FsImage, type PrivilegedTarExport } from './export-fs.js';
import { assembleImage, exportTime, isIndexImage, toPushable, writeDockerArchive, writeOciLayout, writeOciTarball, type ImageArtifact, type PushableImage } from './output.js';
import type { BuildOutput } from './output-spec.js';
import { pushImage, type PushReport } from './push.js';
import type { BuildEvents, OutputFormat, StepReport } from './types.js';

export type { BuildOutput } from './output-spec.js';

/** One build request: what the CLI's flags and the action's inputs both turn into. */
export interface BuildRequest {
  contextDir: string;
  /** .dockerignore patterns ahead of the context's own (BuildOptions.contextIgnore). */
  contextIgnore?: readonly string[];
  dockerfile?: string;
  buildArgs: Record<string, string>;
  target?: string;
  /** Named build contexts (`--build-context`), by normalized name. */
  namedContexts?: NamedContexts;
  platforms: Platform[];
  /** `platforms` were asked for (buildx `--platform`), not the host's by default; several always are (BuildOptions.platformExplicit). */
  platformsGiven?: boolean;
  labels?: Record<string, string>;
  /** Annotations by level (`splitAnnotations`); OCI only: index and descriptor ones turn OCI media types on, as in BuildKit. */
  annotations?: Annotations;
  /** References to push to (their tags); empty when not pushing. */
  push: Reference[];
  /** Names for the outputs (OCI ref.name, docker load tags) when they differ from `push` (e.g. not pushing). */
  names?: Reference[];
  outputs: BuildOutput[];
  /** The Docker daemon's unix socket, for a `load` output (default /var/run/docker.sock). */
  dockerSocket?: string;
  noCache?: boolean;
  noCacheFilter?: string[];
  sourceDateEpoch?: number;
  format: OutputFormat;
  secrets?: Record<string, string>;
  /** SSH agents to forward (`--ssh`): id -> host socket. */
  ssh?: Record<string, string>;
  /** The network of a RUN without `--network` (buildx `--network`). */
  network?: RunNetwork;
  /** Lines added to RUN's /etc/hosts (buildx `--add-host`). */
  extraHosts?: ExtraHost[];
  /** Bytes of RUN's /dev/shm tmpfs (buildx `--shm-size`). */
  shmSize?: number;
  /** Resource limits of RUN's processes (buildx `--ulimit`). */
  ulimits?: Ulimit[];
  stateDir: string;
  tempDir: string;
  /** A SLSA provenance attestation per platform (`--provenance`, the action's `provenance`); OCI outputs and pushes only. */
  provenance?: ProvenanceOptions;
  /** The Dockerfile front-end as Docker Engine 26's BuildKit has it (BuildOptions.legacyFrontend). */
  legacyFrontend?: boolean;
}

/** Services a build uses, created by the caller (CLI or action). */
export interface BuildDeps {
  registry: RegistryClient;
  cache?: CacheStore;
  executor?: () => Promise<Executor>;
  /** Fetches a named Git context when the build first uses it (BuildOptions.fetchGitContext). */
  fetchGitContext?: (git: GitContextRef) => Promise<string>;
  /** Starts fetching the blobs of layers a RUN will stand on (see BuildOptions.prefetchLayers). */
  prefetchLayers?: (layers: LayerSource[]) => void;
  mountRootfs?: (layers: LayerSource[]) => Promise<{ path: string; release(): Promise<void> }>;
  /** Writes a `type=tar` output for a caller that is not root (the CLI and the action give sandbox/index.ts `exportTarPrivileged`). */
  exportTarPrivileged?: PrivilegedTarExport;
  buildPlatform: Platform;
  now: () => number;
  events?: BuildEvents;
  signal?: AbortSignal;
  log?: (m: string) => void;
  /** Each tag as it reaches its registry (`registry/repo:tag`), before the push of the next. */
  onPushed?: (ref: string) => void;
}

/** Everything the caller reports: digests, per-step results, push and cache outcomes. */
export interface BuildOutcome {
  /** Digest of what tags point at (index or manifest). */
  digest: string;
  /** Digest of the (first platform's) config: Docker's image ID. */
  imageId: string;
  image: PushableImage;
  artifacts: ImageArtifact[];
  reports: StepReport[];
  push?: PushReport;
  cache?: CacheSaveReport;
  warnings: string[];
}

/**
 * hoist's main job, shared by the CLI and the action: build every requested platform, then write the outputs and
 * push to the registries (blobs first, manifests after) while the new layers are saved to the cache (best effort;
 * a failed push still leaves the cache saved, so a retry rebuilds nothing).
 */
export async function runBuild(request: BuildRequest, deps: BuildDeps): Promise<BuildOutcome> {
  let req = request;
  const startedOn = deps.now();
  const invocationId = randomBytes(13).toString('hex').slice(0, 25);
  for (const [name, c] of req.namedContexts ?? []) {
    // The CLI and the action give the fetcher (context/git-context.ts namedGitContextFetcher).
    if (c.kind === 'git' && !deps.fetchGitContext) throw new Error(`build context ${name}: a Git context needs BuildDeps.fetchGitContext`);
    // As buildx: a local context that is not there fails the build before it starts, used by a stage or not.
    const problem = localContextProblem(name, c);
    if (problem) throw new Error(problem);
  }
  if (req.provenance && req.format.family === 'docker') throw new Error('provenance attestations need OCI media types (Docker manifest lists cannot list them): drop --media-types docker, or the provenance');
  if (req.format.compression === 'zstd' && req.format.family === 'docker') {
    deps.events?.warning?.('zstd layers exist only in OCI manifests: writing OCI media types');
    req = { ...req, format: { ...req.format, family: 'oci' } };
  }
  if (annotationsNeedOci(req.annotations) && req.format.family === 'docker') {
    // As BuildKit (ImageCommitOpts.OCI): Docker's formats have no place for index or descriptor annotations.
    deps.events?.warning?.('index and descriptor annotations exist only in OCI images: writing OCI media types');
    req = { ...req, format: { ...req.format, family: 'oci' } };
  }
  const unplaced = unplacedIndexAnnotations(req.annotations, req.platforms.length, req.provenance !== undefined);
  if (unplaced.length) deps.events?.warning?.(`annotations ${unplaced.join(', ')} not applied: an image of one platform without attestations has no index (BuildKit refuses them: build several platforms or add provenance)`);
  // A cached layer found corrupt while the outputs are written or the image is pushed (its blob is first read
  // there when every step was cached) is a cache fault: the build runs again without it, as `build` does itself.
  const badDigests = new Set<string>();
  // A warning is shown once, not once per platform or per attempt (as buildx de-duplicates the build's warnings).
  const shown = new Set<string>();
  const events = deps.events?.warning
    ? {
        ...deps.events,
        warning: (m: string, file?: string, line?: number, check?: CheckWarning) => {
          const key = `${file ?? ''}\0${line ?? 0}\0${m}`;
          if (shown.has(key)) return;
          shown.add(key);
          deps.events!.warning!(m, file, line, check);
        },
      }
    : deps.events;
  for (let attempt = 0; ; attempt++) {
    const results: BuildResult[] = [];
    try {
      for (const platform of req.platforms) {
        if (req.platforms.length > 1) deps.events?.info?.(`building for ${formatPlatform(platform)}`);
        results.push(
          await build({
            contextDir: req.contextDir,
            contextIgnore: req.contextIgnore,
            dockerfile: req.dockerfile,
            buildArgs: req.buildArgs,
            target: req.target,
            namedContexts: req.namedContexts,
            platform,
            platformExplicit: req.platformsGiven || req.platforms.length > 1,
            buildPlatform: deps.buildPlatform,
            labels: req.labels,
            noCache: req.noCache,
            noCacheFilter: req.noCacheFilter,
            sourceDateEpoch: req.sourceDateEpoch,
            format: req.format,
            secrets: req.secrets,
            ssh: req.ssh,
            network: req.network,
            extraHosts: req.extraHosts,
            shmSize: req.shmSize,
            ulimits: req.ulimits,
            legacyFrontend: req.legacyFrontend,
            stateDir: req.stateDir,
            tempDir: req.tempDir,
            registry: deps.registry,
            cache: deps.cache,
            executor: deps.executor,
            prefetchLayers: deps.prefetchLayers,
            fetchGitContext: deps.fetchGitContext,
            mountRootfs: deps.mountRootfs,
            now: deps.now,
            events,
            signal: deps.signal,
            badDigests,
          }),
        );
      }
      const artifacts = results.map((r) => assembleImage(r.image, req.format, req.annotations));
      const names = req.names ?? req.push;
      const finishedOn = deps.now();
      const provenance = req.provenance;
      const attestations = provenance
        ? artifacts.map((a, i) => {
            const base = results[i].image;
            const statement = provenanceStatement(provenance, {
              platform: a.platform,
              manifestDigest: a.manifestDigest,
              names,
              materials: base.baseName && base.baseDigest ? [{ ref: base.baseName, digest: base.baseDigest }] : [],
              dockerfile: path.basename(req.dockerfile ?? 'Dockerfile'),
              target: req.target,
              buildArgs: req.buildArgs,
              startedOn,
              finishedOn,
              invocationId,
            });
            return attestationManifest(statement, a.manifestDigest);
          })
        : [];
      const image = toPushable(artifacts, req.annotations, attestations);
      // Docker's image store takes no attestations (as buildx's docker exporter): those outputs get the images.
      const plain = attestations.length ? toPushable(artifacts, req.annotations) : image;
      const openLayer = (l: Parameters<BuildResult['openLayer']>[0]) => results[0].openLayer(l);
      // The cache save (best effort, never throws) runs while the outputs are written and the image is pushed:
      // it reads the same finished blob files, and neither waits for the other. Base-layer summaries go first
      // (each once, whichever platform read it), then the steps in build order.
      let saving: Promise<CacheSaveReport> | undefined;
      if (deps.cache) {
        const summaries = new Map(results.flatMap((r) => r.summaryRecords()).map((rec) => [rec.key, rec]));
        const records = [...summaries.values(), ...results.flatMap((r) => r.newRecords)];
        saving = deps.cache.save(records, results.flatMap((r) => r.newBlobs));
      }
      let push: PushReport | undefined;
      let loadedId: string | undefined;
      let cache: CacheSaveReport | undefined;
      try {
        const fsImages = (): FsImage[] => artifacts.map((a, i) => ({ platform: a.platform, layers: a.layers, openTar: (l) => results[i].openLayerTar(l), openBlob: (l) => results[i].openLayer(l) }));
        const repoTags = names.filter((r) => r.tag && !r.digest).map((r) => String(r));
        // OCI outputs: each tag as `ref.name`, with the full name as `io.containerd.image.name` (BuildKit's oci
        // exporter writes both; `docker load` names an OCI archive's image from the latter).
        const tagged = names.filter((r) => r.tag);
        const tags = tagged.map((r) => r.tag!);
        const fullNames = tagged.map((r) => formatReference(withTag(r, r.tag!), 'full'));
        const created = exportTime(results[0].sourceDateEpoch, deps.now());
        for (const out of req.outputs) {
          if (out.kind === 'oci') await writeOciLayout(out.dir, image, tags, openLayer, fullNames, created);
          else if (out.kind === 'oci-tar') await writeOciTarball(out.file, image, tags, openLayer, req.tempDir, fullNames, created);
          else if (out.kind === 'docker') await writeDockerArchive(out.file, plain, repoTags, openLayer, req.tempDir, created);
          else if (out.kind === 'load') {
            const { loaded, id } = await loadIntoDocker(req.dockerSocket ?? '/var/run/docker.sock', plain, repoTags, openLayer, req.tempDir);
            loadedId = id;
            deps.log?.(`loaded into Docker: ${loaded.join(', ') || 'the image'}`);
          }
          // SOURCE_DATE_EPOCH sets every exported file's mtime, as BuildKit's local and tar exporters do.
          else if (out.kind === 'local') await exportLocal(out.dir, fsImages(), { epoch: results[0].sourceDateEpoch });
          else await exportTar(out.file, fsImages(), req.tempDir, { epoch: results[0].sourceDateEpoch, privileged: deps.exportTarPrivileged });
        }
        if (req.push.length) push = await pushImage(deps.registry, req.push, image, openLayer, deps.log, deps.onPushed);
      } catch (e) {
        const missing = markBadBlob(e, badDigests, attempt);
        if (missing) {
          deps.events?.warning?.(`${missing.message}; rebuilding the steps that made it`);
          continue;
        }
        throw e;
      } finally {
        cache = await saving;
      }
      return {
        digest: image.topDigest,
        // As buildx: the ID Docker gave the image it loaded (what `docker run` takes), else the config digest for
        // a lone manifest, the index digest once tags point at an index.
        imageId: loadedId ?? (isIndexImage(image) ? image.topDigest : artifacts[0].configDigest),
        image,
        artifacts,
        reports: results.flatMap((r) => r.reports),
        push,
        cache,
        warnings: [...new Set(results.flatMap((r) => r.warnings))],
      };
    } finally {
      for (const r of results) await r.close().catch(() => undefined);
    }
  }
}
