/**
 * The native executor: layers unpacked once into the cache (keyed by diff_id) and stacked as overlayfs
 * lower dirs, each step run by the privileged worker in its own namespaces, chrooted, and its upper dir
 * returned as a layer tar. The worker also unpacks the layers, one at a time (inode creation is what an unpack
 * waits on, and two at once only contend), while hoist fetches the blobs of the next ones: hoist's own event
 * loop stays free for downloads. As root the worker is started directly; otherwise through `sudo -n` (the
 * privileged parts only).
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import { digestHex } from '../oci/digest.js';
import { layerDir, sweepLayerTemps } from './layer-store.js';
import { MEMORY_ROOT, newMemoryDir, onTmpfs, sweepMemoryDirs } from './memory-layers.js';
import type { MounterKind } from './mounter.js';
import type { WorkerRunResult } from './sandbox-run.js';
import { trackResource, trackRun } from './signals.js';
import { callWorker, WorkerProcess, type WorkerLauncher } from './worker-client.js';
import { RUN_DIR_PREFIX, sweepTemp } from './worker.js';
import { underView } from './views.js';
import type { Executor, LayerSource, RunRequest, RunResult } from './types.js';

/** Options of the native executor. */
export interface NativeExecutorOptions {
  cacheDir: string;
  tempDir: string;
  launcher: WorkerLauncher;
  log(m: string): void;
  /** Abort running steps on SIGINT/SIGTERM and clean up before the process ends (default true). */
  handleSignals?: boolean;
  /** Log the duration of each phase of a run. */
  trace?: boolean;
  /**
   * How mounts are made and a step's command is started (default 'auto': perl where it exists, else util-linux
   * through sh, and coreutils env); see mounter.ts and step.ts.
   */
  mounter?: MounterKind;
  /**
   * Unpack missing layers into a private directory on the /dev/shm tmpfs (when it is one and they fit), for
   * this build only, instead of the on-disk store (see memory-layers.ts). For runners whose disk is discarded.
   */
  memoryLayers?: boolean;
}

/** Runs RUN steps in the overlayfs + namespaces sandbox. */
export class NativeExecutor implements Executor {
  readonly name = 'native' as const;
  private readonly asRoot: boolean;
  private readonly unpacking = new Map<string, Promise<string>>();
  /** The privileged worker serving this executor's runs (started on first use, again if it died). */
  private worker: WorkerProcess | undefined;

  /** Set by close(): a warm-up still fetching then starts no worker and unpacks nothing (its dir is gone). */
  private closed = false;
  /** This build's in-memory layer directory (decided on the first unpack), or undefined for the on-disk store. */
  private memoryDir: Promise<string | undefined> | undefined;

  constructor(private readonly opts: NativeExecutorOptions) {
    this.asRoot = opts.launcher.privilege.length === 0;
  }

  private memoryLayerDir(): Promise<string | undefined> {
    this.memoryDir ??= (async () => {
      if (!this.opts.memoryLayers || !(await onTmpfs(MEMORY_ROOT))) return undefined;
      return newMemoryDir();
    })();
    return this.memoryDir;
  }

  private serving(): WorkerProcess {
    if (!this.worker || this.worker.ended) {
      this.worker = new WorkerProcess(this.opts.launcher, true);
      // On SIGINT/SIGTERM the worker is ended (and waited for) before hoist goes.
      if (this.opts.handleSignals !== false) {
        this.untrackWorker?.();
        this.untrackWorker = trackResource(() => this.stopWorker());
      }
    }
    return this.worker;
  }

  private untrackWorker: (() => void) | undefined;

  /** Starts the privileged worker now, so its start overlaps with unpacking the first step's layers. */
  prestart(): void {
    this.serving();
  }

  /** Unpacks the layers in the background (a run on them joins the unpacking under way). */
  prepare(layers: LayerSource[]): void {
    this.layerDirs(layers).catch(() => undefined);
  }

  /** Removes what crashed runs left in the temp dir and in the layer store. */
  async sweep(): Promise<void> {
    await this.sweepWith(undefined);
  }

