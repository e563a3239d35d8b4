/**
 * Git build contexts, read as BuildKit reads them (`docker buildx build https://host/owner/repo.git#ref:dir`, and
 * build-push-action's default context, `<server>/<owner>/<repo>.git#<sha>`):
 *
 * - a context is a Git URL when it starts with `git://`, `ssh://` or `git@host:`, or is an `http(s)://` URL whose
 *   path ends in `.git` (BuildKit's ParseGitRef: an HTTP URL without it is not a Git repository), or starts with
 *   `github.com/`;
 * - `#REF:SUBDIR` picks the commit (a branch, a tag, a full ref such as `refs/pull/1/merge`, or a commit id;
 *   default: the remote's HEAD) and the context directory inside the repository; the newer query form
 *   `?ref=REF&subdir=DIR` (also `branch=`, `tag=`) is read as well.
 *
 * The commit is fetched with the host's `git` (shallow, then a full fetch when the server refuses a commit id),
 * checked out with its submodules, and the `.git` directory removed (BuildKit's default, keep-git-dir=false).
 * A token (`GIT_AUTH_TOKEN`, or the action's github-token for its own server) is sent as BuildKit sends it, an
 * `Authorization: basic` header for `x-access-token`, given to git through its environment
 * (GIT_CONFIG_COUNT/KEY/VALUE), never as an argument, and only to the URL's own origin.
 */
import { spawn } from 'node:child_process';
import { lstat, mkdir, readFile, realpath, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** A Git context: where the repository is and what to check out. */
export interface GitContextRef {
  /** The repository URL, without the fragment or query that select the ref and directory. */
  url: string;
  /** Branch, tag, full ref or commit id; undefined: the remote's HEAD. */
  ref?: string;
  /** The context directory inside the repository (relative, '/'-separated); undefined: the root. */
  subdir?: string;
  /** Keep the `.git` directory (`keep-git-dir=true`, or the BUILDKIT_CONTEXT_KEEP_GIT_DIR build arg). */
  keepGitDir?: boolean;
  /** false: leave submodules out (`submodules=false`). */
  submodules?: boolean;
}

export class GitContextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitContextError';
  }
}

/** The URL with any user and password left out (for messages). */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1***@');
}

