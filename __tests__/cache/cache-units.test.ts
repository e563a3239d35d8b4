// Pure parts of the layer cache: policy, layout, index format, outcome classification, scopes, token.
import { describe, expect, test } from '@jest/globals';
import { digestOf, type Digest } from '../../src/oci/digest.js';
import { decideWrite, isForkPullRequest, selectForSave } from '../../src/cache/policy.js';
import { bundleId, planBundles, splitLayers } from '../../src/cache/layout.js';
import { decodeIndex, encodeIndex, mergeIndexes, nextIndex, type CacheIndex } from '../../src/cache/index-file.js';
import { classifyRestore, classifySave, parseLines } from '../../src/cache/gha-outcome.js';
import { planRefs, resolveScope } from '../../src/cache/scope.js';
import { decodeRuntimeToken } from '../../src/cache/token.js';
import { mintRuntimeToken } from '../support/gha-cache-token.js';
import type { BlobFile, CacheRecord } from '../../src/cache/types.js';

const key = (s: string) => digestOf(`key ${s}`).slice(7);
const dg = (s: string) => digestOf(`blob ${s}`);
function rec(name: string, o: Partial<CacheRecord> & { size?: number } = {}): CacheRecord {
  const { size, ...rest } = o;
  return { key: key(name), layer: { digest: dg(name), diffId: dg(`d${name}`), size: size ?? 10, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' }, createdBy: name, ...rest };
}
const file = (r: CacheRecord): BlobFile => ({ digest: r.layer!.digest, size: r.layer!.size, path: `/x/${r.key}` });

describe('write policy', () => {
  const fork = { repository: { full_name: 'a/b' }, pull_request: { head: { repo: { full_name: 'c/b', fork: true } } } };
  const same = { repository: { full_name: 'a/b' }, pull_request: { head: { repo: { full_name: 'a/b', fork: false } } } };
  test.each([
    [{ write: 'auto' as const }, true, /writes on/],
    [{ write: false }, false, /switched off/],
    [{ write: true, eventName: 'pull_request', payload: fork }, true, /switched on/],
    [{ write: 'auto' as const, eventName: 'pull_request', payload: fork }, false, /forks/],
    [{ write: 'auto' as const, eventName: 'pull_request', payload: same }, true, /writes on/],
    [{ write: 'auto' as const, tokenScopes: [{ scope: 'refs/heads/main', permission: 1 }] }, false, /read-only/],
    [{ write: 'auto' as const, tokenScopes: [{ scope: 'refs/heads/main', permission: 3 }] }, true, /writes on/],
    [{ write: true, cacheMode: 'read' }, false, /ACTIONS_CACHE_MODE=read/],
    [{ write: 'auto' as const, cacheMode: 'write-only' }, true, /writes on/],
  ])('decideWrite(%j) = %s', (input, write, reason) => {
    const d = decideWrite(input);
    expect(d.write).toBe(write);
    expect(d.reason).toMatch(reason);
  });

  test('a deleted fork counts as a fork; a push is never one', () => {
    expect(isForkPullRequest('pull_request', { repository: { full_name: 'a/b' }, pull_request: { head: { repo: null } } })).toBe(true);
    expect(isForkPullRequest('push', fork)).toBe(false);
  });

  test('selectForSave: mode, already cached, budget in build order, missing files, malformed records', () => {
    const a = rec('a', { size: 100 });
    const b = rec('b', { size: 50, final: false });
    const c = rec('c', { size: 80 });
    const d = rec('d', { size: 10 });
    const bad = { key: 'nothex', createdBy: 'x' } as CacheRecord;
    const min = selectForSave([a, b, c, d, bad], [a, b, c].map(file), { mode: 'min', budgetBytes: 150, isCached: (x) => x === dg('zzz') });
    expect(min.records.map((r) => r.createdBy)).toEqual(['a', 'c', 'd']);
    expect(min.upload.map((f) => f.digest)).toEqual([a.layer!.digest]);
    expect(min.overBudget).toEqual([c.layer!.digest]);
    expect(min.missing).toEqual([d.layer!.digest]);
    expect(min.invalid[0]).toMatch(/record key "nothex"/);
    const max = selectForSave([a, b, c], [a, b, c].map(file), { mode: 'max', isCached: (x) => x === a.layer!.digest });
    expect(max.records).toHaveLength(3);
    expect(max.alreadyCached).toEqual([a.layer!.digest]);
    expect(max.upload.map((f) => f.digest)).toEqual([b.layer!.digest, c.layer!.digest]);
  });
});

describe('entry layout', () => {
  test('one stage: stable = below the RUN after the last source COPY; rest = from that COPY on, and leaves', () => {
    const deps = rec('RUN apk add gcc');
    const pkg = rec('COPY package.json .', { parent: deps.key, volatile: true });
    const install = rec('RUN npm ci', { parent: pkg.key, volatile: false });
    const src = rec('COPY src .', { parent: install.key, volatile: true });
    const make = rec('RUN make', { parent: src.key, volatile: false });
    const label = rec('COPY LICENSE /', { parent: make.key, volatile: false, run: false });
    const { stable, rest } = splitLayers([deps, pkg, install, src, make, label]);
    expect([...stable]).toEqual([deps, pkg, install].map((r) => r.layer!.digest));
    expect([...rest]).toEqual([src, make, label].map((r) => r.layer!.digest));
    // no flags: inferred from createdBy; no parent links: by build order
    const inferred = splitLayers([rec('RUN a'), rec('COPY --from=x /a /b'), rec('COPY . /app'), rec('RUN make')]);
    expect(inferred.stable.size).toBe(2);
    expect(inferred.rest.size).toBe(2);
  });

  test('multi-stage: what go build needs is stable; the final stage top and the COPY --from are rest', () => {
    const bDeps = rec('RUN apt-get install make');
    const bSrc = rec('COPY . /src', { parent: bDeps.key, volatile: true });
    const bBuild = rec('RUN make', { parent: bSrc.key, volatile: false });
    const fUser = rec('RUN adduser app', { volatile: false });
    const fCopy = rec('COPY --from=build /app /app', { parent: fUser.key, sources: [bBuild.key], volatile: false });
    const { stable, rest } = splitLayers([bDeps, bSrc, bBuild, fUser, fCopy]);
    expect(stable).toEqual(new Set([bDeps.layer!.digest]));
    expect(rest).toEqual(new Set([bSrc, bBuild, fUser, fCopy].map((r) => r.layer!.digest)));
  });

  test('planBundles: at most two bundles whatever the number of layers; ids are content-addressed', () => {
    const many = Array.from({ length: 40 }, (_, i) => rec(i === 30 ? 'COPY . /app' : `RUN step ${i}`, { volatile: i === 30 }));
    const plans = planBundles(many, many.map(file));
    expect(plans.map((p) => [p.part, p.blobs.length])).toEqual([['stable', 30], ['rest', 10]]);
    expect(plans[0].id).toBe(bundleId([...many.slice(0, 30).map((r) => r.layer!.digest)].reverse()));
    expect(planBundles(many.slice(0, 5), many.slice(0, 5).map(file))).toHaveLength(2); // 4 under a RUN + the top
    expect(planBundles([], [])).toEqual([]);
  });
});

describe('index format', () => {
  const index = (ref: string, records: CacheRecord[], bundles: Record<string, Digest[]>, used = 1): CacheIndex => ({
    v: 1,
    scope: 's',
    ref,
    written: used,
    records: records.map((r) => ({ ...r, used })),
    bundles: Object.fromEntries(Object.entries(bundles).map(([id, blobs]) => [id, { key: `k-${id}`, path: `/r/b/${id}`, blobs, bytes: 1, created: used }])),
  });
  const id1 = 'a'.repeat(32);
  const id2 = 'b'.repeat(32);

  test('decode validates and drops bad parts; errors name the entry', () => {
    const good = index('refs/heads/main', [rec('a')], { [id1]: [dg('a')] });
    const text = encodeIndex({ ...good, records: [...good.records, { key: 'bad', used: 1 }], bundles: { ...good.bundles, nothex: good.bundles[id1] } });
    const back = decodeIndex(text, 'index X');
    expect(back.records).toHaveLength(1);
    expect(Object.keys(back.bundles)).toEqual([id1]);
    // Fields of the wrong type (another version, anyone who may push a registry cache ref): the record is dropped,
    // it never reaches a lookup that would fail on it.
    const odd = [{ ...rec('s'), sources: 5 }, { ...rec('p'), parent: {} }, { ...rec('m'), meta: [] }, { ...rec('r'), run: 'yes' }, { ...rec('c'), createdBy: 7 }];
    expect(decodeIndex(encodeIndex({ ...good, records: [...good.records, ...(odd as unknown as typeof good.records)] }), 'index X').records.map((r) => r.key)).toEqual([good.records[0].key]);
    expect(() => decodeIndex('{', 'index X')).toThrow(/index X: not JSON/);
    expect(() => decodeIndex('{"v":2}', 'index X')).toThrow(/index X: unknown index format 2/);
  });

  test('merge keeps priority: own ref first; next index prunes dead and unreferenced bundles', () => {
    const a1 = rec('a');
    const a2 = { ...rec('a2'), key: a1.key };
    const own = index('refs/pull/1/merge', [a1], { [id1]: [a1.layer!.digest] }, 5);
    const main = index('refs/heads/main', [a2, rec('b')], { [id2]: [a2.layer!.digest, dg('b')] }, 9);
    const view = mergeIndexes([own, main]);
    expect(view.records.get(a1.key)!.map((r) => r.layer!.digest)).toEqual([a1.layer!.digest, a2.layer!.digest]);
    expect(view.blobBundles.get(dg('b'))).toEqual([id2]);
    const next = nextIndex({
      scope: 's', ref: 'refs/pull/1/merge', now: 10, view, newRecords: [rec('c')], used: new Set([a1.key]),
      newBundles: {}, deadBundles: new Set([id2]), maxRecords: 3,
    });
    expect(next.records.map((r) => r.createdBy)).toEqual(['c', 'a', 'a2']);
    expect(next.records.every((r) => r.used === 10)).toBe(true);
    expect(Object.keys(next.bundles)).toEqual([id1]);
  });
});

describe('outcome classification (lines as @actions/cache 6.3 prints them)', () => {
  const lines = (...l: string[]) => parseLines(l);
  test('restore', () => {
    expect(classifyRestore('k', lines('Cache hit for: k', 'Cache Size: ~0 MB (1234 B)'))).toEqual({ kind: 'hit', key: 'k', bytes: 1234 });
    expect(classifyRestore(undefined, lines('::debug::Cache not found for version v of keys: k'))).toEqual({ kind: 'miss' });
    const rl = classifyRestore(undefined, lines("::warning::You've hit a rate limit, your rate limit will reset in 9 seconds", '::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Rate limited: Failed request: (429) Too Many Requests'));
    expect(rl).toMatchObject({ kind: 'fault', reason: 'rate-limited', retryAfterSec: 9 });
    expect(classifyRestore(undefined, lines('::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Failed to make request after 5 attempts: Failed request: (500) Internal Server Error'))).toMatchObject({ reason: 'server' });
    expect(classifyRestore(undefined, lines('::warning::Failed to restore: "/usr/bin/tar" failed with error: The process \'/usr/bin/tar\' failed with exit code 2'))).toMatchObject({ reason: 'archive' });
    expect(classifyRestore(undefined, lines('::warning::Failed to restore: cache read denied: no scope'))).toMatchObject({ reason: 'denied' });
    expect(classifyRestore(undefined, lines('::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: connect ECONNREFUSED 127.0.0.1:1'))).toMatchObject({ reason: 'network' });
  });
  test('save', () => {
    expect(classifySave(42, lines('::debug::File Size: 999'))).toEqual({ kind: 'created', id: 42, bytes: 999 });
    expect(classifySave(-1, lines('::debug::Failed to reserve cache: Error: Failed to CreateCacheEntry: Received non-retryable error: Failed request: (409) Conflict: cache entry with the same key, version, and scope already exists', 'Failed to save: Unable to reserve cache with key k, another job may be creating this cache.'))).toMatchObject({ kind: 'exists' });
    expect(classifySave(-1, lines('::debug::Failed to reserve cache: Error: Failed to CreateCacheEntry: Rate limited: Failed request: (429) Too Many Requests: slow down', 'Failed to save: Unable to reserve cache with key k, another job may be creating this cache.'))).toMatchObject({ kind: 'fault', reason: 'rate-limited' });
    expect(classifySave(-1, lines('::warning::Failed to save: Unable to reserve cache with key k. More details: cache write denied: read-only'))).toMatchObject({ reason: 'denied' });
    expect(classifySave(-1, lines('::debug::Failed to reserve cache: Error: Failed to CreateCacheEntry: Failed to make request after 5 attempts: Failed request: (503) Service Unavailable', 'Failed to save: Unable to reserve cache with key k, another job may be creating this cache.'))).toMatchObject({ reason: 'server' });
    expect(classifySave(-1, lines('::warning::Failed to save: Cache storage quota has been hit. Unable to upload any new cache entries.'))).toMatchObject({ reason: 'quota' });
    expect(classifySave(undefined, lines(), new Error('Path Validation Error: nothing'))).toMatchObject({ kind: 'fault', reason: 'other' });
  });
  test('workflow command escapes are decoded', () => {
    expect(parseLines(['::warning::a%0Ab%25c']).warnings).toEqual(['a\nb%c']);
  });
});

describe('scopes and refs', () => {
  test('derived scopes differ per image, target and platform; explicit scopes win', () => {
    const a = resolveScope(undefined, { image: 'ghcr.io/a/b', platform: 'linux/amd64' });
    const b = resolveScope(undefined, { image: 'ghcr.io/a/b', platform: 'linux/arm64' });
    const c = resolveScope(undefined, { image: 'ghcr.io/a/b', platform: 'linux/amd64', target: 'test' });
    expect(new Set([a.id, b.id, c.id]).size).toBe(3);
    expect(a.id).toMatch(/^[a-f0-9]{16}$/);
    expect(resolveScope('mine', { image: 'x' }).name).toBe('mine');
  });

  test('refs: own ref, PR base, default branch; filtered by what the token can read', () => {
    expect(planRefs({ ref: 'refs/pull/3/merge', baseRef: 'release', defaultBranch: 'main' })).toEqual({
      writeRef: 'refs/pull/3/merge',
      readRefs: ['refs/pull/3/merge', 'refs/heads/release', 'refs/heads/main'],
    });
    const tokenScopes = [
      { scope: 'refs/tags/v1', permission: 3 },
      { scope: 'refs/heads/main', permission: 1 },
    ];
    expect(planRefs({ ref: 'refs/tags/v1', defaultBranch: 'trunk', tokenScopes })).toEqual({ writeRef: 'refs/tags/v1', readRefs: ['refs/tags/v1', 'refs/heads/main'] });
    expect(planRefs({ ref: 'refs/heads/x', tokenScopes: [{ scope: 'refs/heads/x', permission: 1 }] })).toEqual({ writeRef: undefined, readRefs: ['refs/heads/x'] });
  });

  test('the runtime token ac claim is decoded; other tokens are not', () => {
    const t = mintRuntimeToken('s', [{ Scope: 'refs/heads/main', Permission: 3 }]);
    expect(decodeRuntimeToken(t)).toEqual([{ scope: 'refs/heads/main', permission: 3 }]);
    expect(decodeRuntimeToken('opaque')).toBeUndefined();
    expect(decodeRuntimeToken(undefined)).toBeUndefined();
  });
});
