/**
 * Build checks: BuildKit's Dockerfile lint rules (`docker build` warnings, `docker build --check`), with the
 * `# check=` directive and the BUILDKIT_DOCKERFILE_CHECK build arg (`skip=A,B|all;error=true;experimental=...`).
 *
 * Rules on the file as written run on every stage; rules on what an instruction does (UndefinedVar,
 * JSONArgsRecommended, WorkdirRelativePath...) run on the stages the build dispatches (all of them for a check
 * without a target), with the base images' config when the caller knows it. Pure: no I/O.
 */
import path from 'node:path';
import type { DockerignoreRules } from '../context/dockerignore.js';
import { isRemoteSource } from '../context/git-context.js';
import { normalizePlatform, parsePlatform } from '../oci/platform.js';
import type { Platform } from '../oci/types.js';
import { parseReference } from '../registry/reference.js';
import { platformArgs } from './args.js';
import { DockerfileError } from './errors.js';
import type { Instruction } from './instructions.js';
import { ShellLex } from './lexer.js';
import { parseGoBool } from './mounts.js';
import { parseInstruction, type Dockerfile } from './parse.js';
import type { PlannedStage, StagePlan } from './plan.js';
import { StageScope } from './scope.js';
import { suggest } from './suggest.js';
import type { SyntaxNode } from './syntax.js';

/** A lint rule as BuildKit names and documents it. */
export interface CheckRule {
  name: string;
  description: string;
  /** The rule's documentation page; '' for a rule BuildKit documents nowhere (InvalidBaseImagePlatform). */
  url: string;
  /** Runs only when named in `experimental=` (or `experimental=all`). */
  experimental?: boolean;
}

const kebab = (name: string): string =>
  name
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
const rule = (name: string, description: string, experimental = false): CheckRule => ({
  name,
  description,
  url: `https://docs.docker.com/go/dockerfile/rule/${kebab(name)}/`,
  ...(experimental ? { experimental } : {}),
});

