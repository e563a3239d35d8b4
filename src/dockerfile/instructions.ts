/**
 * Typed Dockerfile instructions: a discriminated union on `kind`. Fields hold the raw (unexpanded) text;
 * `ExpandedInstruction` (same shapes) holds them after the builder's variable expansion.
 */
import type { Heredoc } from './syntax.js';

export type { Heredoc } from './syntax.js';

/** Instruction keywords. */
export type InstructionKind =
  | 'FROM' | 'ARG' | 'ENV' | 'LABEL' | 'WORKDIR' | 'USER' | 'COPY' | 'ADD' | 'RUN' | 'SHELL' | 'CMD'
  | 'ENTRYPOINT' | 'EXPOSE' | 'VOLUME' | 'HEALTHCHECK' | 'STOPSIGNAL' | 'ONBUILD' | 'MAINTAINER';

/** Fields every instruction has. */
export interface InstructionBase<K extends InstructionKind> {
  kind: K;
  startLine: number;
  endLine: number;
  /** The source text with continuations joined (BuildKit's `node.Original`). */
  original: string;
  /** The flags as written (`--from=build`), for display and history. */
  flagWords: string[];
}

/** Exec form (`["a","b"]`) or shell form (`a b`) of RUN, CMD, ENTRYPOINT (SHELL is always exec form). */
export type CommandLine = { form: 'exec'; args: string[] } | { form: 'shell'; command: string };

/** `FROM [--platform=p] image [AS name]`. */
export interface FromInstruction extends InstructionBase<'FROM'> {
  image: string;
  /** Stage name, lower-cased. */
  name?: string;
  platform?: string;
}

/** One `NAME[=default]` of an ARG. */
export interface ArgDefinition {
  key: string;
  value?: string;
  /** After expansion: the default as written (expanded), whatever a --build-arg made `value`. */
  written?: string;
}
/** `ARG a[=1] b[=2]`. */
export interface ArgInstruction extends InstructionBase<'ARG'> {
  args: ArgDefinition[];
}

/** A key/value pair of ENV or LABEL. */
export interface KeyValue {
  key: string;
  value: string;
}
/** `ENV k=v ...` or legacy `ENV k v`. */
export interface EnvInstruction extends InstructionBase<'ENV'> {
  pairs: KeyValue[];
}
/** `LABEL k=v ...`. */
export interface LabelInstruction extends InstructionBase<'LABEL'> {
  pairs: KeyValue[];
}
/** `WORKDIR path`. */
export interface WorkdirInstruction extends InstructionBase<'WORKDIR'> {
  path: string;
}
/** `USER user[:group]`. */
export interface UserInstruction extends InstructionBase<'USER'> {
  user: string;
}
/** `MAINTAINER name` (deprecated). */
export interface MaintainerInstruction extends InstructionBase<'MAINTAINER'> {
  maintainer: string;
}
/** `STOPSIGNAL signal`. */
export interface StopsignalInstruction extends InstructionBase<'STOPSIGNAL'> {
  signal: string;
}
/** `EXPOSE 80 443/udp` (sorted as BuildKit stores them). */
export interface ExposeInstruction extends InstructionBase<'EXPOSE'> {
  ports: string[];
}
/** `VOLUME ["/a"]` or `VOLUME /a /b`. */
export interface VolumeInstruction extends InstructionBase<'VOLUME'> {
  volumes: string[];
}

/** A heredoc used as a COPY/ADD source: a file named `path` with `data` (chomped already). */
export interface HeredocSource {
  path: string;
  data: string;
  /** False when the delimiter was quoted. */
  expand: boolean;
}

/** Flags and paths shared by COPY and ADD. */
interface CopyLike {
  /** Source paths (context-relative, URLs or git refs for ADD); heredoc sources are in `heredocs`. */
  sources: string[];
  dest: string;
  heredocs: HeredocSource[];
  chown?: string;
  chmod?: string;
  link: boolean;
  exclude: string[];
  /** True when the JSON form was used. */
  json: boolean;
}
/** `COPY [--from] [--chown] [--chmod] [--link] [--parents] [--exclude]... src... dest`. */
export interface CopyInstruction extends InstructionBase<'COPY'>, CopyLike {
  from?: string;
  parents: boolean;
}
/** `ADD [--chown] [--chmod] [--link] [--keep-git-dir] [--checksum] [--unpack] [--exclude]... src... dest`. */
export interface AddInstruction extends InstructionBase<'ADD'>, CopyLike {
  keepGitDir: boolean;
  checksum?: string;
  /** `--unpack` / `--unpack=false`; undefined when not given (Docker's default by source kind). */
  unpack?: boolean;
}

