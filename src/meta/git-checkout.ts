import { MetaError, type GitContext } from './types.js';

/** Runs a command and returns its stdout; throws when it exits non-zero. */
export type Runner = (cmd: string, args: string[]) => string;

/**
 * The git context of a local checkout, for the CLI outside Actions (metadata-action's `context: git`):
 * the ref is the checked-out branch, or on a detached HEAD a tag pointing at it (highest version first),
 * or a remote branch pointing at it; the event is `push`. Owner, name and server come from the `origin`
 * URL (https, ssh or scp-like), the default branch from `origin/HEAD` (else `init.defaultBranch`), the
 * commit date is the committer date. A payload with `repository` and `head_commit` is synthesised so the
 * expressions (`{{is_default_branch}}`, `{{commit_date}}`) behave as on a runner.
 */
export function gitContextFromCheckout(dir: string, run: Runner): GitContext {
  const git = (...args: string[]) => run('git', ['-C', dir, ...args]).trim();
  const tryGit = (...args: string[]) => {
    try {
      return git(...args);
    } catch {
      return '';
    }
  };
  let sha: string;
  try {
    sha = git('rev-parse', 'HEAD');
  } catch (e) {
    throw new MetaError(`not a git checkout with a commit: ${(e as Error).message.split('\n')[0]}`, dir);
  }
  const ref = headRef(tryGit);
  const committed = tryGit('show', '-s', '--format=%cI', 'HEAD');
  const commitDate = committed ? new Date(committed) : undefined;
  const remote = parseRemote(tryGit('remote', 'get-url', 'origin'));
  const toplevel = tryGit('rev-parse', '--show-toplevel') || dir;
  const name = remote?.name ?? toplevel.split('/').filter(Boolean).pop() ?? '';
  const repository = remote ? `${remote.owner}/${remote.name}` : '';
  const serverUrl = remote?.serverUrl ?? 'https://github.com';
  const originHead = tryGit('symbolic-ref', '-q', 'refs/remotes/origin/HEAD').replace(/^refs\/remotes\/origin\//, '');
  const defaultBranch = originHead || tryGit('config', '--get', 'init.defaultBranch') || undefined;
  const htmlUrl = repository ? `${serverUrl}/${repository}` : '';
  return {
    eventName: 'push',
    ref,
    sha,
    repository,
    serverUrl,
    defaultBranch,
    commitDate: commitDate && !Number.isNaN(commitDate.getTime()) ? commitDate : undefined,
    repo: { name, description: null, htmlUrl, license: null, defaultBranch },
    payload: {
      ref,
      after: sha,
      head_commit: committed ? { id: sha, timestamp: committed } : undefined,
      repository: { name, full_name: repository, html_url: htmlUrl, default_branch: defaultBranch },
    },
  };
}

/** `refs/heads/<branch>`, or for a detached HEAD `refs/tags/<tag>` / `refs/heads/<remote branch>`, or ''. */
function headRef(git: (...args: string[]) => string): string {
  const branch = git('symbolic-ref', '-q', 'HEAD');
  if (branch) return branch;
  const tag = git('tag', '--points-at', 'HEAD', '--sort=-version:refname').split('\n')[0];
  if (tag) return `refs/tags/${tag}`;
  const remotes = git('for-each-ref', '--points-at', 'HEAD', '--format=%(refname)', 'refs/remotes')
    .split('\n')
    .filter((r) => r && !r.endsWith('/HEAD'));
  if (remotes[0]) return `refs/heads/${remotes[0].replace(/^refs\/remotes\/[^/]+\//, '')}`;
  return '';
}

/** Owner, name and web server of a remote URL (`https://host/owner/name.git`, `git@host:owner/name.git`). */
export function parseRemote(url: string): { owner: string; name: string; serverUrl: string } | undefined {
  if (!url) return undefined;
  let host: string;
  let path: string;
  const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.+)$/.exec(url);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    host = scp[1];
    path = scp[2];
  } else {
    try {
      const u = new URL(url);
      host = u.hostname;
      path = u.pathname;
    } catch {
      return undefined;
    }
  }
  const parts = path.replace(/\.git$/, '').split('/').filter(Boolean);
  if (parts.length < 2) return undefined;
  return { owner: parts.slice(0, -1).join('/'), name: parts[parts.length - 1], serverUrl: `https://${host}` };
}
