/**
 * Layer diffs (builder-notes §7 points 13-19), run through both executors: the native one (overlayfs upper
 * dir) and the Docker one (the reference engine's committed layer). Each case checks the layer's entries
 * and, where it matters, what the next step sees on top of it; the last block checks that both executors
 * produced the same layers.
 *
 * Written at the executor level; each case is a short sequence of RUN scripts, so it maps one-to-one to a
 * Dockerfile (`FROM busybox` + one `RUN` per script) once the builder runs them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Executor, LayerSource } from '../../src/sandbox/types.js';
import { busyboxLayer, debianLayer, layerFromDir, layerFromEntries, type TestLayer } from '../support/rootfs.js';
import { dockerExecutor, keepLayer, listLayer, makeDirs, nativeExecutor, paths, removeDirs, sh, type Dirs, type Listed } from './harness.js';

const KINDS = ['native', 'docker'] as const;
type Kind = (typeof KINDS)[number];
/** Listings per executor and case, compared at the end. */
const got: Record<Kind, Record<string, Listed[][]>> = { native: {}, docker: {} };

/**
 * A layer's meaning, for comparing two executors: entries without times, and a hardlink group as files
 * naming their group (which member carries the data is the writer's choice: Docker's differ and hoist's
 * walk pick different ones).
 */
function shape(l: Listed[], opts: { whiteoutsUnder?: string } = {}): Omit<Listed, 'mtime'>[] {
  const byPath = new Map(l.map((e) => [e.path, e]));
  const groups: string[][] = [];
  for (const e of l) {
    if (e.type !== 'hardlink' || !e.linkname) continue;
    const g = groups.find((x) => x.includes(e.linkname!));
    if (g) g.push(e.path);
    else groups.push([e.linkname, e.path]);
  }
  return l
    .filter((e) => !(opts.whiteoutsUnder && e.path.startsWith(`${opts.whiteoutsUnder}/.wh.`)))
    .map(({ mtime: _m, ...e }) => {
      const g = groups.find((x) => x.includes(e.path));
      if (!g) return e;
      const data = byPath.get(g[0])!;
      return { ...e, type: 'file', linkname: [...g].sort().join(','), sha: data.sha, size: data.size };
    });
}

function entry(l: Listed[], p: string): Listed {
  const e = l.find((x) => x.path === p);
  if (!e) throw new Error(`no entry ${p} in ${JSON.stringify(paths(l))}`);
  return e;
}

