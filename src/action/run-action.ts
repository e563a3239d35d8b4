/**
 * The action's pipeline after the inputs are read: preflight (Dockerfile, tags, registries) -> build with
 * the layer cache -> push -> outputs and job summary. The environment, clock, logger, outputs and summary
 * writer are passed in; nothing here imports `@actions/*`.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBuild, type BuildOutcome, type BuildRequest } from '../build/run-build.js';
import { checkDockerfile as checkRules, formatCheckReport } from '../build/check.js';
import { splitAnnotations } from '../build/annotations.js';

export { splitAnnotations };
import type { StepReport } from '../build/types.js';
import { seedCacheDir } from '../cache/buildx-compat.js';
import { createCacheStore } from '../cache/index.js';
import type { RegistryCacheClient } from '../cache/registry-store.js';
import type { CacheStore } from '../cache/types.js';
import type { Digest } from '../oci/digest.js';
import { formatPlatform, hostPlatform } from '../oci/platform.js';
import { RegistryClient, type PushBlobResult } from '../registry/client.js';
import { repositoryName, repositoryOf } from '../registry/reference.js';
import { createExecutor, memoryLayersWanted, mountRootfs, exportTarPrivileged, prefetchLayerBlobs } from '../sandbox/index.js';
import { buildLog } from './build-log.js';
import type { ActionConfig } from './config.js';
import { actionCredentials, derivedSecrets } from './credentials.js';
import { describeFailure, type Failure } from './failure.js';
import { formatBytes } from './format.js';
import { GroupedLog, maskAll, type ActionLogger } from './logger.js';
import { bakeFiles, buildOutputs, metadataOutputEnv, planOutputs, type BakeFiles, type Outputs } from './outputs.js';
import { namedGitContexts, resolveGitContext } from './git-context.js';
import type { GitContextRef } from '../context/git-context.js';
import { InputError } from './input-parsers.js';
import { prepareSshAgents, SshSpecError, type SshAgents } from '../build/ssh.js';
import { formatGitContext } from '../context/git-context.js';
import { checkDockerfile, checkRegistries, computeTags, previousImage, type Plan } from './preflight.js';
import { renderSummary } from './summary.js';
import { loadSocket } from '../build/docker-load.js';
import { parseGoBool } from '../dockerfile/mounts.js';

/** Environment as a plain map. */
export type Env = Record<string, string | undefined>;

/** What the pipeline reads and writes besides the config. */
export interface ActionDeps {
  env: Env;
  cwd: string;
  log: ActionLogger;
  /** Epoch milliseconds. */
  now: () => number;
  setOutput(name: string, value: string): void;
  /** Sets an environment variable for the job's later steps (@actions/core exportVariable). */
  exportVariable?(name: string, value: string): void;
  /** Appends markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>;
  signal?: AbortSignal;
}

/** How the run ended: the outputs it set and, when it failed, the one failure it reported. */
export interface ActionResult {
  ok: boolean;
  outputs: Outputs;
  failure?: Failure;
  outcome?: BuildOutcome;
}

/** A registry client that tells when the first blob is pushed (the push stage begins). */
class PushAwareClient extends RegistryClient {
  onPush?: () => void;
  override pushBlob(...args: Parameters<RegistryClient['pushBlob']>): Promise<PushBlobResult> {
    this.onPush?.();
    return super.pushBlob(...args);
  }

