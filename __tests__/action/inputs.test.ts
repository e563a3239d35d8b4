import { describe, expect, test } from '@jest/globals';
import { INPUT_DEFAULTS, parseConfig, readInputs, secretValues, type Env, type RawInputs } from '../../src/inputs.js';
import { InputError, inputLines, parseBool, parseBuildArgLines, parsePairs, parseRegistryAuth } from '../../src/action/input-parsers.js';
import { actionYmlInputs, actionYmlOutputs } from './harness.js';

const HOST = { os: 'linux', architecture: 'amd64' };

function raw(over: Partial<RawInputs> = {}): RawInputs {
  return { ...Object.fromEntries(Object.keys(INPUT_DEFAULTS).map((k) => [k, ''])), ...over } as RawInputs;
}

function parse(over: Partial<RawInputs> = {}, env: Env = {}) {
  return parseConfig(raw(over), { GITHUB_WORKSPACE: '/ws', GITHUB_EVENT_NAME: 'push', HOME: '/home/u', ...env }, '/elsewhere', HOST);
}

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('no InputError');
}

describe('action.yml', () => {
  test('declares exactly the inputs the code reads, with the same defaults', () => {
    const yml = actionYmlInputs();
    expect([...yml.keys()].sort()).toEqual(Object.keys(INPUT_DEFAULTS).sort());
    for (const [name, def] of yml) {
      if (name === 'github-token') expect(def).toBe('${{ github.token }}');
      else expect({ name, def }).toEqual({ name, def: INPUT_DEFAULTS[name as keyof typeof INPUT_DEFAULTS] });
    }
  });

  test('declares the outputs the action sets', () => {
    expect(actionYmlOutputs().sort()).toEqual(['annotations', 'bake-file', 'bake-file-annotations', 'bake-file-labels', 'bake-file-tags', 'digest', 'imageid', 'json', 'labels', 'metadata', 'tag-names', 'tags', 'version']);
  });
});

