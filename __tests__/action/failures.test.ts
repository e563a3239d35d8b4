import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { busyboxEntries, pushSpecImage } from '../support/base-images.js';
import { startGhaCacheService, type GhaCacheService } from '../support/gha-cache-service.js';
import { freePort } from '../support/process.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { makeSelfSignedCert } from '../support/tls.js';
import { RegistryClient } from '../../src/registry/client.js';
import { staticCredentials } from '../../src/registry/credentials.js';
import { parseReference } from '../../src/registry/reference.js';
import { bundleAction, pushEvent, registryCatalog, registryTags, runAction, workspaceFrom, type ActionRun } from './harness.js';

// Bad inputs and failed builds, run through the bundled action: each fails with one clear message that names
// the input or the Dockerfile line, sets the outputs it knows, writes a summary, and pushes nothing.

const SHA = '89abcdef0123456789abcdef0123456789abcdef';
const PASSWORD = 'correct-horse-Xk2';
const WRONG = 'wrong-battery-Qm7';

let registry: TestRegistry;
let authRegistry: TestRegistry;
let cacheService: GhaCacheService;
let bundle: string;
let app: string;
let broken: string;
let failing: string;
let caFile: string;
let base: string;
let closedPort: number;
/** Temporary directories (the certificate's, the workspaces), removed after the tests. */
const dirs: string[] = [];

beforeAll(async () => {
  const tls = await makeSelfSignedCert();
  dirs.push(tls.dir);
  caFile = tls.certFile;
  // Each is assigned as soon as it is ready, so afterAll stops or removes it even when another one fails.
  await Promise.all([
    startRegistry().then((r) => (registry = r)),
    startRegistry({ tls, htpasswd: { username: 'pusher', password: PASSWORD } }).then((r) => (authRegistry = r)),
    startGhaCacheService().then((s) => (cacheService = s)),
    bundleAction().then((b) => (bundle = b)),
    workspaceFrom('app').then((w) => dirs.push((app = w))),
    workspaceFrom('broken').then((w) => dirs.push((broken = w))),
    workspaceFrom('failing').then((w) => dirs.push((failing = w))),
    freePort().then((p) => (closedPort = p)),
  ]);
  base = `${registry.host}/base/busybox:1`;
  const client = new RegistryClient();
  await pushSpecImage(client, base, [busyboxEntries()]);
  await client.close();
}, 120000);

afterAll(async () => {
  try {
    if (bundle) await rm(path.dirname(bundle), { recursive: true, force: true });
    await cacheService?.stop();
    await registry?.stop();
    await authRegistry?.stop();
  } finally {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  }
});

async function fail(workspace: string, inputs: Record<string, string>): Promise<ActionRun> {
  const event = pushEvent(SHA);
  return runAction({
    bundle,
    workspace,
    event,
    inputs: { 'build-args': `BASE=${base}`, secrets: 'token=unused-secret', ...inputs },
    env: { ...cacheService.env(event.ref), NODE_EXTRA_CA_CERTS: caFile },
  });
}

/** The run failed with exactly one error annotation whose text matches. */
function expectOneError(r: ActionRun, message: RegExp): void {
  expect({ code: r.code, errors: r.errors.length }).toEqual({ code: 1, errors: 1 });
  expect(r.errors[0]).toMatch(message);
  expect(r.summary).toContain('❌ failed');
}

const cases: Array<{ name: string; workspace: () => string; inputs: () => Record<string, string>; message: RegExp }> = [
  {
    name: 'an invalid tag rule names its line',
    workspace: () => app,
    inputs: () => ({ images: `${registry.host}/bad/rule`, tags: 'type=ref,event=branch\ntype=semvr,pattern={{version}}' }),
    message: /^::error::tags line 2: unknown tag type "semvr"/,
  },
  {
    name: 'a missing Dockerfile names the file input',
    workspace: () => app,
    inputs: () => ({ images: `${registry.host}/bad/nofile`, file: 'docker/Dockerfile.missing' }),
    message: /^::error::file: docker\/Dockerfile.missing does not exist$/,
  },
  {
    name: 'a Dockerfile syntax error is an annotation on its line',
    workspace: () => broken,
    inputs: () => ({ images: `${registry.host}/bad/syntax` }),
    message: /^::error (?=.*file=Dockerfile)(?=.*line=3).*::Dockerfile:3: COPY requires at least two arguments/,
  },
  {
    name: 'a wrong password names the password input',
    workspace: () => app,
    inputs: () => ({ images: `${authRegistry.host}/bad/password`, registry: authRegistry.host, username: 'pusher', password: WRONG }),
    message: /^::error::password: registry 127\.0\.0\.1:\d+ refused the credentials of user "pusher" \(401 unauthorized\)/,
  },
  {
    name: 'an unreachable registry names the images line',
    workspace: () => app,
    inputs: () => ({ images: `${registry.host}/bad/fine\n127.0.0.1:${closedPort}/bad/unreachable` }),
    message: /^::error::images line 2: registry 127\.0\.0\.1:\d+ is unreachable: .*ECONNREFUSED/,
  },
  {
    name: 'a tag over 128 characters names its rule',
    workspace: () => app,
    inputs: () => ({ images: `${registry.host}/bad/long`, tags: `type=raw,value=${'v'.repeat(129)}` }),
    message: /^::error::tags line 1: tag "v{129}" is not valid: it is 129 characters long; a tag may have at most 128/,
  },
  {
    name: 'an invalid boolean names the input',
    workspace: () => app,
    inputs: () => ({ images: `${registry.host}/bad/bool`, push: 'yes please' }),
    // @actions/core getBooleanInput's words (the line break escaped in the workflow command).
    message: /^::error::push: Input does not meet YAML 1\.2 "Core Schema" specification: push%0ASupport boolean input list: `true \| True \| TRUE \| false \| False \| FALSE`$/,
  },
  {
    name: 'no tag for this ref while pushing is an error that says why',
    workspace: () => app,
    inputs: () => ({ images: `${registry.host}/bad/notag`, tags: 'type=ref,event=tag' }),
    message: /^::error::tags: no tag was produced for ref "refs\/heads\/main" \(event "push"\), so there is nothing to push/,
  },
  {
    name: 'an unknown target names the target input',
    workspace: () => app,
    inputs: () => ({ images: `${registry.host}/bad/target`, target: 'nope' }),
    message: /^::error::target: no stage "nope" in Dockerfile \(stages: build\)$/,
  },
];

