// The local Actions cache service driven by the real, unmodified @actions/cache 6 (v2 protocol).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as cache from '@actions/cache';
import { startGhaCacheService, type GhaCacheService } from '../support/gha-cache-service.js';
import { matchEntry, type ServiceEntry } from '../support/gha-cache-match.js';
import { captureStdout } from '../support/gha-stdout.js';

let svc: GhaCacheService;
let ws: string;
const saved = { ...process.env };

function useEnv(vars: Record<string, string>): void {
  for (const k of Object.keys(process.env)) if (k.startsWith('ACTIONS_') || k === 'RUNNER_DEBUG') delete process.env[k];
  Object.assign(process.env, vars, { GITHUB_WORKSPACE: ws, RUNNER_TEMP: path.join(ws, '.tmp') });
}

async function writeData(name: string, bytes: Buffer): Promise<string> {
  const dir = path.join(ws, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'data.bin'), bytes);
  return dir;
}

beforeAll(async () => {
  svc = await startGhaCacheService();
  ws = await mkdtemp(path.join(tmpdir(), 'hoist-gha-svc-'));
});
afterAll(async () => {
  await svc.stop();
  process.env = saved;
  await rm(ws, { recursive: true, force: true });
});
beforeEach(() => {
  svc.faults.clear();
  useEnv(svc.env('refs/heads/main'));
});

