/**
 * The stage plan: global ARGs (with --build-arg and the platform args), expanded FROM lines, the stage graph
 * (FROM <stage>, COPY --from, RUN --mount from=), target selection and pruning, cycle detection.
 */
import { goReferenceError } from '../registry/reference.js';
import { parsePlatformSpecifier } from '../oci/platform.js';
import type { Platform } from '../oci/types.js';
import { BUILTIN_ARGS, PROXY_ARGS, platformArgs } from './args.js';
import { DockerfileError, ExpansionError, type Warning } from './errors.js';
import type { Instruction } from './instructions.js';
import { ShellLex } from './lexer.js';
import { splitCsv } from './mounts.js';
import { contextKey, lookupNamedContext, type NamedContexts } from './named-contexts.js';
import type { Dockerfile, StageAst } from './parse.js';
import { suggest } from './suggest.js';

/** Inputs of planning. */
export interface PlanOptions {
  /** `--build-arg` values. */
  buildArgs: Record<string, string>;
  /** Stage name (case-insensitive) or undefined for the last stage. */
  target?: string;
  /** Named build contexts (`--build-context`): they replace stages, FROM images and `--from` sources of their name. */
  namedContexts?: NamedContexts;
  targetPlatform: Platform;
  buildPlatform: Platform;
  /** Global ARGs as Docker Engine 26's BuildKit resolves them (see resolveGlobalArgs). */
  legacyFrontend?: boolean;
}

/** Where a stage starts from. */
export type StageBase = { kind: 'scratch' } | { kind: 'stage'; stage: number } | { kind: 'image'; ref: string } | { kind: 'context'; name: string };

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
  /** Engine 26's front-end semantics (PlanOptions.legacyFrontend), for StageScope. */
  legacyFrontend?: boolean;
  escapeToken: string;
  file: string;
  warnings: Warning[];
}

/**
 * Resolves global ARGs in order: --build-arg, else the expanded default, else no value. A bare global ARG without
 * a --build-arg keeps a value set before it, an automatic platform arg's included, as today's BuildKit does
 * (buildMetaArgs sets only ARGs with a value): `ARG TARGETARCH` before the first FROM leaves TARGETARCH the target's
 * architecture. Engine 26's BuildKit (`legacyFrontend`) let it shadow that value, leaving it empty (docker/buildx#574).
 */
function resolveGlobalArgs(df: Dockerfile, opts: PlanOptions, lex: ShellLex): Map<string, string | undefined> {
  const globals = new Map<string, string | undefined>(platformArgs(opts.targetPlatform, opts.buildPlatform));
  for (const [k, v] of Object.entries(opts.buildArgs)) if (globals.has(k)) globals.set(k, v);
  for (const instr of df.globalArgs) {
    for (const def of instr.args) {
      let value: string | undefined;
      if (Object.prototype.hasOwnProperty.call(opts.buildArgs, def.key)) value = opts.buildArgs[def.key];
      else if (def.value !== undefined) value = opts.legacyFrontend ? expandOrEmpty(lex, def.value, globals) : expand(lex, def.value, globals, df.file, instr);
      else if (!opts.legacyFrontend && globals.get(def.key) !== undefined) continue;
      globals.set(def.key, value);
    }
  }
  return globals;
}

/**
 * Engine 26's frontend expanded a global ARG's default ignoring the error (`${FOO:?msg}`, a bad substitution): the
 * value is then empty (`*metaArg.Value, _ = shlex.ProcessWordWithMap(...)`); today's BuildKit fails the build.
 */
