import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { computeMeta, gitContextFromCheckout, MetaError, parseRemote, loadMetaLibraries } from '../../src/meta/index.js';
import { GIT_ENV, gitIn, makeRepo } from './git-fixture.js';
import { NOW } from './support.js';

// computeMeta needs moment-timezone and pep440 loaded (computeMetaWithRegistry loads them itself).
beforeAll(() => loadMetaLibraries());

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] });

let root: string;
let repo: ReturnType<typeof makeRepo>;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'hoist-meta-git-'));
  repo = makeRepo(root);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('git context from a local checkout', () => {
  test('on a branch: ref, SHA, committer date, origin and default branch', () => {
    gitIn(repo.dir, ['checkout', '-q', 'main']);
    const ctx = gitContextFromCheckout(repo.dir, run);
    expect(ctx).toMatchObject({ eventName: 'push', ref: 'refs/heads/main', sha: repo.second, repository: 'Acme/Widget', serverUrl: 'https://github.com', defaultBranch: 'main' });
    expect(ctx.commitDate?.toISOString()).toBe('2023-07-02T12:30:00.000Z');
    const r = computeMeta({ images: 'ghcr.io/acme/widget', tags: "type=ref,event=branch\ntype=sha\ntype=edge\ntype=raw,value=latest,enable={{is_default_branch}}\ntype=raw,value={{commit_date 'YYYYMMDD'}}", flavor: '', labels: '', annotations: '' }, ctx, NOW);
    expect(r.tagNames).toEqual(['edge', 'main', 'latest', '20230702', `sha-${repo.second.slice(0, 7)}`]);
    expect(r.labels).toMatchObject({
      'org.opencontainers.image.title': 'Widget',
      'org.opencontainers.image.source': 'https://github.com/Acme/Widget',
      'org.opencontainers.image.revision': repo.second,
      'org.opencontainers.image.created': NOW.toISOString(),
    });
  });

  test('detached at a tag: refs/tags/<tag>, semver rules apply', () => {
    gitIn(repo.dir, ['checkout', '-q', '--detach', 'v1.2.0']);
    const ctx = gitContextFromCheckout(repo.dir, run);
    expect(ctx.ref).toBe('refs/tags/v1.2.0');
    expect(ctx.sha).toBe(repo.first);
    const r = computeMeta({ images: 'acme/widget', tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}', flavor: '', labels: '', annotations: '' }, ctx, NOW);
    expect(r.tags).toEqual(['acme/widget:1.2.0', 'acme/widget:1.2', 'acme/widget:latest']);
  });

  test('detached elsewhere: the remote branch pointing at HEAD', () => {
    gitIn(repo.dir, ['checkout', '-q', '--detach', 'main']);
    gitIn(repo.dir, ['tag', '-d', 'v1.2.0']);
    gitIn(repo.dir, ['checkout', '-q', '--detach', repo.first]);
    try {
      expect(gitContextFromCheckout(repo.dir, run).ref).toBe('refs/heads/feature/x');
    } finally {
      gitIn(repo.dir, ['tag', 'v1.2.0', repo.first]);
      gitIn(repo.dir, ['checkout', '-q', 'main']);
    }
  });

  test('without a remote: the directory name, no repository, init.defaultBranch as default branch', () => {
    const dir = path.join(root, 'plain');
    execFileSync('git', ['init', '-q', '-b', 'trunk', dir], { env: GIT_ENV });
    gitIn(dir, ['commit', '-q', '--allow-empty', '-m', 'x']);
    gitIn(dir, ['config', 'init.defaultBranch', 'trunk']);
    const ctx = gitContextFromCheckout(dir, run);
    expect(ctx).toMatchObject({ ref: 'refs/heads/trunk', repository: '', defaultBranch: 'trunk' });
    expect(ctx.repo?.name).toBe('plain');
    expect(computeMeta({ images: '', tags: 'type=edge', flavor: '', labels: '', annotations: '' }, ctx, NOW).tags).toEqual(['edge']);
  });

  test('not a checkout: an error naming the directory', () => {
    expect(() => gitContextFromCheckout(root, run)).toThrow(MetaError);
    expect(() => gitContextFromCheckout(root, run)).toThrow(`${root}: not a git checkout with a commit`);
  });
});

test.each([
  ['https://github.com/acme/widget.git', { owner: 'acme', name: 'widget', serverUrl: 'https://github.com' }],
  ['git@github.com:acme/widget.git', { owner: 'acme', name: 'widget', serverUrl: 'https://github.com' }],
  ['ssh://git@git.example.com:2222/group/sub/widget', { owner: 'group/sub', name: 'widget', serverUrl: 'https://git.example.com' }],
  ['https://user:secret@gitlab.example.com/a/b', { owner: 'a', name: 'b', serverUrl: 'https://gitlab.example.com' }],
  ['/srv/git/widget.git', undefined],
  ['', undefined],
])('parseRemote(%s)', (url, expected) => {
  expect(parseRemote(url)).toEqual(expected);
});
