// The comparison benchmark's measuring parts: the counting proxy in front of a real registry, the local cache
// directory accounting, and counting cached steps in builders' logs.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { digestOf } from '../../src/oci/digest.js';
import { RegistryClient } from '../../src/registry/client.js';
import { parseReference } from '../../src/registry/reference.js';
import { listing, listingBytes, localCacheBytes, replaceDir, sameListing } from '../../bench/compare/builder.js';
import { startByteProxy, type ByteProxy } from '../../bench/compare/byte-proxy.js';
import { seededBytes } from '../../bench/compare/fixtures.js';
import { countCached } from '../../bench/compare/harness.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';

let registry: TestRegistry;
let proxy: ByteProxy;
let top: string;

beforeAll(async () => {
  registry = await startRegistry();
  proxy = await startByteProxy(registry.host);
  top = await mkdtemp(path.join(tmpdir(), 'hoist-bench-parts-'));
});
afterAll(async () => {
  await proxy.stop();
  await registry.stop();
  await rm(top, { recursive: true, force: true });
});

describe('byte proxy', () => {
  test('counts a blob push as up and its pull as down, headers included, and resets', async () => {
    const blob = seededBytes('proxy', 1_000_000);
    const digest = digestOf(blob);
    const client = new RegistryClient();
    const repo = parseReference(`${proxy.host}/bench/proxy:1`);
    try {
      proxy.reset();
      await client.pushBlob(repo, { mediaType: 'application/octet-stream', digest, size: blob.length }, () => Readable.from([blob]));
      const push = proxy.counts();
      expect(push.up).toBeGreaterThanOrEqual(blob.length);
      expect(push.up).toBeLessThan(blob.length + 20_000);
      expect(push.down).toBeLessThan(20_000);
      proxy.reset();
      expect(proxy.counts()).toEqual({ up: 0, down: 0 });
      const chunks: Buffer[] = [];
      for await (const c of await client.getBlob(repo, { mediaType: 'application/octet-stream', digest, size: blob.length })) chunks.push(c as Buffer);
      expect(Buffer.concat(chunks).equals(blob)).toBe(true);
      const pull = proxy.counts();
      expect(pull.down).toBeGreaterThanOrEqual(blob.length);
      expect(pull.down).toBeLessThan(blob.length + 20_000);
      expect(pull.up).toBeLessThan(20_000);
    } finally {
      await client.close();
    }
  });

  test('a target that is not host:port is an error naming it', async () => {
    await expect(startByteProxy('nope')).rejects.toThrow(/byte proxy: target must be host:port, got "nope"/);
  });
});

describe('local cache directories', () => {
  test('listing, bytes, and the actions/cache model: whole dir down; whole dir up only when it changed', async () => {
    const a = path.join(top, 'cache-a');
    await mkdir(path.join(a, 'blobs/sha256'), { recursive: true });
    await writeFile(path.join(a, 'index.json'), '{}');
    await writeFile(path.join(a, 'blobs/sha256/x'), Buffer.alloc(1000));
    const before = await listing(a);
    expect([...before]).toEqual(expect.arrayContaining([['index.json', 2], [path.join('blobs/sha256/x'), 1000]]));
    expect(listingBytes(before)).toBe(1002);
    expect(await listing(path.join(top, 'missing'))).toEqual(new Map());
    expect(localCacheBytes(before, await listing(a))).toEqual({ cacheDown: 1002, cacheUp: 0 });
    await writeFile(path.join(a, 'blobs/sha256/y'), Buffer.alloc(500));
    const after = await listing(a);
    expect(sameListing(before, after)).toBe(false);
    expect(localCacheBytes(before, after)).toEqual({ cacheDown: 1002, cacheUp: 1502 });
    const b = path.join(top, 'cache-b');
    await replaceDir(a, b);
    expect(sameListing(await listing(b), after)).toBe(true);
    expect(await readFile(path.join(b, 'index.json'), 'utf8')).toBe('{}');
    await replaceDir(path.join(top, 'missing'), b);
    expect((await listing(b)).size).toBe(0);
  });
});

describe('cached steps', () => {
  test('each builder\'s log format', () => {
    expect(countCached('[s] RUN a  CACHED\n[s] COPY b  CACHED\n[s] RUN c  1.2s  10 B\n', /  CACHED$/gm)).toBe(2);
    expect(countCached('#5 [2/4] RUN a\n#5 CACHED\n\n#6 [3/4] COPY b\n#6 CACHED\n#7 DONE 0.1s\n', /^#\d+ CACHED$/gm)).toBe(2);
    expect(countCached('Step 2/5 : RUN a\n ---> Using cache\nStep 3/5 : COPY b\n ---> 1234\n', /Using cache/g)).toBe(1);
    expect(countCached('CACHED CACHED', /CACHED/)).toBe(2);
  });
});
