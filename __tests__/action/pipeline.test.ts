import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { busyboxEntries, pushSpecImage } from '../support/base-images.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { startTokenIssuer, type TokenIssuer } from '../support/token-issuer.js';
import { runAction, type ActionDeps } from '../../src/action/run-action.js';
import type { ActionLogger } from '../../src/action/logger.js';
import { INPUT_DEFAULTS, parseConfig, type RawInputs } from '../../src/inputs.js';
import { RegistryClient } from '../../src/registry/client.js';
import { parseReference } from '../../src/registry/reference.js';
import { registryTags } from './harness.js';
import { makeGitRepo, startGitServer, type GitServer } from '../support/git-server.js';

// The pipeline in-process (runAction with a recording logger) for cases the e2e files do not cover:
// credentials that authenticate but may not push, build-push-action's full-reference tags, latest=highest
// against the registry, and building with no tag at all.

let registry: TestRegistry;
let tokenRegistry: TestRegistry;
let issuer: TokenIssuer;
let workspace: string;
let base: string;
/** Temporary directories of the tests (workspaces), removed after them. */
const dirs: string[] = [];

beforeAll(async () => {
  issuer = await startTokenIssuer({ users: { reader: 'reader-pw' }, userActions: ['pull'] });
  // Each is assigned as soon as it is up, so afterAll stops it even when the other fails to start.
  await Promise.all([
    startRegistry().then((r) => (registry = r)),
    startRegistry({ token: { realm: issuer.realm, service: issuer.service, issuer: issuer.issuer, rootCertFile: issuer.cert.certFile } }).then((r) => (tokenRegistry = r)),
  ]);
  base = `${registry.host}/base/busybox:1`;
  const client = new RegistryClient();
  await pushSpecImage(client, base, [busyboxEntries()]);
  await client.close();
  workspace = await mkdtemp(path.join(tmpdir(), 'hoist-pipeline-'));
  dirs.push(workspace);
  await writeFile(path.join(workspace, 'Dockerfile'), `FROM ${base}\nCOPY hello.txt /hello.txt\nCMD ["cat", "/hello.txt"]\n`);
  await writeFile(path.join(workspace, 'hello.txt'), 'hi\n');
}, 120000);

afterAll(async () => {
  try {
    await registry?.stop();
    await tokenRegistry?.stop();
    await issuer?.stop();
  } finally {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  }
});

interface Recorded {
  lines: string[];
  /** Warnings with a place: `file:line [title] message`. */
  annotations: string[];
  outputs: Record<string, string>;
  summary: string;
}

async function pipeline(inputs: Partial<RawInputs>, env: Record<string, string> = {}): Promise<Recorded & { ok: boolean }> {
  const rec: Recorded = { lines: [], annotations: [], outputs: {}, summary: '' };
  const log: ActionLogger = {
    info: (m) => void rec.lines.push(m),
    debug: () => undefined,
    notice: (m) => void rec.lines.push(`notice: ${m}`),
    warning: (m, at) => {
      rec.lines.push(`warning: ${m}`);
      if (at?.file) rec.annotations.push(`${at.file}:${at.startLine} [${at.title}] ${m}`);
    },
    error: (m) => void rec.lines.push(`error: ${m}`),
    startGroup: (n) => void rec.lines.push(`group ${n}`),
    endGroup: () => undefined,
    setSecret: () => undefined,
  };
  const runnerTemp = await mkdtemp(path.join(tmpdir(), 'hoist-pipeline-rt-'));
  const fullEnv = { GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: 'a'.repeat(40), GITHUB_REPOSITORY: 'acme/app', RUNNER_TEMP: runnerTemp, HOME: runnerTemp, ...env };
  const raw = { ...Object.fromEntries(Object.keys(INPUT_DEFAULTS).map((k) => [k, ''])), cache: 'off', ...inputs } as RawInputs;
  const deps: ActionDeps = {
    env: fullEnv,
    cwd: workspace,
    log,
    now: Date.now,
    setOutput: (k, v) => void (rec.outputs[k] = v),
    exportVariable: (k, v) => void (rec.outputs[`env:${k}`] = v),
    writeSummary: async (md) => void (rec.summary += md),
  };
  try {
    const result = await runAction(() => parseConfig(raw, fullEnv, workspace), deps);
    // The bake files live in RUNNER_TEMP, removed below: read while they are there.
    for (const [k, v] of Object.entries(rec.outputs)) if (k.startsWith('bake-file')) rec.outputs[`read:${k}`] = await readFile(v, 'utf8');
    return { ...rec, ok: result.ok };
  } finally {
    await rm(runnerTemp, { recursive: true, force: true });
  }
}

