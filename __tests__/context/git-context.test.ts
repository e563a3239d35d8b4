import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { assertInsideCheckout, commitFromLsRemote, defaultGitContext, fetchGitContext, isRemoteSource, formatGitContext, gitEnv, parseGitContext, resolveGitCommit } from '../../src/context/git-context.js';
import { makeGitRepo, startGitServer, type GitServer } from '../support/git-server.js';

describe('parseGitContext (BuildKit ParseGitRef)', () => {
  it.each([
    ['https://github.com/o/r.git', { url: 'https://github.com/o/r.git', ref: undefined, subdir: undefined }],
    ['https://github.com/o/r.git#main', { url: 'https://github.com/o/r.git', ref: 'main', subdir: undefined }],
    ['https://github.com/o/r.git#v1.2:docker/app/', { url: 'https://github.com/o/r.git', ref: 'v1.2', subdir: 'docker/app' }],
    ['https://github.com/o/r.git#:sub', { url: 'https://github.com/o/r.git', ref: undefined, subdir: 'sub' }],
    ['https://github.com/o/r.git#refs/pull/7/merge', { url: 'https://github.com/o/r.git', ref: 'refs/pull/7/merge', subdir: undefined }],
    ['git@github.com:o/r.git#dev', { url: 'git@github.com:o/r.git', ref: 'dev', subdir: undefined }],
    ['ssh://git@host/o/r#x:y', { url: 'ssh://git@host/o/r', ref: 'x', subdir: 'y' }],
    ['git://host/o/r.git', { url: 'git://host/o/r.git', ref: undefined, subdir: undefined }],
    ['github.com/o/r', { url: 'https://github.com/o/r', ref: undefined, subdir: undefined }],
    ['https://host/o/r.git?ref=v2&subdir=app', { url: 'https://host/o/r.git', ref: 'v2', subdir: 'app' }],
    ['https://host/o/r.git?branch=dev', { url: 'https://host/o/r.git', ref: 'refs/heads/dev', subdir: undefined }],
    ['https://host/o/r.git?tag=v1', { url: 'https://host/o/r.git', ref: 'refs/tags/v1', subdir: undefined }],
  ])('%s', (s, want) => {
    expect(parseGitContext(s)).toEqual(want);
  });

  it.each(['.', './app', '/abs/dir', 'app', 'https://example.com/archive.tar.gz', 'https://host/o/r', 'http://host/o/r.git.tar'])('%s is not a Git context', (s) => {
    expect(parseGitContext(s)).toBeUndefined();
  });

  it("ADD's remote sources: http(s) URLs with the scheme in lower case (BuildKit's isHTTPSource), Git URLs", () => {
    expect(['http://h/x.txt', 'https://h/x', 'https://github.com/o/r.git', 'git@github.com:o/r.git'].map(isRemoteSource)).toEqual([true, true, true, true]);
    // `HTTP://h/x` is a local path to BuildKit.
    expect(['HTTP://127.0.0.1/hello.txt', 'Https://h/x', 'dir/file', 'http:/x'].map(isRemoteSource)).toEqual([false, false, false, false]);
  });

  it('refuses what BuildKit refuses, naming the context without its password', () => {
    expect(() => parseGitContext('https://u:pw@host/r.git#main:../etc')).toThrow('https://***@host/r.git#main:../etc: the context directory "../etc" leaves the repository');
    expect(() => parseGitContext('https://host/r.git#--upload-pack=x')).toThrow('is not a Git ref or commit id');
    expect(() => parseGitContext('https://host/r.git?ref=a&tag=b')).toThrow('give one of ref=, branch= and tag=');
    expect(() => parseGitContext('https://host/r.git?foo=1')).toThrow('unknown Git context query parameter "foo"');
    expect(() => parseGitContext('https://host/r.git?ref=')).toThrow('ref= is empty');
    expect(() => parseGitContext('https://host/r.git?submodules=maybe')).toThrow('submodules= takes true or false, got "maybe"');
    expect(parseGitContext('https://host/r.git?ref=v1&keep-git-dir=true&submodules=false')).toEqual({ url: 'https://host/r.git', ref: 'v1', subdir: undefined, keepGitDir: true, submodules: false });
    expect(formatGitContext({ url: 'https://u:pw@host/r.git', ref: 'main', subdir: 'a' })).toBe('https://***@host/r.git#main:a');
  });

  it("build-push-action's default context: the commit, except pull request refs", () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'a'.repeat(40) };
    expect(defaultGitContext({ ...env, GITHUB_REF: 'refs/heads/main' })).toBe(`https://github.com/o/r.git#${'a'.repeat(40)}`);
    expect(defaultGitContext({ ...env, GITHUB_REF: 'refs/pull/9/merge' })).toBe('https://github.com/o/r.git#refs/pull/9/merge');
    expect(defaultGitContext({ ...env, GITHUB_SERVER_URL: 'https://ghe.example/', GITHUB_REF: 'refs/tags/v1' })).toBe(`https://ghe.example/o/r.git#${'a'.repeat(40)}`);
    expect(defaultGitContext({})).toBeUndefined();
    expect(defaultGitContext({ ...env, GITHUB_REF: 'refs/pull/9/merge', DOCKER_DEFAULT_GIT_CONTEXT_PR_HEAD_REF: 'true' })).toBe('https://github.com/o/r.git#refs/pull/9/head');
  });

  it('the token goes to the URL origin in the environment as a basic x-access-token header', () => {
    const env = gitEnv({ url: 'https://ghe.example:8443/o/r.git' }, { token: 'tok', env: { PATH: '/bin', HOME: '/h', SECRET_OTHER: 'x' } });
    // GIT_CONFIG_PARAMETERS, which every git version reads (GIT_CONFIG_COUNT needs git 2.31).
    expect(env.GIT_CONFIG_PARAMETERS).toBe(`'http.https://ghe.example:8443/.extraheader=Authorization: basic ${Buffer.from('x-access-token:tok').toString('base64')}'`);
    expect(env.SECRET_OTHER).toBeUndefined();
    expect(env.GIT_TERMINAL_PROMPT).toBe('0');
    expect(env.GIT_ALLOW_PROTOCOL).toBe('https:http:ssh:git');
    expect(gitEnv({ url: 'git@host:o/r.git' }, { token: 'tok', env: {} }).GIT_CONFIG_PARAMETERS).toBeUndefined();
  });
});

