/**
 * The RUN sandbox contract: what the builder hands an executor for one RUN step, and what it gets back.
 * Two executors implement it: the native one (overlayfs + namespaces, `native.ts`) and the Docker Engine
 * API one (`docker/executor.ts`). Both produce the step's changes as an uncompressed OCI layer tar.
 */
import type { Readable } from 'node:stream';
import type { Digest } from '../oci/digest.js';
import { goQuote } from '../build/go-format.js';

/** One layer of the filesystem a step runs on. */
export interface LayerSource {
  /** sha256 of the uncompressed tar: the key of the unpacked directory in the cache. */
  diffId: Digest;
  /** The blob's media type (gzip, zstd or plain tar; sniffed when unknown). */
  mediaType: string;
  /** The compressed blob, fetched lazily (only when the layer is not unpacked yet). */
  open(): Promise<Readable>;
  /**
   * The blob as a file on local disk (the builder keeps every blob it fetches), possibly still being downloaded:
   * then `growing` says where it will be once complete and how big. Sources without it are fetched by `open` into a
   * temp file of the executor's own.
   */
  file?(): Promise<BlobFileRef>;
}

/** A layer blob's local file, complete or still being written by a download. */
export interface BlobFileRef {
  path: string;
  /** While the download writes the file: its name once complete, its final size, and its outcome (the error if it failed). */
  growing?: { final: string; size: number; done: Promise<Error | undefined> };
  /**
   * The file is complete, but its check against the blob's digest is still running (a cached blob handed over
   * as soon as it is local, so unpacking and checking overlap): the layer may be used only once this resolves
   * to undefined; an error says why the blob is unusable, and is what the unpack fails with.
   */
  checked?: Promise<Error | undefined>;
}

/** A `RUN --mount`, already resolved by the builder to host paths. Targets are absolute in the rootfs. */
export type RunMount =
  | {
      type: 'bind';
      /** Host directory or file (the context, or a stage's view from `mountRootfs`). */
      source: string;
      target: string;
      /** `rw` bind mounts take writes, which are discarded after the step (as BuildKit does). */
      readonly: boolean;
    }
  | {
      type: 'cache';
      /** Cache id (BuildKit: `id`, else the target). Kept in `<cacheDir>/run-cache/` between builds. */
      id: string;
      target: string;
      /** `shared`: concurrent users; `private`: another copy when busy; `locked`: wait for the lock. */
      sharing: 'shared' | 'private' | 'locked';
      readonly: boolean;
      /** Mode of the directory when first created (default 0o755; with `from`, the source directory's owner and mode). */
      mode?: number;
      uid?: number;
      gid?: number;
      /** Host directory whose contents seed a new cache directory (`from=`/`source=`). */
      from?: string;
    }
  | { type: 'tmpfs'; target: string; /** bytes; unlimited when absent */ size?: number }
  | {
      type: 'secret';
      /** Host file holding the secret. Its bytes never reach a layer, a log or a temp file on disk. */
      source: string;
      target: string;
      mode: number;
      uid: number;
      gid: number;
      /** When false and `source` is missing, the mount is skipped; when true the step fails. */
      required: boolean;
    }
  | {
      type: 'ssh';
      /** Host path of the SSH agent socket to forward (`--ssh ID=SOCKET`). */
      source: string;
      /** Where the step finds its socket: a proxy to `source`, owned by uid:gid with `mode` (BuildKit: 0:0, 0600). */
      target: string;
      mode: number;
      uid: number;
      gid: number;
    };

/** One resource limit (`--ulimit nofile=1024:2048`): Docker's name (prlimit's option), soft and hard; -1 is unlimited. */
export interface Ulimit {
  name: string;
  soft: number;
  hard: number;
}

/** Network of a step: `default` and `host` share the host's network; `none` is an empty namespace. */
export type RunNetwork = 'default' | 'none' | 'host';

/** A file the step needs at a fixed path, e.g. a `#!` heredoc body BuildKit mounts under /dev/pipes/. */
export interface HeredocFile {
  path: string;
  content: Buffer;
  mode: number;
}

