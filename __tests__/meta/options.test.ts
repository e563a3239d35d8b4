import { describe, expect, test, beforeAll } from '@jest/globals';
import {
  bakeDefinition,
  computeMeta,
  computeMetaWithRegistry,
  gitContextFromEnv,
  MetaError,
  parseMetaEnvOptions,
  type MetaInputs,
  type MetaOptions,
  librariesFor,
  loadMetaLibraries,
} from '../../src/meta/index.js';
import { contextFor, NOW, readFromRoot } from './support.js';

// computeMeta needs moment-timezone and pep440 loaded (computeMetaWithRegistry loads them itself).
beforeAll(() => loadMetaLibraries());

const inputs = (over: Partial<MetaInputs>): MetaInputs => ({ images: ['user/app'], tags: [], flavor: [], labels: [], annotations: [], ...over });
const meta = (env: string, over: Partial<MetaInputs>, opts: MetaOptions = {}) => computeMeta(inputs(over), contextFor(env), NOW, opts);

describe('failOnNoTags (hoist option; metadata-action only warns)', () => {
  test('off: no tag gives the two warnings metadata-action prints', () => {
    const r = meta('event_push_dev.env', { tags: ['type=ref,event=tag'], flavor: ['latest=true'] });
    expect(r.tags).toEqual([]);
    expect(r.warnings).toEqual(['No Docker image version has been generated. Check tags input.', 'No Docker tag has been generated. Check tags input.']);
  });

  test('on: no tag is an error that names the ref, the event and why', () => {
    expect(() => meta('event_tag_sometag.env', { tags: ['type=semver,pattern={{version}}'] }, { failOnNoTags: true })).toThrow(
      'tags: no Docker tag has been generated for ref "refs/tags/sometag" (event "push"): sometag is not a valid semver',
    );
    expect(() => meta('event_tag_sometag.env', { tags: ['type=semver,pattern={{version}}'] }, { failOnNoTags: true })).toThrow(MetaError);
  });

  test('on: a run that produces tags is unaffected', () => {
    expect(meta('event_push_dev.env', {}, { failOnNoTags: true }).tags).toEqual(['user/app:dev']);
  });
});

describe('tags and image names a registry would refuse', () => {
  const long = 'x'.repeat(129);

  test('a tag over 128 characters is an error naming the rule and its line', () => {
    expect(() => meta('event_push_dev.env', { tags: ['type=ref,event=branch', `type=raw,value=${long}`] })).toThrow(
      `tags line 2: tag "${long}" is not valid: it is 129 characters long; a tag may have at most 128 (rule "type=raw,value=${long}")`,
    );
  });

  test('exactly 128 characters is fine', () => {
    expect(meta('event_push_dev.env', { tags: [`type=raw,value=${'y'.repeat(128)}`] }).tagNames).toEqual(['y'.repeat(128)]);
  });

  test.each([
    ['-dev', 'a tag cannot start with "-"'],
    ['.dev', 'a tag cannot start with "."'],
  ])('a tag starting with %s is an error', (value, problem) => {
    expect(() => meta('event_push_dev.env', { tags: [`type=raw,value=${value}`] })).toThrow(`tags line 1: tag "${value}" is not valid: ${problem}`);
  });

  test('a branch sanitised into a leading "-" names the default rule', () => {
    const ctx = { ...contextFor('event_push_dev.env'), ref: 'refs/heads/#42' };
    expect(() => computeMeta(inputs({}), ctx, NOW)).toThrow('default tags: tag "-42" is not valid: a tag cannot start with "-" (rule "type=ref,event=branch")');
  });

  test('a flavor that spoils the latest tag names the flavor', () => {
    expect(() => meta('event_tag_v1.1.1.env', { flavor: ['latest=true', 'prefix=-,onlatest=true'], tags: ['type=raw,value=x,prefix='] })).toThrow('flavor line 1: latest tag "-latest" is not valid');
  });

  test('tags keep their case (metadata-action does not lower-case tags; registries accept upper case)', () => {
    const ctx = { ...contextFor('event_push_dev.env'), ref: 'refs/heads/Feature/ABC-1' };
    expect(computeMeta(inputs({}), ctx, NOW).tags).toEqual(['user/app:Feature-ABC-1']);
  });

  test('allowInvalidTags gives metadata-action output unchanged', () => {
    const r = meta('event_push_dev.env', { tags: [`type=raw,value=${long}`, 'type=raw,value=-dev'] }, { allowInvalidTags: true });
    expect(r.tagNames).toEqual([long, '-dev']);
  });

  test('an image name with a tag, or not a repository name, is an error naming the images line', () => {
    expect(() => meta('event_push_dev.env', { images: ['user/app', 'user/app:1.0'] })).toThrow('images line 2: image name "user/app:1.0": an image name must not carry a tag or digest');
    expect(() => meta('event_push_dev.env', { images: ['user/my app'] })).toThrow('images line 1: image name "user/my app"');
    expect(() => meta('event_push_dev.env', { images: ['user//app'] })).toThrow('repository name has an empty path component');
  });

  test('upper case is lower-cased with a notice, registries with ports are fine', () => {
    const r = meta('event_push_dev.env', { images: ['Ghcr.IO/Org/App', 'localhost:5000/a/b', '[::1]:5000/x', 'name=docker.io/library/busybox,enable=true'] });
    expect(r.tags).toEqual(['ghcr.io/org/app:dev', 'localhost:5000/a/b:dev', '[::1]:5000/x:dev', 'docker.io/library/busybox:dev']);
    expect(r.warnings).toEqual(['images line 1: image name "Ghcr.IO/Org/App" lower-cased to "ghcr.io/org/app"']);
  });
});

