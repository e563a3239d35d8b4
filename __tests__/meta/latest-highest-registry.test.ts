/**
 * `latest=highest` against a real registry (Debian's docker-registry on 127.0.0.1) that already holds
 * older and newer version tags, seeded with skopeo from an OCI layout written here.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { runCli } from '../../src/cli/main.js';
import { computeMetaWithRegistry, type GitContext, type MetaInputs } from '../../src/meta/index.js';
import { digestHex, digestOf } from '../../src/oci/digest.js';
import { buildManifest, toBytes } from '../../src/oci/manifest.js';
import { MediaType } from '../../src/oci/media-types.js';
import type { Descriptor } from '../../src/oci/types.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { contextFor, loadEnv, NOW, ROOT } from './support.js';

const exec = promisify(execFile);

let registry: TestRegistry;
let work: string;
let layout: string;

/** A one-file gzip layer. */
async function layer(): Promise<Buffer> {
  const pack = tar.pack();
  pack.entry({ name: 'hello.txt', mode: 0o644, mtime: new Date(0) }, 'hello\n');
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const c of pack) chunks.push(c as Buffer);
  return gzipSync(Buffer.concat(chunks));
}

/** An OCI layout with one small image per version (distinct configs, so distinct digests), named by version. */
async function writeLayout(dir: string, versions: string[]): Promise<Record<string, string>> {
  const blobs = path.join(dir, 'blobs/sha256');
  await mkdir(blobs, { recursive: true });
  const put = async (bytes: Buffer) => {
    const digest = digestOf(bytes);
    await writeFile(path.join(blobs, digestHex(digest)), bytes);
    return digest;
  };
  const layerBytes = await layer();
  const layerDesc: Descriptor = { mediaType: MediaType.ociLayerGzip, digest: await put(layerBytes), size: layerBytes.length };
  const diffId = digestOf(gunzipSync(layerBytes));
  const manifests: Descriptor[] = [];
  const digests: Record<string, string> = {};
  for (const version of versions) {
    const config = toBytes({
      architecture: 'amd64',
      os: 'linux',
      config: { Labels: { 'org.opencontainers.image.version': version } },
      rootfs: { type: 'layers', diff_ids: [diffId] },
    });
    const manifest = toBytes(buildManifest('oci', { digest: await put(config), size: config.length }, [layerDesc]));
    const digest = await put(manifest);
    digests[version] = digest;
    manifests.push({ mediaType: MediaType.ociManifest, digest, size: manifest.length, annotations: { 'org.opencontainers.image.ref.name': version } });
  }
  await writeFile(path.join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await writeFile(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests }));
  return digests;
}

/** Pushes layout image `name` to `repo:tag` with skopeo. */
async function push(name: string, repo: string, tag: string): Promise<void> {
  await exec('skopeo', ['--insecure-policy', 'copy', '--quiet', '--dest-tls-verify=false', `oci:${layout}:${name}`, `docker://${registry.host}/${repo}:${tag}`]);
}

/** The distribution API's tag list, with a plain fetch; a repository that does not exist has no tags. */
async function listTags(image: string): Promise<string[]> {
  const repo = image.slice(image.indexOf('/') + 1);
  const res = await fetch(`${registry.url}/v2/${repo}/tags/list`);
  if (res.status === 404) return [];
  if (!res.ok) throw new Error(`tags/list ${repo}: ${res.status}`);
  return ((await res.json()) as { tags: string[] | null }).tags ?? [];
}

/** The digest a tag points at. */
async function digestOfTag(repo: string, tag: string): Promise<string | null> {
  const res = await fetch(`${registry.url}/v2/${repo}/manifests/${tag}`, { method: 'HEAD', headers: { accept: MediaType.ociManifest } });
  return res.ok ? res.headers.get('docker-content-digest') : null;
}

const RULES = 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}';
const atTag = (tag: string): GitContext => ({ ...contextFor('event_tag_v1.1.1.env'), ref: `refs/tags/${tag}` });
const inputs = (image: string, flavor = 'latest=highest'): MetaInputs => ({ images: image, tags: RULES, flavor, labels: '', annotations: '' });

let digests: Record<string, string>;

beforeAll(async () => {
  registry = await startRegistry();
  work = await mkdtemp(path.join(tmpdir(), 'hoist-meta-highest-'));
  layout = path.join(work, 'layout');
  digests = await writeLayout(layout, ['1.0.0', '1.2.0', '2.0.0-rc.1', '1.3.0', '1.2.1']);
  // The registry already holds an older and a newer release line, a prerelease and partial tags.
  for (const [name, tags] of [
    ['1.0.0', ['v1.0.0', '1.0']],
    ['1.2.0', ['v1.2.0', '1.2', 'latest']],
    ['2.0.0-rc.1', ['v2.0.0-rc.1']],
  ] as const) {
    for (const tag of tags) await push(name, 'acme/app', tag);
  }
});

