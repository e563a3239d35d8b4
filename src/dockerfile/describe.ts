/**
 * A JSON-friendly report of a Dockerfile as hoist will build it: stages in build order and every instruction
 * with its arguments after expansion. `hoist parse` prints it; the golden-file tests compare it.
 */
import { parsePlatform } from '../oci/platform.js';
import type { Platform } from '../oci/types.js';
import type { Directives } from './directives.js';
import { DockerfileError, formatWarning } from './errors.js';
import type { Instruction } from './instructions.js';
import { parseDockerfile } from './parse.js';
import { planStages, type StageBase } from './plan.js';
import { StageScope } from './scope.js';
import { checkConfigOf, runChecks } from './checks.js';

/** Options of `describeDockerfile`. */
export interface DescribeOptions {
  file: string;
  buildArgs?: Record<string, string>;
  target?: string;
  /** Target platform (`os/arch[/variant]`); defaults to `buildPlatform`. */
  platform?: string;
  /** Build platform (the caller passes the host's; kept out of here so this module stays pure). */
  buildPlatform: Platform;
}

/** One instruction in the report. */
export interface DescribedInstruction {
  /** Upper-case keyword. */
  name: string;
  startLine: number;
  endLine: number;
  /** Index of the stage it belongs to (null for global ARGs). */
  stage: number | null;
  /** Arguments after expansion (raw where Docker does not expand). */
  args: string[];
  /** Parsed flags (after expansion where Docker expands them). */
  flags: Record<string, unknown>;
  /** Exec or shell form, for RUN/CMD/ENTRYPOINT/SHELL. */
  form?: 'exec' | 'shell';
  heredocs?: { name: string; body: string; expand: boolean; chomp: boolean }[];
  /** False when the instruction belongs to a stage the target does not need and its expansion failed. */
  expanded?: false;
}

/** The report. */
export interface ParseReport {
  file: string;
  directives: Directives;
  target: { index: number; name?: string };
  /** Stages the target needs, in build order. */
  stages: { index: number; name?: string; base: StageBase & { name?: string }; platform?: string; dependsOn: number[] }[];
  instructions: DescribedInstruction[];
  warnings: string[];
}

function flagsOf(i: Instruction): Record<string, unknown> {
  const f: Record<string, unknown> = {};
  const put = (k: string, v: unknown, keep = false): void => {
    if (v !== undefined && v !== false && (keep || !(Array.isArray(v) && v.length === 0))) f[k] = v;
  };
  switch (i.kind) {
    case 'FROM':
      put('platform', i.platform);
      break;
    case 'COPY':
    case 'ADD':
      if (i.kind === 'COPY') put('from', i.from);
      put('chown', i.chown);
      put('chmod', i.chmod);
      put('link', i.link);
      put('exclude', i.exclude);
      if (i.kind === 'COPY') put('parents', i.parents);
      if (i.kind === 'ADD') {
        put('keepGitDir', i.keepGitDir);
        put('checksum', i.checksum);
        if (i.unpack !== undefined) f.unpack = i.unpack;
      }
      break;
    case 'RUN':
      put('mount', i.mounts);
      put('network', i.network);
      put('security', i.security);
      break;
    case 'HEALTHCHECK':
      if (i.health.kind === 'CMD') {
        put('interval', i.health.interval);
        put('timeout', i.health.timeout);
        put('startPeriod', i.health.startPeriod);
        put('startInterval', i.health.startInterval);
        put('retries', i.health.retries);
      }
      break;
    default:
      break;
  }
  return f;
}

function argsOf(i: Instruction): string[] {
  switch (i.kind) {
    case 'FROM':
      return i.name !== undefined ? [i.image, 'AS', i.name] : [i.image];
    case 'ARG':
      return i.args.map((a) => (a.value === undefined ? a.key : `${a.key}=${a.value}`));
    case 'ENV':
    case 'LABEL':
      return i.pairs.map((p) => `${p.key}=${p.value}`);
    case 'WORKDIR':
      return [i.path];
    case 'USER':
      return [i.user];
    case 'STOPSIGNAL':
      return [i.signal];
    case 'MAINTAINER':
      return [i.maintainer];
    case 'EXPOSE':
      return i.ports;
    case 'VOLUME':
      return i.volumes;
    case 'COPY':
    case 'ADD':
      return [...i.sources, ...i.heredocs.map((h) => `<<${h.path}`), i.dest];
    case 'RUN':
    case 'CMD':
    case 'ENTRYPOINT':
    case 'SHELL':
      return i.form === 'exec' ? i.args : [i.command];
    case 'HEALTHCHECK':
      return i.health.kind === 'NONE' ? ['NONE'] : i.health.test;
    case 'ONBUILD':
      return [i.expression];
  }
}

