import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { readTextFile, spawnHelper } from '../../src/registry/credential-helpers.js';
import {
  chainCredentials,
  defaultCredentials,
  dockerConfigCredentials,
  githubTokenCredentials,
  normalizeCredentialKey,
  staticCredentials,
  type RunHelper,
} from '../../src/registry/credentials.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

/** A fake file system and helper runner that record what they were asked. */
function fakes(files: Record<string, string>, helpers: Record<string, (url: string) => { code: number; stdout: string; stderr?: string }> = {}) {
  const calls: Array<{ program: string; input: string }> = [];
  const runHelper: RunHelper = async (program, args, input) => {
    calls.push({ program, input });
    expect(args).toEqual(['get']);
    const h = helpers[program];
    if (!h) throw Object.assign(new Error(`spawn ${program} ENOENT`), { code: 'ENOENT' });
    const r = h(input);
    return { code: r.code, stdout: r.stdout, stderr: r.stderr ?? '' };
  };
  return { readFile: async (p: string) => files[p], runHelper, calls };
}

describe('config.json keys', () => {
  test.each([
    ['https://index.docker.io/v1/', 'docker.io'],
    ['index.docker.io', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['docker.io', 'docker.io'],
    ['http://127.0.0.1:5000', '127.0.0.1:5000'],
    ['https://GHCR.io/', 'ghcr.io'],
    ['https://r.example/v2/', 'r.example'],
    ['quay.io/ns/repo', 'quay.io/ns/repo'],
  ])('%s -> %s', (key, want) => expect(normalizeCredentialKey(key)).toBe(want));
});

describe('dockerConfigCredentials', () => {
  const env = { DOCKER_CONFIG: '/cfg' };

  test('auths with auth (user:pass), keyed by the Docker Hub URL', async () => {
    const f = fakes({ '/cfg/config.json': JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth: b64('me:pa:ss') } } }) });
    const src = dockerConfigCredentials({ env, ...f });
    expect(await src.get('docker.io')).toEqual({ username: 'me', password: 'pa:ss' });
    expect(await src.get('ghcr.io')).toBeUndefined();
  });

  test('identitytoken and registrytoken', async () => {
    const f = fakes({ '/cfg/config.json': JSON.stringify({ auths: { 'r.io': { auth: b64('<token>:'), identitytoken: 'idt' }, 's.io': { registrytoken: 'rt' } } }) });
    const src = dockerConfigCredentials({ env, ...f });
    expect(await src.get('r.io')).toEqual({ username: '<token>', password: '', identityToken: 'idt' });
    expect(await src.get('s.io')).toEqual({ registryToken: 'rt' });
  });

  test('credHelpers beat credsStore, which beats auths; the helper gets the server URL on stdin', async () => {
    const f = fakes(
      { '/cfg/config.json': JSON.stringify({ credsStore: 'store', credHelpers: { 'ghcr.io': 'gh' }, auths: { 'ghcr.io': { auth: b64('a:b') }, 'x.io': { auth: b64('x:y') } } }) },
      {
        'docker-credential-gh': () => ({ code: 0, stdout: JSON.stringify({ ServerURL: 'ghcr.io', Username: 'ghuser', Secret: 'ghsecret' }) }),
        'docker-credential-store': (url) => (url === 'https://index.docker.io/v1/' ? { code: 0, stdout: JSON.stringify({ Username: 'hub', Secret: 'hubsecret' }) } : { code: 1, stdout: 'credentials not found in native keychain' }),
      },
    );
    const src = dockerConfigCredentials({ env, ...f });
    expect(await src.get('ghcr.io')).toEqual({ username: 'ghuser', password: 'ghsecret' });
    expect(await src.get('docker.io')).toEqual({ username: 'hub', password: 'hubsecret' });
    // Not in the store: falls back to auths.
    expect(await src.get('x.io')).toEqual({ username: 'x', password: 'y' });
    expect(f.calls).toEqual([
      { program: 'docker-credential-gh', input: 'ghcr.io' },
      { program: 'docker-credential-store', input: 'https://index.docker.io/v1/' },
      { program: 'docker-credential-store', input: 'x.io' },
    ]);
  });

  test('a helper answering Username <token> gives an identity token', async () => {
    const f = fakes({ '/cfg/config.json': JSON.stringify({ credHelpers: { 'acr.io': 'acr' } }) }, { 'docker-credential-acr': () => ({ code: 0, stdout: JSON.stringify({ Username: '<token>', Secret: 'refresh' }) }) });
    expect(await dockerConfigCredentials({ env, ...f }).get('acr.io')).toEqual({ identityToken: 'refresh' });
  });

  test('a failing helper is an error that names it and carries no secret', async () => {
    const f = fakes({ '/cfg/config.json': JSON.stringify({ credHelpers: { 'bad.io': 'bad' } }) }, { 'docker-credential-bad': () => ({ code: 2, stdout: '', stderr: 'keychain locked' }) });
    await expect(dockerConfigCredentials({ env, ...f }).get('bad.io')).rejects.toThrow('credential helper docker-credential-bad for bad.io failed (exit 2): keychain locked');
  });

  test('DOCKER_AUTH_CONFIG comes first and falls back to the file', async () => {
    const f = fakes({ '/cfg/config.json': JSON.stringify({ auths: { 'a.io': { auth: b64('file:1') }, 'b.io': { auth: b64('file:2') } } }) });
    const src = dockerConfigCredentials({ env: { ...env, DOCKER_AUTH_CONFIG: JSON.stringify({ auths: { 'a.io': { auth: b64('env:1') } } }) }, ...f });
    expect(await src.get('a.io')).toEqual({ username: 'env', password: '1' });
    expect(await src.get('b.io')).toEqual({ username: 'file', password: '2' });
  });

  test('path-scoped keys match the longest repository prefix', async () => {
    const f = fakes({ '/cfg/config.json': JSON.stringify({ auths: { 'quay.io': { auth: b64('host:h') }, 'quay.io/team': { auth: b64('team:t') }, 'quay.io/team/app': { auth: b64('app:a') } } }) });
    const src = dockerConfigCredentials({ env, ...f });
    expect((await src.get('quay.io', 'team/app'))?.username).toBe('app');
    expect((await src.get('quay.io', 'team/other'))?.username).toBe('team');
    expect((await src.get('quay.io', 'solo/x'))?.username).toBe('host');
  });

  test('HOME/.docker is the default; a missing file means no credentials; bad JSON names the file', async () => {
    const f = fakes({ '/home/u/.docker/config.json': JSON.stringify({ auths: { 'a.io': { auth: b64('u:p') } } }) });
    expect(await dockerConfigCredentials({ env: { HOME: '/home/u' }, ...f }).get('a.io')).toEqual({ username: 'u', password: 'p' });
    expect(await dockerConfigCredentials({ env: { HOME: '/nowhere' }, ...f }).get('a.io')).toBeUndefined();
    const bad = fakes({ '/cfg/config.json': '{nope' });
    await expect(dockerConfigCredentials({ env, ...bad }).get('a.io')).rejects.toThrow('/cfg/config.json is not valid JSON');
  });
});

