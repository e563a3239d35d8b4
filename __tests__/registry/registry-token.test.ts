import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { request } from 'undici';
import { RegistryClient } from '../../src/registry/client.js';
import { staticCredentials } from '../../src/registry/credentials.js';
import { copyImage } from '../../src/registry/copy.js';
import { parseReference } from '../../src/registry/reference.js';
import { makeBusyboxImage, pushTestImage, type TestImage } from '../support/images.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { startTokenIssuer, type TokenIssuer } from '../support/token-issuer.js';
import { registryScenarios } from './scenarios.js';

async function tokenRegistry(opts: Parameters<typeof startTokenIssuer>[0]): Promise<{ issuer: TokenIssuer; registry: TestRegistry }> {
  const issuer = await startTokenIssuer(opts);
  const registry = await startRegistry({ token: { realm: issuer.realm, service: issuer.service, issuer: issuer.issuer, rootCertFile: issuer.cert.certFile } }).catch(async (e: unknown) => {
    await issuer.stop();
    throw e;
  });
  return { issuer, registry };
}

let shared: { issuer: TokenIssuer; registry: TestRegistry } | undefined;

// CNCF distribution with `auth.token`: a test issuer signs RS256 JWTs (x5c) granting only the requested scope.
registryScenarios('registry with Bearer token auth', async () => {
  shared = await tokenRegistry({ users: { hoist: 'right-secret' } });
  const { issuer, registry } = shared;
  return {
    registry,
    options: { credentials: staticCredentials({ [registry.host]: { username: 'hoist', password: 'right-secret' } }) },
    wrongPassword: { credentials: staticCredentials({ [registry.host]: { username: 'hoist', password: 'wrong-secret' } }) },
    stop: async () => {
      // Scopes: every token asked for repository scopes only, and the mount asked for pull on the source.
      const scopes = issuer.requests.flatMap((r) => r.scopes);
      expect(scopes.filter((s) => !/^repository:hoist\/[a-z-]+:(pull|pull,push)$/.test(s))).toEqual([]);
      expect(issuer.requests.some((r) => r.scopes.includes('repository:hoist/copied:pull,push') && r.scopes.includes('repository:hoist/busybox:pull'))).toBe(true);
      await registry.stop();
      await issuer.stop();
    },
  };
});