/** One RUN step, fully resolved by the builder. */
export interface RunRequest {
  /** Bottom to top: base image layers, then the stage's own layers. */
  layers: LayerSource[];
  /** Final argv: a shell form already wrapped with SHELL (default ['/bin/sh', '-c']). */
  argv: string[];
  /** KEY=VALUE, final (image ENV + ARGs visible to the step), PATH included. */
  env: string[];
  /** Absolute working directory; created (0755, owned by the step's user) when missing, as BuildKit does. */
  cwd: string;
  /** '' (root), 'name', 'uid', 'name:group', 'uid:gid': resolved in the rootfs's /etc/passwd and /etc/group. */
  user: string;
  network: RunNetwork;
  mounts: RunMount[];
  heredocFiles?: HeredocFile[];
  /** Default `buildkitsandbox`, as `docker build`. */
  hostname?: string;
  /** Extra /etc/hosts lines (`--add-host`). */
  extraHosts?: { host: string; ip: string }[];
  /** Resource limits of the step's processes (`--ulimit`); the worker's own when absent. */
  ulimits?: Ulimit[];
  /**
   * `NAME=value` of secrets the step gets as environment variables (`RUN --mount=type=secret,env=`), apart from
   * `env` so that no executor puts them in a command line or keeps them in a config: they win over `env`.
   */
  secretEnv?: string[];
  /** Clamp for file times in the diff (SOURCE_DATE_EPOCH with rewrite-timestamp); seconds. */
  sourceDateEpoch?: number;
  /** Live output of the step (the builder prefixes it). */
  onOutput(stream: 'stdout' | 'stderr', chunk: Buffer): void;
  signal?: AbortSignal;
}

/** What a successful step produced. */
export interface RunResult {
  /** Always 0: a non-zero exit throws RunError. */
  exitCode: number;
  /** Uncompressed OCI layer tar of the step's changes, in a temp file (an empty tar when `empty`). */
  diffTar: string;
  /** True when the step changed nothing (the tar holds no entries). */
  empty: boolean;
  /** `sha256:<hex>` of diffTar when the executor computed it on the way (the builder hashes it otherwise). */
  diffId?: string;
  /** Removes the temp files. */
  release(): Promise<void>;
}

/** Runs RUN steps. */
export interface Executor {
  readonly name: 'native' | 'docker';
  run(req: RunRequest): Promise<RunResult>;
  /**
   * Starts getting the layers ready for a later `run` on them (the native executor unpacks them), in the
   * background; a failure is left for that run to meet. Optional: executors that gain nothing skip it.
   */
  prepare?(layers: LayerSource[]): void;
  /** Stops helpers and removes what the executor keeps in its temp directory. */
  close(): Promise<void>;
}

/** BuildKit's words for a step that exited non-zero: `process %q did not complete successfully: exit code: N`. */
export function processFailed(argv: readonly string[], exitCode: number): string {
  return `process ${goQuote(argv.join(' '))} did not complete successfully: exit code: ${exitCode}`;
}

/** A step that exited non-zero. The builder adds the Dockerfile line to the message. */
export class RunError extends Error {
  constructor(
    readonly argv: string[],
    readonly exitCode: number,
    /** The last lines of the step's output (stdout and stderr interleaved), at most 20. */
    readonly lastOutput: string[],
  ) {
    super(
      processFailed(argv, exitCode) +
        (lastOutput.length ? `\n${lastOutput.map((l) => `  ${l}`).join('\n')}` : ''),
    );
    this.name = 'RunError';
  }
}

/** A step stopped because its AbortSignal fired (build cancelled). */
export class RunCancelledError extends Error {
  constructor(readonly argv: string[]) {
    super(`process "${argv.join(' ')}" was cancelled`);
    this.name = 'RunCancelledError';
  }
}

/** The sandbox could not be set up (not the step's own failure): names what is missing or wrong. */
export class SandboxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SandboxError';
  }
}
