import { DOCKER_HUB, DOCKER_HUB_CREDENTIAL_KEY } from './reference.js';

/**
 * Registry credentials: explicit ones, docker's config.json (`auths`, `credHelpers`, `credsStore`),
 * `DOCKER_AUTH_CONFIG`, and `GITHUB_TOKEN` for ghcr.io. Pure: the environment, file reads and helper
 * runs are passed in (see credential-helpers.ts for the Node implementations).
 */

/** What a registry login needs. An identity token is exchanged for access tokens; a registry token is sent as is. */
export interface Credential {
  username?: string;
  password?: string;
  /** OAuth2 refresh token (config.json `identitytoken`, or a helper answering Username `<token>`). */
  identityToken?: string;
  /** A bearer token to send directly (config.json `registrytoken`). */
  registryToken?: string;
}

/** Looks up credentials for a registry host ('docker.io', '127.0.0.1:5000'); `repository` allows path-scoped keys. */
export interface CredentialSource {
  get(registry: string, repository?: string): Promise<Credential | undefined>;
}

/** Reads a text file; resolves undefined when it does not exist. */
export type ReadTextFile = (path: string) => Promise<string | undefined>;

/** Runs `program` with `args`, writing `input` to stdin. */
export type RunHelper = (program: string, args: string[], input: string) => Promise<{ code: number; stdout: string; stderr: string }>;

/** Error from a credential helper or a malformed config; never carries a secret. */
export class CredentialError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialError';
  }
}

interface DockerConfigFile {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string; registrytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/** Normalises a config.json key ('https://index.docker.io/v1/', 'http://host:5000', 'host/ns/repo') to 'host[/path]'. */
export function normalizeCredentialKey(key: string): string {
  let k = key.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  k = k.replace(/\/+$/, '').replace(/\/v[12]$/, '');
  const slash = k.indexOf('/');
  let host = slash < 0 ? k : k.slice(0, slash);
  const path = slash < 0 ? '' : k.slice(slash);
  host = host.toLowerCase();
  if (host === 'index.docker.io' || host === 'registry-1.docker.io' || host === 'registry.hub.docker.com') host = DOCKER_HUB;
  return host + path;
}

/** The server URL docker passes to credential helpers for a registry. */
export function helperServerUrl(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_CREDENTIAL_KEY : registry;
}

/** Decodes an `auths` entry into a Credential (undefined when it holds nothing usable). */
export function decodeAuthEntry(entry: NonNullable<DockerConfigFile['auths']>[string], what: string): Credential | undefined {
  const cred: Credential = {};
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) throw new CredentialError(`${what}: "auth" is not base64 of user:password`);
    cred.username = decoded.slice(0, colon);
    cred.password = decoded.slice(colon + 1);
  } else if (entry.username !== undefined || entry.password !== undefined) {
    cred.username = entry.username;
    cred.password = entry.password;
  }
  if (entry.identitytoken) cred.identityToken = entry.identitytoken;
  if (entry.registrytoken) cred.registryToken = entry.registrytoken;
  return Object.keys(cred).length > 0 ? cred : undefined;
}

/**
 * Finds the entry of `map` for a registry (and repository): path-scoped keys (`host/ns/repo`, longest
 * first, as containers/image matches them), then the bare host in any spelling.
 */
export function lookupKey<T>(map: Record<string, T> | undefined, registry: string, repository?: string): T | undefined {
  if (!map) return undefined;
  const normalized = new Map<string, T>();
  for (const [k, v] of Object.entries(map)) {
    const n = normalizeCredentialKey(k);
    if (!normalized.has(n)) normalized.set(n, v);
  }
  const host = normalizeCredentialKey(registry);
  if (repository) {
    const parts = repository.split('/');
    for (let i = parts.length; i > 0; i--) {
      const hit = normalized.get(`${host}/${parts.slice(0, i).join('/')}`);
      if (hit !== undefined) return hit;
    }
  }
  return normalized.get(host);
}

/** Runs `docker-credential-<helper> get` for a registry; undefined when the helper has nothing for it. */
export async function helperGet(runHelper: RunHelper, helper: string, registry: string): Promise<Credential | undefined> {
  if (!/^[A-Za-z0-9_.-]+$/.test(helper)) throw new CredentialError(`invalid credential helper name "${helper}"`);
  const program = `docker-credential-${helper}`;
  let result: Awaited<ReturnType<RunHelper>>;
  try {
    result = await runHelper(program, ['get'], helperServerUrl(registry));
  } catch (e) {
    throw new CredentialError(`credential helper ${program} for ${registry} could not run: ${(e as Error).message}`);
  }
  const out = result.stdout.trim();
  if (result.code !== 0) {
    if (/credentials not found/i.test(out + result.stderr)) return undefined;
    throw new CredentialError(`credential helper ${program} for ${registry} failed (exit ${result.code}): ${(out || result.stderr).trim().slice(0, 200)}`);
  }
  let doc: { Username?: string; Secret?: string };
  try {
    doc = JSON.parse(out);
  } catch {
    throw new CredentialError(`credential helper ${program} for ${registry} printed something that is not JSON`);
  }
  if (!doc.Secret) return undefined;
  if (doc.Username === '<token>') return { identityToken: doc.Secret };
  return { username: doc.Username, password: doc.Secret };
}