/** True for the sources ADD downloads: Git repositories (BuildKit's Git URL forms), and http and https URLs. */
export function isRemoteSource(src: string): boolean {
  // Case-sensitive, as BuildKit's isHTTPSource: `HTTP://x` is a local path.
  if (/^https?:\/\//.test(src)) return true;
  try {
    return parseGitContext(src) !== undefined;
  } catch {
    return false;
  }
}

/** Reads `s` as a Git context; undefined when it is not one (a local path, or an HTTP URL not ending in .git). */
export function parseGitContext(s: string): GitContextRef | undefined {
  let text = s.trim();
  const github = text.startsWith('github.com/');
  if (github) text = `https://${text}`;
  const scp = /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:/.test(text) && !/^[a-z]+:\/\//i.test(text);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (!scp && !['git', 'ssh', 'http', 'https'].includes(scheme ?? '')) return undefined;
  const hash = text.indexOf('#');
  const base = hash >= 0 ? text.slice(0, hash) : text;
  const fragment = hash >= 0 ? text.slice(hash + 1) : undefined;
  const q = base.indexOf('?');
  const url = q >= 0 ? base.slice(0, q) : base;
  const query = q >= 0 ? new URLSearchParams(base.slice(q + 1)) : undefined;
  if (scheme === 'http' || scheme === 'https') {
    let pathname: string;
    try {
      pathname = new URL(url).pathname;
    } catch {
      return undefined;
    }
    if (!pathname.endsWith('.git') && !github) return undefined;
  }
  let ref: string | undefined;
  let subdir: string | undefined;
  let keepGitDir: boolean | undefined;
  let submodules: boolean | undefined;
  if (fragment !== undefined && query) throw new GitContextError(`${redactUrl(s)}: a Git context takes a #REF:DIR fragment or a query, not both`);
  if (fragment !== undefined) {
    const colon = fragment.indexOf(':');
    ref = colon >= 0 ? fragment.slice(0, colon) : fragment;
    subdir = colon >= 0 ? fragment.slice(colon + 1) : undefined;
  } else if (query) {
    for (const key of query.keys()) {
      if (!['ref', 'branch', 'tag', 'subdir', 'keep-git-dir', 'submodules', 'checksum'].includes(key)) throw new GitContextError(`${redactUrl(s)}: unknown Git context query parameter "${key}"`);
    }
    const refs = ['ref', 'branch', 'tag'].filter((k) => query.has(k));
    if (refs.length > 1) throw new GitContextError(`${redactUrl(s)}: give one of ref=, branch= and tag=`);
    const r = refs[0];
    if (r && !query.get(r)) throw new GitContextError(`${redactUrl(s)}: ${r}= is empty`);
    ref = r === 'branch' ? `refs/heads/${query.get(r)}` : r === 'tag' ? `refs/tags/${query.get(r)}` : r ? query.get(r)! : undefined;
    subdir = query.get('subdir') ?? undefined;
    const bool = (k: string): boolean | undefined => {
      if (!query.has(k)) return undefined;
      const v = query.get(k)!.toLowerCase();
      if (['true', '1', ''].includes(v)) return true;
      if (['false', '0'].includes(v)) return false;
      throw new GitContextError(`${redactUrl(s)}: ${k}= takes true or false, got "${query.get(k)}"`);
    };
    keepGitDir = bool('keep-git-dir');
    submodules = bool('submodules');
    if (query.has('checksum')) throw new GitContextError(`${redactUrl(s)}: checksum= is not supported; give the commit id as ref=`);
  }
  ref = ref || undefined;
  if (subdir !== undefined) {
    const clean = path.posix.normalize(subdir.replace(/^\/+/, ''));
    if (clean === '..' || clean.startsWith('../')) throw new GitContextError(`${redactUrl(s)}: the context directory "${subdir}" leaves the repository`);
    subdir = clean === '.' || clean === '' ? undefined : clean.replace(/\/+$/, '');
  }
  if (ref !== undefined && (ref.startsWith('-') || /[\s\\~^?*[\x00-\x1f]|\.\.|@\{/.test(ref))) throw new GitContextError(`${redactUrl(s)}: "${ref}" is not a Git ref or commit id`);
  return { url, ref, subdir, ...(keepGitDir !== undefined ? { keepGitDir } : {}), ...(submodules !== undefined ? { submodules } : {}) };
}

/** The BUILDKIT_CONTEXT_KEEP_GIT_DIR build arg (BuildKit's dockerfile frontend): keep .git in the main Git context. */
export function keepGitDirArg(buildArgs: Readonly<Record<string, string>>): boolean {
  return /^(1|true)$/i.test(buildArgs.BUILDKIT_CONTEXT_KEEP_GIT_DIR ?? '');
}

/** The context as written: `url#ref:subdir`. */
export function formatGitContext(g: GitContextRef): string {
  const frag = g.ref || g.subdir ? `#${g.ref ?? ''}${g.subdir ? `:${g.subdir}` : ''}` : '';
  return `${redactUrl(g.url)}${frag}`;
}

/**
 * build-push-action's default context (docker/actions-toolkit's Context): `<server>/<repository>.git#<ref>`, the
 * ref being the commit (GITHUB_SHA) except for pull request refs, which it keeps (`refs/pull/N/merge`).
 * Undefined outside GitHub Actions (no GITHUB_REPOSITORY).
 */
export function defaultGitContext(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const repo = env.GITHUB_REPOSITORY;
  if (!repo) return undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const sha = env.GITHUB_SHA ?? '';
  let ref = env.GITHUB_REF ?? '';
  if (sha && ref && !ref.startsWith('refs/')) ref = `refs/heads/${ref}`;
  if (sha && !ref.startsWith('refs/pull/')) ref = sha;
  // actions-toolkit: DOCKER_DEFAULT_GIT_CONTEXT_PR_HEAD_REF builds a pull request's head, not its merge commit.
  if (/^(true|1)$/i.test(env.DOCKER_DEFAULT_GIT_CONTEXT_PR_HEAD_REF ?? '')) ref = ref.replace(/^(refs\/pull\/\d+)\/merge$/, '$1/head');
  return `${server}/${repo}.git#${ref}`;
}

/**
 * The token BuildKit sends to a Git context's host: the secret `GIT_AUTH_TOKEN.<host>`, else `GIT_AUTH_TOKEN`
 * (`secret` reads a build secret by id). Only for http(s) URLs.
 */
export async function gitAuthToken(g: GitContextRef, secret: (id: string) => Promise<string | undefined>): Promise<string | undefined> {
  if (!/^https?:\/\//i.test(g.url)) return undefined;
  const host = new URL(g.url).host;
  return (await secret(`GIT_AUTH_TOKEN.${host}`)) ?? (await secret('GIT_AUTH_TOKEN'));
}

/** gitAuthToken's secret reader over build secrets given as files (id -> host file), as the builder holds them. */
export function secretFileReader(secrets: Readonly<Record<string, string>>): (id: string) => Promise<string | undefined> {
  return async (id) => (secrets[id] ? (await readFile(secrets[id], 'utf8')).trim() : undefined);
}

/** What fetching needs besides the reference. */
export interface GitFetchOptions {
  /** A token sent to the URL's own origin as `Authorization: basic base64(x-access-token:TOKEN)`. */
  token?: string;
  /** Variables git needs from the caller's environment (PATH, HOME, proxies, SSH_AUTH_SOCK). */
  env: Readonly<Record<string, string | undefined>>;
  log?: (m: string) => void;
  signal?: AbortSignal;
  /** Told the commit checked out (its full id), before `.git` goes. */
  onCommit?: (commit: string) => void;
}

const PASS_ENV = ['PATH', 'HOME', 'SSH_AUTH_SOCK', 'GIT_SSH_COMMAND', 'GIT_SSH', 'http_proxy', 'https_proxy', 'no_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'ALL_PROXY', 'all_proxy', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'GIT_SSL_CAINFO'];

/** git's environment: the caller's transport variables, no system or global config, no prompts, and the auth header. */
export function gitEnv(g: GitContextRef, opts: Pick<GitFetchOptions, 'token' | 'env'>): NodeJS.ProcessEnv {
  // GIT_ALLOW_PROTOCOL: a repository's submodules may use only network transports (no file:// or local paths
  // reading the host's repositories, no ext::).
  const out: NodeJS.ProcessEnv = { LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_ASKPASS: '/bin/false', SSH_ASKPASS: '/bin/false', GIT_ALLOW_PROTOCOL: 'https:http:ssh:git' };
  for (const k of PASS_ENV) if (opts.env[k] !== undefined) out[k] = opts.env[k];
  out.PATH ??= '/usr/local/bin:/usr/bin:/bin';
  const origin = /^https?:\/\//i.test(g.url) ? new URL(g.url).origin : undefined;
  if (opts.token && origin) {
    // GIT_CONFIG_PARAMETERS (what `git -c` sets for its children; every git version reads it), not an argument.
    out.GIT_CONFIG_PARAMETERS = `'http.${origin}/.extraheader=Authorization: basic ${Buffer.from(`x-access-token:${opts.token}`).toString('base64')}'`;
  }
  return out;
}

function git(args: string[], cwd: string, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], signal });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', (e) => reject((e as NodeJS.ErrnoException).code === 'ENOENT' ? new GitContextError('a Git context needs git on the PATH') : e));
    child.on('close', (code) => resolve({ code: code ?? 128, stdout, stderr: stderr.trim() }));
  });
}

