/**
 * The Docker engines the peers run on, both private to the benchmark so pruning them never touches anyone's
 * images (and the reference engine the tests use is left alone):
 *   BuildKit  Docker Engine 26 with its embedded BuildKit and buildx from Debian 13 packages, containerd image
 *             store on (cache export works with the default `docker` driver): `scripts/docker-engine.sh` with
 *             its own HOIST_ENGINE_DIR;
 *   legacy    Debian 12's `docker.io` (Engine 20.10, the classic builder) with its own containerd 1.6,
 *             data root, exec root, PID file and socket, no bridge and no iptables rules.
 * Both are stopped by PID, and only when this run started them.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startService, waitFor, type Service } from '../../__tests__/support/process.js';
import { capture, run } from './exec.js';

/** A docker CLI bound to one engine. */
export interface DockerEngine {
  /** The docker client binary matching the engine. */
  bin: string;
  env: NodeJS.ProcessEnv;
  /** `docker version` of client and server. */
  version: string;
  stop(): Promise<void>;
}

async function alive(pidFile: string): Promise<boolean> {
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).trim());
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts (or reuses) a private Engine 26 + BuildKit under `dir` with the repository's scripts/docker-engine.sh. */
export async function startBuildkitEngine(dir: string, repo: string): Promise<DockerEngine> {
  const scriptEnv = { ...process.env, HOIST_ENGINE_DIR: dir };
  const wasRunning = await alive(path.join(dir, 'dockerd.pid'));
  await run('bash', [path.join(repo, 'scripts/docker-engine.sh'), 'start'], { env: scriptEnv, timeoutMs: 20 * 60_000 });
  const bin = path.join(dir, 'root/usr/bin/docker');
  const env: NodeJS.ProcessEnv = {
    PATH: `${path.join(dir, 'root/usr/bin')}:${process.env.PATH}`,
    HOME: process.env.HOME,
    DOCKER_HOST: `unix://${dir}/docker.sock`,
    DOCKER_CONFIG: path.join(dir, 'cli-config'),
    DOCKER_BUILDKIT: '1',
    BUILDX_NO_DEFAULT_ATTESTATIONS: '1',
  };
  const server = await capture(bin, ['version', '--format', 'Engine {{.Server.Version}}, client {{.Client.Version}}'], { env });
  const buildx = await capture(bin, ['buildx', 'version'], { env });
  const inspect = await capture(bin, ['buildx', 'inspect'], { env }).catch(() => '');
  const buildkit = /BuildKit version:\s*(\S+)/.exec(inspect)?.[1];
  const snapshotter = /snapshotter:\s*(\S+)/.exec(inspect)?.[1];
  return {
    bin,
    env,
    version: `${server}; ${buildx.replace(/^github\.com\/docker\/buildx /, 'buildx ')}; embedded BuildKit (reports ${buildkit ?? 'no version'}), docker driver, containerd image store${snapshotter ? `, ${snapshotter} snapshotter` : ''}`,
    async stop() {
      if (!wasRunning) await run('bash', [path.join(repo, 'scripts/docker-engine.sh'), 'stop'], { env: scriptEnv });
    },
  };
}

/** Starts Debian's docker.io (Engine 20.10, classic builder) with its own containerd under `dir`. */
export async function startLegacyEngine(dir: string): Promise<DockerEngine> {
  for (const bin of ['/usr/sbin/dockerd', '/usr/bin/docker', '/usr/bin/containerd']) if (!existsSync(bin)) throw new Error(`${bin} is missing (apt-get install docker.io)`);
  for (const d of ['data', 'exec', 'containerd-root', 'containerd-state', 'cli-config']) await mkdir(path.join(dir, d), { recursive: true });
  await writeFile(path.join(dir, 'containerd.toml'), [
    'version = 2',
    `root = "${dir}/containerd-root"`,
    `state = "${dir}/containerd-state"`,
    'disabled_plugins = ["io.containerd.grpc.v1.cri"]',
    '[grpc]',
    `  address = "${dir}/containerd.sock"`,
    '',
  ].join('\n'));
  await writeFile(path.join(dir, 'daemon.json'), '{}\n');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DOCKER_HOST: `unix://${dir}/docker.sock`, DOCKER_CONFIG: path.join(dir, 'cli-config'), DOCKER_BUILDKIT: '0' };
  const services: Service[] = [];
  const stop = async () => {
    for (const s of services.reverse()) await s.stop();
    // dockerd 20.10 leaves its default network namespace mounted under the exec root.
    await run('umount', [path.join(dir, 'exec/netns/default')], { allowFailure: true });
  };
  try {
    services.push(startService('containerd (legacy)', '/usr/bin/containerd', ['--config', path.join(dir, 'containerd.toml')], { logFile: path.join(dir, 'containerd.log') }));
    await waitFor('the legacy engine\'s containerd socket', async () => existsSync(path.join(dir, 'containerd.sock')));
    services.push(startService('dockerd 20.10', '/usr/sbin/dockerd', [
      '--config-file', path.join(dir, 'daemon.json'), '--data-root', path.join(dir, 'data'), '--exec-root', path.join(dir, 'exec'),
      '--pidfile', path.join(dir, 'dockerd.pid'), '-H', `unix://${dir}/docker.sock`, '--containerd', path.join(dir, 'containerd.sock'),
      '--bridge=none', '--iptables=false', '--storage-driver', 'overlay2',
    ], { logFile: path.join(dir, 'dockerd.log') }));
    await waitFor('dockerd 20.10', async () => (await run('/usr/bin/docker', ['version'], { env, allowFailure: true })).code === 0, 60_000, 200);
    const version = await capture('/usr/bin/docker', ['version', '--format', 'Engine {{.Server.Version}}, client {{.Client.Version}}'], { env });
    return { bin: '/usr/bin/docker', env, version: `${version} (classic builder, DOCKER_BUILDKIT=0)`, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