describe('token flows', () => {
  let image: TestImage;
  beforeAll(async () => {
    image = await makeBusyboxImage();
  });

  test('anonymous tokens allow pulls and refuse pushes with a clear error', async () => {
    const { issuer, registry } = await tokenRegistry({ users: { hoist: 'right-secret' } });
    const authed = new RegistryClient({ credentials: staticCredentials({ [registry.host]: { username: 'hoist', password: 'right-secret' } }) });
    const anon = new RegistryClient();
    try {
      await pushTestImage(authed, parseReference(`${registry.host}/pub/app:1`), image);
      const m = await anon.getManifest(parseReference(`${registry.host}/pub/app:1`));
      expect(m.digest).toBe(image.digest);
      expect(issuer.requests.some((r) => r.account === undefined && r.scopes.includes('repository:pub/app:pull') && r.granted.length === 1)).toBe(true);
      await expect(anon.checkPushAccess(parseReference(`${registry.host}/pub/app`))).rejects.toThrow(/401.*authentication to 127\.0\.0\.1:\d+ is required/);
    } finally {
      await authed.close();
      await anon.close();
      await registry.stop();
      await issuer.stop();
    }
  });

  test('credentials that authenticate but lack push are told apart from a wrong password', async () => {
    const { issuer, registry } = await tokenRegistry({ users: { reader: 'right-secret' }, userActions: ['pull'] });
    const client = new RegistryClient({ credentials: staticCredentials({ [registry.host]: { username: 'reader', password: 'right-secret' } }) });
    try {
      await expect(client.checkPushAccess(parseReference(`${registry.host}/ro/app`))).rejects.toThrow(
        /start upload of a push-access check to 127\.0\.0\.1:\d+\/ro\/app: 401 UNAUTHORIZED: authentication required \(the credentials for 127\.0\.0\.1:\d+ were accepted but do not grant repository:ro\/app:pull,push\)/,
      );
    } finally {
      await client.close();
      await registry.stop();
      await issuer.stop();
    }
  });

  test('tokens are cached per scope set and renewed on 401 mid-flow', async () => {
    // distribution accepts a JWT up to 60 s past its exp; this one expires 8 s from now for the registry,
    // while the issuer tells the client it lives an hour, so the registry rejects it mid-flow.
    const { issuer, registry } = await tokenRegistry({ users: { hoist: 'right-secret' }, tokenLifetime: -52, expiresIn: 3600 });
    const logs: string[] = [];
    const client = new RegistryClient({ credentials: staticCredentials({ [registry.host]: { username: 'hoist', password: 'right-secret' } }), log: (m) => logs.push(m) });
    try {
      const ref = parseReference(`${registry.host}/renew/app:1`);
      await pushTestImage(client, ref, image);
      const afterPush = issuer.requests.length;
      // Reads reuse the push token (its scope covers pull): no new token request.
      await client.getManifest(ref);
      expect(issuer.requests.length).toBe(afterPush);
      issuer.options.tokenLifetime = 300;
      await new Promise((r) => setTimeout(r, 9000));
      const m = await client.getManifest(ref);
      expect(m.digest).toBe(image.digest);
      expect(issuer.requests.length).toBe(afterPush + 1);
      expect(logs.some((l) => /answered 401; renewing its token/.test(l))).toBe(true);
    } finally {
      await client.close();
      await registry.stop();
      await issuer.stop();
    }
  });

  test('an identity token goes through the OAuth2 refresh-token POST', async () => {
    const { issuer, registry } = await tokenRegistry({ users: {}, refreshTokens: { 'refresh-123': 'hoist' } });
    const client = new RegistryClient({ credentials: staticCredentials({ [registry.host]: { identityToken: 'refresh-123' } }) });
    try {
      await pushTestImage(client, parseReference(`${registry.host}/idt/app:1`), image);
      expect(issuer.requests.every((r) => r.method === 'POST' && r.grantType === 'refresh_token' && r.status === 200)).toBe(true);
    } finally {
      await client.close();
      await registry.stop();
      await issuer.stop();
    }
  });

  test('the refresh-token POST falls back to GET when the issuer answers 404', async () => {
    const { issuer, registry } = await tokenRegistry({ users: {}, refreshTokens: { 'refresh-456': 'hoist' }, noOAuthPost: true });
    const client = new RegistryClient({ credentials: staticCredentials({ [registry.host]: { identityToken: 'refresh-456' } }) });
    try {
      await pushTestImage(client, parseReference(`${registry.host}/idt/app:1`), image);
      expect(issuer.requests.some((r) => r.method === 'POST' && r.status === 404)).toBe(true);
      expect(issuer.requests.some((r) => r.method === 'GET' && r.grantType === 'basic-refresh' && r.status === 200)).toBe(true);
    } finally {
      await client.close();
      await registry.stop();
      await issuer.stop();
    }
  });

  test('a mount asks for pull on the source; without it the registry refuses (scope enforced)', async () => {
    const { issuer, registry } = await tokenRegistry({ users: { hoist: 'right-secret' } });
    const client = new RegistryClient({ credentials: staticCredentials({ [registry.host]: { username: 'hoist', password: 'right-secret' } }) });
    try {
      await pushTestImage(client, parseReference(`${registry.host}/src/app:1`), image);
      const r = await copyImage(client, parseReference(`${registry.host}/src/app:1`), parseReference(`${registry.host}/dst/app:1`));
      expect(r.blobs.mounted).toBe(image.blobs.size);
      const mountToken = issuer.requests.find((q) => q.scopes.includes('repository:src/app:pull') && q.scopes.includes('repository:dst/app:pull,push'));
      expect(mountToken?.granted).toEqual(
        expect.arrayContaining([
          { type: 'repository', name: 'dst/app', actions: ['pull', 'push'] },
          { type: 'repository', name: 'src/app', actions: ['pull'] },
        ]),
      );
      // A token for the target alone (no pull on the source) is refused for the same mount.
      const t = await request(`${issuer.realm}?service=${issuer.service}&scope=repository:dst2/app:pull,push`, { headers: { authorization: `Basic ${Buffer.from('hoist:right-secret').toString('base64')}` } });
      const { token } = (await t.body.json()) as { token: string };
      const mount = await request(`${registry.url}/v2/dst2/app/blobs/uploads/?mount=${image.layers[0].descriptor.digest}&from=src/app`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
      await mount.body.dump();
      expect(mount.statusCode).toBe(401);
      expect(String(mount.headers['www-authenticate'])).toContain('insufficient_scope');
    } finally {
      await client.close();
      await registry.stop();
      await issuer.stop();
    }
  });
});

afterAll(async () => {
  await shared?.registry.stop();
  await shared?.issuer.stop();
});
