import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readTreeXattrs, writeXattrs } from '../../../src/oci/layer/xattr.js';
import { tempDir } from '../tar/helpers.js';
import { xattrsOf } from './tree.js';

let tmp: { dir: string; cleanup: () => void };
beforeAll(() => {
  tmp = tempDir('xattr');
});
afterAll(() => tmp.cleanup());

/** File names getfattr and setfattr must quote, as byte strings (latin1). */
const NAMES = ['plain', 'with space', 'new\nline', 'back\\slash', 'eq=ual', 'tab\there', 'r\xffw', 'ünï'.replace(/./g, (c) => Buffer.from(c).toString('latin1'))];

describe('xattrs through getfattr/setfattr', () => {
  test('writeXattrs then readTreeXattrs round-trips odd names and binary values; symlinks themselves are set', async () => {
    const root = path.join(tmp.dir, 'tree');
    mkdirSync(path.join(root, 'sub'), { recursive: true });
    const rootBytes = Buffer.from(root);
    const want = new Map<string, Record<string, Buffer>>();
    for (const [i, name] of NAMES.entries()) {
      const rel = `sub/${name}`;
      writeFileSync(Buffer.concat([rootBytes, Buffer.from(`/${rel}`, 'latin1')]), 'x');
      want.set(rel, { 'user.v': Buffer.from([0, 10, 92, 255, i]), 'trusted.empty': Buffer.alloc(0) });
    }
    symlinkSync('sub/plain', path.join(root, 'link'));
    want.set('link', { 'trusted.onlink': Buffer.from('L') });
    want.set('', { 'trusted.root': Buffer.from('r') });
    await writeXattrs(rootBytes, want);
    const got = await readTreeXattrs(root);
    expect(new Map([...got].sort())).toEqual(new Map([...want].sort()));
    expect(xattrsOf(path.join(root, 'sub/plain'))).toEqual({ 'user.v': '000a5cff00', 'trusted.empty': '' }); // not the link's
  });

  test('a file without xattrs is absent; a failing set names the problem', async () => {
    const root = path.join(tmp.dir, 'plain');
    mkdirSync(root);
    writeFileSync(path.join(root, 'f'), '');
    expect((await readTreeXattrs(root)).size).toBe(0);
    await expect(writeXattrs(Buffer.from(root), new Map([['missing', { 'user.a': Buffer.from('1') }]]))).rejects.toThrow(/setfattr .*missing: No such file or directory/);
  });
});
