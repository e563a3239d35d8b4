import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { withHooks } from '../../src/action/run-action.js';
import { createCacheStore } from '../../src/cache/index.js';
import { digestOf } from '../../src/oci/digest.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

// The action wraps its store to open log groups; the wrapper must keep the store's optional file forms, or the
// sandbox unpacks cached layers from a stream and writes a second copy (the CLI, which does not wrap, did not).
test('the action\'s cache wrapper keeps every method of the store, the optional file forms included', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'hoist-hooks-'));
  dirs.push(dir);
  const store = createCacheStore({ kind: 'dir', dir: path.join(dir, 'cache'), env: {}, tempDir: dir, log: { info() {}, warning() {} } });
  const calls: string[] = [];
  const wrapped = withHooks(store, () => calls.push('load'), () => calls.push('save'));
  // Every member of CacheStore (types.ts), the optional ones too: the wrapper has what the store has.
  const members = ['kind', 'load', 'lookup', 'hasBlob', 'openBlob', 'blobFile', 'stagedBlobFile', 'save', 'stats', 'close'] as const;
  expect(members.map((m) => [m, typeof wrapped[m]])).toEqual(members.map((m) => [m, typeof store[m]]));
  expect(typeof store.stagedBlobFile).toBe('function');

  await wrapped.load();
  const blob = Buffer.from('layer bytes');
  const digest = digestOf(blob);
  const file = path.join(dir, 'blob');
  await writeFile(file, blob);
  await wrapped.save([{ key: 'a'.repeat(64), layer: { digest, diffId: digest, size: blob.length, mediaType: 'application/vnd.oci.image.layer.v1.tar' } }], [{ digest, size: blob.length, path: file }]);
  expect(calls).toEqual(['load', 'save']);
  expect(await wrapped.blobFile!(digest)).toBe(await store.blobFile!(digest));
  const staged = await wrapped.stagedBlobFile!(digest);
  expect(staged?.path).toBe(await store.blobFile!(digest));
  expect(await staged?.checked).toBeUndefined();
});