  /** The same client for the registry cache, whose pushes are the cache save's, not the image's. */
  forCache(): RegistryCacheClient {
    return {
      getManifest: (ref) => this.getManifest(ref),
      readBlob: (repo, desc) => this.readBlob(repo, desc),
      getBlob: (repo, desc) => this.getBlob(repo, desc),
      hasBlob: (repo, digest) => this.hasBlob(repo, digest),
      pushBlob: (...args) => super.pushBlob(...args),
      putManifest: (ref, bytes, mediaType) => this.putManifest(ref, bytes, mediaType),
    };
  }
}

/** The cache store with hooks before `load` and `save` (to open their log groups). */
export function withHooks(cache: CacheStore, onLoad: () => void, onSave: () => void): CacheStore {
  return {
    kind: cache.kind,
    load: () => {
      onLoad();
      return cache.load();
    },
    lookup: (k) => cache.lookup(k),
    hasBlob: (d) => cache.hasBlob(d),
    openBlob: (d) => cache.openBlob(d),
    // The optional file forms too: without them the sandbox would unpack from a stream and write its own copy.
    ...(cache.blobFile ? { blobFile: (d: Digest) => cache.blobFile!(d) } : {}),
    ...(cache.stagedBlobFile ? { stagedBlobFile: (d: Digest) => cache.stagedBlobFile!(d) } : {}),
    save: (r, b) => {
      onSave();
      return cache.save(r, b);
    },
    stats: () => cache.stats(),
    close: () => cache.close(),
  };
}


/**
 * Writes the bake definitions where later steps can read them (a directory of their own under RUNNER_TEMP, kept
 * after the action ends, as metadata-action's), and returns each output's file path.
 */
function writeBakeFiles(files: BakeFiles, env: Env): Outputs {
  const dir = mkdtempSync(path.join(env.RUNNER_TEMP || tmpdir(), 'hoist-meta-'));
  const out: Outputs = {};
  for (const [name, def] of Object.entries(files)) {
    const file = path.join(dir, name === 'bake-file' ? 'docker-metadata-action-bake.json' : `docker-metadata-action-bake-${name.slice('bake-file-'.length)}.json`);
    writeFileSync(file, JSON.stringify(def, null, 2));
    out[name] = file;
  }
  return out;
}

/** Writes value secrets to private files (the builder mounts files); file secrets are used as they are. */
async function secretFiles(config: ActionConfig, tempDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const s of config.secrets) {
    if (s.kind === 'file') {
      out[s.id] = s.path;
      continue;
    }
    const dir = path.join(tempDir, 'secrets');
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const file = path.join(dir, s.id.replace(/[^\w.-]/g, '_'));
    await writeFile(file, s.value, { mode: 0o600 });
    out[s.id] = file;
  }
  return out;
}

function dockerSocket(env: Env): string | undefined {
  const host = env.DOCKER_HOST;
  return host?.startsWith('unix://') ? host.slice('unix://'.length) : undefined;
}

/** ` to R, from A, B` for a registry cache. */
function registryCacheRefs(c: ActionConfig['cache']): string {
  if (c.kind !== 'registry') return '';
  return [...(c.registryTo ? [`to ${String(c.registryTo)}`] : []), ...(c.registryFrom?.length ? [`from ${c.registryFrom.map(String).join(', ')}`] : [])].map((p, i) => `${i ? ',' : ''} ${p}`).join('');
}

function describeSettings(config: ActionConfig): string[] {
  return [
    `context: ${config.gitContext ? `Git ${formatGitContext(config.gitContext)}` : path.relative(config.workspace, config.context) || '.'}, Dockerfile: ${config.dockerfileLabel}${config.target ? `, target: ${config.target}` : ''}`,
    `platforms: ${config.platforms.map(formatPlatform).join(', ')}`,
    `push: ${config.push ? 'yes' : 'no'} (${config.pushReason})`,
    `cache: ${config.cache.kind}${config.cache.dir ? ` ${config.cache.dir}` : ''}${registryCacheRefs(config.cache)} (${config.cache.reason}), mode ${config.cache.mode}${config.noCache ? ', no-cache' : ''}`,
  ];
}

/**
 * Preflight in its log group: settings, Dockerfile, tags (their outputs are set at once, so they exist even
 * when a later check fails), registry checks, the image the first tag points at.
 */
async function preflight(config: ActionConfig, registry: RegistryClient, deps: ActionDeps, onPlan: (plan: Plan) => void): Promise<Plan> {
  const log = deps.log;
  for (const line of describeSettings(config)) log.info(line);
  // SOURCE_DATE_EPOCH fixes the created label (reproducible images); {{date}} in tag rules stays the clock's, as
  // in metadata-action, which does not read SOURCE_DATE_EPOCH.
  const createdAt = config.sourceDateEpoch !== undefined ? new Date(config.sourceDateEpoch * 1000) : undefined;
  const plan = await computeTags(config, { registry, env: deps.env, log, now: new Date(deps.now()), createdAt, readFile: (p) => readFileSync(p, 'utf8') });
  log.info(`tags: ${plan.targets.length ? plan.targets.map(String).join(', ') : '(none)'}`);
  onPlan(plan);
  // Nothing to push although push is on: an error, after the tag outputs are set (as metadata-action sets them).
  if (plan.problem) throw plan.problem;
  // After the tags: a Dockerfile that does not parse still leaves the tag outputs and a summary that names them.
  await checkDockerfile(config);
  if (config.push && plan.targets.length) await checkRegistries(config, plan, registry, log, deps.env.GITHUB_ACTOR);
  if (plan.targets.length) plan.previous = await previousImage(registry, plan.targets[0], config, log);
  if (plan.previous) log.info(`${plan.previous.ref} is ${plan.previous.digest} (${formatBytes(plan.previous.size)}) before this build`);
  return plan;
}

