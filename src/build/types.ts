import type { CheckWarning } from '../dockerfile/checks.js';
import type { ImageConfig, Platform } from '../oci/types.js';
import type { MediaFamily, Compression } from '../oci/media-types.js';
import type { BuiltLayer } from './layers.js';

/** The state of a stage after some steps: its config (with history), its layers and its cache chain key. */
export interface ImageState {
  platform: Platform;
  config: ImageConfig;
  layers: BuiltLayer[];
  /** Cache key of the state: chains every step that led to it. */
  key: string;
  /** The image reference the stage started from, if any (for cross-repository mounts and base annotations). */
  baseName?: string;
  baseDigest?: string;
}

/** How one step ended. */
export type StepStatus = 'cached' | 'built' | 'config';

/** A report line per instruction, for logs, the job summary and tests. */
export interface StepReport {
  stage: string;
  line: number;
  instruction: string;
  status: StepStatus;
  /** Wall time in milliseconds. */
  ms: number;
  /** Size of the layer the step added (compressed bytes), if any. */
  layerSize?: number;
  cacheKey?: string;
}

/** Events a build emits while it runs (the CLI prints them, the action logs them in groups). */
export interface BuildEvents {
  stageStart?(name: string, index: number): void;
  stepStart?(stage: string, text: string, line: number): void;
  stepEnd?(report: StepReport): void;
  output?(stage: string, line: number, stream: 'stdout' | 'stderr', chunk: Buffer): void;
  /** A warning; a build check's carries its rule (name, description, documentation URL). */
  warning?(message: string, file?: string, line?: number, check?: CheckWarning): void;
  info?(message: string): void;
}

/** Output encoding of the image. */
export interface OutputFormat {
  family: MediaFamily;
  compression: Compression;
  /** gzip/zstd level; undefined = the layer writer's default. */
  level?: number;
}
