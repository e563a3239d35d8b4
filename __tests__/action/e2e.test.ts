import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { busyboxEntries, pushSpecImage } from '../support/base-images.js';
import { docker } from '../support/docker.js';
import { startGhaCacheService, type GhaCacheService } from '../support/gha-cache-service.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { makeSelfSignedCert } from '../support/tls.js';
import { RegistryClient } from '../../src/registry/client.js';
import { staticCredentials } from '../../src/registry/credentials.js';
import { parseReference } from '../../src/registry/reference.js';
import { bundleAction, pullRequestEvent, pushEvent, registryTags, runAction, tagEvent, workspaceFrom, type ActionRun, type RunOptions } from './harness.js';

// The action end to end: dist/index.js's bundle run as a runner runs it, against a local registry, the local
// Actions cache service and the reference Docker engine (docker run).

const SHA = '0123456789abcdef0123456789abcdef01234567';
const SECRET = 'build-secret-Zq8v';
const PASSWORD = 'hunter2-pW9x-not-in-logs';
const GITHUB_TOKEN = 'ghs_e2eFakeToken0123456789';
const SDE = '1741064767';

let registry: TestRegistry;
let authRegistry: TestRegistry;
let cacheService: GhaCacheService;
let bundle: string;
let workspace: string;
let caFile: string;
let base: string;
const runs: Record<string, ActionRun> = {};
/** Temporary directories (the certificate's, the workspace), removed after the tests. */
const dirs: string[] = [];

const TAG_RULES = [
  'type=ref,event=branch',
  'type=ref,event=pr',
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  'type=sha',
  'type=raw,value=latest,enable={{is_default_branch}}',
].join('\n');

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return { images: `${registry.host}/Acme/App`, tags: TAG_RULES, 'build-args': `BASE=${base}`, secrets: `token=${SECRET}`, ...extra };
}

async function run(event: RunOptions['event'], extra: { inputs?: Record<string, string>; env?: Record<string, string> } = {}): Promise<ActionRun> {
  return runAction({
    bundle,
    workspace,
    event,
    inputs: inputs(extra.inputs),
    githubToken: GITHUB_TOKEN,
    env: { ...cacheService.env(event.ref), NODE_EXTRA_CA_CERTS: caFile, ...extra.env },
  });
}

/** Layer-step lines of the log: `[stage:line] CACHED` or `[stage:line] done 0.3s, layer 1.2 KiB`. */
function stepResults(r: ActionRun): string[] {
  return r.stdout.split('\n').filter((l) => /^\[[^\]]+:\d+\] (CACHED|done )/.test(l));
}

beforeAll(async () => {
  const tls = await makeSelfSignedCert();
  dirs.push(tls.dir);
  caFile = tls.certFile;
  // Each is assigned as soon as it is ready, so afterAll stops or removes it even when another one fails.
  await Promise.all([
    startRegistry().then((r) => (registry = r)),
    startRegistry({ tls, htpasswd: { username: 'pusher', password: PASSWORD } }).then((r) => (authRegistry = r)),
    startGhaCacheService().then((s) => (cacheService = s)),
    bundleAction().then((b) => (bundle = b)),
    workspaceFrom('app').then((w) => dirs.push((workspace = w))),
  ]);
  const client = new RegistryClient({ credentials: staticCredentials({}) });
  base = `${registry.host}/base/busybox:1`;
  await pushSpecImage(client, base, [busyboxEntries()]);
  await client.close();
}, 120000);

afterAll(async () => {
  try {
    if (bundle) await rm(path.dirname(bundle), { recursive: true, force: true });
    if (registry) await docker(['rmi', '-f', `${registry.host}/acme/app:main`]).catch(() => undefined);
    await cacheService?.stop();
    await registry?.stop();
    await authRegistry?.stop();
  } finally {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  }
});

