import { spawnHelper, readTextFile } from '../registry/credential-helpers.js';
import { chainCredentials, dockerConfigCredentials, githubTokenCredentials, lookupKey, normalizeCredentialKey, staticCredentials, type Credential, type CredentialSource } from '../registry/credentials.js';
import type { ActionConfig } from './config.js';
import type { Login } from './input-parsers.js';

/** Environment as a plain map. */
type Env = Record<string, string | undefined>;

/**
 * The action's credential chain, in login-action's spirit: the `username`/`password` login and every
 * `registry-auth` entry (by registry), then docker's config (`DOCKER_AUTH_CONFIG`, `$DOCKER_CONFIG/config.json`,
 * so an earlier docker/login-action step still works), then `github-token` for ghcr.io.
 */
export function actionCredentials(config: Pick<ActionConfig, 'logins' | 'githubToken'>, env: Env, io = { readFile: readTextFile, runHelper: spawnHelper(env as NodeJS.ProcessEnv) }): CredentialSource {
  const explicit: Record<string, Credential> = {};
  for (const l of config.logins) explicit[normalizeCredentialKey(l.registry)] ??= { username: l.username, password: l.password };
  return chainCredentials(
    staticCredentials(explicit),
    dockerConfigCredentials({ env, readFile: io.readFile, runHelper: io.runHelper }),
    githubTokenCredentials({ GITHUB_TOKEN: config.githubToken, GITHUB_ACTOR: env.GITHUB_ACTOR }),
  );
}

/**
 * The login the inputs give for a registry (to name it in error messages): a `username`/`password` or
 * `registry-auth` login, else `github-token` for ghcr.io (user `GITHUB_ACTOR`).
 */
export function loginFor(config: Pick<ActionConfig, 'logins' | 'githubToken'>, registry: string, actor?: string): Login | undefined {
  const map: Record<string, Login> = {};
  for (const l of config.logins) map[normalizeCredentialKey(l.registry)] ??= l;
  const hit = lookupKey(map, registry);
  if (hit) return hit;
  if (config.githubToken && normalizeCredentialKey(registry) === 'ghcr.io') return { registry, username: actor || 'x-access-token', password: config.githubToken, from: 'github-token' };
  return undefined;
}

/** Strings derived from the logins that must be masked too: `user:password` and its base64 (Basic auth). */
export function derivedSecrets(logins: readonly Login[]): string[] {
  return logins.flatMap((l) => [`${l.username}:${l.password}`, Buffer.from(`${l.username}:${l.password}`).toString('base64')]);
}