/** The rules hoist implements (BuildKit's, Dockerfile frontend 1.18; the experimental ones are not implemented). */
export const RULES = {
  StageNameCasing: rule('StageNameCasing', 'Stage names should be lowercase'),
  FromAsCasing: rule('FromAsCasing', "The 'as' keyword should match the case of the 'from' keyword"),
  NoEmptyContinuation: rule('NoEmptyContinuation', 'Empty continuation lines will become errors in a future release'),
  ConsistentInstructionCasing: rule('ConsistentInstructionCasing', 'All commands within the Dockerfile should use the same casing (either upper or lower)'),
  DuplicateStageName: rule('DuplicateStageName', 'Stage names should be unique'),
  ReservedStageName: rule('ReservedStageName', 'Reserved words should not be used as stage names'),
  JSONArgsRecommended: rule('JSONArgsRecommended', 'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals'),
  MaintainerDeprecated: rule('MaintainerDeprecated', 'The MAINTAINER instruction is deprecated, use a label instead to define an image author'),
  UndefinedArgInFrom: rule('UndefinedArgInFrom', 'FROM command must use declared ARGs'),
  WorkdirRelativePath: rule('WorkdirRelativePath', 'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes'),
  UndefinedVar: rule('UndefinedVar', 'Variables should be defined before their use'),
  MultipleInstructionsDisallowed: rule('MultipleInstructionsDisallowed', 'Multiple instructions of the same type should not be used in the same stage'),
  LegacyKeyValueFormat: rule('LegacyKeyValueFormat', 'Legacy key/value format with whitespace separator should not be used'),
  InvalidBaseImagePlatform: { ...rule('InvalidBaseImagePlatform', 'Base image platform does not match expected target platform'), url: '' },
  RedundantTargetPlatform: rule('RedundantTargetPlatform', 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior'),
  SecretsUsedInArgOrEnv: rule('SecretsUsedInArgOrEnv', 'Sensitive data should not be used in the ARG or ENV commands'),
  InvalidDefaultArgInFrom: rule('InvalidDefaultArgInFrom', 'Default value for global ARG results in an empty or invalid base image name'),
  FromPlatformFlagConstDisallowed: rule('FromPlatformFlagConstDisallowed', 'FROM --platform flag should not use a constant value'),
  ExposeProtoCasing: rule('ExposeProtoCasing', 'Protocol in EXPOSE instruction should be lowercase'),
  ExposeInvalidFormat: rule('ExposeInvalidFormat', 'IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release'),
  CopyIgnoredFile: rule('CopyIgnoredFile', 'Attempting to Copy file that is excluded by .dockerignore'),
} as const satisfies Record<string, CheckRule>;

/** What `# check=` / BUILDKIT_DOCKERFILE_CHECK select. */
export interface CheckConfig {
  skipAll: boolean;
  skip: Set<string>;
  /** Fail the build (before any step runs) when a rule reports. */
  error: boolean;
  experimentalAll: boolean;
  experimental: Set<string>;
}

/** The defaults: every non-experimental rule warns, nothing fails. */
export function defaultChecks(): CheckConfig {
  return { skipAll: false, skip: new Set(), error: false, experimentalAll: false, experimental: new Set() };
}

/** Whether an instruction's own comments (`# check=skip=A,B` or `skip=all`, a ` // reason` allowed) skip `rule`. */
function skippedByComment(comments: readonly string[], rule: string): boolean {
  for (const c of comments) {
    const m = /^check\s*=(.*)$/i.exec(c);
    if (!m) continue;
    const reason = m[1].indexOf(' //');
    try {
      const cfg = parseCheckOptions(reason >= 0 ? m[1].slice(0, reason) : m[1]);
      if (cfg.skipAll || cfg.skip.has(rule)) return true;
    } catch {
      // not a check comment after all
    }
  }
  return false;
}

/** Parses a check options value (`skip=A,B;error=true;experimental=all`); throws with BuildKit's messages. */
export function parseCheckOptions(value: string): CheckConfig {
  const cfg = defaultChecks();
  const v = value.trim();
  if (v === '') return cfg;
  // Go's strings.SplitN(v, ";", 3): at most three parts, the last one keeps any further separators.
  const parts = v.split(';');
  const fields = parts.length > 3 ? [...parts.slice(0, 2), parts.slice(2).join(';')] : parts;
  for (const part of fields) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new Error(`invalid check option "${part}"`);
    const key = part.slice(0, eq).trim();
    const val = part.slice(eq + 1);
    const list = (): { all: boolean; names: Set<string> } => (val.trim() === 'all' ? { all: true, names: new Set() } : { all: false, names: new Set(val.split(',').map((x) => x.trim())) });
    if (key === 'skip') {
      const l = list();
      cfg.skipAll = l.all;
      cfg.skip = l.names;
    } else if (key === 'experimental') {
      const l = list();
      cfg.experimentalAll = l.all;
      cfg.experimental = l.names;
    } else if (key === 'error') {
      const b = parseGoBool(val.trim());
      if (b === undefined) throw new Error(`failed to parse check option "${part}": strconv.ParseBool: parsing "${val.trim()}": invalid syntax`);
      cfg.error = b;
    } else throw new Error(`invalid check option "${key}"`);
  }
  return cfg;
}

/**
 * The check options of a build: the BUILDKIT_DOCKERFILE_CHECK build arg when given (it replaces the directive
 * entirely), else the `# check=` directive. Throws DockerfileError naming where the bad value came from.
 */
export function checkConfigOf(df: Dockerfile, buildArgs: Record<string, string>): CheckConfig {
  if (Object.prototype.hasOwnProperty.call(buildArgs, 'BUILDKIT_DOCKERFILE_CHECK')) {
    try {
      return parseCheckOptions(buildArgs.BUILDKIT_DOCKERFILE_CHECK);
    } catch (e) {
      throw new DockerfileError(df.file, 0, `failed to parse build-arg:BUILDKIT_DOCKERFILE_CHECK: ${(e as Error).message}`);
    }
  }
  if (df.directives.check === undefined) return defaultChecks();
  try {
    // BuildKit reads the directive's value up to its first space (strings.Cut): `skip=A, B` skips A only, and
    // `skip=A // why` is a comment. The build-arg's value is read whole.
    return parseCheckOptions(df.directives.check.trimStart().split(' ')[0]);
  } catch (e) {
    throw new DockerfileError(df.file, 0, `failed to parse check options: ${(e as Error).message}`);
  }
}