function describe(i: Instruction, stage: number | null): DescribedInstruction {
  const d: DescribedInstruction = { name: i.kind, startLine: i.startLine, endLine: i.endLine, stage, args: argsOf(i), flags: flagsOf(i) };
  if (i.kind === 'RUN' || i.kind === 'CMD' || i.kind === 'ENTRYPOINT' || i.kind === 'SHELL') d.form = i.form;
  if (i.kind === 'RUN') d.heredocs = i.heredocs.map((h) => ({ name: h.name, body: h.body, expand: h.expand, chomp: h.chomp }));
  if (i.kind === 'COPY' || i.kind === 'ADD') d.heredocs = i.heredocs.map((h) => ({ name: h.path, body: h.data, expand: h.expand, chomp: false }));
  if (d.heredocs?.length === 0) delete d.heredocs;
  return d;
}

/** Parses, plans and expands a Dockerfile (base images' ENV taken as empty); throws DockerfileError. */
export function describeDockerfile(text: string, opts: DescribeOptions): ParseReport {
  const df = parseDockerfile(text, { file: opts.file });
  const buildPlatform = opts.buildPlatform;
  let targetPlatform: Platform;
  try {
    targetPlatform = opts.platform ? parsePlatform(opts.platform) : buildPlatform;
  } catch (e) {
    throw new DockerfileError(opts.file, 0, (e as Error).message);
  }
  const plan = planStages(df, { buildArgs: opts.buildArgs ?? {}, target: opts.target, targetPlatform, buildPlatform });
  const needed = new Set(plan.stages.map((s) => s.index));
  const warnings = [...plan.warnings];
  for (const c of runChecks(df, plan, { config: checkConfigOf(df, opts.buildArgs ?? {}), targetPlatform, buildPlatform })) {
    warnings.push({ file: c.file, line: c.line, message: `${c.rule}: ${c.message}` });
  }
  const out: DescribedInstruction[] = df.globalArgs.map((a) => {
    const d = describe(a, null);
    d.args = a.args.map((x) => {
      const v = plan.globalArgs.get(x.key);
      return v === undefined ? x.key : `${x.key}=${v}`;
    });
    return d;
  });
  const scopes = new Map<number, StageScope>();
  for (const planned of plan.allStages) {
    const parentScope = planned.base.kind === 'stage' ? scopes.get(planned.base.stage) : undefined;
    const scope = new StageScope({ plan, stage: planned, baseEnv: [], parentScope });
    scopes.set(planned.index, scope);
    for (const instr of [planned.ast.from, ...planned.ast.instructions]) {
      try {
        out.push(describe(scope.expand(instr), planned.index));
      } catch (e) {
        if (needed.has(planned.index) || !(e instanceof DockerfileError)) throw e;
        warnings.push({ file: e.file, line: e.line, message: `${e.detail} (stage not built for this target)` });
        out.push({ ...describe(instr, planned.index), expanded: false });
      }
    }
  }
  out.sort((a, b) => a.startLine - b.startLine);
  warnings.sort((a, b) => a.line - b.line);
  const byIndex = (i: number): string | undefined => plan.allStages[i].name;
  return {
    file: opts.file,
    directives: df.directives,
    target: plan.target.name !== undefined ? { index: plan.target.index, name: plan.target.name } : { index: plan.target.index },
    stages: plan.stages.map((s) => {
      const base = s.base.kind === 'stage' && byIndex(s.base.stage) !== undefined ? { ...s.base, name: byIndex(s.base.stage) } : s.base;
      const r: ParseReport['stages'][number] = { index: s.index, base, dependsOn: s.dependsOn };
      if (s.name !== undefined) r.name = s.name;
      if (s.platform !== undefined) r.platform = s.platform;
      return r;
    }),
    instructions: out,
    warnings: warnings.map(formatWarning),
  };
}
