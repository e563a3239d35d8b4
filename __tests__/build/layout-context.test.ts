/**
 * `--build-context NAME=oci-layout://DIR[:TAG][@DIGEST]`: the value as buildx splits it, and which image of a
 * layout it names (digest, else the tag's ref.name entry, else the only entry; an index narrowed to the
 * platform), with the errors for a layout that cannot be used. The builds themselves are compared with
 * `docker buildx build` in __tests__/conformance/named-contexts.test.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { layoutContextState } from '../../src/build/layout-context.js';
import { NamedContextError, parseNamedContexts } from '../../src/dockerfile/named-contexts.js';
import { parseBuildContextsInput } from '../../src/inputs.js';
import { digestOf, type Digest } from '../../src/oci/digest.js';
import { OciLayout } from '../../src/oci/layout.js';
import { MediaType } from '../../src/oci/media-types.js';
import type { Descriptor, Platform } from '../../src/oci/types.js';

const amd64: Platform = { os: 'linux', architecture: 'amd64' };
const arm64: Platform = { os: 'linux', architecture: 'arm64' };

/** Writes a one-layer image (the layer's bytes are `marker`) and returns its manifest descriptor. */
async function image(layout: OciLayout, marker: string, platform: Platform, config: Record<string, unknown> = {}): Promise<Descriptor> {
  const layerBytes = gzipSync(Buffer.from(marker));
  const layer = await layout.writeBlob(layerBytes);
  const diffId = digestOf(marker);
  const cfg = Buffer.from(JSON.stringify({ ...platform, config: { Env: ['A=1'], ...config }, rootfs: { type: 'layers', diff_ids: [diffId] }, created: '2020-01-01T00:00:00Z' }));
  const c = await layout.writeBlob(cfg);
  const manifest = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociManifest, config: { mediaType: MediaType.ociConfig, ...c }, layers: [{ mediaType: MediaType.ociLayerGzip, ...layer }] }),
  );
  const m = await layout.writeBlob(manifest);
  return { mediaType: MediaType.ociManifest, ...m };
}

describe('oci-layout:// context values', () => {
  test('are split as buildx splits them: digest after the first @, tag after the first :, latest by default', () => {
    const m = parseNamedContexts(['a=oci-layout://./lay', 'b=oci-layout:///abs/lay:v1', `c=oci-layout://lay@sha256:${'a'.repeat(64)}`, `d=oci-layout://lay:v2@sha256:${'b'.repeat(64)}`], '/work');
    expect(m.get('a')).toEqual({ kind: 'oci-layout', dir: '/work/lay', tag: 'latest' });
    expect(m.get('b')).toEqual({ kind: 'oci-layout', dir: '/abs/lay', tag: 'v1' });
    expect(m.get('c')).toEqual({ kind: 'oci-layout', dir: '/work/lay', tag: 'latest', digest: `sha256:${'a'.repeat(64)}` });
    expect(m.get('d')).toEqual({ kind: 'oci-layout', dir: '/work/lay', tag: 'v2', digest: `sha256:${'b'.repeat(64)}` });
    expect(parseBuildContextsInput('base=oci-layout://out/layout:v1\n', '/ws')).toEqual(new Map([['base', { kind: 'oci-layout', dir: '/ws/out/layout', tag: 'v1' }]]));
  });

  test.each([
    ['x=oci-layout://', 'oci-layout:// needs a directory'],
    ['x=oci-layout://:v1', 'oci-layout:// needs a directory'],
    ['x=oci-layout://lay@sha256:abc', 'expected 64 lowercase hex characters'],
    ['x=oci-layout://lay@md5:abc', 'unsupported algorithm'],
  ])('rejects %j', (spec, message) => {
    expect(() => parseNamedContexts([spec], '/work')).toThrow(NamedContextError);
    expect(() => parseNamedContexts([spec], '/work')).toThrow(message);
  });
});