/** True when the options leave no rule to run (`skip=all`, no experimental rule named). */
export function checksOff(cfg: CheckConfig): boolean {
  return cfg.skipAll && !cfg.experimentalAll && cfg.experimental.size === 0;
}

/** One rule's report. */
export interface CheckWarning {
  rule: string;
  description: string;
  url: string;
  message: string;
  file: string;
  /** First line of the instruction (NoEmptyContinuation: its last line, as BuildKit places it). */
  line: number;
  endLine: number;
}

/** `Rule: message (line N)`, BuildKit's short form. */
export function formatCheckWarning(w: CheckWarning): string {
  return `${w.rule}: ${w.message}${w.line > 0 ? ` (line ${w.line})` : ''}`;
}

/** The error a build with `error=true` fails with, or undefined when nothing was reported. */
export function checkViolation(config: CheckConfig, warnings: readonly CheckWarning[]): string | undefined {
  if (!config.error || warnings.length === 0) return undefined;
  return `lint violation found for rules: ${[...new Set(warnings.map((w) => w.rule))].join(', ')}`;
}

/** The image config fields the checks read. */
export interface BaseConfigView {
  env: string[];
  shell: string[];
  platform?: Platform;
  /** The image's ONBUILD triggers: they run first in the stage, so what they set counts as defined. */
  onBuild?: string[];
}

/** Inputs of `runChecks`. */
export interface CheckOptions {
  config: CheckConfig;
  /** The stages whose instructions are checked (the dispatched ones); by default the plan's. */
  stages?: PlannedStage[];
  /** The config of an image a stage starts from (undefined: unknown, the rules needing it assume an empty one). */
  baseConfig?: (stage: PlannedStage) => BaseConfigView | undefined;
  /** The platform each stage builds for. */
  platformOf?: (stage: PlannedStage) => Platform;
  targetPlatform: Platform;
  buildPlatform: Platform;
  /** The build context's .dockerignore, when it has one (CopyIgnoredFile). */
  dockerignore?: DockerignoreRules;
}

const SECRET_WORDS = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const PUBLIC_WORDS = /(?:_|^)(?:public|file|version)(?:_|$)/i;

const isLower = (s: string): boolean => s === s.toLowerCase();
const isUpper = (s: string): boolean => s === s.toUpperCase();

