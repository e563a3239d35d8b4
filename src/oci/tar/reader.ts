import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { BLOCK, decodeHeader, isZeroBlock, padding, parsePaxRecords, type RawHeader } from './header.js';
import { ByteSource, FileByteSource, type TarBytes } from './source.js';
import { TarFormatError, decodeName, type TarEntry, type TarEntryType } from './types.js';

/** Largest PAX or GNU long-name payload accepted (a guard against absurd headers). */
const MAX_META = 16 * 1024 * 1024;
const BODY_CHUNK = 256 * 1024;

const TYPES: Record<string, TarEntryType> = {
  '0': 'file', '\0': 'file', '7': 'file', '1': 'hardlink', '2': 'symlink', '3': 'char', '4': 'block', '5': 'dir',
  '6': 'fifo', D: 'dir',
};

/** One entry of an archive and its content (empty for everything but files). */
export interface TarItem {
  entry: TarEntry;
  /** The entry's bytes. Read it before asking for the next entry; whatever is left unread is skipped. */
  body: Readable;
}

/** The body of one entry, pulled from the archive as it is read. */
class EntryBody extends Readable {
  private pending: Promise<void> | undefined;

  constructor(private readonly src: TarBytes, private remaining: number, private readonly name: string) {
    super({ highWaterMark: BODY_CHUNK });
    if (remaining === 0) this.push(null);
  }

  override _read(): void {
    if (this.remaining === 0 || this.pending) return;
    this.pending = this.src.readSome(Math.min(this.remaining, BODY_CHUNK)).then(
      (chunk) => {
        this.pending = undefined;
        if (!chunk) {
          this.destroy(new TarFormatError(`tar entry "${this.name}": archive ends inside its content`));
          return;
        }
        this.remaining -= chunk.length;
        this.push(chunk);
        if (this.remaining === 0) this.push(null);
      },
      (err: Error) => {
        this.pending = undefined;
        this.destroy(err);
      },
    );
  }

  /** Waits for an in-flight read, then skips what the consumer did not read. */
  async finish(): Promise<void> {
    await this.pending;
    if (this.remaining > 0) {
      const left = this.remaining;
      this.remaining = 0;
      if (!this.destroyed) this.destroy();
      if (!(await this.src.skip(left))) throw new TarFormatError(`tar entry "${this.name}": archive ends inside its content`);
    }
  }
}

/** Strips leading `/` and `./` and trailing `/` from a name (bytes in, bytes out). */
function cleanName(b: Buffer): Buffer {
  let s = 0;
  let e = b.length;
  for (;;) {
    if (b[s] === 0x2f) s++;
    else if (b[s] === 0x2e && b[s + 1] === 0x2f) s += 2;
    else break;
  }
  while (e > s && b[e - 1] === 0x2f) e--;
  const out = b.subarray(s, e);
  return out.length === 0 || (out.length === 1 && out[0] === 0x2e) ? Buffer.from('.') : out;
}

function paxInt(v: Buffer, key: string, where: string): number {
  const s = v.toString('latin1');
  if (!/^[0-9]+$/.test(s) || !Number.isSafeInteger(Number(s))) throw new TarFormatError(`${where}: invalid PAX ${key} "${s}"`);
  return Number(s);
}

function paxTime(v: Buffer, where: string): number {
  const s = v.toString('latin1');
  if (!/^-?[0-9]+(\.[0-9]*)?$/.test(s)) throw new TarFormatError(`${where}: invalid PAX mtime "${s}"`);
  return Number(s);
}

