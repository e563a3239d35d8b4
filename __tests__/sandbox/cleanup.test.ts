/**
 * Nothing is left behind after a failed, a cancelled and a successful step, nor when the hoist process
 * itself gets SIGTERM or SIGINT mid-RUN: no mount under the test's directories in any process's mount
 * table (/proc/<pid>/mountinfo of every process, so namespaces count too), no process of the sandbox in
 * the process table, no temp dirs. For the Docker executor: no containers and no committed images.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { DockerExecutor } from '../../src/sandbox/docker/executor.js';
import { RunCancelledError, RunError, type Executor } from '../../src/sandbox/types.js';
import { bundleWorkerFromSources } from '../../src/sandbox/worker-script.js';
import { busyboxLayer, type TestLayer } from '../support/rootfs.js';
import { dockerExecutor, makeDirs, nativeExecutor, removeDirs, sh, type Dirs } from './harness.js';

/** Mount points under `dir` in any process's mount namespace. */
async function mountsAnywhere(dir: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pid of (await readdir('/proc')).filter((p) => /^\d+$/.test(p))) {
    const text = await readFile(`/proc/${pid}/mountinfo`, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      const mp = line.split(' ')[4];
      if (mp && (mp === dir || mp.startsWith(`${dir}/`))) found.add(`${pid}:${mp}`);
    }
  }
  return [...found];
}

