/**
 * The stage plan: global ARGs (with --build-arg and the platform args), expanded FROM lines, the stage graph
 * (FROM <stage>, COPY --from, RUN --mount from=), target selection and pruning, cycle detection.
 */
import { parsePlatform } from '../oci/platform.js';
import type { Platform } from '../oci/types.js';
import { BUILTIN_ARGS, PROXY_ARGS, platformArgs } from './args.js';
import { DockerfileError, ExpansionError, type Warning } from './errors.js';
import type { Instruction } from './instructions.js';
import { ShellLex } from './lexer.js';
import { splitCsv } from './mounts.js';
import type { Dockerfile, StageAst } from './parse.js';
import { suggest } from './suggest.js';

/** Inputs of planning. */
export interface PlanOptions {
  /** `--build-arg` values. */
  buildArgs: Record<string, string>;
  /** Stage name (case-insensitive) or undefined for the last stage. */
  target?: string;
  targetPlatform: Platform;
  buildPlatform: Platform;
}

/** Where a stage starts from. */
export type StageBase = { kind: 'scratch' } | { kind: 'stage'; stage: number } | { kind: 'image'; ref: string };

/** A stage the target needs. */
export interface PlannedStage {
  index: number;
  name?: string;
  ast: StageAst;
  base: StageBase;
  /** Expanded `FROM --platform` value, if given. */
  platform?: string;
  /** Indexes of stages used by FROM, COPY --from and RUN --mount from=. */
  dependsOn: number[];
}

/** The result of planning. */
export interface StagePlan {
  /** Only the stages the target needs, dependencies first. */
  stages: PlannedStage[];
  target: PlannedStage;
  /** Global args after --build-arg overrides, including the predefined platform args (undefined = declared, unset). */
  globalArgs: Map<string, string | undefined>;
  /** Every stage of the file, planned (pruned ones included), by index. */
  allStages: PlannedStage[];
  buildArgs: Record<string, string>;
  escapeToken: string;
  file: string;
  warnings: Warning[];
}

/**
 * Resolves global ARGs in order: --build-arg, else the expanded default, else no value. A bare global ARG
 * without a --build-arg shadows what came before it, the automatic platform args included: `ARG TARGETARCH`
 * before the first FROM leaves TARGETARCH empty, as docker build does (moby/buildkit's meta args; docker/buildx#574).
 */
function resolveGlobalArgs(df: Dockerfile, opts: PlanOptions, lex: ShellLex): Map<string, string | undefined> {
  const globals = new Map<string, string | undefined>(platformArgs(opts.targetPlatform, opts.buildPlatform));
  for (const [k, v] of Object.entries(opts.buildArgs)) if (globals.has(k)) globals.set(k, v);
  for (const instr of df.globalArgs) {
    for (const def of instr.args) {
      let value: string | undefined;
      if (Object.prototype.hasOwnProperty.call(opts.buildArgs, def.key)) value = opts.buildArgs[def.key];
      else if (def.value !== undefined) value = expand(lex, def.value, globals, df.file, instr);
      globals.set(def.key, value);
    }
  }
  return globals;
}

function expand(lex: ShellLex, word: string, env: Map<string, string | undefined>, file: string, at: Instruction, unmatched?: Set<string>): string {
  try {
    const r = lex.process(word, (n) => env.get(n));
    for (const u of r.unmatched) unmatched?.add(u);
    return r.result;
  } catch (e) {
    if (e instanceof ExpansionError) throw new DockerfileError(file, at.startLine, e.message, at.endLine);
    throw e;
  }
}

function stageLabel(s: StageAst): string {
  return s.name ?? String(s.index);
}

/** Finds the stage a `--from` / `from=` value refers to: a name (any stage), an index, or none (an image). */
function resolveRef(df: Dockerfile, value: string, at: Instruction, what: string): number | undefined {
  const lower = value.toLowerCase();
  const byName = df.stages.find((s) => s.name === lower);
  if (byName) return byName.index;
  if (/^\d+$/.test(value)) {
    const i = Number(value);
    if (i >= df.stages.length) throw new DockerfileError(df.file, at.startLine, `invalid stage index ${i}`, at.endLine);
    return i;
  }
  // Docker treats any other value as an image; a near-miss of a stage name is almost surely a typo.
  if (!/[:/@.]/.test(value)) {
    const names = df.stages.flatMap((s) => (s.name ? [s.name] : []));
    const hint = suggest(lower, names, true);
    if (hint) throw new DockerfileError(df.file, at.startLine, `${what}=${value}: no build stage named "${value}" (did you mean ${hint}?)`, at.endLine);
  }
  return undefined;
}

