import { describe, expect, it } from '@jest/globals';
import { encodeFrame, encodeMessage, FrameDecoder, FrameType, LastLines } from '../../src/sandbox/protocol.js';
import { stepCommand, exitCodeOf, chainEnv, DEFAULT_CAPS, SETUID_SYSCALL, STEP_EXEC } from '../../src/sandbox/step.js';
import { demultiplexer } from '../../src/sandbox/docker/engine.js';
import { goModePerm } from '../../src/sandbox/docker/stubs.js';
import { RunError } from '../../src/sandbox/types.js';

describe('worker protocol', () => {
  it('frames survive arbitrary chunking', () => {
    const bytes = Buffer.concat([
      encodeFrame(FrameType.stdout, 7, Buffer.from('out\n')),
      encodeFrame(FrameType.stderr, 8, Buffer.from([0, 255, 10])),
      encodeMessage(7, { kind: 'result', value: { a: 1 } }),
    ]);
    const d = new FrameDecoder();
    const got = [];
    for (let i = 0; i < bytes.length; i += 3) got.push(...d.push(bytes.subarray(i, i + 3)));
    expect(got.map((f) => [f.type, f.id])).toEqual([[1, 7], [2, 8], [3, 7]]);
    expect(got[1].payload).toEqual(Buffer.from([0, 255, 10]));
    expect(JSON.parse(got[2].payload.toString())).toEqual({ kind: 'result', value: { a: 1 } });
    expect(d.pending).toBe(0);
    expect(() => new FrameDecoder().push(Buffer.from([9, 0, 0, 0, 0, 0, 0, 0, 0]))).toThrow(/corrupt/);
  });

  it('keeps the last lines, partial ones included', () => {
    const l = new LastLines(3);
    l.push(Buffer.from('a\nb\r\nc\n'));
    l.push(Buffer.from('d\npart'));
    expect(l.get()).toEqual(['c', 'd', 'part']);
  });

  it('RunError names the command, the exit code and the output', () => {
    const e = new RunError(['/bin/sh', '-c', 'false'], 3, ['boom']);
    expect(e.message).toBe('process "/bin/sh -c false" did not complete successfully: exit code: 3\n  boom');
  });
});