/** Builds the entry from a header and the PAX / GNU records that precede it. */
function toEntry(h: RawHeader, pax: Map<string, Buffer>, longName: Buffer | undefined, longLink: Buffer | undefined, where: string, sparse: boolean): TarEntry {
  const rawName = (sparse ? pax.get('GNU.sparse.name') : undefined) ?? pax.get('path') ?? longName ?? h.name;
  const label = rawName.toString('utf8');
  if (!sparse) {
    for (const k of pax.keys()) {
      if (k.startsWith('GNU.sparse.')) throw new TarFormatError(`tar entry "${label}": sparse files are not supported (OCI layers should not use them)`);
    }
  }
  if (h.typeflag === 'S') throw new TarFormatError(`tar entry "${label}": sparse files are not supported (OCI layers should not use them)`);
  let type = TYPES[h.typeflag];
  if (!type) throw new TarFormatError(`tar entry "${label}" (${where}): unsupported entry type "${h.typeflag.replace(/[^\x20-\x7e]/g, '?')}"`);
  // Go's reader: only the old `\0` type (TypeRegA) with a name ending in `/` is a directory; a `0` entry is a file.
  if (type === 'file' && h.typeflag === '\0' && rawName[rawName.length - 1] === 0x2f) type = 'dir';
  const name = decodeName(cleanName(rawName));
  const entry: TarEntry = {
    path: name.text,
    type,
    mode: h.mode & 0o7777,
    uid: pax.has('uid') ? paxInt(pax.get('uid')!, 'uid', where) : h.uid,
    gid: pax.has('gid') ? paxInt(pax.get('gid')!, 'gid', where) : h.gid,
    size: type === 'file' ? (pax.has('size') ? paxInt(pax.get('size')!, 'size', where) : h.size) : 0,
    mtime: pax.has('mtime') ? paxTime(pax.get('mtime')!, where) : h.mtime,
  };
  if (name.bytes) entry.pathBytes = name.bytes;
  if (rawName[0] === 0x2f) entry.absolute = true;
  if (type === 'symlink' || type === 'hardlink') {
    let link = pax.get('linkpath') ?? longLink ?? h.linkname;
    if (type === 'hardlink') link = cleanName(link);
    const l = decodeName(link);
    entry.linkname = l.text;
    if (l.bytes) entry.linknameBytes = l.bytes;
  }
  if (type === 'char' || type === 'block') {
    entry.devmajor = h.devmajor;
    entry.devminor = h.devminor;
  }
  for (const [k, v] of pax) {
    // Go's reader takes SCHILY.xattr.* only (libarchive's LIBARCHIVE.xattr.* records are ignored, as BuildKit does).
    if (k.startsWith('SCHILY.xattr.')) (entry.xattrs ??= {})[k.slice('SCHILY.xattr.'.length)] = v;
  }
  return entry;
}

/**
 * Reads an uncompressed tar stream entry by entry: ustar and v7 headers, GNU long names (`L`/`K`), PAX
 * extended headers (local `x` and global `g`; `path`, `linkpath`, `size`, `uid`, `gid`, `mtime` with
 * fractions, binary-safe `SCHILY.xattr.*`), base-256 numbers. Sparse entries are
 * refused, or, with `sparse`, GNU's PAX ones expanded. Names lose leading `/` and `./` and trailing `/` (the archive root is `.`); `..` is kept for
 * the caller to judge. Content of link, directory and device entries is ignored, as Go's reader does.
 * Stops at the end-of-archive marker (or at the end of the input on a header boundary, as Go's reader does)
 * and reads the input to its end.
 */
export function readTar(input: Readable, opts: ReadTarOptions = {}): AsyncGenerator<TarItem, void, undefined> {
  return readEntries(new ByteSource(input), opts);
}

export interface ReadTarOptions {
  /**
   * Expand GNU's PAX sparse files (formats 0.0, 0.1 and 1.0, `tar --format=posix --sparse`) into plain files of
   * their real size, holes as zeros, as Go's reader gives them to BuildKit's ADD. Without it they are refused.
   */
  sparse?: boolean;
}

/** Where a sparse file's stored data goes in the real file. */
type Fragments = { offset: number; length: number }[];

/** A sparse file's real size and, from its PAX records, its fragments (none: format 1.0, the map opens the data). */
interface SparseMap {
  size: number;
  fragments?: Fragments;
}

