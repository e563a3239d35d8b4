/**
 * hoist's side of the sandbox worker: a worker process (as root directly, or through passwordless sudo)
 * serving requests for as long as hoist needs it, or one started for a single request. Relays each step's
 * output and the worker's log lines, turns answers back into values or the matching errors, and cancels a
 * request by sending `{"cancel":id}` (the worker then stops the step and cleans up).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
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

/** Options of one request. */
export interface RequestOptions {
  onOutput?(stream: 'stdout' | 'stderr', chunk: Buffer): void;
  onLog?(message: string): void;
  signal?: AbortSignal;
  /** argv of the step, for error messages. */
  argv?: string[];
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
  opts: RequestOptions;
  onAbort?: () => void;
}

function toError(msg: Extract<WorkerMessage, { kind: 'error' }>, argv: string[]): Error {
  switch (msg.name) {
    case 'RunError':
      return new RunError(argv, msg.exitCode ?? 1, msg.lastOutput ?? []);
    case 'RunCancelledError':
    case 'AbortError':
      return new RunCancelledError(argv);
    default:
      return new SandboxError(msg.message);
  }
}

/** One worker process. `privateMounts`: started in a mount namespace of its own (for runs). */
export class WorkerProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private readonly decoder = new FrameDecoder();
  private nextId = 1;
  private stderr = '';
  private closed: Promise<void>;
  private dead: Error | undefined;

  constructor(readonly launcher: WorkerLauncher, privateMounts: boolean) {
    const worker = [launcher.node, launcher.script];
    const argv = privateMounts
      ? [...launcher.privilege, launcher.setpriv, '--pdeathsig=TERM', '--', launcher.unshare, '--mount', '--propagation', 'private', '--', ...worker]
      : [...launcher.privilege, ...worker];
    const [cmd, ...args] = argv;
    this.child = spawn(cmd, args, { env: SYSTEM_ENV, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    this.child.stdout.on('data', (c: Buffer) => this.onData(c));
    this.child.stderr.on('data', (d: Buffer) => {
      this.stderr = (this.stderr + d.toString('utf8')).slice(-4000);
    });
    this.child.stdin.on('error', () => undefined);
    this.closed = new Promise((resolve) => {
      this.child.on('error', (e) => {
        this.dead = new SandboxError(`cannot start the sandbox worker (${cmd}): ${e.message}`);
      });
      this.child.on('close', (code, sig) => {
        this.dead ??= new SandboxError(`sandbox worker (${cmd}) ended (${sig ?? `exit ${code}`})${this.stderr.trim() ? `: ${this.stderr.trim()}` : ''}`);
        for (const [id, p] of this.pending) this.settle(id, p, () => p.reject(p.opts.signal?.aborted ? new RunCancelledError(p.opts.argv ?? []) : this.dead!));
        resolve();
      });
    });
    this.idle();
  }

  /** True once the process has ended (a new one is needed). */
  get ended(): boolean {
    return this.dead !== undefined;
  }

  private onData(chunk: Buffer): void {
    let frames;
    try {
      frames = this.decoder.push(chunk);
    } catch (e) {
      this.dead = e as Error;
      this.child.kill('SIGKILL');
      return;
    }
    for (const f of frames) {
      const p = this.pending.get(f.id);
      if (!p) continue;
      if (f.type === FrameType.stdout) p.opts.onOutput?.('stdout', f.payload);
      else if (f.type === FrameType.stderr) p.opts.onOutput?.('stderr', f.payload);
      else {
        const msg = JSON.parse(f.payload.toString('utf8')) as WorkerMessage;
        if (msg.kind === 'log') p.opts.onLog?.(msg.message);
        else if (msg.kind === 'result') this.settle(f.id, p, () => p.resolve(msg.value));
        else this.settle(f.id, p, () => p.reject(toError(msg, p.opts.argv ?? [])));
      }
    }
  }

  private settle(id: number, p: Pending, fn: () => void): void {
    this.pending.delete(id);
    if (p.onAbort) p.opts.signal?.removeEventListener('abort', p.onAbort);
    fn();
    this.idle();
  }

  /** An idle worker must not keep hoist alive; a busy one must. */
  private idle(): void {
    const busy = this.pending.size > 0;
    for (const s of [this.child.stdout, this.child.stderr, this.child.stdin] as unknown as { ref?(): void; unref?(): void }[]) {
      if (busy) s.ref?.();
      else s.unref?.();
    }
    if (busy) this.child.ref();
    else this.child.unref();
  }

  /** Sends a request; resolves with its result or rejects with RunError, RunCancelledError or SandboxError. */
  request(req: WorkerRequest, opts: RequestOptions = {}): Promise<unknown> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const p: Pending = { resolve, reject, opts };
      this.pending.set(id, p);
      this.idle();
      this.child.stdin.write(`${JSON.stringify({ id, req })}\n`);
      if (opts.signal) {
        p.onAbort = () => void this.child.stdin.write(`${JSON.stringify({ cancel: id })}\n`);
        if (opts.signal.aborted) p.onAbort();
        else opts.signal.addEventListener('abort', p.onAbort, { once: true });
      }
    });
  }

  /** Ends the worker (it cancels what is still running and cleans up) and waits for it. */
  async close(): Promise<void> {
    if (!this.child.stdin.writableEnded) this.child.stdin.end();
    this.child.ref();
    await this.closed;
  }
}

/** Runs one request in a worker of its own (no private namespace), then ends it. */
export async function callWorker(l: WorkerLauncher, req: WorkerRequest, opts: RequestOptions = {}): Promise<unknown> {
  const w = new WorkerProcess(l, false);
  try {
    return await w.request(req, opts);
  } finally {
    await w.close();
  }
}
