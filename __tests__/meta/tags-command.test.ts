import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { parseNow } from '../../src/cli/tags-command.js';
import type { Env } from '../../src/meta/index.js';
import { GIT_ENV, makeRepo } from './git-fixture.js';
import { loadEnv, ROOT } from './support.js';

async function hoist(argv: string[], env: Env, cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    env: env as NodeJS.ProcessEnv,
    cwd,
    signal: new AbortController().signal,
  });
  return { code, out, err };
}

const NOW = ['--now', '2020-01-10T00:30:00Z'];

describe('hoist tags in a runner environment', () => {
  test('prints the json output of the action for a recorded push', async () => {
    const r = await hoist(['tags', '--images', 'ghcr.io/Docker/App', '--tags', 'type=ref,event=branch', '--tags', 'type=sha', ...NOW], loadEnv('event_push_dev.env'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      tags: ['ghcr.io/docker/app:dev', 'ghcr.io/docker/app:sha-860c190'],
      'tag-names': ['dev', 'sha-860c190'],
      labels: {
        'org.opencontainers.image.created': '2020-01-10T00:30:00.000Z',
        'org.opencontainers.image.description': 'Test "Docker" Actions',
        'org.opencontainers.image.licenses': 'MIT',
        'org.opencontainers.image.revision': '860c1904a1ce19322e91ac35af1ab07466440c37',
        'org.opencontainers.image.source': 'https://github.com/docker/test-docker-action',
        'org.opencontainers.image.title': 'test-docker-action',
        'org.opencontainers.image.url': 'https://github.com/docker/test-docker-action',
        'org.opencontainers.image.version': 'dev',
      },
      annotations: expect.arrayContaining(['manifest:org.opencontainers.image.version=dev']),
    });
    expect(r.err).toBe('warning: images line 1: image name "ghcr.io/Docker/App" lower-cased to "ghcr.io/docker/app"\n');
  });

  test('a newline list in one flag equals repeated flags; output is the same for the same --now', async () => {
    const env = loadEnv('event_tag_v1.1.1.env');
    const a = await hoist(['tags', '--images', 'user/app', '--tags', 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}', ...NOW], env);
    const b = await hoist(['tags', '--images=user/app', '--tags=type=semver,pattern={{version}}', '--tags=type=semver,pattern={{major}}', '--now=2020-01-10T00:30:00Z'], env);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect(JSON.parse(a.out)['tag-names']).toEqual(['1.1.1', '1', 'latest']);
  });

  test('metadata-action variables apply (PR head SHA, short SHA length, annotation levels)', async () => {
    const env = { ...loadEnv('event_pull_request.env'), DOCKER_METADATA_PR_HEAD_SHA: 'true', DOCKER_METADATA_SHORT_SHA_LENGTH: '10', DOCKER_METADATA_ANNOTATIONS_LEVELS: 'index' };
    const r = await hoist(['tags', '--images', 'user/app', '--tags', 'type=ref,event=pr\ntype=sha', '--output', 'full', ...NOW], env);
    const full = JSON.parse(r.out);
    expect(full.tagNames).toEqual(['pr-15', 'sha-3370e228f2']);
    expect(full.annotations[0]).toMatch(/^index:/);
  });

  test('--pr-head-sha and pull_request_target', async () => {
    const r = await hoist(['tags', '--images', 'user/app', '--tags', 'type=sha,priority=2000\ntype=ref,event=pr', '--pr-head-sha', '--output', 'tags', ...NOW], loadEnv('event_pull_request_target.env'));
    expect(r.out).toBe('user/app:sha-3370e22\nuser/app:pr-15\n');
  });

  test('no tag: a warning, or exit 1 with --fail-on-no-tags', async () => {
    const env = loadEnv('event_push_dev.env');
    const warn = await hoist(['tags', '--images', 'user/app', '--tags', 'type=ref,event=tag', ...NOW], env);
    expect(warn.code).toBe(0);
    expect(JSON.parse(warn.out).tags).toEqual([]);
    expect(warn.err).toContain('warning: No Docker tag has been generated. Check tags input.');
    const fail = await hoist(['tags', '--images', 'user/app', '--tags', 'type=ref,event=tag', '--fail-on-no-tags', ...NOW], env);
    expect(fail.code).toBe(1);
    expect(fail.err).toBe('hoist tags: tags: no Docker tag has been generated for ref "refs/heads/dev" (event "push")\n');
  });

  test('rule errors exit 1 naming the line; usage errors exit 2', async () => {
    const env = loadEnv('event_push_dev.env');
    const bad = await hoist(['tags', '--tags', 'type=sha\ntype=nope', ...NOW], env);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('tags line 2: unknown tag type "nope"');
    expect((await hoist(['tags', '--now', 'yesterday'], env)).code).toBe(2);
    expect((await hoist(['tags', '--bogus'], env)).err).toContain('unknown option --bogus');
    expect((await hoist(['tags', '--output', 'yaml'], env)).code).toBe(2);
    expect((await hoist(['tags', '--help'], env)).out).toContain('usage: hoist tags');
  });
});

describe('hoist tags outside Actions: the local checkout', () => {
  let root: string;
  let repo: ReturnType<typeof makeRepo>;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'hoist-tags-cli-'));
    repo = makeRepo(root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const env = () => ({ PATH: process.env.PATH, GIT_CONFIG_GLOBAL: GIT_ENV.GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM: '1' });

  test('reads the branch from the checkout in the current directory', async () => {
    const r = await hoist(['tags', '--images', 'acme/widget', '--tags', 'type=ref,event=branch\ntype=raw,value=latest,enable={{is_default_branch}}', ...NOW], env(), repo.dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).tags).toEqual(['acme/widget:main', 'acme/widget:latest']);
    expect(JSON.parse(r.out).labels['org.opencontainers.image.revision']).toBe(repo.second);
  });

  test('--dir and --context git override a runner environment', async () => {
    const r = await hoist(['tags', '--context', 'git', '--dir', repo.dir, '--images', 'acme/widget', '--output', 'tags', ...NOW], { ...loadEnv('event_push_dev.env'), ...env() });
    expect(r.out).toBe('acme/widget:main\n');
  });

  test('--context auto uses the runner variables when they are set', async () => {
    const r = await hoist(['tags', '--images', 'acme/widget', '--output', 'tags', ...NOW], { ...loadEnv('event_push_dev.env'), ...env() }, repo.dir);
    expect(r.out).toBe('acme/widget:dev\n');
  });
});

test.each([
  ['2024-05-01T12:00:00Z', '2024-05-01T12:00:00.000Z'],
  ['2024-05-01T14:00:00+02:00', '2024-05-01T12:00:00.000Z'],
  ['2024-05-01T12:00:00.250Z', '2024-05-01T12:00:00.250Z'],
  ['2024-05-01T12:00', '2024-05-01T12:00:00.000Z'],
  ['2024-05-01', '2024-05-01T00:00:00.000Z'],
])('parseNow(%s)', (text, iso) => {
  expect(parseNow(text).toISOString()).toBe(iso);
});

test.each(['now', '2024-13-01T00:00:00Z', '1714564800'])('parseNow rejects %s', (text) => {
  expect(() => parseNow(text)).toThrow('--now');
});
