import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, test } from '@jest/globals';
import { encodeHeader, paxRecord } from '../../../src/oci/tar/header.js';
import { readTar } from '../../../src/oci/tar/reader.js';
import type { TarEntry } from '../../../src/oci/tar/types.js';
import { TarWriter } from '../../../src/oci/tar/writer.js';
import { collect, entriesOf, fileEntry, run, tarOf, tempDir } from './helpers.js';

const FIXTURES = path.resolve('__tests__/fixtures/layers');
/** A v2 file capability (cap_net_bind_service+ep): 20 bytes with NULs and high bytes. */
const CAPABILITY = Buffer.from('0100000200040000000000000000000000000000', 'hex');

const base = { mode: 0o644, uid: 0, gid: 0, size: 0, mtime: 1700000000 };

/** Entries that each need something beyond a plain ustar header (or test the edge of one). */
const tricky: { name: string; entry: TarEntry & { data?: Buffer }; pax: string[] }[] = [
  { name: 'name of 150 bytes (ustar prefix split)', entry: fileEntry(`${'p'.repeat(80)}/${'n'.repeat(69)}`, 'x'), pax: [] },
  { name: 'name of 300 bytes', entry: fileEntry(`${'a'.repeat(100)}/${'b'.repeat(100)}/${'c'.repeat(98)}`, 'y'), pax: ['path'] },
  { name: 'directory of 101 bytes', entry: { ...base, path: 'd'.repeat(101), type: 'dir', mode: 0o755 }, pax: ['path'] },
  { name: 'symlink target of 200 bytes', entry: { ...base, path: 'lnk', type: 'symlink', mode: 0o777, linkname: `/${'t'.repeat(199)}` }, pax: ['linkpath'] },
  { name: 'non-ASCII name', entry: fileEntry('été/ünï.txt', 'u'), pax: ['path'] },
  { name: 'non-UTF-8 name', entry: fileEntry('f\ufffd\ufffd', 'b', { pathBytes: Buffer.from([0x66, 0xff, 0xfe]) }), pax: ['path'] },
  { name: 'uid/gid 1000000 (ustar; tar-stream writes 777777)', entry: fileEntry('big-id', 'i', { uid: 1000000, gid: 1000000 }), pax: [] },
  { name: 'uid 3000000 (beyond 7 octal digits)', entry: fileEntry('bigger-id', 'i', { uid: 3000000, gid: 2097152 }), pax: ['gid', 'uid'] },
  { name: 'binary security.capability', entry: fileEntry('ping', 'elf', { mode: 0o755, xattrs: { 'security.capability': CAPABILITY } }), pax: ['SCHILY.xattr.security.capability'] },
  { name: 'several xattrs, sorted', entry: fileEntry('x', '', { xattrs: { 'user.z': Buffer.from([0]), 'trusted.a': Buffer.from('a=b\nc') } }), pax: ['SCHILY.xattr.trusted.a', 'SCHILY.xattr.user.z'] },
  { name: 'negative mtime', entry: fileEntry('old', '', { mtime: -1 }), pax: ['mtime'] },
  { name: 'mtime beyond 2242', entry: fileEntry('future', '', { mtime: 2 ** 33 }), pax: ['mtime'] },
  { name: 'fifo', entry: { ...base, path: 'fifo', type: 'fifo' }, pax: [] },
  { name: 'char device', entry: { ...base, path: 'null', type: 'char', mode: 0o666, devmajor: 1, devminor: 3 }, pax: [] },
  { name: 'block device', entry: { ...base, path: 'sda', type: 'block', mode: 0o660, devmajor: 8, devminor: 1048575 }, pax: [] },
  { name: 'setuid and sticky', entry: fileEntry('suid', 's', { mode: 0o6755 }), pax: [] },
  { name: 'sticky dir', entry: { ...base, path: 'tmp', type: 'dir', mode: 0o1777 }, pax: [] },
];

/** The PAX record keys in front of an encoded header (empty for a plain ustar header). */
function paxKeys(header: Buffer): string[] {
  if (header.length === 512) return [];
  expect(String.fromCharCode(header[156])).toBe('x');
  const size = parseInt(header.toString('latin1', 124, 135), 8);
  const data = header.subarray(512, 512 + size);
  const keys: string[] = [];
  let off = 0;
  while (off < data.length) {
    const sp = data.indexOf(0x20, off);
    const len = Number(data.toString('latin1', off, sp));
    keys.push(data.toString('utf8', sp + 1, data.indexOf(0x3d, sp)));
    off += len;
  }
  return keys;
}

