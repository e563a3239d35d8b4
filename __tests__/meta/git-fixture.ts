import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** git with no user or system configuration and fixed identities and dates. */
export const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Hoist Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Hoist Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};

export function gitIn(dir: string, args: string[], date = '2023-06-01T10:00:00+02:00'): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A repository with commits on main and feature, a tag v1.2.0, and origin pointing at GitHub. */
export function makeRepo(root: string): { dir: string; first: string; second: string } {
  const dir = path.join(root, 'widget');
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env: GIT_ENV });
  writeFileSync(path.join(dir, 'a.txt'), 'a\n');
  gitIn(dir, ['add', 'a.txt']);
  gitIn(dir, ['commit', '-q', '-m', 'first'], '2023-06-01T10:00:00+02:00');
  const first = gitIn(dir, ['rev-parse', 'HEAD']).trim();
  gitIn(dir, ['tag', 'v1.2.0']);
  writeFileSync(path.join(dir, 'b.txt'), 'b\n');
  gitIn(dir, ['add', 'b.txt']);
  gitIn(dir, ['commit', '-q', '-m', 'second'], '2023-07-02T12:30:00+00:00');
  const second = gitIn(dir, ['rev-parse', 'HEAD']).trim();
  gitIn(dir, ['remote', 'add', 'origin', 'https://github.com/Acme/Widget.git']);
  gitIn(dir, ['update-ref', 'refs/remotes/origin/main', second]);
  gitIn(dir, ['update-ref', 'refs/remotes/origin/feature/x', first]);
  gitIn(dir, ['symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main']);
  return { dir, first, second };
}

