import type { GitContextRef } from '../context/git-context.js';
import type { Readable } from 'node:stream';
import type { CacheRecord, CacheStore, BlobFile } from '../cache/types.js';
import type { BuildContext } from '../context/context.js';
import type { ContextHasher } from '../context/hash.js';
import type { Dockerfile, StagePlan, StageScope } from '../dockerfile/index.js';
import type { Platform } from '../oci/types.js';
import type { RegistryClient } from '../registry/client.js';
import type { Executor, LayerSource, RunNetwork, Ulimit } from '../sandbox/types.js';
import type { ExtraHost } from './run-options.js';
import type { BlobAccess } from './blobs.js';
import type { BuiltLayer } from './layers.js';
import type { BuildEvents, ImageState, OutputFormat, StepReport } from './types.js';
import type { NamedContexts } from '../dockerfile/named-contexts.js';

/** Everything a build reads from outside, passed in (no process.env, no global clock). */
export interface BuildOptions {
  contextDir: string;
  /** .dockerignore patterns ahead of the context's own (the action's default workspace context: `.git`). */
  contextIgnore?: readonly string[];
  /** Path of the Dockerfile (default: `<contextDir>/Dockerfile`). */
  dockerfile?: string;
  /** Dockerfile text, when it does not come from a file (e.g. stdin). */
  dockerfileText?: string;
  buildArgs: Record<string, string>;
  target?: string;
  /** Named build contexts (`--build-context NAME=...`), by normalized name. */
  namedContexts?: NamedContexts;
  platform: Platform;
  /**
   * The platform was asked for (buildx `--platform`, or one of several): the image's config names `platform` even
   * when the final stage ran on another (BuildKit's non-implicit target; config.ts `applyTargetPlatform`).
   */
  platformExplicit?: boolean;
  buildPlatform: Platform;
  /** Labels added to the final image (e.g. from the tag rules). */
  labels?: Record<string, string>;
  noCache?: boolean;
  /** Stages that must not use the cache (BuildKit's --no-cache-filter). */
  noCacheFilter?: string[];
  sourceDateEpoch?: number;
  format: OutputFormat;
  /** Build secrets: id -> host file. */
  secrets?: Record<string, string>;
  /** SSH agents to forward (`--ssh`): id -> host socket (ssh.ts). */
  ssh?: Record<string, string>;
  /** Fetches a named Git context the first time a FROM, COPY --from or RUN --mount names it; its checkout's directory. */
  fetchGitContext?: (git: GitContextRef) => Promise<string>;
  /** The network of a RUN without `--network` (`--network`; default: `default`). */
  network?: RunNetwork;
  /** Lines added to RUN's /etc/hosts (`--add-host`). */
  extraHosts?: ExtraHost[];
  /** Bytes of the tmpfs every RUN gets at /dev/shm (`--shm-size`); the sandbox's 64 MiB when absent. */
  shmSize?: number;
  /** Resource limits of RUN's processes (`--ulimit`). */
  ulimits?: Ulimit[];
  /**
   * The Dockerfile front-end as Docker Engine 26's BuildKit (v0.13, Dockerfile frontend 1.7) has it: true, or
   * false for today's BuildKit (read from moby/buildkit's source). Default (undefined): Engine 26's, the `docker
   * build` of Debian's docker.io and the conformance tests' reference, unless `# syntax=` (or BUILDKIT_SYNTAX) pins
   * a newer frontend image, which docker build would run instead (builder.ts `pinsCurrentFrontend`). Engine 26's
   * differs in history: an ARG line shows the
   * default as written (not a --build-arg or imported value), RUN's `|N` lists only the stage's own ARG
   * declarations, repeats included, HEALTHCHECK is Go's `%q` of the config pointer, EXPOSE the `map[...]` of its
   * ports (config.ts, stage.ts, steps.ts `runCommandString`); and in ARGs: a bare global one shadows an automatic
   * platform arg (plan.ts), the defaults of one ARG line are expanded before any of its names is set (scope.ts),
   * a global ARG does not set SOURCE_DATE_EPOCH.
   */
  legacyFrontend?: boolean;
  /** hoist's state directory: unpacked layers, blobs, summaries, context hashes, RUN cache mounts. */
  stateDir: string;
  /** A private temporary directory for this build (removed by the caller). */
  tempDir: string;
  registry: RegistryClient;
  cache?: CacheStore;
  /** Creates the RUN executor on first use. */
  executor?: () => Promise<Executor>;
  /**
   * Starts fetching what the executor will need of these layers (those it has not unpacked yet), before the
   * executor itself is created: called at a stage's first cache miss when a RUN follows.
   */
  prefetchLayers?: (layers: LayerSource[]) => void;
  /**
   * Layer digests known to be unusable in the cache (found corrupt while writing outputs or pushing): records
   * naming them are misses from the start. Shared with the caller, which retries the build after such a fault.
   */
  badDigests?: Set<string>;
  /** Mounts a read-only view of layers (COPY --from, RUN --mount from=). */
  mountRootfs?: (layers: LayerSource[]) => Promise<{ path: string; release(): Promise<void> }>;
  /** Current time (ms since the epoch). */
  now: () => number;
  /** Downloads for `ADD <url>` (undici's fetch by default). */
  fetch?: typeof globalThis.fetch;
  events?: BuildEvents;
  signal?: AbortSignal;
}