/** Mount types of `RUN --mount`. */
export type MountType = 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';
/** One parsed `RUN --mount=...` spec. */
export interface Mount {
  type: MountType;
  from?: string;
  source?: string;
  target?: string;
  readOnly: boolean;
  /** Cache/secret/ssh id. */
  id?: string;
  sharing?: 'shared' | 'private' | 'locked';
  mode?: number;
  uid?: number;
  gid?: number;
  required: boolean;
  /** tmpfs size in bytes. */
  size?: number;
  /** secret exposed as an environment variable. */
  env?: string;
}

/** `RUN [--mount]... [--network] [--security] cmd`. */
export type RunInstruction = InstructionBase<'RUN'> &
  CommandLine & {
    heredocs: Heredoc[];
    /** The raw `--mount` values. */
    mountSpecs: string[];
    /** Mounts parsed from the raw specs (values not yet expanded). */
    mounts: Mount[];
    network?: 'default' | 'none' | 'host';
    security?: 'sandbox' | 'insecure';
  };
/** `CMD`. */
export type CmdInstruction = InstructionBase<'CMD'> & CommandLine;
/** `ENTRYPOINT`. */
export type EntrypointInstruction = InstructionBase<'ENTRYPOINT'> & CommandLine;
/** `SHELL ["exe", "arg"]` (JSON only). */
export type ShellInstruction = InstructionBase<'SHELL'> & { form: 'exec'; args: string[] };

/** HEALTHCHECK settings; durations in nanoseconds. */
export type Healthcheck =
  | { kind: 'NONE' }
  | {
      kind: 'CMD';
      /** `['CMD-SHELL', cmd]` or `['CMD', arg...]`. */
      test: string[];
      interval?: number;
      timeout?: number;
      startPeriod?: number;
      startInterval?: number;
      retries?: number;
    };
/** `HEALTHCHECK [options] CMD ...` or `HEALTHCHECK NONE`. */
export interface HealthcheckInstruction extends InstructionBase<'HEALTHCHECK'> {
  health: Healthcheck;
}
/** `ONBUILD <instruction>`. */
export interface OnbuildInstruction extends InstructionBase<'ONBUILD'> {
  /**
   * The trigger, typed; absent when it is not a valid instruction (an unknown keyword or flag, missing arguments):
   * BuildKit checks only the trigger's keyword when ONBUILD is defined, and fails where the trigger runs.
   */
  trigger?: Instruction;
  /** The trigger text as stored in the image's `Config.OnBuild` (heredoc bodies appended). */
  expression: string;
}

/** Any instruction. */
export type Instruction =
  | FromInstruction
  | ArgInstruction
  | EnvInstruction
  | LabelInstruction
  | WorkdirInstruction
  | UserInstruction
  | CopyInstruction
  | AddInstruction
  | RunInstruction
  | ShellInstruction
  | CmdInstruction
  | EntrypointInstruction
  | ExposeInstruction
  | VolumeInstruction
  | HealthcheckInstruction
  | StopsignalInstruction
  | OnbuildInstruction
  | MaintainerInstruction;

/**
 * An instruction after dispatch-time expansion: the same shapes, with every field BuildKit expands expanded
 * (FROM image/platform, ADD/COPY paths and flags, ENV and LABEL keys/values, EXPOSE (split into words), STOPSIGNAL,
 * USER, VOLUME, WORKDIR, ARG defaults, RUN mounts, unquoted COPY/ADD heredoc bodies). RUN/CMD/ENTRYPOINT/SHELL,
 * HEALTHCHECK, MAINTAINER and ONBUILD are unchanged. ARG values are resolved into `value`.
 */
export type ExpandedInstruction = Instruction;

/** All instruction keywords, for suggestions. */
export const INSTRUCTION_KINDS: InstructionKind[] = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
];
