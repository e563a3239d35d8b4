import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';

const exec = promisify(execFile);

/** Where scripts/docker-engine.sh keeps the reference engine (Engine 26 + BuildKit from Debian 13). */
export const ENGINE_DIR = process.env.HOIST_ENGINE_DIR ?? '/var/tmp/hoist-engine';

/** The docker CLI that matches the reference engine, and the environment that points it there. */
export function dockerEnv(): { bin: string; env: NodeJS.ProcessEnv } {
  const bin = path.join(ENGINE_DIR, 'root/usr/bin/docker');
  const host = process.env.HOIST_DOCKER_HOST ?? `unix://${ENGINE_DIR}/docker.sock`;
  return {
    bin,
    env: {
      ...process.env,
      DOCKER_HOST: host,
      DOCKER_CONFIG: process.env.HOIST_DOCKER_CONFIG ?? path.join(ENGINE_DIR, 'cli-config'),
      PATH: `${path.join(ENGINE_DIR, 'root/usr/bin')}:${process.env.PATH}`,
      DOCKER_BUILDKIT: '1',
      BUILDX_NO_DEFAULT_ATTESTATIONS: '1',
    },
  };
}

/** Runs the reference docker CLI; rejects with its stderr on failure. */
export async function docker(args: string[], opts: { cwd?: string; input?: string; maxBuffer?: number } = {}): Promise<{ stdout: string; stderr: string }> {
  const { bin, env } = dockerEnv();
  try {
    const r = await exec(bin, args, { env, cwd: opts.cwd, maxBuffer: opts.maxBuffer ?? 256 * 1024 * 1024 });
    return { stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as Error & { stderr?: string; stdout?: string };
    throw new Error(`docker ${args.join(' ')} failed: ${err.message}\n${err.stderr ?? ''}`);
  }
}

/** The Engine API unix socket path of the reference engine. */
export function dockerSocket(): string {
  return dockerEnv().env.DOCKER_HOST!.replace(/^unix:\/\//, '');
}