function expandOrEmpty(lex: ShellLex, word: string, env: Map<string, string | undefined>): string {
  try {
    return lex.process(word, (n) => env.get(n)).result;
  } catch (e) {
    if (e instanceof ExpansionError) return '';
    throw e;
  }
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

/** A stage as BuildKit names it in errors: its name, else `stage-<index>`. */
function stageLabel(s: StageAst): string {
  return s.name ?? `stage-${s.index}`;
}

/**
 * The stage a `--from` / `from=` value names, as BuildKit resolves it: a name (any case) is the LAST stage of
 * the file with that name (a later duplicate wins), else a number is a stage index; undefined when neither.
 */
export function stageByRef<S extends { index: number; name?: string }>(stages: readonly S[], value: string): S | undefined {
  const lower = value.toLowerCase();
  const byName = stages.filter((s) => s.name === lower).pop();
  if (byName) return byName;
  if (/^\d+$/.test(value)) return stages.find((s) => s.index === Number(value));
  return undefined;
}

/** Finds the stage a `--from` / `from=` value refers to: a name (any stage), an index, or none (an image). */
function resolveRef(df: Dockerfile, value: string, at: Instruction, what: string, named: NamedContexts | undefined): number | undefined {
  const lower = value.toLowerCase();
  const found = stageByRef(df.stages, value);
  if (found) return found.index;
  if (/^\d+$/.test(value)) throw new DockerfileError(df.file, at.startLine, `invalid stage index ${Number(value)}`, at.endLine);
  // Docker treats any other value as an image (or the named build context of that name); a near-miss of a stage
  // name is almost surely a typo.
  if (!/[:/@.]/.test(value) && !lookupNamedContext(named, value)) {
    const names = df.stages.flatMap((s) => (s.name ? [s.name] : []));
    const hint = suggest(lower, names, true);
    if (hint) throw new DockerfileError(df.file, at.startLine, `${what}=${value}: no build stage named "${value}" (did you mean ${hint}?)`, at.endLine);
  }
  return undefined;
}

/** A use of a stage defined at or after the using stage: an error when the using stage is built. */
interface ForwardRef {
  line: number;
  endLine: number;
  message: string;
}

/**
 * The stages a stage uses, each with the line of the first instruction that uses it, and its uses of stages
 * not defined before it (BuildKit fails on those, after its cycle check, only for stages it builds).
 */
function dependencies(df: Dockerfile, stage: StageAst, forward: ForwardRef[], named: NamedContexts | undefined, legacyFrontend = false): Map<number, number> {
  const deps = new Map<number, number>();
  const add = (i: number, line: number): void => {
    if (!deps.has(i)) deps.set(i, line);
  };
  const current = stageLabel(stage);
  for (const instr of stage.instructions) {
    if (instr.kind === 'COPY' && instr.from !== undefined) {
      // BuildKit resolves --from as written: variables are not expanded (moby/buildkit#2374); today's says so.
      if (instr.from.includes('$')) {
        // Engine 26's frontend tried it as an image reference, which a `$` never is.
        const message = legacyFrontend ? `failed to parse stage name "${instr.from}": ${goReferenceError(instr.from)}` : 'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround';
        throw new DockerfileError(df.file, instr.startLine, message, instr.endLine);
      }
      const i = resolveRef(df, instr.from, instr, 'COPY --from', named);
      if (i !== undefined && i >= stage.index) {
        forward.push({ line: instr.startLine, endLine: instr.endLine, message: `cannot copy from stage "${instr.from}", it needs to be defined before current stage "${current}"` });
      }
      if (i !== undefined) add(i, instr.startLine);
    } else if (instr.kind === 'RUN') {
      for (const spec of instr.mountSpecs) {
        const fields = splitCsv(spec);
        let target = '';
        for (const field of fields) {
          const eq = field.indexOf('=');
          if (eq >= 0 && ['target', 'dst', 'destination'].includes(field.slice(0, eq).toLowerCase())) target = field.slice(eq + 1);
        }
        for (const field of fields) {
          const eq = field.indexOf('=');
          if (eq < 0 || field.slice(0, eq).toLowerCase() !== 'from') continue;
          const from = field.slice(eq + 1);
          const i = resolveRef(df, from, instr, 'RUN --mount from', named);
          if (i !== undefined && i >= stage.index) {
            forward.push({ line: instr.startLine, endLine: instr.endLine, message: `cannot mount from stage "${from}" to "${target}", stage needs to be defined before current command` });
          }
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
  const forwardRefs = new Map<number, ForwardRef[]>();
  /** The stages each stage's commands use (COPY --from, RUN --mount from), its FROM left out. */
  const cmdDeps = new Map<number, number[]>();
  for (const stage of df.stages) {
    const from = stage.from;
    const unmatched = new Set<string>();
    const image = expand(lex, from.image, defined, df.file, from, unmatched);
    let platform: string | undefined;
    if (from.platform !== undefined) {
      platform = expand(lex, from.platform, defined, df.file, from, unmatched);
      try {
        // containerd's platforms.Parse, as BuildKit: `linux` alone is the host's architecture.
        parsePlatformSpecifier(platform);
      } catch (e) {
        throw new DockerfileError(df.file, from.startLine, `failed to parse platform ${platform}: ${(e as Error).message}`);
      }
    }
    if (image === '') throw new DockerfileError(df.file, from.startLine, `base name (${from.image}) should not be blank`);
    let base: StageBase;
    // A FROM names an earlier stage exactly as the stage names are kept (lower case; `FROM Build` is an image
    // reference, as in BuildKit), the last of duplicates defined before it.
    const parent = df.stages.filter((s) => s.index < stage.index && s.name === image).pop();
    // A named build context of the stage's own name replaces the stage: its FROM and instructions are not used.
    const replaced = stage.name !== undefined ? lookupNamedContext(opts.namedContexts, stage.name) : undefined;
    const named = parent ? undefined : lookupNamedContext(opts.namedContexts, image);
    const viaContext = replaced ?? named;
    // `docker-image://scratch` is BuildKit's empty image, as `FROM scratch` is.
    if (viaContext) base = viaContext.kind === 'image' ? (viaContext.ref === 'scratch' ? { kind: 'scratch' } : { kind: 'image', ref: viaContext.ref }) : { kind: 'context', name: contextKey(replaced ? stage.name! : image)! };
    else if (parent) base = { kind: 'stage', stage: parent.index };
    else if (image === 'scratch') base = { kind: 'scratch' };
    else base = { kind: 'image', ref: image };
    const fwd: ForwardRef[] = [];
    forwardRefs.set(stage.index, fwd);
    const deps = replaced ? new Map<number, number>() : dependencies(df, stage, fwd, opts.namedContexts, opts.legacyFrontend);
    cmdDeps.set(stage.index, [...deps.keys()].sort((a, b) => a - b));
    if (parent && !replaced && !deps.has(parent.index)) deps.set(parent.index, from.startLine);
    depLines.set(stage.index, deps);
    const p: PlannedStage = { index: stage.index, ast: replaced ? { ...stage, instructions: [] } : stage, base, dependsOn: [...deps.keys()].sort((a, b) => a - b) };
    if (stage.name !== undefined) p.name = stage.name;
    if (platform !== undefined) p.platform = platform;
    all.push(p);
  }
  let target = all[all.length - 1];
  if (opts.target !== undefined) {
    const t = all.filter((s) => s.name === opts.target!.toLowerCase()).pop();
    if (!t) {
      const close = suggest(opts.target, all.flatMap((s) => (s.name !== undefined ? [s.name] : [])), true);
      throw new DockerfileError(df.file, 0, `target stage "${opts.target}" could not be found${close !== undefined ? ` (did you mean ${close}?)` : ''}`);
    }
    target = t;
  }
  // Cycles are looked for in every stage, built or not, as BuildKit's hasCircularDependency does: through the
  // stages commands use (a FROM is not such a dependency there), naming the first stage in file order from which
  // a cycle is reachable.
  const seen = new Set<number>();
  const onPath = new Set<number>();
  const cyclic = (i: number): boolean => {
    if (seen.has(i)) return false;
    seen.add(i);
    onPath.add(i);
    for (const d of cmdDeps.get(i) ?? []) if (onPath.has(d) || cyclic(d)) return true;
    onPath.delete(i);
    return false;
  };
  for (const s of all) {
    if (seen.has(s.index)) continue;
    seen.add(s.index);
    onPath.add(s.index);
    for (const d of cmdDeps.get(s.index) ?? []) {
      if (onPath.has(d) || cyclic(d)) {
        const line = depLines.get(s.index)?.get(d) ?? df.stages[s.index].from.startLine;
        throw new DockerfileError(df.file, line, `circular dependency detected on stage: ${stageLabel(df.stages[s.index])}`);
      }
    }
    onPath.delete(s.index);
  }
  // A stage that is built and uses a stage not defined before it fails (only built stages, as BuildKit), checked
  // in file order before the stages are ordered: any remaining cycle goes through such a use.
  const reachable = new Set<number>();
  const reach = (i: number): void => {
    if (reachable.has(i)) return;
    reachable.add(i);
    for (const d of all[i].dependsOn) reach(d);
  };
  reach(target.index);
  for (const i of [...reachable].sort((a, b) => a - b)) {
    const f = forwardRefs.get(i)?.[0];
    if (f) throw new DockerfileError(df.file, f.line, f.message, f.endLine);
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
  // BuildKit writes its cache metadata into the image config for this arg; hoist's cache lives elsewhere.
  if (/^(1|t|true)$/i.test(opts.buildArgs.BUILDKIT_INLINE_CACHE ?? '')) {
    warnings.push({ file: df.file, line: 0, message: 'build-arg BUILDKIT_INLINE_CACHE: no inline cache is written into the image (hoist keeps its layer cache in the Actions cache, a --cache-dir or a registry cache: --cache-to)' });
  }
  return { stages: order, target, globalArgs: globals, allStages: all, buildArgs: { ...opts.buildArgs }, ...(opts.legacyFrontend ? { legacyFrontend: true } : {}), escapeToken: df.escapeToken, file: df.file, warnings };
}

function unusedBuildArgs(df: Dockerfile, opts: PlanOptions, stages: PlannedStage[]): Warning[] {
  const declared = new Set<string>([...PROXY_ARGS, ...BUILTIN_ARGS, ...platformArgs(opts.targetPlatform, opts.buildPlatform).keys()]);
  for (const a of df.globalArgs) for (const d of a.args) declared.add(d.key);
  for (const s of stages) {
    for (const i of s.ast.instructions) if (i.kind === 'ARG') for (const d of i.args) declared.add(d.key);
  }
  // An ARG whose name is made of variables (`ARG $K=v`) may declare any name: no warning then.
  if ([...declared].some((k) => k.includes('$'))) return [];
  const unused = Object.keys(opts.buildArgs).filter((k) => !declared.has(k));
  return unused.map((k) => ({ file: df.file, line: 0, message: `build-arg "${k}" was not consumed: no ARG declares it in the stages built` }));
}
