import { describe, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { applyTargetPlatform } from '../../src/build/config.js';
import { toPushable, writeOciLayout, type ImageArtifact } from '../../src/build/output.js';
import { digestOf } from '../../src/oci/digest.js';
import type { ImageConfig } from '../../src/oci/types.js';

const config = (p: Partial<ImageConfig>): ImageConfig => ({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] }, ...p });

describe('applyTargetPlatform (BuildKit: an asked-for platform names the final image)', () => {
  test('a final stage on the build platform is labelled with the target', () => {
    const c = config({});
    applyTargetPlatform(c, { os: 'linux', architecture: 'arm64' }, false);
    expect(c).toMatchObject({ os: 'linux', architecture: 'arm64' });
    expect(c.variant).toBeUndefined();
    const arm = config({});
    applyTargetPlatform(arm, { os: 'linux', architecture: 'arm', variant: 'v7' }, true);
    expect(arm).toMatchObject({ architecture: 'arm', variant: 'v7' });
  });

  test("another os/arch drops the base's variant and os.version", () => {
    const c = config({ architecture: 'arm', variant: 'v6', 'os.version': '1' });
    applyTargetPlatform(c, { os: 'linux', architecture: 'arm64' }, false);
    expect(c).toEqual(config({ architecture: 'arm64' }));
  });

  test("same os/arch: today's BuildKit keeps the base's variant when the target has none; Engine 26's drops it", () => {
    const today = config({ architecture: 'arm64', variant: 'v8' });
    applyTargetPlatform(today, { os: 'linux', architecture: 'arm64' }, false);
    expect(today.variant).toBe('v8');
    const legacy = config({ architecture: 'arm64', variant: 'v8' });
    applyTargetPlatform(legacy, { os: 'linux', architecture: 'arm64' }, true);
    expect(legacy.variant).toBeUndefined();
    const given = config({ architecture: 'arm', variant: 'v6' });
    applyTargetPlatform(given, { os: 'linux', architecture: 'arm', variant: 'v7' }, false);
    expect(given.variant).toBe('v7');
  });

  test('os.features of the target are copied', () => {
    const features = ['win32k'];
    const c = config({ os: 'windows' });
    applyTargetPlatform(c, { os: 'windows', architecture: 'amd64', 'os.version': '10.0.17763.1', 'os.features': features }, false);
    expect(c).toMatchObject({ os: 'windows', 'os.version': '10.0.17763.1', 'os.features': ['win32k'] });
    expect(c['os.features']).not.toBe(features);
  });
});

describe("an OCI layout's index.json", () => {
  const artifact = (c: ImageConfig): ImageArtifact => {
    const configBytes = Buffer.from(JSON.stringify(c));
    const manifestBytes = Buffer.from(JSON.stringify({ schemaVersion: 2, config: { digest: digestOf(configBytes) }, layers: [] }));
    return { platform: { os: c.os, architecture: c.architecture }, config: c, configBytes, configDigest: digestOf(configBytes), manifestBytes, manifestDigest: digestOf(manifestBytes), manifestMediaType: 'application/vnd.oci.image.manifest.v1+json', layers: [] };
  };
  const written = async (artifacts: ImageArtifact[]) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hoist-layout-platform-'));
    try {
      await writeOciLayout(dir, toPushable(artifacts), ['latest'], () => Promise.resolve(Readable.from([])));
      return (JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as { manifests: { mediaType: string; platform?: unknown }[] }).manifests;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  test("lists a lone manifest with its config's platform, as BuildKit's OCI exporter", async () => {
    const [m] = await written([artifact(config({ architecture: 'arm', variant: 'v7' }))]);
    expect(m.platform).toEqual({ os: 'linux', architecture: 'arm', variant: 'v7' });
  });

  test("lists platforms normalised as BuildKit's exporter: arm64's v8 dropped, a bare arm as v7", async () => {
    const [m] = await written([artifact(config({ architecture: 'arm64', variant: 'v8' }))]);
    expect(m.platform).toEqual({ os: 'linux', architecture: 'arm64' });
    const [n] = await written([artifact(config({ architecture: 'arm' }))]);
    expect(n.platform).toEqual({ os: 'linux', architecture: 'arm', variant: 'v7' });
    const index = JSON.parse(toPushable([artifact(config({})), artifact(config({ architecture: 'arm64', variant: 'v8' }))]).topBytes.toString()) as { manifests: { platform: unknown }[] };
    expect(index.manifests.map((x) => x.platform)).toEqual([{ os: 'linux', architecture: 'amd64' }, { os: 'linux', architecture: 'arm64' }]);
  });

  test('lists an index without a platform', async () => {
    const [m] = await written([artifact(config({})), artifact(config({ architecture: 'arm64' }))]);
    expect(m.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(m.platform).toBeUndefined();
  });
});