/** The GNU PAX sparse records of an entry, as Go's reader takes them; undefined when it is not sparse. */
function sparseHeaders(pax: Map<string, Buffer>, physical: number, label: string): SparseMap | undefined {
  const text = (k: string) => pax.get(k)?.toString('latin1') ?? '';
  const major = text('GNU.sparse.major');
  const minor = text('GNU.sparse.minor');
  let inData: boolean;
  if (major === '0' && (minor === '0' || minor === '1')) inData = false;
  else if (major === '1' && minor === '0') inData = true;
  else if (major !== '' || minor !== '') throw new TarFormatError(`tar entry "${label}": GNU sparse format ${major}.${minor} is not supported`);
  else if (text('GNU.sparse.map') !== '') inData = false;
  else return undefined;
  const sizeText = text('GNU.sparse.size') || text('GNU.sparse.realsize');
  const size = sizeText === '' ? physical : sparseNumber(sizeText, label);
  if (inData) return { size };
  const numbers = text('GNU.sparse.map').split(',').map((n) => sparseNumber(n, label));
  const blocks = text('GNU.sparse.numblocks');
  if (numbers.length % 2 !== 0 || (blocks !== '' && sparseNumber(blocks, label) * 2 !== numbers.length)) throw new TarFormatError(`tar entry "${label}": malformed GNU sparse map`);
  const fragments = [];
  for (let i = 0; i < numbers.length; i += 2) fragments.push({ offset: numbers[i], length: numbers[i + 1] });
  return { fragments, size };
}

/** Fragments in order, not overlapping, inside the real size (Go's validateSparseEntries). */
function checkFragments(fragments: Fragments, size: number, label: string): void {
  let end = 0;
  for (const f of fragments) {
    if (f.offset < end || f.offset + f.length > size) throw new TarFormatError(`tar entry "${label}": malformed GNU sparse map`);
    end = f.offset + f.length;
  }
}

function sparseNumber(s: string, label: string): number {
  if (!/^[0-9]+$/.test(s) || !Number.isSafeInteger(Number(s))) throw new TarFormatError(`tar entry "${label}": malformed GNU sparse number "${s}"`);
  return Number(s);
}

/** Format 1.0's map at the start of the data: decimal lines (count, then offset/length pairs), padded to blocks. */
async function readSparseMapInData(src: TarBytes, physical: number, label: string): Promise<{ fragments: Fragments; bytes: number }> {
  let text = '';
  let bytes = 0;
  const next = async (): Promise<number> => {
    for (;;) {
      const nl = text.indexOf('\n');
      if (nl >= 0) {
        const n = sparseNumber(text.slice(0, nl), label);
        text = text.slice(nl + 1);
        return n;
      }
      if (bytes + BLOCK > physical || bytes > MAX_META) throw new TarFormatError(`tar entry "${label}": malformed GNU sparse map`);
      const block = await src.read(BLOCK);
      if (!block) throw new TarFormatError(`tar entry "${label}": archive ends inside its sparse map`);
      bytes += BLOCK;
      text += block.toString('latin1');
    }
  };
  const count = await next();
  const fragments = [];
  for (let i = 0; i < count; i++) fragments.push({ offset: await next(), length: await next() });
  return { fragments, bytes };
}