describe('defaults', () => {
  test('an empty input means its default; paths resolve against GITHUB_WORKSPACE', () => {
    const { config } = parse({ images: 'ghcr.io/o/app' });
    expect(config).toMatchObject({
      workspace: '/ws',
      context: '/ws',
      dockerfile: '/ws/Dockerfile',
      dockerfileLabel: 'Dockerfile',
      fileGiven: false,
      push: true,
      platforms: [HOST],
      noCache: false,
      summary: true,
      cache: { kind: 'dir', dir: '/home/u/.cache/hoist/cache', mode: 'max' },
      stateDir: '/home/u/.cache/hoist',
    });
    expect(config.references).toBeUndefined();
  });

  test('context and file: file is relative to the workspace, default <context>/Dockerfile', () => {
    expect(parse({ context: 'svc' }).config).toMatchObject({ context: '/ws/svc', dockerfile: '/ws/svc/Dockerfile', dockerfileLabel: 'svc/Dockerfile' });
    expect(parse({ context: 'svc', file: 'docker/Dockerfile.prod' }).config).toMatchObject({ dockerfile: '/ws/docker/Dockerfile.prod', fileGiven: true });
    expect(parse({}).config).toMatchObject({ context: '/ws', contextGiven: false, dockerfile: '/ws/Dockerfile' });
    expect(parse({ context: '.' }).config).toMatchObject({ context: '/ws', contextGiven: true });
  });

  test('a Git URL context is fetched later; {{defaultContext}} is this commit; other URLs are refused', () => {
    expect(parse({ context: 'https://github.com/o/r.git#v1:app', file: 'Dockerfile.prod' }).config).toMatchObject({ gitContext: { url: 'https://github.com/o/r.git', ref: 'v1', subdir: 'app' }, dockerfile: 'Dockerfile.prod', dockerfileLabel: 'Dockerfile.prod' });
    const sha = 'b'.repeat(40);
    expect(parse({ context: '{{defaultContext}}:docker' }, { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: sha, GITHUB_REF: 'refs/heads/main' }).config.gitContext).toEqual({ url: 'https://github.com/o/r.git', ref: sha, subdir: 'docker' });
    // Spaces inside the braces, as handlebars (build-push-action's renderer) takes them.
    expect(parse({ context: '{{ defaultContext }}:docker' }, { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: sha, GITHUB_REF: 'refs/heads/main' }).config.gitContext).toEqual({ url: 'https://github.com/o/r.git', ref: sha, subdir: 'docker' });
    expect(inputError(() => parse({ context: '{{defaultContext}}' })).message).toMatch(/^context: \{\{defaultContext\}\} needs GITHUB_REPOSITORY/);
    expect(inputError(() => parse({ context: 'https://example.com/src.tar.gz' })).message).toBe('context: https://example.com/src.tar.gz is neither a directory nor a Git repository URL (one ending in .git); hoist does not build from remote tarballs');
    expect(inputError(() => parse({ context: 'https://github.com/o/r.git#main:../x' })).input).toBe('context');
  });

  test.each([
    ['push', 'auto', true, 'default: push on push events'],
    ['pull_request', 'auto', false, 'default: no push on pull_request events'],
    ['pull_request_target', '', false, 'default: no push on pull_request_target events'],
    ['pull_request', 'true', true, 'input'],
    ['push', 'false', false, 'input'],
    ['release', '', true, 'default: push on release events'],
  ])('push on %s with push=%j -> %s', (event, push, expected, reason) => {
    expect(parse({ push, images: 'user/app' }, { GITHUB_EVENT_NAME: event }).config).toMatchObject({ push: expected, pushReason: reason });
  });

  test('auto pushes only what there is to push: not with load or a file output, nor without images or tags', () => {
    const on = (over: Partial<RawInputs>) => parse(over, { GITHUB_EVENT_NAME: 'push' }).config;
    expect(on({ tags: 'ghcr.io/o/app:test', load: 'true' })).toMatchObject({ push: false, pushReason: 'default: no push when load takes the image' });
    expect(on({ images: 'user/app', outputs: 'type=local,dest=out' })).toMatchObject({ push: false, pushReason: 'default: no push when outputs takes the image' });
    expect(on({ images: 'user/app', outputs: 'type=cacheonly' })).toMatchObject({ push: false, pushReason: 'default: no push when outputs takes the image' });
    expect(on({})).toMatchObject({ push: false, pushReason: 'default: no push without images or tags' });
    // Said explicitly, or with a registry output, it pushes.
    expect(on({ tags: 'ghcr.io/o/app:test', load: 'true', push: 'true' })).toMatchObject({ push: true, pushReason: 'input' });
    expect(on({ tags: 'ghcr.io/o/app:test', outputs: 'type=registry' })).toMatchObject({ push: true });
    expect(on({ tags: 'ghcr.io/o/app:test' })).toMatchObject({ push: true, pushReason: 'default: push on push events' });
    // call: check builds nothing: no push, so no login or push-access check, even with push: true.
    expect(on({ images: 'user/app', call: 'check' })).toMatchObject({ call: 'check', push: false, pushReason: 'call: check builds nothing' });
    expect(on({ images: 'user/app', call: 'check', push: 'true' })).toMatchObject({ push: false });
  });

  test('state dir: HOIST_STATE_DIR, else RUNNER_TEMP/hoist', () => {
    expect(parse({}, { RUNNER_TEMP: '/rt' }).config.stateDir).toBe('/rt/hoist');
    expect(parse({}, { RUNNER_TEMP: '/rt', HOIST_STATE_DIR: '/state' }).config.stateDir).toBe('/state');
  });
});