/** Shared state of one build, used by the stage runners. */
export interface BuildSession {
  opts: BuildOptions;
  /** The state a local or oci-layout named build context gives (a directory's files as one layer, or the layout's image), made once per name and platform. */
  namedContext(name: string, platform: Platform): Promise<ImageState>;
  dockerfile: Dockerfile;
  plan: StagePlan;
  context: BuildContext;
  hasher: ContextHasher;
  blobs: BlobAccess;
  /** The registry's resolveImage, once per reference and platform in a build (bases are resolved ahead). */
  resolveImage: RegistryClient['resolveImage'];
  /** Final states of finished stages, by stage index. */
  stages: Map<number, ImageState>;
  /** Scopes of finished stages (FROM <stage> inherits ARGs and ENV). */
  scopes: Map<number, StageScope>;
  /** Records and blobs of steps this build made, for the cache. */
  newRecords: CacheRecord[];
  newBlobs: BlobFile[];
  reports: StepReport[];
  /** Time stamped on history and config when any step was rebuilt (ISO-8601). */
  startedAt: string;
  /**
   * What made each layer, in BuildKit's words for its cache records (`pulled from REF@DIGEST`, `mount / from exec
   * ARGS`, a step's progress name): the history entries the exporter adds for layers a base's history leaves out.
   */
  layerDescriptions: WeakMap<BuiltLayer, string>;
  /** A base image's layers' `pulled from REF@DIGEST`, a description once a step has read them (BuildKit pulls lazily). */
  pulledFrom: WeakMap<BuiltLayer, string>;
  /** RUN environment and declared ARGs of finished stages (FROM <stage> inherits them). */
  stageEnv: Map<number, { runEnv: string[]; declaredArgs: string[] }>;
  /** Blob digests found unavailable in the cache: records naming them are treated as misses. */
  badDigests: Set<string>;
  /**
   * Keys of steps built again although the cache may hold them (no-cache): their bytes may differ
   * from the record's, so a step on them (parent, `COPY --from`, `RUN --mount from=`) is built again too, never
   * taken from a record made from the old bytes (steps.ts findCached).
   */
  forcedKeys: Set<string>;
  /** Read-only views of the build context for `RUN --mount=type=bind` without `from`, by source (steps.ts). */
  contextBinds: Map<string, Promise<string>>;
  /** Things to release at the end (mounts). */
  cleanups: (() => Promise<void>)[];
  /** Work still running for finished steps (RUN layers being compressed); the build waits for all of it. */
  background: Promise<void>[];
  executor(): Promise<Executor>;
  layerSource(layer: BuiltLayer): LayerSource;
  openLayer(layer: BuiltLayer): Promise<Readable>;
  /**
   * Starts, in the background, what steps on top of `layers` will read: the layers' summaries and, when
   * `rootfs`, the executor's unpacked layers. Failures are left for the step that needs the result to meet.
   */
  warmUp(layers: BuiltLayer[], rootfs: boolean): void;
  /** The layer as an uncompressed tar (a RUN layer still being compressed is read from its tar). */
  openLayerTar(layer: BuiltLayer): Promise<Readable>;
  /** Indexes of stages the final image is built from (mode=min saves only their records). */
  finalStages: Set<number>;
}
