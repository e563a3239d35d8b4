import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, test } from '@jest/globals';
import { FsView, type LayerSummary } from '../../src/build/fs-view.js';
import { LayerPlan } from '../../src/build/layer-plan.js';
import { summarizeTar, type BuiltLayer } from '../../src/build/layers.js';
import { ViewTree } from '../../src/build/view-tree.js';
import type { Digest } from '../../src/oci/digest.js';
import { fileEntry, tarOf } from '../oci/tar/helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'hoist-view-tree-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dirEntry = (p: string) => ({ path: p, type: 'dir' as const, mode: 0o755, uid: 0, gid: 0, size: 0, mtime: 0 });

describe('ViewTree.extract', () => {
  test('with summaries, only the layers holding files under the copied paths are read; later layers win', async () => {
    const tars = [
      await tarOf([dirEntry('usr'), fileEntry('usr/gcc', 'toolchain')]),
      await tarOf([dirEntry('build'), fileEntry('build/app', 'v1')]),
      await tarOf([dirEntry('etc'), fileEntry('etc/conf', 'x')]),
      await tarOf([dirEntry('build'), fileEntry('build/app', 'v2'), { ...fileEntry('build/app2', ''), type: 'hardlink', linkname: 'build/app', size: 0 }]),
    ];
    const layers = tars.map((_, i) => ({ diffId: `sha256:${String(i).repeat(64)}` as Digest }) as BuiltLayer);
    const summaries: LayerSummary[] = [];
    for (const [i, t] of tars.entries()) summaries.push(await summarizeTar(Readable.from([t]), layers[i].diffId));
    const opened: number[] = [];
    const openTar = async (l: BuiltLayer) => {
      const i = layers.indexOf(l);
      opened.push(i);
      return Readable.from([tars[i]]);
    };
    const tree = new ViewTree(FsView.fromSummaries(summaries), path.join(dir, 'content'));
    await tree.extract(layers, ['build'], openTar, summaries);
    expect(opened).toEqual([1, 3]);
    expect(readFileSync(await tree.contentPath('build/app'), 'utf8')).toBe('v2');
    expect(readFileSync(await tree.contentPath('build/app2'), 'utf8')).toBe('v2');

    // Without summaries every layer is read (the result is the same).
    opened.length = 0;
    const all = new ViewTree(FsView.fromSummaries(summaries), path.join(dir, 'content-all'));
    await all.extract(layers, ['build'], openTar);
    expect(opened).toEqual([0, 1, 2, 3]);
    expect(readFileSync(await all.contentPath('build/app'), 'utf8')).toBe('v2');
  });
});

describe('ViewTree.extract of a hardlink named on its own', () => {
  test('the file it links to is extracted too (COPY --from=s /dir/link-name /dest/)', async () => {
    const tar = await tarOf([dirEntry('x'), fileEntry('x/a', 'bytes'), { ...fileEntry('x/b', ''), type: 'hardlink', linkname: 'x/a', size: 0 }]);
    const layer = { diffId: `sha256:${'7'.repeat(64)}` as Digest } as BuiltLayer;
    const summary = await summarizeTar(Readable.from([tar]), layer.diffId);
    const tree = new ViewTree(FsView.fromSummaries([summary]), path.join(dir, 'content-link'));
    await tree.extract([layer], ['x/b'], async () => Readable.from([tar]), [summary]);
    expect(readFileSync(await tree.contentPath('x/b'), 'utf8')).toBe('bytes');
  });
});

describe('LayerPlan hardlinks', () => {
  const file = (mode: number, uid = 0) => ({ type: 'file' as const, mode, uid, gid: uid, mtime: 1_600_000_000, size: 5 });
  test('the first name in tree order carries the bytes, the others link to it with its attributes', () => {
    const plan = new LayerPlan(new FsView(), 1_700_000_000);
    plan.put('d', { node: { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 1_600_000_000, size: 0 } });
    plan.put('d/run.sh', { node: file(0o755, 1000), content: { kind: 'data', data: Buffer.from('bytes') } });
    plan.put('d/hard', { node: { ...file(0o644), type: 'hardlink', size: 0, linkname: 'd/run.sh' } });
    plan.put('d/z', { node: { ...file(0o644), type: 'hardlink', size: 0, linkname: 'd/hard' } });
    const entries = plan.entries().map(([p, e]) => [p, e.node.type, e.node.linkname, e.node.mode, e.node.uid, e.content?.kind]);
    expect(entries).toEqual([
      ['d', 'dir', undefined, 0o755, 0, undefined],
      ['d/hard', 'file', undefined, 0o755, 1000, 'data'],
      ['d/run.sh', 'hardlink', 'd/hard', 0o755, 1000, undefined],
      ['d/z', 'hardlink', 'd/hard', 0o755, 1000, undefined],
    ]);
  });
  test('a link whose file is left out as unchanged carries the bytes itself (no link out of the layer)', () => {
    const lower = new FsView();
    lower.set('etc', { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 1_600_000_000, size: 0 });
    lower.set('etc/passwd', { ...file(0o644), id: `1600000000:${'a'.repeat(64)}` });
    const plan = new LayerPlan(lower, 1_700_000_000);
    plan.put('etc/passwd', { node: { ...file(0o644), id: `1600000000:${'a'.repeat(64)}` }, content: { kind: 'data', data: Buffer.from('bytes') } });
    plan.put('etc/passwd.bak', { node: { ...file(0o644), type: 'hardlink', size: 0, linkname: 'etc/passwd' } });
    plan.put('etc/a-first', { node: { ...file(0o644), type: 'hardlink', size: 0, linkname: 'etc/passwd' } });
    const entries = plan.entries().map(([p, e]) => [p, e.node.type, e.node.linkname, e.content?.kind]);
    expect(entries).toEqual([
      ['etc', 'dir', undefined, undefined],
      ['etc/a-first', 'file', undefined, 'data'],
      ['etc/passwd.bak', 'hardlink', 'etc/a-first', undefined],
    ]);
  });
});