describe('chains', () => {
  test('explicit credentials, then docker config, then GITHUB_TOKEN for ghcr.io only', async () => {
    const f = fakes({ '/cfg/config.json': JSON.stringify({ auths: { 'a.io': { auth: b64('cfg:1') } } }) });
    const src = defaultCredentials({ env: { DOCKER_CONFIG: '/cfg', GITHUB_TOKEN: 'ghs_x', GITHUB_ACTOR: 'octocat' }, ...f, explicit: { 'a.io': { username: 'flag', password: '2' } } });
    expect(await src.get('a.io')).toEqual({ username: 'flag', password: '2' });
    expect(await src.get('ghcr.io')).toEqual({ username: 'octocat', password: 'ghs_x' });
    expect(await src.get('docker.io')).toBeUndefined();
    expect(await githubTokenCredentials({}).get('ghcr.io')).toBeUndefined();
  });

  test('config.json for ghcr.io wins over GITHUB_TOKEN', async () => {
    const f = fakes({ '/cfg/config.json': JSON.stringify({ auths: { 'ghcr.io': { auth: b64('me:pat') } } }) });
    const src = defaultCredentials({ env: { DOCKER_CONFIG: '/cfg', GITHUB_TOKEN: 'ghs_x' }, ...f });
    expect(await src.get('ghcr.io')).toEqual({ username: 'me', password: 'pat' });
  });

  test('results are memoised per registry', async () => {
    let calls = 0;
    const src = chainCredentials({ get: async () => (calls++, { username: 'a', password: 'b' }) }, staticCredentials({}));
    await src.get('x.io');
    await src.get('x.io');
    expect(calls).toBe(1);
  });
});

describe('Node implementations', () => {
  test('a real credential helper on PATH', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hoist-helper-'));
    try {
      const helper = path.join(dir, 'docker-credential-fake');
      await writeFile(helper, '#!/bin/sh\nread url\nif [ "$url" = "r.io" ]; then echo \'{"Username":"u","Secret":"s"}\'; else echo "credentials not found in native keychain"; exit 1; fi\n');
      await chmod(helper, 0o755);
      await writeFile(path.join(dir, 'config.json'), JSON.stringify({ credsStore: 'fake' }));
      const env = { DOCKER_CONFIG: dir, PATH: `${dir}:${process.env.PATH}` };
      const src = dockerConfigCredentials({ env, readFile: readTextFile, runHelper: spawnHelper(env) });
      expect(await src.get('r.io')).toEqual({ username: 'u', password: 's' });
      expect(await src.get('other.io')).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