describe('commitFromLsRemote (git fetch\'s ref lookup)', () => {
  const a = 'a'.repeat(40);
  const b = 'b'.repeat(40);
  const c = 'c'.repeat(40);
  it('prefers a tag to a branch of the same name, peels annotated tags, takes full ref names', () => {
    const out = `${a}\trefs/heads/x\n${b}\trefs/tags/x\n${c}\trefs/tags/x^{}\n${a}\trefs/heads/main\n${b}\tHEAD\n`;
    expect(commitFromLsRemote(out, 'x')).toBe(c);
    expect(commitFromLsRemote(out, 'refs/heads/x')).toBe(a);
    expect(commitFromLsRemote(out, 'main')).toBe(a);
    expect(commitFromLsRemote(out, 'HEAD')).toBe(b);
    expect(commitFromLsRemote(out, 'heads/main')).toBe(a);
    expect(commitFromLsRemote(out, 'feature/main')).toBeUndefined();
    expect(commitFromLsRemote('', 'main')).toBeUndefined();
  });
});

describe('fetchGitContext against git http-backend', () => {
  let root: string;
  let server: GitServer;
  let ids: Record<string, string>;
  const token = 'hoist-git-token-0123456789';

  beforeAll(async () => {
    root = await mkdtemp('/var/tmp/hoist-git-ctx-');
    server = await startGitServer(root, { token });
    makeGitRepo(root, 'lib', [{ label: 'lib', script: 'echo lib-file > lib.txt' }]);
    // A submodule served by the same server (over http, with the same token).
    makeGitRepo(root, 'withsub', [{ label: 'sub', script: `git -c protocol.file.allow=always submodule add -q ${root}/lib.git vendor/lib && git config -f .gitmodules submodule.vendor/lib.url ${server.url}/lib.git && echo top > top.txt` }]);
    ids = makeGitRepo(root, 'app', [
      { label: 'first', script: 'mkdir -p docker/app && echo one > docker/app/file && printf "FROM scratch\\n" > Dockerfile && ln -s ../.. docker/up && ln -s /etc docker/etc', tag: 'v1' },
      { label: 'second', script: 'echo two > docker/app/file && mkdir -p bin && printf "#!/bin/sh\\n" > bin/run && chmod 755 bin/run' },
      { label: 'dev', script: 'echo dev > docker/app/file', branch: 'dev' },
    ]);
  });
  afterAll(async () => {
    await server?.stop();
    await rm(root, { recursive: true, force: true });
  });

  let n = 0;
  const fetch = (ctx: string, tok: string | undefined = token) => fetchGitContext(parseGitContext(ctx)!, path.join(root, `dest-${n++}`), { token: tok, env: process.env });

  it('fetches the default branch, a branch, a tag and a commit, without .git', async () => {
    const head = await fetch(`${server.url}/app.git`);
    expect(await readFile(path.join(head, 'docker/app/file'), 'utf8')).toBe('two\n');
    expect((await readdir(head)).sort()).toEqual(['Dockerfile', 'bin', 'docker']);
    expect(execFileSync('stat', ['-c', '%a', path.join(head, 'bin/run')]).toString().trim()).toBe('755');
    expect(await readFile(path.join(await fetch(`${server.url}/app.git#dev`), 'docker/app/file'), 'utf8')).toBe('dev\n');
    expect(await readFile(path.join(await fetch(`${server.url}/app.git#v1`), 'docker/app/file'), 'utf8')).toBe('one\n');
    expect(await readFile(path.join(await fetch(`${server.url}/app.git#${ids.first}`), 'docker/app/file'), 'utf8')).toBe('one\n');
    expect(await readFile(path.join(await fetch(`${server.url}/app.git?branch=dev&subdir=docker/app`), 'file'), 'utf8')).toBe('dev\n');
  });

  it('resolveGitCommit names, with ls-remote only, the commit a fetch checks out (annotated tags peeled)', async () => {
    execFileSync('git', ['--git-dir', path.join(root, 'app.git'), 'tag', '-a', 'v1-notes', '-m', 'notes', ids.first!], { env: { ...process.env, GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' } });
    for (const [ref, want] of [['', ids.second], ['#dev', ids.dev], ['#v1', ids.first], ['#v1-notes', ids.first], ['#refs/heads/dev', ids.dev], [`#${ids.first}`, ids.first]] as const) {
      const g = parseGitContext(`${server.url}/app.git${ref}`)!;
      const from = server.requests.length;
      expect(await resolveGitCommit(g, { token, env: process.env })).toBe(want);
      // A full commit id is its own answer: nothing is asked.
      expect(server.requests.length > from).toBe(ref !== `#${ids.first}`);
      let fetched = '';
      await fetchGitContext(g, path.join(root, `dest-${n++}`), { token, env: process.env, onCommit: (c) => (fetched = c) });
      expect(fetched).toBe(want);
    }
    expect(await resolveGitCommit(parseGitContext(`${server.url}/app.git#nope`)!, { token, env: process.env })).toBeUndefined();
    await expect(resolveGitCommit(parseGitContext(`${server.url}/app.git#dev`)!, { env: process.env })).rejects.toThrow(`Git context ${server.url}/app.git#dev: listing its refs failed (the server wants credentials: give a token)`);
  });

  it('submodules are fetched (submodules=false leaves them out); keep-git-dir=true keeps .git', async () => {
    const withSub = await fetch(`${server.url}/withsub.git`);
    expect(await readFile(path.join(withSub, 'vendor/lib/lib.txt'), 'utf8')).toBe('lib-file\n');
    expect((await readdir(withSub)).sort()).toEqual(['.gitmodules', 'top.txt', 'vendor']);
    expect(await readdir(path.join(withSub, 'vendor/lib'))).toEqual(['lib.txt']);
    expect(await readdir(path.join(await fetch(`${server.url}/withsub.git?submodules=false`), 'vendor/lib'))).toEqual([]);
    const kept = await fetch(`${server.url}/app.git?ref=dev&keep-git-dir=true`);
    expect(execFileSync('git', ['-C', kept, 'log', '-1', '--format=%s']).toString().trim()).toBe('dev');
    // As BuildKit keeps it: the ref as a local tag (so `git describe --tags` names it) and the repository as origin.
    expect(execFileSync('git', ['-C', kept, 'describe', '--tags']).toString().trim()).toBe('dev');
    expect(execFileSync('git', ['-C', kept, 'remote', 'get-url', 'origin']).toString().trim()).toBe(`${server.url}/app.git`);
  });

  it('a "dumb" HTTP server (static files after git update-server-info) serves a branch and a tag, unshallow', async () => {
    execFileSync('git', ['-C', path.join(root, 'app.git'), 'update-server-info']);
    const files = createServer((req, res) => {
      const file = path.join(root, decodeURIComponent((req.url ?? '/').split('?')[0]));
      if (!file.startsWith(`${root}/`)) return void res.writeHead(403).end();
      readFile(file).then((b) => res.writeHead(200).end(b), () => res.writeHead(404).end());
    });
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(files.address() as AddressInfo).port}/app.git`;
      expect(await readFile(path.join(await fetch(`${url}#dev`, undefined), 'docker/app/file'), 'utf8')).toBe('dev\n');
      expect(await readFile(path.join(await fetch(`${url}#v1`, undefined), 'docker/app/file'), 'utf8')).toBe('one\n');
    } finally {
      await new Promise<void>((r) => files.close(() => r()));
    }
  });

  it('a Dockerfile that is a symlink out of the checkout is refused', async () => {
    const dir = await fetch(`${server.url}/app.git`);
    await expect(assertInsideCheckout(path.join(dir, 'docker/etc/passwd'), dir, 'docker/etc/passwd')).rejects.toThrow('docker/etc/passwd leads out of the Git context (a symlink to /etc/passwd)');
    await expect(assertInsideCheckout(path.join(dir, 'Dockerfile'), dir, 'Dockerfile')).resolves.toBeUndefined();
    await expect(assertInsideCheckout(path.join(dir, 'missing'), dir, 'missing')).resolves.toBeUndefined();
  });

  it('a subdirectory is the context; one through a symlink out of the checkout is refused', async () => {
    const dir = await fetch(`${server.url}/app.git#main:docker/app`);
    expect(await readdir(dir)).toEqual(['file']);
    await expect(fetch(`${server.url}/app.git#main:docker/etc`)).rejects.toThrow(/there is no directory docker\/etc in the repository/);
    await expect(fetch(`${server.url}/app.git#main:docker/up`)).rejects.toThrow(/there is no directory docker\/up/);
    await expect(fetch(`${server.url}/app.git#main:nope`)).rejects.toThrow(/there is no directory nope/);
  });

  it('errors name the context and what failed: a wrong token, a missing ref', async () => {
    await expect(fetch(`${server.url}/app.git#main`, 'wrong')).rejects.toThrow(new RegExp(`Git context ${server.url}/app.git#main: fetching main failed \\(the server refused the token\\): .*could not read Username`));
    await expect(fetch(`${server.url}/app.git#main`, '')).rejects.toThrow(/fetching main failed \(the server wants credentials: give a token\)/);
    await expect(fetch(`${server.url}/app.git#no-such-branch`)).rejects.toThrow(/fetching no-such-branch failed: .*couldn't find remote ref no-such-branch/);
    expect(server.requests.some((r) => !r.authorized)).toBe(true);
  });
});
