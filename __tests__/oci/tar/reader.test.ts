import { closeSync, ftruncateSync, openSync, writeSync, lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, linkSync, utimesSync, writeFileSync, chownSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readTar, readTarFile } from '../../../src/oci/tar/reader.js';
import type { TarEntry } from '../../../src/oci/tar/types.js';
import { collect, entriesOf, fileEntry, run, runBytes, tarOf, tempDir } from './helpers.js';

const CAPABILITY = Buffer.from('0100000200040000000000000000000000000000', 'hex');
const LONG_DIR = 'L'.repeat(120);
const LONG_FILE = `${LONG_DIR}/${'f'.repeat(150)}`;
const LONG_TARGET = `../${'t'.repeat(150)}`;
const BAD_NAME = Buffer.from([0x62, 0x61, 0x64, 0xff]); // "bad\xff", not UTF-8

let tmp: { dir: string; cleanup: () => void };
let tree: string;

/** A tree holding everything GNU tar can put into an archive that hoist must read. */
beforeAll(async () => {
  tmp = tempDir('tarr');
  tree = path.join(tmp.dir, 'tree');
  mkdirSync(path.join(tree, LONG_DIR), { recursive: true });
  writeFileSync(path.join(tree, 'a.txt'), 'hello');
  utimesSync(path.join(tree, 'a.txt'), 1600000000.25, 1600000000.25);
  writeFileSync(path.join(tree, LONG_FILE), 'long');
  symlinkSync(LONG_TARGET, path.join(tree, 'longlink'));
  symlinkSync('a.txt', path.join(tree, 'short'));
  writeFileSync(path.join(tree, 'ünï'), 'utf8');
  writeFileSync(Buffer.concat([Buffer.from(`${tree}/`), BAD_NAME]), 'raw');
  linkSync(path.join(tree, 'a.txt'), path.join(tree, 'hard'));
  await run('mkfifo', [path.join(tree, 'fifo')]);
  await run('mknod', [path.join(tree, 'null'), 'c', '1', '3']);
  writeFileSync(path.join(tree, 'bigid'), 'id');
  chownSync(path.join(tree, 'bigid'), 3000000, 2500000);
  writeFileSync(path.join(tree, 'old'), 'old');
  await run('touch', ['-h', '-d', '1960-01-01 00:00:00 UTC', path.join(tree, 'old')]);
  writeFileSync(path.join(tree, 'ping'), 'elf');
  await run('setfattr', ['-n', 'security.capability', '-v', `0x${CAPABILITY.toString('hex')}`, path.join(tree, 'ping')]);
  await run('setfattr', ['-n', 'user.bin', '-v', '0x00ff0a3d', path.join(tree, 'ping')]);
  writeFileSync(path.join(tree, 'big'), Buffer.alloc(3 * 1024 * 1024 + 17, 0x5a));
});

afterAll(() => tmp.cleanup());

/** The entry expected for a path in the tree, from lstat (mtime whole seconds unless `fractions`). */
function expected(rel: Buffer | string, fractions: boolean): TarEntry {
  const full = Buffer.concat([Buffer.from(`${tree}/`), Buffer.isBuffer(rel) ? rel : Buffer.from(rel)]);
  const st = lstatSync(full, { bigint: true });
  const mode = Number(st.mode);
  const type = st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'symlink' : st.isFIFO() ? 'fifo' : st.isCharacterDevice() ? 'char' : 'file';
  const e: TarEntry = {
    path: Buffer.isBuffer(rel) ? rel.toString('utf8') : rel,
    type,
    mode: mode & 0o7777,
    uid: Number(st.uid),
    gid: Number(st.gid),
    size: type === 'file' ? Number(st.size) : 0,
    mtime: fractions ? Number(st.mtimeNs) / 1e9 : Math.floor(Number(st.mtimeNs) / 1e9),
  };
  if (Buffer.isBuffer(rel)) e.pathBytes = rel;
  if (type === 'symlink') e.linkname = readlinkSync(full).toString();
  if (type === 'char') Object.assign(e, { devmajor: 1, devminor: 3 });
  return e;
}