describe('latest=highest (hoist option), decided against the registry tags passed in', () => {
  const tagRules = ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}'];
  const highest = (env: string, existing: string[], over: Partial<MetaInputs> = {}, opts: MetaOptions = {}) =>
    meta(env, { tags: tagRules, flavor: ['latest=highest'], ...over }, { existingTags: { 'user/app': existing }, ...opts });

  test('a release higher than every release in the registry gets latest', () => {
    const r = highest('event_tag_v1.1.1.env', ['v1.0.0', '1.0', '1.1.0', 'latest', 'sha-abc1234', '2.0.0-rc.1', 'nightly']);
    expect(r.tagNames).toEqual(['1.1.1', '1.1', 'latest']);
    expect(r.latest).toBe(true);
  });

  test('an older line (a hotfix) does not take latest from a newer release', () => {
    const r = highest('event_tag_v1.1.1.env', ['1.0.0', '2.0.0', '2.0']);
    expect(r.tagNames).toEqual(['1.1.1', '1.1']);
    expect(r.warnings).toContain('latest=highest: latest not added: user/app already has 2.0.0, higher than 1.1.1');
  });

  test('re-running the same release keeps latest (equal counts as highest)', () => {
    expect(highest('event_tag_v1.1.1.env', ['v1.1.1', '1.1.1', 'latest']).latest).toBe(true);
  });

  test('an empty or new repository: latest', () => {
    expect(highest('event_tag_v1.1.1.env', []).latest).toBe(true);
  });

  test('a prerelease never gets latest, even where auto would give it (ref,event=tag)', () => {
    const r = meta('event_tag_v2.0.8-beta.67.env', { flavor: ['latest=highest'] }, { existingTags: { 'user/app': [] } });
    expect(r.tagNames).toEqual(['v2.0.8-beta.67']);
    expect(r.warnings).toContain('latest=highest: latest not added: v2.0.8-beta.67 is a prerelease; only releases get latest');
  });

  test('a tag that is no version at all gets no latest', () => {
    const r = meta('event_tag_release1.env', { flavor: ['latest=highest'] }, { existingTags: { 'user/app': [] } });
    expect(r.tagNames).toEqual(['release1']);
    expect(r.warnings).toContain('latest=highest: latest not added: release1 is not a semver version; only releases get latest');
  });

  test('a match rule falls back to the part it extracted (p1/v1.0.0 -> 1.0.0)', () => {
    const over = { tags: ['type=match,pattern=p1/v(\\d.\\d.\\d),group=1'], flavor: ['latest=highest'] };
    expect(meta('event_tag_p1-v1.0.0.env', over, { existingTags: { 'user/app': ['0.9.0'] } }).latest).toBe(true);
    expect(meta('event_tag_p1-v1.0.0.env', over, { existingTags: { 'user/app': ['1.0.1'] } }).latest).toBe(false);
  });

  test('flavor prefix and suffix are stripped from registry tags before comparing', () => {
    const over = { flavor: ['latest=highest', 'suffix=-alpine,onlatest=true'] };
    expect(highest('event_tag_v1.1.1.env', ['2.0.0-alpine'], over).tagNames).toEqual(['1.1.1-alpine', '1.1-alpine']);
    expect(highest('event_tag_v1.1.1.env', ['1.0.0-alpine'], over).tagNames).toEqual(['1.1.1-alpine', '1.1-alpine', 'latest-alpine']);
  });

  test('PEP 440 rules compare with PEP 440 (1.2 < 1.10)', () => {
    const over = { tags: ['type=pep440,pattern={{version}}'], flavor: ['latest=highest'] };
    expect(meta('event_tag_1.2.env', over, { existingTags: { 'user/app': ['1.10'] } }).latest).toBe(false);
    expect(meta('event_tag_1.2.env', over, { existingTags: { 'user/app': ['1.1', '1.2rc1', '1.3.dev0'] } }).latest).toBe(true);
  });

  test('one image with a higher release withholds latest for every image (tags and tag-names agree)', () => {
    const r = meta('event_tag_v1.1.1.env', { images: ['a/app', 'b/app'], tags: tagRules, flavor: ['latest=highest'] }, { existingTags: { 'a/app': ['1.0.0'], 'b/app': ['1.2.0'] } });
    expect(r.tags).toEqual(['a/app:1.1.1', 'a/app:1.1', 'b/app:1.1.1', 'b/app:1.1']);
  });

  test('the option form (opts.latest) applies under flavor auto; an explicit flavor latest=true|false wins', () => {
    const base = { tags: tagRules };
    expect(meta('event_tag_v1.1.1.env', base, { latest: 'highest', existingTags: { 'user/app': ['9.0.0'] } }).latest).toBe(false);
    expect(meta('event_tag_v1.1.1.env', { ...base, flavor: ['latest=true'] }, { latest: 'highest', existingTags: { 'user/app': ['9.0.0'] } }).latest).toBe(true);
    expect(meta('event_tag_v1.1.1.env', { ...base, flavor: ['latest=false'] }, { latest: 'highest', existingTags: { 'user/app': [] } }).latest).toBe(false);
  });

  test('branch pushes need no registry tags (the rules never ask for latest)', () => {
    expect(meta('event_push_dev.env', { flavor: ['latest=highest'] }).tagNames).toEqual(['dev']);
  });

  test('missing registry tags, or no image, are errors naming the flavor line', () => {
    expect(() => meta('event_tag_v1.1.1.env', { tags: tagRules, flavor: ['prefix=', 'latest=highest'] })).toThrow(
      'flavor line 2: latest=highest needs the tags already in the registry for image "user/app" (existingTags)',
    );
    expect(() => meta('event_tag_v1.1.1.env', { images: [], tags: tagRules, flavor: ['latest=highest'] })).toThrow('latest=highest needs at least one image');
  });

  test('computeMetaWithRegistry lists tags only under latest=highest, per lower-cased image', async () => {
    const asked: string[] = [];
    const listTags = async (image: string) => {
      asked.push(image);
      return image === 'ghcr.io/org/app' ? ['1.0.0'] : ['1.2.0'];
    };
    const ctx = contextFor('event_tag_v1.1.1.env');
    const auto = await computeMetaWithRegistry(inputs({ images: ['ghcr.io/Org/App'], tags: tagRules }), ctx, NOW, {}, listTags);
    expect(asked).toEqual([]);
    expect(auto.latest).toBe(true);
    const r = await computeMetaWithRegistry(inputs({ images: ['ghcr.io/Org/App'], tags: tagRules, flavor: ['latest=highest'] }), ctx, NOW, {}, listTags);
    expect(asked).toEqual(['ghcr.io/org/app']);
    expect(r.tags).toEqual(['ghcr.io/org/app:1.1.1', 'ghcr.io/org/app:1.1', 'ghcr.io/org/app:latest']);
    const lower = await computeMetaWithRegistry(inputs({ images: ['x/app'], tags: tagRules }), ctx, NOW, { latest: 'highest' }, listTags);
    expect(lower.latest).toBe(false);
  });
});

