/**
 * `RUN --mount=type=ssh` with a forwarded agent (`--ssh`), on both executors: a real OpenSSH `ssh-agent` holding a
 * key, and a step in a Debian rootfs that asks it for its identities over the agent protocol (perl, as the
 * rootfs has no ssh client). The socket has the owner and mode the mount asks for (BuildKit: 0:0, 0600, so
 * another user is refused), and neither it nor its mount point reaches the layer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DockerExecutor } from '../../src/sandbox/docker/executor.js';
import type { Executor, RunMount } from '../../src/sandbox/types.js';
import { debianLayer, type TestLayer } from '../support/rootfs.js';
import { dockerExecutor, listLayer, makeDirs, nativeExecutor, paths, removeDirs, sh, PATH_ENV, type Dirs } from './harness.js';

/** Asks the agent at $SSH_AUTH_SOCK for its identities (SSH2_AGENTC_REQUEST_IDENTITIES) and prints their comments. */
const LIST_KEYS = `perl -MIO::Socket::UNIX -e '
  my $s = IO::Socket::UNIX->new(Peer => $ENV{SSH_AUTH_SOCK}) or do { print "connect: $!\\n"; exit 3 };
  print $s pack("N C", 1, 11);
  read($s, my $len, 4) == 4 or die "short read";
  read($s, my $body, unpack("N", $len));
  my ($type, $n) = unpack("C N", $body);
  print "type=$type keys=$n\\n";
  my $rest = substr($body, 5);
  for (1 .. $n) { my $bl = unpack("N", $rest); $rest = substr($rest, 4 + $bl); my $cl = unpack("N", $rest); print "comment=", substr($rest, 4, $cl), "\\n"; $rest = substr($rest, 4 + $cl); }
'`;

describe.each(['native', 'docker'] as const)('%s executor: RUN --mount=type=ssh', (kind) => {
  let d: Dirs;
  let ex: Executor;
  let debian: TestLayer;
  let agent: ChildProcess;
  let agentSock: string;

  beforeAll(async () => {
    d = await makeDirs(`ssh-${kind}`);
    ex = kind === 'docker' ? dockerExecutor(d) : await nativeExecutor(d);
    debian = await debianLayer();
    agentSock = path.join(d.base, 'agent.sock');
    agent = spawn('ssh-agent', ['-D', '-a', agentSock], { stdio: 'ignore' });
    for (let i = 0; i < 100 && !existsSync(agentSock); i++) await new Promise((r) => setTimeout(r, 50));
    const key = path.join(d.base, 'id_ed25519');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'hoist-forwarded-key', '-f', key]);
    execFileSync('ssh-add', ['-q', key], { env: { ...process.env, SSH_AUTH_SOCK: agentSock }, stdio: 'ignore' });
  }, 20 * 60_000);
  afterAll(async () => {
    agent?.kill();
    if (ex instanceof DockerExecutor) await ex.removeCacheVolumes();
    await ex?.close();
    await removeDirs(d);
  });

  const mount = (over: Partial<Extract<RunMount, { type: 'ssh' }>> = {}): RunMount => ({ type: 'ssh', source: agentSock, target: '/run/buildkit/ssh_agent.0', uid: 0, gid: 0, mode: 0o600, ...over });
  const env = [PATH_ENV, 'SSH_AUTH_SOCK=/run/buildkit/ssh_agent.0'];

  it("the step reaches the agent's keys through a socket owned 0:0, mode 0600; nothing of it in the layer", async () => {
    const r = await sh(ex, [debian], `stat -c "%F %u:%g %a" "$SSH_AUTH_SOCK"; ${LIST_KEYS}; echo done > /out`, { mounts: [mount()], env });
    expect(r.stdout).toBe('socket 0:0 600\ntype=12 keys=1\ncomment=hoist-forwarded-key\n');
    expect(paths(await listLayer(r.result.diffTar))).toEqual(['out']);
    await r.result.release();
  }, 5 * 60_000);

  it('uid/gid/mode give another user the socket; without them that user is refused, as in BuildKit', async () => {
    const own = await sh(ex, [debian], `stat -c "%u:%g %a" "$SSH_AUTH_SOCK"; ${LIST_KEYS}`, { mounts: [mount({ target: '/tmp/agent', uid: 1000, gid: 1000, mode: 0o660 })], env: [PATH_ENV, 'SSH_AUTH_SOCK=/tmp/agent'], user: '1000:1000' });
    expect(own.stdout).toBe('1000:1000 660\ntype=12 keys=1\ncomment=hoist-forwarded-key\n');
    await own.result.release();
    await expect(sh(ex, [debian], LIST_KEYS, { mounts: [mount()], env, user: '1000:1000' })).rejects.toThrow(/connect: Permission denied/);
  }, 5 * 60_000);
});
