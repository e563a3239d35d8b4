/**
 * The RUN sandbox: `createExecutor` picks how steps run on this host (native overlayfs + namespaces as root
 * or through passwordless sudo, else the Docker Engine API, else an error saying what is needed), and
 * `mountRootfs` gives the builder a read-only merged view of a stack of layers.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { DockerExecutor } from './docker/executor.js';
import { DockerEngine } from './docker/engine.js';
import { LayerStore } from './layer-store.js';
import { applyLayer, decompressBlob } from './layer-io.js';
import { NativeExecutor } from './native.js';
import { mountLowerView } from './overlay.js';
import { probeNative, type NativeSupport } from './privileges.js';
import { trackResource } from './signals.js';
import { removeTree, unmountAll } from './sys.js';
import { SandboxError, type Executor, type LayerSource } from './types.js';
import { callWorker, type WorkerLauncher } from './worker-client.js';
import { EXPORT_TAR_FILE, VIEW_DIR_PREFIX } from './worker.js';
import { resolveWorkerScript } from './worker-script.js';
import { addView, removeView } from './views.js';

export * from './types.js';
export { NativeExecutor } from './native.js';
export { DockerExecutor } from './docker/executor.js';
export { probeNative } from './privileges.js';
export { memoryLayersWanted } from './memory-layers.js';
export { prefetchLayerBlobs } from './layer-store.js';

/** Options of createExecutor. */
export interface CreateExecutorOptions {
  /** Where unpacked layers (`layers/`) and cache mounts (`run-cache/`) are kept between builds. */
  cacheDir: string;
  /** Scratch space for runs (must be on a filesystem overlayfs accepts as upper dir). */
  tempDir: string;
  prefer?: 'native' | 'docker';
  /** Docker Engine socket (default /var/run/docker.sock). */
  dockerSocket?: string;
  log: (m: string) => void;
  /** The worker script (default: `sandbox-worker.js` beside the bundle, or one built from the sources). */
  workerScript?: string;
  /** Abort steps and release views on SIGINT/SIGTERM (default true). */
  handleSignals?: boolean;
  /** Log how long each phase of a native run took (diagnostics). */
  trace?: boolean;
  /** Unpack layers into memory for this build only (runners whose disk is discarded; see memory-layers.ts). */
  memoryLayers?: boolean;
}

/**
 * The socket path of a DOCKER_HOST value (`unix:///path` or a bare path); undefined for TCP hosts and
 * when unset (the Docker executor then tries /var/run/docker.sock).
 */
export function dockerSocketFromHost(dockerHost: string | undefined): string | undefined {
  if (!dockerHost) return undefined;
  if (dockerHost.startsWith('unix://')) return dockerHost.slice('unix://'.length);
  return dockerHost.startsWith('/') ? dockerHost : undefined;
}

/** The launcher for the worker, given a successful probe. */
export function launcherFor(support: NativeSupport, script: string): WorkerLauncher {
  return { privilege: support.privilege, node: process.execPath, script, setpriv: support.setpriv, unshare: support.unshare };
}

async function nativeLauncher(tempDir: string, scriptOpt: string | undefined): Promise<WorkerLauncher | string> {
  let script: string;
  try {
    script = scriptOpt ?? (await resolveWorkerScript());
  } catch (e) {
    return (e as Error).message;
  }
  if (!existsSync(script)) return `the sandbox worker script ${script} is missing (bundle src/sandbox/worker-main.ts)`;
  const support = await probeNative(tempDir);
  return support.ok ? launcherFor(support, script) : support.reason;
}

/** Picks native (root or passwordless sudo), else Docker (socket reachable), else throws saying what is needed. */
export async function createExecutor(opts: CreateExecutorOptions): Promise<Executor> {
  await mkdir(opts.tempDir, { recursive: true });
  await mkdir(opts.cacheDir, { recursive: true });
  const socket = opts.dockerSocket ?? '/var/run/docker.sock';
  const reasons: string[] = [];
  const tryNative = async (): Promise<Executor | undefined> => {
    const l = await nativeLauncher(opts.tempDir, opts.workerScript);
    if (typeof l === 'string') {
      reasons.push(`native sandbox: ${l}`);
      return undefined;
    }
    const ex = new NativeExecutor({ cacheDir: opts.cacheDir, tempDir: opts.tempDir, launcher: l, log: opts.log, handleSignals: opts.handleSignals, trace: opts.trace, memoryLayers: opts.memoryLayers });
    // In the background: it only touches what processes that are gone left behind.
    void ex.sweep().catch((e: Error) => opts.log(`sandbox: cleaning up earlier runs: ${e.message}`));
    // An executor is made for a RUN about to run: its worker starts while that step's layers are unpacked.
    ex.prestart();
    opts.log(`RUN executor: native (${l.privilege.length ? 'sudo' : 'root'})`);
    return ex;
  };
  const tryDocker = async (): Promise<Executor | undefined> => {
    const engine = new DockerEngine(socket);
    const ok = await engine.ping();
    await engine.close();
    if (!ok) {
      reasons.push(`Docker executor: no Docker daemon answers on ${socket}`);
      return undefined;
    }
    opts.log(`RUN executor: docker (${socket})`);
    const ex = new DockerExecutor({ socketPath: socket, cacheDir: opts.cacheDir, tempDir: opts.tempDir, log: opts.log, handleSignals: opts.handleSignals });
    await ex.sweep().catch((e: Error) => opts.log(`sandbox: cleaning up earlier containers: ${e.message}`));
    return ex;
  };
  const order = opts.prefer === 'docker' ? [tryDocker, tryNative] : [tryNative, tryDocker];
  for (const t of order) {
    const ex = await t();
    if (ex) return ex;
  }
  throw new SandboxError(
    `RUN needs root or passwordless sudo (with util-linux setpriv/unshare and overlayfs), or a Docker daemon:\n  ${reasons.join('\n  ')}`,
  );
}

