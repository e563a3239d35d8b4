/**
 * The privileged sandbox worker: a Node process hoist starts as root (directly, or through `sudo -n` on
 * GitHub-hosted runners) for the privileged parts only, and keeps for the whole build. It serves requests
 * (`protocol.ts`) concurrently:
 *
 * - `run`: one RUN step (`sandbox-run.ts`); the worker runs in `unshare --mount`, its own mount namespace;
 * - `unpack`: unpack a blob file into the layer store (hoist unprivileged: the worker owns the store), or into
 *   the build's in-memory layer directory (`memory-layers.ts`);
 * - `sweep`: remove what crashed runs left in a temp dir (dirs of dead processes), and in-memory layer dirs
 *   of dead processes and of the closing build;
 * - `mount-view` / `unmount-view`: the read-only merged view of layers (`mountRootfs`), from a worker in
 *   the host's mount namespace so the caller can read it;
 * - `export-tar`: the `tar` output for a caller that is not root (`exportTarPrivileged`).
 *
 * `{"cancel":id}` cancels one request; end of stdin, SIGTERM, SIGINT or SIGHUP cancel all, and the worker
 * exits once every request has cleaned up.
 */
import { createReadStream } from 'node:fs';
import { chown, mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseDigest } from '../oci/digest.js';
import { writeDirAsLayer } from '../oci/layer/diff.js';
import { readGrowingFile } from './growing-file.js';
import { sweepLayerTemps, unpackInto } from './layer-store.js';
import { memoryDirOwner, sweepMemoryDirs, unpackPreferringMemory } from './memory-layers.js';
import { mountLowerView } from './overlay.js';
import { encodeFrame, encodeMessage, FrameType, type WorkerMessage } from './protocol.js';
import { runInSandbox, type WorkerRunRequest } from './sandbox-run.js';
import { pidAlive, removeTree, unmountAll } from './sys.js';
import { RunCancelledError, RunError } from './types.js';

/** Requests the worker understands. */
export type WorkerRequest =
  | WorkerRunRequest
  | { op: 'unpack'; cacheDir: string; diffId: string; blob: string; memoryDir?: string; growing?: { final: string; size: number } }
  | { op: 'sweep'; tempDir: string; cacheDir: string; memoryDir?: string }
  | { op: 'mount-view'; dir: string; layerDirs: string[] }
  | { op: 'unmount-view'; dir: string }
  | ExportTarRequest;

/**
 * `export-tar`: the merged filesystem of each view (one per platform, `name` its directory, `''` for a lone one) as
 * one tarball `dir/out.tar` in the layer tar format, owners kept, then given to `uid:gid` (BuildKit's `tar` exporter
 * for a caller that is not root: only the worker can read every file and keep its owner). The views are mounted
 * under `dir` and gone when the request ends.
 */
export interface ExportTarRequest {
  op: 'export-tar';
  dir: string;
  views: { name: string; layerDirs: string[] }[];
  uid: number;
  gid: number;
  /** Every entry's mtime (SOURCE_DATE_EPOCH, seconds), as BuildKit's exporter sets it. */
  mtime?: number;
}

/** The tarball an `export-tar` request leaves in its directory. */
export const EXPORT_TAR_FILE = 'out.tar';

async function exportTarFromViews(req: ExportTarRequest): Promise<void> {
  const root = path.join(req.dir, 'root');
  try {
    await mkdir(root, { mode: 0o755 });
    for (const [i, v] of req.views.entries()) {
      if (req.views.length > 1 && (!/^[A-Za-z0-9_.-]+$/.test(v.name) || v.name.startsWith('.'))) throw new Error(`bad view name ${JSON.stringify(v.name)}`);
      await mountLowerView(path.join(req.dir, `links-${i}`), v.layerDirs, req.views.length > 1 ? path.join(root, v.name) : root);
    }
    const out = path.join(req.dir, EXPORT_TAR_FILE);
    await writeDirAsLayer(root, out, req.mtime !== undefined ? { mtime: req.mtime } : {});
    await chown(out, req.uid, req.gid);
  } finally {
    await unmountAll(req.dir);
    for (const name of await readdir(req.dir)) if (name !== EXPORT_TAR_FILE) await removeTree(path.join(req.dir, name));
  }
}

/** Prefix of every run directory, followed by the owning process id. */
export const RUN_DIR_PREFIX = 'hoist-run-';
/** Prefix of read-only view directories. */
export const VIEW_DIR_PREFIX = 'hoist-view-';

