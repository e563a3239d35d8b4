import type { ProvenanceOptions } from '../build/provenance.js';
import type { MetaInputs } from '../meta/types.js';
import type { Platform } from '../oci/types.js';
import type { Reference } from '../registry/reference.js';
import type { Login } from './input-parsers.js';
import type { BuildOutput } from '../build/output-spec.js';
import type { NamedContext } from '../dockerfile/named-contexts.js';
import type { ExtraHost } from '../build/run-options.js';
import type { RunNetwork, Ulimit } from '../sandbox/types.js';
import type { GitContextRef } from '../context/git-context.js';

/** Where the layer cache lives: the Actions cache, a local directory, a registry repository, or nowhere. */
export interface CacheChoice {
  kind: 'gha' | 'dir' | 'registry' | 'off';
  /** Directory of the `dir` store. */
  dir?: string;
  /** The `registry` store's cache-from references (read). */
  registryFrom?: Reference[];
  /** The `registry` store's cache-to reference (read, then written). */
  registryTo?: Reference;
  /**
   * A directory to copy into `dir` first when `dir` does not exist yet: build-push-action's local cache pattern
   * (`cache-from: type=local,src=A` + `cache-to: type=local,dest=B`, then `mv B A`) reads A and writes B.
   */
  seedFrom?: string;
  mode: 'min' | 'max';
  scope?: string;
  /** Why this store was chosen (`input`, or how `auto` decided), for the log. */
  reason: string;
}

/** A build secret: `RUN --mount=type=secret,id=<id>` reads it. */
export type SecretSource = { id: string; kind: 'value'; value: string } | { id: string; kind: 'file'; path: string };

/** The action's inputs after validation: one typed value the rest of the action works from. */
export interface ActionConfig {
  /** The directory relative inputs are resolved against (`GITHUB_WORKSPACE`, or the working directory). */
  workspace: string;
  /** Absolute build context directory (for a Git context: empty until it is fetched, see run-action.ts). */
  context: string;
  /** Whether the `context` input was given (without it, an empty workspace builds this commit's Git context). */
  contextGiven: boolean;
  /** A Git context (`https://host/owner/repo.git#ref:dir`, `{{defaultContext}}`), fetched before the build. */
  gitContext?: GitContextRef;
  /** Absolute Dockerfile path (for a Git context: relative to it until it is fetched). */
  dockerfile: string;
  /** The Dockerfile path relative to the workspace (for annotations and the cache scope). */
  dockerfileLabel: string;
  /** Whether the `file` input was given (errors about the Dockerfile then name it). */
  fileGiven: boolean;
  target?: string;
  buildArgs: Record<string, string>;
  /** The metadata-action inputs (images, tags, flavor, labels, annotations, separators). */
  meta: MetaInputs;
  /**
   * build-push-action's form: with `images` empty, `tags` lists full image references. Each keeps the input
   * line it came from.
   */
  references?: Array<{ ref: Reference; where: string }>;
  push: boolean;
  /** How `push` was decided: `input`, or the default with the event that decided it. */
  pushReason: string;
  /** An `outputs` line's push-by-digest=true: the image goes to the repositories by digest, no tag is set. */
  pushByDigest?: boolean;
  /** `name=` references of pushing `outputs` lines, pushed to besides the tags. */
  outputNames?: Array<{ ref: Reference; where: string }>;
  /** The `outputs` lines' annotation attributes (`annotation-index.KEY=V`) as annotation lines, before the metadata's. */
  outputAnnotations?: string[];
  logins: Login[];
  /** build-push-action's `ssh`: agents to forward (`default`, `ID=SOCKET`, `ID=KEY[,KEY]`), prepared before the build (build/ssh.ts). */
  ssh: string[];
  /** Token for ghcr.io when no login matches (`github-token`, default `${{ github.token }}`). */
  githubToken?: string;
  /** Target platforms (default: the runner's). */
  platforms: Platform[];
  /** The `platforms` input was set (BuildRequest.platformsGiven: the config names the target platform). */
  platformsGiven?: boolean;
  cache: CacheChoice;
  /** `build`, or `check`: run the build checks and fail when they report, build nothing (the `call` input). */
  call: 'build' | 'check';
  noCache: boolean;
  noCacheFilters: string[];
  /** Files and directories the image is also written to (the `outputs` input, buildx's --output syntax). */
  outputs: BuildOutput[];
  /** Named build contexts (the `build-contexts` input). */
  namedContexts: ReadonlyMap<string, NamedContext>;
  secrets: SecretSource[];
  /** The bake target the bake-file outputs define (metadata-action's `bake-target`). */
  bakeTarget: string;
  /** The network of a RUN without its own `--network` (the `network` input). */
  network?: RunNetwork;
  /** Lines added to RUN's /etc/hosts (the `add-hosts` input). */
  extraHosts: ExtraHost[];
  /** Bytes of RUN's /dev/shm tmpfs (the `shm-size` input). */
  shmSize?: number;
  /** Resource limits of RUN's processes (the `ulimit` input). */
  ulimits: Ulimit[];
  /** SOURCE_DATE_EPOCH, when set: image times and the `created` label come from it. */
  sourceDateEpoch?: number;
  /** `provenance` / `attests` type=provenance: a SLSA provenance attestation per platform. */
  provenance?: ProvenanceOptions;
  /** Where unpacked layers, pulled blobs and context hashes are kept (see `defaultStateDir`). */
  stateDir: string;
  /** Whether to write the job summary (`summary`). */
  summary: boolean;
  /** The event that triggered the run (`GITHUB_EVENT_NAME`). */
  eventName: string;
}
