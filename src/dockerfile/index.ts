/**
 * hoist's Dockerfile front end, layered as BuildKit's: text -> syntax nodes (`syntax.ts`) -> typed instructions
 * (`typed.ts`, `parse.ts`) -> stage plan (`plan.ts`) -> dispatch-time expansion (`scope.ts`).
 *
 * The builder calls `parseDockerfile`, then `planStages`, then for each planned stage (after resolving its base
 * image) a `StageScope` whose `expand` it applies to each instruction in order.
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