  /** The sweep, also removing `own` (this build's in-memory layers) when given. */
  private async sweepWith(own: string | undefined): Promise<void> {
    // In-memory layer dirs of dead builds are removed whether or not this build uses memory.
    if (this.asRoot) {
      // hoist itself is root, in the host's mount namespace: no process to start for it.
      await sweepTemp(this.opts.tempDir, this.opts.log);
      await sweepLayerTemps(this.opts.cacheDir);
      await sweepMemoryDirs(own);
      return;
    }
    await callWorker(this.opts.launcher, { op: 'sweep', tempDir: this.opts.tempDir, cacheDir: this.opts.cacheDir, memoryDir: own }, { onLog: this.opts.log });
  }

  /** Unpacked directories of the layers, bottom to top (unpacking the missing ones). */
  async layerDirs(layers: LayerSource[]): Promise<string[]> {
    return Promise.all(layers.map((l) => this.unpackViaWorker(l)));
  }

  /** The worker's unpacks, one at a time (creating inodes is what they wait on; two at once only contend). */
  private unpackQueue: Promise<unknown> = Promise.resolve();

  /** Unpacks queued or running. */
  private queued = 0;

  /** Callers waiting for the queue to empty. */
  private idleWaiters: (() => void)[] = [];

  /** Runs `f` after the unpacks queued before it. */
  private serially<T>(f: () => Promise<T>): Promise<T> {
    this.queued++;
    const p = this.unpackQueue.then(f, f).finally(() => {
      if (--this.queued === 0) for (const w of this.idleWaiters.splice(0)) w();
    });
    this.unpackQueue = p.catch(() => undefined);
    return p;
  }

  /** Resolves once no unpack is queued or running. */
  private whenIdle(): Promise<void> {
    return this.queued === 0 ? Promise.resolve() : new Promise((r) => this.idleWaiters.push(r));
  }

  private unpackViaWorker(layer: LayerSource): Promise<string> {
    let p = this.unpacking.get(layer.diffId);
    if (!p) {
      p = (async () => {
        const dir = layerDir(this.opts.cacheDir, layer.diffId);
        if (await stat(dir).then(() => true, () => false)) return dir;
        // The worker (root) reads the blob from a file: the request channel carries no bulk data. The source's own
        // local file when it has one (possibly still being downloaded: the worker follows it as it grows), else a
        // private temp copy.
        const t0 = performance.now();
        let ref = await layer.file?.();
        const local = ref?.path;
        const blob = local ?? path.join(this.opts.tempDir, `hoist-blob-${process.pid}-${randomBytes(6).toString('hex')}`);
        try {
          if (!local) {
            await mkdir(this.opts.tempDir, { recursive: true });
            await pipeline(await layer.open(), createWriteStream(blob, { mode: 0o600 }));
          }
          const t1 = performance.now();
          let t2 = t1;
          const memoryDir = await this.memoryLayerDir();
          // A blob still downloading is unpacked as it grows only when nothing else waits for the worker: holding
          // the queue for a whole download would keep layers that are already here waiting behind it. So it waits
          // for whichever comes first: the download's end (then the whole file is read), or the queue emptying
          // (then the unpack follows the download).
          if (ref?.growing) {
            const g = ref.growing;
            let end: { failed: Error | undefined } | undefined;
            void g.done.then((failed) => (end = { failed }));
            while (!end && this.queued > 0) await Promise.race([g.done, this.whenIdle()]);
            if (end) {
              if (end.failed) throw end.failed;
              ref = { path: g.final };
            }
          }
          // No await from the check above to the enqueueing below: a second growing blob sees this one queued.
          const growing = ref?.growing;
          const file = ref?.path ?? blob;
          // A file still being checked against its digest: the unpack runs meanwhile (it checks the diff_id itself),
          // and the layer is used only if the check passes; a failed check is the error, whatever the unpack did.
          const checked = ref?.checked;
          const unpacked = this.serially(async () => {
            t2 = performance.now();
            if (this.closed) throw new Error(`layer ${layer.diffId}: not unpacked, the sandbox executor is closed`);
            // A download that fails stops the file growing: the unpack following it is cancelled, and fails with
            // the download's error.
            const stop = new AbortController();
            let failure: Error | undefined;
            void growing?.done.then((e) => {
              failure = e;
              if (e) stop.abort();
            });
            try {
              return (await this.serving().request(
                { op: 'unpack', cacheDir: this.opts.cacheDir, diffId: layer.diffId, blob: file, memoryDir, growing: growing && { final: growing.final, size: growing.size } },
                { onLog: this.opts.log, signal: stop.signal },
              )) as { dir: string };
            } catch (e) {
              throw failure ?? e;
            }
          });
          const r = await unpacked.catch(async (e: unknown) => {
            throw (await checked) ?? e;
          });
          const bad = await checked;
          if (bad) throw bad;
          if (this.opts.trace) {
            const where = r.dir.startsWith(`${MEMORY_ROOT}/`) ? ' (in memory)' : '';
            this.opts.log(`sandbox: layer ${digestHex(layer.diffId).slice(0, 12)} ${growing ? 'first bytes' : 'fetched'} ${(t1 - t0).toFixed(0)} ms, queued ${(t2 - t1).toFixed(0)} ms, unpacked ${(performance.now() - t2).toFixed(0)} ms${where}`);
          }
          return r.dir;
        } finally {
          if (!local) await rm(blob, { force: true });
        }
      })();
      p.catch(() => this.unpacking.delete(layer.diffId));
      this.unpacking.set(layer.diffId, p);
    }
    return p;
  }