/** The stages a stage uses, each with the line of the first instruction that uses it. */
function dependencies(df: Dockerfile, stage: StageAst, globals: Map<string, string | undefined>, lex: ShellLex): Map<number, number> {
  const deps = new Map<number, number>();
  const add = (i: number, line: number): void => {
    if (!deps.has(i)) deps.set(i, line);
  };
  for (const instr of stage.instructions) {
    if (instr.kind === 'COPY' && instr.from !== undefined) {
      const v = expand(lex, instr.from, globals, df.file, instr);
      const i = resolveRef(df, v, instr, 'COPY --from');
      if (i !== undefined) add(i, instr.startLine);
    } else if (instr.kind === 'RUN') {
      for (const spec of instr.mountSpecs) {
        for (const field of splitCsv(spec)) {
          const eq = field.indexOf('=');
          if (eq < 0 || field.slice(0, eq).toLowerCase() !== 'from') continue;
          const i = resolveRef(df, field.slice(eq + 1), instr, 'RUN --mount from');
          if (i !== undefined) add(i, instr.startLine);
        }
      }
    }
  }
  return deps;
}

/** Plans the build of a parsed Dockerfile; throws DockerfileError for unknown targets, bad FROM lines and cycles. */
export function planStages(df: Dockerfile, opts: PlanOptions): StagePlan {
  const lex = new ShellLex({ escapeToken: df.escapeToken });
  const warnings: Warning[] = [];
  const globals = resolveGlobalArgs(df, opts, lex);
  const defined = new Map([...globals].filter(([, v]) => v !== undefined)) as Map<string, string>;
  const all: PlannedStage[] = [];
  const depLines = new Map<number, Map<number, number>>();
  for (const stage of df.stages) {
    const from = stage.from;
    const unmatched = new Set<string>();
    const image = expand(lex, from.image, defined, df.file, from, unmatched);
    let platform: string | undefined;
    if (from.platform !== undefined) {
      platform = expand(lex, from.platform, defined, df.file, from, unmatched);
      try {
        parsePlatform(platform);
      } catch (e) {
        throw new DockerfileError(df.file, from.startLine, `failed to parse platform ${platform}: ${(e as Error).message}`);
      }
    }
    for (const name of unmatched) {
      if (!globals.has(name)) warnings.push({ file: df.file, line: from.startLine, message: `FROM argument '${name}' is not declared` });
    }
    if (image === '') throw new DockerfileError(df.file, from.startLine, `base name (${from.image}) should not be blank`);
    let base: StageBase;
    const parent = df.stages.find((s) => s.index < stage.index && s.name === image.toLowerCase());
    if (parent) base = { kind: 'stage', stage: parent.index };
    else if (image === 'scratch') base = { kind: 'scratch' };
    else base = { kind: 'image', ref: image };
    const deps = dependencies(df, stage, globals, lex);
    if (parent && !deps.has(parent.index)) deps.set(parent.index, from.startLine);
    depLines.set(stage.index, deps);
    const p: PlannedStage = { index: stage.index, ast: stage, base, dependsOn: [...deps.keys()].sort((a, b) => a - b) };
    if (stage.name !== undefined) p.name = stage.name;
    if (platform !== undefined) p.platform = platform;
    all.push(p);
  }
  let target = all[all.length - 1];
  if (opts.target !== undefined) {
    const t = all.find((s) => s.name === opts.target!.toLowerCase());
    if (!t) throw new DockerfileError(df.file, 0, `failed to reach build target ${opts.target} in Dockerfile`);
    target = t;
  }
  const order: PlannedStage[] = [];
  const state = new Map<number, 'visiting' | 'done'>();
  const visit = (s: PlannedStage): void => {
    if (state.get(s.index) === 'done') return;
    state.set(s.index, 'visiting');
    for (const d of [...s.dependsOn].sort((a, b) => a - b)) {
      if (state.get(d) === 'visiting') {
        const line = depLines.get(s.index)?.get(d) ?? df.stages[s.index].from.startLine;
        throw new DockerfileError(df.file, line, `circular dependency detected on stage: ${stageLabel(df.stages[d])}`);
      }
      visit(all[d]);
    }
    state.set(s.index, 'done');
    order.push(s);
  };
  visit(target);
  warnings.push(...unusedBuildArgs(df, opts, order));
  return { stages: order, target, globalArgs: globals, allStages: all, buildArgs: { ...opts.buildArgs }, escapeToken: df.escapeToken, file: df.file, warnings };
}

function unusedBuildArgs(df: Dockerfile, opts: PlanOptions, stages: PlannedStage[]): Warning[] {
  const declared = new Set<string>([...PROXY_ARGS, ...BUILTIN_ARGS, ...platformArgs(opts.targetPlatform, opts.buildPlatform).keys()]);
  for (const a of df.globalArgs) for (const d of a.args) declared.add(d.key);
  for (const s of stages) {
    for (const i of s.ast.instructions) if (i.kind === 'ARG') for (const d of i.args) declared.add(d.key);
  }
  const unused = Object.keys(opts.buildArgs).filter((k) => !declared.has(k));
  return unused.map((k) => ({ file: df.file, line: 0, message: `build-arg "${k}" was not consumed: no ARG declares it in the stages built` }));
}
