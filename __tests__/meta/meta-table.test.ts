import { describe, expect, test, beforeAll } from '@jest/globals';
import { computeMeta, effectiveContext, type MetaInputs, loadMetaLibraries } from '../../src/meta/index.js';
import { CASES, SHA_266, SHA_860, SHA_PR_MERGE, type Case } from './cases.js';
import { contextFor, NOW, stdLabels } from './support.js';

// computeMeta needs moment-timezone and pep440 loaded (computeMetaWithRegistry loads them itself).
beforeAll(() => loadMetaLibraries());

/** The SHA each recorded run built (the revision label), unless a case says otherwise. */
const REVISION: Record<string, string> = {
  'event_push_master.env': SHA_266,
  'event_pull_request_target.env': SHA_266,
  'event_issue_opened.env': SHA_266,
  'event_discussion_created.env': SHA_266,
  'event_push_invalidchars.env': '983315b5e8d46e46fc4c49869e85e7ee5fb289ba',
  'event_pull_request.env': SHA_PR_MERGE,
  'event_empty.env': '',
};

function inputsOf(c: Case): MetaInputs {
  return { images: c.images ?? ['user/app'], tags: c.tags ?? [], flavor: c.flavor ?? [], labels: c.labels ?? [], annotations: c.annotations ?? [] };
}

function run(c: Case) {
  return computeMeta(inputsOf(c), contextFor(c.env), NOW, c.opts ?? {});
}

describe('metadata-action parity table', () => {
  test('has at least 120 cases with unique ids', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(120);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  });

  test('covers every example of tag-rules.md (1..28)', () => {
    const covered = new Set(CASES.flatMap((c) => c.spec ?? []));
    expect([...Array(28).keys()].map((i) => i + 1).filter((n) => !covered.has(n))).toEqual([]);
  });

  test('covers every kind of recorded event', () => {
    const events = new Set(CASES.map((c) => (c.env ? contextFor(c.env).eventName : '')));
    for (const e of ['push', 'pull_request', 'pull_request_target', 'schedule', 'release', 'workflow_dispatch', 'create', 'issues', 'discussion']) {
      expect(events).toContain(e);
    }
  });

  test.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = run(c);
    expect(r.version).toBe(c.version);
    expect(r.tagNames).toEqual(c.names);
    const images = r.images;
    const full = c.full ?? (images.length > 0 ? images.flatMap((i) => c.names.map((n) => `${i}:${n}`)) : c.names);
    expect(r.tags).toEqual(full);
    const revision = c.revision ?? (c.env ? (REVISION[c.env] ?? SHA_860) : '');
    const labels = c.labels_ ?? stdLabels(revision, c.version);
    expect(r.labelList).toEqual(labels);
    expect(r.annotations).toEqual((c.annotations_ ?? stdLabels(revision, c.version)).map((l) => `manifest:${l}`));
    expect(r.json).toEqual({ tags: full, 'tag-names': c.names, labels: Object.fromEntries(labels.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])), annotations: r.annotations });
    for (const w of c.warnings ?? []) expect(r.warnings.some((x) => x.includes(w))).toBe(true);
    if (c.names.length > 0) expect(r.warnings.filter((w) => w.startsWith('No Docker'))).toEqual([]);
  });

  test('is deterministic: the same inputs and clock give the same outputs', () => {
    for (const c of CASES) expect(JSON.stringify(run(c))).toBe(JSON.stringify(run(c)));
  });
});

describe('outputs as strings (json, separators)', () => {
  const base = { images: ['user/app'], tags: ['type=ref,event=branch', 'type=raw,my', 'type=raw,custom', 'type=raw,tags'], flavor: [], labels: [], annotations: [] };

  test('json01: a label without "=" is dropped, "foo=" is an empty value', () => {
    const r = computeMeta({ ...base, labels: ['invalid', 'foo='] }, contextFor('event_push_dev.env'), NOW);
    expect(JSON.parse(r.outputs.json)).toEqual({
      tags: ['user/app:dev', 'user/app:my', 'user/app:custom', 'user/app:tags'],
      'tag-names': ['dev', 'my', 'custom', 'tags'],
      labels: { foo: '', ...Object.fromEntries(stdLabels(SHA_860, 'dev').map((l) => l.split(/=(.*)/s).slice(0, 2))) },
      annotations: stdLabels(SHA_860, 'dev').map((l) => `manifest:${l}`),
    });
  });

  test('json07: custom labels override, a value may contain "="', () => {
    const r = computeMeta(
      { ...base, images: ['org/app'], tags: [], labels: ['foo', 'maintainer=CrazyMax', 'org.opencontainers.image.title=MyCustom=Title', 'org.opencontainers.image.description=Another description', 'org.opencontainers.image.vendor=MyCompany'] },
      contextFor('event_tag_v1.1.1.env'),
      NOW,
    );
    expect(r.tags).toEqual(['org/app:v1.1.1', 'org/app:latest']);
    expect(r.labels).toEqual({
      maintainer: 'CrazyMax',
      'org.opencontainers.image.created': '2020-01-10T00:30:00.000Z',
      'org.opencontainers.image.description': 'Another description',
      'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.revision': SHA_860,
      'org.opencontainers.image.source': 'https://github.com/octocat/Hello-World',
      'org.opencontainers.image.title': 'MyCustom=Title',
      'org.opencontainers.image.url': 'https://github.com/octocat/Hello-World',
      'org.opencontainers.image.vendor': 'MyCompany',
      'org.opencontainers.image.version': 'v1.1.1',
    });
    expect(r.annotations.find((a) => a.includes('.title='))).toBe('manifest:org.opencontainers.image.title=Hello-World');
  });

  test.each([
    ['sepTags01', ' ', 'user/app:dev user/app:my user/app:custom user/app:tags'],
    ['sepTags02', ',', 'user/app:dev,user/app:my,user/app:custom,user/app:tags'],
    ['default newline', undefined, 'user/app:dev\nuser/app:my\nuser/app:custom\nuser/app:tags'],
  ])('%s', (_id, sep, expected) => {
    const r = computeMeta({ ...base, sepTags: sep }, contextFor('event_push_dev.env'), NOW);
    expect(r.outputs.tags).toBe(expected);
    expect(r.outputs['tag-names']).toBe(['dev', 'my', 'custom', 'tags'].join(sep ?? '\n'));
  });

  test('bakeFile01: annotation levels index,manifest-descriptor, level by level', () => {
    const r = computeMeta({ ...base, labels: ['invalid'] }, contextFor('event_push_dev.env'), NOW, { annotationLevels: ['index', 'manifest-descriptor'] });
    expect(r.annotations).toEqual([...stdLabels(SHA_860, 'dev').map((l) => `index:${l}`), ...stdLabels(SHA_860, 'dev').map((l) => `manifest-descriptor:${l}`)]);
    expect(r.outputs.annotations.split('\n')).toHaveLength(16);
  });

  test('the pull_request_target ref becomes refs/pull/<number>/merge', () => {
    expect(effectiveContext(contextFor('event_pull_request_target.env')).ref).toBe('refs/pull/15/merge');
    expect(effectiveContext(contextFor('event_pull_request.env'), { prHeadSha: true }).sha).toBe('3370e228f2209994d57af4427fe64e71bb79ac96');
    expect(effectiveContext(contextFor('event_push_dev.env'), { prHeadSha: true }).sha).toBe(SHA_860);
  });
});