describe('cache', () => {
  test('auto is the Actions cache when the runner offers one, else a directory that outlives the job', () => {
    expect(parse({}, { ACTIONS_RESULTS_URL: 'http://x/' }).config.cache).toMatchObject({ kind: 'gha', reason: 'auto: the runner offers the Actions cache' });
    expect(parse({}, { ACTIONS_CACHE_URL: 'http://x/' }).config.cache.kind).toBe('gha');
    expect(parse({}, { RUNNER_TEMP: '/rt', HOIST_CACHE_DIR: '/cache' }).config.cache).toMatchObject({ kind: 'dir', dir: '/cache' });
  });

  test('gha, off, a directory; cache-mode and cache-scope', () => {
    expect(parse({ cache: 'gha', 'cache-mode': 'min', 'cache-scope': 'api' }).config.cache).toEqual({ kind: 'gha', mode: 'min', scope: 'api', reason: 'input' });
    expect(parse({ cache: 'off' }).config.cache.kind).toBe('off');
    expect(parse({ cache: '.cache/layers' }).config.cache).toMatchObject({ kind: 'dir', dir: '/ws/.cache/layers' });
    expect(parse({ cache: '~/layers' }).config.cache).toMatchObject({ kind: 'dir', dir: '/home/u/layers' });
  });

  test("build-push-action's cache-from / cache-to map onto the cache (for moving over)", () => {
    expect(parse({ 'cache-from': 'type=gha', 'cache-to': 'type=gha,mode=max,scope=api' }).config.cache).toEqual({ kind: 'gha', mode: 'max', scope: 'api', reason: 'cache-to line 1 (type=gha)' });
    // buildx exports mode=min unless told otherwise; a cache-from alone keeps hoist's default (max).
    expect(parse({ 'cache-to': 'type=gha' }).config.cache).toMatchObject({ kind: 'gha', mode: 'min' });
    expect(parse({ 'cache-from': 'type=gha,scope=web' }).config.cache).toMatchObject({ kind: 'gha', mode: 'max', scope: 'web' });
    // The hoist inputs win.
    expect(parse({ 'cache-to': 'type=gha,mode=min,scope=x', 'cache-mode': 'max', 'cache-scope': 'y' }).config.cache).toMatchObject({ kind: 'gha', mode: 'max', scope: 'y' });
    // With every other input at action.yml's default, as the runner passes them, cache-to's mode holds.
    const withDefaults = (over: Partial<RawInputs>) => parseConfig({ ...INPUT_DEFAULTS, ...over } as RawInputs, { GITHUB_WORKSPACE: '/ws', GITHUB_EVENT_NAME: 'push', HOME: '/home/u', ACTIONS_RESULTS_URL: 'http://x/' }, '/elsewhere', HOST).config.cache;
    expect(withDefaults({ 'cache-to': 'type=gha,mode=min' })).toMatchObject({ kind: 'gha', mode: 'min' });
    expect(withDefaults({ 'cache-to': 'type=registry,ref=ghcr.io/o/app:cache' })).toMatchObject({ kind: 'registry', mode: 'min' });
    expect(withDefaults({})).toMatchObject({ kind: 'gha', mode: 'max' });
    const explicit = parse({ cache: 'off', 'cache-to': 'type=gha' });
    expect(explicit.config.cache.kind).toBe('off');
    expect(explicit.notices).toContain('cache-from/cache-to ignored: the cache input (off) decides where the layer cache is');
    expect(parse({ 'cache-from': 'type=local,src=/tmp/.buildx-cache', 'cache-to': 'type=local,dest=/tmp/.buildx-cache-new,mode=max' }).config.cache).toEqual({ kind: 'dir', dir: '/tmp/.buildx-cache-new', mode: 'max', scope: undefined, seedFrom: '/tmp/.buildx-cache', reason: 'cache-to line 1 (type=local)' });
    expect(parse({ 'cache-to': 'type=local,dest=.cache' }).config.cache).toEqual({ kind: 'dir', dir: '/ws/.cache', mode: 'min', scope: undefined, reason: 'cache-to line 1 (type=local)' });
    // type=registry: that registry cache, even where the runner offers the Actions cache; cache-to's ref is
    // written (a bare reference is a registry ref, as buildx reads it), every ref is read; mode as cache-to says.
    const registry = parse({ 'cache-from': 'type=registry,ref=ghcr.io/o/app:cache\ntype=registry,ref=ghcr.io/o/app:cache-main', 'cache-to': 'ghcr.io/o/app:cache' }, { ACTIONS_RESULTS_URL: 'http://x/' });
    expect(registry.config.cache).toMatchObject({ kind: 'registry', mode: 'min', reason: 'cache-to line 1 (type=registry)' });
    expect(String(registry.config.cache.registryTo)).toBe('ghcr.io/o/app:cache');
    expect(registry.config.cache.registryFrom?.map(String)).toEqual(['ghcr.io/o/app:cache', 'ghcr.io/o/app:cache-main']);
    expect(registry.notices).toEqual([]);
    const readOnly = parse({ 'cache-from': 'type=registry,ref=ghcr.io/o/app:cache' });
    expect(readOnly.config.cache).toMatchObject({ kind: 'registry', mode: 'max', registryTo: undefined, reason: 'cache-from line 1 (type=registry)' });
    expect(parse({ 'cache-to': 'type=registry,ref=ghcr.io/o/app:cache,mode=max' }).config.cache).toMatchObject({ kind: 'registry', mode: 'max' });
    expect(parse({ cache: 'gha', 'cache-to': 'type=registry,ref=ghcr.io/o/app:cache' }).config.cache.kind).toBe('gha');
    expect(inputError(() => parse({ 'cache-to': 'type=registry,mode=max' })).message).toBe('cache-to line 1: type=registry needs ref=');
    const inline = parse({ 'cache-to': 'type=inline' }, { ACTIONS_RESULTS_URL: 'http://x/' });
    expect(inline.config.cache).toMatchObject({ kind: 'gha', reason: 'auto: the runner offers the Actions cache' });
    expect(inline.notices).toContain("cache-from/cache-to: type=inline is not a cache hoist keeps (it uses the Actions cache, a directory or a registry); the cache input's default applies");
    const both = parse({ 'cache-to': 'type=inline\ntype=registry,ref=ghcr.io/o/app:cache' });
    expect(both.config.cache.kind).toBe('registry');
    expect(both.notices).toEqual(['cache-from/cache-to: type=inline is not a cache hoist keeps; left out']);
    // One cache: a registry spec beside the Actions cache is left out, and said so.
    const mixed = parse({ 'cache-to': 'type=gha,mode=max', 'cache-from': 'type=registry,ref=ghcr.io/o/app:cache' });
    expect(mixed.config.cache.kind).toBe('gha');
    expect(mixed.notices).toEqual(['cache-from/cache-to: cache-from line 1 (type=registry) left out: hoist keeps one layer cache, cache-to line 1 (type=gha)']);
    expect(inputError(() => parse({ 'cache-to': 'type=gha,mode=all' })).message).toBe('cache-to line 1: mode is min or max, got "all"');
    expect(inputError(() => parse({ 'cache-from': 'mode=max' })).message).toBe('cache-from line 1: type= is missing in "mode=max"');
    expect(inputError(() => parse({ 'cache-to': 'type=local' })).message).toBe('cache-to line 1: type=local needs dest= (cache-to) or src= (cache-from)');
  });

  test('load: added once, and checked before the build (one platform, a unix DOCKER_HOST)', () => {
    expect(parse({ load: 'true', outputs: 'type=docker' }).config.outputs).toEqual([{ kind: 'load' }]);
    expect(inputError(() => parse({ load: 'true', platforms: 'linux/amd64,linux/arm64' })).message).toBe('load: loading into Docker takes one platform; platforms lists 2');
    expect(inputError(() => parse({ outputs: 'type=docker' }, { DOCKER_HOST: 'tcp://127.0.0.1:2375' })).message).toBe('outputs: loading into Docker needs a unix socket; DOCKER_HOST is "tcp://127.0.0.1:2375"');
  });

  test('outputs: an image output\'s annotation attributes become annotation lines; a bad one names its line', () => {
    const { config } = parse({ outputs: 'type=image,name=ghcr.io/o/app,push=true,annotation-index.org.opencontainers.image.description=My app,annotation.k=v' });
    expect(config.outputAnnotations).toEqual(['index:org.opencontainers.image.description=My app', 'manifest:k=v']);
    expect(parse({ outputs: 'type=local,dest=out' }).config.outputAnnotations).toBeUndefined();
    expect(inputError(() => parse({ outputs: 'type=local,dest=out\ntype=oci,dest=o.tar,annotation-x[=v' })).message).toBe('outputs line 2: "type=oci,dest=o.tar,annotation-x[=v": could not parse annotation annotation-x[ (annotation[-TYPE][[PLATFORM]].KEY=VALUE)');
  });

  test("build-push-action's cache syntax and a bad mode are errors naming the input", () => {
    expect(inputError(() => parse({ cache: 'type=gha,mode=max' })).message).toMatch(/^cache: expected gha, off, auto or a directory, got "type=gha,mode=max"/);
    expect(inputError(() => parse({ 'cache-mode': 'all' })).message).toBe('cache-mode: expected min or max, got "all"');
  });
});