/** Processes whose command line mentions `needle` (optionally not the open executor's own worker). */
async function processesWith(needle: string, opts: { exceptOwnWorker?: boolean } = {}): Promise<string[]> {
  const out: string[] = [];
  for (const pid of (await readdir('/proc')).filter((p) => /^\d+$/.test(p))) {
    if (Number(pid) === process.pid) continue;
    const cmd = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' ');
    if (!cmd.includes(needle)) continue;
    // The open executor's worker (a child of this process) serves the next step; close() ends it.
    const ppid = Number((await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')).replace(/^.*\) \S+ /, '').split(' ')[0]);
    if (opts.exceptOwnWorker && ppid === process.pid && cmd.includes('hoist-sandbox-worker')) continue;
    out.push(`${pid}: ${cmd}`);
  }
  return out;
}

async function leftovers(d: Dirs, executorOpen = true): Promise<{ mounts: string[]; procs: string[]; temp: string[]; sleepers: string[] }> {
  return {
    mounts: await mountsAnywhere(d.base),
    procs: await processesWith(d.base, { exceptOwnWorker: executorOpen }),
    temp: await readdir(d.tempDir),
    sleepers: await processesWith('sleep 600'),
  };
}

const CLEAN = { mounts: [], procs: [], temp: [], sleepers: [] };

describe('native executor leaves nothing behind', () => {
  let d: Dirs;
  let ex: Executor;
  let base: TestLayer;

  beforeAll(async () => {
    d = await makeDirs('cleanup-native');
    ex = await nativeExecutor(d);
    base = await busyboxLayer();
  });
  afterAll(async () => {
    await ex.close();
    await removeDirs(d);
  });

  it('after a successful step (once released)', async () => {
    const r = await sh(ex, [base], 'echo ok > /f', { mounts: [{ type: 'tmpfs', target: '/t' }, { type: 'cache', id: 'c', target: '/c', sharing: 'locked', readonly: false }] });
    await r.result.release();
    expect(await leftovers(d)).toEqual(CLEAN);
  });

  it('after a failed step', async () => {
    await expect(sh(ex, [base], 'sleep 600 & echo bye; exit 3', { mounts: [{ type: 'tmpfs', target: '/t' }] })).rejects.toBeInstanceOf(RunError);
    expect(await leftovers(d)).toEqual(CLEAN);
  });

  it('after a cancelled step (AbortSignal)', async () => {
    const abort = new AbortController();
    const p = sh(ex, [base], 'echo started; sleep 600 & sleep 600', {
      signal: abort.signal,
      mounts: [{ type: 'cache', id: 'c2', target: '/c', sharing: 'locked', readonly: false }],
      onOutput: (_s, c) => {
        if (c.toString().includes('started')) abort.abort();
      },
    });
    await expect(p).rejects.toBeInstanceOf(RunCancelledError);
    expect(await leftovers(d)).toEqual(CLEAN);
    // The cache lock was released: a locked step can take it right away.
    const again = await sh(ex, [base], 'true', { mounts: [{ type: 'cache', id: 'c2', target: '/c', sharing: 'locked', readonly: false }] });
    await again.result.release();
  });

  it('close() ends the worker: no process left at all', async () => {
    const r = await sh(ex, [base], 'true');
    await r.result.release();
    expect((await processesWith(d.base, { exceptOwnWorker: false })).length).toBe(1);
    await ex.close();
    expect(await leftovers(d, false)).toEqual(CLEAN);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('after %s to the hoist process mid-RUN', async (sig) => {
    const child = path.join(d.base, 'cancel-child.mjs');
    await build({
      entryPoints: [path.join(import.meta.dirname, 'support/cancel-child.ts')],
      bundle: true, platform: 'node', format: 'esm', outfile: child, logLevel: 'error',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    const worker = await bundleWorkerFromSources(path.join(d.base, 'worker'));
    const p = spawn(process.execPath, [child, d.tempDir, d.cacheDir, worker, base.blob, base.diffId], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stderr.on('data', (c: Buffer) => (err += c));
    await new Promise<void>((resolve, reject) => {
      p.stdout.on('data', (c: Buffer) => {
        out += c;
        if (out.includes('started')) resolve();
      });
      p.on('exit', () => reject(new Error(`child ended early: ${out} ${err}`)));
    });
    expect(await processesWith('sleep 600')).not.toEqual([]);
    p.kill(sig);
    const status = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => p.on('exit', (code, signal) => r({ code, signal })));
    expect(status.signal).toBe(sig);
    expect(out).toContain('error: RunCancelledError');
    expect(out).not.toContain('finished');
    expect(await leftovers(d, false)).toEqual(CLEAN);
  });
});

describe('Docker executor leaves nothing behind', () => {
  let d: Dirs;
  let ex: DockerExecutor;
  let base: TestLayer;

  /** This process's sandbox containers (other test files may run theirs meanwhile). */
  async function containers(): Promise<string[]> {
    const r = await ex.engine.json<{ Id: string; Names?: string[] }[]>('GET', '/containers/json', { query: { all: true, filters: JSON.stringify({ label: ['org.hoist.sandbox'] }) } });
    return (r ?? []).filter((c) => new RegExp(`^/hoist-(run|probe)-${process.pid}-`).test(c.Names?.[0] ?? '')).map((c) => c.Id);
  }
  async function stepImages(): Promise<string[]> {
    const r = await ex.engine.json<{ RepoTags?: string[] }[]>('GET', '/images/json', { query: { filters: JSON.stringify({ reference: ['hoist-sandbox/step'] }) } });
    return (r ?? []).flatMap((i) => i.RepoTags ?? []);
  }

  beforeAll(async () => {
    d = await makeDirs('cleanup-docker');
    ex = dockerExecutor(d);
    base = await busyboxLayer();
  });
  afterAll(async () => {
    await ex.close();
    await removeDirs(d);
  });

  it('after a successful, a failed and a cancelled step', async () => {
    const before = { containers: await containers() };
    const ok = await sh(ex, [base], 'echo ok > /f', { mounts: [{ type: 'tmpfs', target: '/t' }] });
    await ok.result.release();
    await expect(sh(ex, [base], 'exit 4')).rejects.toBeInstanceOf(RunError);
    const abort = new AbortController();
    await expect(
      sh(ex, [base], 'echo started; sleep 600', { signal: abort.signal, onOutput: (_s, c) => c.toString().includes('started') && abort.abort() }),
    ).rejects.toBeInstanceOf(RunCancelledError);
    expect(before.containers).toEqual([]);
    expect(await containers()).toEqual([]);
    expect((await stepImages()).filter((t) => t.includes(`:${process.pid}-`))).toEqual([]);
    expect(await readdir(d.tempDir)).toEqual([]);
    expect(await processesWith('sleep 600')).toEqual([]);
  });
});