describe('TarWriter', () => {
  test('a plain entry is one ustar block laid out as Go writes it', async () => {
    const tar = await tarOf([fileEntry('etc/hello.txt', 'hello', { mode: 0o4755, uid: 1000, gid: 100 })]);
    expect(tar.length).toBe(512 + 512 + 1024);
    const h = tar.subarray(0, 512);
    expect(h.toString('latin1', 0, 14)).toBe('etc/hello.txt\0');
    expect(h.toString('latin1', 100, 108)).toBe('0004755\0');
    expect(h.toString('latin1', 108, 116)).toBe('0001750\0');
    expect(h.toString('latin1', 116, 124)).toBe('0000144\0');
    expect(h.toString('latin1', 124, 136)).toBe('00000000005\0');
    expect(h.toString('latin1', 136, 148)).toBe('14524770400\0');
    expect(h.toString('latin1', 148, 156)).toMatch(/^[0-7]{6}\0 $/);
    expect(h.toString('latin1', 156, 157)).toBe('0');
    expect(h.toString('latin1', 257, 265)).toBe('ustar\x0000');
    expect(h.subarray(265, 329).every((b) => b === 0)).toBe(true); // no uname/gname
    expect(h.toString('latin1', 329, 345)).toBe('0000000\x000000000\0');
    expect(tar.toString('latin1', 512, 517)).toBe('hello');
    expect(tar.subarray(517).every((b) => b === 0)).toBe(true);
  });

  test.each(tricky)('$name: round trip and header form', async ({ entry, pax }) => {
    const { data, ...e } = entry;
    expect(paxKeys(encodeHeader(e))).toEqual(pax);
    const [back] = await entriesOf(await tarOf([entry]));
    const expected: TarEntry = { ...e, mtime: Math.floor(e.mtime), size: e.type === 'file' ? e.size : 0 };
    if (e.type === 'dir') expected.path = e.path.replace(/\/$/, '');
    expect(back.entry).toEqual(expected);
    expect(back.data).toEqual(data ?? Buffer.alloc(0));
  });

  test('sizes of 8 GiB and more go into a PAX size record', async () => {
    const size = 8 * 2 ** 30 + 5;
    const header = encodeHeader({ ...base, path: 'huge', type: 'file', size });
    expect(paxKeys(header)).toEqual(['size']);
    expect(header.toString('latin1', 512, 531)).toBe('19 size=8589934597\n');
    expect(header.toString('latin1', 1024 + 124, 1024 + 136)).toBe('00000000000\0');
    // The reader takes the size from the record (the content itself is not there: stop at the entry).
    for await (const { entry } of readTar(Readable.from([header]))) {
      expect(entry.size).toBe(size);
      break;
    }
    const just = encodeHeader({ ...base, path: 'edge', type: 'file', size: 8 * 2 ** 30 - 1 });
    expect(just.length).toBe(512);
  });

  test('PAX record lengths count their own digits', () => {
    for (let n = 0; n < 1100; n++) {
      const rec = paxRecord('path', Buffer.alloc(n, 0x61));
      const len = Number(rec.toString('latin1', 0, rec.indexOf(0x20)));
      expect(len).toBe(rec.length);
    }
  });

  test('output is deterministic and GNU tar lists it as written', async () => {
    const items = tricky.map((t) => t.entry).filter((e) => e.mtime >= 0 && e.mtime < 2 ** 33);
    items.push({ ...base, path: 'hard', type: 'hardlink', linkname: 'suid' });
    const a = await tarOf(items);
    const b = await tarOf(items);
    expect(a.equals(b)).toBe(true);
    const { dir, cleanup } = tempDir('tarw');
    try {
      const file = path.join(dir, 'x.tar');
      await import('node:fs/promises').then((fs) => fs.writeFile(file, a));
      const listing = (await run('tar', ['--numeric-owner', '-tvf', file])).trim().split('\n');
      expect(listing).toHaveLength(items.length);
      const byName = (n: string) => listing.find((l) => l.includes(` ${n}`))!;
      expect(byName('big-id')).toMatch(/^-rw-r--r-- 1000000\/1000000 +1 /);
      expect(byName('bigger-id')).toMatch(/ 3000000\/2097152 /);
      expect(byName('suid')).toMatch(/^-rwsr-sr-x 0\/0 /);
      expect(byName('tmp/')).toMatch(/^drwxrwxrwt /);
      expect(byName('null')).toMatch(/^crw-rw-rw- 0\/0 +1,3 /);
      expect(byName('sda')).toMatch(/^brw-rw---- 0\/0 +8,1048575 /);
      expect(byName('fifo')).toMatch(/^prw-r--r-- /);
      expect(byName('lnk')).toContain(` lnk -> /${'t'.repeat(199)}`);
      expect(byName('hard')).toContain('hard link to suid');
      expect(listing.some((l) => l.endsWith(`${'a'.repeat(100)}/${'b'.repeat(100)}/${'c'.repeat(98)}`))).toBe(true);
      expect(listing.some((l) => l.endsWith(`${'p'.repeat(80)}/${'n'.repeat(69)}`))).toBe(true);
    } finally {
      cleanup();
    }
  });

  test('GNU tar --xattrs extracts the binary capability byte for byte', async () => {
    const tar = await tarOf([fileEntry('ping', 'elf', { mode: 0o755, xattrs: { 'security.capability': CAPABILITY, 'user.note': Buffer.from([0, 1, 255]) } })]);
    const { dir, cleanup } = tempDir('tarx');
    try {
      await run('tar', ['--xattrs', '--xattrs-include=*', '-xpf', '-', '-C', dir], { input: tar });
      const out = await run('getfattr', ['-d', '-m', '-', '-e', 'hex', path.join(dir, 'ping')]);
      expect(out).toContain(`security.capability=0x${CAPABILITY.toString('hex')}`);
      expect(out).toContain('user.note=0x0001ff');
    } finally {
      cleanup();
    }
  });

  test.each(['buildkit-copy.tar', 'buildkit-run.tar'])('re-encoding BuildKit layer %s gives the same bytes', async (name) => {
    const original = readFileSync(path.join(FIXTURES, name));
    const items = (await entriesOf(original)).map(({ entry, data }) => ({ ...entry, data }));
    expect(items.length).toBeGreaterThan(5);
    expect((await tarOf(items)).equals(original)).toBe(true);
  });

  test('waits for drain: a slow consumer never holds more than about one chunk', async () => {
    let maxBuffered = 0;
    let total = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _enc, cb) {
        maxBuffered = Math.max(maxBuffered, slow.writableLength);
        total += chunk.length;
        setImmediate(cb);
      },
    });
    const w = new TarWriter(slow);
    const body = Buffer.alloc(4 * 1024 * 1024, 7);
    const chunks = Array.from({ length: 64 }, (_, i) => body.subarray(i * 65536, (i + 1) * 65536));
    await w.add(fileEntry('big', body), Readable.from(chunks));
    await w.finish();
    expect(total).toBe(512 + body.length + 1024);
    expect(maxBuffered).toBeLessThanOrEqual(16 * 1024 + 65536);
  });

  test('errors name the entry; invalid entries are refused before anything is written', async () => {
    const out = new PassThrough();
    const done = collect(out);
    const w = new TarWriter(out);
    await expect(w.add(fileEntry('bad\0name', 'a'))).rejects.toThrow('NUL');
    await expect(w.add({ ...base, path: '', type: 'dir' })).rejects.toThrow('empty path');
    await expect(w.add({ ...base, path: 's', type: 'symlink' })).rejects.toThrow('"s": symlink without a target');
    await expect(w.add(fileEntry('neg', 'a', { uid: -1 }))).rejects.toThrow('"neg": uid -1');
    await expect(w.add(fileEntry('eq', 'a', { xattrs: { 'user.a=b': Buffer.from('x') } }))).rejects.toThrow('"eq": xattr name');
    await expect(w.add({ ...base, path: 'd', type: 'dir' }, Buffer.from('x'))).rejects.toThrow('"d": a dir has no content');
    await w.finish();
    expect((await done).length).toBe(1024); // nothing but the end-of-archive marker
    await expect(w.add(fileEntry('late', 'a'))).rejects.toThrow('already finished');
  });

  test.each([
    ['short buffer', Buffer.from('abc'), 4, '"x": body is 3 bytes, header says 4'],
    ['long stream', Readable.from([Buffer.from('abc')]), 2, '"x": body is longer than the 2 bytes'],
    ['short stream', Readable.from([Buffer.from('abc')]), 5, '"x": body is 3 bytes, header says 5'],
    ['missing body', undefined, 5, '"x": no body for 5 bytes'],
  ])('%s: rejects, and the archive refuses further entries', async (_n, body, size, message) => {
    const w = new TarWriter(new PassThrough().resume());
    await expect(w.add(fileEntry('x', '', { size }), body)).rejects.toThrow(message);
    await expect(w.add(fileEntry('y', 'a'))).rejects.toThrow('incomplete after an earlier error');
    await expect(w.finish()).rejects.toThrow('incomplete');
  });

  test('a failing output rejects add()', async () => {
    const broken = new Writable({ highWaterMark: 1, write: (_c, _e, cb) => cb(new Error('disk full')) });
    broken.on('error', () => undefined);
    const w = new TarWriter(broken);
    await expect(w.add(fileEntry('a', 'x'))).rejects.toThrow('disk full');
  });

  test('a body stream is consumed to the end', async () => {
    const out = new PassThrough();
    const done = collect(out);
    const w = new TarWriter(out);
    await w.add(fileEntry('s', 'stream!'), Readable.from([Buffer.from('str'), Buffer.from('eam!')]));
    await w.finish();
    const [item] = await entriesOf(await done);
    expect(item.data.toString()).toBe('stream!');
  });
});