/** A true/false environment switch as Go's strconv.ParseBool reads it (build-push-action's), else its default. */
export function envSwitch(value: string | undefined, fallback: boolean): boolean {
  return parseGoBool(value?.trim() ?? '') ?? fallback;
}

/**
 * Runs the action: `load` reads and validates the inputs (it masks the secrets first), then the pipeline runs.
 * Never throws: a failure is logged once (an annotation when it points into the Dockerfile), summarised and
 * returned.
 */
export async function runAction(load: () => { config: ActionConfig; notices: string[] }, depsIn: ActionDeps): Promise<ActionResult> {
  const started = depsIn.now();
  const log = depsIn.log;
  // build-push-action's switches: DOCKER_BUILD_SUMMARY=false (or the older DOCKER_BUILD_NO_SUMMARY=true) writes no summary.
  const summaryOn = envSwitch(depsIn.env.DOCKER_BUILD_SUMMARY, true) && !envSwitch(depsIn.env.DOCKER_BUILD_NO_SUMMARY, false);
  const deps: ActionDeps = summaryOn ? depsIn : { ...depsIn, writeSummary: async () => undefined };
  // DOCKER_BUILD_CHECKS_ANNOTATIONS=false: build checks as log lines, not annotations.
  const checkAnnotations = envSwitch(depsIn.env.DOCKER_BUILD_CHECKS_ANNOTATIONS, true);
  let loaded: { config: ActionConfig; notices: string[] };
  try {
    loaded = load();
  } catch (e) {
    const failure = describeFailure(e, { workspace: deps.env.GITHUB_WORKSPACE || deps.cwd, cwd: deps.cwd });
    log.error(failure.message, failure.at);
    const markdown = renderSummary({ tags: [], push: false, pushReason: 'invalid inputs', steps: [], failure: failure.message, durationMs: deps.now() - started });
    await deps.writeSummary(markdown).catch(() => undefined);
    return { ok: false, outputs: {}, failure };
  }
  const { notices } = loaded;
  let config = loaded.config;
  for (const n of notices) log.notice(n);
  const glog = new GroupedLog(log);
  maskAll(log, derivedSecrets(config.logins));
  const registry = new PushAwareClient({
    credentials: actionCredentials(config, deps.env),
    log: deps.env.HOIST_DEBUG ? (m) => log.debug(m) : undefined,
    loginHint: 'give the registry, username and password inputs, or registry-auth',
  });
  const outputs: Outputs = {};
  const set = (o: Outputs) => {
    for (const [k, v] of Object.entries(o)) {
      outputs[k] = v;
      deps.setOutput(k, v);
    }
  };
  const steps: StepReport[] = [];
  let plan: Plan | undefined;
  let outcome: BuildOutcome | undefined;
  let pushed = false;
  let pushReason = config.pushReason;
  let cache: CacheStore | undefined;
  let tempDir: string | undefined;
  let gitDir: string | undefined;
  let namedGit: { fetch: (g: GitContextRef) => Promise<string>; dir: string } | undefined;
  let sshAgents: SshAgents | undefined;
  let sshDir: string | undefined;
  let failure: Failure | undefined;
  const pushedRefs: string[] = [];
  try {
    const onPlan = (p: Plan) => {
      plan = p;
      const metaOutputs = planOutputs(p, config);
      set(metaOutputs);
      const bake = writeBakeFiles(bakeFiles(p, config, config.bakeTarget), deps.env);
      set(bake);
      for (const [name, value] of metadataOutputEnv(bake, deps.env)) deps.exportVariable?.(name, value);
      // As docker/metadata-action: its outputs also as DOCKER_METADATA_OUTPUT_<NAME> for later steps, unless
      // DOCKER_METADATA_SET_OUTPUT_ENV says false.
      for (const [name, value] of metadataOutputEnv(metaOutputs, deps.env)) deps.exportVariable?.(name, value);
    };
    plan = await glog.within('Preflight', async () => {
      const git = await resolveGitContext(config, deps.env, log, deps.signal);
      if (git) {
        config = git.config;
        gitDir = git.dir;
      }
      if (config.ssh.length) {
        sshDir = await mkdtemp(path.join(deps.env.RUNNER_TEMP || tmpdir(), 'hoist-ssh-'));
        try {
          sshAgents = await prepareSshAgents(config.ssh, deps.env, config.workspace, sshDir);
        } catch (e) {
          throw e instanceof SshSpecError ? new InputError('ssh', e.message) : e;
        }
      }
      namedGit = await namedGitContexts(config, deps.env, log, deps.signal);
      return preflight(config, registry, deps, onPlan);
    });
    if (config.call === 'check') {
      const c = config;
      const { report, lines } = await glog.within('Build checks', async () => {
        const r = await checkRules({ path: c.dockerfile, file: c.dockerfileLabel, buildArgs: c.buildArgs, target: c.target, namedContexts: c.namedContexts, platform: c.platforms[0], buildPlatform: hostPlatform(), registry, contextDir: c.context });
        const text = formatCheckReport(r).replace(/\n$/, '').split('\n');
        for (const line of text) log.info(line);
        return { report: r, lines: text };
      });
      // Each rule also as an annotation on its Dockerfile line, as a build shows them.
      const annotate = buildLog(glog, { workspace: c.workspace, cwd: deps.cwd, checkAnnotations });
      for (const w of report.warnings) annotate.warning?.(w.message, c.dockerfile, w.line, w);
      if (report.violation) throw new Error(report.violation);
      if (report.warnings.length) throw new Error(lines[0]);
      log.info('call: check: the build checks passed; nothing was built');
      return { ok: true, outputs };
    }
    const stateDir = config.stateDir;
    await mkdir(stateDir, { recursive: true });
    tempDir = await mkdtemp(path.join(deps.env.RUNNER_TEMP || tmpdir(), 'hoist-'));
    const first = plan.targets[0];
    // runBuild saves the cache while it pushes: the save's lines are held back from the moment it starts and
    // shown in their own group once runBuild returns, so the Push and Cache save groups do not interleave.
    let held: (() => void)[] | undefined;
    const cacheLine = (f: () => void) => (held ? held.push(f) : f());
    const showHeld = () => {
      const lines = held;
      held = undefined;
      if (!lines) return;
      glog.group('Cache save');
      for (const f of lines) f();
    };
    if (config.cache.seedFrom) {
      const seed = await seedCacheDir(config.cache.seedFrom, config.cache.dir!);
      if (seed.seeded) log.info(`cache: ${config.cache.dir} starts from ${config.cache.seedFrom} (cache-from src)`);
      if (seed.warning) log.warning(`cache: ${seed.warning}`);
    }
    cache = withHooks(
      createCacheStore({
        kind: config.cache.kind,
        dir: config.cache.dir,
        registry: config.cache.kind === 'registry' ? { client: registry.forCache(), from: config.cache.registryFrom ?? [], to: config.cache.registryTo } : undefined,
        scope: config.cache.scope,
        scopeParts: { image: first ? repositoryName(first) : undefined, dockerfile: config.dockerfileLabel, target: config.target, platform: config.platforms.map(formatPlatform).join(',') },
        mode: config.cache.mode,
        env: deps.env,
        tempDir,
        log: { info: (m) => cacheLine(() => log.info(m)), warning: (m) => cacheLine(() => log.warning(m)), debug: (m) => cacheLine(() => log.debug(m)) },
      }),
      () => glog.group('Layer cache'),
      () => (held = []),
    );
    registry.onPush = () => {
      registry.onPush = undefined;
      glog.group('Push');
    };
    const events = buildLog(glog, { workspace: config.workspace, cwd: deps.cwd, checkAnnotations });
    const stepEnd = events.stepEnd!;
    events.stepEnd = (r) => {
      steps.push(r);
      stepEnd(r);
    };
    const annotations = splitAnnotations([...(config.outputAnnotations ?? []), ...plan.meta.annotations], (line, why) => log.warning(`annotations: "${line}" left out: ${why}`));
    const req: BuildRequest = {
      contextDir: config.context,
      // The workspace as the default context leaves out .git, as build-push-action's default (the commit's Git
      // context) has none: actions/checkout keeps the job's token in .git/config, which a `COPY . .` would push.
      contextIgnore: config.contextGiven || config.gitContext ? undefined : ['.git'],
      dockerfile: config.dockerfile,
      buildArgs: config.buildArgs,
      target: config.target,
      namedContexts: config.namedContexts,
      platforms: config.platforms,
      platformsGiven: config.platformsGiven,
      labels: plan.meta.labels,
      annotations,
      push: config.push ? (config.pushByDigest ? plan.targets.map(repositoryOf) : plan.targets) : [],
      // The outputs (a loaded image, an OCI layout) are named after the tags even when nothing is pushed.
      names: plan.targets,
      outputs: config.outputs,
      dockerSocket: config.outputs.some((o) => o.kind === 'load') ? loadSocket(deps.env.DOCKER_HOST) : undefined,
      noCache: config.noCache,
      noCacheFilter: config.noCacheFilters,
      sourceDateEpoch: config.sourceDateEpoch,
      provenance: config.provenance,
      format: { family: 'oci', compression: 'gzip' },
      secrets: await secretFiles(config, tempDir),
      ssh: sshAgents?.sockets,
      network: config.network,
      extraHosts: config.extraHosts,
      shmSize: config.shmSize,
      ulimits: config.ulimits,
      stateDir,
      tempDir,
    };
    const scratch = tempDir;
    try {
      outcome = await runBuild(req, {
        registry,
        cache,
        executor: () => createExecutor({ cacheDir: stateDir, tempDir: scratch, log: (m) => log.info(m), dockerSocket: dockerSocket(deps.env), memoryLayers: memoryLayersWanted(deps.env) }),
        prefetchLayers: (layers) => prefetchLayerBlobs(stateDir, layers),
        fetchGitContext: namedGit?.fetch,
        mountRootfs: (layers) => mountRootfs(layers, { cacheDir: stateDir, tempDir: scratch }),
        exportTarPrivileged: (file, views, o) => exportTarPrivileged(views, file, { cacheDir: stateDir, tempDir: scratch, ...o }),
        buildPlatform: hostPlatform(),
        now: deps.now,
        signal: deps.signal,
        events,
        log: (m) => log.info(m),
        // What reached a registry, for the summary when a later push fails.
        onPushed: (ref) => pushedRefs.push(ref),
      });
    } finally {
      events.flush();
      showHeld();
      glog.close();
    }
    // Pushed when something was: with every image disabled (no target) push is on but nothing goes out.
    pushed = Boolean(config.push && outcome.push);
    if (config.push && !pushed) pushReason = 'no image name to push to';
    set(buildOutputs(outcome, plan, pushed, config.outputs, config.pushByDigest));
    log.info(`digest: ${outcome.digest}`);
    if (pushed && outcome.push) log.info(config.pushByDigest ? `pushed by digest (push-by-digest, no tag): ${outcome.push.refs.join(', ')}` : `pushed: ${plan.targets.map(String).join(', ')}`);
    else log.info(`not pushed (${pushReason})`);
    return { ok: true, outputs, outcome };
  } catch (e) {
    glog.close();
    failure = describeFailure(e, { workspace: config.workspace, cwd: deps.cwd });
    log.error(failure.message, failure.at);
    return { ok: false, outputs, failure };
  } finally {
    if (config.summary) {
      const markdown = renderSummary({
        tags: plan?.targets.map(String) ?? [],
        push: pushed,
        pushByDigest: config.pushByDigest,
        pushReason,
        outcome,
        steps,
        previous: plan?.previous,
        cache: { kind: config.cache.kind, reason: config.cache.reason, stats: cache?.stats() },
        failure: failure?.message,
        pushedBeforeFailure: failure ? pushedRefs : undefined,
        durationMs: deps.now() - started,
      });
      await deps.writeSummary(markdown).catch((e: Error) => log.warning(`could not write the job summary: ${e.message}`));
    }
    await cache?.close().catch(() => undefined);
    await registry.close().catch(() => undefined);
    if (tempDir) await rm(tempDir, { recursive: true, force: true }).catch(() => undefined);
    await sshAgents?.close();
    for (const d of [gitDir, namedGit?.dir, sshDir]) if (d) await rm(d, { recursive: true, force: true }).catch(() => undefined);
  }
}
