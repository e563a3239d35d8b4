/**
 * The registry cache (`--cache-to/--cache-from type=registry,ref=R`, build-push-action's registry cache) against
 * the real distribution registry: a build on a fresh state directory reuses what another saved, a branch reads
 * main's cache and writes its own, a RUN after an edit gets the layers below it from the registry, and a ref
 * that is not hoist's cache, or a registry that does not answer, is a warning, never a failed build.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { REGISTRY_CACHE_INDEX } from '../../src/cache/registry-store.js';
import { runCli } from '../../src/cli/main.js';
import { RegistryClient } from '../../src/registry/client.js';
import { parseReference } from '../../src/registry/reference.js';
import { busyboxEntries, pushSpecImage } from '../support/base-images.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';

let registry: TestRegistry;
let client: RegistryClient;
let dir: string;
let runs = 0;

/** One `hoist build` on a fresh state directory (a fresh runner): only the registry survives between builds. */
async function hoist(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const state = path.join(dir, `state-${++runs}`);
  const code = await runCli(['build', 'ctx', ...args], {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    env: { PATH: process.env.PATH, HOME: '/nonexistent', HOIST_STATE_DIR: state },
    cwd: dir,
    signal: new AbortController().signal,
  });
  return { code, out, err };
}

const cached = (err: string) => err.split('\n').filter((l) => l.endsWith('  CACHED')).map((l) => l.replace(/^\[stage-0\] /, '').replace(/  CACHED$/, ''));

async function cacheManifest(ref: string) {
  const m = await client.getManifest(parseReference(ref));
  if (m.kind !== 'manifest') throw new Error(`${ref}: expected a manifest, got ${m.kind}`);
  return m;
}

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient();
  dir = await mkdtemp(path.join(tmpdir(), 'hoist-registry-cache-'));
  const base = `${registry.host}/base/busybox:1`;
  await pushSpecImage(client, base, [busyboxEntries()]);
  await mkdir(path.join(dir, 'ctx'), { recursive: true });
  await writeFile(path.join(dir, 'ctx', 'app.txt'), 'v1\n');
  await writeFile(
    path.join(dir, 'ctx', 'Dockerfile'),
    `FROM ${base}\nRUN echo one > /one && head -c 300000 /dev/urandom > /noise\nCOPY app.txt /app.txt\nRUN cat /one /app.txt > /both\nCMD ["cat", "/both"]\n`,
  );
}, 60_000);