describe('tags', () => {
  test('with images, tags are metadata-action rules passed through', () => {
    const { config } = parse({ images: 'ghcr.io/o/app', tags: 'type=semver,pattern={{version}}', flavor: 'latest=false' });
    expect(config.meta).toMatchObject({ images: 'ghcr.io/o/app', tags: 'type=semver,pattern={{version}}', flavor: 'latest=false' });
  });

  test("without images, tags lists full references (build-push-action's form), names lower-cased with a notice", () => {
    const { config, notices } = parse({ tags: 'ghcr.io/Owner/App:1.0\nuser/app:latest,user/app:Edge' });
    expect(config.references?.map((r) => [String(r.ref), r.where])).toEqual([
      ['ghcr.io/owner/app:1.0', 'tags line 1'],
      ['user/app:latest', 'tags line 2'],
      ['user/app:Edge', 'tags line 2'],
    ]);
    // The version (output and OCI label) is the first reference's tag.
    expect(config.meta.tags).toBe('type=raw,value=1.0');
    expect(parse({ tags: 'ghcr.io/o/app@sha256:' + 'a'.repeat(64) }).config.meta.tags).toBe('');
    expect(notices).toEqual(['tags line 1: image name in "ghcr.io/Owner/App:1.0" lower-cased to "ghcr.io/owner/app:1.0"']);
  });

  test('a rule without images, or an invalid reference, names its line', () => {
    expect(inputError(() => parse({ tags: 'ghcr.io/o/app:1\ntype=sha' })).message).toMatch(/^tags line 2: "type=sha" is a metadata-action rule, which needs the images input/);
    expect(inputError(() => parse({ tags: `ghcr.io/o/app:${'x'.repeat(129)}` })).message).toMatch(/^tags line 1: invalid reference .*invalid tag/);
  });
});

