import { MetaError, type GitContext, type MetaOptions, type RepoInfo } from './types.js';

/** The environment as a plain map (process.env or a test's fixture). */
export type Env = Record<string, string | undefined>;

/**
 * The git context a GitHub Actions runner provides: `GITHUB_EVENT_NAME`, `GITHUB_REF`, `GITHUB_SHA`,
 * `GITHUB_REPOSITORY`, `GITHUB_SERVER_URL` and the event payload at `GITHUB_EVENT_PATH` (read with
 * `readFile`; a missing file gives `{}` as in @actions/github). Repository facts and the default branch
 * come from `payload.repository` when the event carries it. The values are the runner's own: the
 * `pull_request_target` ref and the PR head SHA are applied by `computeMeta`.
 */
export function gitContextFromEnv(env: Env, readFile: (path: string) => string): GitContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH, readFile);
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = env.GITHUB_REPOSITORY || String(payload.repository?.full_name ?? '');
  const repo = repoFromPayload(payload);
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    repository,
    serverUrl,
    // type=edge's default: the payload's default branch, also when its repository object is partial.
    defaultBranch: repo?.defaultBranch ?? (typeof payload.repository?.default_branch === 'string' ? payload.repository.default_branch : undefined),
    payload,
    repo,
  };
}

function readPayload(path: string | undefined, readFile: (path: string) => string): Record<string, any> {
  if (!path) return {};
  let text: string;
  try {
    text = readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new MetaError(`cannot read the event payload: ${(e as Error).message}`, `GITHUB_EVENT_PATH ${path}`);
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, any>) : {};
  } catch (e) {
    throw new MetaError(`the event payload is not JSON: ${(e as Error).message}`, `GITHUB_EVENT_PATH ${path}`);
  }
}

/** Repository facts from an event payload's `repository` object, if it has one. */
export function repoFromPayload(payload: Record<string, any>): RepoInfo | undefined {
  const r = payload.repository;
  if (!r || typeof r !== 'object' || typeof r.name !== 'string') return undefined;
  return {
    name: r.name,
    description: r.description ?? null,
    htmlUrl: String(r.html_url ?? ''),
    license: r.license?.spdx_id ?? null,
    defaultBranch: typeof r.default_branch === 'string' ? r.default_branch : undefined,
  };
}

/**
 * metadata-action's environment variables as options: `DOCKER_METADATA_SHORT_SHA_LENGTH` (a number; an
 * invalid one is an error naming the variable), `DOCKER_METADATA_PR_HEAD_SHA` (`true`, any case) and
 * `DOCKER_METADATA_ANNOTATIONS_LEVELS` (comma list, default `manifest`).
 */
export function parseMetaEnvOptions(env: Env): MetaOptions {
  const opts: MetaOptions = {};
  const len = env.DOCKER_METADATA_SHORT_SHA_LENGTH;
  if (len) {
    const n = Number(len);
    if (Number.isNaN(n)) throw new MetaError(`not a valid number: ${len}`, 'DOCKER_METADATA_SHORT_SHA_LENGTH');
    opts.shortShaLength = n;
  }
  if (/true/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? '')) opts.prHeadSha = true;
  opts.annotationLevels = (env.DOCKER_METADATA_ANNOTATIONS_LEVELS || 'manifest').split(',');
  return opts;
}

/** True when the environment looks like a GitHub Actions runner (the variables `gitContextFromEnv` reads). */
export function isRunnerEnv(env: Env): boolean {
  return env.GITHUB_ACTIONS === 'true' || Boolean(env.GITHUB_EVENT_NAME && env.GITHUB_REF);
}