afterAll(async () => {
  await client?.close();
  await registry?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('registry cache', () => {
  it('saves to the cache-to ref, reuses it on a fresh machine, warms a branch from main, and never fails a build', async () => {
    const image = `${registry.host}/rc/app`;
    const main = `${registry.host}/rc/cache:main`;
    const feature = `${registry.host}/rc/cache:feature`;

    // Cold: nothing at the ref yet; everything built, then saved as a hoist cache manifest.
    const cold = await hoist(['-t', `${image}:1`, '--push', '--cache-from', `type=registry,ref=${main}`, '--cache-to', `type=registry,ref=${main},mode=max`]);
    expect(cold.err).not.toMatch(/warning/);
    expect(cold.code).toBe(0);
    expect(cold.err).toContain(`registry cache: nothing at ${main} yet`);
    expect(cached(cold.err)).toEqual([]);
    const saved = await cacheManifest(main);
    expect(saved.manifest.config.mediaType).toBe(REGISTRY_CACHE_INDEX);
    // The three layers the build made (RUN, COPY, RUN), each a blob the cache repository has.
    expect(saved.manifest.layers).toHaveLength(3);
    for (const l of saved.manifest.layers) expect(await client.hasBlob(parseReference(`${registry.host}/rc/cache`), l.digest)).toBe(true);
    const index = JSON.parse(gunzipSync(await client.readBlob(parseReference(main), saved.manifest.config)).toString('utf8'));
    expect(index.records.filter((r: { layer?: unknown }) => r.layer)).toHaveLength(3);
    // No step text in a registry (which may be public): a RUN's created_by can hold build-arg values.
    expect(index.records.filter((r: { createdBy?: string }) => r.createdBy !== undefined)).toEqual([]);

    // No-op on a fresh state directory: every step from the registry cache, the same image.
    const noop = await hoist(['-t', `${image}:2`, '--push', '--cache-from', `type=registry,ref=${main}`, '--cache-to', `type=registry,ref=${main},mode=max`]);
    expect(noop.code).toBe(0);
    expect(cached(noop.err)).toEqual(['RUN echo one > /one && head -c 300000 /dev/urandom > /noise', 'COPY app.txt /app.txt', 'RUN cat /one /app.txt > /both']);
    expect(noop.out.trim()).toBe(cold.out.trim());
    expect(noop.err).toContain('registry cache: not saving: nothing new to save');
    expect((await cacheManifest(main)).digest).toBe(saved.digest);

    // A branch: reads main's cache, writes its own ref. The RUN after the edited COPY needs the layers below it,
    // downloaded from the registry cache (the random /noise proves they are main's, not rebuilt).
    await writeFile(path.join(dir, 'ctx', 'app.txt'), 'v2\n');
    const branch = await hoist(['-o', 'type=local,dest=out-branch', '--cache-from', `type=registry,ref=${feature}`, '--cache-from', `type=registry,ref=${main}`, '--cache-to', `type=registry,ref=${feature},mode=max`]);
    expect(branch.err).not.toMatch(/warning: registry cache/);
    expect(branch.code).toBe(0);
    expect(cached(branch.err)).toEqual(['RUN echo one > /one && head -c 300000 /dev/urandom > /noise']);
    expect(await readFile(path.join(dir, 'out-branch', 'both'), 'utf8')).toBe('one\nv2\n');
    const cold1 = await hoist(['-o', 'type=local,dest=out-main', '--cache-from', `type=registry,ref=${main}`]);
    expect(cold1.code).toBe(0);
    expect(await readFile(path.join(dir, 'out-branch', 'noise'))).toEqual(await readFile(path.join(dir, 'out-main', 'noise')));
    const branchCache = await cacheManifest(feature);
    expect(branchCache.manifest.config.mediaType).toBe(REGISTRY_CACHE_INDEX);
    // Main's ref is untouched; the branch's lists its own two new layers and main's first one.
    expect((await cacheManifest(main)).digest).toBe(saved.digest);
    expect(branchCache.manifest.layers.map((l) => l.digest)).toContain(saved.manifest.layers[0].digest);
    expect(branchCache.manifest.layers).toHaveLength(5);
    // cache-from without cache-to only reads.
    expect(cold1.err).toContain('registry cache: not saving: no cache-to reference');

    // cache-to alone is not read for lookups (buildx imports only cache-from), but its records are carried.
    const toOnly = await hoist(['-o', 'type=local,dest=out-to-only', '--cache-to', `type=registry,ref=${main},mode=max`]);
    expect(toOnly.code).toBe(0);
    expect(cached(toOnly.err)).toEqual([]);
    const carried = await cacheManifest(main);
    expect(carried.manifest.layers.map((l) => l.digest)).toEqual(expect.arrayContaining(saved.manifest.layers.map((l) => l.digest)));
    // A cache-to ref that cannot be read is not replaced (its records would be lost).
    const unreadable = await hoist(['-o', 'type=local,dest=out-unreadable', '--cache-to', 'type=registry,ref=127.0.0.1:1/nothing/here:cache']);
    expect(unreadable.code).toBe(0);
    expect(unreadable.err).toContain('registry cache: not saving: 127.0.0.1:1/nothing/here:cache could not be read (');

    // A ref that is an image, not a hoist cache, and a registry that does not answer: warnings, and the build goes on.
    const foreign = await hoist(['--cache-from', `type=registry,ref=${image}:1`, '--cache-from', 'type=registry,ref=127.0.0.1:1/nothing/here:cache', '-o', 'type=local,dest=out-foreign']);
    expect(foreign.code).toBe(0);
    expect(foreign.err).toContain(`warning: registry cache: ${image}:1 is not a hoist cache (it is a manifest with config application/vnd.oci.image.config.v1+json`);
    expect(foreign.err).toMatch(/warning: registry cache: reading 127\.0\.0\.1:1\/nothing\/here:cache failed: /);
    expect(cached(foreign.err)).toEqual([]);
    expect(await readFile(path.join(dir, 'out-foreign', 'both'), 'utf8')).toBe('one\nv2\n');
  }, 180_000);

  it('refuses a registry cache spec without a reference, naming the flag', async () => {
    const r = await hoist(['--cache-to', 'type=registry,mode=max']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--cache-to "type=registry,mode=max": type=registry needs ref=');
    const bad = await hoist(['--cache-from', 'type=registry,ref=Bad Ref']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--cache-from "type=registry,ref=Bad Ref": ref: ');
  });
});