describe('step command line', () => {
  const tools = { setpriv: '/usr/bin/setpriv', unshare: '/usr/bin/unshare', env: '/usr/bin/env', sh: '/bin/sh' };
  it('drops to Docker capabilities, the user and its groups, with the step env only at the end', () => {
    const cmd = stepCommand(tools, { root: '/r/m', procPath: '/r/m/proc', cwd: '/w', uid: 1000, gid: 29, groups: [29], env: ['PATH=/bin', 'bad'], argv: ['/bin/sh', '-c', 'id'], hostname: 'h', network: 'none' });
    expect(cmd.slice(3, 10)).toEqual(['/usr/bin/unshare', '--pid', '--fork', '--kill-child', '--uts', '--ipc', '--net']);
    expect(cmd.slice(0, 3)).toEqual(['/usr/bin/setpriv', '--pdeathsig=KILL', '--']);
    expect(cmd).toContain('--mount-proc=/r/m/proc');
    // hostname, network and the /sys to remount for a network namespace of the step's own
    expect(cmd.slice(cmd.indexOf('hoist-step'), cmd.indexOf('hoist-step') + 4)).toEqual(['hoist-step', 'h', 'none', '']);
    const withSys = stepCommand(tools, { root: '/r/m', procPath: '/r/m/proc', sysPath: '/r/m/sys', cwd: '/', uid: 0, gid: 0, groups: [], env: [], argv: ['x'], hostname: 'h', network: 'none' });
    expect(withSys[withSys.indexOf('hoist-step') + 3]).toBe('/r/m/sys');
    expect(cmd).toContain(`--bounding-set=-all,${DEFAULT_CAPS.map((c) => `+${c}`).join(',')}`);
    expect(cmd).toContain('--regid=29');
    expect(cmd).toContain('--groups=29');
    const envAt = cmd.indexOf('/usr/bin/env');
    expect(cmd.slice(envAt, envAt + 4)).toEqual(['/usr/bin/env', '-i', '--', 'PATH=/bin']);
    expect(cmd).not.toContain('bad');
    expect(cmd.slice(-8)).toEqual(['/usr/bin/unshare', '--root=/r/m', '--wd=/w', '--setuid=1000', '--', '/bin/sh', '-c', 'id']);
    expect(DEFAULT_CAPS).toHaveLength(14);
  });
  it('secret variables travel in the environment, never in the command line, and win over the step env', () => {
    const spec = { root: '/r', procPath: '/r/proc', cwd: '/', uid: 0, gid: 0, groups: [], env: ['PATH=/bin', 'TOK=public', 'A=1'], argv: ['x'], hostname: 'h', network: 'host' as const, secretEnv: ['TOK=s3cr=et'] };
    const cmd = stepCommand(tools, spec);
    expect(cmd.join('\0')).not.toContain('s3cr');
    expect(cmd).not.toContain('TOK=public');
    const envAt = cmd.indexOf('/usr/bin/env');
    // Everything but the secret is unset (the system variables and what the chain's shell may export), then the step's own set.
    expect(cmd.slice(envAt, cmd.indexOf('--', envAt) + 3)).toEqual(['/usr/bin/env', '-u', 'PATH', '-u', 'LC_ALL', '-u', 'PWD', '-u', 'OLDPWD', '-u', 'SHLVL', '-u', '_', '--', 'PATH=/bin', 'A=1']);
    expect(chainEnv(tools, spec).TOK).toBe('s3cr=et');
    expect(chainEnv(tools, { env: ['A=1'] }).TOK).toBeUndefined();
  });
  it('with perl, no step variable is in the command line: they travel under HOIST_STEP_ENV_<n>, secrets in place', () => {
    const withPerl = { ...tools, perl: '/usr/bin/perl' };
    const spec = { root: '/r/m', procPath: '/r/m/proc', cwd: '/w d', uid: 1000, gid: 0, groups: [], env: ['PATH=/bin', 'TOK=public', 'bad', 'PROXY=http://u:pw@h', 'A=x=y'], argv: ['/bin/sh', '-c', 'id'], hostname: 'h', network: 'host' as const, secretEnv: ['TOK=s3cr=et', 'NEW=n'] };
    const cmd = stepCommand(withPerl, spec);
    for (const v of ['s3cr', 'public', 'u:pw', 'x=y', 'NEW', '/usr/bin/env']) expect(cmd.join('\0')).not.toContain(v);
    expect(cmd.slice(cmd.indexOf('/usr/bin/perl'))).toEqual(['/usr/bin/perl', '-e', STEP_EXEC, '--', String(SETUID_SYSCALL[process.arch]), '/r/m', '/w d', '1000', '/bin/sh', '-c', 'id']);
    const env = chainEnv(withPerl, spec);
    expect(Object.keys(env).filter((k) => !k.startsWith('HOIST_STEP_ENV_'))).toEqual(['PATH', 'LC_ALL']);
    expect([0, 1, 2, 3, 4, 5].map((i) => env[`HOIST_STEP_ENV_${i}`])).toEqual(['PATH=/bin', 'TOK=s3cr=et', 'PROXY=http://u:pw@h', 'A=x=y', 'NEW=n', undefined]);
    expect(env.TOK).toBeUndefined();
  });
  it('without perl, a variable the loader reads in host tools is refused (LD_*, GCONV_PATH, GLIBC_TUNABLES...)', () => {
    const base = { root: '/r', procPath: '/r/proc', cwd: '/', uid: 0, gid: 0, groups: [], argv: ['x'], hostname: 'h', network: 'host' as const };
    expect(() => stepCommand(tools, { ...base, env: ['PATH=/bin', 'LD_LIBRARY_PATH=/opt/lib'] })).toThrow('the step sets LD_LIBRARY_PATH, which host tools would read before the chroot without perl; install perl');
    expect(() => stepCommand(tools, { ...base, env: [], secretEnv: ['GLIBC_TUNABLES=x'] })).toThrow('the step sets GLIBC_TUNABLES');
    expect(() => stepCommand(tools, { ...base, env: ['TMPDIR=/t', 'LDX=1'] })).not.toThrow();
    expect(() => stepCommand({ ...tools, perl: '/usr/bin/perl' }, { ...base, env: ['LD_PRELOAD=/x.so'] })).not.toThrow();
  });
  it('no groups means cleared groups; signals map to 128+n', () => {
    const host = stepCommand(tools, { root: '/', procPath: '/proc', cwd: '/', uid: 0, gid: 0, groups: [], env: [], argv: ['x'], hostname: 'h', network: 'host' });
    expect(host).toContain('--clear-groups');
    expect(host).not.toContain('--net');
    expect(() => stepCommand(tools, { root: '/', procPath: '/proc', cwd: '/', uid: 0, gid: 0, groups: [], env: [], argv: [], hostname: 'h', network: 'host' })).toThrow(/needs a command/);
    expect(exitCodeOf(3, null)).toBe(3);
    expect(exitCodeOf(null, 'SIGKILL')).toBe(137);
  });
});

describe('docker helpers', () => {
  it('demultiplexes the attach/logs stream', () => {
    const frames: [string, string][] = [];
    const push = demultiplexer((s, c) => frames.push([s, c.toString()]));
    const f = (t: number, s: string) => Buffer.concat([Buffer.from([t, 0, 0, 0, 0, 0, 0, s.length]), Buffer.from(s)]);
    const all = Buffer.concat([f(1, 'out'), f(2, 'err')]);
    push(all.subarray(0, 5));
    push(all.subarray(5));
    expect(frames).toEqual([['stdout', 'out'], ['stderr', 'err']]);
  });
  it('reads Go file modes', () => {
    expect(goModePerm(2147484141)).toBe(0o755); // ModeDir|0755
    expect(goModePerm((1 << 31) | (1 << 20) | 0o777)).toBe(0o1777);
    expect(goModePerm((1 << 23) | 0o755)).toBe(0o4755);
  });
});