/** Parses config.json text; `what` names the file in errors. */
function parseConfig(text: string, what: string): DockerConfigFile {
  try {
    const doc = JSON.parse(text) as DockerConfigFile;
    if (!doc || typeof doc !== 'object') throw new Error('not an object');
    return doc;
  } catch (e) {
    throw new CredentialError(`${what} is not valid JSON: ${(e as Error).message}`);
  }
}

/** Resolves credentials from one parsed config: credHelpers, then credsStore, then auths. */
async function fromConfig(config: DockerConfigFile, what: string, runHelper: RunHelper, registry: string, repository?: string): Promise<Credential | undefined> {
  const helper = lookupKey(config.credHelpers, registry);
  if (helper) return helperGet(runHelper, helper, registry);
  if (config.credsStore) {
    const fromStore = await helperGet(runHelper, config.credsStore, registry);
    if (fromStore) return fromStore;
  }
  const entry = lookupKey(config.auths, registry, repository);
  return entry ? decodeAuthEntry(entry, `${what} auths entry for ${registry}`) : undefined;
}

/**
 * Docker's credential lookup: `DOCKER_AUTH_CONFIG` (a config.json document in the environment) first,
 * then `$DOCKER_CONFIG/config.json` (default `$HOME/.docker/config.json`).
 */
export function dockerConfigCredentials(opts: { env: Record<string, string | undefined>; readFile: ReadTextFile; runHelper: RunHelper }): CredentialSource {
  const { env, readFile, runHelper } = opts;
  const dir = env.DOCKER_CONFIG || (env.HOME ? `${env.HOME}/.docker` : undefined);
  const file = dir ? `${dir.replace(/\/+$/, '')}/config.json` : undefined;
  let loaded: Promise<DockerConfigFile | undefined> | undefined;
  const load = () =>
    (loaded ??= (async () => {
      if (!file) return undefined;
      const text = await readFile(file);
      return text === undefined || text.trim() === '' ? undefined : parseConfig(text, file);
    })());
  const inEnv = env.DOCKER_AUTH_CONFIG ? parseConfig(env.DOCKER_AUTH_CONFIG, 'DOCKER_AUTH_CONFIG') : undefined;
  return {
    async get(registry, repository) {
      if (inEnv) {
        const hit = await fromConfig(inEnv, 'DOCKER_AUTH_CONFIG', runHelper, registry, repository);
        if (hit) return hit;
      }
      const config = await load();
      return config ? fromConfig(config, file!, runHelper, registry, repository) : undefined;
    },
  };
}

/** Fixed credentials by registry host (any config.json key spelling works). */
export function staticCredentials(map: Record<string, Credential>): CredentialSource {
  return { get: async (registry, repository) => lookupKey(map, registry, repository) };
}

/** `GITHUB_TOKEN` (user `GITHUB_ACTOR`, or `x-access-token`) for ghcr.io only. */
export function githubTokenCredentials(env: Record<string, string | undefined>): CredentialSource {
  return {
    get: async (registry) => (normalizeCredentialKey(registry) === 'ghcr.io' && env.GITHUB_TOKEN ? { username: env.GITHUB_ACTOR || 'x-access-token', password: env.GITHUB_TOKEN } : undefined),
  };
}

/** Asks each source in turn; the first that has something wins. Results are memoised per registry/repository. */
export function chainCredentials(...sources: CredentialSource[]): CredentialSource {
  const memo = new Map<string, Promise<Credential | undefined>>();
  return {
    get(registry, repository) {
      const key = `${registry}\0${repository ?? ''}`;
      let hit = memo.get(key);
      if (!hit) {
        hit = (async () => {
          for (const s of sources) {
            const c = await s.get(registry, repository);
            if (c) return c;
          }
          return undefined;
        })();
        hit.catch(() => memo.delete(key));
        memo.set(key, hit);
      }
      return hit;
    },
  };
}

/** The usual chain: explicit credentials (if any), docker config, then GITHUB_TOKEN for ghcr.io. */
export function defaultCredentials(opts: { env: Record<string, string | undefined>; readFile: ReadTextFile; runHelper: RunHelper; explicit?: Record<string, Credential> }): CredentialSource {
  const sources = [dockerConfigCredentials(opts), githubTokenCredentials(opts.env)];
  if (opts.explicit) sources.unshift(staticCredentials(opts.explicit));
  return chainCredentials(...sources);
}