/** Removes run and view dirs under `tempDir` whose owning process (pid in the name) is gone. */
export async function sweepTemp(tempDir: string, log: (m: string) => void): Promise<void> {
  const names = await readdir(tempDir).catch(() => [] as string[]);
  for (const n of names) {
    const m = new RegExp(`^(?:${RUN_DIR_PREFIX}|${VIEW_DIR_PREFIX})(\\d+)-`).exec(n);
    if (!m || pidAlive(Number(m[1]))) continue;
    const dir = path.join(tempDir, n);
    await unmountAll(dir).catch((e: Error) => log(`sweep ${dir}: ${e.message}`));
    await removeTree(dir).catch((e: Error) => log(`sweep ${dir}: ${e.message}`));
  }
}

function errorMessage(e: unknown): WorkerMessage {
  if (e instanceof RunError) return { kind: 'error', name: 'RunError', message: e.message, exitCode: e.exitCode, lastOutput: e.lastOutput };
  const err = e as Error;
  return { kind: 'error', name: err?.name ?? 'Error', message: err?.message ?? String(e) };
}

/** An in-memory layer dir named by a request: only a build's own kind of directory directly under the root. */
function memoryDirChecked(dir: string): string {
  if (memoryDirOwner(dir) === undefined) throw new Error(`not an in-memory layer directory: ${dir}`);
  return dir;
}

async function handle(id: number, req: WorkerRequest, signal: AbortSignal): Promise<unknown> {
  const log = (message: string): void => void process.stdout.write(encodeMessage(id, { kind: 'log', message }));
  switch (req.op) {
    case 'run':
      return runInSandbox(
        req,
        (stream, chunk) => process.stdout.write(encodeFrame(stream === 'stdout' ? FrameType.stdout : FrameType.stderr, id, chunk)),
        signal,
        log,
      );
    case 'unpack': {
      // A blob still being downloaded (`growing`) is read as it grows, up to its size. A whole file is read in
      // 1 MiB chunks (fewer, larger inflate calls: the Debian base inflates ~20% faster than with 64 KiB reads).
      const { blob, growing } = req;
      const source = { size: growing?.size ?? (await stat(blob)).size, open: () => (growing ? readGrowingFile({ path: blob, ...growing }, signal) : createReadStream(blob, { highWaterMark: 1 << 20 })) };
      if (req.memoryDir !== undefined) return { dir: await unpackPreferringMemory(req.cacheDir, memoryDirChecked(req.memoryDir), parseDigest(req.diffId), source, { log, signal }) };
      return { dir: await unpackInto(req.cacheDir, parseDigest(req.diffId), source.open()) };
    }
    case 'sweep':
      await sweepTemp(req.tempDir, log);
      await sweepLayerTemps(req.cacheDir);
      await sweepMemoryDirs(req.memoryDir === undefined ? undefined : memoryDirChecked(req.memoryDir));
      return {};
    case 'mount-view':
      await mountLowerView(path.join(req.dir, 'links'), req.layerDirs, path.join(req.dir, 'root'));
      return {};
    case 'unmount-view':
      await unmountAll(req.dir);
      await removeTree(req.dir);
      return {};
    case 'export-tar':
      await exportTarFromViews(req);
      return {};
  }
}

/** Serves requests from stdin until it ends; resolves once every request has finished. */
export async function serveWorker(): Promise<void> {
  const active = new Map<number, { abort: AbortController; done: Promise<void> }>();
  const cancelAll = (): void => {
    for (const a of active.values()) a.abort.abort();
  };
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(sig, cancelAll);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let msg: { id?: number; req?: WorkerRequest; cancel?: number };
    try {
      msg = JSON.parse(line) as typeof msg;
    } catch {
      process.stderr.write(`hoist sandbox worker: bad request line\n`);
      continue;
    }
    if (typeof msg.cancel === 'number') {
      active.get(msg.cancel)?.abort.abort();
      continue;
    }
    if (typeof msg.id !== 'number' || !msg.req) continue;
    const id = msg.id;
    const req = msg.req;
    const abort = new AbortController();
    const done = handle(id, req, abort.signal).then(
      (value) => void process.stdout.write(encodeMessage(id, { kind: 'result', value })),
      (e: unknown) => {
        const cancelled = abort.signal.aborted && !(e instanceof RunError);
        process.stdout.write(encodeMessage(id, errorMessage(cancelled && !(e instanceof RunCancelledError) ? new RunCancelledError([]) : e)));
      },
    ).finally(() => active.delete(id));
    active.set(id, { abort, done });
  }
  // stdin ended: hoist is done or gone.
  cancelAll();
  await Promise.allSettled([...active.values()].map((a) => a.done));
  await new Promise<void>((resolve) => process.stdout.write(Buffer.alloc(0), () => resolve()));
}
