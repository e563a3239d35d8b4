/**
 * storeLayer's tar opener: an empty RUN layer (gzip) is BuildKit's fixed empty blob and its tar is never read, so
 * the opener is not called. Before, the RUN step passed a file stream, which opens its file lazily: the step then
 * removed the diff tar, and the stream's late open failed with ENOENT and no listener (a failed build under load).
 * A layer with content calls the opener and stores what it reads.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { EMPTY_DIFF_ID, EMPTY_GZIP_LAYER, storeLayer } from '../../src/build/steps.js';
import type { BuildSession } from '../../src/build/session.js';
import { rawTarBytes } from '../support/rootfs.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hoist-store-layer-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function session(): BuildSession {
  const blobs = {
    localPath: (d: string) => path.join(dir, 'blobs', d.replace(':', '/')),
    rememberSummary: async () => undefined,
  };
  return { opts: { format: { family: 'oci', compression: 'gzip' }, stateDir: dir }, blobs } as unknown as BuildSession;
}

describe('storeLayer', () => {
  it('does not open the tar of an empty gzip layer', async () => {
    let opened = 0;
    const layer = await storeLayer(session(), () => {
      opened++;
      throw new Error('opened');
    }, async () => { throw new Error('summarised'); }, true);
    expect(opened).toBe(0);
    expect(layer.diffId).toBe(EMPTY_DIFF_ID);
    if (layer.location.kind !== 'file') throw new Error('expected a file location');
    expect(await readFile(layer.location.path)).toEqual(EMPTY_GZIP_LAYER);
  });

  it('opens and stores the tar of a layer with content', async () => {
    const tar = await rawTarBytes([{ name: 'hello.txt', content: 'hi\n' }]);
    let opened = 0;
    const layer = await storeLayer(session(), () => {
      opened++;
      return Readable.from([tar]);
    }, async (diffId) => ({ v: 1, diffId, entries: [], whiteouts: [], opaques: [], files: {} }) as never, false);
    expect(opened).toBe(1);
    expect(layer.diffId).not.toBe(EMPTY_DIFF_ID);
    expect(layer.size).toBeGreaterThan(0);
  });
});
