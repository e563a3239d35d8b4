import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { digestOf } from '../../src/oci/digest.js';
import { OciLayout } from '../../src/oci/layout.js';
import { RegistryClient, type RegistryClientOptions } from '../../src/registry/client.js';
import { copyImage, pullToLayout, pushFromLayout, retagImage } from '../../src/registry/copy.js';
import { RegistryError } from '../../src/registry/errors.js';
import { parseReference, withDigest } from '../../src/registry/reference.js';
import { makeBusyboxImage, makeMultiPlatformBusybox, pushTestImage, type TestImage, type TestIndex } from '../support/images.js';
import type { TestRegistry } from '../support/registry.js';

/** What a configuration provides to the shared scenarios. */
export interface ScenarioEnv {
  registry: TestRegistry;
  /** Client options with valid credentials (and CA) for this registry. */
  options: RegistryClientOptions;
  /** Client options with a wrong password; undefined when the registry has no auth. */
  wrongPassword?: RegistryClientOptions;
  /** Checks after the scenarios (e.g. token scopes); optional. */
  stop(): Promise<void>;
}

/**
 * Push, pull, copy across repositories (mount), re-tag, multi-platform index copy and a wrong password,
 * against one registry configuration.
 */
export function registryScenarios(name: string, start: () => Promise<ScenarioEnv>): void {
  describe(name, () => {
    let env: ScenarioEnv;
    let client: RegistryClient;
    let busybox: TestImage;
    let multi: TestIndex;
    const logs: string[] = [];
    /** Temporary directories of the tests, removed after them. */
    const dirs: string[] = [];
    const ref = (s: string) => parseReference(`${env.registry.host}/${s}`);

    beforeAll(async () => {
      env = await start();
      client = new RegistryClient({ ...env.options, log: (m) => logs.push(m) });
      busybox = await makeBusyboxImage();
      multi = await makeMultiPlatformBusybox();
    });
    afterAll(async () => {
      try {
        await client?.close();
        await env?.stop();
      } finally {
        await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
      }
    });

    test('push: blobs then manifest; the registry serves the same digest', async () => {
      await client.ping(env.registry.host);
      const digest = await pushTestImage(client, ref('hoist/busybox:1'), busybox);
      expect(digest).toBe(busybox.digest);
      const head = await client.headManifest(ref('hoist/busybox:1'));
      expect(head).toEqual({ mediaType: busybox.mediaType, digest: busybox.digest, size: busybox.bytes.length });
      await client.checkPushAccess(ref('hoist/busybox'));
      // A second push finds every blob present.
      expect(await client.pushBlob(ref('hoist/busybox'), busybox.layers[0].descriptor, () => { throw new Error('must not read'); })).toBe('exists');
    });

    test('pull: manifest, config and blobs verify against their digests', async () => {
      const fresh = new RegistryClient(env.options);
      try {
        const m = await fresh.getManifest(ref('hoist/busybox:1'));
        expect(m.digest).toBe(busybox.digest);
        const img = await fresh.resolveImage(ref('hoist/busybox:1'), { os: 'linux', architecture: 'amd64' });
        expect(img.config.rootfs.diff_ids).toEqual(busybox.config.rootfs.diff_ids);
        for (const l of busybox.layers) {
          const parts: Buffer[] = [];
          await pipeline(await fresh.getBlob(ref('hoist/busybox'), l.descriptor), new Writable({ write: (c, _e, cb) => (parts.push(c), cb()) }));
          expect(digestOf(Buffer.concat(parts))).toBe(l.descriptor.digest);
        }
        const dir = await mkdtemp(path.join(tmpdir(), 'hoist-pull-'));
        dirs.push(dir);
        const r = await pullToLayout(fresh, ref('hoist/busybox:1'), dir, '1');
        expect(r.digest).toBe(busybox.digest);
        const layout = await OciLayout.open(dir);
        expect((await layout.resolve('1')).digest).toBe(busybox.digest);
        for (const [d, bytes] of busybox.blobs) expect((await layout.readBlob(d as never)).equals(bytes)).toBe(true);
        expect(JSON.parse(await readFile(path.join(dir, 'oci-layout'), 'utf8'))).toEqual({ imageLayoutVersion: '1.0.0' });
        // ... and pushes back from the layout to a new repository.
        const back = await pushFromLayout(fresh, dir, '1', ref('hoist/from-layout:1'));
        expect(back.digest).toBe(busybox.digest);
        expect((await readdir(path.join(dir, 'blobs', 'sha256'))).length).toBe(busybox.blobs.size + 1);
      } finally {
        await fresh.close();
      }
    });

    test('copy across repositories mounts every blob', async () => {
      const r = await copyImage(client, ref('hoist/busybox:1'), ref('hoist/copied:1'));
      expect(r.digest).toBe(busybox.digest);
      expect(r.blobs).toEqual({ exists: 0, mounted: busybox.blobs.size, uploaded: 0 });
      expect((await client.headManifest(ref('hoist/copied:1')))?.digest).toBe(busybox.digest);
      // Copying again finds everything present.
      const again = await copyImage(client, ref('hoist/busybox:1'), ref('hoist/copied:1'));
      expect(again.blobs).toEqual({ exists: busybox.blobs.size, mounted: 0, uploaded: 0 });
    });

    test('re-tag moves no blobs', async () => {
      const fresh = new RegistryClient(env.options);
      try {
        const digest = await retagImage(fresh, ref('hoist/busybox:1'), ['2', 'stable']);
        expect(digest).toBe(busybox.digest);
        expect((await fresh.headManifest(ref('hoist/busybox:stable')))?.digest).toBe(busybox.digest);
        expect((await fresh.listTags(ref('hoist/busybox'))).sort()).toEqual(['1', '2', 'stable']);
      } finally {
        await fresh.close();
      }
    });

    test('multi-platform index copy keeps every platform and the index digest', async () => {
      await pushTestImage(client, ref('hoist/multi:1'), multi);
      const r = await copyImage(client, ref('hoist/multi:1'), ref('hoist/multi-copy:1'));
      expect(r.digest).toBe(multi.digest);
      expect(r.manifests).toBe(4);
      const top = await client.getManifest(ref('hoist/multi-copy:1'));
      expect(top.kind).toBe('index');
      for (const img of multi.images) {
        expect((await client.headManifest(withDigest(ref('hoist/multi-copy'), img.digest)))?.digest).toBe(img.digest);
      }
      const arm = await client.resolveImage(ref('hoist/multi-copy:1'), { os: 'linux', architecture: 'arm', variant: 'v7' });
      expect(arm.manifest.digest).toBe(multi.images[2].digest);
      await expect(client.resolveImage(ref('hoist/multi-copy:1'), { os: 'linux', architecture: 's390x' })).rejects.toThrow('no image for platform linux/s390x (the index has linux/amd64, linux/arm64, linux/arm/v7)');
    });

    test('Docker media types push and copy too', async () => {
      const docker = await makeBusyboxImage({ family: 'docker', extraFiles: { 'etc/docker-family': 'yes\n' } });
      await pushTestImage(client, ref('hoist/docker:1'), docker);
      const r = await copyImage(client, ref('hoist/docker:1'), ref('hoist/docker-copy:1'));
      expect(r.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
      expect(r.digest).toBe(docker.digest);
    });

    test('a wrong password gives a clear error without the secret', async () => {
      if (!env.wrongPassword) {
        // No auth configured: credentials must simply never be sent anywhere.
        expect(logs.join('\n')).not.toMatch(/authorization/i);
        return;
      }
      const wrong = new RegistryClient(env.wrongPassword);
      try {
        let err: unknown;
        try {
          await pushTestImage(wrong, ref('hoist/denied:1'), busybox);
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(RegistryError);
        const e = err as RegistryError;
        expect(e.message).toMatch(/check the username and password/);
        expect(e.status).toBe(401);
        expect(e.code).toBe('UNAUTHORIZED');
        expect(e.message).toContain(env.registry.host);
        expect(e.message).not.toContain('wrong-secret');
        expect(JSON.stringify(e)).not.toContain('wrong-secret');
        expect(await client.headManifest(ref('hoist/denied:1'))).toBeUndefined();
      } finally {
        await wrong.close();
      }
    });
  });
}
