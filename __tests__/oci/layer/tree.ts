import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';

/** One file-system object as tests compare it. */
export interface Node {
  path: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  mtime?: number;
  size?: number;
  sha256?: string;
  link?: string;
  rdev?: string;
  ino?: number;
}

function typeOf(st: ReturnType<typeof lstatSync>): string {
  if (!st) return '?';
  if (st.isDirectory()) return 'dir';
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isFile()) return 'file';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice()) return 'char';
  if (st.isBlockDevice()) return 'block';
  return 'socket';
}

/**
 * Walks a tree (names as UTF-8, or `\xNN` escapes for other bytes), sorted by bytes, depth first. With
 * `mtimes`, whole-second mtimes (`'ms'`: milliseconds); with `inodes`, inode numbers of multiply-linked non-directories.
 */
export function snapshot(root: string, opts: { mtimes?: boolean | 'ms'; inodes?: boolean } = {}): Node[] {
  const out: Node[] = [];
  const walk = (abs: Buffer, rel: string) => {
    const names = readdirSync(abs, { encoding: 'buffer' }).sort(Buffer.compare);
    for (const name of names) {
      const p = Buffer.concat([abs, Buffer.from('/'), name]);
      const text = name.toString('utf8');
      const shown = Buffer.from(text).equals(name) ? text : [...name].map((b) => (b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16)}`)).join('');
      const r = rel === '' ? shown : `${rel}/${shown}`;
      const st = lstatSync(p);
      const node: Node = { path: r, type: typeOf(st), mode: st.mode & 0o7777, uid: st.uid, gid: st.gid };
      if (opts.mtimes) node.mtime = opts.mtimes === 'ms' ? st.mtimeMs : Math.floor(st.mtimeMs / 1000);
      if (opts.inodes && st.nlink > 1 && !st.isDirectory()) node.ino = st.ino;
      if (node.type === 'file') {
        node.size = st.size;
        node.sha256 = createHash('sha256').update(readFileSync(p)).digest('hex');
      }
      if (node.type === 'symlink') node.link = readlinkSync(p, { encoding: 'buffer' }).toString('latin1');
      if (node.type === 'char' || node.type === 'block') node.rdev = `${((st.rdev >> 8) & 0xfff) | Math.floor(st.rdev / 2 ** 32) & ~0xfff}:${(st.rdev & 0xff) | ((st.rdev >> 12) & 0xfff00)}`;
      out.push(node);
      if (node.type === 'dir') walk(p, r);
    }
  };
  walk(Buffer.from(root), '');
  return out;
}

/** `getfattr -d` of one path (symlink itself), as name -> hex. */
export function xattrsOf(p: string): Record<string, string> {
  const out = execFileSync('getfattr', ['-h', '-d', '-m', '-', '-e', 'hex', '--absolute-names', p], { encoding: 'latin1' });
  const r: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([^#=][^=]*)=0x([0-9a-f]*)$/.exec(line);
    if (m) r[m[1]] = m[2];
  }
  return r;
}

/** Every xattr in a tree (`getfattr -R`), keyed by path relative to the root. */
export function treeXattrs(root: string): Record<string, Record<string, string>> {
  const out = execFileSync('getfattr', ['-R', '-P', '-h', '-d', '-m', '-', '-e', 'hex', '--absolute-names', root], { encoding: 'latin1' });
  const r: Record<string, Record<string, string>> = {};
  let cur: Record<string, string> = {};
  for (const line of out.split('\n')) {
    if (line.startsWith('# file: ')) r[line.slice(8 + root.length + 1)] = cur = {};
    else {
      const m = /^([^=]+)=0x([0-9a-f]*)$/.exec(line);
      if (m) cur[m[1]] = m[2];
    }
  }
  return r;
}
