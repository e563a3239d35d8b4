/**
 * The privileged sandbox worker: a Node process hoist starts as root (directly, or through `sudo -n` on
 * GitHub-hosted runners) for the privileged parts only. It reads one request line on stdin and answers in
 * frames on stdout (`protocol.ts`). Operations:
 *
 * - `run`: one RUN step (`sandbox-run.ts`); started inside `unshare --mount --uts --ipc [--net]`;
 * - `unpack`: unpack the blob that follows the request line into the layer store;
 * - `sweep`: remove what crashed runs left in a temp dir (dirs of dead processes);
 * - `mount-view` / `unmount-view`: the read-only merged view of layers (`mountRootfs`), in the host's
 *   mount namespace so the caller can read it.
 *
 * End of stdin, a `cancel` line, SIGTERM, SIGINT or SIGHUP stop a running step and clean up before exiting.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { parseDigest } from '../oci/digest.js';
import { sweepLayerTemps, unpackInto } from './layer-store.js';
import { mountLowerView } from './overlay.js';
import { encodeFrame, encodeMessage, FrameType, type WorkerMessage } from './protocol.js';
import { runInSandbox, type WorkerRunRequest } from './sandbox-run.js';
import { removeTree, unmountAll } from './sys.js';
import { RunCancelledError, RunError } from './types.js';

/** Requests the worker understands. */
export type WorkerRequest =
  | WorkerRunRequest
  | { op: 'unpack'; cacheDir: string; diffId: string }
  | { op: 'sweep'; tempDir: string; cacheDir: string }
  | { op: 'mount-view'; dir: string; layerDirs: string[] }
  | { op: 'unmount-view'; dir: string };

/** Prefix of every run and view directory, followed by the owning process id. */
export const RUN_DIR_PREFIX = 'hoist-run-';
/** Prefix of read-only view directories. */
export const VIEW_DIR_PREFIX = 'hoist-view-';

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

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

function send(msg: WorkerMessage): void {
  process.stdout.write(encodeMessage(msg));
}

function errorMessage(e: unknown): WorkerMessage {
  if (e instanceof RunError) return { kind: 'error', name: 'RunError', message: e.message, exitCode: e.exitCode, lastOutput: e.lastOutput };
  const err = e as Error;
  return { kind: 'error', name: err?.name ?? 'Error', message: err?.message ?? String(e) };
}

async function handle(req: WorkerRequest, rest: PassThrough, abort: AbortController): Promise<unknown> {
  const log = (message: string): void => send({ kind: 'log', message });
  switch (req.op) {
    case 'run':
      return runInSandbox(
        req,
        (stream, chunk) => process.stdout.write(encodeFrame(stream === 'stdout' ? FrameType.stdout : FrameType.stderr, chunk)),
        abort.signal,
        log,
      );
    case 'unpack':
      return { dir: await unpackInto(req.cacheDir, parseDigest(req.diffId), rest) };
    case 'sweep':
      await sweepTemp(req.tempDir, log);
      await sweepLayerTemps(req.cacheDir);
      return {};
    case 'mount-view':
      await mountLowerView(path.join(req.dir, 'links'), req.layerDirs, path.join(req.dir, 'root'));
      return {};
    case 'unmount-view':
      await unmountAll(req.dir);
      await removeTree(req.dir);
      return {};
  }
}

/** Reads the request line, runs it, writes the result; resolves with the process exit code. */
export async function runWorker(): Promise<number> {
  const abort = new AbortController();
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(sig, () => abort.abort());
  const rest = new PassThrough();
  let head = Buffer.alloc(0);
  let req: WorkerRequest | undefined;
  const got = new Promise<WorkerRequest>((resolve, reject) => {
    process.stdin.on('data', (d: Buffer) => {
      if (req) {
        if (req.op !== 'unpack') {
          if (d.toString('utf8').includes('cancel')) abort.abort();
        } else if (!rest.write(d)) {
          process.stdin.pause();
          rest.once('drain', () => process.stdin.resume());
        }
        return;
      }
      head = Buffer.concat([head, d]);
      const nl = head.indexOf(0x0a);
      if (nl < 0) return;
      try {
        req = JSON.parse(head.subarray(0, nl).toString('utf8')) as WorkerRequest;
      } catch (e) {
        reject(new Error(`sandbox worker: bad request line: ${(e as Error).message}`));
        return;
      }
      const tail = head.subarray(nl + 1);
      if (req.op === 'unpack' && tail.length) rest.write(tail);
      resolve(req);
    });
    process.stdin.on('end', () => {
      if (!req) reject(new Error('sandbox worker: no request'));
      else if (req.op === 'unpack') rest.end();
      else abort.abort();
    });
  });
  let code = 0;
  try {
    const value = await handle(await got, rest, abort);
    send({ kind: 'result', value });
  } catch (e) {
    send(errorMessage(abort.signal.aborted && !(e instanceof RunError) && !(e instanceof RunCancelledError) ? new RunCancelledError([]) : e));
    code = 1;
  }
  await new Promise<void>((resolve) => process.stdout.write(Buffer.alloc(0), () => resolve()));
  return code;
}
