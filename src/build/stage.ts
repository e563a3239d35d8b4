import { DockerfileError, StageScope, parseInstruction, type PlannedStage } from '../dockerfile/index.js';
import type { Instruction } from '../dockerfile/instructions.js';
import { applyConfigInstruction, setRunEnv, commitHistory, normalizeWorkdir, type ConfigContext } from './config.js';
import { resolveImageState, scratchState, stagePlatform } from './image-source.js';
import { StepError, runLayerStep, type LayerStepResult } from './steps.js';
import type { BuildSession } from './session.js';
import type { ImageState, StepReport } from './types.js';

/** ARGs BuildKit keeps out of RUN's environment (dockerfile2llb's nonEnvArgs). */
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

function clone<T>(v: T): T {
  return structuredClone(v);
}

/** Resolves a stage's base (scratch, an earlier stage, or an image by platform) into its starting state. */
async function baseState(s: BuildSession, stage: PlannedStage): Promise<{ state: ImageState; parent?: number }> {
  const line = stage.ast.from.startLine;
  let platform;
  try {
    platform = stagePlatform(stage, s.opts.platform);
  } catch (e) {
    throw new StepError(s.dockerfile.file, line, (e as Error).message);
  }
  if (stage.base.kind === 'stage') {
    const parent = s.stages.get(stage.base.stage);
    if (!parent) throw new StepError(s.dockerfile.file, line, `stage ${stage.base.stage} is not built yet`);
    const config = clone(parent.config);
    return { state: { ...parent, config, layers: [...parent.layers] }, parent: stage.base.stage };
  }
  if (stage.base.kind === 'scratch') return { state: scratchState(platform) };
  if (stage.base.kind === 'context') {
    const named = await s.namedContext(stage.base.name, platform).catch((e: Error) => {
      throw new StepError(s.dockerfile.file, line, e.message);
    });
    return { state: { ...named, config: clone(named.config), layers: [...named.layers] } };
  }
  return { state: await resolveImageState(s, stage.base.ref, platform, line) };
}

/** Runs one stage: resolves its base, runs ONBUILD triggers, then every instruction in order. */
export class StageRunner {
  private state!: ImageState;
  private scope!: StageScope;
  /** The environment RUN sees: image ENV plus ARG values, in the order they were set (later wins). */
  private runEnv: string[] = [];
  /** ARGs declared in this stage (and inherited from a parent stage), in order, for RUN's history. */
  private declaredArgs: string[] = [];
  private readonly configCtx: ConfigContext = { cmdSet: false };
  private readonly name: string;

  constructor(private readonly s: BuildSession, private readonly stage: PlannedStage) {
    this.name = stage.name ?? `stage-${stage.index}`;
    this.vertexIndex = stage.base.kind === 'image' || stage.base.kind === 'context' ? 1 : 0;
    this.vertexTotal = this.vertexIndex + stage.ast.instructions.filter((i) => i.kind === 'RUN' || i.kind === 'COPY' || i.kind === 'ADD' || i.kind === 'WORKDIR').length;
  }

  /** The stage's name as logs show it. */
  get displayName(): string {
    return this.name;
  }

  async run(): Promise<{ state: ImageState; scope: StageScope }> {
    this.s.opts.events?.stageStart?.(this.name, this.stage.index);
    const { state, parent } = await baseState(this.s, this.stage);
    this.state = state;
    this.configCtx.created = this.s.startedAt;
    if (this.s.opts.legacyFrontend) this.configCtx.legacyFrontend = true;
    const parentScope = parent === undefined ? undefined : this.s.scopes.get(parent);
    this.scope = new StageScope({ plan: this.s.plan, stage: this.stage, baseEnv: state.config.config?.Env ?? [], parentScope });
    const inherited = parent === undefined ? undefined : this.s.stageEnv.get(parent);
    this.runEnv = inherited ? [...inherited.runEnv] : [...(state.config.config?.Env ?? [])];
    // A stage built FROM another stage inherits its ARG values (RUN's environment) and, in today's BuildKit, its ARG
    // declarations too (listed first in RUN's `|N ...`); Engine 26's lists only this stage's own.
    this.declaredArgs = inherited && !this.s.opts.legacyFrontend ? [...inherited.declaredArgs] : [];
    // ONBUILD triggers run in a stage built FROM an image or FROM an earlier stage that declared them (BuildKit).
    const triggers = state.config.config?.OnBuild ?? [];
    if (state.config.config) state.config.config.OnBuild = null;
    for (const trigger of triggers) {
      const instr = parseInstruction(trigger, { file: this.s.dockerfile.file, line: this.stage.ast.from.startLine, escape: this.s.dockerfile.escapeToken });
      await this.dispatch(instr, true);
    }
    for (const instr of this.stage.ast.instructions) await this.dispatch(instr, false);
    this.s.stageEnv.set(this.stage.index, { runEnv: this.runEnv, declaredArgs: this.declaredArgs });
    this.state.config.rootfs = { type: 'layers', diff_ids: this.state.layers.map((l) => l.diffId) };
    return { state: this.state, scope: this.scope };
  }

  private warmed = false;
  /** BuildKit's step numbering (prefixCommand): FROM an image is step 1, then each RUN, COPY, ADD and WORKDIR. */
  private vertexIndex: number;
  private readonly vertexTotal: number;

  /**
   * The step's progress name as BuildKit's frontend gives it: `[STAGE i/n] TEXT`, the stage named only when the
   * Dockerfile has more than one.
   */
  private vertexName(text: string): string {
    this.vertexIndex++;
    const index = String(this.vertexIndex).padStart(String(this.vertexTotal).length, ' ');
    const prefix = this.s.plan.allStages.length > 1 ? `${this.name} ` : '';
    return `[${prefix}${index}/${this.vertexTotal}] ${text}`;
  }