/** A full commit id (SHA-1 or SHA-256 object name). */
const isCommitId = (ref: string): boolean => /^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(ref);

/** A failed git command as an error naming the context, with git's last words and a hint about credentials. */
function gitFailure(g: GitContextRef, doing: string, r: { code: number; stderr: string }, token: string | undefined): GitContextError {
  const said = r.stderr.split('\n').filter(Boolean).slice(-3).join(' ') || `exit ${r.code}`;
  const hint = /could not read Username|Authentication failed|terminal prompts disabled/.test(r.stderr)
    ? token ? ' (the server refused the token)' : ' (the server wants credentials: give a token)'
    : '';
  return new GitContextError(`Git context ${formatGitContext(g)}: ${doing} failed${hint}: ${said}`);
}

/** Whether `p` (already resolved) is `dir` or inside it, symlinks of `dir` resolved. */
async function isInside(p: string, dir: string): Promise<boolean> {
  const root = await realpath(dir);
  return p === root || p.startsWith(`${root}/`);
}

/**
 * Checks that a file of a Git context (the Dockerfile) resolves inside the checkout: a repository's symlink may
 * not make hoist read a host file. Missing files pass (they fail later, naming the file).
 */
export async function assertInsideCheckout(file: string, checkout: string, what: string): Promise<void> {
  const real = await realpath(file).catch(() => undefined);
  if (real && !(await isInside(real, checkout))) throw new GitContextError(`${what} leads out of the Git context (a symlink to ${real})`);
}

