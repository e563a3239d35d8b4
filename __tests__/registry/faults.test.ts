import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { digestOf } from '../../src/oci/digest.js';
import { RegistryClient, type RegistryClientOptions } from '../../src/registry/client.js';
import { staticCredentials } from '../../src/registry/credentials.js';
import { copyImage } from '../../src/registry/copy.js';
import { RegistryError } from '../../src/registry/errors.js';
import { parseReference, type Reference } from '../../src/registry/reference.js';
import { startBlobOrigin, startFaultProxy, type FaultProxy, type ProxyLogEntry } from '../support/fault-proxy.js';
import { makeBusyboxImage, makeMultiPlatformBusybox, pushTestImage, type TestImage } from '../support/images.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { startTokenIssuer, type TokenIssuer } from '../support/token-issuer.js';

// A token-auth registry behind a loopback fault-injection proxy: recovery from 5xx, resets and 429, a
// cross-origin redirect without Authorization, and never a manifest before its blobs.

let issuer: TokenIssuer;
let registry: TestRegistry;
let proxy: FaultProxy;
let image: TestImage;
let sleeps: number[];
let logs: string[];
let clients: RegistryClient[] = [];
let n = 0;

const blobPath = /\/blobs\/sha256:/;
const uploadPut = /\/blobs\/uploads\/.*digest=/;
const manifestPath = /\/manifests\//;

function client(extra: RegistryClientOptions = {}): RegistryClient {
  const c = new RegistryClient({
    credentials: staticCredentials({ [proxy.host]: { username: 'hoist', password: 'right-secret' } }),
    sleep: async (ms) => void sleeps.push(ms),
    log: (m) => logs.push(m),
    ...extra,
  });
  clients.push(c);
  return c;
}

/** A fresh repository behind the proxy. */
function repo(tag = '1'): Reference {
  return parseReference(`${proxy.host}/faults/r${++n}:${tag}`);
}

/** Every manifest PUT comes after the blob confirmations (HEAD 200, PUT 201, mount 201) of its repository. */
function assertManifestsLast(log: ProxyLogEntry[], repository: string): void {
  const inRepo = log.filter((e) => e.path.startsWith(`/v2/${repository}/`));
  const manifestPuts = inRepo.filter((e) => e.method === 'PUT' && manifestPath.test(e.path));
  const firstManifest = Math.min(...manifestPuts.map((e) => e.seq));
  const confirmations = inRepo.filter((e) => (e.method === 'HEAD' && blobPath.test(e.path) && e.status === 200) || (e.method === 'PUT' && uploadPut.test(e.path) && e.status === 201) || (e.method === 'POST' && e.status === 201));
  expect(manifestPuts.length).toBeGreaterThan(0);
  expect(confirmations.length).toBeGreaterThan(0);
  expect(Math.max(...confirmations.map((e) => e.seq))).toBeLessThan(firstManifest);
}

beforeAll(async () => {
  issuer = await startTokenIssuer({ users: { hoist: 'right-secret' } });
  registry = await startRegistry({ token: { realm: issuer.realm, service: issuer.service, issuer: issuer.issuer, rootCertFile: issuer.cert.certFile } });
  proxy = await startFaultProxy(registry.url);
  image = await makeBusyboxImage();
});

beforeEach(() => {
  proxy.clear();
  proxy.log.splice(0);
  sleeps = [];
  logs = [];
});

afterAll(async () => {
  for (const c of clients) await c.close();
  await proxy?.stop();
  await registry?.stop();
  await issuer?.stop();
});

