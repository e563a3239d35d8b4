/**
 * Runs `docker build` on the reference engine for comparison tests. The CLI config directory that
 * support/docker.ts points at has no buildx plugin, so this uses its own config directory that links the
 * engine's buildx (BuildKit builds need it).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, existsSync, symlinkSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll } from '@jest/globals';
import { ENGINE_DIR, dockerEnv } from '../support/docker.js';

const exec = promisify(execFile);
let configDir: string | undefined;

// The config directory is made once per test file that imports this module (Jest gives each file its own
// module registry); a hook registered here, while the file is being collected, removes it after the file's
// tests. (A process 'exit' handler would not do: Jest hands the tests a copy of `process` that never emits it.)
afterAll(() => {
  if (configDir) rmSync(configDir, { recursive: true, force: true });
  configDir = undefined;
});

function env(): { bin: string; env: NodeJS.ProcessEnv } {
  const base = dockerEnv();
  if (!configDir) {
    configDir = mkdtempSync(path.join(tmpdir(), 'hoist-docker-config-'));
    mkdirSync(path.join(configDir, 'cli-plugins'));
    const plugin = path.join(ENGINE_DIR, 'root/usr/libexec/docker/cli-plugins/docker-buildx');
    if (existsSync(plugin)) symlinkSync(plugin, path.join(configDir, 'cli-plugins/docker-buildx'));
  }
  return { bin: base.bin, env: { ...base.env, DOCKER_CONFIG: process.env.HOIST_DOCKER_CONFIG ?? configDir } };
}

/** Runs the docker CLI; resolves with stdout/stderr and the exit code (does not throw on failure). */
export async function dockerRun(args: string[], cwd?: string): Promise<{ stdout: string; stderr: string; code: number }> {
  const { bin, env: e } = env();
  try {
    const r = await exec(bin, args, { env: e, cwd, maxBuffer: 256 * 1024 * 1024 });
    return { stdout: r.stdout, stderr: r.stderr, code: 0 };
  } catch (err) {
    const x = err as Error & { stdout?: string; stderr?: string; code?: number };
    return { stdout: x.stdout ?? '', stderr: x.stderr ?? x.message, code: typeof x.code === 'number' ? x.code : 1 };
  }
}

/** Builds `dir` (a context holding a Dockerfile) and returns the image config's Env, or the error output. */
export async function buildEnv(dir: string, tag: string): Promise<{ env?: string[]; error?: string }> {
  const b = await dockerRun(['build', '--network', 'host', '-q', '-t', tag, dir]);
  if (b.code !== 0) return { error: b.stderr };
  const i = await dockerRun(['image', 'inspect', '--format', '{{json .Config.Env}}', tag]);
  await dockerRun(['image', 'rm', '-f', tag]);
  if (i.code !== 0) return { error: i.stderr };
  return { env: JSON.parse(i.stdout) as string[] };
}