/** The real file from its stored fragments: zeros for the holes (Go's sparseFileReader). */
async function* expandSparse(stored: Readable, fragments: Fragments, size: number, label: string): AsyncGenerator<Buffer> {
  const zeros = function* (n: number) {
    for (; n > 0; n -= BODY_CHUNK) yield Buffer.alloc(Math.min(n, BODY_CHUNK));
  };
  const it = stored[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let buf: Buffer = Buffer.alloc(0);
  let pos = 0;
  for (const { offset, length } of fragments) {
    yield* zeros(offset - pos);
    for (let need = length; need > 0; ) {
      if (buf.length === 0) {
        const r = await it.next();
        if (r.done) throw new TarFormatError(`tar entry "${label}": archive ends inside its sparse data`);
        buf = r.value;
      }
      const take = buf.subarray(0, need);
      buf = buf.subarray(take.length);
      need -= take.length;
      yield take;
    }
    pos = offset + length;
  }
  yield* zeros(size - pos);
  if (buf.length > 0 || !(await it.next()).done) throw new TarFormatError(`tar entry "${label}": sparse data its map does not name`);
}

/**
 * readTar of a tar file, read at positions: contents nobody reads are skipped without reading them (a pass
 * over the headers of a 128 MB layer reads under 3 MB). The file must not change while it is read.
 */
export async function* readTarFile(file: string): AsyncGenerator<TarItem, void, undefined> {
  const fh = await open(file, 'r');
  let src: FileByteSource;
  try {
    src = new FileByteSource(fh, (await fh.stat()).size);
  } catch (e) {
    await fh.close();
    throw e;
  }
  yield* readEntries(src);
}

async function* readEntries(src: TarBytes, opts: ReadTarOptions = {}): AsyncGenerator<TarItem, void, undefined> {
  const globals = new Map<string, Buffer>();
  let pax = new Map<string, Buffer>();
  let longName: Buffer | undefined;
  let longLink: Buffer | undefined;
  try {
    for (;;) {
      const offset = src.offset;
      const where = `tar header at byte ${offset}`;
      const block = await src.read(BLOCK);
      if (!block) {
        // Like Go's reader, an input ending on a header boundary is a complete archive.
        if (src.pending > 0) throw new TarFormatError(`${where}: archive is truncated inside a header`);
        return;
      }
      if (isZeroBlock(block)) {
        await src.drain();
        return;
      }
      const h = decodeHeader(block, where);
      if (h.typeflag === 'x' || h.typeflag === 'g' || h.typeflag === 'L' || h.typeflag === 'K') {
        if (h.size > MAX_META) throw new TarFormatError(`${where}: ${h.size}-byte metadata header is too large`);
        const data = await src.read(h.size);
        if (!data || !(await src.skip(padding(h.size)))) throw new TarFormatError(`${where}: archive ends inside a metadata header`);
        if (h.typeflag === 'x') for (const [k, v] of parsePaxRecords(data, where)) pax.set(k, v);
        else if (h.typeflag === 'g') for (const [k, v] of parsePaxRecords(data, where)) globals.set(k, v);
        else {
          const nul = data.indexOf(0);
          const value = Buffer.from(nul < 0 ? data : data.subarray(0, nul));
          if (h.typeflag === 'L') longName = value;
          else longLink = value;
        }
        continue;
      }
      const records = new Map(globals);
      for (const k of ['path', 'linkpath', 'size']) records.delete(k);
      for (const [k, v] of pax) records.set(k, v);
      const entry = toEntry(h, records, longName, longLink, where, opts.sparse === true);
      pax = new Map();
      longName = undefined;
      longLink = undefined;
      const dataSize = entry.type === 'file' || h.typeflag === 'D' ? (h.typeflag === 'D' ? h.size : entry.size) : 0;
      const sparse = opts.sparse && entry.type === 'file' ? sparseHeaders(records, dataSize, entry.path) : undefined;
      if (sparse) {
        const inData = sparse.fragments ? undefined : await readSparseMapInData(src, dataSize, entry.path);
        const fragments = sparse.fragments ?? inData!.fragments;
        checkFragments(fragments, sparse.size, entry.path);
        const stored = new EntryBody(src, dataSize - (inData?.bytes ?? 0), entry.path);
        const body = Readable.from(expandSparse(stored, fragments, sparse.size, entry.path), { objectMode: false });
        entry.size = sparse.size;
        yield { entry, body };
        if (!body.readableEnded) body.destroy();
        await stored.finish();
      } else {
        const body = new EntryBody(src, entry.type === 'file' ? dataSize : 0, entry.path);
        yield { entry, body };
        await body.finish();
      }
      if (entry.type !== 'file' && dataSize > 0 && !(await src.skip(dataSize))) {
        throw new TarFormatError(`tar entry "${entry.path}": archive ends inside its content`);
      }
      if (!(await src.skip(padding(dataSize)))) throw new TarFormatError(`tar entry "${entry.path}": archive ends inside its padding`);
    }
  } finally {
    await src.close();
  }
}
