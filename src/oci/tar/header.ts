/**
 * Tar header blocks, written the way Go's archive/tar writes them for containerd's ChangeWriter (which is
 * what BuildKit and `docker build` use for layers), so the same entries give the same bytes:
 *
 * - a plain ustar header (magic `ustar\0`, version `00`, 7-digit octal fields + NUL, checksum `nnnnnn\0 `,
 *   empty uname/gname, devmajor/devminor written as octal zero) when every field fits; an ASCII name longer
 *   than 100 bytes is split into prefix/name when it can be;
 * - otherwise one PAX extended header (`x`) before it, whose records are sorted by key, named
 *   `<dir>/PaxHeaders.0/<base>` (ASCII only, at most 100 bytes), holding `path`, `linkpath`, `uid`, `gid`,
 *   `size`, `mtime` (whole seconds) and `SCHILY.xattr.<name>` records as raw bytes (binary-safe), and the
 *   ustar header that follows it carries the ASCII part of the name and zero for fields that did not fit.
 *
 * Never written: uname/gname, atime/ctime, GNU or sparse extensions.
 */
import { TarFormatError, linknameBytesOf, pathBytesOf, type TarEntry, type TarEntryType } from './types.js';

/** Size of a tar block. */
export const BLOCK = 512;

const TYPEFLAG: Record<TarEntryType, number> = {
  file: 0x30, hardlink: 0x31, symlink: 0x32, char: 0x33, block: 0x34, dir: 0x35, fifo: 0x36,
};

/** True when `n` fits an octal field of `width` bytes (width-1 digits and a NUL), as Go's fitsInOctal. */
export function fitsInOctal(width: number, n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < 8 ** (width - 1);
}

/** Copies `s` into the field, NUL-terminating when it is shorter (Go's formatter.formatString). */
function putString(block: Buffer, off: number, width: number, s: Buffer): void {
  s.copy(block, off, 0, Math.min(width, s.length));
  if (s.length < width) block[off + s.length] = 0;
  // Readers that treat a v7 name ending in '/' as a directory must not be misled by a truncated name.
  if (s.length > width && block[off + width - 1] === 0x2f) {
    let n = width - 1;
    while (n > 0 && s[n - 1] === 0x2f) n--;
    block[off + n] = 0;
  }
}

/** Writes zero-padded octal digits and a NUL; values that do not fit become 0 (Go's formatOctal). */
function putOctal(block: Buffer, off: number, width: number, n: number): void {
  const v = fitsInOctal(width, n) ? n : 0;
  putString(block, off, width, Buffer.from(v.toString(8).padStart(width - 1, '0'), 'latin1'));
}

function isAscii(b: Buffer): boolean {
  for (const c of b) if (c >= 0x80) return false;
  return true;
}

/** Keeps the ASCII bytes of a name, dropping NUL and non-ASCII bytes (Go's toASCII). */
function toAscii(b: Buffer): Buffer {
  return isAscii(b) && !b.includes(0) ? b : Buffer.from(b.filter((c) => c !== 0 && c < 0x80));
}

/** Splits a long ASCII name into ustar prefix (<= 155) and name (<= 100), as Go's splitUSTARPath. */
function splitUstarPath(name: Buffer): [Buffer, Buffer] | undefined {
  let length = name.length;
  if (length <= 100 || !isAscii(name)) return undefined;
  if (length > 156) length = 156;
  else if (name[length - 1] === 0x2f) length--;
  const i = name.subarray(0, length).lastIndexOf(0x2f);
  const nlen = name.length - i - 1;
  if (i <= 0 || nlen > 100 || nlen === 0 || i > 155) return undefined;
  return [name.subarray(0, i), name.subarray(i + 1)];
}

/** Computes and stores the header checksum (6 octal digits, NUL, space). */
function seal(block: Buffer): Buffer {
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const c of block) sum += c;
  putOctal(block, 148, 7, sum);
  block[155] = 0x20;
  return block;
}

/** Sets the ustar magic and version (`ustar\0` `00`), shared by Go's USTAR and PAX formats. */
function setMagic(block: Buffer): void {
  block.write('ustar\x0000', 257, 'latin1');
}

/** Encodes one PAX record `"<len> <key>=<value>\n"`, where len counts the whole record. */
export function paxRecord(key: string, value: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(` ${key}=`, 'utf8'), value, Buffer.from('\n')]);
  let size = body.length + String(body.length).length;
  if (String(size).length + body.length !== size) size = String(size).length + body.length;
  return Buffer.concat([Buffer.from(String(size), 'latin1'), body]);
}

/** Name of the PAX header block for `name`: `dir/PaxHeaders.0/base`, as Go's writer forms it. */
function paxHeaderName(name: Buffer): Buffer {
  // Go: path.Join(path.Split(name)) - a directory name "a/b/" gives "a/b/PaxHeaders.0".
  const s = name.toString('latin1');
  const slash = s.lastIndexOf('/');
  const dir = s.slice(0, slash + 1).replace(/\/+$/, '');
  const base = s.slice(slash + 1);
  const joined = [dir, 'PaxHeaders.0', base].filter((p) => p !== '').join('/');
  let out = toAscii(Buffer.from(joined, 'latin1'));
  if (out.length > 100) out = out.subarray(0, 100);
  let end = out.length;
  while (end > 0 && out[end - 1] === 0x2f) end--;
  return out.subarray(0, end);
}