describe('logins', () => {
  test('username/password default to Docker Hub; registry-auth adds more', () => {
    const { config } = parse({
      username: 'me',
      password: 'pw1',
      'registry-auth': '- registry: ghcr.io\n  username: octo\n  password: "p#w: 2"\n- username: hub\n  password: \'it\'\'s\'\n',
    });
    expect(config.logins).toEqual([
      { registry: 'docker.io', username: 'me', password: 'pw1', from: 'username/password' },
      { registry: 'ghcr.io', username: 'octo', password: 'p#w: 2', from: 'registry-auth entry 1 (line 1)' },
      { registry: 'docker.io', username: 'hub', password: "it's", from: 'registry-auth entry 2 (line 4)' },
    ]);
  });

  test('incomplete logins name the missing input', () => {
    expect(inputError(() => parse({ username: 'me' })).input).toBe('password');
    expect(inputError(() => parse({ password: 'x' })).input).toBe('username');
    expect(inputError(() => parse({ registry: 'ghcr.io' })).input).toBe('registry');
  });

  test('registry-auth is YAML as login-action reads it (js-yaml): comments, flow style, a JSON array', () => {
    expect(parseRegistryAuth('# logins\n- registry: ghcr.io # GHCR\n  username: octo\n  password: s3cret # from secrets\n- {registry: quay.io, username: q, password: "p w"}\n')).toEqual([
      { registry: 'ghcr.io', username: 'octo', password: 's3cret', from: 'registry-auth entry 1 (line 2)' },
      { registry: 'quay.io', username: 'q', password: 'p w', from: 'registry-auth entry 2 (line 5)' },
    ]);
    // A number is a password too (docker login gets its text).
    expect(parseRegistryAuth('- username: u\n  password: 1234\n')).toEqual([{ registry: 'docker.io', username: 'u', password: '1234', from: 'registry-auth entry 1 (line 1)' }]);
    expect(parseRegistryAuth('[{"registry":"quay.io","username":"u","password":"p","logout":true}]')).toEqual([{ registry: 'quay.io', username: 'u', password: 'p', from: 'registry-auth entry 1' }]);
  });

  test('registry-auth errors name the entry or line and never quote a value', () => {
    expect(() => parseRegistryAuth('- registry: a\n  username: u\n')).toThrow('registry-auth entry 1 (line 1): password is missing');
    expect(() => parseRegistryAuth('- registry: a\n  username: u\n  password: p\n  token: t\n')).toThrow('registry-auth entry 1 (line 1): unknown key "token" (registry, username, password)');
    expect(() => parseRegistryAuth('registry: a\n')).toThrow('registry-auth: expected a YAML list of logins');
    expect(() => parseRegistryAuth('- registry: a\n  username: [u]\n  password: p\n')).toThrow('registry-auth entry 1 (line 1): username is not a single value');
    const bad = [
      () => parseRegistryAuth('- registry: a\n  password: secretish\n    username: u\n'),
      () => parseRegistryAuth('[{"username": "u", "password": "secretish"}'),
      () => parseRegistryAuth('- username: u\n  password: "secretish\n'),
    ];
    for (const f of bad) {
      const e = inputError(f);
      expect(e.message).toMatch(/^registry-auth line \d+: not valid YAML \(/);
      expect(e.message).not.toContain('secretish');
    }
  });

  test('secretValues finds every password and token, also in a registry-auth that does not parse', () => {
    const values = secretValues(
      raw({ password: 'pw', 'github-token': 'ghs_x', 'registry-auth': '- username: u\n  password: "q1"\n  bogus line\n[{"password": "j\\"2"}]', secrets: 'a=s1\nb=s=2', 'secret-envs': 'c=MY_SECRET' }),
      { MY_SECRET: 'from-env' },
    );
    expect(values).toEqual(expect.arrayContaining(['pw', 'ghs_x', 'q1', 'j"2', 's1', 's=2', 'from-env']));
  });
});

describe('other inputs', () => {
  test('build-args, platforms, no-cache, secrets', () => {
    const { config } = parse(
      {
        'build-args': 'A=1\n# comment\n"B=x,y"\nC=a=b\n',
        platforms: 'linux/amd64, linux/arm64/v8\nlinux/arm/v7',
        'no-cache': 'true',
        'no-cache-filters': 'build,test',
        secrets: 'token=abc',
        'secret-files': 'npmrc=.npmrc',
        'secret-envs': 'aws=AWS_KEY',
      },
      { AWS_KEY: 'k' },
    );
    expect(config.buildArgs).toEqual({ A: '1', B: 'x,y', C: 'a=b' });
    expect(config.platforms).toEqual([{ os: 'linux', architecture: 'amd64' }, { os: 'linux', architecture: 'arm64' }, { os: 'linux', architecture: 'arm', variant: 'v7' }]);
    // A platform given twice (an alias too) is one, as buildx dedupes them.
    expect(parse({ platforms: 'linux/amd64,linux/x86_64,linux/amd64' }).config.platforms).toEqual([{ os: 'linux', architecture: 'amd64' }]);
    expect(config).toMatchObject({ noCache: true, noCacheFilters: ['build', 'test'] });
    expect(config.secrets).toEqual([
      { id: 'token', kind: 'value', value: 'abc' },
      { id: 'npmrc', kind: 'file', path: '/ws/.npmrc' },
      { id: 'aws', kind: 'value', value: 'k' },
    ]);
  });

  test('errors name the input and line; secret values are never quoted', () => {
    expect(inputError(() => parse({ 'build-args': 'A=1\n=B' })).message).toBe('build-args line 2: expected KEY=VALUE or KEY, got "=B"');
    // An entry without an id or value is left out with a notice (build-push-action warns), never quoting it.
    const loose = parse({ secrets: 'topsecretvalue\nempty=\nok=1', 'secret-files': '=f' });
    expect(loose.config.secrets).toEqual([{ id: 'ok', kind: 'value', value: '1' }]);
    expect(loose.notices.filter((n) => n.includes('not a valid secret'))).toEqual([
      'secrets line 1: not a valid secret (expected ID=VALUE with both non-empty); left out',
      'secrets line 2: not a valid secret (expected ID=VALUE with both non-empty); left out',
      'secret-files line 1: not a valid secret (expected ID=PATH with both non-empty); left out',
    ]);
    expect(loose.notices.join('\n')).not.toContain('topsecretvalue');
    expect(inputError(() => parse({ 'secret-envs': 'x=NOPE' })).message).toBe('secret-envs line 1: environment variable NOPE is not set');
    expect(inputError(() => parse({ secrets: 'a=1', 'secret-files': 'a=f' })).message).toBe('secrets: secret id "a" is given twice');
    expect(inputError(() => parse({ platforms: 'linux/amd64,bogus' })).input).toBe('platforms');
    expect(inputError(() => parse({ 'no-cache': 'yes' })).message).toBe('no-cache: Input does not meet YAML 1.2 "Core Schema" specification: no-cache\nSupport boolean input list: `true | True | TRUE | false | False | FALSE`');
    // pull is a boolean in build-push-action too (hoist always pulls; a bad value still fails, as there).
    expect(inputError(() => parse({ pull: 'yes' })).message).toBe('pull: Input does not meet YAML 1.2 "Core Schema" specification: pull\nSupport boolean input list: `true | True | TRUE | false | False | FALSE`');
    expect(inputError(() => parse({}, { SOURCE_DATE_EPOCH: 'yesterday' })).input).toBe('SOURCE_DATE_EPOCH');
  });

  test('SOURCE_DATE_EPOCH is read', () => {
    expect(parse({}, { SOURCE_DATE_EPOCH: '1700000000' }).config.sourceDateEpoch).toBe(1700000000);
  });
});

describe('parsers', () => {
  test('inputLines drops comments and blanks, unquotes CSV fields, keeps line numbers (Util.getList with ignoreComma)', () => {
    expect(inputLines('a\n\n# c\n"b,c"\nd=1,"e,f"\n"g\n\nh"\ni')).toEqual([
      { text: 'a', line: 1 },
      { text: 'b,c', line: 4 },
      { text: 'd=1,e,f', line: 5 },
      { text: 'g\n\nh', line: 6 },
      { text: 'i', line: 9 },
    ]);
    // As build-push-action's CSV reader: a quote after leading blanks is part of the field.
    expect(inputLines(' "b,c" ')).toEqual([{ text: '"b,c"', line: 1 }]);
    // quote: false (outputs) keeps every quote for the exporter's own CSV.
    expect(inputLines('type=image,"name=a,b"', { quote: false })).toEqual([{ text: 'type=image,"name=a,b"', line: 1 }]);
  });

  test('parseBool takes the YAML core booleans only', () => {
    expect([parseBool('x', 'True', false), parseBool('x', 'FALSE', true), parseBool('x', '', true)]).toEqual([true, false, true]);
    expect(() => parseBool('x', '1', false)).toThrow('x: Input does not meet YAML 1.2 "Core Schema" specification: x\nSupport boolean input list: `true | True | TRUE | false | False | FALSE`');
  });

  test('parsePairs keeps "=" in values', () => {
    expect(parsePairs('labels', 'a=b=c\nd=')).toEqual({ a: 'b=c', d: '' });
  });

  test('build-args: a bare name takes the value from the environment, as buildx reads --build-arg NAME', () => {
    expect(parseBuildArgLines('build-args', 'A=1\nHTTP_PROXY\nUNSET\nEMPTY', { HTTP_PROXY: 'http://u:p@h', EMPTY: '' })).toEqual({ A: '1', HTTP_PROXY: 'http://u:p@h', EMPTY: '' });
    expect(() => parseBuildArgLines('build-args', 'A=1\n=x', {})).toThrow('build-args line 2: expected KEY=VALUE or KEY, got "=x"');
    expect(parse({ 'build-args': 'V=2\nTOKEN' }, { TOKEN: 't' }).config.buildArgs).toEqual({ V: '2', TOKEN: 't' });
  });
});

describe('readInputs', () => {
  test('the sep-* separators are read untrimmed, as metadata-action reads them; other inputs are trimmed', () => {
    const saved = { ...process.env };
    try {
      process.env['INPUT_SEP-TAGS'] = ', ';
      process.env['INPUT_SEP-LABELS'] = ' ';
      process.env.INPUT_CONTEXT = '  ./app  ';
      const raw = readInputs();
      expect(raw['sep-tags']).toBe(', ');
      expect(raw['sep-labels']).toBe(' ');
      expect(raw.context).toBe('./app');
    } finally {
      for (const k of ['INPUT_SEP-TAGS', 'INPUT_SEP-LABELS', 'INPUT_CONTEXT']) if (saved[k] === undefined) delete process.env[k];
    }
  });
});

describe('RUN network and extra hosts (build-push-action network, add-hosts)', () => {
  test('network and add-hosts reach the config; empty means the defaults', () => {
    expect(parse({ images: 'a/b' }).config).toMatchObject({ network: undefined, extraHosts: [] });
    const { config } = parse({ images: 'a/b', network: 'none', 'add-hosts': 'db:10.0.0.5, cache=127.0.0.2\nv6:::1', 'shm-size': '2g' });
    expect(config.network).toBe('none');
    expect(config.shmSize).toBe(2 * 1024 ** 3);
    expect(parse({ images: 'a/b', ulimit: 'nofile=1024:2048\nnproc=-1' }).config.ulimits).toEqual([
      { name: 'nofile', soft: 1024, hard: 2048 },
      { name: 'nproc', soft: -1, hard: -1 },
    ]);
    expect(config.extraHosts).toEqual([
      { host: 'db', ip: '10.0.0.5' },
      { host: 'cache', ip: '127.0.0.2' },
      { host: 'v6', ip: '::1' },
    ]);
  });

  test('a bad value names the input', () => {
    expect(inputError(() => parse({ images: 'a/b', network: 'bridge' })).message).toBe('network: network mode "bridge" not supported: use default, host or none');
    expect(inputError(() => parse({ images: 'a/b', ulimit: 'files=1' })).message).toMatch(/^ulimit: invalid ulimit type "files"/);
    expect(inputError(() => parse({ images: 'a/b', 'shm-size': 'lots' })).message).toBe('shm-size: invalid shm size "lots": expected a size such as 256m or 2g');
    expect(inputError(() => parse({ images: 'a/b', 'add-hosts': 'db:not-an-ip' })).message).toBe('add-hosts: invalid extra host "db:not-an-ip": "not-an-ip" is not an IP address');
  });
});

describe("build-push-action inputs hoist does not use", () => {
  test('are accepted; a notice says what happens to each value that asks for something', () => {
    expect(parse({ images: 'a/b', provenance: 'false', sbom: 'false', pull: 'true', allow: 'network.host' }).notices).toEqual([]);
    const { notices } = parse({ images: 'a/b', provenance: 'mode=max', sbom: 'true', attests: 'type=sbom', builder: 'builder-1', allow: 'network.host,security.insecure', ssh: 'default', ulimit: 'nofile=1024:1024', 'cgroup-parent': 'x' });
    expect(notices).toEqual([
      'sbom: hoist writes no SBOM attestation; "true" ignored',
      'attests line 1: hoist writes provenance attestations only; "type=sbom" ignored',
      'builder: hoist builds itself (no buildx builder); "builder-1" ignored',
      'allow: security.insecure not granted: hoist runs every RUN in its sandbox (RUN --security=insecure included)',
      'cgroup-parent: not applied to RUN steps by hoist; ignored',
    ]);
  });

  test('provenance and attests type=provenance: builder-id and the source repository from the workflow, as build-push-action passes them', () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '42', GITHUB_SHA: 'c'.repeat(40) };
    expect(parse({ images: 'a/b' }, env).config.provenance).toBeUndefined();
    expect(parse({ images: 'a/b', provenance: 'false' }, env).config.provenance).toBeUndefined();
    // builder-id: the run attempt's URL (actions-toolkit workflowRunURL(true)); attempt 1 when the runner gives none.
    expect(parse({ images: 'a/b', provenance: 'true' }, env).config.provenance).toEqual({ mode: 'min', builderId: 'https://github.com/acme/app/actions/runs/42/attempts/1', vcs: { source: 'https://github.com/acme/app', revision: 'c'.repeat(40) } });
    expect(parse({ images: 'a/b', provenance: 'mode=max' }, { ...env, GITHUB_RUN_ATTEMPT: '3' }).config.provenance?.builderId).toBe('https://github.com/acme/app/actions/runs/42/attempts/3');
    // Go's ParseBool words, as buildx reads them: t/T enable, f/F disable.
    expect(parse({ images: 'a/b', provenance: 'T' }, env).config.provenance).toMatchObject({ mode: 'min' });
    expect(parse({ images: 'a/b', provenance: 'f' }, env).config.provenance).toBeUndefined();
    expect(parse({ images: 'a/b', provenance: 'mode=max,builder-id=https://ci.example/1' }, env).config.provenance).toMatchObject({ mode: 'max', builderId: 'https://ci.example/1' });
    expect(parse({ images: 'a/b', attests: 'type=provenance,mode=max' }, env).config.provenance).toMatchObject({ mode: 'max' });
    // The provenance input takes precedence over attests lines of type=provenance (build-push-action getAttestArgs).
    expect(parse({ images: 'a/b', provenance: 'true', attests: 'type=provenance,disabled=true' }, env).config.provenance).toMatchObject({ mode: 'min' });
    expect(parse({ images: 'a/b', provenance: 'false', attests: 'type=provenance,mode=max' }, env).config.provenance).toBeUndefined();
    expect(parse({ images: 'a/b', attests: 'type=provenance,disabled=true' }, env).config.provenance).toBeUndefined();
    expect(inputError(() => parse({ images: 'a/b', provenance: 'mode=full' }, env)).message).toBe('provenance: provenance "mode=full": mode must be min or max, got "full"');
  });

  test('platforms: one component is an OS or an architecture, the rest the host\'s (containerd platforms.Parse, as buildx)', () => {
    expect(parse({ platforms: 'linux' }).config.platforms).toEqual([{ os: 'linux', architecture: 'amd64' }]);
    expect(parse({ platforms: 'arm64,linux/arm/v7' }).config.platforms).toEqual([{ os: 'linux', architecture: 'arm64' }, { os: 'linux', architecture: 'arm', variant: 'v7' }]);
    expect(inputError(() => parse({ platforms: 'bogus' })).message).toContain('platforms: "bogus": unknown operating system or architecture');
  });

  test('ssh is read as build-push-action lists it (one per line or comma), checked before the build', () => {
    expect(parse({ ssh: 'default\ngitlab=/run/agent.sock, other' }).config.ssh).toEqual(['default', 'gitlab=/run/agent.sock', 'other']);
    expect(parse({}).config.ssh).toEqual([]);
  });
});
