/**
 * The layer store (unpack once per diff_id, temp name then rename, verified) and malicious base layers
 * (builder-notes §7.20 and issue item 6): `..`, absolute names, symlinked parents and hardlinks that point
 * outside are refused or contained, and the host is left untouched — checked on the host itself.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, readlink, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Digest } from '../../src/oci/digest.js';
import { layerDir, LayerStore, prefetchLayerBlobs, sweepLayerTemps, unpackInto } from '../../src/sandbox/layer-store.js';
import { layerFromEntries, type RawEntry } from '../support/rootfs.js';
import { makeDirs, removeDirs, type Dirs } from './harness.js';

async function sha(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

/** Everything under /tmp/<name> on the host, to prove nothing was written there. */
async function hostListing(dir: string): Promise<string[]> {
  return existsSync(dir) ? (await readdir(dir)).sort() : [];
}

describe('layer store', () => {
  let d: Dirs;
  const tag = randomBytes(4).toString('hex');
  const victim = `/tmp/hoist-victim-${tag}`;
  let passwdBefore: string;

  beforeAll(async () => {
    d = await makeDirs('layer-store');
    await mkdir(victim, { recursive: true });
    passwdBefore = await sha('/etc/passwd');
  });
  afterAll(async () => {
    await rm(victim, { recursive: true, force: true });
    await removeDirs(d);
  });

  async function layer(name: string, entries: RawEntry[]) {
    return layerFromEntries(entries, path.join(d.base, `${name}.tar`));
  }

  it('unpacks once into <cacheDir>/layers/<hex> and verifies the diff_id', async () => {
    const l = await layer('plain', [{ name: 'etc/', type: 'directory' }, { name: 'etc/motd', content: 'hi\n' }, { name: 'w/.wh.gone' }]);
    const store = new LayerStore(d.cacheDir);
    const [a, b] = await Promise.all([store.ensure(l), store.ensure(l)]);
    expect(a).toBe(b);
    expect(a).toBe(layerDir(d.cacheDir, l.diffId));
    expect(await readFile(path.join(a, 'etc/motd'), 'utf8')).toBe('hi\n');
    const wh = await lstat(path.join(a, 'w/gone'));
    expect(wh.isCharacterDevice() && wh.rdev === 0).toBe(true);
    // A second store (another build) finds it without opening the blob.
    let opened = 0;
    await new LayerStore(d.cacheDir).ensure({ ...l, open: async () => (opened++, Readable.from([])) });
    expect(opened).toBe(0);
    expect((await readdir(path.join(d.cacheDir, 'layers'))).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
  });

  it('prefetchLayerBlobs asks for the blob file of each layer not unpacked yet, and swallows failures', async () => {
    const there = await layer('prefetch-there', [{ name: 'a', content: 'a\n' }]);
    await new LayerStore(d.cacheDir).ensure(there);
    const missing = await layer('prefetch-missing', [{ name: 'b', content: 'b\n' }]);
    const failing = await layer('prefetch-failing', [{ name: 'c', content: 'c\n' }]);
    const asked: string[] = [];
    let settle!: () => void;
    const settled = new Promise<void>((r) => (settle = r));
    const file = (name: string, fail: boolean) => async () => {
      asked.push(name);
      if (asked.length === 2) setImmediate(settle);
      if (fail) throw new Error('offline');
      return { path: '/nonexistent' };
    };
    prefetchLayerBlobs(d.cacheDir, [
      { ...there, file: file('there', false) },
      { ...missing, file: file('missing', false) },
      { ...failing, file: file('failing', true) },
    ]);
    await settled;
    // Another turn for a (wrong) third call to show up.
    await new Promise((r) => setTimeout(r, 50));
    expect(asked.sort()).toEqual(['failing', 'missing']);
  });

  it('refuses a blob whose content does not match its diff_id and leaves nothing behind', async () => {
    const l = await layer('liar', [{ name: 'x', content: 'x' }]);
    const wrong = `sha256:${'ab'.repeat(32)}` as Digest;
    await expect(unpackInto(d.cacheDir, wrong, await l.open())).rejects.toThrow(/has diff_id sha256:/);
    expect(existsSync(layerDir(d.cacheDir, wrong))).toBe(false);
    expect((await readdir(path.join(d.cacheDir, 'layers'))).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
  });

  it('concurrent builds unpacking the same layer: the first rename wins, the other is discarded', async () => {
    const l = await layer('race', [{ name: 'f', content: randomBytes(200_000) }]);
    const dirs = await Promise.all([1, 2, 3].map(async () => unpackInto(d.cacheDir, l.diffId, await l.open())));
    expect(new Set(dirs).size).toBe(1);
    expect((await stat(path.join(dirs[0], 'f'))).size).toBe(200_000);
    expect((await readdir(path.join(d.cacheDir, 'layers'))).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
  });

  it('sweeps temp dirs of dead processes only', async () => {
    const dead = path.join(d.cacheDir, 'layers', '.tmp-abcdef-999999-00000000');
    const live = path.join(d.cacheDir, 'layers', `.tmp-abcdef-${process.pid}-00000000`);
    await mkdir(dead, { recursive: true });
    await mkdir(live, { recursive: true });
    await sweepLayerTemps(d.cacheDir);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
    await rm(live, { recursive: true });
  });

  describe('malicious layers leave the host untouched', () => {
    const cases: [string, RawEntry[]][] = [
      ['dot-dot name', [{ name: `../../../../../../..${victim}/dotdot`, content: 'pwned' }]],
      ['dot-dot in the middle', [{ name: 'a/', type: 'directory' }, { name: `a/../../../../../../..${victim}/mid`, content: 'pwned' }]],
      ['absolute name', [{ name: `${victim}/absolute`, content: 'pwned' }]],
      ['symlinked parent (absolute)', [{ name: 'evil', type: 'symlink', linkname: victim }, { name: 'evil/through-abs-link', content: 'pwned' }]],
      ['symlinked parent (relative)', [{ name: 'evil', type: 'symlink', linkname: `../../../../../../../..${victim}` }, { name: 'evil/through-rel-link', content: 'pwned' }]],
      ['symlink chain', [{ name: 'a', type: 'symlink', linkname: 'b' }, { name: 'b', type: 'symlink', linkname: victim }, { name: 'a/chain', content: 'pwned' }]],
      ['hardlink to a host file by ..', [{ name: 'h', type: 'link', linkname: '../../../../../../../../etc/passwd' }]],
      ['hardlink to a host file by absolute name', [{ name: 'h', type: 'link', linkname: '/etc/passwd' }]],
      ['hardlink through a symlinked dir', [{ name: 'etcl', type: 'symlink', linkname: '/etc' }, { name: 'h', type: 'link', linkname: 'etcl/passwd' }]],
      ['symlink replaced then written through', [{ name: 'd', type: 'symlink', linkname: victim }, { name: 'd', type: 'symlink', linkname: victim }, { name: 'd/dup', content: 'pwned' }]],
    ];

    for (const [name, entries] of cases) {
      it(name, async () => {
        const l = await layer(name.replace(/\W+/g, '-'), entries);
        const dir = await unpackInto(d.cacheDir, l.diffId, await l.open()).catch((e: Error) => e);
        // Refused or contained: either way nothing outside the layer dir changed.
        expect(await hostListing(victim)).toEqual([]);
        expect(await sha('/etc/passwd')).toBe(passwdBefore);
        if (typeof dir === 'string') {
          // Contained: a hardlink never shares the host file's inode.
          const h = path.join(dir, 'h');
          if (existsSync(h)) expect((await stat(h)).ino).not.toBe((await stat('/etc/passwd')).ino);
        } else {
          expect(dir.message).toMatch(/layer|unsafe|climbs|outside|not found|no such/i);
          expect(existsSync(layerDir(d.cacheDir, l.diffId))).toBe(false);
        }
      });
    }

    it('an absolute name lands inside the layer', async () => {
      const l = await layer('abs-inside', [{ name: '/etc/abs-inside', content: 'x' }]);
      const dir = await unpackInto(d.cacheDir, l.diffId, await l.open());
      expect(await readFile(path.join(dir, 'etc/abs-inside'), 'utf8')).toBe('x');
      expect(existsSync('/etc/abs-inside')).toBe(false);
    });

    it('a symlink to the host stays a symlink, its writes land inside the layer', async () => {
      const l = await layer('link-inside', [{ name: 'evil', type: 'symlink', linkname: victim }, { name: 'evil/inside', content: 'x' }]);
      const dir = await unpackInto(d.cacheDir, l.diffId, await l.open());
      expect(await hostListing(victim)).toEqual([]);
      expect(await readlink(path.join(dir, 'evil'))).toBe(victim);
      expect(await readFile(path.join(dir, victim.slice(1), 'inside'), 'utf8')).toBe('x');
    });

    it('duplicate entries: the last one wins', async () => {
      const l = await layer('dups', [{ name: 'f', content: 'one' }, { name: 'f', content: 'two' }, { name: 'g', type: 'directory' }, { name: 'g', content: 'file now' }]);
      const dir = await unpackInto(d.cacheDir, l.diffId, await l.open());
      expect(await readFile(path.join(dir, 'f'), 'utf8')).toBe('two');
      expect(await readFile(path.join(dir, 'g'), 'utf8')).toBe('file now');
    });
  });
});