  async run(req: RunRequest): Promise<RunResult> {
    const tracked = this.opts.handleSignals === false ? { signal: req.signal ?? new AbortController().signal, settle: () => undefined } : trackRun(req.signal);
    const p = this.runTracked(req, tracked.signal);
    tracked.settle(p);
    return p;
  }

  private async runTracked(req: RunRequest, signal: AbortSignal): Promise<RunResult> {
    await mkdir(this.opts.tempDir, { recursive: true });
    const t = performance.now();
    await mkdir(path.join(this.opts.cacheDir, 'layers'), { recursive: true });
    const layerDirs = await this.layerDirs(req.layers);
    if (this.opts.trace) this.opts.log(`sandbox: layers ready ${(performance.now() - t).toFixed(1)} ms`);
    const id = `${process.pid}-${randomBytes(6).toString('hex')}`;
    const outTar = path.join(this.opts.tempDir, `hoist-diff-${id}.tar`);
    const uid = process.getuid?.() ?? 0;
    const gid = process.getgid?.() ?? 0;
    try {
      // A source in a view mounted after the worker started is not in its namespace: use a fresh worker.
      const fresh = req.mounts.some((m) => (m.type === 'bind' && underView(m.source)) || (m.type === 'cache' && m.from !== undefined && underView(m.from)));
      const worker = fresh ? new WorkerProcess(this.opts.launcher, true) : this.serving();
      const r = (await worker.request(
        {
          op: 'run',
          runDir: path.join(this.opts.tempDir, `${RUN_DIR_PREFIX}${id}`),
          cacheDir: this.opts.cacheDir,
          layerDirs,
          argv: req.argv,
          env: req.env,
          cwd: req.cwd,
          user: req.user,
          network: req.network,
          hostname: req.hostname,
          extraHosts: req.extraHosts,
          ulimits: req.ulimits,
          secretEnv: req.secretEnv,
          mounts: req.mounts,
          heredocFiles: req.heredocFiles?.map((f) => ({ path: f.path, mode: f.mode, content: f.content.toString('base64') })),
          sourceDateEpoch: req.sourceDateEpoch,
          outTar,
          owner: this.asRoot ? undefined : { uid, gid },
          trace: this.opts.trace,
          mounter: this.opts.mounter,
          layersDir: path.join(this.opts.cacheDir, 'layers'),
        },
        { onOutput: req.onOutput, onLog: this.opts.log, signal, argv: req.argv },
      ).finally(() => (fresh ? worker.close() : undefined))) as WorkerRunResult;
      return { exitCode: 0, diffTar: r.diffTar, empty: r.empty, diffId: r.diffId, release: () => rm(r.diffTar, { force: true }) };
    } catch (e) {
      await rm(outTar, { force: true }).catch(() => undefined);
      throw e;
    }
  }

  /** Ends the privileged worker (a new one starts on the next run). */
  async stopWorker(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    this.untrackWorker?.();
    this.untrackWorker = undefined;
    await w?.close();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.stopWorker();
    const own = await this.memoryDir;
    await this.sweepWith(own).catch((e: Error) => this.opts.log(`sandbox cleanup: ${e.message}`));
  }
}
