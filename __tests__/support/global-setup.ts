import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
/** Same default as support/docker.ts (global setup cannot use Jest's module mapping). */
const ENGINE_DIR = process.env.HOIST_ENGINE_DIR ?? '/var/tmp/hoist-engine';

const exec = promisify(execFile);

/**
 * Starts the reference Docker engine (scripts/docker-engine.sh) once for the whole test run, unless it is
 * already running. Per-file services (registries, the cache service) are started by the tests themselves.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.HOIST_TEST_DOCKER === 'off') return;
  const script = path.resolve('scripts/docker-engine.sh');
  const wasRunning = existsSync(path.join(ENGINE_DIR, 'docker.sock'));
  await exec('bash', [script, 'start'], { env: { ...process.env, HOIST_ENGINE_DIR: ENGINE_DIR } });
  if (!wasRunning) writeFileSync(path.join(ENGINE_DIR, 'started-by-tests'), String(process.pid));
}