/** Runs the build checks; the warnings come sorted by line (rules on one line in the order they ran). */
export function runChecks(df: Dockerfile, plan: StagePlan, opts: CheckOptions): CheckWarning[] {
  const cfg = opts.config;
  const out: CheckWarning[] = [];
  const enabled = (r: CheckRule): boolean => (r.experimental ? cfg.experimentalAll || cfg.experimental.has(r.name) : !cfg.skipAll && !cfg.skip.has(r.name));
  const nodeAt = new Map<number, SyntaxNode>(df.nodes.map((n) => [n.startLine, n]));
  const report = (r: CheckRule, at: { startLine: number; endLine: number }, message: string, line = at.startLine): void => {
    if (!enabled(r)) return;
    // A `# check=skip=...` comment right above an instruction skips those rules there only (BuildKit 0.26+).
    const comments = nodeAt.get(at.startLine)?.comments;
    if (comments && !r.experimental && skippedByComment(comments, r.name)) return;
    out.push({ rule: r.name, description: r.description, url: r.url, message, file: df.file, line, endLine: at.endLine });
  };
  if (checksOff(cfg)) return out;
  const nodeOf = new Map<Instruction, SyntaxNode>();
  df.instructions.forEach((instr, i) => nodeOf.set(instr, df.nodes[i]));
  const keyword = (instr: Instruction): string => nodeOf.get(instr)?.keyword ?? instr.kind;

  // On the file as written, every stage.
  for (const node of df.nodes) if (node.emptyContinuationLine !== undefined) report(RULES.NoEmptyContinuation, node, 'Empty continuation line', node.emptyContinuationLine);
  for (const [i, instr] of df.instructions.entries()) {
    const node = df.nodes[i];
    if (instr.kind === 'FROM' && node.args.length === 3) {
      const [, as, name] = node.args;
      if (name !== name.toLowerCase()) report(RULES.StageNameCasing, instr, `Stage name '${name}' should be lowercase`);
      const from = node.keyword;
      const mismatch = isLower(from) ? !isLower(as) : isUpper(from) ? !isUpper(as) : false;
      if (mismatch) report(RULES.FromAsCasing, instr, `'${as}' and '${from}' keywords' casing do not match`);
    }
    if (instr.kind === 'MAINTAINER') report(RULES.MaintainerDeprecated, instr, 'Maintainer instruction is deprecated in favor of using label');
  }
  const seen = new Set<string>();
  for (const s of df.stages) {
    if (s.name === undefined) continue;
    if (s.name === 'scratch' || s.name === 'context') report(RULES.ReservedStageName, s.from, `Stage name should not use the same name as reserved stage "${s.name}"`);
    if (seen.has(s.name)) report(RULES.DuplicateStageName, s.from, `Duplicate stage name "${s.name}", stage names should be unique`);
    seen.add(s.name);
  }
  instructionCasing(df, keyword, report);
  fromChecks(df, plan, opts, report);

  // On what the dispatched stages do.
  const stages = opts.stages ?? plan.stages;
  const scopes = new Map<number, StageScope>();
  const shellSet = new Map<number, boolean>();
  /** Whether the stage's starting ENV is known (scratch, a resolved image, a stage of such): unknown, only uses
   * hoist can explain (declared later, a global ARG not imported) are reported as undefined. */
  const envKnown = new Map<number, boolean>();
  const workdirSet = new Map<number, boolean>();
  for (const stage of [...stages].sort((a, b) => a.index - b.index)) {
    const parent = stage.base.kind === 'stage' ? stage.base.stage : undefined;
    const base = opts.baseConfig?.(stage);
    if (stage.base.kind === 'image' && base?.platform?.os && base.platform.architecture) {
      const want = normalizePlatform(opts.platformOf?.(stage) ?? opts.targetPlatform);
      const got = normalizePlatform(base.platform);
      if (got.os !== want.os || got.architecture !== want.architecture) {
        report(RULES.InvalidBaseImagePlatform, stage.ast.from, `Base image ${stage.base.ref} was pulled with platform "${formatPlatformOf(got)}", expected "${formatPlatformOf(want)}" for current build`);
      }
    }
    const known = parent !== undefined ? (envKnown.get(parent) ?? false) : stage.base.kind === 'scratch' || (stage.base.kind === 'image' && base !== undefined);
    envKnown.set(stage.index, known);
    const scope = new StageScope({ plan, stage, baseEnv: base?.env ?? [], parentScope: parent !== undefined ? scopes.get(parent) : undefined });
    scopes.set(stage.index, scope);
    for (const trigger of parent === undefined ? (base?.onBuild ?? []) : []) {
      try {
        const instr = parseInstruction(trigger, { file: df.file, line: stage.ast.from.startLine, escape: df.escapeToken });
        scope.expand(instr);
      } catch {
        // the build reports a trigger that does not parse or expand
      }
    }
    scope.undefinedUses.length = 0;
    let shell = parent !== undefined ? (shellSet.get(parent) ?? false) : (base?.shell.length ?? 0) > 0;
    let workdir = parent !== undefined ? (workdirSet.get(parent) ?? false) : false;
    const once = new Map<string, Instruction>();
    for (const instr of stage.ast.instructions) {
      let x;
      const used = scope.undefinedUses.length;
      try {
        x = scope.expand(instr);
      } catch {
        break; // the build reports the expansion error
      }
      for (const u of scope.undefinedUses.slice(used)) {
        if (!known && u.hint === undefined) continue;
        // BuildKit's words alone: the hint (declared later, a global ARG not imported) only decides that it is reported.
        const more = u.suggestion !== undefined ? ` (did you mean $${u.suggestion}?)` : '';
        report(RULES.UndefinedVar, instr, `Usage of undefined variable '$${u.name}'${more}`);
      }
      const name = keyword(instr);
      switch (x.kind) {
        case 'ENV':
        case 'LABEL':
          if (nodeOf.get(instr)?.legacy) report(RULES.LegacyKeyValueFormat, instr, `"${name} key=value" should be used instead of legacy "${name} key value" format`);
          if (x.kind === 'ENV') for (const p of x.pairs) secrets(p.key, 'ENV', instr);
          break;
        case 'ARG':
          for (const a of x.args) secrets(a.key, 'ARG', instr);
          break;
        case 'COPY':
        case 'ADD':
          // BuildKit's validateCopySourcePath: only with a .dockerignore without exceptions (`!`), which are too hard
          // to judge statically; context sources only (not --from, URLs or Git).
          if (opts.dockerignore && !opts.dockerignore.hasExclusions && !(x.kind === 'COPY' && x.from !== undefined)) {
            for (const src of x.sources) {
              if (isRemoteSource(src)) continue;
              const clean = path.posix.normalize(src).replace(/\/+$/, '') || '/';
              if (clean !== '.' && opts.dockerignore.ignores(clean, false)) report(RULES.CopyIgnoredFile, instr, `Attempting to ${x.kind === 'ADD' ? 'Add' : 'Copy'} file ${JSON.stringify(clean)} that is excluded by .dockerignore`);
            }
          }
          break;
        case 'WORKDIR':
          if (!workdir && !x.path.startsWith('/')) report(RULES.WorkdirRelativePath, instr, `Relative workdir ${JSON.stringify(x.path)} can have unexpected results if the base image changes`);
          workdir = true;
          break;
        case 'SHELL':
          shell = true;
          break;
        case 'CMD':
        case 'ENTRYPOINT':
        case 'HEALTHCHECK': {
          const prev = once.get(x.kind);
          if (prev) report(RULES.MultipleInstructionsDisallowed, prev, `Multiple ${name} instructions should not be used in the same stage because only the last one will be used`);
          once.set(x.kind, instr);
          if (x.kind !== 'HEALTHCHECK' && x.form === 'shell' && !shell && known) report(RULES.JSONArgsRecommended, instr, `JSON arguments recommended for ${name} to prevent unintended behavior related to OS signals`);
          break;
        }
        case 'EXPOSE':
          // Sorted as written, then expanded (BuildKit's parseExpose sorts them; each is linted as parsed: casing, then format).
          for (const port of x.ports) {
            const slash = port.indexOf('/');
            if (slash >= 0 && port.slice(slash + 1) !== port.slice(slash + 1).toLowerCase()) report(RULES.ExposeProtoCasing, instr, `Defined protocol '${port}' in EXPOSE instruction should be lowercase`);
            if (port.includes(':')) report(RULES.ExposeInvalidFormat, instr, `EXPOSE instruction should not define an IP address or host-port mapping, found '${port}'`);
          }
          break;
        default:
          break;
      }
    }
    shellSet.set(stage.index, shell);
    workdirSet.set(stage.index, workdir);
  }
  return out.map((w, i) => ({ w, i })).sort((a, b) => a.w.line - b.w.line || a.i - b.i).map((e) => e.w);

  function secrets(key: string, kind: 'ARG' | 'ENV', at: Instruction): void {
    if (SECRET_WORDS.test(key) && !PUBLIC_WORDS.test(key)) report(RULES.SecretsUsedInArgOrEnv, at, `Do not use ARG or ENV instructions for sensitive data (${kind} ${JSON.stringify(key)})`);
  }
}