async function archive(format: string, names: string[], extra: string[] = []): Promise<Buffer> {
  return runBytes('tar', [`--format=${format}`, '--numeric-owner', ...extra, '-cf', '-', '-C', tree, ...names]);
}

const NAMES = ['a.txt', LONG_DIR, 'longlink', 'short', 'ünï', 'hard', 'fifo', 'null', 'bigid', 'old', 'big'];

describe('readTar with GNU tar archives', () => {
  test.each(['gnu', 'posix'])('--format=%s: every entry as on disk', async (format) => {
    // The non-UTF-8 name goes through printf: argv strings would be re-encoded as UTF-8.
    const script = `cd "$1" && shift && exec tar --format=${format} --numeric-owner -cf - "$@" "$(printf 'bad\\377')"`;
    const tar = await runBytes('bash', ['-c', script, 'tar', tree, ...NAMES]);
    const items = await entriesOf(tar);
    const fractions = format === 'posix';
    const byPath = new Map(items.map((i) => [i.entry.pathBytes ? i.entry.pathBytes.toString('hex') : i.entry.path, i]));
    const want: (string | Buffer)[] = ['a.txt', LONG_DIR, LONG_FILE, 'longlink', 'short', 'ünï', BAD_NAME, 'fifo', 'null', 'bigid', 'old', 'big'];
    for (const rel of want) {
      const item = byPath.get(Buffer.isBuffer(rel) ? rel.toString('hex') : rel);
      expect(item).toBeDefined();
      const e = expected(rel, fractions);
      expect(item!.entry).toEqual(fractions ? { ...e, mtime: expect.closeTo(e.mtime, 5) } : e);
      if (e.type === 'file') {
        const full = Buffer.concat([Buffer.from(`${tree}/`), Buffer.isBuffer(rel) ? rel : Buffer.from(rel)]);
        expect(item!.data.equals(readFileSync(full))).toBe(true);
      }
    }
    expect(byPath.get('hard')!.entry).toMatchObject({ type: 'hardlink', linkname: 'a.txt', size: 0 });
    expect(byPath.get('bigid')!.entry).toMatchObject({ uid: 3000000, gid: 2500000 });
    expect(byPath.get('old')!.entry.mtime).toBe(-315619200);
    expect(byPath.get('longlink')!.entry.linkname).toBe(LONG_TARGET);
  });

  test('--format=ustar', async () => {
    const items = await entriesOf(await archive('ustar', ['a.txt', 'short', 'fifo', 'null']));
    expect(items.map((i) => i.entry)).toEqual(['a.txt', 'short', 'fifo', 'null'].map((n) => expected(n, false)));
    expect(items[0].data.toString()).toBe('hello');
  });

  test('--format=posix --xattrs: binary-safe SCHILY.xattr records', async () => {
    const [item] = await entriesOf(await archive('posix', ['ping'], ['--xattrs', '--xattrs-include=*']));
    expect(item.entry.xattrs).toEqual({ 'security.capability': CAPABILITY, 'user.bin': Buffer.from([0, 0xff, 0x0a, 0x3d]) });
  });

  test('a PAX global header is applied, not returned', async () => {
    const tar = await archive('posix', ['a.txt', 'short'], ['--pax-option=comment=built-by-test']);
    expect(tar.toString('latin1', 156, 157)).toBe('g');
    expect((await entriesOf(tar)).map((i) => i.entry.path)).toEqual(['a.txt', 'short']);
  });

  test('a directory-only archive root reads as "."', async () => {
    const items = await entriesOf(await archive('gnu', ['.'], ['--no-recursion']));
    expect(items.map((i) => [i.entry.path, i.entry.type])).toEqual([['.', 'dir']]);
  });

  test('GNU incremental dump directories (D) read as directories', async () => {
    const snap = path.join(tmp.dir, 'snapshot');
    const tar = await runBytes('tar', ['-g', snap, '-cf', '-', '-C', tree, LONG_DIR]);
    const items = await entriesOf(tar);
    expect(items.map((i) => [i.entry.path, i.entry.type])).toEqual([[LONG_DIR, 'dir'], [LONG_FILE, 'file']]);
    expect(items[1].data.toString()).toBe('long');
  });

  test.each([
    ['posix', ['--sparse']],
    ['gnu', ['--sparse']],
  ])('sparse entries (--format=%s) are refused, naming the entry', async (format, flags) => {
    const sparse = path.join(tmp.dir, 'sparse');
    writeFileSync(sparse, '');
    await run('truncate', ['-s', '4M', sparse]);
    writeFileSync(path.join(tmp.dir, 'x'), 'x');
    const tar = await runBytes('tar', [`--format=${format}`, ...flags, '-cf', '-', '-C', tmp.dir, 'sparse']);
    await expect(entriesOf(tar)).rejects.toThrow(/"(\.\/GNUSparseFile\.\d+\/)?sparse": sparse files are not supported/);
  });
});

