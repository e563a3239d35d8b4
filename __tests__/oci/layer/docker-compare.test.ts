/**
 * hoist's layers next to what the reference engine (Docker Engine 26 + BuildKit) writes for the same tree:
 * a COPY into `FROM scratch` (writeDirAsLayer must give the very same bytes) and a RUN (the overlay upper
 * dir of the same commands, converted by writeUpperDirAsLayer, must give the same tree).
 *
 * Remaining differences, asserted below so they stay known:
 * - BuildKit writes a whiteout at its name's sorted position; hoist puts whiteouts before their siblings
 *   (image-spec layer.md: generators SHOULD).
 * - A directory deleted and re-created in one RUN: both write explicit whiteouts of the lower children it
 *   lacks (BuildKit diffs against the lower layers; hoist reads overlayfs's opaque directory and the lower
 *   names), never `.wh..wh..opq`.
 * - BuildKit's COPY drops xattrs of context files, and directory mtimes are not kept reliably (the
 *   destination and directories with contents get the copy time); hoist takes what is on disk (the builder
 *   decides what the staging tree holds). File and symlink mtimes agree.
 * - Neither adds PAX records beyond what a field needs; no uname/gname, whole-second mtimes.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, createReadStream, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, linkSync, utimesSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { decompress } from '../../../src/oci/layer/compress.js';
import { writeDirAsLayer, writeUpperDirAsLayer } from '../../../src/oci/layer/diff.js';
import { unpackLayer } from '../../../src/oci/layer/unpack.js';
import type { TarEntry } from '../../../src/oci/tar/types.js';
import { docker } from '../../support/docker.js';
import { readLayoutImage } from '../../support/image-fs.js';
import { collect, entriesOf, run, tarOf, tempDir } from '../tar/helpers.js';
import { snapshot } from './tree.js';

let tmp: { dir: string; cleanup: () => void };
beforeAll(() => {
  tmp = tempDir('dockercmp');
});
afterAll(() => tmp.cleanup());

/** Builds a context with the reference engine into an OCI layout; returns the uncompressed layer tars. */
async function buildLayers(ctx: string, name: string): Promise<Buffer[]> {
  const out = path.join(tmp.dir, `${name}.tar`);
  await docker(['build', '-q', '--no-cache', '--network', 'host', '--output', `type=oci,dest=${out}`, ctx]);
  const layout = path.join(tmp.dir, `${name}-layout`);
  mkdirSync(layout);
  await run('tar', ['-xf', out, '-C', layout]);
  const { manifest } = await readLayoutImage(layout);
  const tars: Buffer[] = [];
  for (const l of manifest.layers) {
    const [alg, hex] = l.digest.split(':');
    tars.push(await collect(await decompress(createReadStream(path.join(layout, 'blobs', alg, hex)), l.mediaType)));
  }
  return tars;
}

const shape = (e: TarEntry) => ({ path: e.path, type: e.type, mode: e.mode, uid: e.uid, gid: e.gid, size: e.size, linkname: e.linkname, dev: [e.devmajor, e.devminor], xattrs: e.xattrs });