describe('recovery', () => {
  test('500, 502 and 503 are retried with back-off', async () => {
    const ref = repo();
    proxy.add({ method: 'HEAD', path: blobPath, fault: { kind: 'status', status: 500 } });
    proxy.add({ method: 'PUT', path: uploadPut, fault: { kind: 'status', status: 502 } });
    proxy.add({ method: 'PUT', path: manifestPath, fault: { kind: 'status', status: 503 } });
    expect(await pushTestImage(client(), ref, image)).toBe(image.digest);
    expect(proxy.log.filter((e) => e.fault === 'status').map((e) => e.status).sort()).toEqual([500, 502, 503]);
    expect(sleeps.length).toBe(3);
    expect(sleeps.every((ms) => ms >= 200 && ms <= 5000)).toBe(true);
    assertManifestsLast(proxy.log, ref.repository);
  });

  test('a connection reset mid-blob download resumes with a Range request and verifies', async () => {
    const ref = repo();
    await pushTestImage(client(), ref, image);
    const layer = image.layers[0];
    proxy.add({ method: 'GET', path: new RegExp(`/blobs/${layer.descriptor.digest}`), fault: { kind: 'reset-response', afterBytes: 100_000 } });
    const parts: Buffer[] = [];
    await pipeline(await client().getBlob(ref, layer.descriptor), new Writable({ write: (c, _e, cb) => (parts.push(c), cb()) }));
    expect(digestOf(Buffer.concat(parts))).toBe(layer.descriptor.digest);
    const gets = proxy.log.filter((e) => e.method === 'GET' && e.path.includes(layer.descriptor.digest));
    expect(gets.length).toBe(2);
    expect(gets[1].range).toMatch(/^bytes=\d+-$/);
    expect(Number(/\d+/.exec(gets[1].range!)![0])).toBeGreaterThan(0);
  });

  test('a connection reset mid-upload restarts the upload; bodies carry Content-Length', async () => {
    const ref = repo();
    proxy.add({ method: 'PUT', path: new RegExp(`digest=${encodeURIComponent(image.layers[0].descriptor.digest)}`), fault: { kind: 'reset-request', afterBytes: 200_000 } });
    expect(await pushTestImage(client(), ref, image)).toBe(image.digest);
    const puts = proxy.log.filter((e) => e.method === 'PUT' && uploadPut.test(e.path));
    expect(puts.filter((e) => e.fault === 'reset-request').length).toBe(1);
    expect(puts.every((e) => !e.chunked && e.contentLength !== undefined)).toBe(true);
    expect(puts.find((e) => e.path.includes(encodeURIComponent(image.layers[0].descriptor.digest)) && e.status === 201)?.contentLength).toBe(image.layers[0].descriptor.size);
    assertManifestsLast(proxy.log, ref.repository);
  });

  test('429 with Retry-After is honoured', async () => {
    const ref = repo();
    proxy.add({ method: 'PUT', path: manifestPath, fault: { kind: 'status', status: 429, headers: { 'retry-after': '3' }, body: JSON.stringify({ errors: [{ code: 'TOOMANYREQUESTS', message: 'slow down' }] }) } });
    expect(await pushTestImage(client(), ref, image)).toBe(image.digest);
    expect(sleeps).toEqual([3000]);
  });

  test('a 307 to another origin is followed without Authorization', async () => {
    const ref = repo();
    await pushTestImage(client(), ref, image);
    const origin = await startBlobOrigin(image.blobs);
    try {
      proxy.add({ method: 'GET', path: blobPath, times: 10, fault: { kind: 'redirect', location: (p) => `${origin.url}${p.replace(/^\/v2\/[^]*?\/blobs\//, '/cdn/blobs/')}?X-Amz-Signature=abc` } });
      const fresh = client();
      const pulled = await fresh.resolveImage(ref, { os: 'linux', architecture: 'amd64' });
      expect(pulled.manifest.digest).toBe(image.digest);
      const parts: Buffer[] = [];
      await pipeline(await fresh.getBlob(ref, image.layers[0].descriptor), new Writable({ write: (c, _e, cb) => (parts.push(c), cb()) }));
      expect(digestOf(Buffer.concat(parts))).toBe(image.layers[0].descriptor.digest);
      expect(origin.requests.length).toBe(2);
      expect(origin.requests.every((r) => r.authorization === undefined)).toBe(true);
      expect(proxy.log.filter((e) => e.fault === 'redirect').every((e) => e.authorization)).toBe(true);
    } finally {
      await origin.stop();
    }
  });

  test('a relative Location keeps its query (the upload state)', async () => {
    const ref = repo();
    const relative = (v: string | undefined) => (v ? new URL(v, 'http://x').pathname + new URL(v, 'http://x').search : v);
    proxy.add({ method: 'POST', path: /\/blobs\/uploads\/$/, times: 10, fault: { kind: 'rewrite', headers: { location: relative } } });
    expect(await pushTestImage(client(), ref, image)).toBe(image.digest);
    const puts = proxy.log.filter((e) => e.method === 'PUT' && uploadPut.test(e.path));
    expect(puts.length).toBe(image.blobs.size);
    expect(puts.every((e) => /[?&]_state=[^&]+&digest=sha256%3A[a-f0-9]{64}$/.test(e.path))).toBe(true);
  });

  test('chunked upload: Content-Range, OCI-Chunk-Min-Length honoured, 201 for PATCH accepted (ECR)', async () => {
    const ref = repo();
    const min = 256 * 1024;
    proxy.add({ method: 'POST', path: /\/blobs\/uploads\/$/, times: 10, fault: { kind: 'rewrite', headers: { 'oci-chunk-min-length': () => String(min) } } });
    proxy.add({ method: 'PATCH', path: /\/blobs\/uploads\//, times: 100, fault: { kind: 'rewrite', status: 201 } });
    expect(await pushTestImage(client({ chunkSize: 64 * 1024 }), ref, image)).toBe(image.digest);
    const patches = proxy.log.filter((e) => e.method === 'PATCH');
    const big = image.layers[0].descriptor.size;
    expect(patches.length).toBeGreaterThanOrEqual(Math.floor(big / min));
    expect(patches.every((e) => e.status === 201 && !e.chunked && /^\d+-\d+$/.test(e.contentRange ?? ''))).toBe(true);
    // Every chunk but each blob's last is exactly the minimum length.
    expect(patches.filter((e) => e.contentLength! < min).length).toBeLessThanOrEqual(image.blobs.size);
    expect(patches.some((e) => e.contentLength === min)).toBe(true);
    expect((await client().headManifest(ref))?.digest).toBe(image.digest);
  });

  test('a mount that answers 202 falls back to uploading in the session it opened', async () => {
    const ref = repo();
    const elsewhere = repo();
    const c = client();
    const d = image.layers[0];
    const r = await c.pushBlob(ref, d.descriptor, async () => (await import('node:stream')).Readable.from([d.data]), { mountFrom: [elsewhere] });
    expect(r).toBe('uploaded');
    const mount = proxy.log.find((e) => e.method === 'POST' && e.path.includes('mount='));
    expect(mount?.status).toBe(202);
    expect(proxy.log.filter((e) => e.method === 'POST').length).toBe(1);
  });
});

describe('digests and media types', () => {
  test('manifest GETs accept all four media types; PUTs send the manifest\'s own media type', async () => {
    const ref = repo();
    await pushTestImage(client(), ref, image);
    await client().getManifest(ref);
    const get = proxy.log.find((e) => e.method === 'GET' && manifestPath.test(e.path));
    expect(get?.accept?.split(/,\s*/).sort()).toEqual([
      'application/vnd.docker.distribution.manifest.list.v2+json',
      'application/vnd.docker.distribution.manifest.v2+json',
      'application/vnd.oci.image.index.v1+json',
      'application/vnd.oci.image.manifest.v1+json',
    ]);
    expect(proxy.log.find((e) => e.method === 'PUT' && manifestPath.test(e.path))?.contentType).toBe(image.mediaType);
  });

  test('a Docker-Content-Digest that differs from the bytes fails a GET and a PUT', async () => {
    const ref = repo();
    await pushTestImage(client(), ref, image);
    const lie = () => `sha256:${'0'.repeat(64)}`;
    proxy.add({ method: 'GET', path: manifestPath, fault: { kind: 'rewrite', headers: { 'docker-content-digest': lie } } });
    await expect(client().getManifest(ref)).rejects.toThrow(`get manifest ${ref}: content digest is ${image.digest}, expected sha256:${'0'.repeat(64)}`);
    proxy.add({ method: 'PUT', path: manifestPath, fault: { kind: 'rewrite', headers: { 'docker-content-digest': lie } } });
    await expect(client().putManifest(ref, image.bytes, image.mediaType)).rejects.toThrow(`the registry stored digest sha256:${'0'.repeat(64)}, expected ${image.digest}`);
  });
});

describe('nothing half-pushed', () => {
  test('a blob that keeps failing stops the push before any manifest, after bounded retries', async () => {
    const ref = repo();
    proxy.add({ method: 'PUT', path: new RegExp(`digest=${encodeURIComponent(image.layers[0].descriptor.digest)}`), times: 1000, fault: { kind: 'status', status: 500 } });
    let err: unknown;
    try {
      await pushTestImage(client(), ref, image);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as RegistryError).status).toBe(500);
    expect((err as RegistryError).temporary).toBe(true);
    expect((err as RegistryError).message).toContain(`upload blob ${image.layers[0].descriptor.digest} to ${ref.registry}/${ref.repository}`);
    expect(proxy.log.filter((e) => e.method === 'PUT' && e.fault === 'status').length).toBe(4);
    expect(proxy.log.some((e) => e.method === 'PUT' && manifestPath.test(e.path))).toBe(false);
    proxy.clear();
    expect(await client().headManifest(ref)).toBeUndefined();
  });

  test('putManifest refuses a manifest whose blobs are not in the repository', async () => {
    const ref = repo();
    let err: unknown;
    try {
      await client().putManifest(ref, image.bytes, image.mediaType);
    } catch (e) {
      err = e;
    }
    expect((err as RegistryError).code).toBe('MANIFEST_BLOB_UNKNOWN');
    expect((err as Error).message).toMatch(/refusing to push: blob sha256:[a-f0-9]{64} is not in/);
    expect(proxy.log.some((e) => e.method === 'PUT')).toBe(false);
  });

  test('a multi-platform copy under faults puts the index last', async () => {
    const multi = await makeMultiPlatformBusybox();
    const src = repo();
    await pushTestImage(client(), src, multi);
    const dst = parseReference(`${proxy.host}/faults/multi-dst:1`);
    proxy.log.splice(0);
    proxy.add({ method: 'POST', path: /mount=/, times: 2, fault: { kind: 'status', status: 503 } });
    proxy.add({ method: 'PUT', path: manifestPath, times: 2, fault: { kind: 'reset' } });
    const r = await copyImage(client(), src, dst);
    expect(r.digest).toBe(multi.digest);
    const puts = proxy.log.filter((e) => e.method === 'PUT' && manifestPath.test(e.path) && e.status === 201);
    expect(puts.length).toBe(4);
    expect(puts[puts.length - 1].path).toBe('/v2/faults/multi-dst/manifests/1');
    assertManifestsLast(proxy.log, dst.repository);
  });

  test('a 503 that never ends fails a read after the policy\'s attempts, naming the operation and reference', async () => {
    const ref = repo();
    proxy.add({ method: 'GET', path: manifestPath, times: 100, fault: { kind: 'status', status: 503 } });
    await expect(client().getManifest(ref)).rejects.toThrow(`get manifest ${ref.registry}/${ref.repository}:1: 503 UNKNOWN: injected 503`);
    expect(proxy.log.filter((e) => e.fault === 'status').length).toBe(4);
    expect(sleeps).toEqual([200, 400, 800]);
  });
});
