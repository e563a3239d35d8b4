/**
 * SSH agent forwarding, as `docker buildx build --ssh` and build-push-action's `ssh` input give it:
 * `default` (the agent at $SSH_AUTH_SOCK), `ID=SOCKET`, or `ID=KEY[,KEY]` (private key files, which buildx loads
 * into an agent of its own: hoist starts OpenSSH's `ssh-agent` for the build and `ssh-add`s them). A
 * `RUN --mount=type=ssh[,id=ID]` then gets a socket at its target (default /run/buildkit/ssh_agent.N) that
 * reaches the agent, owned by uid:gid with mode (default 0:0, 0600), and SSH_AUTH_SOCK points at the first one.
 * The keys never leave the agent: the step can ask it to sign, as with BuildKit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { SYSTEM_PATH } from '../sandbox/sys.js';

export class SshSpecError extends Error {
  constructor(readonly spec: string, detail: string) {
    super(`ssh "${spec}": ${detail}`);
    this.name = 'SshSpecError';
  }
}

/** The agents of a build: id -> socket; `close` stops the agents hoist started for key files. */
export interface SshAgents {
  sockets: Record<string, string>;
  close(): Promise<void>;
}


function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', (e) => resolve({ code: 127, stderr: e.message }));
    child.on('close', (code) => resolve({ code: code ?? 1, stderr: stderr.trim() }));
  });
}

/** Starts `ssh-agent` at a socket under `dir` holding `keys`; the agent dies with `close`. */
async function agentForKeys(spec: string, keys: string[], dir: string, env: Readonly<Record<string, string | undefined>>): Promise<{ socket: string; stop: () => void }> {
  const socket = path.join(dir, 'agent.sock');
  const toolEnv = { PATH: env.PATH || SYSTEM_PATH, HOME: env.HOME, LC_ALL: 'C' };
  let agent: ChildProcess;
  try {
    agent = spawn('ssh-agent', ['-D', '-a', socket], { env: toolEnv, stdio: 'ignore' });
    await new Promise<void>((resolve, reject) => {
      agent.once('error', reject);
      agent.once('spawn', resolve);
    });
  } catch {
    throw new SshSpecError(spec, 'loading key files needs OpenSSH ssh-agent and ssh-add on the host (Debian/Ubuntu: openssh-client); or give an agent socket');
  }
  const stop = (): void => void agent.kill();
  for (let i = 0; i < 100 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 20));
  if (!existsSync(socket)) {
    stop();
    throw new SshSpecError(spec, 'ssh-agent did not start');
  }
  // No prompt: a key with a passphrase fails here, naming itself.
  const r = await run('ssh-add', ['-q', ...keys], { ...toolEnv, SSH_AUTH_SOCK: socket, SSH_ASKPASS: '/bin/false', SSH_ASKPASS_REQUIRE: 'never', DISPLAY: '' });
  if (r.code !== 0) {
    stop();
    throw new SshSpecError(spec, `ssh-add could not load ${keys.join(', ')}: ${r.stderr.split('\n').slice(-2).join(' ') || `exit ${r.code}`} (a key with a passphrase must be loaded into an agent first)`);
  }
  return { socket, stop };
}

/**
 * Reads the specs (`ID[=SOCKET|KEY[,KEY]]`) into ID -> agent socket, starting an agent for key files (under
 * `tempDir`). Throws SshSpecError naming the spec.
 */
export async function prepareSshAgents(specs: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd: string, tempDir: string): Promise<SshAgents> {
  const sockets: Record<string, string> = {};
  const stops: (() => void)[] = [];
  const dirs: string[] = [];
  const close = async (): Promise<void> => {
    for (const s of stops.splice(0)) s();
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }).catch(() => undefined)));
  };
  try {
    for (const raw of specs) {
      const spec = raw.trim();
      if (!spec) continue;
      const eq = spec.indexOf('=');
      const id = (eq < 0 ? spec : spec.slice(0, eq)).trim();
      if (!/^[A-Za-z0-9._-]+$/.test(id)) throw new SshSpecError(spec, `"${id}" is not a valid id (letters, digits, '.', '_', '-')`);
      if (sockets[id]) throw new SshSpecError(spec, `id "${id}" is given twice`);
      const given = eq < 0 ? [] : spec.slice(eq + 1).split(',').map((p) => p.trim()).filter(Boolean);
      if (given.length === 0) {
        if (!env.SSH_AUTH_SOCK) throw new SshSpecError(spec, 'no socket or key given and SSH_AUTH_SOCK is not set (start an agent, e.g. webfactory/ssh-agent or `eval $(ssh-agent)`, and ssh-add the key)');
        given.push(env.SSH_AUTH_SOCK);
      }
      const paths = given.map((p) => path.resolve(cwd, p.startsWith('~/') && env.HOME ? path.join(env.HOME, p.slice(2)) : p));
      const kinds = await Promise.all(paths.map((p) => stat(p).catch(() => undefined)));
      const missing = paths.find((_, i) => !kinds[i]);
      if (missing) throw new SshSpecError(spec, `${missing} does not exist`);
      if (paths.length === 1 && kinds[0]!.isSocket()) {
        sockets[id] = paths[0];
        continue;
      }
      const odd = paths.find((_, i) => !kinds[i]!.isFile());
      if (odd) throw new SshSpecError(spec, `${odd} is neither an agent socket nor a key file`);
      const dir = await mkdtemp(path.join(tempDir, 'ssh-agent-'));
      dirs.push(dir);
      const agent = await agentForKeys(spec, paths, dir, env);
      stops.push(agent.stop);
      sockets[id] = agent.socket;
    }
  } catch (e) {
    await close();
    throw e;
  }
  return { sockets, close };
}