describe('readTar of GNU sparse files (ADD: as Go\'s reader gives them to BuildKit)', () => {
  // Data, a hole, data at an odd offset across block boundaries, and a hole at the end.
  const real = Buffer.alloc(3 * 1024 * 1024 + 100);
  real.fill(0x61, 0, 5000);
  real.fill(0x62, 1024 * 1024 + 7, 1024 * 1024 + 300000);
  let file: string;
  beforeAll(() => {
    file = path.join(tmp.dir, 'holey.img');
    // Holes on disk (tar --sparse finds them), data written only where it is.
    const fd = openSync(file, 'w');
    ftruncateSync(fd, real.length);
    writeSync(fd, real, 0, 5000, 0);
    writeSync(fd, real, 1024 * 1024 + 7, 300000 - 7, 1024 * 1024 + 7);
    closeSync(fd);
    writeFileSync(path.join(tmp.dir, 'x'), 'x');
  });

  test.each(['0.0', '0.1', '1.0'])('PAX sparse format %s is expanded to the real file, under its real name', async (version) => {
    const tar = await runBytes('tar', ['--format=posix', `--sparse-version=${version}`, '--sparse', '-cf', '-', '-C', tmp.dir, 'holey.img', 'x']);
    // The archive is sparse indeed: it stores less than the file's size.
    expect(tar.length).toBeLessThan(real.length / 2);
    const items = await entriesOf(tar, { sparse: true });
    expect(items.map((i) => [i.entry.path, i.entry.type, i.entry.size])).toEqual([['holey.img', 'file', real.length], ['x', 'file', 1]]);
    expect(items[0].data.equals(real)).toBe(true);
    expect(items[1].data.toString()).toBe('x');
    // Without the option (image layers) it is still refused.
    await expect(entriesOf(tar)).rejects.toThrow(/sparse files are not supported/);
  });

  test('an unread sparse body is skipped and the next entry read', async () => {
    const tar = await runBytes('tar', ['--format=posix', '--sparse-version=1.0', '--sparse', '-cf', '-', '-C', tmp.dir, 'holey.img', 'x']);
    const seen: string[] = [];
    for await (const { entry, body } of readTar(Readable.from([tar]), { sparse: true })) {
      seen.push(entry.path);
      if (entry.path === 'x') body.resume();
    }
    expect(seen).toEqual(['holey.img', 'x']);
  });

  test('a map naming data past the real size is refused', async () => {
    const tar = await runBytes('tar', ['--format=posix', '--sparse-version=0.1', '--sparse', '-cf', '-', '-C', tmp.dir, 'holey.img']);
    // The same number of digits, so the PAX record keeps its length: 1000000, short of the data at 1 MiB + 7.
    const bad = Buffer.from(tar.toString('latin1').replace(/GNU\.sparse\.size=(\d+)/, (_m, d: string) => `GNU.sparse.size=${'1'.padEnd(d.length, '0')}`), 'latin1');
    await expect(entriesOf(bad, { sparse: true })).rejects.toThrow(/holey\.img": malformed GNU sparse map/);
  });
});

describe('readTar edge cases', () => {
  test('unread and half-read bodies are skipped', async () => {
    const tar = await tarOf([fileEntry('a', Buffer.alloc(300000, 1)), fileEntry('b', 'bee'), fileEntry('c', Buffer.alloc(70000, 3))]);
    const seen: string[] = [];
    for await (const { entry, body } of readTar(Readable.from([tar]))) {
      seen.push(entry.path);
      if (entry.path === 'b') expect((await collect(body)).toString()).toBe('bee');
      if (entry.path === 'c') {
        for await (const chunk of body) {
          expect((chunk as Buffer)[0]).toBe(3);
          break;
        }
      }
    }
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  test('one-byte chunks', async () => {
    const tar = await tarOf([fileEntry('x/y', 'content'), { path: 'x', type: 'dir', mode: 0o755, uid: 0, gid: 0, size: 0, mtime: 0 }]);
    const bytes = Readable.from((function* () {
      for (const b of tar) yield Buffer.from([b]);
    })());
    const items = await entriesOf(bytes);
    expect(items.map((i) => [i.entry.path, i.data.toString()])).toEqual([['x/y', 'content'], ['x', '']]);
  });

  test('names lose leading "/" and "./", trailing "/"; ".." is kept for the caller', async () => {
    const tar = await tarOf([fileEntry('./a', ''), fileEntry('/abs/b', ''), fileEntry('../up', ''), { path: './d/', type: 'dir', mode: 0o755, uid: 0, gid: 0, size: 0, mtime: 0 }]);
    expect((await entriesOf(tar)).map((i) => i.entry.path)).toEqual(['a', 'abs/b', '../up', 'd']);
  });

  test('a corrupt header is refused with its offset', async () => {
    const tar = await tarOf([fileEntry('a', 'x'), fileEntry('b', 'y')]);
    tar[1024 + 5] ^= 0xff;
    await expect(entriesOf(tar)).rejects.toThrow('tar header at byte 1024: header checksum mismatch');
  });

  test('truncated content is an error naming the entry', async () => {
    const tar = await tarOf([fileEntry('a', Buffer.alloc(2000, 1))]);
    await expect(entriesOf(tar.subarray(0, 1500))).rejects.toThrow('"a": archive ends inside its content');
    await expect(entriesOf(tar.subarray(0, 700))).rejects.toThrow('"a": archive ends inside its content');
  });

  test('an archive ending on a header boundary is complete (as Go reads it); trailing bytes after the marker are ignored', async () => {
    const tar = await tarOf([fileEntry('a', 'x')]);
    expect((await entriesOf(tar.subarray(0, 1024))).map((i) => i.entry.path)).toEqual(['a']);
    expect((await entriesOf(Buffer.concat([tar, Buffer.alloc(8192, 0x41)]))).map((i) => i.entry.path)).toEqual(['a']);
    expect(await entriesOf(Buffer.alloc(0))).toEqual([]);
    await expect(entriesOf(tar.subarray(0, 1024 + 100))).rejects.toThrow('truncated inside a header');
  });

  test('an input error surfaces', async () => {
    const input = new PassThrough();
    input.write((await tarOf([fileEntry('a', Buffer.alloc(5000))])).subarray(0, 2000));
    setImmediate(() => input.destroy(new Error('network reset')));
    await expect(entriesOf(input)).rejects.toThrow('network reset');
  });

  test('leaving the loop early destroys the input', async () => {
    const input = Readable.from([await tarOf([fileEntry('a', 'x'), fileEntry('b', 'y')])]);
    for await (const { entry } of readTar(input)) {
      expect(entry.path).toBe('a');
      break;
    }
    expect(input.destroyed).toBe(true);
  });

  test('unknown entry types are refused', async () => {
    const tar = await tarOf([fileEntry('v', 'x')]);
    tar[156] = 'V'.charCodeAt(0);
    let sum = 0;
    tar.fill(0x20, 148, 156);
    for (let i = 0; i < 512; i++) sum += tar[i];
    tar.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    await expect(entriesOf(tar)).rejects.toThrow('"v" (tar header at byte 0): unsupported entry type "V"');
  });

  test('base-256 numbers (GNU) are read, including negative ones', async () => {
    const tar = await tarOf([fileEntry('n', 'x')]);
    const h = tar.subarray(0, 512);
    h.fill(0, 108, 116);
    h[108] = 0x80;
    h.writeUIntBE(5000000, 113, 3); // uid
    h.fill(0xff, 136, 148); // mtime -1
    let sum = 0;
    h.fill(0x20, 148, 156);
    for (let i = 0; i < 512; i++) sum += h[i];
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    const [item] = await entriesOf(tar);
    expect(item.entry).toMatchObject({ uid: 5000000, mtime: -1 });
  });

  test('a base-256 size (GNU, as Docker writes files of 8 GiB and more) is read, and so much data', async () => {
    const tar = await tarOf([fileEntry('big', 'hello'), fileEntry('next', 'n')]);
    const h = tar.subarray(0, 512);
    h.fill(0, 124, 136);
    h[124] = 0x80;
    h.writeUIntBE(5, 130, 6);
    let sum = 0;
    h.fill(0x20, 148, 156);
    for (let i = 0; i < 512; i++) sum += h[i];
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    const items = await entriesOf(tar);
    expect(items.map((i) => [i.entry.path, i.entry.size, i.data.toString()])).toEqual([
      ['big', 5, 'hello'],
      ['next', 1, 'n'],
    ]);
  });
});

describe('readTarFile (positional reads)', () => {
  let n = 0;
  function fileOf(tar: Buffer): string {
    const f = path.join(tmp.dir, `archive-${n++}.tar`);
    writeFileSync(f, tar);
    return f;
  }

  async function fileEntries(file: string): Promise<{ entry: TarEntry; data: Buffer }[]> {
    const out: { entry: TarEntry; data: Buffer }[] = [];
    for await (const { entry, body } of readTarFile(file)) out.push({ entry, data: await collect(body) });
    return out;
  }

  test.each(['gnu', 'posix', 'ustar'])('--format=%s: the same entries and contents as the stream reader', async (format) => {
    const names = format === 'ustar' ? ['a.txt', 'short', 'fifo', 'null', 'big'] : NAMES;
    const tar = await archive(format, names, format === 'posix' ? ['--xattrs', '--xattrs-include=*', '--pax-option=comment=x'] : []);
    const fromFile = await fileEntries(fileOf(tar));
    expect(fromFile.length).toBeGreaterThan(4);
    expect(fromFile).toEqual(await entriesOf(tar));
    expect(fromFile.find((i) => i.entry.path === 'big')!.data.equals(readFileSync(path.join(tree, 'big')))).toBe(true);
  });

  test('unread, half-read and fully read bodies: the next header is found each time', async () => {
    const tar = await tarOf([fileEntry('a', Buffer.alloc(300000, 1)), fileEntry('b', 'bee'), fileEntry('c', Buffer.alloc(70000, 3)), fileEntry('d', 'dee')]);
    const seen: string[] = [];
    for await (const { entry, body } of readTarFile(fileOf(tar))) {
      seen.push(entry.path);
      if (entry.path === 'b' || entry.path === 'd') expect((await collect(body)).toString()).toBe(entry.path === 'b' ? 'bee' : 'dee');
      if (entry.path === 'c') {
        for await (const chunk of body) {
          expect((chunk as Buffer)[0]).toBe(3);
          break;
        }
      }
    }
    expect(seen).toEqual(['a', 'b', 'c', 'd']);
  });

  test('truncated files, corrupt headers and header-boundary ends read as from a stream', async () => {
    const tar = await tarOf([fileEntry('a', Buffer.alloc(2000, 1))]);
    await expect(fileEntries(fileOf(tar.subarray(0, 1500)))).rejects.toThrow('"a": archive ends inside its content');
    await expect(fileEntries(fileOf(tar.subarray(0, 700)))).rejects.toThrow('"a": archive ends inside its content');
    await expect(fileEntries(fileOf(tar.subarray(0, 512 + 2048 + 100)))).rejects.toThrow('truncated inside a header');
    const two = await tarOf([fileEntry('a', 'x'), fileEntry('b', 'y')]);
    expect((await fileEntries(fileOf(two.subarray(0, 1024)))).map((i) => i.entry.path)).toEqual(['a']);
    const bad = Buffer.from(two);
    bad[1024 + 5] ^= 0xff;
    await expect(fileEntries(fileOf(bad))).rejects.toThrow('tar header at byte 1024: header checksum mismatch');
    expect(await fileEntries(fileOf(Buffer.alloc(0)))).toEqual([]);
  });

  test('a missing file is an error', async () => {
    await expect(fileEntries(path.join(tmp.dir, 'no-such.tar'))).rejects.toThrow(/ENOENT/);
  });
});
