/**
 * Build checks for a build or a check-only run: the Dockerfile rules (dockerfile/checks.ts) with the base images'
 * config (ENV, SHELL, platform) resolved from their registries, as BuildKit runs them before it solves anything.
 */
import type { RegistryClient } from '../registry/client.js';
import { parseReference } from '../registry/reference.js';
import { readFile } from 'node:fs/promises';
import { checkConfigOf, checksOff, checkViolation, runChecks, type BaseConfigView, type CheckConfig, type CheckWarning } from '../dockerfile/checks.js';
import { loadDockerignore, type DockerignoreRules } from '../context/dockerignore.js';
import { DockerfileError, parseDockerfile, planStages, type Dockerfile, type PlannedStage, type StagePlan } from '../dockerfile/index.js';
import type { NamedContexts } from '../dockerfile/named-contexts.js';
import type { Platform } from '../oci/types.js';
import { onceEach, stagePlatform } from './image-source.js';

/** Inputs of `checkBuild`. */
export interface CheckBuildOptions {
  buildArgs: Record<string, string>;
  platform: Platform;
  buildPlatform: Platform;
  resolveImage: RegistryClient['resolveImage'];
  /** The stages whose instructions are checked; by default those the target needs. */
  stages?: PlannedStage[];
  /** A base image that cannot be resolved fails (a check-only run); otherwise the build reports it where used. */
  strict?: boolean;
  /** `docker-image://` named contexts: their images are not compared with the build's platform (BuildKit skips them). */
  namedContexts?: NamedContexts;
  /** The build context's .dockerignore (CopyIgnoredFile). */
  dockerignore?: DockerignoreRules;
}

/**
 * What the rules selected by `config` report. A base image that cannot be resolved is left out of the rules that
 * read its config (the build reports it where it is used), unless `strict`.
 */
export async function checkBuild(df: Dockerfile, plan: StagePlan, config: CheckConfig, opts: CheckBuildOptions): Promise<CheckWarning[]> {
  if (checksOff(config)) return [];
  const stages = opts.stages ?? plan.stages;
  const bases = new Map<number, BaseConfigView>();
  await Promise.all(
    stages.map(async (stage) => {
      if (stage.base.kind !== 'image') return;
      try {
        const { config: image } = await opts.resolveImage(parseReference(stage.base.ref), stagePlatform(stage, opts.platform));
        const platform: Platform = { os: image.os, architecture: image.architecture, ...(image.variant ? { variant: image.variant } : {}) };
        const ref = stage.base.ref;
        const fromContext = [...(opts.namedContexts?.values() ?? [])].some((c) => c.kind === 'image' && c.ref === ref);
        bases.set(stage.index, { env: image.config?.Env ?? [], shell: image.config?.Shell ?? [], onBuild: image.config?.OnBuild ?? [], ...(fromContext ? {} : { platform }) });
      } catch (e) {
        // A build reports it with its line when the stage runs; a check-only run has no such step.
        if (opts.strict) throw new DockerfileError(df.file, stage.ast.from.startLine, `${stage.base.ref}: ${(e as Error).message}`);
      }
    }),
  );
  return runChecks(df, plan, {
    config,
    stages,
    baseConfig: (s) => bases.get(s.index),
    platformOf: (s) => {
      try {
        return stagePlatform(s, opts.platform);
      } catch {
        return opts.platform;
      }
    },
    targetPlatform: opts.platform,
    buildPlatform: opts.buildPlatform,
    ...(opts.dockerignore ? { dockerignore: opts.dockerignore } : {}),
  });
}

/** A Dockerfile's text; an error that names it when it cannot be read. */
export async function readDockerfile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read Dockerfile ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
  }
}

/** What a check-only run (`--check`, `--call=check`) found. */
export interface CheckReport {
  /** The Dockerfile's name as reports show it. */
  file: string;
  text: string;
  warnings: CheckWarning[];
  /** `lint violation found for rules: ...` when `error=true` and a rule reported. */
  violation?: string;
  /** The parse error the file ends in, the warnings being those of the lines before it. */
  error?: Error;
}

