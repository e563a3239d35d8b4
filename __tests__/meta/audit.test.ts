/**
 * Audit cases beyond metadata-action's own test table: tricky rules worked out from metadata-action's
 * `src/meta.ts` and `src/tag.ts` (v5/v6) and /work/shared/specs/tag-rules.md, run through the action's input
 * strings (getInputList parsing) and a minimal runner context.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { computeMeta, gitContextFromEnv, loadMetaLibraries, type GitContext, type MetaOptions } from '../../src/meta/index.js';

beforeAll(() => loadMetaLibraries());

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
const NOW = new Date('2020-01-10T00:30:00.000Z');

function ctx(eventName: string, ref: string, payload: Record<string, unknown> = {}): GitContext {
  return gitContextFromEnv(
    { GITHUB_EVENT_NAME: eventName, GITHUB_REF: ref, GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'user/app', GITHUB_SERVER_URL: 'https://github.com', GITHUB_EVENT_PATH: 'event.json' },
    () => JSON.stringify(payload),
  );
}

interface Row {
  name: string;
  event: string;
  ref: string;
  payload?: Record<string, unknown>;
  tags?: string;
  flavor?: string;
  images?: string;
  opts?: MetaOptions;
  expect: string[];
  version?: string;
}

const MAIN = { repository: { name: 'app', html_url: 'https://github.com/user/app', default_branch: 'main' } };

const ROWS: Row[] = [
  { name: 'semver prerelease: {{major}}.{{minor}} gives {{version}}; {{raw}} keeps the v', event: 'push', ref: 'refs/tags/v1.2.3-rc.1', tags: 'type=semver,pattern={{major}}.{{minor}}\ntype=semver,pattern={{raw}}', expect: ['1.2.3-rc.1', 'v1.2.3-rc.1'] },
  { name: 'semver release: {{raw}} first, v{{major}}, latest', event: 'push', ref: 'refs/tags/v1.2.3', tags: 'type=semver,pattern={{raw}}\ntype=semver,pattern=v{{major}}', expect: ['v1.2.3', 'v1', 'latest'] },
  { name: 'semver 0.x: {{major}} is 0, still latest', event: 'push', ref: 'refs/tags/v0.1.0', tags: 'type=semver,pattern={{major}}\ntype=semver,pattern={{major}}.{{minor}}', expect: ['0', '0.1', 'latest'] },
  { name: 'semver build metadata: {{version}} drops it, {{raw}} is sanitised', event: 'push', ref: 'refs/tags/v1.2.3+build.5', tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{raw}}', expect: ['1.2.3', 'v1.2.3-build.5', 'latest'] },
  { name: 'semver 1.0 is not valid: no tag', event: 'push', ref: 'refs/tags/1.0', tags: 'type=semver,pattern={{version}}', expect: [] },
  { name: 'semver match= takes group 1', event: 'push', ref: 'refs/tags/release/v1.2.3', tags: 'type=semver,pattern={{version}},match=release/v(.*)', expect: ['1.2.3', 'latest'] },
  { name: 'semver value= on a branch: a prerelease value gives no latest', event: 'push', ref: 'refs/heads/main', tags: 'type=semver,pattern={{version}},value=2.0.0-beta.1\ntype=ref,event=branch', expect: ['2.0.0-beta.1', 'main'] },
  { name: 'flavor prefix and suffix, onlatest on the suffix only', event: 'push', ref: 'refs/tags/v1.2.3', tags: 'type=semver,pattern={{version}}', flavor: 'prefix=foo-\nsuffix=-bar,onlatest=true', expect: ['foo-1.2.3-bar', 'latest-bar'] },
  { name: 'branch names are sanitised, case kept', event: 'push', ref: 'refs/heads/feature/Foo_Bar#12', expect: ['feature-Foo_Bar-12'] },
  { name: 'raw latest enabled on the default branch, sha after it', event: 'push', ref: 'refs/heads/main', payload: MAIN, tags: 'type=raw,value=latest,enable={{is_default_branch}}\ntype=sha', expect: ['latest', 'sha-860c190'] },
  { name: 'raw latest disabled off the default branch', event: 'push', ref: 'refs/heads/dev', payload: MAIN, tags: 'type=raw,value=latest,enable={{is_default_branch}}\ntype=sha', expect: ['sha-860c190'] },
  { name: 'is_not_default_branch', event: 'push', ref: 'refs/heads/dev', payload: MAIN, tags: 'type=raw,value=dev-build,enable={{is_not_default_branch}}', expect: ['dev-build'] },
  { name: 'is_default_branch is false on a tag push', event: 'push', ref: 'refs/tags/v1.0.0', payload: MAIN, tags: 'type=raw,value=x,enable={{is_default_branch}}\ntype=ref,event=tag', expect: ['v1.0.0', 'latest'] },
  { name: 'edge on the payload default branch', event: 'push', ref: 'refs/heads/main', payload: MAIN, tags: 'type=edge', expect: ['edge'] },
  { name: 'edge with a partial payload repository (default_branch only)', event: 'push', ref: 'refs/heads/main', payload: { repository: { default_branch: 'main' } }, tags: 'type=edge', expect: ['edge'] },
  { name: 'edge,branch= another branch', event: 'push', ref: 'refs/heads/main', payload: MAIN, tags: 'type=edge,branch=develop', expect: [] },
  { name: 'sha format=long with an empty prefix', event: 'push', ref: 'refs/heads/main', tags: 'type=sha,format=long,prefix=', expect: [SHA] },
  { name: 'DOCKER_METADATA_SHORT_SHA_LENGTH applies to type=sha and {{sha}}; raw (200) before sha (100)', event: 'push', ref: 'refs/heads/main', tags: 'type=sha\ntype=raw,value=x-{{sha}}', opts: { shortShaLength: 12 }, expect: ['x-860c1904a1ce', 'sha-860c1904a1ce'] },
  { name: 'pr: the branch rule does not match refs/pull', event: 'pull_request', ref: 'refs/pull/42/merge', payload: { number: 42 }, tags: 'type=ref,event=pr\ntype=ref,event=branch', expect: ['pr-42'] },
  { name: 'pull_request_target: the ref becomes refs/pull/N/merge; a rule suffix', event: 'pull_request_target', ref: 'refs/heads/main', payload: { number: 42 }, tags: 'type=ref,event=pr,suffix=-x', expect: ['pr-42-x'] },
  { name: 'pr: the flavor prefix never applies (pr- is a rule prefix), the flavor suffix does', event: 'pull_request', ref: 'refs/pull/7/merge', payload: { number: 7 }, tags: 'type=ref,event=pr', flavor: 'prefix=p-\nsuffix=-s', expect: ['pr-7-s'] },
  { name: 'schedule pattern with a time zone', event: 'schedule', ref: 'refs/heads/main', tags: "type=schedule,pattern={{date 'YYYY.MM.DD-HH' tz='Asia/Tokyo'}}", expect: ['2020.01.10-09'] },
  { name: 'schedule with a rule prefix', event: 'schedule', ref: 'refs/heads/main', tags: "type=schedule,pattern=nightly-{{date 'YYYYMMDD'}},prefix=n-", expect: ['n-nightly-20200110'] },
  { name: 'schedule rules are inactive on push', event: 'push', ref: 'refs/heads/main', tags: 'type=schedule\ntype=ref,event=branch', expect: ['main'] },
  { name: 'raw latest alone on a tag push: no auto latest (raw decides)', event: 'push', ref: 'refs/tags/v1.2.3', tags: 'type=raw,value=latest', expect: ['latest'] },
  { name: 'priority: a low raw after the tag rule; the tag decides latest', event: 'push', ref: 'refs/tags/v1.2.3', tags: 'type=raw,value=foo,priority=1\ntype=ref,event=tag', expect: ['v1.2.3', 'foo', 'latest'] },
  { name: 'priority: a high raw first decides no latest', event: 'push', ref: 'refs/tags/v1.2.3', tags: 'type=raw,value=foo,priority=1000\ntype=ref,event=tag', expect: ['foo', 'v1.2.3'] },
  { name: 'non-numeric priority compares equal (input order kept)', event: 'push', ref: 'refs/heads/main', tags: 'type=raw,value=a,priority=x\ntype=raw,value=b,priority=300', expect: ['a', 'b'] },
  { name: 'match with /re/flags and a tag with a slash', event: 'push', ref: 'refs/tags/V1.0/Beta', tags: 'type=ref,event=tag\ntype=match,pattern=/v(\\d+)/i,group=1', expect: ['1', 'V1.0-Beta', 'latest'] },
  { name: 'match gives latest to a prerelease', event: 'push', ref: 'refs/tags/v2.0.8-beta.67', tags: 'type=match,"pattern=\\d.\\d.\\d"', expect: ['2.0.8', 'latest'] },
  { name: 'ref,event=tag gives latest to a prerelease', event: 'push', ref: 'refs/tags/v2.0.8-beta.67', expect: ['v2.0.8-beta.67', 'latest'] },
  { name: 'latest=true on a branch', event: 'push', ref: 'refs/heads/dev', flavor: 'latest=true', expect: ['dev', 'latest'] },
  { name: 'latest=false on a tag', event: 'push', ref: 'refs/tags/v1.0.0', flavor: 'latest=false', expect: ['v1.0.0'] },
  { name: 'latest=true with no tag produced: still nothing', event: 'push', ref: 'refs/heads/dev', tags: 'type=ref,event=tag', flavor: 'latest=true', expect: [] },
  { name: 'value with global expressions; empty {{tag}} kept', event: 'push', ref: 'refs/heads/main', tags: 'type=raw,value={{branch}}-{{sha}}\ntype=raw,value=t-{{tag}}', expect: ['main-860c190', 't-'] },
  { name: 'a bare token is the value of a raw rule; comments dropped', event: 'push', ref: 'refs/heads/main', tags: '# comment\nfoo\ntype=raw,bar', expect: ['foo', 'bar'] },
  { name: 'pep440 post-release: clean(), no latest', event: 'push', ref: 'refs/tags/1.2.post1', tags: 'type=pep440,pattern={{major}}.{{minor}}', expect: ['1.2.post1'] },
  { name: 'pep440 release with {{major}}.{{minor}}', event: 'push', ref: 'refs/tags/v1.2.3', tags: 'type=pep440,pattern={{major}}.{{minor}}', expect: ['1.2', 'latest'] },
  { name: 'default tags on workflow_dispatch on a tag', event: 'workflow_dispatch', ref: 'refs/tags/v3.0.0', expect: ['v3.0.0', 'latest'] },
  { name: 'default tags on schedule: nightly and the branch', event: 'schedule', ref: 'refs/heads/main', expect: ['nightly', 'main'] },
];

describe('tag rules audit (metadata-action semantics)', () => {
  test.each(ROWS)('$name', (row) => {
    const r = computeMeta({ images: row.images ?? 'user/app', tags: row.tags ?? '', flavor: row.flavor ?? '', labels: '', annotations: '' }, ctx(row.event, row.ref, row.payload), NOW, row.opts ?? {});
    expect(r.tagNames).toEqual(row.expect);
    expect(r.version).toBe(row.expect[0] ?? '');
  });

  test('images: comma list on one line, enable=false, upper case lower-cased', () => {
    const r = computeMeta({ images: 'name=ghcr.io/x/y,enable=false\nname=docker.io/X/Z', tags: 'type=raw,value=v', flavor: '', labels: '', annotations: '' }, ctx('push', 'refs/heads/main'), NOW);
    expect(r.tags).toEqual(['docker.io/x/z:v']);
    const two = computeMeta({ images: 'a/b,c/d', tags: 'type=raw,value=v', flavor: '', labels: '', annotations: '' }, ctx('push', 'refs/heads/main'), NOW);
    expect(two.tags).toEqual(['a/b:v', 'c/d:v']);
  });

  test('createdAt (SOURCE_DATE_EPOCH) sets the created label and annotation; {{date}} keeps the clock, as metadata-action', () => {
    const epoch = new Date('2001-02-03T04:05:06.000Z');
    const r = computeMeta({ images: 'a/b', tags: "type=raw,value={{date 'YYYYMMDD'}}", flavor: '', labels: '', annotations: '' }, ctx('push', 'refs/heads/main'), NOW, { createdAt: epoch });
    expect(r.tags).toEqual(['a/b:20200110']);
    expect(r.labels['org.opencontainers.image.created']).toBe('2001-02-03T04:05:06.000Z');
    expect(r.annotations).toContain('manifest:org.opencontainers.image.created=2001-02-03T04:05:06.000Z');
    const plain = computeMeta({ images: 'a/b', tags: 'type=raw,value=v', flavor: '', labels: '', annotations: '' }, ctx('push', 'refs/heads/main'), NOW);
    expect(plain.labels['org.opencontainers.image.created']).toBe(NOW.toISOString());
  });

  test('errors name the input line', () => {
    const run = (tags: string, flavor = '') => () => computeMeta({ images: 'a/b', tags, flavor, labels: '', annotations: '' }, ctx('push', 'refs/heads/main'), NOW);
    expect(run('type=raw,value=v\ntype=raw,value=v,enable=yes')).toThrow(/tags line 2/);
    expect(run('type=foo')).toThrow(/unknown tag type "foo"/);
    expect(run('type=semver')).toThrow(/missing pattern/);
    expect(run('type=ref')).toThrow(/missing event/);
    expect(run('type=ref,event=push')).toThrow(/invalid event/);
    expect(run('type=sha,format=medium')).toThrow(/invalid format/);
    expect(run('', 'latest=maybe')).toThrow(/flavor line 1/);
    expect(run('', 'foo=bar')).toThrow(/unknown flavor entry/);
  });
});
