/**
 * The action's Git context: a `context` input that is a Git URL (or `{{defaultContext}}`), or, as
 * build-push-action builds by default, this workflow's commit when the workspace is empty (no actions/checkout
 * step) and no context is given. The repository is fetched into RUNNER_TEMP before preflight;
 * the workflow's token (`github-token`) authenticates fetches from the workflow's own server only.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assertInsideCheckout, defaultGitContext, fetchGitContext, formatGitContext, gitAuthToken, GitContextError, keepGitDirArg, namedGitContextFetcher, parseGitContext, type GitContextRef } from '../context/git-context.js';
import type { ActionConfig } from './config.js';
import { InputError } from './input-parsers.js';
import type { ActionLogger } from './logger.js';

type Env = Record<string, string | undefined>;

/**
 * The Git context to fetch, if any: the input's, or, with no context input, the default one when the workspace
 * is empty (nothing checked out: a missing file in a checkout stays an error about that file).
 */
export async function gitContextFor(config: ActionConfig, env: Env): Promise<{ ref: GitContextRef; fallback: boolean } | undefined> {
  if (config.gitContext) return { ref: config.gitContext, fallback: false };
  if (config.contextGiven) return undefined;
  if ((await readdir(config.workspace).catch(() => [] as string[])).length > 0) return undefined;
  const def = defaultGitContext(env);
  return def ? { ref: parseGitContext(def)!, fallback: true } : undefined;
}

/**
 * The token for a Git context: a `GIT_AUTH_TOKEN.<host>` or `GIT_AUTH_TOKEN` build secret (any host, as BuildKit
 * sends it), else `github-token`, which goes to the workflow's own server only (build-push-action hands it to
 * BuildKit as GIT_AUTH_TOKEN for every host).
 */
export async function tokenFor(ref: GitContextRef, config: ActionConfig, env: Env): Promise<string | undefined> {
  const own = await gitAuthToken(ref, async (id) => {
    const s = config.secrets.find((x) => x.id === id);
    if (!s) return undefined;
    return s.kind === 'value' ? s.value : (await readFile(s.path, 'utf8')).trim();
  });
  if (own) return own;
  if (!config.githubToken || !/^https?:\/\//i.test(ref.url)) return undefined;
  const server = new URL(env.GITHUB_SERVER_URL || 'https://github.com').origin;
  return new URL(ref.url).origin === server ? config.githubToken : undefined;
}

/**
 * Fetches the Git context when there is one; returns the config with its context and Dockerfile in the checkout,
 * and the directory to remove afterwards. A fetch failure is an error of the `context` input.
 */
export async function resolveGitContext(config: ActionConfig, env: Env, log: ActionLogger, signal?: AbortSignal): Promise<{ config: ActionConfig; dir: string } | undefined> {
  const which = await gitContextFor(config, env);
  if (!which) return undefined;
  const { ref, fallback } = which;
  if (fallback) {
    log.notice(`the workspace is empty (no actions/checkout step?): building the Git context ${formatGitContext(ref)}, as build-push-action does when no context is given`);
  }
  const dir = await mkdtemp(path.join(env.RUNNER_TEMP || tmpdir(), 'hoist-git-'));
  try {
    let contextDir: string;
    try {
      const keepGitDir = ref.keepGitDir ?? keepGitDirArg(config.buildArgs);
      contextDir = await fetchGitContext({ ...ref, keepGitDir }, path.join(dir, 'checkout'), { token: await tokenFor(ref, config, env), env, log: (m) => log.info(m), signal });
    } catch (e) {
      throw e instanceof GitContextError ? new InputError('context', e.message) : e;
    }
    // The file input is read inside the Git context, as buildx reads a relative --file with a remote context; an
    // absolute one is a file on the runner, as buildx sends it (dockerfilekey=dockerfile).
    if (!fallback && config.fileGiven && path.isAbsolute(config.dockerfile)) {
      return { config: { ...config, context: contextDir, gitContext: ref }, dir };
    }
    const file = fallback ? (config.fileGiven ? path.relative(config.workspace, config.dockerfile) : 'Dockerfile') : config.dockerfile;
    const dockerfile = path.resolve(contextDir, file);
    const input = config.fileGiven ? 'file' : 'context';
    if (!dockerfile.startsWith(`${contextDir}/`)) throw new InputError(input, `${file} is outside the Git context ${formatGitContext(ref)}`);
    await assertInsideCheckout(dockerfile, contextDir, file).catch((e: Error) => {
      throw new InputError(input, e.message);
    });
    return { config: { ...config, context: contextDir, dockerfile, dockerfileLabel: file, gitContext: ref }, dir };
  } catch (e) {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    throw e;
  }
}

/**
 * The fetcher of build-contexts that are Git URLs (the workflow's token for its own server only), fetched when
 * the build first uses them into a directory of its own under RUNNER_TEMP, returned for removal; undefined when
 * there is none.
 */
export async function namedGitContexts(config: ActionConfig, env: Env, log: ActionLogger, signal?: AbortSignal): Promise<{ fetch: (g: GitContextRef) => Promise<string>; dir: string } | undefined> {
  if (![...config.namedContexts.values()].some((c) => c.kind === 'git')) return undefined;
  const dir = await mkdtemp(path.join(env.RUNNER_TEMP || tmpdir(), 'hoist-git-named-'));
  return { fetch: namedGitContextFetcher(dir, { env, log: (m) => log.info(m), signal, tokenFor: (g) => tokenFor(g, config, env) }), dir };
}
