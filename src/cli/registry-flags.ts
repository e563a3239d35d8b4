import { readFile } from 'node:fs/promises';
import { RegistryClient } from '../registry/client.js';
import { spawnHelper, readTextFile } from '../registry/credential-helpers.js';
import { chainCredentials, dockerConfigCredentials, githubTokenCredentials, staticCredentials, type CredentialSource } from '../registry/credentials.js';
import { UsageError, type CliIO } from './command.js';

/** parseArgs options every registry-facing command accepts. */
export const REGISTRY_FLAGS = {
  'insecure-registry': { type: 'string', multiple: true },
  'ca-cert': { type: 'string', multiple: true },
  username: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  registry: { type: 'string' },
} as const;

/** Values of the registry flags after parseArgs. */
export interface RegistryFlagValues {
  'insecure-registry'?: string[];
  'ca-cert'?: string[];
  username?: string;
  'password-stdin'?: boolean;
  registry?: string;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/**
 * Credentials for the CLI, in docker's order: `--username` + `--password-stdin` (or HOIST_PASSWORD) for
 * `--registry` (or every registry), then DOCKER_AUTH_CONFIG / $DOCKER_CONFIG/config.json (helpers included),
 * then GITHUB_TOKEN for ghcr.io.
 */
export async function cliCredentials(values: RegistryFlagValues, io: CliIO): Promise<CredentialSource> {
  const sources: CredentialSource[] = [];
  if (values.username) {
    const password = values['password-stdin'] ? await readStdin() : io.env.HOIST_PASSWORD;
    if (password === undefined) throw new UsageError('--username needs --password-stdin or HOIST_PASSWORD');
    if (values.registry) sources.push(staticCredentials({ [values.registry]: { username: values.username, password } }));
    else sources.push({ get: async () => ({ username: values.username, password }) });
  }
  sources.push(dockerConfigCredentials({ env: io.env, readFile: readTextFile, runHelper: spawnHelper(io.env) }));
  sources.push(githubTokenCredentials(io.env));
  return chainCredentials(...sources);
}

/** A registry client configured from the CLI's registry flags and environment. */
export async function registryClientFromFlags(values: RegistryFlagValues, io: CliIO): Promise<RegistryClient> {
  const ca = await Promise.all((values['ca-cert'] ?? []).map((f) => readFile(f)));
  return new RegistryClient({
    credentials: await cliCredentials(values, io),
    insecure: values['insecure-registry'],
    ca: ca.length ? ca : undefined,
    log: io.env.HOIST_DEBUG ? (m) => io.stderr(`${m}\n`) : undefined,
  });
}