function checkName(what: string, bytes: Buffer, entry: TarEntry): void {
  if (bytes.includes(0)) throw new TarFormatError(`tar entry "${entry.path}": ${what} contains a NUL byte`);
}

/** The name as written: the path without trailing slashes, plus `/` for directories. */
function headerName(entry: TarEntry): Buffer {
  let raw = pathBytesOf(entry);
  let end = raw.length;
  while (end > 0 && raw[end - 1] === 0x2f) end--;
  raw = raw.subarray(0, end);
  if (raw.length === 0) throw new TarFormatError(`tar entry has an empty path`);
  checkName('path', raw, entry);
  return entry.type === 'dir' ? Buffer.concat([raw, Buffer.from('/')]) : raw;
}

function checkNumber(entry: TarEntry, field: string, n: number | undefined): number {
  const v = n ?? 0;
  if (!Number.isSafeInteger(v) || v < 0) throw new TarFormatError(`tar entry "${entry.path}": ${field} ${n} is not a non-negative integer`);
  return v;
}

/**
 * Encodes the header blocks of one entry (a PAX `x` header and its records when needed, then the ustar
 * header). Deterministic: the same entry always gives the same bytes.
 */
export function encodeHeader(entry: TarEntry): Buffer {
  const name = headerName(entry);
  const link = entry.type === 'symlink' || entry.type === 'hardlink' ? linknameBytesOf(entry) : Buffer.alloc(0);
  checkName('link target', link, entry);
  if ((entry.type === 'symlink' || entry.type === 'hardlink') && link.length === 0) {
    throw new TarFormatError(`tar entry "${entry.path}": ${entry.type} without a target`);
  }
  const size = entry.type === 'file' ? checkNumber(entry, 'size', entry.size) : 0;
  const uid = checkNumber(entry, 'uid', entry.uid);
  const gid = checkNumber(entry, 'gid', entry.gid);
  const mode = checkNumber(entry, 'mode', entry.mode) & 0o7777;
  if (!Number.isFinite(entry.mtime)) throw new TarFormatError(`tar entry "${entry.path}": mtime ${entry.mtime} is not a number`);
  const mtime = Math.floor(entry.mtime);
  const devmajor = checkNumber(entry, 'devmajor', entry.devmajor);
  const devminor = checkNumber(entry, 'devminor', entry.devminor);
  if (!fitsInOctal(8, devmajor) || !fitsInOctal(8, devminor)) {
    throw new TarFormatError(`tar entry "${entry.path}": device ${devmajor}:${devminor} does not fit a tar header`);
  }

  const records = new Map<string, Buffer>();
  let ustar = true;
  if (!isAscii(name) || name.length > 100) {
    records.set('path', name);
    if (!splitUstarPath(name)) ustar = false;
  }
  if (!isAscii(link) || link.length > 100) {
    records.set('linkpath', link);
    ustar = false;
  }
  const numeric: [string, number, number][] = [['uid', uid, 8], ['gid', gid, 8], ['size', size, 12], ['mtime', mtime, 12]];
  for (const [key, value, width] of numeric) {
    if (!fitsInOctal(width, value)) {
      records.set(key, Buffer.from(String(value), 'latin1'));
      ustar = false;
    }
  }
  for (const [xname, value] of Object.entries(entry.xattrs ?? {})) {
    if (xname === '' || xname.includes('=') || xname.includes('\0')) {
      throw new TarFormatError(`tar entry "${entry.path}": xattr name "${xname}" cannot be written to a PAX record`);
    }
    records.set(`SCHILY.xattr.${xname}`, Buffer.from(value));
    ustar = false;
  }

  const main = Buffer.alloc(BLOCK);
  let fieldName = name;
  if (ustar) {
    const split = splitUstarPath(name);
    if (split) {
      putString(main, 345, 155, split[0]);
      fieldName = split[1];
    }
  } else {
    fieldName = toAscii(name);
  }
  putString(main, 0, 100, fieldName);
  putOctal(main, 100, 8, mode);
  putOctal(main, 108, 8, uid);
  putOctal(main, 116, 8, gid);
  putOctal(main, 124, 12, size);
  putOctal(main, 136, 12, mtime);
  main[156] = TYPEFLAG[entry.type];
  putString(main, 157, 100, ustar ? link : toAscii(link));
  setMagic(main);
  putOctal(main, 329, 8, devmajor);
  putOctal(main, 337, 8, devminor);
  seal(main);
  if (ustar) return main;

  const keys = [...records.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const data = Buffer.concat(keys.map((k) => paxRecord(k, records.get(k)!)));
  const pax = Buffer.alloc(BLOCK);
  putString(pax, 0, 100, paxHeaderName(name));
  putOctal(pax, 100, 8, 0);
  putOctal(pax, 108, 8, 0);
  putOctal(pax, 116, 8, 0);
  putOctal(pax, 124, 12, data.length);
  putOctal(pax, 136, 12, 0);
  pax[156] = 0x78; // 'x'
  setMagic(pax);
  seal(pax);
  return Buffer.concat([pax, data, Buffer.alloc(padding(data.length)), main]);
}

/** Zero bytes needed after `size` bytes of data to reach a block boundary. */
export function padding(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}

/** A parsed header block before PAX and GNU long-name records are applied. */
export interface RawHeader {
  name: Buffer;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  typeflag: string;
  linkname: Buffer;
  devmajor: number;
  devminor: number;
}

/** Reads a NUL-terminated field. */
function getString(block: Buffer, off: number, width: number): Buffer {
  const field = block.subarray(off, off + width);
  const nul = field.indexOf(0);
  return Buffer.from(nul < 0 ? field : field.subarray(0, nul));
}

/** Parses a numeric field: octal (spaces and NULs around it allowed) or GNU base-256. */
export function parseNumber(field: Buffer, what: string): number {
  if (field.length > 0 && field[0] & 0x80) {
    let v = BigInt(field[0] & 0x7f);
    const negative = field[0] === 0xff;
    if (negative) v = 0xffn;
    for (let i = 1; i < field.length; i++) v = (v << 8n) | BigInt(field[i]);
    if (negative) v -= 1n << BigInt(8 * field.length);
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new TarFormatError(`${what}: base-256 number out of range`);
    }
    return Number(v);
  }
  const s = field.toString('latin1').replace(/^[ \0]+/, '').replace(/[ \0].*$/s, '');
  if (s === '') return 0;
  if (!/^[0-7]+$/.test(s)) throw new TarFormatError(`${what}: invalid octal number "${s}"`);
  return parseInt(s, 8);
}