describe.each(KINDS)('%s executor: layer diffs', (kind) => {
  let d: Dirs;
  let ex: Executor;
  let base: TestLayer;

  beforeAll(async () => {
    d = await makeDirs(`diff-${kind}`);
    ex = kind === 'native' ? await nativeExecutor(d) : dockerExecutor(d);
    base = await busyboxLayer();
  });
  afterAll(async () => {
    await ex.close();
    await removeDirs(d);
  });

  /** Runs scripts one after another, each on the layers before it; returns each step's listing and the stack. */
  async function steps(name: string, scripts: string[], from: LayerSource[] = [base], mtimes = false): Promise<{ lists: Listed[][]; layers: LayerSource[] }> {
    const layers = [...from];
    const lists: Listed[][] = [];
    for (const [i, s] of scripts.entries()) {
      const r = await sh(ex, layers, s);
      lists.push(await listLayer(r.result.diffTar, { mtimes }));
      layers.push(await keepLayer(r.result, path.join(d.base, 'layers', name), `${i}`));
    }
    got[kind][name] = lists;
    return { lists, layers };
  }

  /** What a step sees on top of `layers`. */
  async function look(layers: LayerSource[], script: string): Promise<string> {
    const r = await sh(ex, layers, script);
    await r.result.release();
    return r.stdout;
  }

  const SETUP = 'mkdir -p /d/sub && echo a > /d/f && echo b > /d/g && echo s > /d/sub/s && echo k > /keep';

  it('13: a deleted file is one whiteout in its directory', async () => {
    const { lists, layers } = await steps('13-file', [SETUP, 'rm /d/f']);
    expect(paths(lists[1])).toEqual(['d', 'd/.wh.f']);
    expect(entry(lists[1], 'd/.wh.f')).toMatchObject({ type: 'file', size: 0 });
    expect(await look(layers, 'ls /d')).toBe('g\nsub\n');
  });

  it('13: a deleted directory is one whiteout, no children', async () => {
    const { lists, layers } = await steps('13-dir', [SETUP, 'rm -rf /d']);
    expect(paths(lists[1])).toEqual(['.wh.d']);
    expect(await look(layers, 'ls / | grep -c "^d$" || true')).toBe('0\n');
  });

  it('13: a directory deleted and recreated in one RUN hides the old contents', async () => {
    const { lists, layers } = await steps('13-recreate', [SETUP, 'rm -rf /d && mkdir /d && echo n > /d/n']);
    const p = paths(lists[1]);
    expect(p).toContain('d/n');
    // Either an opaque whiteout or explicit ones for every old child.
    const opaque = p.includes('d/.wh..wh..opq');
    if (!opaque) expect(p).toEqual(expect.arrayContaining(['d/.wh.f', 'd/.wh.g', 'd/.wh.sub']));
    expect(await look(layers, 'find /d | sort')).toBe('/d\n/d/n\n');
  });

  it('13: a file replaced by a directory and a directory by a file', async () => {
    const { lists, layers } = await steps('13-swap', [SETUP, 'rm /keep && mkdir /keep && echo x > /keep/x && rm -rf /d/sub && echo file > /d/sub']);
    expect(entry(lists[1], 'keep')).toMatchObject({ type: 'dir' });
    expect(entry(lists[1], 'keep/x')).toMatchObject({ type: 'file' });
    expect(entry(lists[1], 'd/sub')).toMatchObject({ type: 'file', size: 5 });
    expect(paths(lists[1]).some((x) => x.startsWith('d/sub/'))).toBe(false);
    expect(await look(layers, 'cat /keep/x /d/sub')).toBe('x\nfile\n');
  });

  it('14: add, remove, add across three RUNs', async () => {
    const { lists, layers } = await steps('14-add-remove-add', ['echo 1 > /a', 'rm /a', 'echo 3 > /a']);
    expect(paths(lists[0])).toEqual(['a']);
    expect(paths(lists[1])).toEqual(['.wh.a']);
    expect(paths(lists[2])).toEqual(['a']);
    expect(await look(layers, 'cat /a')).toBe('3\n');
    expect(await look(layers.slice(0, 3), 'ls /a 2>&1 || true')).toMatch(/No such file/);
  });

  it('15: only the mode, only the owner, only the mtime, a same-size rewrite', async () => {
    const { lists } = await steps(
      '15-metadata',
      [
        'for f in m o t r; do echo same > /$f; done; touch -d "2020-01-01 00:00:00" /t',
        'chmod 600 /m && chown 1000:1000 /o && touch -d "2001-02-03 04:05:06" /t && echo SAME > /r',
      ],
      [base],
      true,
    );
    const l = lists[1];
    expect(paths(l)).toEqual(['m', 'o', 'r', 't']);
    expect(entry(l, 'm')).toMatchObject({ mode: '600', uid: 0 });
    expect(entry(l, 'o')).toMatchObject({ mode: '644', uid: 1000, gid: 1000 });
    expect(entry(l, 't').mtime).toBe(Date.UTC(2001, 1, 3, 4, 5, 6) / 1000);
    expect(entry(l, 'r').sha).not.toBe(entry(lists[0], 'r').sha);
    expect(entry(l, 'r').size).toBe(5);
  });

  it('15: only an xattr, only a file capability', async () => {
    const debian = await debianLayer();
    const tools = path.join(d.base, 'xattr-tools');
    await mkdir(path.join(tools, 'usr/local/bin'), { recursive: true });
    await copyFile('/usr/sbin/setcap', path.join(tools, 'usr/local/bin/setcap'));
    await copyFile('/usr/bin/setfattr', path.join(tools, 'usr/local/bin/setfattr'));
    const toolsLayer = await layerFromDir(tools, path.join(d.base, 'xattr-tools.tar'));
    const { lists } = await steps(
      '15-xattr',
      ['cp /bin/true /capped && echo x > /attr', 'setcap cap_net_raw+ep /capped && setfattr -n user.hoist -v yes /attr'],
      [debian, toolsLayer],
    );
    const l = lists[1];
    // The capability is a change and travels as SCHILY.xattr.security.capability. A user.* xattr is not
    // kept by Docker's tar writer (nor hoist's), so /attr is an unchanged copy-up and left out, as Docker does.
    expect(paths(l)).toEqual(['capped']);
    expect(Object.keys(entry(l, 'capped').xattrs ?? {})).toEqual(['security.capability']);
    expect(Buffer.from(entry(l, 'capped').xattrs!['security.capability'], 'base64').readUInt32LE(4)).toBe(1 << 13); // CAP_NET_RAW
  });

  it('16: hardlinks in one layer, and a pair with one side in a lower layer', async () => {
    const { lists, layers } = await steps('16-hardlinks', ['mkdir /h && echo x > /h/1 && ln /h/1 /h/2', 'ln /h/1 /h/3']);
    const one = lists[0].filter((e) => e.path.startsWith('h/'));
    expect(one.map((e) => e.type).sort()).toEqual(['file', 'hardlink']);
    const link = one.find((e) => e.type === 'hardlink')!;
    expect(link.linkname).toMatch(/^h\/[12]$/);
    const two = lists[1].filter((e) => e.path.startsWith('h/'));
    if (kind === 'docker') {
      // The classic engine's differ tars the upper dir: h/1, copied up to be linked, travels too.
      expect(two.map((e) => e.path).sort()).toEqual(['h/1', 'h/3']);
      expect(two.map((e) => e.type).sort()).toEqual(['file', 'hardlink']);
    } else {
      // As BuildKit's differ: h/1 is unchanged (a link count is no change), so h/3 is written as a file.
      expect(two.map((e) => [e.path, e.type])).toEqual([['h/3', 'file']]);
    }
    expect(await look(layers, 'stat -c %h /h/1 /h/3')).toBe('2\n2\n');
  });

  it('16: a new link to a file of the base layer leaves the unchanged copy-up out (BuildKit)', async () => {
    if (kind === 'docker') return; // the engine's commit differ keeps it (test 16 above)
    const { lists } = await steps('16-lower-link', ['ln /bin/busybox /bb && ln /etc/passwd /etc/passwd.hl']);
    const l = lists[0];
    expect(paths(l)).toEqual(['bb', 'etc', 'etc/passwd.hl']);
    expect(entry(l, 'bb')).toMatchObject({ type: 'file', mode: '755' });
    expect(entry(l, 'etc/passwd.hl')).toMatchObject({ type: 'file' });
  });

  it('17: dangling symlink, symlink to a directory, fifo, character device', async () => {
    const { lists } = await steps('17-special', ['ln -s /nowhere /dangling && ln -s /etc /etclink && mkfifo /fifo && mknod /null2 c 1 3']);
    const l = lists[0];
    expect(entry(l, 'dangling')).toMatchObject({ type: 'symlink', linkname: '/nowhere' });
    expect(entry(l, 'etclink')).toMatchObject({ type: 'symlink', linkname: '/etc' });
    expect(entry(l, 'fifo')).toMatchObject({ type: 'fifo' });
    expect(entry(l, 'null2')).toMatchObject({ type: 'char', dev: '1:3' });
    expect(paths(l)).not.toContain('.');
  });

  it('17: sparse files', async () => {
    const { lists } = await steps('17-sparse', ['truncate -s 3M /sparse && printf x | dd of=/sparse bs=1 seek=2000000 conv=notrunc 2>/dev/null']);
    expect(entry(lists[0], 'sparse')).toMatchObject({ type: 'file', size: 3 * 1024 * 1024 });
  });

  it('18: long, non-UTF-8 and spaced names; uid 1000000', async () => {
    const long = 'n'.repeat(120);
    const deep = Array.from({ length: 6 }, (_, i) => `${i}`.repeat(50)).join('/');
    const { lists } = await steps('18-names', [
      `mkdir -p /${deep} && echo x > /${deep}/f && echo x > /${long} && echo x > "/with spaces" && echo x > "$(printf '/bad\\377name')" && echo x > /big-uid && chown 1000000:1000001 /big-uid`,
    ]);
    const l = lists[0];
    expect(paths(l)).toContain(long);
    expect(paths(l)).toContain(`${deep}/f`);
    expect(paths(l)).toContain('with spaces');
    expect(paths(l).some((p) => p.startsWith('bad'))).toBe(true);
    expect(entry(l, 'big-uid')).toMatchObject({ uid: 1000000, gid: 1000001 });
  });

  it('18: a non-UTF-8 name deleted in the next step is a whiteout', async () => {
    const bad = "\"$(printf '/bad\\377name')\"";
    const { lists, layers } = await steps('18-bad-delete', [`echo x > ${bad} && mkdir "$(printf '/d\\376')" && touch "$(printf '/d\\376/f')"`, `rm ${bad} && rm -r "$(printf '/d\\376')"`]);
    const wh = lists[1].filter((e) => e.path.startsWith('.wh.'));
    expect(wh).toHaveLength(2);
    expect(await look(layers, `for p in '/bad\\377name' '/d\\376'; do test -e "$(printf "$p")" && echo present || echo gone; done`)).toBe('gone\ngone\n');
  });

  it('18: a file named .wh.* cannot be stored and fails the step', async () => {
    await expect(sh(ex, [base], 'echo x > /.wh.evil')).rejects.toThrow(/\.wh\./);
  });

  it('19: mount targets stay out, /tmp and /var/run writes stay in', async () => {
    const { lists } = await steps('19-targets', ['mkdir -p /var/run && echo t > /tmp/t && echo r > /var/run/r && echo i > /dev/shm/gone && cat /etc/hosts > /dev/null']);
    expect(paths(lists[0])).toEqual(['tmp', 'tmp/t', 'var', 'var/run', 'var/run/r']);
  });

  it('20: base layers with opaque whiteouts, whiteouts and duplicate entries read as the image spec says', async () => {
    const l1 = await layerFromEntries(
      [{ name: 'd/', type: 'directory' }, { name: 'd/a', content: 'a' }, { name: 'd/b', content: 'b' }, { name: 'e/', type: 'directory' }, { name: 'e/x', content: 'x' }, { name: 'f', content: 'one' }, { name: 'f', content: 'two' }],
      path.join(d.base, `l20-1-${kind}.tar`),
    );
    const l2 = await layerFromEntries(
      [{ name: 'd/', type: 'directory' }, { name: 'd/.wh..wh..opq' }, { name: 'd/c', content: 'c' }, { name: 'e/', type: 'directory' }, { name: 'e/.wh.x' }],
      path.join(d.base, `l20-2-${kind}.tar`),
    );
    expect(await look([base, l1, l2], 'find /d /e | sort; cat /f')).toBe('/d\n/d/c\n/e\ntwo');
  });

  it('20: malicious base layers leave the host untouched (contained or refused)', async () => {
    const victim = `/tmp/hoist-victim-${kind}-${process.pid}`;
    await rm(victim, { recursive: true, force: true });
    await mkdir(victim);
    const contained = await layerFromEntries(
      [{ name: 'evil', type: 'symlink', linkname: victim }, { name: 'evil/pwned', content: 'through a symlink' }, { name: `/abs-${kind}`, content: 'absolute name' }],
      path.join(d.base, `evil-contained-${kind}.tar`),
    );
    // Writes through the symlink land inside the rootfs; the step sees them there.
    expect(await look([base, contained], `cat /evil/pwned; echo; cat /abs-${kind}`)).toBe('through a symlink\nabsolute name');
    expect(await readdir(victim)).toEqual([]);
    expect(existsSync(`/abs-${kind}`)).toBe(false);
    const refused = await layerFromEntries([{ name: `../../../../../../..${victim}/dotdot`, content: 'x' }, { name: 'h', type: 'link', linkname: '../../../../etc/passwd' }], path.join(d.base, `evil-refused-${kind}.tar`));
    const passwd = await readFile('/etc/passwd');
    await sh(ex, [base, refused], 'ls /h /dotdot 2>/dev/null; true').then((r) => r.result.release()).catch(() => undefined);
    expect(await readdir(victim)).toEqual([]);
    expect(await readFile('/etc/passwd')).toEqual(passwd);
    await rm(victim, { recursive: true, force: true });
  });

  it('19: a base without /proc, /sys, /dev or /etc gets the three as empty directories (as docker build does), no /etc stubs', async () => {
    const bb = path.join(d.base, 'bare');
    await mkdir(path.join(bb, 'bin'), { recursive: true });
    await copyFile('/bin/busybox', path.join(bb, 'bin/busybox'));
    const bareLayer = await layerFromDir(bb, path.join(d.base, 'bare.tar'));
    let out = '';
    const r = await ex.run({
      layers: [bareLayer],
      argv: ['/bin/busybox', 'sh', '-c', '/bin/busybox echo ok; /bin/busybox cat /etc/hosts | /bin/busybox head -1'],
      env: ['PATH=/bin'],
      cwd: '/',
      user: '',
      network: 'default',
      mounts: [],
      onOutput: (_s, c) => (out += c),
    });
    expect(out).toMatch(/^ok\n127\.0\.0\.1\s+localhost/);
    const entries = await listLayer(r.diffTar);
    if (kind === 'docker') {
      // Known difference of the Docker executor: the engine makes /dev, /proc and /sys in the container's init
      // layer, below the one committed, so its step layers never hold them.
      expect(paths(entries)).toEqual([]);
    } else {
      expect(paths(entries)).toEqual(['dev', 'proc', 'sys']);
      expect(entries.map((e) => [e.type, e.mode, e.uid, e.gid])).toEqual(Array(3).fill(['dir', '755', 0, 0]));
    }
    await r.release();
  });
});

