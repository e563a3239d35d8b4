import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
/** Same default as support/docker.ts (global setup cannot use Jest's module mapping). */
const ENGINE_DIR = process.env.HOIST_ENGINE_DIR ?? '/var/tmp/hoist-engine';

const exec = promisify(execFile);

/** Stops the reference engine only when this test run started it. */
export default async function globalTeardown(): Promise<void> {
  const marker = path.join(ENGINE_DIR, 'started-by-tests');
  if (!existsSync(marker) || process.env.HOIST_TEST_KEEP_DOCKER === '1') return;
  rmSync(marker);
  await exec('bash', [path.resolve('scripts/docker-engine.sh'), 'stop'], { env: { ...process.env, HOIST_ENGINE_DIR: ENGINE_DIR } });
}