/**
 * Runs the build checks without building (buildx `--call=check`): every stage is checked unless a target is
 * given, base images are resolved for their config, nothing else is fetched. A Dockerfile that does not parse or
 * plan throws its DockerfileError.
 */
export async function checkDockerfile(opts: {
  /** The Dockerfile's path, and its name as the report shows it. */
  path: string;
  file: string;
  buildArgs: Record<string, string>;
  target?: string;
  namedContexts?: NamedContexts;
  platform: Platform;
  buildPlatform: Platform;
  registry: RegistryClient;
  /** The build context directory: its .dockerignore (or the Dockerfile's own) feeds CopyIgnoredFile. */
  contextDir?: string;
}): Promise<CheckReport> {
  const text = await readDockerfile(opts.path);
  let df;
  try {
    df = parseDockerfile(text, { file: opts.file });
  } catch (e) {
    // BuildKit reports what its rules found before the instruction that does not parse, then the error.
    if (!(e instanceof DockerfileError) || e.line <= 1) throw e;
    const head = text.split('\n').slice(0, e.line - 1).join('\n') + '\n';
    let before: CheckWarning[] = [];
    try {
      before = (await checkParsed(parseDockerfile(head, { file: opts.file }), head, opts)).warnings;
    } catch {
      // The lines before do not check on their own either: the error alone.
    }
    if (!before.length) throw e;
    return { file: opts.file, text, warnings: before, error: e };
  }
  return checkParsed(df, text, opts);
}

async function checkParsed(df: ReturnType<typeof parseDockerfile>, text: string, opts: Parameters<typeof checkDockerfile>[0]): Promise<CheckReport> {
  const plan = planStages(df, { buildArgs: opts.buildArgs, target: opts.target, namedContexts: opts.namedContexts, targetPlatform: opts.platform, buildPlatform: opts.buildPlatform });
  const config = checkConfigOf(df, opts.buildArgs);
  const warnings = await checkBuild(df, plan, config, {
    buildArgs: opts.buildArgs,
    platform: opts.platform,
    buildPlatform: opts.buildPlatform,
    resolveImage: onceEach(opts.registry),
    stages: opts.target === undefined ? plan.allStages : plan.stages,
    strict: true,
    namedContexts: opts.namedContexts,
    ...(opts.contextDir !== undefined ? { dockerignore: await loadDockerignore(opts.contextDir, opts.path).then((m) => (m.patterns.length ? m : undefined), () => undefined) } : {}),
  });
  const violation = checkViolation(config, warnings);
  return { file: opts.file, text, warnings, ...(violation ? { violation } : {}) };
}

/** The source lines around a warning, as BuildKit prints them (`   3 | >>> FROM ...`, two lines of context). */
function snippet(file: string, text: string, start: number, end: number): string {
  const lines = text.split('\n');
  if (start < 1 || start > lines.length) return '';
  let from = start;
  let to = Math.min(end, lines.length);
  const pad = to === from ? 4 : 2;
  for (let p = 0; p < pad; p++) {
    if (from > 1) {
      from--;
      p++;
    }
    if (to !== lines.length) {
      to++;
      p++;
    }
  }
  const out = [`${file}:${start}`, '--------------------'];
  for (let i = from; i <= to; i++) out.push(` ${String(i).padStart(3)} | ${i >= start && i <= end ? '>>>' : '   '} ${lines[i - 1]}`);
  out.push('--------------------');
  return `${out.join('\n')}\n`;
}

/** A check report as `docker buildx build --check` prints it. */
export function formatCheckReport(r: CheckReport): string {
  const n = r.warnings.length;
  if (n === 0) return 'Check complete, no warnings found.\n';
  let out = `Check complete, ${n === 1 ? '1 warning has' : `${n} warnings have`} been found!\n`;
  for (const w of r.warnings) {
    out += `\nWARNING: ${w.rule}${w.url ? ` - ${w.url}` : ''}\n${w.message}\n`;
    out += snippet(r.file, r.text, w.line, w.rule === 'NoEmptyContinuation' ? w.line : Math.max(w.line, w.endLine));
  }
  return out;
}