describe('preflight', () => {
  test('credentials that authenticate but may not push fail before the build, naming the login', async () => {
    const r = await pipeline({ images: `${tokenRegistry.host}/ro/app`, registry: tokenRegistry.host, username: 'reader', password: 'reader-pw' });
    expect(r.ok).toBe(false);
    expect(r.lines.filter((l) => l.startsWith('error: '))).toEqual([expect.stringMatching(/^error: username: no permission to push to 127\.0\.0\.1:\d+\/ro\/app as "reader" \(401 UNAUTHORIZED\)/)]);
    expect(r.lines).not.toContain('group Stage stage-0');
    // The tags were known before the check failed, so their outputs are set; the digest is not.
    expect(r.outputs.tags).toBe(`${tokenRegistry.host}/ro/app:main`);
    expect(r.outputs.digest).toBeUndefined();
    expect(r.summary).toMatch(/❌ failed[\s\S]*<code>127\.0\.0\.1:\d+\/ro\/app:main<\/code> \| not pushed/);
  });

  test('ssh: an agent that is not there fails preflight, naming the input', async () => {
    const r = await pipeline({ images: `${registry.host}/ssh/app`, ssh: 'default' });
    expect(r.ok).toBe(false);
    expect(r.lines.filter((l) => l.startsWith('error: '))).toEqual(['error: ssh: ssh "default": no socket or key given and SSH_AUTH_SOCK is not set (start an agent, e.g. webfactory/ssh-agent or `eval $(ssh-agent)`, and ssh-add the key)']);
  });

  test('a wrong password against a token registry names the password input', async () => {
    const r = await pipeline({ images: `${tokenRegistry.host}/ro/app`, registry: tokenRegistry.host, username: 'reader', password: 'nope-nope' });
    expect(r.lines.filter((l) => l.startsWith('error: '))).toEqual([expect.stringMatching(/^error: password: registry 127\.0\.0\.1:\d+ refused the credentials of user "reader"/)]);
  });
});

