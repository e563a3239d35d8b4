import { UsageError } from './command.js';

/**
 * `--build-arg` values: `KEY=VALUE`, or `KEY` alone, which takes the value from the environment and is left out
 * when the variable is unset, as docker build and buildx do (a credential need not be on the command line).
 */
export function parseBuildArgs(values: readonly string[] | undefined, env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of values ?? []) {
    const k = kv.indexOf('=');
    if (k === 0 || kv === '') throw new UsageError(`--build-arg expects KEY=VALUE or KEY, got "${kv}"`);
    if (k > 0) out[kv.slice(0, k)] = kv.slice(k + 1);
    else if (env[kv] !== undefined) out[kv] = env[kv]!;
  }
  return out;
}