describe('environment options (metadata-action variables)', () => {
  test('parseMetaEnvOptions', () => {
    expect(parseMetaEnvOptions({})).toEqual({ annotationLevels: ['manifest'] });
    expect(parseMetaEnvOptions({ DOCKER_METADATA_PR_HEAD_SHA: 'TRUE', DOCKER_METADATA_SHORT_SHA_LENGTH: '12', DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest,index' })).toEqual({
      prHeadSha: true,
      shortShaLength: 12,
      annotationLevels: ['manifest', 'index'],
    });
    expect(parseMetaEnvOptions({ DOCKER_METADATA_PR_HEAD_SHA: 'false', DOCKER_METADATA_SHORT_SHA_LENGTH: '' })).toEqual({ annotationLevels: ['manifest'] });
    expect(() => parseMetaEnvOptions({ DOCKER_METADATA_SHORT_SHA_LENGTH: 'ten' })).toThrow('DOCKER_METADATA_SHORT_SHA_LENGTH: not a valid number: ten');
  });

  test('head SHA on pull requests changes sha tags, {{sha}} and the revision label, nothing on pushes', () => {
    const tags = ['type=sha', 'type=raw,value=at-{{sha}}'];
    const merge = meta('event_pull_request.env', { tags });
    const head = meta('event_pull_request.env', { tags }, { prHeadSha: true });
    expect(merge.tagNames).toEqual(['at-a9c8c58', 'sha-a9c8c58']);
    expect(head.tagNames).toEqual(['at-3370e22', 'sha-3370e22']);
    expect(head.labels['org.opencontainers.image.revision']).toBe('3370e228f2209994d57af4427fe64e71bb79ac96');
    expect(meta('event_push_dev.env', { tags }, { prHeadSha: true }).tagNames).toEqual(['at-860c190', 'sha-860c190']);
  });
});

describe('rule errors name the input and line', () => {
  test.each([
    [{ tags: ['type=sha', 'type=foo'] }, 'tags line 2: unknown tag type "foo" in "type=foo"'],
    [{ tags: ['type=semver'] }, 'tags line 1: missing pattern attribute in "type=semver"'],
    [{ tags: ['type=match'] }, 'tags line 1: missing pattern attribute'],
    [{ tags: ['type=match,pattern=x,group=one'] }, 'tags line 1: invalid match group "one"'],
    [{ tags: ['type=ref'] }, 'tags line 1: missing event attribute'],
    [{ tags: ['type=ref,event=push'] }, 'tags line 1: invalid event "push" in "type=ref,event=push" (branch, tag or pr)'],
    [{ tags: ['type=raw'] }, 'tags line 1: missing value attribute'],
    [{ tags: ['type=sha,format=medium'] }, 'tags line 1: invalid format "medium"'],
    [{ tags: ['type=raw,value=x,enable=yes'] }, 'tags line 1: invalid value "yes" for enable attribute'],
    [{ tags: ['type=match,pattern=(unclosed'] }, 'tags line 1: invalid pattern "(unclosed"'],
    [{ tags: ["type=raw,value={{date 'YYYY' zone='UTC'}}"] }, 'tags line 1: unknown zone attribute'],
    [{ tags: ['type=raw,value=v-{{date}}'] }, 'tags line 1: {{date}} needs a format, e.g. {{date \'YYYYMMDD\'}}'],
    [{ tags: ["type=raw,value={{date 'YYYY' tz='Mars/Olympus'}}", 'type=sha'] }, 'tags line 1: unknown time zone "Mars/Olympus"'],
    [{ labels: ["org.opencontainers.image.created={{commit_date 'x' tz='Nowhere'}}"] }, 'labels line 1: unknown time zone "Nowhere"'],
    [{ flavor: ['latest=sometimes'] }, 'flavor line 1: invalid latest flavor "sometimes"'],
    [{ flavor: ['latest'] }, 'flavor line 1: invalid flavor entry "latest"'],
    [{ flavor: ['color=blue'] }, 'flavor line 1: unknown flavor entry "color=blue"'],
    [{ flavor: ['prefix=a,onlatest=maybe'] }, 'flavor line 1: invalid onlatest value "maybe"'],
    [{ images: ['user/app,enable=maybe', 'x/y'] }, 'images line 1: invalid enable value "maybe"'],
    [{ images: ['name=user/app,tag=1', 'x/y'] }, 'images line 1: unknown image attribute "tag"'],
    [{ images: ['name=,enable=true'] }, 'images line 1: image name is empty'],
  ] as Array<[Partial<MetaInputs>, string]>)('%j', (over, message) => {
    expect(() => meta('event_tag_v1.1.1.env', over)).toThrow(message);
  });

  test('line numbers count the action input lines, comments included', () => {
    expect(() => meta('event_push_dev.env', { tags: '# tags\ntype=sha\n\ntype=ref,event=nope' })).toThrow('tags line 4: invalid event "nope"');
  });
});

describe('git context from the runner environment', () => {
  test('reads the payload; repository facts and default branch come from it', () => {
    const ctx = contextFor('event_push_dev.env', 'payload');
    expect(ctx).toMatchObject({ eventName: 'push', ref: 'refs/heads/dev', repository: 'docker/test-docker-action', serverUrl: 'https://github.com', defaultBranch: 'master' });
    expect(ctx.repo).toEqual({ name: 'test-docker-action', description: 'Test "Docker" Actions', htmlUrl: 'https://github.com/docker/test-docker-action', license: 'MIT', defaultBranch: 'master' });
    const r = computeMeta(inputs({}), ctx, NOW);
    expect(r.labels['org.opencontainers.image.title']).toBe('test-docker-action');
    expect(r.labels['org.opencontainers.image.source']).toBe('https://github.com/docker/test-docker-action');
  });

  test('without a payload the labels fall back to GITHUB_REPOSITORY and GITHUB_SERVER_URL', () => {
    const ctx = gitContextFromEnv({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: 'abc', GITHUB_REPOSITORY: 'acme/widget', GITHUB_SERVER_URL: 'https://git.example.com' }, readFromRoot);
    expect(ctx.payload).toEqual({});
    const r = computeMeta(inputs({}), ctx, NOW);
    expect(r.labels).toMatchObject({ 'org.opencontainers.image.title': 'widget', 'org.opencontainers.image.url': 'https://git.example.com/acme/widget', 'org.opencontainers.image.licenses': '', 'org.opencontainers.image.description': '' });
  });

  test('a missing payload file reads as {} (as @actions/github), a broken one is an error naming GITHUB_EVENT_PATH', () => {
    expect(gitContextFromEnv({ GITHUB_EVENT_PATH: '__tests__/fixtures/meta/nope.json' }, readFromRoot).payload).toEqual({});
    expect(() => gitContextFromEnv({ GITHUB_EVENT_PATH: '__tests__/fixtures/meta/event_push_dev.env' }, readFromRoot)).toThrow(
      'GITHUB_EVENT_PATH __tests__/fixtures/meta/event_push_dev.env: the event payload is not JSON',
    );
  });

  test('commit_date: payload commit for the SHA, else an explicit commitDate, else now', () => {
    const tags = ["type=raw,value={{commit_date 'YYYYMMDDHHmm'}}"];
    expect(meta('event_push_dev.env', { tags }).version).toBe('202204190927');
    const ctx = { ...contextFor('event_pull_request.env'), commitDate: new Date('2021-02-03T04:05:00Z') };
    expect(computeMeta(inputs({ tags }), ctx, NOW).version).toBe('202102030405');
    expect(meta('event_pull_request.env', { tags }).version).toBe('202001100030');
  });
});

test('bakeDefinition: tags, labels and the DOCKER_META_* args for the target', () => {
  const r = meta('event_tag_v1.1.1.env', { images: ['org/app', 'ghcr.io/user/app'], tags: ['type=raw,my'] });
  expect(bakeDefinition(r, 'meta')).toEqual({
    target: { meta: { tags: ['org/app:my', 'ghcr.io/user/app:my'], labels: r.labels, args: { DOCKER_META_IMAGES: 'org/app,ghcr.io/user/app', DOCKER_META_VERSION: 'my' } } },
  });
});

describe('librariesFor (moment-timezone and pep440 are loaded only when the inputs can use them)', () => {
  const inputs = (tags: string, flavor = ''): MetaInputs => ({ images: 'ghcr.io/o/r', tags, flavor, labels: '', annotations: '' });
  test('moment for date expressions, pep440 for pep440 rules, neither for the usual rules', () => {
    expect(librariesFor(inputs('type=ref,event=branch\ntype=semver,pattern={{version}}', 'latest=highest'))).toEqual({ moment: false, pep440: false });
    expect(librariesFor(inputs("type=schedule,pattern={{date 'YYYYMMDD' tz='Asia/Tokyo'}}"))).toEqual({ moment: true, pep440: false });
    expect(librariesFor(inputs("type=raw,value={{commit_date 'YYYY'}}"))).toEqual({ moment: true, pep440: false });
    expect(librariesFor(inputs('type=pep440,pattern={{major}}.{{minor}}'))).toEqual({ moment: false, pep440: true });
  });
});
