/**
 * hoist's Dockerfile front end, layered as BuildKit's: text -> syntax nodes (`syntax.ts`) -> typed instructions
 * (`typed.ts`, `parse.ts`) -> stage plan (`plan.ts`) -> dispatch-time expansion (`scope.ts`).
 *
 * The builder's loop:
 *
 *     const df = parseDockerfile(text, { file: 'Dockerfile' });          // throws DockerfileError
 *     const plan = planStages(df, { buildArgs, target, targetPlatform, buildPlatform });
 *     const scopes = new Map<number, StageScope>();
 *     for (const stage of plan.stages) {                                   // dependencies first
 *       // stage.base: scratch | another stage (its scope is in `scopes`) | an image ref to pull (stage.platform)
 *       const scope = new StageScope({ plan, stage, baseEnv: imageConfig.Env ?? [],
 *                                      parentScope: stage.base.kind === 'stage' ? scopes.get(stage.base.stage) : undefined });
 *       // ONBUILD triggers of the base image: parseInstruction(trigger, { file: `${ref} ONBUILD` }) then expand
 *       for (const instr of stage.ast.instructions) {
 *         const x = scope.expand(instr);       // ENV/ARG side effects applied; throws DockerfileError with the line
 *         // RUN env = scope.env() + scope.args() (+ scope.proxyArgs(), kept out of history and cache keys)
 *       }
 *       scopes.set(stage.index, scope);
 *     }
 *
 * Warnings: `plan.warnings` (unused build args) and the build checks, `runChecks` in `checks.ts` (BuildKit's lint
 * rules; UndefinedVar comes from each scope's `undefinedUses`). `describeDockerfile` (used by `hoist parse`) runs
 * the same loop with the base images' ENV unknown.
 */
export { DockerfileError, ExpansionError, formatWarning, type Warning } from './errors.js';
export type { Directives } from './directives.js';
export type {
  AddInstruction,
  ArgDefinition,
  ArgInstruction,
  CmdInstruction,
  CommandLine,
  CopyInstruction,
  EntrypointInstruction,
  EnvInstruction,
  ExpandedInstruction,
  ExposeInstruction,
  FromInstruction,
  Healthcheck,
  HealthcheckInstruction,
  Heredoc,
  HeredocSource,
  Instruction,
  InstructionBase,
  InstructionKind,
  KeyValue,
  LabelInstruction,
  MaintainerInstruction,
  Mount,
  MountType,
  OnbuildInstruction,
  RunInstruction,
  ShellInstruction,
  StopsignalInstruction,
  UserInstruction,
  VolumeInstruction,
  WorkdirInstruction,
} from './instructions.js';
export { INSTRUCTION_KINDS } from './instructions.js';
export { parseDockerfile, parseInstruction, type Dockerfile, type StageAst } from './parse.js';
export { planStages, type PlanOptions, type PlannedStage, type StageBase, type StagePlan } from './plan.js';
export { StageScope, type StageScopeOptions } from './scope.js';
export { ShellLex, envFromList, envFromMap, type EnvLookup, type LexOptions, type LexResult } from './lexer.js';
export { parseMount } from './mounts.js';
export { parseGoDuration, formatGoDuration } from './duration.js';
export { BUILTIN_ARGS, DEFAULT_PATH, PROXY_ARGS, platformArgs } from './args.js';
export { describeDockerfile, type DescribeOptions, type DescribedInstruction, type ParseReport } from './describe.js';
export { parseSyntax, type SyntaxNode, type SyntaxTree } from './syntax.js';