describe('COPY into FROM scratch', () => {
  test('writeDirAsLayer of the same tree gives the same bytes as BuildKit', async () => {
    const ctx = path.join(tmp.dir, 'copy-ctx');
    const d = path.join(ctx, 'd');
    mkdirSync(path.join(d, 'sub'), { recursive: true });
    mkdirSync(path.join(d, 'L'.repeat(120)));
    mkdirSync(path.join(d, 'sticky'));
    chmodSync(path.join(d, 'sticky'), 0o1777);
    writeFileSync(path.join(d, 'a.txt'), 'hello');
    chmodSync(path.join(d, 'a.txt'), 0o4755);
    linkSync(path.join(d, 'a.txt'), path.join(d, 'hl'));
    symlinkSync('a.txt', path.join(d, 'sym'));
    symlinkSync('/etc/passwd', path.join(d, 'abs'));
    symlinkSync('../nowhere', path.join(d, 'dangling'));
    writeFileSync(path.join(d, 'ünï'), 'utf-8 name');
    writeFileSync(path.join(d, 'L'.repeat(120), 'f'.repeat(150)), 'deep and long');
    writeFileSync(path.join(d, 'exe'), '#!/bin/sh\n');
    chmodSync(path.join(d, 'exe'), 0o755);
    writeFileSync(path.join(d, 'owned'), 'by 1000');
    execFileSync('chown', ['1000:1000', path.join(d, 'owned')]);
    writeFileSync(path.join(d, 'big'), Buffer.alloc(2 * 1024 * 1024 + 3, 0x42));
    utimesSync(path.join(d, 'sub'), 981173106.789, 981173106.789);
    utimesSync(path.join(d, 'big'), 1600000000.999, 1600000000.999);
    writeFileSync(path.join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY d /d/\n');
    const [theirs] = await buildLayers(ctx, 'copy');

    // The tree COPY produced, staged on disk: same files, owned by 0:0 (chown clears setuid: set it again).
    const stage = path.join(tmp.dir, 'copy-stage');
    mkdirSync(stage);
    execFileSync('cp', ['-a', d, path.join(stage, 'd')]);
    execFileSync('chown', ['-R', '0:0', stage]);
    chmodSync(path.join(stage, 'd/a.txt'), 0o4755);
    const theirEntries = await entriesOf(theirs);
    // BuildKit's COPY gives the destination directory, and directories with contents, the copy time (and
    // its context cache can hand back an earlier run's directory times): take its directory mtimes.
    for (const { entry } of theirEntries) if (entry.type === 'dir') utimesSync(path.join(stage, entry.path), entry.mtime, entry.mtime);
    const out = new PassThrough();
    const done = collect(out);
    await writeDirAsLayer(stage, out);
    const ours = await done;
    const oursEntries = await entriesOf(ours);
    expect(oursEntries.map((i) => shape(i.entry))).toEqual(theirEntries.map((i) => shape(i.entry)));
    const fileTimes = (items: typeof oursEntries) => items.filter((i) => i.entry.type !== 'dir').map((i) => [i.entry.path, i.entry.mtime]);
    expect(fileTimes(oursEntries)).toEqual(fileTimes(theirEntries));
    expect(ours.equals(theirs)).toBe(true);
  });
});

describe('RUN', () => {
  const SETUP = '/bin/busybox --install -s /bin && mkdir -p /etc /tmp/x /keep/sub && echo hi > /etc/f && echo a > /tmp/x/a && echo k > /keep/sub/k && ln /etc/f /etc/f2 && mkfifo /etc/fifo && mknod /etc/cdev c 1 3';
  const CHANGE = 'rm /etc/f2 && rm -rf /tmp/x && mkdir /tmp/x && echo b > /tmp/x/b && rm -rf /keep/sub && chown 1000000:5 /etc/f && touch /etc/new && ln /etc/new /etc/new2 && ln -s ../etc/new /tmp/x/l';

  test('the upper dir of the same commands converts to an equivalent layer', async () => {
    const ctx = path.join(tmp.dir, 'run-ctx');
    mkdirSync(ctx);
    copyFileSync('/bin/busybox', path.join(ctx, 'busybox'));
    chmodSync(path.join(ctx, 'busybox'), 0o755);
    const exec = (cmd: string) => JSON.stringify(['/bin/busybox', 'sh', '-c', cmd]);
    writeFileSync(path.join(ctx, 'Dockerfile'), `FROM scratch\nCOPY busybox /bin/busybox\nRUN ${exec(SETUP)}\nRUN ${exec(CHANGE)}\n`);
    const [l0, l1, theirs] = await buildLayers(ctx, 'run');

    // Our side: the two lower layers as overlay lower dirs, the same commands through the overlay mount.
    const lower0 = path.join(tmp.dir, 'run-l0');
    const lower1 = path.join(tmp.dir, 'run-l1');
    await unpackLayer(Readable.from([l0]), lower0, { mode: 'overlay-lower' });
    await unpackLayer(Readable.from([l1]), lower1, { mode: 'overlay-lower' });
    const [upper, work, merged] = ['run-upper', 'run-work', 'run-merged'].map((n) => path.join(tmp.dir, n));
    for (const p of [upper, work, merged]) mkdirSync(p);
    execFileSync('mount', ['-t', 'overlay', 'overlay', '-o', `lowerdir=${lower1}:${lower0},upperdir=${upper},workdir=${work}`, merged]);
    try {
      execFileSync('chroot', [merged, '/bin/busybox', 'sh', '-c', CHANGE]);
    } finally {
      execFileSync('umount', [merged]);
    }
    const find = (rel: string) => {
      for (const l of [lower1, lower0]) {
        const p = path.join(l, rel);
        let st;
        try {
          st = lstatSync(p);
        } catch {
          continue;
        }
        return st.isCharacterDevice() && st.rdev === 0 ? undefined : st;
      }
      return undefined;
    };
    const out = new PassThrough();
    const done = collect(out);
    const lowerChildren = (p: string) => {
      if (!find(p)?.isDirectory()) return [];
      const names = new Set<string>();
      for (const l of [lower1, lower0]) if (existsSync(path.join(l, p))) for (const n of readdirSync(path.join(l, p))) names.add(n);
      return [...names].filter((n) => find(path.join(p, n)) !== undefined).map((n) => Buffer.from(n));
    };
    await writeUpperDirAsLayer(upper, out, { lowerHas: (p) => find(p) !== undefined, lowerIsDir: (p) => find(p)?.isDirectory() ?? false, lowerChildren });
    const ours = await entriesOf(await done);
    const their = await entriesOf(theirs);

    const names = (items: typeof ours) => items.map((i) => i.entry.path);
    // The same entries (the re-created tmp/x as a whiteout of what it lost, in both); only the order differs.
    expect(names(their)).toContain('tmp/x/.wh.a');
    expect(names(ours)).toContain('tmp/x/.wh.a');
    expect([...names(ours), ...names(their)].filter((n) => n.endsWith('.wh..wh..opq'))).toEqual([]);
    const sorted = (items: typeof ours) => items.map((i) => shape(i.entry)).sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(sorted(ours)).toEqual(sorted(their));
    // Whiteouts come before their siblings in ours.
    expect(names(ours).slice(0, 3)).toEqual(['etc', 'etc/.wh.f2', 'etc/f']);
    expect(names(their).slice(0, 3)).toEqual(['etc', 'etc/f', 'etc/.wh.f2']);

    // Applied over the same lower layers, both give the same tree.
    const a = path.join(tmp.dir, 'run-apply-theirs');
    const b = path.join(tmp.dir, 'run-apply-ours');
    for (const [dir, top] of [[a, theirs], [b, await tarOf(ours.map(({ entry, data }) => ({ ...entry, data })))]] as const) {
      for (const l of [l0, l1, top]) await unpackLayer(Readable.from([l]), dir, { mode: 'apply' });
    }
    expect(existsSync(path.join(a, 'tmp/x/a'))).toBe(false);
    expect(snapshot(b, { inodes: true }).map(({ ino, ...n }) => ({ ...n, linked: ino !== undefined }))).toEqual(
      snapshot(a, { inodes: true }).map(({ ino, ...n }) => ({ ...n, linked: ino !== undefined })),
    );
    expect(readFileSync(path.join(b, 'tmp/x/b'), 'utf8')).toBe('b\n');
  });
});
