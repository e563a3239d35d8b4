/**
 * The action's inputs -> one validated, typed `ActionConfig`. Names follow docker/build-push-action,
 * docker/metadata-action and docker/login-action where the meaning is the same. Every error names the input
 * (and line). Secrets are registered for masking before anything is validated or logged.
 */
import { attestType, parseProvenance, ProvenanceSpecError, type ProvenanceOptions } from './build/provenance.js';
import * as core from '@actions/core';
import path from 'node:path';
import type { ActionConfig, CacheChoice, SecretSource } from './action/config.js';
import { InputError, commaList, inputItems, inputLines, parseBool, parseBuildArgLines, parseRegistryAuth, type Login } from './action/input-parsers.js';
import { maskAll, type ActionLogger } from './action/logger.js';
import { loadSocket } from './build/docker-load.js';
import { OutputSpecError, parseOutputSpec, unknownAttributesNotice, type BuildOutput } from './build/output-spec.js';
import { parseExtraHost, parseNetworkMode, parseShmSize, parseUlimit, RunOptionError } from './build/run-options.js';
import { BuildxCacheSpecError, mapBuildxCache, type BuildxCacheChoice, type BuildxCacheSpecText } from './cache/buildx-compat.js';
import { localContextProblem, NamedContextError, parseNamedContext, type NamedContext } from './dockerfile/named-contexts.js';
import { defaultGitContext, GitContextError, parseGitContext, redactUrl, type GitContextRef } from './context/git-context.js';
import { defaultDockerfilePath } from './context/context.js';
import { hostPlatform, parseTargetPlatform, uniquePlatforms } from './oci/platform.js';
import type { Platform } from './oci/types.js';
import { InvalidReferenceError, parseReference, type Reference } from './registry/reference.js';

export { InputError } from './action/input-parsers.js';

/** Every input action.yml declares, with the default the code applies when it is empty. */
export const INPUT_DEFAULTS = {
  context: '',
  file: '',
  target: '',
  'build-args': '',
  images: '',
  tags: '',
  flavor: '',
  labels: '',
  annotations: '',
  'sep-tags': '',
  'sep-labels': '',
  'sep-annotations': '',
  'bake-target': 'docker-metadata-action',
  push: 'auto',
  registry: '',
  username: '',
  password: '',
  'registry-auth': '',
  'github-token': '',
  platforms: '',
  cache: 'auto',
  'cache-mode': '',
  'cache-scope': '',
  'no-cache': 'false',
  'no-cache-filters': '',
  outputs: '',
  load: 'false',
  'build-contexts': '',
  'cache-from': '',
  'cache-to': '',
  secrets: '',
  'secret-files': '',
  'secret-envs': '',
  network: '',
  call: '',
  'add-hosts': '',
  'shm-size': '',
  ulimit: '',
  // build-push-action's, taken so a step moved over as it is runs; each says what hoist does with it (compatNotices).
  provenance: '',
  sbom: '',
  attests: '',
  pull: '',
  builder: '',
  allow: '',
  ssh: '',
  'cgroup-parent': '',
  summary: 'true',
} as const;

/** The name of an action input. */
export type InputName = keyof typeof INPUT_DEFAULTS;

/** Raw input strings by name (empty string when not given). */
export type RawInputs = Record<InputName, string>;

/** Environment as a plain map. */
export type Env = Record<string, string | undefined>;

/**
 * Reads every input with `get` (default: @actions/core's getInput, which reads `INPUT_<NAME>`; the `sep-*`
 * separators untrimmed, as metadata-action reads them, so `sep-tags: ", "` keeps its space).
 */
export function readInputs(get: (name: string) => string = (n) => core.getInput(n, { trimWhitespace: !n.startsWith('sep-') })): RawInputs {
  const raw = {} as RawInputs;
  for (const name of Object.keys(INPUT_DEFAULTS) as InputName[]) raw[name] = get(name) ?? '';
  return raw;
}

/**
 * Every value in the inputs that must never be printed: passwords, tokens, secret values (also those of
 * `secret-envs`, read from `env`). Lenient: it also finds passwords in a `registry-auth` that fails to parse.
 */