describe('fails before any work, with one message, pushing nothing', () => {
  test.each(cases)('$name', async ({ workspace, inputs, message }) => {
    const r = await fail(workspace(), inputs());
    expectOneError(r, message);
    expect((await registryCatalog(registry.host)).filter((n) => n.startsWith('bad/'))).toEqual([]);
    expect(r.visible).not.toContain(WRONG);
    // Nothing was built: no stage ran.
    expect(r.stdout).not.toContain('::group::Stage');
  });

  test('a Dockerfile that does not parse still leaves the tag outputs, and the summary names the tag', async () => {
    const r = await fail(broken, { images: `${registry.host}/bad/syntax-tags` });
    expectOneError(r, /Dockerfile:3: COPY requires at least two arguments/);
    expect(r.outputs.tags).toBe(`${registry.host}/bad/syntax-tags:main`);
    expect(r.summary).toContain(`${registry.host}/bad/syntax-tags:main`);
    expect(r.summary).not.toContain('No tag was produced');
  });

  test('a base image behind a login names the action inputs that give one, not the CLI flags', async () => {
    const r = await fail(app, { 'build-args': `BASE=${authRegistry.host}/private/base:1`, push: 'false' });
    expectOneError(r, /authentication to 127\.0\.0\.1:\d+ is required; no credentials were found \(give the registry, username and password inputs, or registry-auth\)/);
    expect(r.errors[0]).not.toContain('--password-stdin');
  });

  test('the wrong password pushed nothing to the registry that refused it', async () => {
    const client = new RegistryClient({ ca: authRegistry.ca, credentials: staticCredentials({ [authRegistry.host]: { username: 'pusher', password: PASSWORD } }) });
    await expect(client.listTags(parseReference(`${authRegistry.host}/bad/password`, { defaultTag: null }))).rejects.toThrow(/NAME_UNKNOWN|404/);
    await client.close();
  });
});

describe('a failed build', () => {
  test('a failing RUN is an annotation on its line; outputs known before the build are set; nothing is pushed', async () => {
    const r = await fail(failing, { images: `${registry.host}/bad/run` });
    expectOneError(r, /^::error (?=.*file=Dockerfile)(?=.*line=3).*::Dockerfile:3: /);
    expect(r.stdout).toContain('about to fail');
    expect(r.outputs.version).toBe('main');
    expect(r.outputs.tags).toBe(`${registry.host}/bad/run:main`);
    expect(r.outputs.digest).toBeUndefined();
    expect(r.summary).toMatch(/Dockerfile:3: /);
    expect((await registryCatalog(registry.host)).filter((n) => n.startsWith('bad/'))).toEqual([]);
  });
});

describe('an Actions cache that cannot be used', () => {
  // (Faults inside the service - 5xx, bad answers - are covered by __tests__/cache; @actions/cache retries them for ~30 s.)
  test.each([
    ['a read-only token (untrusted trigger)', (env: Record<string, string>) => ({ ...env, ...cacheService.env('refs/heads/main', { permission: 'read' }) }), /not saving/],
    ['no runtime token', (env: Record<string, string>) => ({ ...env, ACTIONS_RUNTIME_TOKEN: '' }), /./],
  ])('%s never fails the build: the image is pushed, the reason is a warning', async (_name, env, warning) => {
    const event = pushEvent(SHA);
    const repo = `ok/cache-${_name.length}`;
    const r = await runAction({
      bundle,
      workspace: app,
      event,
      inputs: { 'build-args': `BASE=${base}`, secrets: 'token=unused-secret', images: `${registry.host}/${repo}` },
      env: env({ ...cacheService.env(event.ref), NODE_EXTRA_CA_CERTS: caFile }),
    });
    expect({ code: r.code, errors: r.errors }).toEqual({ code: 0, errors: [] });
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning::Actions cache: '));
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.join('\n')).toMatch(warning);
    // (after the Dockerfile's build-check warnings: ARG BASE has no default, BuildKit's InvalidDefaultArgInFrom)
    expect(r.summary).toMatch(/### Warnings\n\n(- .*\n)*- Actions cache: /);
    expect(r.summary).toContain('✅ pushed');
    expect(await registryTags(registry.host, repo)).toEqual(['main']);
  });
});
