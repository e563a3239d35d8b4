import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseSshSpecs } from '../../src/build/ssh.js';

describe('--ssh specs (buildx --ssh, build-push-action ssh)', () => {
  let dir: string;
  let sock: string;
  let server: Server;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hoist-ssh-spec-'));
    sock = path.join(dir, 'agent.sock');
    server = createServer(() => undefined);
    await new Promise<void>((r) => server.listen(sock, r));
    await writeFile(path.join(dir, 'id_rsa'), 'not a socket');
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    await rm(dir, { recursive: true, force: true });
  });

  it('default takes SSH_AUTH_SOCK; ID=SOCKET names one, relative to the working directory', async () => {
    expect(await parseSshSpecs(['default'], { SSH_AUTH_SOCK: sock }, '/')).toEqual({ default: sock });
    expect(await parseSshSpecs(['default=agent.sock', 'gitlab=agent.sock'], {}, dir)).toEqual({ default: sock, gitlab: sock });
    expect(await parseSshSpecs([' ', ''], {}, dir)).toEqual({});
  });

  it('errors name the spec and say what to do', async () => {
    await expect(parseSshSpecs(['default'], {}, dir)).rejects.toThrow('ssh "default": no socket given and SSH_AUTH_SOCK is not set');
    await expect(parseSshSpecs(['default=id_rsa'], {}, dir)).rejects.toThrow(`ssh "default=id_rsa": ${path.join(dir, 'id_rsa')} is not an agent socket (key files are not supported: load the key with ssh-add into an agent and give its socket)`);
    await expect(parseSshSpecs(['x=nope.sock'], {}, dir)).rejects.toThrow('does not exist');
    await expect(parseSshSpecs(['a b=agent.sock'], {}, dir)).rejects.toThrow('"a b" is not a valid id');
    await expect(parseSshSpecs(['default=agent.sock', 'default'], { SSH_AUTH_SOCK: sock }, dir)).rejects.toThrow('id "default" is given twice');
    await expect(parseSshSpecs(['default=k1,k2'], {}, dir)).rejects.toThrow('give one agent socket');
  });
});
