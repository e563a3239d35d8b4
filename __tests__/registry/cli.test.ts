import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runCli } from '../../src/cli/main.js';
import { OciLayout } from '../../src/oci/layout.js';
import { RegistryClient } from '../../src/registry/client.js';
import { staticCredentials } from '../../src/registry/credentials.js';
import { parseReference } from '../../src/registry/reference.js';
import { makeBusyboxImage, makeMultiPlatformBusybox, pushTestImage, type TestImage, type TestIndex } from '../support/images.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { makeSelfSignedCert } from '../support/tls.js';

const exec = promisify(execFile);

// The registry commands (inspect, copy, tag, pull, push) against a TLS + htpasswd registry, with
// credentials from flags + HOIST_PASSWORD or from a docker config, and the bundled CLI as a process.

let registry: TestRegistry;
let plain: TestRegistry;
let client: RegistryClient;
let busybox: TestImage;
let multi: TestIndex;
let caFile: string;
let dockerConfig: string;
/** Temporary directories (the certificate's, the docker config, pulled layouts, the bundle), removed after the tests. */
const dirs: string[] = [];

/** A fresh directory under the system temp directory, removed after the tests. */
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

async function hoist(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), env: { PATH: process.env.PATH, HOME: '/nonexistent', ...env }, cwd: process.cwd(), signal: new AbortController().signal });
  return { code, out, err };
}

const auth = () => ['--ca-cert', caFile, '--username', 'hoist'];
const pw = { HOIST_PASSWORD: 'right-secret' };

beforeAll(async () => {
  const tls = await makeSelfSignedCert();
  dirs.push(tls.dir);
  caFile = tls.certFile;
  registry = await startRegistry({ tls, htpasswd: { username: 'hoist', password: 'right-secret' } });
  plain = await startRegistry();
  client = new RegistryClient({ ca: registry.ca, credentials: staticCredentials({ [registry.host]: { username: 'hoist', password: 'right-secret' } }) });
  busybox = await makeBusyboxImage();
  multi = await makeMultiPlatformBusybox();
  await pushTestImage(client, parseReference(`${registry.host}/cli/busybox:1`), busybox);
  await pushTestImage(client, parseReference(`${registry.host}/cli/multi:1`), multi);
  dockerConfig = await tempDir('hoist-dockercfg-');
  await writeFile(path.join(dockerConfig, 'config.json'), JSON.stringify({ auths: { [`https://${registry.host}`]: { auth: Buffer.from('hoist:right-secret').toString('base64') } } }));
});

afterAll(async () => {
  try {
    await client?.close();
    await registry?.stop();
    await plain?.stop();
  } finally {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  }
});

