import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { promisify } from 'node:util';
import { readTar, type ReadTarOptions } from '../../../src/oci/tar/reader.js';
import type { TarEntry } from '../../../src/oci/tar/types.js';
import { TarWriter } from '../../../src/oci/tar/writer.js';

const execFileP = promisify(execFile);

/** Runs a program (C locale); resolves with its stdout, rejects with its stderr. */
export async function run(cmd: string, args: string[], opts: { cwd?: string; input?: Buffer } = {}): Promise<string> {
  const child = execFileP(cmd, args, { cwd: opts.cwd, maxBuffer: 512 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C' } });
  if (opts.input) {
    child.child.stdin!.end(opts.input);
  }
  try {
    return (await child).stdout;
  } catch (e) {
    const err = e as Error & { stderr?: string };
    throw new Error(`${cmd} ${args.join(' ')}: ${err.message}\n${err.stderr ?? ''}`);
  }
}

/** Runs a program and returns stdout as bytes. */
export async function runBytes(cmd: string, args: string[], cwd?: string): Promise<Buffer> {
  const r = await execFileP(cmd, args, { cwd, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 });
  return r.stdout;
}

/** Collects a stream into one Buffer. */
export async function collect(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(Buffer.from(c as Buffer));
  return Buffer.concat(parts);
}

/** Writes entries (with optional contents) into tar bytes with TarWriter. */
export async function tarOf(items: (TarEntry & { data?: Buffer })[]): Promise<Buffer> {
  const out = new PassThrough();
  const done = collect(out);
  const w = new TarWriter(out);
  for (const { data, ...entry } of items) await w.add(entry, data ?? (entry.type === 'file' ? Buffer.alloc(0) : undefined));
  await w.finish();
  return done;
}

/** Reads tar bytes back into entries and contents. */
export async function entriesOf(tar: Buffer | Readable, opts: ReadTarOptions = {}): Promise<{ entry: TarEntry; data: Buffer }[]> {
  const out: { entry: TarEntry; data: Buffer }[] = [];
  for await (const { entry, body } of readTar(Buffer.isBuffer(tar) ? Readable.from([tar]) : tar, opts)) {
    out.push({ entry, data: await collect(body) });
  }
  return out;
}

/** A temporary directory removed by the returned cleanup. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `hoist-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A default file entry to spread over. */
export function fileEntry(p: string, data: Buffer | string, extra: Partial<TarEntry> = {}): TarEntry & { data: Buffer } {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  return { path: p, type: 'file', mode: 0o644, uid: 0, gid: 0, size: bytes.length, mtime: 1700000000, data: bytes, ...extra };
}