describe('tags', () => {
  test("build-push-action's tags (full references, no images) are pushed as given", async () => {
    const r = await pipeline({ tags: `${registry.host}/bpa/app:1.0, ${registry.host}/bpa/app:stable` });
    expect(r.ok).toBe(true);
    expect(await registryTags(registry.host, 'bpa/app')).toEqual(['1.0', 'stable']);
    expect(r.outputs.tags).toBe(`${registry.host}/bpa/app:1.0\n${registry.host}/bpa/app:stable`);
    expect(r.outputs['tag-names']).toBe('1.0\nstable');
    // The version (and the OCI version label) is the first reference's tag, not the branch.
    expect(r.outputs.version).toBe('1.0');
    expect(r.outputs.labels).toContain('org.opencontainers.image.version=1.0');
    expect(JSON.parse(r.outputs.metadata).pushed).toBe(true);
  });

  test("metadata-action's bake-file outputs: files under RUNNER_TEMP for the bake-target", async () => {
    const r = await pipeline({ images: `${registry.host}/bake/app`, tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}', labels: 'org.opencontainers.image.vendor=acme', 'bake-target': 'app', push: 'false' }, { GITHUB_REF: 'refs/tags/v1.2.3' });
    expect(r.ok).toBe(true);
    const read = (k: string) => JSON.parse(r.outputs[`read:${k}`]);
    const tags = [`${registry.host}/bake/app:1.2.3`, `${registry.host}/bake/app:1`, `${registry.host}/bake/app:latest`];
    const args = { DOCKER_META_IMAGES: `${registry.host}/bake/app`, DOCKER_META_VERSION: '1.2.3' };
    expect(r.outputs['bake-file-tags']).toMatch(/hoist-meta-[^/]+\/docker-metadata-action-bake-tags\.json$/);
    expect(read('bake-file-tags')).toEqual({ target: { app: { tags, args } } });
    const labels = read('bake-file-labels').target.app.labels;
    expect(labels).toMatchObject({ 'org.opencontainers.image.vendor': 'acme', 'org.opencontainers.image.version': '1.2.3' });
    expect(Object.keys(read('bake-file-labels').target.app)).toEqual(['labels']);
    expect(read('bake-file-annotations').target.app.annotations).toContain('manifest:org.opencontainers.image.version=1.2.3');
    expect(read('bake-file')).toEqual({ target: { app: { tags, labels, args } } });
    expect(r.outputs.tags.split('\n')).toEqual(tags);
    // Exported for later steps too, as metadata-action's outputs are.
    expect(r.outputs['env:DOCKER_METADATA_OUTPUT_BAKE_FILE_TAGS']).toBe(r.outputs['bake-file-tags']);
    expect(r.outputs['env:DOCKER_METADATA_OUTPUT_BAKE_FILE']).toBe(r.outputs['bake-file']);
  });

  test('latest=highest asks the registry: a lower release than one already pushed does not get latest', async () => {
    const client = new RegistryClient();
    await pushSpecImage(client, `${registry.host}/hi/app:2.0.0`, [busyboxEntries()]);
    await client.close();
    const r = await pipeline({ images: `${registry.host}/hi/app`, tags: 'type=semver,pattern={{version}}', flavor: 'latest=highest' }, { GITHUB_REF: 'refs/tags/v1.5.0' });
    expect(r.ok).toBe(true);
    expect(await registryTags(registry.host, 'hi/app')).toEqual(['1.5.0', '2.0.0']);
    expect(r.lines.some((l) => /^warning: latest=highest: latest not added/.test(l))).toBe(true);
  });

  test('with neither images nor tags the image is built, not pushed, with a notice', async () => {
    const r = await pipeline({ push: 'false' });
    expect(r.ok).toBe(true);
    expect(r.lines).toContain('notice: No image name given (images and tags are empty): the image is built, not tagged and not pushed.');
    expect(r.outputs.digest).toMatch(/^sha256:/);
    expect(r.summary).toContain('No tag was produced for this ref.');
  });

  test('the default context (the workspace) leaves out .git, where checkout keeps the job token; a given context keeps it', async () => {
    const ws = await mkdtemp(path.join(tmpdir(), 'hoist-pipeline-git-'));
    dirs.push(ws);
    await writeFile(path.join(ws, 'Dockerfile'), `FROM ${base}\nCOPY . /src\n`);
    await writeFile(path.join(ws, 'app.txt'), 'app\n');
    await mkdir(path.join(ws, '.git'));
    await writeFile(path.join(ws, '.git/config'), '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==\n');
    const byDefault = await pipeline({ outputs: `type=local,dest=${path.join(ws, 'out1')}` }, { GITHUB_WORKSPACE: ws });
    expect(byDefault.ok).toBe(true);
    expect((await readdir(path.join(ws, 'out1/src'))).sort()).toEqual(['Dockerfile', 'app.txt']);
    const given = await pipeline({ context: '.', outputs: `type=local,dest=${path.join(ws, 'out2')}` }, { GITHUB_WORKSPACE: ws });
    expect(given.ok).toBe(true);
    expect((await readdir(path.join(ws, 'out2/src'))).sort()).toEqual(['.git', 'Dockerfile', 'app.txt', 'out1']);
  });

  test('push auto with a file output only writes the file: nothing is pushed', async () => {
    const r = await pipeline({ tags: `${registry.host}/outputs-only/app:1`, outputs: 'type=oci,dest=out/only.tar' });
    expect(r.ok).toBe(true);
    const { stdout } = await promisify(execFile)('tar', ['-tf', path.join(workspace, 'out/only.tar')]);
    expect(stdout.split('\n')).toContain('index.json');
    expect(await registryTags(registry.host, 'outputs-only/app')).toEqual([]);
  });

  test('the outputs input writes the filesystem and an OCI tarball, relative to the workspace, beside the push', async () => {
    const r = await pipeline({ tags: `${registry.host}/outputs/app:1`, outputs: 'type=local,dest=out/fs\ntype=oci,dest=out/image.tar', push: 'true' });
    expect(r.ok).toBe(true);
    expect(await readFile(path.join(workspace, 'out/fs/hello.txt'), 'utf8')).toBe('hi\n');
    expect((await readdir(path.join(workspace, 'out/fs'))).sort()).toEqual(expect.arrayContaining(['bin', 'hello.txt']));
    const { stdout } = await promisify(execFile)('tar', ['-tf', path.join(workspace, 'out/image.tar')]);
    expect(stdout.split('\n')).toEqual(expect.arrayContaining(['index.json', 'oci-layout', `blobs/sha256/${r.outputs.digest.slice(7)}`]));
    expect(await registryTags(registry.host, 'outputs/app')).toEqual(['1']);
  });

  test('provenance: true pushes an index with a SLSA provenance attestation naming the workflow run and commit', async () => {
    const repo = `${registry.host}/prov/app`;
    const r = await pipeline({ images: repo, provenance: 'true' }, { GITHUB_RUN_ID: '4242', GITHUB_SERVER_URL: 'https://github.com', GITHUB_SHA: 'b'.repeat(40) });
    expect(r.lines.filter((l) => l.startsWith('error'))).toEqual([]);
    expect(r.ok).toBe(true);
    const client = new RegistryClient();
    try {
      const top = await client.getManifest(parseReference(`${repo}:main`));
      if (top.kind !== 'index') throw new Error(`expected an index, got ${top.kind}`);
      expect(top.digest).toBe(r.outputs.digest);
      expect(r.outputs.imageid).toBe(r.outputs.digest);
      expect(JSON.parse(r.outputs.metadata)['containerimage.config.digest']).toBeUndefined();
      const att = top.index.manifests.find((d) => d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest')!;
      expect(att.annotations?.['vnd.docker.reference.digest']).toBe(top.index.manifests[0].digest);
      const m = await client.getManifest(parseReference(`${repo}@${att.digest}`));
      if (m.kind !== 'manifest') throw new Error('expected the attestation manifest');
      const statement = JSON.parse((await client.readBlob(parseReference(repo), m.manifest.layers[0])).toString('utf8'));
      expect(statement.predicate.builder.id).toBe('https://github.com/acme/app/actions/runs/4242/attempts/1');
      expect(statement.predicate.metadata['https://mobyproject.org/buildkit@v1#metadata']).toEqual({ vcs: { source: 'https://github.com/acme/app', revision: 'b'.repeat(40) } });
      // mode=min: no build args.
      expect(statement.predicate.invocation.parameters.args).toBeUndefined();
    } finally {
      await client.close();
    }
  });

  test("push-by-digest, as the matrix legs of Docker's multi-platform workflow push: the repository gets the manifest by digest, no tag", async () => {
    const repo = `${registry.host}/bydigest/app`;
    const r = await pipeline({ outputs: `type=image,name=${repo},push-by-digest=true,name-canonical=true,push=true` });
    expect(r.lines.filter((l) => l.startsWith('error'))).toEqual([]);
    expect(r.ok).toBe(true);
    const digest = r.outputs.digest;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.lines).toContain(`pushed by digest (push-by-digest, no tag): ${repo}@${digest}`);
    expect(await registryTags(registry.host, 'bydigest/app')).toEqual([]);
    const client = new RegistryClient();
    try {
      expect((await client.headManifest(parseReference(`${repo}@${digest}`)))?.digest).toBe(digest);
    } finally {
      await client.close();
    }
    expect(JSON.parse(r.outputs.metadata).refs).toEqual([`${repo}@${digest}`]);
    // No tag was made or pushed: none in the tag outputs; image.name is the name= as given, as buildx reports it.
    expect([r.outputs.tags, r.outputs['tag-names']]).toEqual(['', '']);
    expect(JSON.parse(r.outputs.metadata)['image.name']).toBe(repo);
    // With images and tags too: still no tag.
    const tagged = await pipeline({ images: repo, tags: 'type=raw,value=v9', outputs: 'type=registry,push-by-digest=true' });
    expect(tagged.ok).toBe(true);
    expect(await registryTags(registry.host, 'bydigest/app')).toEqual([]);
    expect(tagged.summary).toContain('not set (pushed by digest)');
  });

  test('build checks are annotations on their Dockerfile line, titled by the rule as build-push-action makes them; call: check builds nothing and fails on a report', async () => {
    await writeFile(path.join(workspace, 'lint.Dockerfile'), `FROM ${base} as app\nENV MODE prod\nCOPY hello.txt /hello.txt\nCMD cat /hello.txt\n`);
    const r = await pipeline({ push: 'false', file: 'lint.Dockerfile' });
    expect(r.ok).toBe(true);
    expect(r.annotations).toEqual([
      "lint.Dockerfile:1 [The 'as' keyword should match the case of the 'from' keyword] 'as' and 'FROM' keywords' casing do not match\nMore info: https://docs.docker.com/go/dockerfile/rule/from-as-casing/",
      'lint.Dockerfile:2 [Legacy key/value format with whitespace separator should not be used] "ENV key=value" should be used instead of legacy "ENV key value" format\nMore info: https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/',
      'lint.Dockerfile:4 [JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals] JSON arguments recommended for CMD to prevent unintended behavior related to OS signals\nMore info: https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
    ]);
    // build-push-action's switches: no check annotations, no job summary.
    const quiet = await pipeline({ push: 'false', file: 'lint.Dockerfile' }, { DOCKER_BUILD_CHECKS_ANNOTATIONS: 'false', DOCKER_BUILD_SUMMARY: 'false' });
    expect(quiet.ok).toBe(true);
    expect(quiet.annotations).toEqual([]);
    expect(quiet.lines).toContain(`warning: lint.Dockerfile:1: FromAsCasing: 'as' and 'FROM' keywords' casing do not match`);
    expect(quiet.summary).toBe('');
    expect((await pipeline({ push: 'false', file: 'lint.Dockerfile' }, { DOCKER_BUILD_NO_SUMMARY: 'true' })).summary).toBe('');
    const check = await pipeline({ push: 'false', file: 'lint.Dockerfile', call: 'check' });
    expect(check.ok).toBe(false);
    // The same annotations as the build's, on their lines.
    expect(check.annotations.filter((a) => a.startsWith('lint.Dockerfile:'))).toEqual(r.annotations);
    expect(check.lines).toContain('Check complete, 3 warnings have been found!');
    expect(check.lines).toContain('error: Check complete, 3 warnings have been found!');
    expect(check.lines.some((l) => l.startsWith('[') || l.startsWith('group Build stage'))).toBe(false);
    await writeFile(path.join(workspace, 'clean.Dockerfile'), `FROM ${base}\nCOPY hello.txt /hello.txt\n`);
    const clean = await pipeline({ push: 'false', file: 'clean.Dockerfile', call: 'check' });
    expect(clean.ok).toBe(true);
    expect(clean.lines).toContain('Check complete, no warnings found.');
    expect(clean.lines).toContain('call: check: the build checks passed; nothing was built');
    const bad = await pipeline({ push: 'false', call: 'outline' });
    expect(bad.ok).toBe(false);
    expect(bad.lines.join('\n')).toContain('expected build or check, got "outline"');
  });

  test('a context with only a lowercase dockerfile builds it, as BuildKit falls back to it for the default name', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(workspace, 'lower-ctx'), { recursive: true });
    await writeFile(path.join(workspace, 'lower-ctx', 'dockerfile'), 'FROM scratch\nCOPY <<EOF /lower.txt\nlower\nEOF\n');
    const r = await pipeline({ push: 'false', context: 'lower-ctx', outputs: 'type=local,dest=out/lower' });
    expect(r.ok).toBe(true);
    expect(await readFile(path.join(workspace, 'out/lower/lower.txt'), 'utf8')).toBe('lower\n');
  });

  test('build-contexts: a local directory named in the Dockerfile, relative to the workspace', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(workspace, 'extra-ctx'), { recursive: true });
    await writeFile(path.join(workspace, 'extra-ctx', 'e.txt'), 'extra\n');
    await writeFile(path.join(workspace, 'named.Dockerfile'), 'FROM scratch\nCOPY --from=extra e.txt /from-extra.txt\n');
    const r = await pipeline({ push: 'false', file: 'named.Dockerfile', 'build-contexts': 'extra=extra-ctx', outputs: 'type=local,dest=out/named' });
    expect(r.ok).toBe(true);
    expect(await readdir(path.join(workspace, 'out/named'))).toEqual(['from-extra.txt']);
    expect(await readFile(path.join(workspace, 'out/named/from-extra.txt'), 'utf8')).toBe('extra\n');
    // A directory that is not there fails before the build, naming the input line (and buildx's words).
    const missing = await pipeline({ push: 'false', file: 'named.Dockerfile', 'build-contexts': 'extra=extra-ctx\nfoo=/no/such/dir' });
    expect(missing.lines.filter((l) => l.startsWith('error: '))).toEqual(['error: build-contexts line 2: failed to get build context foo: /no/such/dir: no such file or directory']);
  });

  test("build-push-action's local cache pattern: cache-from src seeds a new cache-to dest, so the build hits", async () => {
    const first = await pipeline({ push: 'false', cache: '', 'cache-to': 'type=local,dest=lc/a,mode=max' });
    expect(first.ok).toBe(true);
    const second = await pipeline({ push: 'false', cache: '', 'cache-from': 'type=local,src=lc/a', 'cache-to': 'type=local,dest=lc/b,mode=max' });
    expect(second.ok).toBe(true);
    expect(second.lines).toContain(`cache: ${path.join(workspace, 'lc/b')} starts from ${path.join(workspace, 'lc/a')} (cache-from src)`);
    expect(second.lines).toContain('[stage-0:2] CACHED');
    expect(first.lines).not.toContain('[stage-0:2] CACHED');
  });

  test("build-push-action's registry cache: cache-to's ref is written and a fresh runner's build reads it, the Actions cache offered or not", async () => {
    const ref = `${registry.host}/pipeline/cache:main`;
    const inputs = { push: 'false', cache: '', 'cache-from': `type=registry,ref=${ref}`, 'cache-to': `type=registry,ref=${ref},mode=max` };
    const first = await pipeline(inputs, { ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/', ACTIONS_RUNTIME_TOKEN: 'x' });
    expect(first.ok).toBe(true);
    expect(first.lines).toContain(`cache: registry to ${ref}, from ${ref} (cache-to line 1 (type=registry)), mode max`);
    expect(first.lines).not.toContain('[stage-0:2] CACHED');
    expect(first.lines.some((l) => l.startsWith(`registry cache: saved 1 layer(s)`))).toBe(true);
    // The cache save's pushes are not the image's: no Push group when the image is not pushed.
    expect(first.lines.filter((l) => l.startsWith('group '))).not.toContain('group Push');
    const second = await pipeline(inputs);
    expect(second.ok).toBe(true);
    expect(second.lines).toContain('[stage-0:2] CACHED');
    expect(second.lines.filter((l) => l.startsWith('warning:'))).toEqual([]);
  });

  test('an outputs line that pushes while push is false fails naming the input', async () => {
    const r = await pipeline({ tags: `${registry.host}/outputs/app:2`, push: 'false', outputs: 'type=registry' });
    expect(r.ok).toBe(false);
    expect(r.lines.join('\n')).toContain('outputs: type=registry (or push=true) pushes, but the push input is false');
  });

  test('every image disabled: built, not tagged and not pushed (the bare tags are not Docker Hub references)', async () => {
    const r = await pipeline({ images: `name=${registry.host}/off/app,enable=false` });
    expect(r.ok).toBe(true);
    expect(r.lines).toContain('notice: Every image in images is disabled (enable=false): the image is built, not tagged and not pushed.');
    expect(await registryTags(registry.host, 'off/app')).toEqual([]);
    // Nothing went out: not "pushed" in the metadata output or the summary.
    expect(JSON.parse(r.outputs.metadata)).toMatchObject({ pushed: false, refs: [] });
    expect(r.summary).toContain('✅ built, not pushed');
    // metadata-action's outputs (bare tags), also exported as DOCKER_METADATA_OUTPUT_* for later steps.
    expect(r.outputs.tags).toBe('main');
    expect(r.outputs['env:DOCKER_METADATA_OUTPUT_TAGS']).toBe('main');
    expect(r.outputs['env:DOCKER_METADATA_OUTPUT_VERSION']).toBe('main');
    expect(JSON.parse(r.outputs['env:DOCKER_METADATA_OUTPUT_JSON']).tags).toEqual(['main']);
    // Rules that make no tag for this event: metadata-action's two warnings, and the build goes on untagged.
    const none = await pipeline({ images: `${registry.host}/none/app`, tags: 'type=ref,event=tag', push: 'false' });
    expect(none.ok).toBe(true);
    expect(none.lines).toEqual(expect.arrayContaining(['warning: No Docker image version has been generated. Check tags input.', 'warning: No Docker tag has been generated. Check tags input.']));
    expect(r.lines.filter((l) => l.startsWith('warning: No Docker'))).toEqual([]);
    const off = await pipeline({ images: `${registry.host}/quiet/app`, push: 'false' }, { DOCKER_METADATA_SET_OUTPUT_ENV: 'false' });
    expect(Object.keys(off.outputs).filter((k) => k.startsWith('env:'))).toEqual([]);
  });

  test('with neither images nor tags and push on, it fails naming images', async () => {
    const r = await pipeline({ push: 'true' });
    expect(r.lines.filter((l) => l.startsWith('error: '))).toEqual(['error: images: nothing to push: give images (with tag rules in tags) or tags (full image references), or set push: false']);
  });

  test('no tag for the ref while pushing fails after the metadata outputs are set (they are there anyway)', async () => {
    const r = await pipeline({ images: `${registry.host}/notag/app`, tags: 'type=ref,event=tag' });
    expect(r.ok).toBe(false);
    expect(r.lines.filter((l) => l.startsWith('error: '))[0]).toMatch(/^error: tags: no tag was produced for ref "refs\/heads\/main"/);
    expect(r.outputs).toMatchObject({ tags: '', version: '' });
    expect(JSON.parse(r.outputs.json)).toMatchObject({ tags: [] });
    expect(r.outputs['env:DOCKER_METADATA_OUTPUT_JSON']).toBeDefined();
  });

  test('a missing secret file names the input before the build', async () => {
    const r = await pipeline({ images: `${registry.host}/sec/app`, 'secret-files': 'npmrc=.npmrc-missing' });
    expect(r.lines.filter((l) => l.startsWith('error: '))).toEqual([`error: secret-files: secret "npmrc": ${path.join(workspace, '.npmrc-missing')} is not a file`]);
    expect(r.lines.some((l) => l.startsWith('group Stage'))).toBe(false);
  });

  test('an input error is reported once and summarised', async () => {
    const rec: string[] = [];
    let summary = '';
    const log = { info: () => undefined, debug: () => undefined, notice: () => undefined, warning: () => undefined, error: (m: string) => void rec.push(m), startGroup: () => undefined, endGroup: () => undefined, setSecret: () => undefined };
    const result = await runAction(() => parseConfig({ ...(INPUT_DEFAULTS as unknown as RawInputs), 'cache-mode': 'maximum' }, {}, workspace), { env: {}, cwd: workspace, log, now: Date.now, setOutput: () => undefined, writeSummary: async (m) => void (summary = m) });
    expect(result.ok).toBe(false);
    expect(rec).toEqual(['cache-mode: expected min or max, got "maximum"']);
    expect(summary).toContain('❌ failed');
  });
});