  /**
   * At the stage's first cache miss: the steps from here on are built, and they read the layers below. Their
   * summaries (WORKDIR, COPY and USER read them) and, when a RUN is among them, the unpacked layers are
   * started in the background now, not when the first step that needs them gets to it. A build whose steps
   * are all cached never gets here and fetches nothing.
   */
  private warmUp(raw: Instruction): void {
    if (this.warmed) return;
    this.warmed = true;
    const all = this.stage.ast.instructions;
    const at = all.indexOf(raw);
    const rest = at < 0 ? all : all.slice(at);
    this.s.warmUp([...this.state.layers], rest.some((i) => i.kind === 'RUN'));
  }

  private report(instr: Instruction, r: Omit<StepReport, 'stage' | 'line' | 'instruction'>): StepReport {
    const rep: StepReport = { stage: this.name, line: instr.startLine, instruction: instr.original, ...r };
    this.s.reports.push(rep);
    this.s.opts.events?.stepEnd?.(rep);
    return rep;
  }

  private async dispatch(raw: Instruction, onbuild: boolean): Promise<void> {
    this.s.opts.signal?.throwIfAborted();
    const t0 = this.s.opts.now();
    let instr: Instruction;
    try {
      instr = this.scope.expand(raw);
    } catch (e) {
      // An expansion error already names the file and line (DockerfileError): its bare message, not both twice.
      throw new StepError(this.s.dockerfile.file, raw.startLine, e instanceof DockerfileError ? e.detail : (e as Error).message);
    }
    const text = onbuild ? `ONBUILD ${raw.original}` : raw.original;
    switch (instr.kind) {
      case 'ARG': {
        const parts: string[] = [];
        for (const a of instr.args) {
          const value = this.scope.args().get(a.key);
          // BuildKit's nonEnvArgs (the SBOM scanner's switches) never reach RUN's environment.
          if (value !== undefined && !NON_ENV_ARGS.has(a.key)) this.runEnv = setRunEnv(this.runEnv, a.key, value);
          // Every declaration is listed in RUN's |N (steps.ts runCommandString merges repeats, as today's BuildKit).
          this.declaredArgs.push(a.key);
          // History as today's BuildKit writes it (dispatchArg): the value the ARG takes (a --build-arg, else its
          // expanded default, else an imported global or platform value), the bare name when it has none. Engine 26's
          // wrote the default as written (expanded) and, without one, the bare name.
          const shown = this.s.opts.legacyFrontend ? a.written : a.value;
          parts.push(shown !== undefined ? `${a.key}=${shown}` : a.key);
        }
        commitHistory(this.state.config, `ARG ${parts.join(' ')}`, false, this.configCtx.created);
        this.report(raw, { status: 'config', ms: this.s.opts.now() - t0 });
        return;
      }
      case 'ENV':
        for (const { key, value } of instr.pairs) this.runEnv = setRunEnv(this.runEnv, key, value);
        break;
      case 'FROM':
        return;
      default:
        break;
    }
    if (instr.kind !== 'WORKDIR' && instr.kind !== 'COPY' && instr.kind !== 'ADD' && instr.kind !== 'RUN') {
      try {
        applyConfigInstruction(this.state.config, instr, this.configCtx);
      } catch (e) {
        throw new StepError(this.s.dockerfile.file, raw.startLine, (e as Error).message);
      }
      this.report(raw, { status: 'config', ms: this.s.opts.now() - t0 });
      return;
    }
    if (instr.kind === 'WORKDIR') {
      const wd = normalizeWorkdir(this.state.config.config?.WorkingDir, instr.path);
      (this.state.config.config ??= {}).WorkingDir = wd;
      if (wd === '/') {
        commitHistory(this.state.config, `WORKDIR ${wd}`, false, this.configCtx.created);
        this.report(raw, { status: 'config', ms: this.s.opts.now() - t0 });
        return;
      }
    }
    this.s.opts.events?.stepStart?.(this.name, text, raw.startLine);
    // The step reads the base's layers: BuildKit has pulled them now, and its records of them say so.
    for (const l of this.state.layers) {
      const pulled = this.s.pulledFrom.get(l);
      if (pulled !== undefined && !this.s.layerDescriptions.has(l)) this.s.layerDescriptions.set(l, pulled);
    }
    const result: LayerStepResult = await runLayerStep(this.s, {
      stage: this.stage,
      stageName: this.name,
      instr,
      raw,
      state: this.state,
      runEnv: this.runEnv,
      declaredArgs: this.declaredArgs,
      args: this.scope.args(),
      onMiss: () => this.warmUp(raw),
    });
    this.state.key = result.key;
    const vertex = this.vertexName(result.createdBy);
    if (result.layer) {
      this.state.layers.push(result.layer);
      if (!this.s.layerDescriptions.has(result.layer)) this.s.layerDescriptions.set(result.layer, result.description ?? vertex);
    }
    commitHistory(this.state.config, result.createdBy, result.layer !== undefined, this.configCtx.created, result.buildkitSuffix);
    const layer = result.layer;
    const pending = layer?.ready;
    const rep = this.report(raw, { status: result.cached ? 'cached' : 'built', ms: this.s.opts.now() - t0, layerSize: pending ? undefined : layer?.size, cacheKey: result.key });
    // A layer still being compressed has no size yet: the report (the build's summary) gets it once known.
    if (pending) void pending.then(() => (rep.layerSize = layer!.size), () => undefined);
  }
}
