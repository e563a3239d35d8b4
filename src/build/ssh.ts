/**
 * SSH agent forwarding, as `docker buildx build --ssh` and build-push-action's `ssh` input give it:
 * `default` (the agent at $SSH_AUTH_SOCK), `ID=SOCKET` or `default=SOCKET`. A `RUN --mount=type=ssh[,id=ID]`
 * then gets a socket at its target (default /run/buildkit/ssh_agent.N) that reaches the agent, owned by uid:gid
 * with mode (default 0:0, 0600), and SSH_AUTH_SOCK points at the first one. The agent's keys never leave it:
 * the step can ask it to sign, as with BuildKit. Private key files (buildx also loads those into an agent of
 * its own) are refused with a hint: load them with ssh-add into an agent and give its socket.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';

export class SshSpecError extends Error {
  constructor(readonly spec: string, detail: string) {
    super(`ssh "${spec}": ${detail}`);
    this.name = 'SshSpecError';
  }
}

/** Reads the specs (`ID[=SOCKET]`) into ID -> absolute socket path; checks that each is a socket. */
export async function parseSshSpecs(specs: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const raw of specs) {
    const spec = raw.trim();
    if (!spec) continue;
    const eq = spec.indexOf('=');
    const id = (eq < 0 ? spec : spec.slice(0, eq)).trim();
    if (!/^[A-Za-z0-9._-]+$/.test(id)) throw new SshSpecError(spec, `"${id}" is not a valid id (letters, digits, '.', '_', '-')`);
    if (out[id]) throw new SshSpecError(spec, `id "${id}" is given twice`);
    const paths = eq < 0 ? [] : spec.slice(eq + 1).split(',').map((p) => p.trim()).filter(Boolean);
    if (paths.length > 1) throw new SshSpecError(spec, 'give one agent socket (key files are not supported: load them with ssh-add into an agent and give its socket)');
    const given = paths[0] ?? env.SSH_AUTH_SOCK;
    if (!given) throw new SshSpecError(spec, 'no socket given and SSH_AUTH_SOCK is not set (start an agent, e.g. webfactory/ssh-agent or `eval $(ssh-agent)`, and ssh-add the key)');
    const socket = path.resolve(cwd, given);
    const st = await stat(socket).catch(() => undefined);
    if (!st) throw new SshSpecError(spec, `${socket} does not exist`);
    if (!st.isSocket()) {
      throw new SshSpecError(spec, `${socket} is not an agent socket${st.isFile() ? ' (key files are not supported: load the key with ssh-add into an agent and give its socket)' : ''}`);
    }
    out[id] = socket;
  }
  return out;
}
