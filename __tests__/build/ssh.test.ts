import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prepareSshAgents } from '../../src/build/ssh.js';

describe('--ssh specs (buildx --ssh, build-push-action ssh)', () => {
  let dir: string;
  let sock: string;
  let server: Server;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hoist-ssh-spec-'));
    sock = path.join(dir, 'agent.sock');
    server = createServer(() => undefined);
    await new Promise<void>((r) => server.listen(sock, r));
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'hoist-key-one', '-f', path.join(dir, 'id_one')]);
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'hoist-key-two', '-f', path.join(dir, 'id_two')]);
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', 'a passphrase', '-C', 'locked', '-f', path.join(dir, 'id_locked')]);
    await writeFile(path.join(dir, 'not-a-key'), 'hello');
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    await rm(dir, { recursive: true, force: true });
  });

  const prepare = (specs: string[], env: Record<string, string> = {}) => prepareSshAgents(specs, env, dir, dir);

  it('default takes SSH_AUTH_SOCK; ID=SOCKET names one, relative to the working directory', async () => {
    const a = await prepare(['default'], { SSH_AUTH_SOCK: sock });
    expect(a.sockets).toEqual({ default: sock });
    await a.close();
    expect((await prepare(['default=agent.sock', 'gitlab=agent.sock'])).sockets).toEqual({ default: sock, gitlab: sock });
    expect((await prepare([' ', ''])).sockets).toEqual({});
  });

  it('key files go into an ssh-agent of the build, stopped by close', async () => {
    const a = await prepare(['default=id_one,id_two']);
    const listed = execFileSync('ssh-add', ['-l'], { env: { PATH: process.env.PATH, SSH_AUTH_SOCK: a.sockets.default } }).toString();
    expect(listed).toContain('hoist-key-one');
    expect(listed).toContain('hoist-key-two');
    await a.close();
    expect(() => execFileSync('ssh-add', ['-l'], { env: { PATH: process.env.PATH, SSH_AUTH_SOCK: a.sockets.default }, stdio: 'pipe' })).toThrow();
  });

  it('errors name the spec and say what to do', async () => {
    await expect(prepare(['default'])).rejects.toThrow('ssh "default": no socket or key given and SSH_AUTH_SOCK is not set');
    await expect(prepare(['default=id_locked'])).rejects.toThrow(`ssh "default=id_locked": ssh-add could not load ${path.join(dir, 'id_locked')}`);
    await expect(prepare(['default=not-a-key'])).rejects.toThrow('(a key with a passphrase must be loaded into an agent first)');
    await expect(prepare(['x=nope.sock'])).rejects.toThrow('does not exist');
    await expect(prepare(['a b=agent.sock'])).rejects.toThrow('"a b" is not a valid id');
    await expect(prepare(['default=agent.sock', 'default'], { SSH_AUTH_SOCK: sock })).rejects.toThrow('id "default" is given twice');
    await expect(prepare(['default=agent.sock,id_one'])).rejects.toThrow('is neither an agent socket nor a key file');
  });
});
