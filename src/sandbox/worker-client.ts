/**
 * hoist's side of the sandbox worker: starts it (as root directly, or through passwordless sudo), sends
 * one request, relays the step's output and the worker's log lines, and turns its answer back into a value
 * or the matching error. Cancelling sends `cancel` and waits for the worker's cleanup.
 */
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { FrameDecoder, FrameType, type WorkerMessage } from './protocol.js';
import { SYSTEM_ENV } from './sys.js';
import { RunCancelledError, RunError, SandboxError } from './types.js';
import type { WorkerRequest } from './worker.js';

/** How to start the worker. */
export interface WorkerLauncher {
  /** Prefix that runs a command as root: [] when hoist is root, ['sudo', '-n', '--'] under sudo. */
  privilege: string[];
  /** Absolute path of the node binary (process.execPath). */
  node: string;
  /** The bundled worker script (`sandbox-worker.js`). */
  script: string;
  /** Absolute paths of util-linux setpriv and unshare. */
  setpriv: string;
  unshare: string;
}

/** Options of one worker call. */
export interface WorkerCallOptions {
  /** Start inside new mount/UTS/IPC namespaces (and a network one when `network` is 'none'). */
  namespaces?: { network: boolean };
  /** Bytes sent after the request line (the blob of `unpack`). */
  input?: Readable;
  onOutput?(stream: 'stdout' | 'stderr', chunk: Buffer): void;
  onLog?(message: string): void;
  signal?: AbortSignal;
  /** argv of the step, for error messages. */
  argv?: string[];
}

function commandFor(l: WorkerLauncher, opts: WorkerCallOptions): string[] {
  const worker = [l.node, l.script];
  if (!opts.namespaces) return [...l.privilege, ...worker];
  return [
    ...l.privilege,
    l.setpriv, '--pdeathsig=TERM', '--',
    l.unshare, '--mount', '--uts', '--ipc', ...(opts.namespaces.network ? ['--net'] : []), '--propagation', 'private', '--',
    ...worker,
  ];
}

function toError(msg: Extract<WorkerMessage, { kind: 'error' }>, argv: string[]): Error {
  switch (msg.name) {
    case 'RunError':
      return new RunError(argv, msg.exitCode ?? 1, msg.lastOutput ?? []);
    case 'RunCancelledError':
      return new RunCancelledError(argv);
    case 'AbortError':
      return new RunCancelledError(argv);
    default:
      return new SandboxError(msg.message);
  }
}

/** Runs one worker request; resolves with its result value or rejects with RunError, RunCancelledError or SandboxError. */
export function callWorker(l: WorkerLauncher, req: WorkerRequest, opts: WorkerCallOptions = {}): Promise<unknown> {
  const [cmd, ...args] = commandFor(l, opts);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: SYSTEM_ENV, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    const decoder = new FrameDecoder();
    let answer: WorkerMessage | undefined;
    let stderr = '';
    let failure: Error | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    const onAbort = (): void => {
      if (!child.stdin.writableEnded) child.stdin.write('cancel\n');
      killTimer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }, 30_000);
      killTimer.unref();
    };
    child.stdout.on('data', (chunk: Buffer) => {
      try {
        for (const f of decoder.push(chunk)) {
          if (f.type === FrameType.stdout) opts.onOutput?.('stdout', f.payload);
          else if (f.type === FrameType.stderr) opts.onOutput?.('stderr', f.payload);
          else {
            const msg = JSON.parse(f.payload.toString('utf8')) as WorkerMessage;
            if (msg.kind === 'log') opts.onLog?.(msg.message);
            else {
              answer = msg;
              if (!child.stdin.writableEnded) child.stdin.end();
            }
          }
        }
      } catch (e) {
        failure = e as Error;
      }
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString('utf8')).slice(-4000);
    });
    child.stdin.on('error', () => undefined);
    child.on('error', (e) => {
      failure = new SandboxError(`cannot start the sandbox worker (${cmd}): ${e.message}`);
    });
    child.on('close', (code, sig) => {
      opts.signal?.removeEventListener('abort', onAbort);
      if (killTimer) clearTimeout(killTimer);
      const argv = opts.argv ?? [];
      if (answer?.kind === 'result') resolve(answer.value);
      else if (answer?.kind === 'error') reject(toError(answer, argv));
      else if (opts.signal?.aborted) reject(new RunCancelledError(argv));
      else reject(failure ?? new SandboxError(`sandbox worker (${cmd}) ended (${sig ?? `exit ${code}`}) without an answer${stderr.trim() ? `: ${stderr.trim()}` : ''}`));
    });
    child.stdin.write(JSON.stringify(req) + '\n');
    if (opts.input) {
      opts.input.on('error', (e) => {
        failure = e;
        child.stdin.destroy();
      });
      opts.input.pipe(child.stdin);
    } else if (!opts.namespaces) child.stdin.end();
    if (opts.signal?.aborted) onAbort();
    else opts.signal?.addEventListener('abort', onAbort, { once: true });
  });
}