describe('both executors give the same layers', () => {
  it.each([
    '13-file', '13-dir', '13-swap', '13-recreate', '14-add-remove-add', '15-metadata', '15-xattr', '17-special', '17-sparse', '18-names', '19-targets',
  ])('%s', (name) => {
    const n = got.native[name];
    const k = got.docker[name];
    expect(n).toBeDefined();
    expect(k).toBeDefined();
    expect(k.map((l) => shape(l))).toEqual(n.map((l) => shape(l)));
  });

  it('13-recreate: a directory deleted and recreated in one RUN hides the old contents with explicit whiteouts', () => {
    // As Docker's differs (and image-spec's SHOULD): d/.wh.f, d/.wh.g, d/.wh.sub, never the opaque marker.
    const n = got.native['13-recreate'][1];
    expect(paths(n).filter((p) => p.startsWith('d/.wh.')).sort()).toEqual(['d/.wh.f', 'd/.wh.g', 'd/.wh.sub']);
  });

  it('16-hardlinks: the same except the copied-up file the classic engine also writes', () => {
    const n = got.native['16-hardlinks'];
    const k = got.docker['16-hardlinks'];
    expect(shape(k[0])).toEqual(shape(n[0]));
    expect(paths(k[1]).filter((p) => p !== 'h/1')).toEqual(paths(n[1]));
  });
});
