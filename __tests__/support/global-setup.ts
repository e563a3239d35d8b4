import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
/** Same default as support/docker.ts (global setup cannot use Jest's module mapping). */
const ENGINE_DIR = process.env.HOIST_ENGINE_DIR ?? '/var/tmp/hoist-engine';

const exec = promisify(execFile);

/** Whether the PID in `file` is a live process. */
function alive(file: string): boolean {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts the reference Docker engine (scripts/docker-engine.sh) once for the whole test run, unless it is
 * already running. Per-file services (registries, the cache service) are started by the tests themselves.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.HOIST_TEST_DOCKER === 'off') return;
  const script = path.resolve('scripts/docker-engine.sh');
  // Running means a live dockerd, not a socket file: one left by an engine that was killed would make this run
  // start the engine and then leave it running.
  const wasRunning = alive(path.join(ENGINE_DIR, 'dockerd.pid'));
  await exec('bash', [script, 'start'], { env: { ...process.env, HOIST_ENGINE_DIR: ENGINE_DIR } });
  if (!wasRunning) writeFileSync(path.join(ENGINE_DIR, 'started-by-tests'), String(process.pid));
}
