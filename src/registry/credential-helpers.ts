import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { ReadTextFile, RunHelper } from './credentials.js';

/** Reads a UTF-8 file, resolving undefined when it does not exist (the Node implementation of ReadTextFile). */
export const readTextFile: ReadTextFile = async (path) => {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
};

/**
 * Runs a docker credential helper found on PATH (the Node implementation of RunHelper). `env` is the
 * environment it sees; it is killed after `timeoutMs`.
 */
export function spawnHelper(env: NodeJS.ProcessEnv, timeoutMs = 30000): RunHelper {
  return (program, args, input) =>
    new Promise((resolve, reject) => {
      const child = spawn(program, args, { env, stdio: ['pipe', 'pipe', 'pipe'], timeout: timeoutMs });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.once('error', reject);
      child.once('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
      child.stdin.on('error', () => undefined);
      child.stdin.end(input);
    });
}
