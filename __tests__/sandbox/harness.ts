/**
 * Shared pieces of the sandbox integration tests: executors (native and Docker) over a per-file temp and
 * cache dir, running shell snippets on a stack of layers, reading a step's layer back as a listing, and
 * turning a step's layer into the next step's lower layer (what the builder does).
 */
import type { MounterKind } from '../../src/sandbox/mounter.js';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { readTar } from '../../src/oci/tar/reader.js';
import { DockerExecutor } from '../../src/sandbox/docker/executor.js';
import { launcherFor } from '../../src/sandbox/index.js';
import { NativeExecutor } from '../../src/sandbox/native.js';
import { probeNative } from '../../src/sandbox/privileges.js';
import type { Executor, LayerSource, RunMount, RunRequest, RunResult } from '../../src/sandbox/types.js';
import { bundleWorkerFromSources } from '../../src/sandbox/worker-script.js';
import { dockerSocket } from '../support/docker.js';
import { layerFromTar, type TestLayer } from '../support/rootfs.js';

/** Directories of one test file. */
export interface Dirs {
  base: string;
  tempDir: string;
  cacheDir: string;
}

/** Fresh temp and cache dirs under /var/tmp (ext4 here: overlayfs upper dirs need a real filesystem). */
export async function makeDirs(name: string): Promise<Dirs> {
  await mkdir('/var/tmp/hoist-sandbox-tests', { recursive: true });
  const base = await mkdtemp(path.join('/var/tmp/hoist-sandbox-tests', `${name}-`));
  const d = { base, tempDir: path.join(base, 'tmp'), cacheDir: path.join(base, 'cache') };
  await mkdir(d.tempDir, { recursive: true });
  await mkdir(d.cacheDir, { recursive: true });
  return d;
}

/** Removes a test's dirs (mounts must be gone already: rm never crosses filesystems). */
export async function removeDirs(d: Dirs): Promise<void> {
  const { execFile } = await import('node:child_process');
  await new Promise((r) => execFile('rm', ['-rf', '--one-file-system', d.base], () => r(undefined)));
}

/** The native executor as root, with the worker bundled from the sources. */
export async function nativeExecutor(d: Dirs, opts: { mounter?: MounterKind; log?: (m: string) => void; trace?: boolean } = {}): Promise<NativeExecutor> {
  const support = await probeNative(d.tempDir);
  if (!support.ok) throw new Error(`native sandbox unavailable: ${support.reason}`);
  const script = await bundleWorkerFromSources(path.join(d.base, 'worker'));
  return new NativeExecutor({ cacheDir: d.cacheDir, tempDir: d.tempDir, launcher: launcherFor(support, script), log: opts.log ?? (() => undefined), trace: opts.trace, handleSignals: false, mounter: opts.mounter });
}

/** The Docker executor against the reference engine. */
export function dockerExecutor(d: Dirs): DockerExecutor {
  return new DockerExecutor({ socketPath: dockerSocket(), cacheDir: d.cacheDir, tempDir: d.tempDir, log: () => undefined, handleSignals: false });
}

export const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** A step's outcome with its output. */
export interface Ran {
  result: RunResult;
  stdout: string;
  stderr: string;
}

/** Runs `script` with /bin/sh -c on `layers`. */
export async function sh(ex: Executor, layers: LayerSource[], script: string, extra: Partial<RunRequest> = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const result = await ex.run({
    layers,
    argv: ['/bin/sh', '-c', script],
    env: [PATH_ENV],
    cwd: '/',
    user: '',
    network: 'default',
    mounts: [] as RunMount[],
    ...extra,
    onOutput: (s, c) => {
      if (s === 'stdout') stdout += c.toString('utf8');
      else stderr += c.toString('utf8');
      extra.onOutput?.(s, c);
    },
  });
  return { result, stdout, stderr };
}

/** One entry of a layer, as compared between executors (no mtimes unless asked). */
export interface Listed {
  path: string;
  type: string;
  mode: string;
  uid: number;
  gid: number;
  size: number;
  linkname?: string;
  sha?: string;
  xattrs?: Record<string, string>;
  mtime?: number;
  dev?: string;
}

/** Lists a layer tar: path-sorted entries with content digests. */
export async function listLayer(tar: string, opts: { mtimes?: boolean } = {}): Promise<Listed[]> {
  const out: Listed[] = [];
  for await (const { entry, body } of readTar(createReadStream(tar))) {
    const e: Listed = { path: entry.path, type: entry.type, mode: (entry.mode & 0o7777).toString(8), uid: entry.uid, gid: entry.gid, size: entry.size };
    if (entry.linkname !== undefined && entry.linkname !== '') e.linkname = entry.linkname;
    if (entry.type === 'char' || entry.type === 'block') e.dev = `${entry.devmajor}:${entry.devminor}`;
    if (entry.xattrs && Object.keys(entry.xattrs).length) e.xattrs = Object.fromEntries(Object.entries(entry.xattrs).map(([k, v]) => [k, v.toString('base64')]));
    if (opts.mtimes) e.mtime = entry.mtime;
    if (entry.type === 'file' && entry.size <= 1 << 30) {
      const h = createHash('sha256');
      for await (const c of body) h.update(c as Buffer);
      e.sha = h.digest('hex').slice(0, 16);
    } else {
      // Larger than 1 GiB: counted, not hashed (tests of huge sparse files check sizes).
      let n = 0;
      for await (const c of body) n += (c as Buffer).length;
      if (entry.type === 'file') e.sha = `${n} bytes read`;
    }
    out.push(e);
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Paths of a listing. */
export function paths(l: Listed[]): string[] {
  return l.map((e) => e.path);
}

/** Keeps a step's layer as a LayerSource for the next step (copy of the tar, gzipped). */
export async function keepLayer(r: RunResult, dir: string, name: string): Promise<TestLayer> {
  await mkdir(dir, { recursive: true });
  const tar = path.join(dir, `${name}.tar`);
  await rm(tar, { force: true });
  await rm(`${tar}.gz`, { force: true });
  await copyFile(r.diffTar, tar);
  await r.release();
  return layerFromTar(tar);
}
