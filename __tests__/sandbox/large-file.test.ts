/**
 * builder-notes §7.17: a file larger than 8 GiB (its size does not fit the tar header's 11 octal digits:
 * base-256 or a PAX `size` record) made by RUN through the native executor, whose differ writes the layer. The
 * file is sparse on disk; the layer holds all of its bytes. Kept apart from layer-diff.test.ts because it moves
 * 8 GiB. Not run through the Docker executor: there the engine writes the layer (8 GiB committed, compressed and
 * exported, minutes of CI time), and hoist only reads it, with the tar reader whose base-256 and PAX sizes
 * __tests__/oci/tar/reader.test.ts covers.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Executor } from '../../src/sandbox/types.js';
import { busyboxLayer, type TestLayer } from '../support/rootfs.js';
import { dockerExecutor, listLayer, makeDirs, nativeExecutor, removeDirs, sh, type Dirs } from './harness.js';

const SIZE = 8 * 1024 ** 3 + 1;

describe.each(['native'] as const)('%s executor: a file over 8 GiB', (kind) => {
  let d: Dirs;
  let ex: Executor;
  let base: TestLayer;

  beforeAll(async () => {
    d = await makeDirs(`large-${kind}`);
    ex = kind === 'native' ? await nativeExecutor(d) : dockerExecutor(d);
    base = await busyboxLayer();
  });
  afterAll(async () => {
    await ex.close();
    await removeDirs(d);
  });

  it('is in the layer with its full size and content length', async () => {
    const r = await sh(ex, [base], `truncate -s ${SIZE - 1} /big && printf x >> /big && stat -c %s /big`);
    expect(r.stdout.trim()).toBe(String(SIZE));
    const l = await listLayer(r.result.diffTar);
    await r.result.release();
    expect(l).toEqual([{ path: 'big', type: 'file', mode: '644', uid: 0, gid: 0, size: SIZE, sha: `${SIZE} bytes read` }]);
  }, 30 * 60_000);
});
