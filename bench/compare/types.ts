/**
 * Shared shapes of the comparison benchmark (issue 9): scenarios, builders, one measured build, and the
 * results file the report is rendered from (`bench/results/compare.json`).
 */

/** The scenarios, in the order a sequence runs them (each build starts from a wiped local state). */
export const SCENARIOS = ['cold', 'warm', 'no-op', 'warm-from-main'] as const;
/** A scenario: cold (empty cache), warm (one source file changed), no-op (nothing changed), warm-from-main
 * (a branch build, one more file changed, warming from the default branch's cache). */
export type Scenario = (typeof SCENARIOS)[number];

/** Builder ids, in table order; `hoist-gha` is the reference the ratios are taken against. */
export const BUILDER_IDS = ['hoist-gha', 'hoist-dir', 'hoist-registry', 'docker-legacy', 'buildx-registry', 'buildx-local', 'buildah'] as const;
/** One builder configuration. */
export type BuilderId = (typeof BUILDER_IDS)[number];

/** What one timed build measured. Bytes are `undefined` where the builder has no such traffic. */
export interface Measure {
  /** Wall time of the builder's commands (build, plus pull/push where the builder needs separate ones). */
  wallMs: number;
  /** Bytes read from the layer cache (Actions cache service, cache registry, or the restored cache directory). */
  cacheDown?: number;
  /** Bytes written to the layer cache. */
  cacheUp?: number;
  /** Bytes from the image registry (base image, cache image pulls, existence checks). */
  registryDown: number;
  /** Bytes to the image registry (the pushed image). */
  registryUp: number;
  /** Steps the builder's log reports as taken from its cache. */
  cachedSteps?: number;
  /** The machine's 1-minute load average when the build started. */
  load?: number;
}

/** One sample: a measured build of a fixture in a scenario by a builder, run number `run` (1-based). */
export interface Sample extends Measure {
  fixture: string;
  scenario: Scenario;
  builder: BuilderId;
  run: number;
}

/** A build that failed: kept in the results and shown in the report, never silently dropped. */
export interface Failure {
  fixture: string;
  scenario: Scenario;
  builder: BuilderId;
  run: number;
  error: string;
}

/** A builder as the report describes it. */
export interface BuilderInfo {
  id: BuilderId;
  label: string;
  /** How the cache is configured, for the report. */
  cache: string;
  version?: string;
  /** Why the builder could not be run here (then it has no samples). */
  unavailable?: string;
}

/** A fixture as the report describes it. */
export interface FixtureInfo {
  id: string;
  label: string;
  description: string;
}

/** Everything a run produced: the input of `renderReport`. */
export interface BenchResults {
  /** ISO date of the run's start. */
  date: string;
  runs: number;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; kernel: string; os: string; loadBefore: number[]; loadAfter: number[] };
  versions: Record<string, string>;
  command: string;
  builders: BuilderInfo[];
  fixtures: FixtureInfo[];
  samples: Sample[];
  failures: Failure[];
  /** Total wall time of the run. */
  totalMs: number;
}
