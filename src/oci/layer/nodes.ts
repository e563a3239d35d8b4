/**
 * Device nodes and FIFOs without a native addon: Node cannot mknod, so hoist writes the pending special
 * files of a layer into a small tar of its own and lets GNU tar create them in one run (`mknod` per node
 * would cost a process each; a layer can carry thousands of whiteouts). Callers guarantee that every parent
 * directory is a real directory inside the root (no symlinks), so GNU tar never follows one.
 */
import { spawn } from 'node:child_process';
import { TarWriter } from '../tar/writer.js';
import type { TarEntry } from '../tar/types.js';

/**
 * Creates the given char/block/fifo entries (and hardlinks to them) under `root` with GNU tar, keeping
 * mode, owner, device numbers and mtime. Entry paths are relative to `root`. Rejects with tar's messages.
 */
export async function createSpecialFiles(root: string, entries: TarEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const child = spawn('tar', ['-x', '-f', '-', '-C', root, '--numeric-owner', '--same-owner', '--same-permissions', '--no-overwrite-dir'], {
    stdio: ['pipe', 'ignore', 'pipe'],
    env: { ...process.env, LC_ALL: 'C' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', (e) => reject(new Error(`tar: ${e.message} (GNU tar creates device nodes and FIFOs)`)));
    child.on('close', (code) => resolve(code));
  });
  child.stdin.on('error', () => undefined); // a tar that died early reports through its exit code
  const writer = new TarWriter(child.stdin);
  try {
    for (const e of entries) await writer.add(e);
    await writer.finish();
  } catch {
    // tar exited; its status says why
  }
  const code = await exited;
  if (code !== 0) throw new Error(`creating device nodes and FIFOs under ${root} with tar failed (exit ${code}): ${stderr.trim().split('\n').slice(0, 5).join('; ')}`);
}
