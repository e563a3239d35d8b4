import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, test } from '@jest/globals';
import { FsView, type LayerSummary } from '../../src/build/fs-view.js';
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
