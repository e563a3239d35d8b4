import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitContextFromEnv, type Env, type GitContext, type RepoInfo } from '../../src/meta/index.js';

/** The repository root (fixture paths in the .env files are relative to it). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, '__tests__/fixtures/meta');

/** The clock every table case runs at (metadata-action's tests freeze the same instant). */
export const NOW = new Date('2020-01-10T00:30:00.000Z');

/** Reads a recorded runner environment (KEY=VALUE lines, `#` comments). */
export function loadEnv(name: string): Env {
  const env: Env = {};
  for (const line of readFileSync(path.join(FIXTURES, name), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq > 0) env[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return env;
}

/** Reads a file relative to the repository root, as the runner's GITHUB_EVENT_PATH is read. */
export function readFromRoot(p: string): string {
  return readFileSync(path.resolve(ROOT, p), 'utf8');
}

/** The repository object metadata-action's tests get from the (mocked) GitHub API. */
export function apiRepo(): RepoInfo {
  const r = JSON.parse(readFileSync(path.join(FIXTURES, 'repo.json'), 'utf8'));
  return { name: r.name, description: r.description, htmlUrl: r.html_url, license: r.license?.spdx_id, defaultBranch: r.default_branch };
}

/**
 * The git context of a recorded run. `repo: 'api'` replaces the repository facts with repo.json, as
 * metadata-action does with the API; `'payload'` keeps what the event payload says. `null` is no runner at all.
 */
export function contextFor(envFile: string | null, repo: 'api' | 'payload' = 'api'): GitContext {
  const ctx = gitContextFromEnv(envFile ? loadEnv(envFile) : {}, readFromRoot);
  if (repo === 'api') {
    const r = apiRepo();
    return { ...ctx, repo: r, defaultBranch: r.defaultBranch };
  }
  return ctx;
}

/** The eight OCI labels of metadata-action's expectations, for repo.json at NOW. */
export function stdLabels(revision: string, version: string, created = '2020-01-10T00:30:00.000Z'): string[] {
  return [
    `org.opencontainers.image.created=${created}`,
    'org.opencontainers.image.description=This your first repo!',
    'org.opencontainers.image.licenses=MIT',
    `org.opencontainers.image.revision=${revision}`,
    'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
    'org.opencontainers.image.title=Hello-World',
    'org.opencontainers.image.url=https://github.com/octocat/Hello-World',
    `org.opencontainers.image.version=${version}`,
  ];
}
