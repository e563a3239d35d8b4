/**
 * Running the builders' commands from the benchmark: asynchronous (the benchmark's own event loop serves the
 * counting proxies and the Actions cache service while a build runs), output appended to a log file, errors that
 * name the command and end with the log's tail.
 */
import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** Options of `run`. */
export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Output (stdout and stderr) is appended here; without it, output is captured and returned. */
  log?: string;
  /** A non-zero exit is returned instead of thrown. */
  allowFailure?: boolean;
  /** Killed (SIGKILL) after this long; default 45 minutes. */
  timeoutMs?: number;
}

/** The outcome of a command. */
export interface RunResult {
  code: number;
  /** Captured output (only without `log`). */
  output: string;
  ms: number;
}

/** A command's failure: names the command and carries the end of its output. */
export class CommandError extends Error {
  constructor(readonly command: string, readonly code: number, readonly tail: string) {
    super(`${command} exited with ${code}:\n${tail}`);
  }
}

/** Runs `cmd args`, waits for it, and throws a CommandError on a non-zero exit (unless `allowFailure`). */
export async function run(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const fd = opts.log ? openSync(opts.log, 'a') : undefined;
  const chunks: Buffer[] = [];
  const t0 = performance.now();
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(cmd, args, { env: opts.env ?? process.env, cwd: opts.cwd, stdio: ['ignore', fd ?? 'pipe', fd ?? 'pipe'] });
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    child.stderr?.on('data', (c: Buffer) => chunks.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 45 * 60_000);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${cmd}: ${e.message}`));
    });
    child.once('close', (c, sig) => {
      clearTimeout(timer);
      resolve(c ?? (sig ? 128 : 1));
    });
  }).finally(() => {
    if (fd !== undefined) closeSync(fd);
  });
  const ms = performance.now() - t0;
  const output = Buffer.concat(chunks).toString('utf8');
  if (code !== 0 && !opts.allowFailure) {
    const text = opts.log ? await readFile(opts.log, 'utf8').catch(() => '') : output;
    throw new CommandError([cmd, ...args].join(' '), code, text.split('\n').slice(-40).join('\n'));
  }
  return { code, output, ms };
}

/** Runs a command and returns its trimmed output (throws on failure). */
export async function capture(cmd: string, args: readonly string[], opts: Omit<RunOptions, 'log'> = {}): Promise<string> {
  return (await run(cmd, args, opts)).output.trim();
}