/**
 * Fetches the commit into `dest` (an empty or missing directory) and returns the context directory inside it.
 * Errors name the context (without credentials) and git's own message.
 */
export async function fetchGitContext(g: GitContextRef, dest: string, opts: GitFetchOptions): Promise<string> {
  const env = gitEnv(g, opts);
  const what = formatGitContext(g);
  const failure = (doing: string, r: { code: number; stderr: string }) => gitFailure(g, doing, r, opts.token);
  const run = async (args: string[], doing: string): Promise<string> => {
    const r = await git(args, dest, env, opts.signal);
    if (r.code !== 0) throw failure(doing, r);
    return r.stdout;
  };
  const started = Date.now();
  await mkdir(dest, { recursive: true });
  await run(['init', '-q'], 'git init');
  const ref = g.ref ?? 'HEAD';
  const isCommit = isCommitId(ref);
  // As BuildKit's git source: a named ref is also kept as the local tag refs/tags/<ref> (so `git describe --tags`
  // in a kept .git names it), and the repository is the remote `origin`.
  const refspec = isCommit || ref === 'HEAD' ? ref : `+${ref}:refs/tags/${ref}`;
  let fetched = await git(['fetch', '-q', '--depth=1', '--no-tags', '--', g.url, refspec], dest, env, opts.signal);
  // A "dumb" HTTP server cannot serve a shallow fetch: the whole history of the ref, then.
  if (fetched.code !== 0 && !isCommit && /dumb http transport does not support shallow/i.test(fetched.stderr)) fetched = await git(['fetch', '-q', '--no-tags', '--', g.url, refspec], dest, env, opts.signal);
  if (fetched.code !== 0) {
    // A server that refuses a commit id in a want (no allowReachableSHA1InWant): fetch its branches and tags.
    if (!isCommit) throw failure(`fetching ${ref}`, fetched);
    await run(['fetch', '-q', '--', g.url, '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*'], `fetching ${ref}`);
  }
  await run(['-c', 'advice.detachedHead=false', 'checkout', '-q', '--detach', fetched.code === 0 ? 'FETCH_HEAD' : ref], `checking out ${ref}`);
  // Not when the URL carries credentials: they would stay in .git/config.
  if (g.keepGitDir && redactUrl(g.url) === g.url) await run(['remote', 'add', 'origin', g.url], 'naming the remote');
  if (opts.onCommit) opts.onCommit((await run(['rev-parse', 'HEAD'], 'reading the commit')).trim());
  if (g.submodules !== false && (await stat(path.join(dest, '.gitmodules')).then(() => true, () => false))) {
    await run(['submodule', 'update', '-q', '--init', '--recursive', '--depth=1'], 'updating submodules');
    if (!g.keepGitDir) {
      // Each submodule's `.git` file points into the top .git directory, removed below: they go too.
      const paths = await run(['submodule', 'foreach', '-q', '--recursive', 'printf "%s\\0" "$displaypath"'], 'listing submodules');
      for (const p of paths.split('\0').filter(Boolean)) {
        const gitFile = path.resolve(dest, p, '.git');
        if (gitFile.startsWith(`${path.resolve(dest)}/`)) await rm(gitFile, { force: true, recursive: true });
      }
    }
  }
  if (!g.keepGitDir) await rm(path.join(dest, '.git'), { recursive: true, force: true });
  opts.log?.(`Git context ${what}: fetched in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!g.subdir) return dest;
  // The directory must be one inside the checkout: no symlink on the way may lead out of it.
  const dir = path.join(dest, g.subdir);
  const st = await lstat(dir).catch(() => undefined);
  const real = st ? await realpath(dir).catch(() => undefined) : undefined;
  if (!real || !(await isInside(real, dest))) throw new GitContextError(`Git context ${what}: there is no directory ${g.subdir} in the repository`);
  if (!(await stat(real)).isDirectory()) throw new GitContextError(`Git context ${what}: ${g.subdir} is not a directory`);
  return real;
}

/**
 * The commit `ref` names in `git ls-remote` output, as git's own ref lookup (`git fetch URL REF`) picks it: the
 * name as given, then refs/NAME, refs/tags/NAME, refs/heads/NAME, refs/remotes/NAME, refs/remotes/NAME/HEAD; an
 * annotated tag's commit (its `^{}` line). Undefined when no ref matches.
 */
export function commitFromLsRemote(out: string, ref: string): string | undefined {
  const refs = new Map<string, string>();
  for (const line of out.split('\n')) {
    const m = /^([0-9a-f]{40}|[0-9a-f]{64})\t(\S+)$/.exec(line.trim());
    if (m) refs.set(m[2]!, m[1]!);
  }
  for (const name of [ref, `refs/${ref}`, `refs/tags/${ref}`, `refs/heads/${ref}`, `refs/remotes/${ref}`, `refs/remotes/${ref}/HEAD`]) {
    const id = refs.get(`${name}^{}`) ?? refs.get(name);
    if (id) return id;
  }
  return undefined;
}

/**
 * The commit a Git reference names without fetching it (`git ls-remote`): the ref itself when it is a full commit
 * id, as BuildKit keys its Git source. Undefined when the server lists no such ref (a commit prefix, say): the
 * caller fetches to know.
 */
export async function resolveGitCommit(g: GitContextRef, opts: Pick<GitFetchOptions, 'token' | 'env' | 'signal'>): Promise<string | undefined> {
  const ref = g.ref ?? 'HEAD';
  if (isCommitId(ref)) return ref;
  const r = await git(['ls-remote', '--', g.url, ref, `${ref}^{}`], '/', gitEnv(g, opts), opts.signal);
  if (r.code !== 0) throw gitFailure(g, 'listing its refs', r, opts.token);
  return commitFromLsRemote(r.stdout, ref);
}

/**
 * The builder's fetcher of named Git contexts (BuildDeps.fetchGitContext): each repository reference is fetched
 * once, into a directory of its own under `parent`, when the build first names it (as BuildKit resolves named
 * contexts: one the Dockerfile never uses is never fetched).
 */
export function namedGitContextFetcher(
  parent: string,
  opts: GitFetchOptions & { tokenFor?: (g: GitContextRef) => Promise<string | undefined> },
): (g: GitContextRef) => Promise<string> {
  const fetched = new Map<string, Promise<string>>();
  return (g) => {
    const key = JSON.stringify(g);
    let p = fetched.get(key);
    if (!p) {
      const dest = path.join(parent, `named-${fetched.size}`);
      p = (async () => fetchGitContext(g, dest, { ...opts, token: opts.tokenFor ? await opts.tokenFor(g) : opts.token }))();
      fetched.set(key, p);
    }
    return p;
  };
}