describe('hoist inspect', () => {
  test('a single image: manifest, platform and config as JSON', async () => {
    const r = await hoist(['inspect', `${registry.host}/cli/busybox:1`, ...auth()], pw);
    expect(r).toMatchObject({ code: 0, err: '' });
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({ name: `${registry.host}/cli/busybox:1`, digest: busybox.digest, mediaType: busybox.mediaType, platforms: ['linux/amd64'] });
    expect(doc.image.config.rootfs.diff_ids).toEqual(busybox.config.rootfs.diff_ids);
  });

  test('an index: every platform, and the chosen one; --raw is byte-exact', async () => {
    const r = await hoist(['inspect', `${registry.host}/cli/multi:1`, '--platform', 'linux/arm64', ...auth()], pw);
    const doc = JSON.parse(r.out);
    expect(doc.platforms).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
    expect(doc.image).toMatchObject({ platform: 'linux/arm64', digest: multi.images[1].digest });
    const raw = await hoist(['inspect', '--raw', `${registry.host}/cli/multi:1`, ...auth()], pw);
    expect(raw.out).toBe(multi.bytes.toString('utf8'));
  });

  test('credentials from a docker config instead of flags', async () => {
    const r = await hoist(['inspect', `${registry.host}/cli/busybox:1`, '--ca-cert', caFile], { DOCKER_CONFIG: dockerConfig });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).digest).toBe(busybox.digest);
  });

  test('a wrong password: exit 1, a clear message, no secret', async () => {
    const r = await hoist(['inspect', `${registry.host}/cli/busybox:1`, ...auth()], { HOIST_PASSWORD: 'wrong-secret' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^hoist inspect: get manifest 127\.0\.0\.1:\d+\/cli\/busybox:1: 401 UNAUTHORIZED: authentication required \(authentication to 127\.0\.0\.1:\d+ failed; check the username and password\)\n$/);
    expect(r.err).not.toContain('wrong-secret');
  });

  test('usage errors exit 2 with the usage', async () => {
    const r = await hoist(['copy', 'only-one']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('usage: hoist copy SRC DST');
    const bad = await hoist(['inspect', 'Upper/Case']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('invalid reference "Upper/Case": repository name must be lowercase');
  });
});

describe('hoist copy, tag, pull, push', () => {
  test('copy mounts across repositories and adds tags', async () => {
    const r = await hoist(['copy', `${registry.host}/cli/multi:1`, `${registry.host}/cli/multi-copy:1`, '--tag', 'extra', ...auth()], pw);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${multi.digest} (4 manifests; blobs: 0 copied, ${multi.blobs.size} mounted, 0 already present; 0.0 MB)`);
    expect((await client.listTags(parseReference(`${registry.host}/cli/multi-copy`))).sort()).toEqual(['1', 'extra']);
  });

  test('copy to another registry uploads, then skips what is present', async () => {
    const env = { ...pw };
    const args = ['copy', `${registry.host}/cli/busybox:1`, `${plain.host}/mirror/busybox:1`, '--ca-cert', caFile, '--username', 'hoist', '--registry', registry.host];
    const first = await hoist(args, env);
    expect(first.code).toBe(0);
    expect(first.out).toContain(`blobs: ${busybox.blobs.size} copied, 0 mounted, 0 already present`);
    const second = await hoist(args, env);
    expect(second.out).toContain(`blobs: 0 copied, 0 mounted, ${busybox.blobs.size} already present`);
  });

  test('tag re-tags in place, with bare tags or full references', async () => {
    const r = await hoist(['tag', `${registry.host}/cli/busybox:1`, 'v2', `${registry.host}/cli/busybox:v3`, ...auth()], pw);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`tagged ${registry.host}/cli/busybox:1 (${busybox.digest}) as v2, v3\n`);
    expect((await client.listTags(parseReference(`${registry.host}/cli/busybox`))).sort()).toEqual(['1', 'v2', 'v3']);
    const other = await hoist(['tag', `${registry.host}/cli/busybox:1`, `${registry.host}/cli/elsewhere:1`, ...auth()], pw);
    expect(other.code).toBe(2);
    expect(other.err).toContain('use hoist copy');
  });

  test('pull into oci:DIR:NAME and push it back', async () => {
    const dir = await tempDir('hoist-cli-pull-');
    const pulled = await hoist(['pull', `${registry.host}/cli/multi:1`, '--output', `oci:${dir}:multi`, ...auth()], pw);
    expect(pulled.code).toBe(0);
    expect((await (await OciLayout.open(dir)).resolve('multi')).digest).toBe(multi.digest);
    const one = await hoist(['pull', `${registry.host}/cli/multi:1`, '-o', `oci:${dir}:arm`, '--platform', 'linux/arm/v7', ...auth()], pw);
    expect(one.code).toBe(0);
    expect((await (await OciLayout.open(dir)).resolve('arm')).digest).toBe(multi.images[2].digest);
    const info = JSON.parse((await exec('skopeo', ['inspect', `oci:${dir}:arm`])).stdout);
    expect(info.Architecture).toBe('arm');
    const pushed = await hoist(['push', `oci:${dir}:multi`, `${registry.host}/cli/pushed:1`, '--ca-cert', caFile], { DOCKER_CONFIG: dockerConfig });
    expect(pushed.code).toBe(0);
    expect((await client.headManifest(parseReference(`${registry.host}/cli/pushed:1`)))?.digest).toBe(multi.digest);
    const noName = await hoist(['push', `oci:${dir}`, `${registry.host}/cli/pushed:2`, ...auth()], pw);
    expect(noName.code).toBe(1);
    expect(noName.err).toContain('index.json lists 2 images; name one (multi, arm)');
  });
});

test('the bundled CLI runs as a process', async () => {
  // Bundled exactly as dist/ is (scripts/bundle.mjs), into a temporary directory.
  const out = await tempDir('hoist-cli-bundle-');
  await exec(process.execPath, ['scripts/bundle.mjs', out]);
  const r = await exec(process.execPath, [path.join(out, 'cli.js'), 'copy', `${registry.host}/cli/busybox:1`, `${plain.host}/bundled/busybox:1`, '--ca-cert', caFile], { env: { PATH: process.env.PATH, DOCKER_CONFIG: dockerConfig } });
  expect(r.stdout).toContain(`${busybox.digest} (1 manifest;`);
});