afterAll(async () => {
  await registry?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('latest=highest against a registry holding v1.0.0, v1.2.0 and v2.0.0-rc.1', () => {
  test('the seeded registry lists the tags', async () => {
    expect((await listTags(`${registry.host}/acme/app`)).sort()).toEqual(['1.0', '1.2', 'latest', 'v1.0.0', 'v1.2.0', 'v2.0.0-rc.1']);
  });

  test('a hotfix on an older line (v1.1.5) gets no latest; auto would have moved it', async () => {
    const image = `${registry.host}/acme/app`;
    const highest = await computeMetaWithRegistry(inputs(image), atTag('v1.1.5'), NOW, {}, listTags);
    expect(highest.tags).toEqual([`${image}:1.1.5`, `${image}:1.1`]);
    expect(highest.warnings).toContain(`latest=highest: latest not added: ${image} already has v1.2.0, higher than 1.1.5`);
    const auto = await computeMetaWithRegistry(inputs(image, ''), atTag('v1.1.5'), NOW, {}, listTags);
    expect(auto.tags).toContain(`${image}:latest`);
  });

  test('a newer release (v1.3.0) gets latest; the prerelease 2.0.0-rc.1 does not block it', async () => {
    const image = `${registry.host}/acme/app`;
    const r = await computeMetaWithRegistry(inputs(image), atTag('v1.3.0'), NOW, {}, listTags);
    expect(r.tags).toEqual([`${image}:1.3.0`, `${image}:1.3`, `${image}:latest`]);
  });

  test('a release flow: push v1.3.0 with its tags, then a v1.2.1 hotfix leaves latest on 1.3.0', async () => {
    const image = `${registry.host}/acme/app`;
    const release = await computeMetaWithRegistry(inputs(image), atTag('v1.3.0'), NOW, {}, listTags);
    for (const name of release.tagNames) await push('1.3.0', 'acme/app', name);
    expect(await digestOfTag('acme/app', 'latest')).toBe(digests['1.3.0']);

    const hotfix = await computeMetaWithRegistry(inputs(image), atTag('v1.2.1'), NOW, {}, listTags);
    expect(hotfix.tagNames).toEqual(['1.2.1', '1.2']);
    for (const name of hotfix.tagNames) await push('1.2.1', 'acme/app', name);
    expect(await digestOfTag('acme/app', 'latest')).toBe(digests['1.3.0']);
    expect(await digestOfTag('acme/app', '1.2')).toBe(digests['1.2.1']);
  });

  test('a repository that does not exist yet: the first release gets latest', async () => {
    const image = `${registry.host}/acme/brand-new`;
    const r = await computeMetaWithRegistry(inputs(image), atTag('v0.1.0'), NOW, {}, listTags);
    expect(r.tags).toEqual([`${image}:0.1.0`, `${image}:0.1`, `${image}:latest`]);
  });

  test('hoist tags --latest-highest lists the tags with the registry client', async () => {
    const run = async (tag: string, image: string) => {
      let out = '';
      let err = '';
      const env = { ...loadEnv('event_tag_v1.1.1.env'), GITHUB_REF: `refs/tags/${tag}`, DOCKER_CONFIG: path.join(work, 'no-docker-config') };
      const code = await runCli(['tags', '--images', image, '--tags', RULES, '--latest-highest', '--output', 'tags', '--now', '2020-01-10T00:30:00Z'], {
        stdout: (t) => (out += t),
        stderr: (t) => (err += t),
        env,
        cwd: ROOT,
        signal: new AbortController().signal,
      });
      return { code, out, err };
    };
    const image = `${registry.host}/acme/app`;
    const old = await run('v1.1.9', image);
    expect(old.code).toBe(0);
    expect(old.out).toBe(`${image}:1.1.9\n${image}:1.1\n`);
    expect(old.err).toContain('higher than 1.1.9');
    const next = await run('v1.4.0', image);
    expect(next.out).toBe(`${image}:1.4.0\n${image}:1.4\n${image}:latest\n`);
    const fresh = await run('v3.0.0', `${registry.host}/acme/none-yet`);
    expect(fresh.out).toBe(`${registry.host}/acme/none-yet:3.0.0\n${registry.host}/acme/none-yet:3.0\n${registry.host}/acme/none-yet:latest\n`);
  });
});