/** True for an all-zero block (end-of-archive marker). */
export function isZeroBlock(block: Buffer): boolean {
  for (const c of block) if (c !== 0) return false;
  return true;
}

/**
 * Parses one header block, verifying its checksum (unsigned or, as some old writers did, signed).
 * `where` names the position in errors.
 */
export function decodeHeader(block: Buffer, where: string): RawHeader {
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const c = i >= 148 && i < 156 ? 0x20 : block[i];
    unsigned += c;
    signed += c > 127 ? c - 256 : c;
  }
  const stored = parseNumber(block.subarray(148, 156), `${where}: checksum`);
  if (stored !== unsigned && stored !== signed) throw new TarFormatError(`${where}: header checksum mismatch (not a tar archive?)`);
  const magic = block.toString('latin1', 257, 263);
  let name = getString(block, 0, 100);
  if (magic === 'ustar\0') {
    const prefix = getString(block, 345, 155);
    if (prefix.length > 0) name = Buffer.concat([prefix, Buffer.from('/'), name]);
  }
  return {
    name,
    mode: parseNumber(block.subarray(100, 108), `${where}: mode`),
    uid: parseNumber(block.subarray(108, 116), `${where}: uid`),
    gid: parseNumber(block.subarray(116, 124), `${where}: gid`),
    size: parseNumber(block.subarray(124, 136), `${where}: size`),
    mtime: parseNumber(block.subarray(136, 148), `${where}: mtime`),
    typeflag: String.fromCharCode(block[156]),
    linkname: getString(block, 157, 100),
    devmajor: magic.startsWith('ustar') ? parseNumber(block.subarray(329, 337), `${where}: devmajor`) : 0,
    devminor: magic.startsWith('ustar') ? parseNumber(block.subarray(337, 345), `${where}: devminor`) : 0,
  };
}

/** Parses PAX extended-header data into records; values stay raw bytes. */
export function parsePaxRecords(data: Buffer, where: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let off = 0;
  while (off < data.length) {
    if (data[off] === 0) break; // some writers pad the data with NULs
    const space = data.indexOf(0x20, off);
    const len = space < 0 ? NaN : Number(data.toString('latin1', off, space));
    if (!Number.isSafeInteger(len) || len <= 0 || off + len > data.length || data[off + len - 1] !== 0x0a) {
      throw new TarFormatError(`${where}: malformed PAX record at byte ${off}`);
    }
    const rec = data.subarray(space + 1, off + len - 1);
    const eq = rec.indexOf(0x3d);
    if (eq <= 0) throw new TarFormatError(`${where}: malformed PAX record at byte ${off}`);
    const key = rec.toString('utf8', 0, eq);
    const value = Buffer.from(rec.subarray(eq + 1));
    // GNU sparse format 0.0 repeats these two in order: kept, as Go's reader keeps them, as one GNU.sparse.map.
    if (key === 'GNU.sparse.offset' || key === 'GNU.sparse.numbytes') {
      const map = out.get('GNU.sparse.map');
      out.set('GNU.sparse.map', map ? Buffer.concat([map, Buffer.from(','), value]) : value);
    } else out.set(key, value);
    off += len;
  }
  return out;
}