function formatPlatformOf(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter((x) => x).join('/');
}

type Report = (r: CheckRule, at: { startLine: number; endLine: number }, message: string) => void;

/** ConsistentInstructionCasing: the FROM keywords and commands of the stages against the majority's case. */
function instructionCasing(df: Dockerfile, keyword: (i: Instruction) => string, report: Report): void {
  const words: { instr: Instruction; word: string }[] = [];
  for (const s of df.stages) for (const instr of [s.from, ...s.instructions]) words.push({ instr, word: keyword(instr) });
  let lower = 0;
  let upper = 0;
  for (const { word } of words) {
    if (isLower(word)) lower++;
    else if (isUpper(word)) upper++;
  }
  const majorityLower = lower > upper;
  for (const { instr, word } of words) {
    if (majorityLower ? !isLower(word) : !isUpper(word)) {
      report(RULES.ConsistentInstructionCasing, instr, `Command '${word}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'})`);
    }
  }
}

/** InvalidDefaultArgInFrom, UndefinedArgInFrom, RedundantTargetPlatform, FromPlatformFlagConstDisallowed. */
function fromChecks(df: Dockerfile, plan: StagePlan, opts: CheckOptions, report: Report): void {
  const lex = new ShellLex({ escapeToken: df.escapeToken });
  const builtins = platformArgs(opts.targetPlatform, opts.buildPlatform);
  // The global args from their defaults only (no --build-arg): can the base names be empty or invalid?
  // (A bare `ARG X` keeps what X had; an expansion error gives up on this rule only, as BuildKit does.)
  const defaults = new Map<string, string>(builtins);
  invalidDefaults: {
    for (const a of df.globalArgs) {
      for (const d of a.args) {
        if (d.value === undefined) continue;
        try {
          defaults.set(d.key, lex.process(d.value, (n) => defaults.get(n)).result);
        } catch {
          break invalidDefaults;
        }
      }
    }
    for (const s of df.stages) {
      let name: string;
      try {
        name = lex.process(s.from.image, (n) => defaults.get(n)).result;
      } catch {
        break invalidDefaults;
      }
      if (!validBaseName(name)) report(RULES.InvalidDefaultArgInFrom, s.from, `Default value for ARG ${s.from.image} results in empty or invalid base image name`);
    }
  }
  const known = new Set<string>([...plan.globalArgs.keys(), ...builtins.keys()]);
  const values = (n: string): string | undefined => plan.globalArgs.get(n) ?? undefined;
  const candidates = [...known];
  const undeclared = (from: Instruction, unmatched: Set<string>): void => {
    for (const n of unmatched) {
      if (known.has(n)) continue;
      const close = suggest(n, candidates, true);
      report(RULES.UndefinedArgInFrom, from, `FROM argument '${n}' is not declared${close !== undefined ? ` (did you mean ${close}?)` : ''}`);
    }
  };
  for (const s of df.stages) {
    try {
      undeclared(s.from, lex.process(s.from.image, values).unmatched);
      const platform = s.from.platform;
      if (platform === undefined) continue;
      const r = lex.process(platform, values);
      undeclared(s.from, r.unmatched);
      const target = plan.globalArgs.get('TARGETPLATFORM');
      if (r.unmatched.size === 0 && r.matched.size === 1 && r.matched.has('TARGETPLATFORM') && r.result === target) {
        report(RULES.RedundantTargetPlatform, s.from, `Setting platform to predefined ${platform} in FROM is redundant as this is the default behavior`);
      }
      if (r.matched.size === 0 && r.unmatched.size === 0) {
        let p: Platform;
        try {
          p = parsePlatform(r.result);
        } catch {
          continue;
        }
        const stageName = s.name ?? '';
        if (!(stageName.includes(p.os) || stageName.includes(p.architecture))) {
          report(RULES.FromPlatformFlagConstDisallowed, s.from, `FROM --platform flag should not use constant value ${JSON.stringify(r.result)}`);
        }
      }
    } catch {
      // an expansion error: planning reports it
    }
  }
}

/** A base name `docker build` could pull (or a stage name, or scratch): not empty, a valid reference. */
function validBaseName(name: string): boolean {
  if (name === '') return false;
  try {
    parseReference(name);
    return true;
  } catch {
    return false;
  }
}