describe('push to the default branch', () => {
  test('tags from the ref are pushed; outputs, summary and log groups are written', async () => {
    const r = (runs.main = await run(pushEvent(SHA), { env: { SOURCE_DATE_EPOCH: SDE } }));
    expect({ code: r.code, errors: r.errors }).toEqual({ code: 0, errors: [] });
    expect(await registryTags(registry.host, 'acme/app')).toEqual(['latest', 'main', 'sha-0123456'].sort());
    // The upper-case image name is lower-cased with a notice.
    expect(r.stdout).toMatch(/::notice::images line 1: image name ".*\/Acme\/App" lower-cased to ".*\/acme\/app"/);
    expect(r.outputs.version).toBe('main');
    expect(r.outputs.tags.split('\n')).toEqual([`${registry.host}/acme/app:main`, `${registry.host}/acme/app:latest`, `${registry.host}/acme/app:sha-0123456`]);
    expect(r.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs.imageid).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs.labels).toContain(`org.opencontainers.image.revision=${SHA}`);
    const meta = JSON.parse(r.outputs.metadata);
    expect(meta['containerimage.digest']).toBe(r.outputs.digest);
    expect(meta.pushed).toBe(true);
    expect(meta.refs).toEqual(expect.arrayContaining([`${registry.host}/acme/app:main`, `${registry.host}/acme/app@${r.outputs.digest}`]));
    expect(meta.platforms).toHaveLength(1);
    expect(meta.platforms[0]).toMatchObject({ platform: 'linux/amd64', digest: r.outputs.digest, config: r.outputs.imageid });
    // One log group per stage, plus preflight, push and cache; every layer step shows its time.
    const groups = r.stdout.split('\n').filter((l) => l.startsWith('::group::'));
    expect(groups).toEqual(['::group::Preflight', '::group::Layer cache', '::group::Stage build', '::group::Stage stage-1', '::group::Push', '::group::Cache save']);
    expect(stepResults(r).every((l) => / done \d+\.\ds/.test(l))).toBe(true);
    expect(stepResults(r)).toHaveLength(4);
    expect(r.stdout).toContain('push access to');
    // The summary: tags, digest, size, steps, layers.
    expect(r.summary).toContain(`| <code>${registry.host}/acme/app:main</code> | pushed |`);
    expect(r.summary).toContain(`<code>${r.outputs.digest}</code>`);
    expect(r.summary).toMatch(/\| Size \(compressed\) \| [\d.]+ (KiB|MiB) \(no earlier image under the first tag\) \|/);
    expect(r.summary).toMatch(/### Steps[\s\S]*\| build \| 6 \| <code>RUN --mount=type=secret.*<\/code> \| built \| [\d.]+s \| [\d.]+ (B|KiB) \|/);
    expect(r.summary).toMatch(/### Layers \(linux\/amd64\)\n\n\| # \| Layer \| Size \| Created by \|\n\| --- \| --- \| --- \| --- \|\n\| 1 \| <code>[0-9a-f]{12}<\/code> \| [\d.]+ MiB \|/);
  });

  test('the pushed image runs with docker run', async () => {
    const { stdout } = await docker(['run', '--rm', '--network', 'host', `${registry.host}/acme/app:main`]);
    expect(stdout).toBe('built by hoist\nhello from the fixture\n');
    const { stdout: len } = await docker(['run', '--rm', '--network', 'host', `${registry.host}/acme/app:main`, 'cat', '/app/token-length']);
    expect(len.trim()).toBe(String(SECRET.length));
  });

  test('a second run of the same commit is served from the Actions cache: every step CACHED, same digest, no new entries', async () => {
    const before = cacheService.stats();
    const r = (runs.again = await run(pushEvent(SHA), { env: { SOURCE_DATE_EPOCH: SDE } }));
    expect(r.code).toBe(0);
    const after = cacheService.stats();
    expect(stepResults(r)).toHaveLength(4);
    expect(stepResults(r).every((l) => l.endsWith('] CACHED'))).toBe(true);
    expect(after.hits).toBeGreaterThan(before.hits);
    expect(after.entriesCreated).toBe(before.entriesCreated);
    expect(r.outputs.digest).toBe(runs.main.outputs.digest);
    expect(JSON.parse(r.outputs.metadata).refs).toContain(`${registry.host}/acme/app:main`);
    // The summary compares against what main pointed at before: the same image.
    expect(r.summary).toMatch(/\| Size \(compressed\) \| [\d.]+ (KiB|MiB), no change against <code>[^<]+:main<\/code> before this build/);
    expect(r.summary).toMatch(/\| build \| 6 \| <code>RUN [^|]*<\/code> \| \*\*CACHED\*\* \|/);
    expect(r.summary).toMatch(/\| Push \| 0 layers uploaded \(0 B with the config\)/);
  });
});

describe('tag push v1.2.3', () => {
  test('semver tags and latest are pushed, warm from the default branch cache', async () => {
    const r = (runs.tag = await run(tagEvent(SHA, 'v1.2.3'), { env: { SOURCE_DATE_EPOCH: SDE } }));
    expect({ code: r.code, errors: r.errors }).toEqual({ code: 0, errors: [] });
    expect(await registryTags(registry.host, 'acme/app')).toEqual(['1.2', '1.2.3', 'latest', 'main', 'sha-0123456'].sort());
    expect(r.outputs.version).toBe('1.2.3');
    expect(r.outputs.tags.split('\n')).toEqual([`${registry.host}/acme/app:1.2.3`, `${registry.host}/acme/app:1.2`, `${registry.host}/acme/app:sha-0123456`, `${registry.host}/acme/app:latest`]);
    expect(r.outputs.labels).toContain('org.opencontainers.image.version=1.2.3');
    expect(stepResults(r).every((l) => l.endsWith('] CACHED'))).toBe(true);
    const pushed = await fetch(`http://${registry.host}/v2/acme/app/manifests/1.2.3`, { method: 'HEAD', headers: { accept: 'application/vnd.oci.image.manifest.v1+json' } });
    expect(pushed.headers.get('docker-content-digest')).toBe(r.outputs.digest);
  });
});

describe('pull request', () => {
  test('builds without pushing; outputs and summary say so', async () => {
    const tagsBefore = await registryTags(registry.host, 'acme/app');
    const r = (runs.pr = await run(pullRequestEvent(SHA, 7)));
    expect({ code: r.code, errors: r.errors }).toEqual({ code: 0, errors: [] });
    expect(await registryTags(registry.host, 'acme/app')).toEqual(tagsBefore);
    expect(r.outputs.tags.split('\n')).toEqual([`${registry.host}/acme/app:pr-7`, `${registry.host}/acme/app:sha-0123456`]);
    expect(r.outputs.digest).toMatch(/^sha256:/);
    expect(JSON.parse(r.outputs.metadata)).toMatchObject({ pushed: false, refs: [] });
    expect(r.stdout).toContain('push: no (default: no push on pull_request events)');
    expect(r.stdout).not.toContain('::group::Push');
    expect(r.summary).toContain('not pushed (default: no push on pull_request events)');
    expect(stepResults(r).filter((l) => l.endsWith('] CACHED')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('credentials', () => {
  test('username/password for a registry with htpasswd: pushed; the password and tokens appear nowhere but in mask commands', async () => {
    const r = (runs.auth = await run(pushEvent(SHA), { inputs: { images: `${authRegistry.host}/acme/private`, registry: authRegistry.host, username: 'pusher', password: PASSWORD } }));
    expect({ code: r.code, errors: r.errors }).toEqual({ code: 0, errors: [] });
    const client = new RegistryClient({ ca: authRegistry.ca, credentials: staticCredentials({ [authRegistry.host]: { username: 'pusher', password: PASSWORD } }) });
    expect((await client.listTags(parseReference(`${authRegistry.host}/acme/private`, { defaultTag: null }))).sort()).toEqual(['latest', 'main', 'sha-0123456']);
    await client.close();
    // Masks are registered before anything else is printed.
    const firstMask = r.stdout.indexOf('::add-mask::');
    expect(firstMask).toBe(0);
    expect(r.masked).toEqual(expect.arrayContaining([PASSWORD, GITHUB_TOKEN, SECRET, Buffer.from(`pusher:${PASSWORD}`).toString('base64')]));
    for (const secret of [PASSWORD, GITHUB_TOKEN, SECRET]) {
      expect(r.visible).not.toContain(secret);
      expect(r.stderr).not.toContain(secret);
      expect(JSON.stringify(r.outputs)).not.toContain(secret);
      expect(r.summary).not.toContain(secret);
    }
  });

  test('several registries: registry-auth logs in to one, the other needs no login; both get every tag', async () => {
    const r = await run(pushEvent(SHA), {
      inputs: { images: `${authRegistry.host}/acme/multi\n${registry.host}/acme/multi`, 'registry-auth': `- registry: ${authRegistry.host}\n  username: pusher\n  password: "${PASSWORD}"\n` },
    });
    expect({ code: r.code, errors: r.errors }).toEqual({ code: 0, errors: [] });
    expect(await registryTags(registry.host, 'acme/multi')).toEqual(['latest', 'main', 'sha-0123456']);
    const client = new RegistryClient({ ca: authRegistry.ca, credentials: staticCredentials({ [authRegistry.host]: { username: 'pusher', password: PASSWORD } }) });
    expect((await client.listTags(parseReference(`${authRegistry.host}/acme/multi`, { defaultTag: null }))).sort()).toEqual(['latest', 'main', 'sha-0123456']);
    await client.close();
    expect(r.stdout.match(/^push access to .*: ok$/gm)).toHaveLength(2);
    expect(r.masked).toContain(PASSWORD);
    for (const text of [r.visible, r.stderr, JSON.stringify(r.outputs), r.summary]) expect(text).not.toContain(PASSWORD);
    expect(JSON.parse(r.outputs.metadata).refs).toHaveLength(8);
  });

  test('no secret reaches the image: every blob in the registries is free of them', async () => {
    for (const reg of [authRegistry, registry]) {
      const blobs = path.join(reg.dir, 'data/docker/registry/v2/blobs');
      const files: string[] = [];
      const walk = async (d: string) => {
        for (const e of await readdir(d, { withFileTypes: true })) {
          if (e.isDirectory()) await walk(path.join(d, e.name));
          else files.push(path.join(d, e.name));
        }
      };
      await walk(blobs);
      expect(files.length).toBeGreaterThan(3);
      const { gunzipSync } = await import('node:zlib');
      for (const f of files) {
        let bytes = await readFile(f);
        if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
        for (const secret of [PASSWORD, GITHUB_TOKEN, SECRET]) expect({ file: f, leaks: bytes.includes(secret) }).toEqual({ file: f, leaks: false });
      }
    }
  });
});