test('the image the first tag pointed at before is compared in the summary', async () => {
  const first = await pipeline({ images: `${registry.host}/cmp/app`, tags: 'type=raw,value=v1' });
  expect(first.summary).toContain('(no earlier image under the first tag)');
  await writeFile(path.join(workspace, 'hello.txt'), 'hi, and a longer line that makes the layer bigger than before\n'.repeat(50));
  const second = await pipeline({ images: `${registry.host}/cmp/app`, tags: 'type=raw,value=v1' });
  expect(second.summary).toMatch(new RegExp(`\\| Size \\(compressed\\) \\| [\\d.]+ (KiB|MiB), \\+[\\d.]+ B \\(\\+[\\d.]+%\\) against <code>${registry.host.replace(/\./g, '\\.')}/cmp/app:v1</code> before this build \\(<code>${first.outputs.digest.slice(7, 19)}</code>\\)`));
  const client = new RegistryClient();
  const now = await client.headManifest(parseReference(`${registry.host}/cmp/app:v1`));
  await client.close();
  expect(now?.digest).toBe(second.outputs.digest);
});

test('several platforms: an index is pushed; metadata and the summary list each platform; stage groups name the platform', async () => {
  const ws = await mkdtemp(path.join(tmpdir(), 'hoist-pipeline-multi-'));
  dirs.push(ws);
  await writeFile(path.join(ws, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /\nCMD ["/hello.txt"]\n');
  await writeFile(path.join(ws, 'hello.txt'), 'hi\n');
  const r = await pipeline({ images: `${registry.host}/multi/app`, context: ws, platforms: 'linux/amd64,linux/arm64' });
  expect(r.ok).toBe(true);
  const meta = JSON.parse(r.outputs.metadata);
  expect(meta.platforms.map((p: { platform: string }) => p.platform)).toEqual(['linux/amd64', 'linux/arm64']);
  expect(meta['containerimage.descriptor'].mediaType).toBe('application/vnd.oci.image.index.v1+json');
  expect(r.lines).toEqual(expect.arrayContaining(['group Stage stage-0 (linux/amd64)', 'group Stage stage-0 (linux/arm64)']));
  expect(r.summary).toContain('| Platforms | linux/amd64, linux/arm64 |');
  expect(r.summary).toContain('### Layers (linux/arm64)');
  const client = new RegistryClient();
  const index = await client.getManifest(parseReference(`${registry.host}/multi/app:main`));
  await client.close();
  expect(index.kind).toBe('index');
  expect(index.digest).toBe(r.outputs.digest);
});

describe('Git context', () => {
  const token = 'ghs_hoistpipelinegittoken0123456789';
  let gitRoot: string;
  let git: GitServer;
  let ids: Record<string, string>;
  beforeAll(async () => {
    gitRoot = await mkdtemp(path.join(tmpdir(), 'hoist-pipeline-git-'));
    dirs.push(gitRoot);
    await mkdir(path.join(gitRoot, 'acme'));
    const df = `FROM ${base}\nCOPY hello.txt /hello.txt\n`;
    ids = makeGitRepo(path.join(gitRoot, 'acme'), 'app', [
      { label: 'one', script: `printf '${df}' > Dockerfile && echo from-git-root > hello.txt && mkdir docker && printf '${df}' > docker/Dockerfile.alt && echo from-git-subdir > docker/hello.txt` },
      { label: 'two', script: 'echo from-git-later > hello.txt' },
    ]);
    git = await startGitServer(gitRoot, { token });
  });
  afterAll(async () => {
    await git?.stop();
  });

  /** The content of /hello.txt in the pushed image (its last layer). */
  async function helloOf(ref: string): Promise<string> {
    const client = new RegistryClient();
    try {
      const r = parseReference(ref);
      const m = await client.getManifest(r);
      if (m.kind !== 'manifest') throw new Error('expected an image manifest');
      const layer = m.manifest.layers[m.manifest.layers.length - 1];
      const tar = gunzipSync(await client.readBlob(r, layer));
      return /from-git-[a-z]+/.exec(tar.toString('latin1'))?.[0] ?? '(none)';
    } finally {
      await client.close();
    }
  }

  test("no checkout and no context: this commit's Git context, as build-push-action, with github-token for its own server", async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'hoist-pipeline-nocheckout-'));
    dirs.push(empty);
    const r = await pipeline({ images: `${registry.host}/git/app`, 'github-token': token }, { GITHUB_WORKSPACE: empty, GITHUB_SERVER_URL: git.url, GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: ids.one });
    expect(r.lines.filter((l) => l.startsWith('error'))).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.lines).toContain(`notice: the workspace is empty (no actions/checkout step?): building the Git context ${git.url}/acme/app.git#${ids.one}, as build-push-action does when no context is given`);
    expect(r.lines).toContain(`context: Git ${git.url}/acme/app.git#${ids.one}, Dockerfile: Dockerfile`);
    // The commit, not the branch tip.
    expect(await helloOf(`${registry.host}/git/app:main`)).toBe('from-git-root');
    expect(git.requests.length).toBeGreaterThan(0);
    expect(git.requests.every((q) => q.authorized)).toBe(true);
    expect(r.lines.join('\n')).not.toContain(token);
    expect(r.lines.join('\n')).not.toContain(Buffer.from(`x-access-token:${token}`).toString('base64'));
  });

  test('a Git URL context with a ref and a directory; a relative file is read inside it, an absolute one on the runner', async () => {
    const r = await pipeline({ images: `${registry.host}/git/sub`, context: `${git.url}/acme/app.git#main:docker`, file: 'Dockerfile.alt', 'github-token': token }, { GITHUB_SERVER_URL: git.url });
    expect(r.ok).toBe(true);
    expect(await helloOf(`${registry.host}/git/sub:main`)).toBe('from-git-subdir');
    // An absolute file is the runner's own, read with the Git context (buildx's dockerfilekey).
    const localDf = path.join(workspace, 'abs-git.Dockerfile');
    await writeFile(localDf, `FROM ${base}\nCOPY hello.txt /hello.txt\nLABEL from=local-dockerfile\n`);
    const abs = await pipeline({ images: `${registry.host}/git/abs`, context: `${git.url}/acme/app.git#main:docker`, file: localDf, 'github-token': token }, { GITHUB_SERVER_URL: git.url });
    expect(abs.lines.filter((l) => l.startsWith('error'))).toEqual([]);
    expect(abs.lines).toContain(`context: Git ${git.url}/acme/app.git#main:docker, Dockerfile: ${localDf}`);
    expect(await helloOf(`${registry.host}/git/abs:main`)).toBe('from-git-subdir');
    const client = new RegistryClient();
    try {
      const m = await client.getManifest(parseReference(`${registry.host}/git/abs:main`));
      if (m.kind !== 'manifest') throw new Error('expected an image manifest');
      const config = JSON.parse((await client.readBlob(parseReference(`${registry.host}/git/abs:main`), m.manifest.config)).toString('utf8'));
      expect(config.config.Labels).toMatchObject({ from: 'local-dockerfile' });
    } finally {
      await client.close();
    }
    const tip = await pipeline({ images: `${registry.host}/git/tip`, context: '{{defaultContext}}', 'github-token': token }, { GITHUB_SERVER_URL: git.url, GITHUB_REF: 'refs/pull/1/merge', GITHUB_EVENT_NAME: 'pull_request', GITHUB_SHA: ids.one });
    // A pull request ref is fetched as the ref (here missing on the server), as build-push-action asks for it.
    expect(tip.ok).toBe(false);
    expect(tip.lines.filter((l) => l.startsWith('error'))).toEqual([expect.stringMatching(new RegExp(`^error: context: Git context ${git.url}/acme/app.git#refs/pull/1/merge: fetching refs/pull/1/merge failed: .*couldn't find remote ref refs/pull/1/merge`))]);
  });

  test('build-contexts Git URLs are fetched when the Dockerfile uses them, with github-token for the own server; an unused one is not', async () => {
    await writeFile(path.join(workspace, 'git-named.Dockerfile'), 'FROM scratch\nCOPY --from=src hello.txt /from-git.txt\nCOPY --from=sub hello.txt /from-sub.txt\n');
    const from = git.requests.length;
    const r = await pipeline(
      { push: 'false', file: 'git-named.Dockerfile', 'build-contexts': `src=${git.url}/acme/app.git#${ids.one}\nsub=${git.url}/acme/app.git#main:docker\nunused=${git.url}/acme/nope.git`, outputs: 'type=local,dest=out/git-named', 'github-token': token },
      { GITHUB_SERVER_URL: git.url },
    );
    expect(r.lines.filter((l) => l.startsWith('error'))).toEqual([]);
    expect(r.ok).toBe(true);
    expect(await readFile(path.join(workspace, 'out/git-named/from-git.txt'), 'utf8')).toBe('from-git-root\n');
    expect(await readFile(path.join(workspace, 'out/git-named/from-sub.txt'), 'utf8')).toBe('from-git-subdir\n');
    const asked = git.requests.slice(from);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((q) => q.authorized && q.path.startsWith('/acme/app.git/'))).toBe(true);
    // A used one that cannot be fetched fails the build at the line that names it.
    await writeFile(path.join(workspace, 'git-named.Dockerfile'), 'FROM scratch\nCOPY --from=unused hello.txt /x\n');
    const bad = await pipeline(
      { push: 'false', file: 'git-named.Dockerfile', 'build-contexts': `unused=${git.url}/acme/nope.git`, outputs: 'type=local,dest=out/git-named-bad', 'github-token': token },
      { GITHUB_SERVER_URL: git.url },
    );
    expect(bad.ok).toBe(false);
    expect(bad.lines.filter((l) => l.startsWith('error')).join('\n')).toMatch(new RegExp(`git-named\\.Dockerfile:2: .*Git context ${git.url}/acme/nope\\.git: fetching HEAD failed`));
  });

  test('the token goes to the workflow server only; a refused token is a context error', async () => {
    const other = await startGitServer(gitRoot);
    try {
      const r = await pipeline({ images: `${registry.host}/git/other`, context: `${other.url}/acme/app.git`, 'github-token': token }, { GITHUB_SERVER_URL: git.url });
      expect(r.ok).toBe(true);
      expect(await helloOf(`${registry.host}/git/other:main`)).toBe('from-git-later');
      expect(other.requests.length).toBeGreaterThan(0);
      expect(other.requests.some((q) => q.sentAuthorization)).toBe(false);
    } finally {
      await other.stop();
    }
    // A GIT_AUTH_TOKEN.<host> (or GIT_AUTH_TOKEN) secret is sent to that host, as BuildKit sends it.
    const elsewhere = await pipeline({ images: `${registry.host}/git/secret`, context: `${git.url}/acme/app.git#${ids.one}`, secrets: `GIT_AUTH_TOKEN.${new URL(git.url).host}=${token}` }, { GITHUB_SERVER_URL: 'https://github.example' });
    expect(elsewhere.lines.filter((l) => l.startsWith('error'))).toEqual([]);
    expect(await helloOf(`${registry.host}/git/secret:main`)).toBe('from-git-root');
    const bad = await pipeline({ images: `${registry.host}/git/bad`, context: `${git.url}/acme/app.git`, 'github-token': 'not-the-token' }, { GITHUB_SERVER_URL: git.url });
    expect(bad.ok).toBe(false);
    expect(bad.lines.filter((l) => l.startsWith('error'))).toEqual([expect.stringContaining(`error: context: Git context ${git.url}/acme/app.git: fetching HEAD failed (the server refused the token)`)]);
  });
});
