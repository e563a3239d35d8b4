/**
 * Extended attributes without a native addon: Node has no xattr API, so hoist batches the `attr` package's
 * programs - one `getfattr -R` per tree to read, one `setfattr --restore` per layer to write. Paths travel
 * as bytes with getfattr's octal escapes (`\012`, `\134`), so any file name works.
 */
import { spawn } from 'node:child_process';
import { byteString, under } from './paths.js';

/** Extended attributes of one file by full name. */
export type Xattrs = Record<string, Buffer>;

/** Runs a program with optional stdin bytes; resolves stdout bytes, rejects with stderr on failure. */
function runProgram(cmd: string, args: string[], input?: Buffer, okCodes: number[] = [0]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    child.on('error', (e) => reject(new Error(`${cmd}: ${e.message} (install the "attr" package)`)));
    child.on('close', (code) => {
      if (okCodes.includes(code ?? -1)) resolve(Buffer.concat(out));
      else reject(new Error(`${cmd} ${args.join(' ')} failed (exit ${code}): ${err.trim().split('\n').slice(0, 5).join('; ')}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? Buffer.alloc(0));
  });
}

/** Undoes getfattr's quoting: `\ooo` octal escapes (backslash itself is `\134`). */
function unquote(b: Buffer): Buffer {
  if (!b.includes(0x5c)) return b;
  const out: number[] = [];
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x5c && i + 3 < b.length && /^[0-7]{3}$/.test(b.toString('latin1', i + 1, i + 4))) {
      out.push(parseInt(b.toString('latin1', i + 1, i + 4), 8));
      i += 3;
    } else out.push(b[i]);
  }
  return Buffer.from(out);
}

/** Quotes a path for setfattr --restore: control bytes, space-like bytes, backslash and non-ASCII as `\ooo`. */
function quote(p: Buffer): string {
  let s = '';
  for (const c of p) s += c <= 0x20 || c >= 0x7f || c === 0x5c ? `\\${c.toString(8).padStart(3, '0')}` : String.fromCharCode(c);
  return s;
}

/**
 * Reads every extended attribute in a tree (symlinks not followed) with one `getfattr -R` run.
 * Returns relative byte-string paths ('' for the root itself) mapped to their attributes; files without
 * attributes are absent.
 */
export async function readTreeXattrs(root: string): Promise<Map<string, Xattrs>> {
  const rootBytes = Buffer.from(root.replace(/\/+$/, '') || '/');
  const out = await runProgram('getfattr', ['-R', '-P', '-h', '-d', '-m', '-', '-e', 'hex', '--absolute-names', '--', root]);
  const result = new Map<string, Xattrs>();
  let current: Xattrs | undefined;
  let start = 0;
  while (start < out.length) {
    let end = out.indexOf(0x0a, start);
    if (end < 0) end = out.length;
    const line = out.subarray(start, end);
    start = end + 1;
    if (line.length === 0) continue;
    if (line.toString('latin1', 0, 8) === '# file: ') {
      const abs = unquote(line.subarray(8));
      let rel: string;
      if (abs.equals(rootBytes)) rel = '';
      else if (abs.subarray(0, rootBytes.length + 1).equals(Buffer.concat([rootBytes, Buffer.from('/')]))) rel = byteString(abs.subarray(rootBytes.length + 1));
      else throw new Error(`getfattr: unexpected path ${abs.toString()} outside ${root}`);
      current = {};
      result.set(rel, current);
      continue;
    }
    const text = line.toString('latin1');
    const eq = text.indexOf('=');
    if (!current || eq <= 0) continue;
    const value = text.slice(eq + 1);
    current[unquote(line.subarray(0, eq)).toString('utf8')] = value.startsWith('0x') ? Buffer.from(value.slice(2), 'hex') : Buffer.alloc(0);
  }
  return result;
}

/**
 * Sets extended attributes on many files with one `setfattr -h --restore` run (symlinks themselves, never
 * their targets). `files` maps relative byte-string paths under `root` to the attributes to set; existing
 * attributes not named are kept. Rejects with setfattr's messages when any of them fails.
 */
export async function writeXattrs(root: Buffer, files: Map<string, Xattrs>): Promise<void> {
  if (files.size === 0) return;
  let script = '';
  for (const [rel, attrs] of files) {
    const names = Object.keys(attrs);
    if (names.length === 0) continue;
    script += `# file: ${quote(under(root, rel))}\n`;
    for (const name of names) script += `${quote(Buffer.from(name))}=0x${attrs[name].toString('hex')}\n`;
    script += '\n';
  }
  if (script !== '') await runProgram('setfattr', ['-h', '--restore=-'], Buffer.from(script, 'latin1'));
}
