import { execFile } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { digestOf } from '../../src/oci/digest.js';
import { OciLayout, REF_NAME_ANNOTATION } from '../../src/oci/layout.js';
import { RegistryClient } from '../../src/registry/client.js';
import { pullToLayout, pushFromLayout } from '../../src/registry/copy.js';
import { parseReference } from '../../src/registry/reference.js';
import { makeBusyboxImage, makeMultiPlatformBusybox, pushTestImage, type TestImage, type TestIndex } from '../support/images.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';

const exec = promisify(execFile);

// Images hoist builds from busybox-static and pushes are read by skopeo and umoci; layouts skopeo writes
// are read and pushed by hoist.

let registry: TestRegistry;
let client: RegistryClient;
let busybox: TestImage;
let multi: TestIndex;
/** Temporary directories of the tests, removed after them. */
const dirs: string[] = [];

/** A fresh directory under the system temp directory, removed after the tests. */
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

async function skopeo(args: string[]): Promise<string> {
  try {
    return (await exec('skopeo', args, { maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (e) {
    throw new Error(`skopeo ${args.join(' ')}: ${(e as { stderr?: string }).stderr ?? (e as Error).message}`);
  }
}

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient();
  busybox = await makeBusyboxImage();
  multi = await makeMultiPlatformBusybox();
  await pushTestImage(client, parseReference(`${registry.host}/interop/busybox:1`), busybox);
  await pushTestImage(client, parseReference(`${registry.host}/interop/multi:1`), multi);
});

afterAll(async () => {
  try {
    await client?.close();
    await registry?.stop();
  } finally {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  }
});

describe('skopeo reads what hoist pushed', () => {
  test('skopeo inspect', async () => {
    const info = JSON.parse(await skopeo(['inspect', '--tls-verify=false', `docker://${registry.host}/interop/busybox:1`]));
    expect(info.Digest).toBe(busybox.digest);
    expect(info.Layers).toEqual(busybox.layers.map((l) => l.descriptor.digest));
    expect(info.Architecture).toBe('amd64');
    expect(info.Os).toBe('linux');
    const raw = await skopeo(['inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/interop/multi:1`]);
    expect(digestOf(Buffer.from(raw))).toBe(multi.digest);
  });

  test('skopeo copy to an OCI layout, which hoist then reads and pushes back', async () => {
    const dir = await tempDir('hoist-skopeo-');
    await skopeo(['copy', '--all', '--src-tls-verify=false', `docker://${registry.host}/interop/multi:1`, `oci:${dir}:multi`]);
    await skopeo(['copy', '--src-tls-verify=false', `docker://${registry.host}/interop/busybox:1`, `oci:${dir}:single`]);
    const layout = await OciLayout.open(dir);
    expect((await layout.resolve('multi')).digest).toBe(multi.digest);
    expect((await layout.resolve('single')).digest).toBe(busybox.digest);
    for (const [d, bytes] of multi.blobs) expect((await layout.readBlob(d as never)).equals(bytes)).toBe(true);
    const r = await pushFromLayout(client, dir, 'multi', parseReference(`${registry.host}/interop/from-skopeo:1`));
    expect(r.digest).toBe(multi.digest);
    expect(r.manifests).toBe(4);
    await expect(OciLayout.open(dir).then((l) => l.resolve())).rejects.toThrow(/lists 2 images; name one \(multi, single\)/);
  });
});

describe('hoist pulls into layouts skopeo and umoci read', () => {
  test('skopeo inspects and copies hoist layouts; umoci unpacks a runnable busybox', async () => {
    const dir = await tempDir('hoist-layout-');
    await pullToLayout(client, parseReference(`${registry.host}/interop/busybox:1`), dir, 'bb');
    await pullToLayout(client, parseReference(`${registry.host}/interop/multi:1`), dir, 'multi');
    const info = JSON.parse(await skopeo(['inspect', `oci:${dir}:bb`]));
    expect(info.Digest).toBe(busybox.digest);
    const raw = await skopeo(['inspect', '--raw', `oci:${dir}:multi`]);
    expect(digestOf(Buffer.from(raw))).toBe(multi.digest);
    const copy = await tempDir('hoist-layout-copy-');
    await skopeo(['copy', '--all', `oci:${dir}:multi`, `oci:${copy}:again`]);
    expect((await (await OciLayout.open(copy)).resolve('again')).digest).toBe(multi.digest);

    const bundle = path.join(await tempDir('hoist-umoci-'), 'bundle');
    await exec('umoci', ['unpack', '--rootless', '--image', `${dir}:bb`, bundle]);
    await access(path.join(bundle, 'rootfs/bin/busybox'));
    const out = await exec(path.join(bundle, 'rootfs/bin/sh'), ['-c', 'echo hello from $0'], {});
    expect(out.stdout.trim()).toMatch(/^hello from/);
  });
});

describe('OciLayout', () => {
  test('blobs are verified, names are unique, errors name the directory', async () => {
    const dir = await tempDir('hoist-oci-');
    const layout = await OciLayout.create(dir);
    const w = await layout.writeBlob(Buffer.from('hello'));
    expect(w).toEqual({ digest: digestOf('hello'), size: 5 });
    expect(await layout.hasBlob(w.digest)).toBe(true);
    await expect(layout.writeBlob(Buffer.from('hellO'), digestOf('hello'))).rejects.toThrow(`OCI layout ${dir}: blob content has digest`);
    const desc = { mediaType: busybox.mediaType, digest: busybox.digest, size: busybox.bytes.length };
    await layout.addManifest(desc, 'a');
    await layout.addManifest({ ...desc, digest: multi.digest }, 'a');
    await layout.addManifest(desc, 'b');
    await layout.addManifest(desc);
    await layout.addManifest(desc);
    const index = await layout.index();
    expect(index.manifests.map((m) => [m.digest === busybox.digest ? 'bb' : 'multi', m.annotations?.[REF_NAME_ANNOTATION]])).toEqual([
      ['multi', 'a'],
      ['bb', 'b'],
      ['bb', undefined],
    ]);
    await expect(layout.resolve('zzz')).rejects.toThrow(`OCI layout ${dir}: no image named "zzz" (names: a, b)`);
    expect(JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')).schemaVersion).toBe(2);
    const notLayout = await tempDir('hoist-oci-');
    await expect(OciLayout.open(notLayout)).rejects.toThrow('no oci-layout file');
    await writeFile(path.join(notLayout, 'oci-layout'), '{"imageLayoutVersion":"2.0.0"}');
    await expect(OciLayout.open(notLayout)).rejects.toThrow('unsupported imageLayoutVersion "2.0.0"');
  });
});