describe('the image an oci-layout context names', () => {
  let root: string;
  let dir: string;
  let one: Descriptor;
  let two: Descriptor;
  let index: Descriptor;
  let armOnly: Descriptor;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'hoist-layout-ctx-'));
    dir = path.join(root, 'layout');
    const layout = await OciLayout.create(dir);
    one = await image(layout, 'one', amd64, { Cmd: ['one'] });
    two = await image(layout, 'two', amd64);
    const arm = await image(layout, 'arm', arm64);
    const idx = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [{ ...arm, platform: arm64 }, { ...two, platform: amd64 }] }));
    index = { mediaType: MediaType.ociIndex, ...(await layout.writeBlob(idx)) };
    const armIdx = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [{ ...arm, platform: arm64 }] }));
    armOnly = { mediaType: MediaType.ociIndex, ...(await layout.writeBlob(armIdx)) };
    await layout.addManifest(one, 'v1');
    await layout.addManifest(index, 'multi');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const layerBytes = (marker: string) => gzipSync(Buffer.from(marker));

  test('a tag picks its ref.name entry; the layers are the layout blob files; created is dropped, PATH added', async () => {
    const st = await layoutContextState('base', { dir, tag: 'v1' }, amd64);
    expect(st.layers.map((l) => [l.diffId, l.location])).toEqual([[digestOf('one'), { kind: 'file', path: path.join(dir, 'blobs/sha256', digestOf(layerBytes('one')).slice(7)) }]]);
    expect(st.config.created).toBeUndefined();
    expect(st.config.config?.Cmd).toEqual(['one']);
    expect(st.config.config?.Env).toEqual(['A=1', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']);
    expect(st.baseDigest).toBe(one.digest);
  });

  test('an index is narrowed to the platform; its digest is the base digest', async () => {
    const st = await layoutContextState('base', { dir, tag: 'multi' }, amd64);
    expect(st.layers.map((l) => l.diffId)).toEqual([digestOf('two')]);
    expect(st.baseDigest).toBe(index.digest);
    const arm = await layoutContextState('base', { dir, tag: 'multi' }, arm64);
    expect(arm.layers.map((l) => l.diffId)).toEqual([digestOf('arm')]);
    await expect(layoutContextState('base', { dir, tag: 'latest', digest: armOnly.digest }, amd64)).rejects.toThrow('no image for platform linux/amd64 (the index has linux/arm64)');
  });

  test('a digest wins over the tag, and need not be listed in index.json', async () => {
    const st = await layoutContextState('base', { dir, tag: 'v1', digest: two.digest }, amd64);
    expect(st.layers.map((l) => l.diffId)).toEqual([digestOf('two')]);
    // The same image from a layout and from a registry gives the same key (its diff_ids' ChainID): cache hits carry over.
    const again = await layoutContextState('other', { dir, tag: 'latest', digest: two.digest }, amd64);
    expect(again.key).toBe(st.key);
  });

  test('an unknown tag with several entries, an unknown digest, a missing layer, no layout: errors name the context', async () => {
    await expect(layoutContextState('base', { dir, tag: 'latest' }, amd64)).rejects.toThrow(`build context "base" (oci-layout://${dir}): no image tagged "latest" in index.json (it lists 2: v1, multi); name one with :TAG or @DIGEST`);
    await expect(layoutContextState('base', { dir, tag: 'latest', digest: digestOf('nothing') as Digest }, amd64)).rejects.toThrow(`blob ${digestOf('nothing')} is missing`);
    await expect(layoutContextState('base', { dir: path.join(root, 'nope'), tag: 'latest' }, amd64)).rejects.toThrow(`build context "base" (oci-layout://${path.join(root, 'nope')}): OCI layout`);
    const broken = path.join(root, 'broken');
    const layout = await OciLayout.create(broken);
    const d = await image(layout, 'gone', amd64);
    await layout.addManifest(d, 'v1');
    await unlink(path.join(broken, 'blobs/sha256', digestOf(layerBytes('gone')).slice(7)));
    await expect(layoutContextState('base', { dir: broken, tag: 'v1' }, amd64)).rejects.toThrow(`layer ${digestOf(layerBytes('gone'))} is missing from blobs/`);
    await writeFile(path.join(broken, 'blobs/sha256', digestOf(layerBytes('gone')).slice(7)), 'short');
    await expect(layoutContextState('base', { dir: broken, tag: 'v1' }, amd64)).rejects.toThrow('is 5 bytes, the manifest says');
  });

  test("a tag matches io.containerd.image.name first (BuildKit's OCI exporter writes the full name there), then ref.name", async () => {
    const named = path.join(root, 'named');
    const layout = await OciLayout.create(named);
    const a = await image(layout, 'by-containerd-name', amd64);
    const b = await image(layout, 'by-ref-name', amd64);
    await layout.addManifest({ ...a, annotations: { 'io.containerd.image.name': 'docker.io/library/app:1.0', 'org.opencontainers.image.ref.name': '1.0' } });
    await layout.addManifest(b, 'docker.io/library/app:1.0');
    const st = await layoutContextState('base', { dir: named, tag: 'docker.io/library/app:1.0' }, amd64);
    expect(st.layers.map((l) => l.diffId)).toEqual([digestOf('by-containerd-name')]);
    const byRef = await layoutContextState('base', { dir: named, tag: '1.0' }, amd64);
    expect(byRef.layers.map((l) => l.diffId)).toEqual([digestOf('by-containerd-name')]);
  });

  test('a single entry is taken whatever the tag (buildx falls back to it)', async () => {
    const single = path.join(root, 'single');
    const layout = await OciLayout.create(single);
    await layout.addManifest(await image(layout, 'solo', amd64));
    const st = await layoutContextState('base', { dir: single, tag: 'latest' }, amd64);
    expect(st.layers.map((l) => l.diffId)).toEqual([digestOf('solo')]);
  });
});