/**
 * A read-only merged view of layers (bottom to top) for COPY --from, `--chown` lookups and
 * `RUN --mount from=`: an overlay of the unpacked lower dirs, mounted by hoist (root) or the sudo'd
 * worker; as root without overlayfs, a union copy (each layer applied in turn). `release` unmounts and
 * removes it; SIGINT/SIGTERM release it too. Without root or sudo it fails, saying so.
 */
export async function mountRootfs(
  layers: LayerSource[],
  opts: { cacheDir: string; tempDir: string; workerScript?: string; /** force a union copy (tests, hosts refusing overlay) */ copy?: boolean },
): Promise<{ path: string; release(): Promise<void> }> {
  await mkdir(opts.tempDir, { recursive: true });
  if (process.getuid?.() === 0) return rootView(layers, opts);
  const l = await nativeLauncher(opts.tempDir, opts.workerScript);
  if (typeof l === 'string') throw new SandboxError(`cannot mount a view of the layers: ${l}`);
  const dir = await mkdtemp(path.join(opts.tempDir, `${VIEW_DIR_PREFIX}${process.pid}-`));
  const ex = new NativeExecutor({ cacheDir: opts.cacheDir, tempDir: opts.tempDir, launcher: l, log: () => undefined, handleSignals: false });
  const cleanup = async (): Promise<void> => {
    await callWorker(l, { op: 'unmount-view', dir });
  };
  const untrack = trackResource(cleanup);
  try {
    await callWorker(l, { op: 'mount-view', dir, layerDirs: await ex.layerDirs(layers) });
    await ex.stopWorker();
  } catch (e) {
    await ex.stopWorker().catch(() => undefined);
    untrack();
    await cleanup().catch(() => undefined);
    throw e;
  }
  const root = path.join(dir, 'root');
  addView(root);
  return { path: root, release: async () => { removeView(root); untrack(); await cleanup(); } };
}

/**
 * BuildKit's `tar` output for a caller that is not root: the worker (through passwordless sudo) mounts each view
 * (one per platform: `name` is its directory in the tarball, `''` for a lone one), writes the merged filesystems
 * as one tarball with the image's owners, and gives it to the caller, who moves it to `file`.
 */
export async function exportTarPrivileged(
  views: { name: string; layers: LayerSource[] }[],
  file: string,
  opts: { cacheDir: string; tempDir: string; workerScript?: string; mtime?: number },
): Promise<void> {
  await mkdir(opts.tempDir, { recursive: true });
  const l = await nativeLauncher(opts.tempDir, opts.workerScript);
  if (typeof l === 'string') throw new SandboxError(`keeping the image's file owners needs root or passwordless sudo: ${l}`);
  const dir = await mkdtemp(path.join(opts.tempDir, `${VIEW_DIR_PREFIX}${process.pid}-`));
  const ex = new NativeExecutor({ cacheDir: opts.cacheDir, tempDir: opts.tempDir, launcher: l, log: () => undefined, handleSignals: false });
  const untrack = trackResource(() => callWorker(l, { op: 'unmount-view', dir }).then(() => undefined));
  try {
    const resolved = [];
    for (const v of views) resolved.push({ name: v.name, layerDirs: await ex.layerDirs(v.layers) });
    await callWorker(l, { op: 'export-tar', dir, views: resolved, uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0, ...(opts.mtime !== undefined ? { mtime: opts.mtime } : {}) });
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await moveFile(path.join(dir, EXPORT_TAR_FILE), file);
  } finally {
    await ex.stopWorker().catch(() => undefined);
    untrack();
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Renames `from` to `to`, copying across filesystems. */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    await copyFile(from, to);
    await rm(from, { force: true });
  }
}

/** The view as root: an overlay in hoist's own mount namespace, or a union copy without overlayfs. */
async function rootView(layers: LayerSource[], opts: { cacheDir: string; tempDir: string; copy?: boolean }): Promise<{ path: string; release(): Promise<void> }> {
  const dir = await mkdtemp(path.join(opts.tempDir, `${VIEW_DIR_PREFIX}${process.pid}-`));
  const root = path.join(dir, 'root');
  const cleanup = async (): Promise<void> => {
    await unmountAll(dir);
    await removeTree(dir);
  };
  const untrack = trackResource(cleanup);
  try {
    try {
      if (opts.copy) throw new Error('union copy asked for');
      const dirs = await new LayerStore(opts.cacheDir).ensureAll(layers);
      await mountLowerView(path.join(dir, 'links'), dirs, root);
    } catch {
      await unmountAll(dir);
      await rm(root, { recursive: true, force: true });
      await mkdir(root, { recursive: true });
      for (const l of layers) await applyLayer(await decompressBlob(await l.open()), root);
    }
  } catch (e) {
    untrack();
    await cleanup().catch(() => undefined);
    throw e;
  }
  addView(root);
  return { path: root, release: async () => { removeView(root); untrack(); await cleanup(); } };
}