export function secretValues(raw: RawInputs, env: Env): string[] {
  const out = [raw.password, raw['github-token']];
  const auth = raw['registry-auth'];
  for (const m of auth.matchAll(/"password"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) out.push(m[1], m[1].replace(/\\(.)/g, '$1'));
  for (const m of auth.matchAll(/^[\s-]*password\s*:\s*(.+?)\s*$/gim)) out.push(m[1], m[1].replace(/^(['"])(.*)\1$/, '$2'));
  for (const { text } of inputLines(raw.secrets)) out.push(text.slice(text.indexOf('=') + 1));
  for (const { text } of inputItems(raw['secret-envs'])) out.push(env[text.slice(text.indexOf('=') + 1).trim()] ?? '');
  return out.filter((v): v is string => v !== undefined && v !== '');
}

/** Reads the inputs, masks the secrets in them, and validates them. Throws `InputError`. */
export function loadConfig(env: Env, cwd: string, log: Pick<ActionLogger, 'setSecret'>): { config: ActionConfig; notices: string[] } {
  const raw = readInputs();
  maskAll(log, secretValues(raw, env));
  return parseConfig(raw, env, cwd);
}

function isPullRequest(eventName: string): boolean {
  return eventName === 'pull_request' || eventName === 'pull_request_target';
}

/** The default state directory: `HOIST_STATE_DIR`, `RUNNER_TEMP/hoist`, else `$XDG_CACHE_HOME/hoist` or `~/.cache/hoist`. */
export function defaultStateDir(env: Env): string {
  if (env.HOIST_STATE_DIR) return env.HOIST_STATE_DIR;
  if (env.RUNNER_TEMP) return path.join(env.RUNNER_TEMP, 'hoist');
  return path.join(env.XDG_CACHE_HOME || path.join(env.HOME || '/tmp', '.cache'), 'hoist');
}

/**
 * build-push-action's `cache-from` / `cache-to` mapped onto hoist's cache (cache/buildx-compat.ts). The `cache`,
 * `cache-mode` and `cache-scope` inputs win when given; a backend hoist does not keep is a notice, and the
 * default applies.
 */
function cacheCompat(raw: RawInputs, workspace: string, notices: string[]): { cache?: string; mode?: string; scope?: string; seedFrom?: string; registry?: { from: Reference[]; to?: Reference }; reason: string } | undefined {
  const specs: BuildxCacheSpecText[] = (['cache-to', 'cache-from'] as const).flatMap((input) => inputLines(raw[input]).map(({ text, line }) => ({ input, text, where: `${input} line ${line}` })));
  let choice: BuildxCacheChoice | undefined;
  try {
    choice = mapBuildxCache(specs, (p) => path.resolve(workspace, p));
  } catch (e) {
    if (e instanceof BuildxCacheSpecError) throw new InputError(e.where, e.message);
    throw e;
  }
  if (!choice) return undefined;
  if (raw.cache.trim() && raw.cache.trim() !== 'auto') {
    notices.push(`cache-from/cache-to ignored: the cache input (${raw.cache.trim()}) decides where the layer cache is`);
    return undefined;
  }
  if (choice.kind === 'none') {
    notices.push(`cache-from/cache-to: ${choice.notice}; the cache input's default applies`);
    return undefined;
  }
  if (choice.ignored) notices.push(`cache-from/cache-to: ${choice.ignored}`);
  if (choice.kind === 'gha') return { cache: 'gha', mode: choice.mode, scope: choice.scope, reason: choice.reason };
  if (choice.kind === 'registry') return { mode: choice.mode, registry: { from: choice.from, to: choice.to }, reason: choice.reason };
  return { cache: choice.dir, mode: choice.mode, seedFrom: choice.seedFrom, reason: choice.reason };
}

/** The `call` input (build-push-action's): build, or check (the build checks only, nothing built). */
function parseCall(value: string): 'build' | 'check' {
  const v = value.trim() || 'build';
  if (v !== 'build' && v !== 'check') throw new InputError('call', `expected build or check, got "${v}" (buildx's outline and targets are not supported)`);
  return v;
}

/**
 * The cache choice. `auto`: the Actions cache when the runner offers one (`ACTIONS_RESULTS_URL` or
 * `ACTIONS_CACHE_URL`), else a directory that outlives the job (`HOIST_CACHE_DIR`, else
 * `$XDG_CACHE_HOME/hoist/cache` or `~/.cache/hoist/cache`; `RUNNER_TEMP` is wiped after every job).
 */
function parseCache(raw: RawInputs, env: Env, workspace: string, notices: string[] = []): CacheChoice {
  const compat = cacheCompat(raw, workspace, notices);
  if (compat) {
    raw = { ...raw, cache: compat.cache ?? raw.cache, 'cache-mode': raw['cache-mode'].trim() || compat.mode || '', 'cache-scope': raw['cache-scope'].trim() || compat.scope || '' };
  }
  const choice = parseCacheInput(raw, env, workspace);
  if (compat?.registry) return { kind: 'registry', mode: choice.mode, scope: choice.scope, registryFrom: compat.registry.from, registryTo: compat.registry.to, reason: compat.reason };
  if (!compat || choice.reason !== 'input') return choice;
  return compat.seedFrom && choice.kind === 'dir' ? { ...choice, seedFrom: compat.seedFrom, reason: compat.reason } : { ...choice, reason: compat.reason };
}

function parseCacheInput(raw: RawInputs, env: Env, workspace: string): CacheChoice {
  const value = raw.cache.trim() || 'auto';
  const modeText = raw['cache-mode'].trim() || 'max';
  if (modeText !== 'min' && modeText !== 'max') throw new InputError('cache-mode', `expected min or max, got "${modeText}"`);
  const mode = modeText;
  const scope = raw['cache-scope'].trim() || undefined;
  const persistentDir = env.HOIST_CACHE_DIR || path.join(env.XDG_CACHE_HOME || path.join(env.HOME || '/tmp', '.cache'), 'hoist', 'cache');
  if (value === 'auto') {
    if (env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL) return { kind: 'gha', mode, scope, reason: 'auto: the runner offers the Actions cache' };
    return { kind: 'dir', dir: persistentDir, mode, scope, reason: 'auto: no Actions cache service on this runner' };
  }
  if (value === 'gha') return { kind: 'gha', mode, scope, reason: 'input' };
  if (['off', 'false', 'none'].includes(value)) return { kind: 'off', mode, scope, reason: 'input' };
  if (value === 'dir') return { kind: 'dir', dir: persistentDir, mode, scope, reason: 'input' };
  if (value.includes('=')) {
    throw new InputError('cache', `expected gha, off, auto or a directory, got "${value}" (build-push-action's cache-from/cache-to syntax is not needed: hoist reads and writes the cache itself)`);
  }
  const dir = value.startsWith('~/') ? path.join(env.HOME || '/', value.slice(2)) : path.resolve(workspace, value);
  return { kind: 'dir', dir, mode, scope, reason: 'input' };
}

/** Lower-cases the name part of a reference (`Owner/App:Tag` -> `owner/app:Tag`); the tag keeps its case. */
function lowerName(text: string): string {
  const at = text.indexOf('@');
  const main = at < 0 ? text : text.slice(0, at);
  const colon = main.lastIndexOf(':');
  const cut = colon > main.lastIndexOf('/') ? colon : main.length;
  return main.slice(0, cut).toLowerCase() + main.slice(cut) + (at < 0 ? '' : text.slice(at));
}

/** An image reference from an input, its error naming where it was (`tags line 2`). */
function referenceAt(text: string, where: string, what = ''): Reference {
  try {
    return parseReference(text);
  } catch (e) {
    if (e instanceof InvalidReferenceError) throw new InputError(where, `${what}${e.message}`);
    throw e;
  }
}

/** build-push-action's `tags`: full references, one per line or comma-separated. */
function parseReferences(raw: string, notices: string[]): Array<{ ref: Reference; where: string }> {
  const out: Array<{ ref: Reference; where: string }> = [];
  for (const { text, line } of inputLines(raw)) {
    const where = `tags line ${line}`;
    for (const item of text.split(',').map((s) => s.trim()).filter(Boolean)) {
      if (/^type=/i.test(item) || /,\s*type=/i.test(text)) {
        throw new InputError(where, `"${item}" is a metadata-action rule, which needs the images input; without images, tags lists full image references such as ghcr.io/owner/app:1.0`);
      }
      const lower = lowerName(item);
      out.push({ ref: referenceAt(lower, where), where });
      if (lower !== item) notices.push(`${where}: image name in "${item}" lower-cased to "${lower}"`);
    }
  }
  return out;
}

function parseLogins(raw: RawInputs): Login[] {
  const logins: Login[] = [];
  const { registry, username, password } = { registry: raw.registry.trim(), username: raw.username.trim(), password: raw.password };
  if (username || password) {
    if (!username) throw new InputError('username', 'is required when password is given');
    if (!password) throw new InputError('password', 'is required when username is given');
    logins.push({ registry: registry || 'docker.io', username, password, from: 'username/password' });
  } else if (registry) {
    throw new InputError('registry', 'needs username and password (or use registry-auth); for ghcr.io, github-token is used by default');
  }
  logins.push(...parseRegistryAuth(raw['registry-auth']));
  return logins;
}

/**
 * `ID=VALUE` entries of `secrets` / `secret-files`. As build-push-action (actions-toolkit's `resolveSecret` throws
 * "not a valid secret" and the action only warns), an entry without an id or a value is left out with a notice,
 * which names its line but never quotes it (it may be the secret itself).
 */
function secretPairs(name: 'secrets' | 'secret-files', value: string, notices: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const { text, line } of inputLines(value)) {
    const eq = text.indexOf('=');
    const id = eq > 0 ? text.slice(0, eq).trim() : '';
    const v = eq > 0 ? text.slice(eq + 1) : '';
    if (id === '' || v === '') notices.push(`${name} line ${line}: not a valid secret (expected ID=${name === 'secrets' ? 'VALUE' : 'PATH'} with both non-empty); left out`);
    else out.push([id, v]);
  }
  return out;
}

function parseSecrets(raw: RawInputs, env: Env, workspace: string, notices: string[]): SecretSource[] {
  const out: SecretSource[] = [];
  for (const [id, value] of secretPairs('secrets', raw.secrets, notices)) out.push({ id, kind: 'value', value });
  for (const [id, file] of secretPairs('secret-files', raw['secret-files'], notices)) out.push({ id, kind: 'file', path: path.resolve(workspace, file.trim()) });
  // build-push-action splits secret-envs on commas too (A=ENV_A,B=ENV_B).
  for (const { text, line } of inputItems(raw['secret-envs'])) {
    const eq = text.indexOf('=');
    if (eq <= 0) throw new InputError(`secret-envs line ${line}`, `expected ID=ENV_NAME, got "${text}"`);
    const name = text.slice(eq + 1).trim();
    const value = env[name];
    if (value === undefined) throw new InputError(`secret-envs line ${line}`, `environment variable ${name} is not set`);
    out.push({ id: text.slice(0, eq).trim(), kind: 'value', value });
  }
  const seen = new Set<string>();
  for (const s of out) {
    if (seen.has(s.id)) throw new InputError('secrets', `secret id "${s.id}" is given twice`);
    seen.add(s.id);
  }
  return out;
}

/**
 * The `outputs` input: one buildx `--output` value per line (`type=local,dest=out`, `type=oci,dest=image.tar`...),
 * paths relative to the workspace. `type=registry` and `type=image,push=true` turn pushing on, their `name=`
 * references are pushed to besides the tags (as in the matrix legs of Docker's multi-platform workflow:
 * `type=image,name=ghcr.io/o/app,push-by-digest=true,name-canonical=true,push=true`); a file output's image is
 * named by the tags.
 */
export function parseOutputsInput(value: string, workspace: string): { outputs: BuildOutput[]; push: boolean; pushByDigest: boolean; names: Array<{ ref: Reference; where: string }>; notices: string[]; annotations: string[]; lines: number } {
  const outputs: BuildOutput[] = [];
  // The image exporters' annotation attributes (`annotation-index.KEY=V`), as annotation lines for the image.
  const annotations: string[] = [];
  const notices: string[] = [];
  const names: Array<{ ref: Reference; where: string }> = [];
  let push = false;
  let pushByDigest = false;
  const lines = inputLines(value, { quote: false });
  for (const { text, line } of lines) {
    let spec;
    try {
      spec = parseOutputSpec(text, workspace);
    } catch (e) {
      if (e instanceof OutputSpecError) throw new InputError(`outputs line ${line}`, e.message.replace(/^--output /, ''));
      throw e;
    }
    if (spec.names.length && !spec.push) throw new InputError(`outputs line ${line}`, `name= is taken for pushing outputs only (type=registry, type=image,push=true): a file output's image is named by the tags (or images) input`);
    for (const n of spec.names) names.push({ ref: referenceAt(lowerName(n), `outputs line ${line}`, `name "${n}": `), where: `outputs line ${line}` });
    if (spec.output) outputs.push(spec.output);
    annotations.push(...(spec.annotations ?? []));
    push ||= spec.push;
    pushByDigest ||= spec.pushByDigest === true;
    if (spec.ignored.length) notices.push(`outputs line ${line}: ${spec.ignored.join(', ')} ignored`);
    const unknown = unknownAttributesNotice(spec);
    if (unknown) notices.push(`outputs line ${line}: ${unknown}`);
  }
  return { outputs, push, pushByDigest, names, notices, annotations, lines: lines.length };
}

/**
 * build-push-action's template in `context` and `build-contexts`: `{{defaultContext}}` is the Git context of this
 * workflow's commit (`{{defaultContext}}:subdir`). `input` names where it was written, for the error.
 */
function withDefaultContext(text: string, env: Env, input: string): string {
  // Handlebars, as build-push-action renders it, takes spaces inside the braces: `{{ defaultContext }}`.
  const template = /\{\{\s*defaultContext\s*\}\}/g;
  if (!template.test(text)) return text;
  const def = defaultGitContext(env);
  if (!def) throw new InputError(input, "{{defaultContext}} needs GITHUB_REPOSITORY (it is the Git context of the workflow's repository)");
  return text.replace(template, () => def);
}

/**
 * The `build-contexts` input: `NAME=PATH`, `NAME=docker-image://REF`, `NAME=oci-layout://DIR` or `NAME=GIT-URL` lines
 * (build-push-action's), paths relative to the workspace. `{{defaultContext}}` is the Git context of the workflow's
 * commit, as build-push-action renders each line (`base={{defaultContext}}:docker`).
 */
export function parseBuildContextsInput(value: string, workspace: string, env: Env = {}): Map<string, NamedContext> {
  const out = new Map<string, NamedContext>();
  for (const { text: given, line } of inputLines(value)) {
    const text = withDefaultContext(given, env, `build-contexts line ${line}`);
    try {
      const [key, ctx] = parseNamedContext(text, workspace);
      if (out.has(key)) throw new NamedContextError(text, `the name "${key}" is given twice`);
      // As buildx, a local directory that is not there fails before the build; here naming the input line.
      const problem = localContextProblem(key, ctx);
      if (problem) throw new InputError(`build-contexts line ${line}`, problem);
      out.set(key, ctx);
    } catch (e) {
      if (e instanceof NamedContextError) throw new InputError(`build-contexts line ${line}`, e.message);
      throw e;
    }
  }
  return out;
}

/** The outputs with `load: true` added once; a load is checked now (one platform, a unix DOCKER_HOST), not after the build. */
function withLoad(outputs: BuildOutput[], load: boolean, env: Env, platforms: number): BuildOutput[] {
  const all = load && !outputs.some((o) => o.kind === 'load') ? [...outputs, { kind: 'load' as const }] : outputs;
  if (!all.some((o) => o.kind === 'load')) return all;
  const where = load ? 'load' : 'outputs';
  if (platforms > 1) throw new InputError(where, `loading into Docker takes one platform; platforms lists ${platforms}`);
  try {
    loadSocket(env.DOCKER_HOST);
  } catch (e) {
    throw new InputError(where, (e as Error).message);
  }
  return all;
}

function parsePlatformList(value: string, host: Platform): Platform[] {
  const list = commaList(value);
  if (list.length === 0) return [host];
  return uniquePlatforms(list.map((p) => {
    try {
      return parseTargetPlatform(p, host);
    } catch (e) {
      throw new InputError('platforms', (e as Error).message);
    }
  }));
}

/**
 * Validates raw inputs into an `ActionConfig`. Pure apart from `host` (the runner's platform, the default
 * target). Returns notices (lower-cased names) for the log. Throws `InputError` naming the input.
 */
export function parseConfig(raw: RawInputs, env: Env, cwd: string, host: Platform = hostPlatform()): { config: ActionConfig; notices: string[] } {
  const notices: string[] = [];
  const workspace = env.GITHUB_WORKSPACE || cwd;
  const contextGiven = raw.context.trim() !== '';
  const contextInput = withDefaultContext(raw.context.trim(), env, 'context');
  let gitContext: GitContextRef | undefined;
  try {
    gitContext = parseGitContext(contextInput);
  } catch (e) {
    if (e instanceof GitContextError) throw new InputError('context', e.message);
    throw e;
  }
  if (!gitContext && /^https?:\/\//i.test(contextInput)) {
    throw new InputError('context', `${redactUrl(contextInput)} is neither a directory nor a Git repository URL (one ending in .git); hoist does not build from remote tarballs`);
  }
  const fileInput = raw.file.trim();
  // A Git context is fetched before the build (run-action.ts); its Dockerfile is then found inside it.
  const context = gitContext ? '' : path.resolve(workspace, contextInput || '.');
  const dockerfile = gitContext ? fileInput || 'Dockerfile' : fileInput ? path.resolve(workspace, fileInput) : defaultDockerfilePath(context);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const pushText = raw.push.trim() || 'auto';
  const outs = parseOutputsInput(raw.outputs, workspace);
  notices.push(...outs.notices);
  let push = pushText === 'auto' ? !isPullRequest(eventName) : parseBool('push', pushText, true);
  let pushReason = pushText === 'auto' ? (push ? `default: push on ${eventName || 'unknown'} events` : `default: no push on ${eventName} events`) : 'input';
  if (outs.push && !push) {
    if (pushText !== 'auto') throw new InputError('outputs', 'type=registry (or push=true) pushes, but the push input is false');
    push = true;
    pushReason = 'outputs input (type=registry)';
  }
  const images = raw.images.trim();
  const load = parseBool('load', raw.load, false);
  // `auto` pushes what there is to push: not an image the job asked for elsewhere only (load, or outputs without
  // a registry output, type=cacheonly included: build-push-action's build-and-test and artifact steps), nor a
  // build with no names at all.
  if (pushText === 'auto' && push && !outs.push) {
    if (load || outs.lines > 0) {
      push = false;
      pushReason = `default: no push when ${load ? 'load' : 'outputs'} takes the image`;
    } else if (!images && !raw.tags.trim()) {
      push = false;
      pushReason = 'default: no push without images or tags';
    }
  }
  // call: check builds nothing, so nothing is pushed, logged in to or checked for push access (buildx --call check).
  const call = parseCall(raw.call);
  if (call === 'check' && push) {
    push = false;
    pushReason = 'call: check builds nothing';
  }
  // build-push-action's full references (images empty): the version (output, OCI label) is the first one's tag.
  const references = images ? undefined : parseReferences(raw.tags, notices);
  const firstTag = references?.find((r) => r.ref.tag)?.ref.tag;
  const sde = env.SOURCE_DATE_EPOCH?.trim();
  if (sde && !/^\d+$/.test(sde)) throw new InputError('SOURCE_DATE_EPOCH', `expected seconds since the epoch, got "${sde}"`);
  const config: ActionConfig = {
    workspace,
    context,
    contextGiven,
    gitContext,
    dockerfile,
    dockerfileLabel: gitContext ? dockerfile : path.relative(workspace, dockerfile) || dockerfile,
    fileGiven: fileInput !== '',
    target: raw.target.trim() || undefined,
    namedContexts: parseBuildContextsInput(raw['build-contexts'], workspace, env),
    buildArgs: parseBuildArgLines('build-args', raw['build-args'], env),
    meta: {
      images: raw.images,
      tags: images ? raw.tags : firstTag ? `type=raw,value=${firstTag}` : '',
      flavor: raw.flavor,
      labels: raw.labels,
      annotations: raw.annotations,
      sepTags: raw['sep-tags'] || undefined,
      sepLabels: raw['sep-labels'] || undefined,
      sepAnnotations: raw['sep-annotations'] || undefined,
    },
    references,
    bakeTarget: raw['bake-target'].trim() || INPUT_DEFAULTS['bake-target'],
    push,
    pushReason,
    pushByDigest: outs.pushByDigest,
    outputNames: outs.names,
    ...(outs.annotations.length ? { outputAnnotations: outs.annotations } : {}),
    logins: parseLogins(raw),
    githubToken: raw['github-token'] || undefined,
    ssh: commaList(raw.ssh),
    platforms: parsePlatformList(raw.platforms, host),
    platformsGiven: commaList(raw.platforms).length > 0,
    cache: parseCache(raw, env, workspace, notices),
    call,
    noCache: parseBool('no-cache', raw['no-cache'], false),
    noCacheFilters: commaList(raw['no-cache-filters']),
    outputs: withLoad(outs.outputs, load, env, parsePlatformList(raw.platforms, host).length),
    secrets: parseSecrets(raw, env, workspace, notices),
    network: raw.network.trim() ? runOption('network', () => parseNetworkMode(raw.network)) : undefined,
    extraHosts: commaList(raw['add-hosts']).map((h) => runOption('add-hosts', () => parseExtraHost(h))),
    ulimits: inputLines(raw.ulimit).map((l) => runOption('ulimit', () => parseUlimit(l.text))),
    shmSize: raw['shm-size'].trim() ? runOption('shm-size', () => parseShmSize(raw['shm-size'])) : undefined,
    sourceDateEpoch: sde ? Number(sde) : undefined,
    provenance: parseProvenanceInputs(raw, env),
    stateDir: defaultStateDir(env),
    summary: parseBool('summary', raw.summary, true),
    eventName,
  };
  // pull: base images always come from their registry (hoist keeps no local image store), as with pull: true; the
  // value is still read as build-push-action reads it (getBooleanInput), so a bad one fails here as there.
  parseBool('pull', raw.pull, false);
  notices.push(...compatNotices(raw));
  return { config, notices };
}

function runOption<T>(input: InputName, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof RunOptionError) throw new InputError(input, e.message);
    throw e;
  }
}

/**
 * `provenance`, else `attests` lines of type=provenance (the later winning), as build-push-action hands them to
 * buildx (its `getAttestArgs`: the provenance input takes precedence over attests): with a provenance asked for,
 * builder-id is the workflow run attempt's URL unless given (actions-toolkit's `workflowRunURL(true)`), and the
 * source repository and commit are the workflow's (buildx's vcs:source / vcs:revision).
 */
function parseProvenanceInputs(raw: RawInputs, env: Record<string, string | undefined>): ProvenanceOptions | undefined {
  let out: ProvenanceOptions | undefined;
  const take = (input: InputName, value: string) => {
    try {
      out = parseProvenance(value);
    } catch (e) {
      if (e instanceof ProvenanceSpecError) throw new InputError(input, e.message);
      throw e;
    }
  };
  if (raw.provenance.trim()) take('provenance', raw.provenance);
  else {
    for (const { text } of inputLines(raw.attests)) {
      if (attestType(text) === 'provenance') take('attests', text);
    }
  }
  if (!out) return undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const attempt = env.GITHUB_RUN_ATTEMPT?.trim() || '1';
  if (!out.builderId && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) out.builderId = `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${attempt}`;
  if (env.GITHUB_REPOSITORY) out.vcs = { source: `${server}/${env.GITHUB_REPOSITORY}`, ...(env.GITHUB_SHA ? { revision: env.GITHUB_SHA } : {}) };
  return out;
}

/** What hoist does with build-push-action inputs it has no use for: a notice each, when the value asks for something. */
export function compatNotices(raw: RawInputs): string[] {
  const out: string[] = [];
  const off = (v: string) => ['', 'false', '0'].includes(v.trim().toLowerCase());
  if (!off(raw.sbom)) out.push(`sbom: hoist writes no SBOM attestation; "${raw.sbom.trim()}" ignored`);
  for (const { text, line } of inputLines(raw.attests)) {
    if (attestType(text) !== 'provenance') out.push(`attests line ${line}: hoist writes provenance attestations only; "${text}" ignored`);
  }
  if (raw.builder.trim()) out.push(`builder: hoist builds itself (no buildx builder); "${raw.builder.trim()}" ignored`);
  const allow = commaList(raw.allow).filter((e) => e !== 'network.host');
  if (allow.length) out.push(`allow: ${allow.join(', ')} not granted: hoist runs every RUN in its sandbox (RUN --security=insecure included)`);
  if (raw['cgroup-parent'].trim()) out.push('cgroup-parent: not applied to RUN steps by hoist; ignored');
  return out;
}