describe('local Actions cache service with the real @actions/cache', () => {
  test('save then restore on a wiped workspace, with exact and prefix keys', async () => {
    const bytes = randomBytes(300_000);
    const dir = await writeData('a', bytes);
    const id = await captureStdout(() => cache.saveCache([dir], 'svc-test-a-1'));
    expect(id.value).toBeGreaterThan(0);
    await rm(dir, { recursive: true });
    const hit = await captureStdout(() => cache.restoreCache([dir], 'svc-test-a-1'));
    expect(hit.value).toBe('svc-test-a-1');
    expect(await readFile(path.join(dir, 'data.bin'))).toEqual(bytes);
    // a newer entry under the same prefix wins a prefix lookup
    await writeData('a', randomBytes(10));
    expect((await captureStdout(() => cache.saveCache([dir], 'svc-test-a-2'))).value).toBeGreaterThan(0);
    expect((await captureStdout(() => cache.restoreCache([dir], 'svc-test-a-', [], { lookupOnly: true }))).value).toBe('svc-test-a-2');
    expect((await captureStdout(() => cache.restoreCache([dir], 'svc-none', ['svc-test-a-1']))).value).toBe('svc-test-a-1');
    // the Put Blob path carried the archive and Finalize checked its size
    const s = svc.stats();
    expect(s.requests.PutBlob).toBeGreaterThanOrEqual(2);
    expect(s.entriesCreated).toBeGreaterThanOrEqual(2);
    expect(hit.stdout).toContain('::add-mask::');
  });

  test('immutability: a second save under the same key is refused with 409 already_exists', async () => {
    const dir = await writeData('b', randomBytes(100));
    expect((await captureStdout(() => cache.saveCache([dir], 'svc-test-b'))).value).toBeGreaterThan(0);
    const again = await captureStdout(() => cache.saveCache([dir], 'svc-test-b'));
    expect(again.value).toBe(-1);
    expect(again.stdout).toContain('(409) Conflict');
    expect(svc.stats().conflicts).toBeGreaterThanOrEqual(1);
  });

  test('version depends on the paths: a different path does not see the entry', async () => {
    const dir = await writeData('c', randomBytes(100));
    await captureStdout(() => cache.saveCache([dir], 'svc-test-c'));
    const other = await writeData('c2', randomBytes(1));
    expect((await captureStdout(() => cache.restoreCache([other], 'svc-test-c', [], { lookupOnly: true }))).value).toBeUndefined();
  });

  test('a pull request scope reads the default branch, the default branch never reads the pull request', async () => {
    const dir = await writeData('d', randomBytes(100));
    await captureStdout(() => cache.saveCache([dir], 'svc-test-d-main'));
    useEnv(svc.env('refs/pull/7/merge'));
    expect((await captureStdout(() => cache.restoreCache([dir], 'svc-test-d-', [], { lookupOnly: true }))).value).toBe('svc-test-d-main');
    await captureStdout(() => cache.saveCache([dir], 'svc-test-d-pr'));
    // the PR's own scope comes first
    expect((await captureStdout(() => cache.restoreCache([dir], 'svc-test-d-', [], { lookupOnly: true }))).value).toBe('svc-test-d-pr');
    useEnv(svc.env('refs/heads/main'));
    expect((await captureStdout(() => cache.restoreCache([dir], 'svc-test-d-pr', [], { lookupOnly: true }))).value).toBeUndefined();
    // a sibling branch sees neither the PR nor another branch's entries
    useEnv(svc.env('refs/heads/other', { defaultBranch: null }));
    expect((await captureStdout(() => cache.restoreCache([dir], 'svc-test-d-', [], { lookupOnly: true }))).value).toBeUndefined();
  });

  test('a read-only token: restore works, save is denied with a warning', async () => {
    const dir = await writeData('e', randomBytes(100));
    await captureStdout(() => cache.saveCache([dir], 'svc-test-e'));
    useEnv(svc.env('refs/heads/main', { permission: 'read' }));
    expect((await captureStdout(() => cache.restoreCache([dir], 'svc-test-e', [], { lookupOnly: true }))).value).toBe('svc-test-e');
    const denied = await captureStdout(() => cache.saveCache([dir], 'svc-test-e-2'));
    expect(denied.value).toBe(-1);
    expect(denied.stdout).toMatch(/::warning::Failed to save: .*cache write denied/);
  });

  test('429 with Retry-After is reported by the client and the save returns -1', async () => {
    const dir = await writeData('f', randomBytes(100));
    const rule = svc.faults.rateLimit(1, 7);
    const r = await captureStdout(() => cache.saveCache([dir], 'svc-test-f'));
    expect(r.value).toBe(-1);
    expect(r.stdout).toContain('rate limit will reset in 7 seconds');
    expect(rule.hits).toBe(1);
    expect((await captureStdout(() => cache.saveCache([dir], 'svc-test-f'))).value).toBeGreaterThan(0);
  });

  test('a 5xx on Twirp is retried by the client; a 500 on Put Blob fails the save', async () => {
    const dir = await writeData('g', randomBytes(100));
    svc.faults.serverError(1, 503, ['CreateCacheEntry']);
    expect((await captureStdout(() => cache.saveCache([dir], 'svc-test-g'))).value).toBeGreaterThan(0);
    svc.faults.serverError(Infinity, 400, ['PutBlob']);
    const failed = await captureStdout(() => cache.saveCache([dir], 'svc-test-g2'));
    expect(failed.value).toBe(-1);
    expect(failed.stdout).toContain('::warning::Failed to save');
  }, 60_000);

  test('evicted entries miss; corrupt downloads fail the restore with a warning', async () => {
    const dir = await writeData('h', randomBytes(50_000));
    await captureStdout(() => cache.saveCache([dir], 'svc-test-h'));
    svc.faults.corruptDownloads(1);
    const bad = await captureStdout(() => cache.restoreCache([dir], 'svc-test-h'));
    expect(bad.value).toBeUndefined();
    expect(bad.stdout).toContain('::warning::Failed to restore');
    expect(svc.evict('svc-test-h')).toBe(1);
    const gone = await captureStdout(() => cache.restoreCache([dir], 'svc-test-h'));
    expect(gone.value).toBeUndefined();
    expect(gone.stdout).not.toContain('::warning::');
  });

  test('a large archive goes up as Put Block + Put Block List', async () => {
    const dir = await writeData('big', randomBytes(130 * 1024 * 1024));
    const r = await captureStdout(() => cache.saveCache([dir], 'svc-test-big'));
    expect(r.value).toBeGreaterThan(0);
    expect(svc.stats().requests.PutBlock).toBeGreaterThanOrEqual(3);
    expect(svc.stats().requests.PutBlockList).toBeGreaterThanOrEqual(1);
    await rm(dir, { recursive: true });
    expect((await captureStdout(() => cache.restoreCache([dir], 'svc-test-big'))).value).toBe('svc-test-big');
    expect((await readFile(path.join(dir, 'data.bin'))).length).toBe(130 * 1024 * 1024);
  }, 120_000);
});

describe('key matching', () => {
  const e = (scope: string, key: string, seq: number, version = 'v'): ServiceEntry => ({
    id: seq, scope, key, version, size: 0, seq, createdAt: seq, lastAccess: seq, finalized: true,
  });
  const all = [e('b', 'k-1', 1), e('b', 'k-2', 2), e('m', 'k-3', 3), e('m', 'x', 4), e('b', 'k-9', 5, 'other')];
  test('exact, then newest prefix, then restore keys, branch scope before default branch', () => {
    expect(matchEntry(all, ['b', 'm'], 'k-1', [], 'v')?.key).toBe('k-1');
    expect(matchEntry(all, ['b', 'm'], 'k-', [], 'v')?.key).toBe('k-2');
    expect(matchEntry(all, ['m', 'b'], 'k-', [], 'v')?.key).toBe('k-3');
    expect(matchEntry(all, ['b', 'm'], 'none', ['x'], 'v')?.key).toBe('x');
    expect(matchEntry(all, ['b', 'm'], 'k-9', [], 'v')).toBeUndefined();
    expect(matchEntry(all, ['b'], 'k-9', [], 'other')?.key).toBe('k-9');
    expect(matchEntry(all, ['z'], 'k-', [], 'v')).toBeUndefined();
  });
});
