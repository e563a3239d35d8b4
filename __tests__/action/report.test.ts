import { describe, expect, test } from '@jest/globals';
import type { BuildOutcome } from '../../src/build/run-build.js';
import { StepError } from '../../src/build/steps.js';
import type { StepReport } from '../../src/build/types.js';
import { DockerfileError } from '../../src/dockerfile/errors.js';
import { MetaError } from '../../src/meta/types.js';
import { RegistryError } from '../../src/registry/errors.js';
import { parseReference } from '../../src/registry/reference.js';
import { buildLog, OUTPUT_PREFIX } from '../../src/action/build-log.js';
import { describeFailure, explainRegistryError } from '../../src/action/failure.js';
import { firstLine, formatBytes, formatDelta, formatDuration } from '../../src/action/format.js';
import { GroupedLog, maskAll, type ActionLogger, type AnnotationTarget } from '../../src/action/logger.js';
import { buildOutputs, planOutputs } from '../../src/action/outputs.js';
import type { Plan } from '../../src/action/preflight.js';
import { splitAnnotations } from '../../src/action/run-action.js';
import { renderSummary } from '../../src/action/summary.js';

/** A logger that records every call as a line. */
function recorder(): ActionLogger & { lines: string[] } {
  const lines: string[] = [];
  const at = (a?: AnnotationTarget) => (a ? ` @${a.file}:${a.startLine ?? ''}` : '');
  return {
    lines,
    info: (m) => void lines.push(m),
    debug: (m) => void lines.push(`debug: ${m}`),
    notice: (m, a) => void lines.push(`notice: ${m}${at(a)}`),
    warning: (m, a) => void lines.push(`warning: ${m}${at(a)}`),
    error: (m, a) => void lines.push(`error: ${m}${at(a)}`),
    startGroup: (n) => void lines.push(`group ${n}`),
    endGroup: () => void lines.push('endgroup'),
    setSecret: (v) => void lines.push(`mask ${v}`),
  };
}

const D = (c: string) => `sha256:${c.repeat(64)}`;
const steps: StepReport[] = [
  { stage: 'build', line: 4, instruction: 'WORKDIR /src', status: 'cached', ms: 1, layerSize: 99 },
  { stage: 'build', line: 6, instruction: 'RUN make | tee log \\\n  && make install', status: 'built', ms: 2345, layerSize: 5 * 1024 * 1024 },
  { stage: 'build', line: 7, instruction: 'ENV A=1', status: 'config', ms: 0 },
];

function outcome(): BuildOutcome {
  const layer = (c: string, size: number) => ({ digest: D(c), size, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' });
  const configBytes = Buffer.alloc(1000);
  const artifact = {
    platform: { os: 'linux', architecture: 'amd64' },
    config: { architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] }, history: [{ created_by: 'base' }, { created_by: 'ENV X=1', empty_layer: true }, { created_by: 'RUN /bin/sh -c make # buildkit' }] },
    configBytes,
    configDigest: D('c'),
    manifestBytes: Buffer.from('{}'),
    manifestDigest: D('m'),
    manifestMediaType: 'application/vnd.oci.image.manifest.v1+json',
    layers: [layer('1', 2 * 1024 * 1024), layer('2', 5 * 1024 * 1024)],
  };
  return {
    digest: D('m'),
    imageId: D('c'),
    image: { artifacts: [artifact], topBytes: Buffer.from('{}'), topDigest: D('m'), topMediaType: artifact.manifestMediaType },
    artifacts: [artifact],
    reports: steps,
    push: { refs: ['r.io/o/app:1', `r.io/o/app@${D('m')}`], digest: D('m'), blobsUploaded: 1, blobsMounted: 0, blobsPresent: 1, bytesUploaded: 5 * 1024 * 1024 + 1000 },
    cache: { records: 2, blobsSaved: 1, blobBytesSaved: 5 * 1024 * 1024, blobsAlreadyCached: 1, blobsOverBudget: 0, entriesCreated: 2, warnings: ['Actions cache: slow'] },
    warnings: [],
  } as unknown as BuildOutcome;
}

const plan: Plan = {
  meta: { outputs: { version: '1', tags: 'r.io/o/app:1', 'tag-names': '1', labels: 'a=b', annotations: 'manifest:a=b', json: '{}' } } as Plan['meta'],
  targets: [parseReference('r.io/o/app:1')],
  origins: new Map(),
};

describe('summary', () => {
  test('tags, digest, size change, cache, push, steps with CACHED and times, layers', () => {
    const md = renderSummary({
      tags: ['r.io/o/app:1', 'r.io/o/app:latest'],
      push: true,
      pushReason: 'input',
      outcome: outcome(),
      steps: [],
      previous: { ref: 'r.io/o/app:1', digest: D('p'), size: 7 * 1024 * 1024 + 1000 - 2048, platform: 'linux/amd64' },
      cache: { kind: 'gha', reason: 'input' },
      durationMs: 83_000,
    });
    expect(md).toContain('## hoist: r.io/o/app ✅ pushed');
    expect(md).toContain('| <code>r.io/o/app:latest</code> | pushed |');
    expect(md).toContain(`| Digest | <code>${D('m')}</code> |`);
    expect(md).toContain('| Size (compressed) | 7.0 MiB, +2.0 KiB (+0.03%) against <code>r.io/o/app:1</code> before this build (<code>pppppppppppp</code>) |');
    expect(md).toContain('| Cache | gha (input); 1/2 layer steps cached; 1 new layers saved (5.0 MiB), 1 already cached |');
    expect(md).toContain('| Push | 1 layer uploaded (5.0 MiB with the config), 1 already there, 0 mounted |');
    expect(md).toContain('| Time | 1m 23s |');
    expect(md).toContain('| build | 4 | <code>WORKDIR /src</code> | **CACHED** | 0.0s | 99 B |');
    expect(md).toContain('| build | 6 | <code>RUN make &#124; tee log …</code> | built | 2.3s | 5.0 MiB |');
    expect(md).toContain('| build | 7 | <code>ENV A=1</code> |  |  |  |');
    expect(md).toContain('| 1 | <code>111111111111</code> | 2.0 MiB | <code>base</code> |\n| 2 | <code>222222222222</code> | 5.0 MiB | <code>RUN make</code> |');
    expect(md).toContain('### Warnings\n\n- Actions cache: slow');
  });

  test('a failure shows the message, the tags as not pushed, and the steps that ran', () => {
    const md = renderSummary({ tags: ['r.io/o/app:pr-1'], push: false, pushReason: 'default: no push on pull_request events', steps, failure: 'Dockerfile:6: RUN make failed with exit code 2\n```oops```', durationMs: 1200 });
    expect(md).toContain('## hoist: r.io/o/app ❌ failed');
    expect(md).toContain("```text\nDockerfile:6: RUN make failed with exit code 2\n'''oops'''\n```");
    expect(md).toContain('| <code>r.io/o/app:pr-1</code> | not pushed |');
    expect(md).toContain('| build | 6 |');
    expect(md).not.toContain('Digest');
  });

  test('a push that failed part-way shows the tags that reached their registry as pushed', () => {
    const md = renderSummary({ tags: ['r.io/good:1', 'r.io/good:2', 'r.io/bad:1'], push: true, pushReason: 'input', steps, failure: 'put manifest r.io/bad:1: 500', pushedBeforeFailure: ['r.io/good:1', 'r.io/good:2'], durationMs: 1200 });
    expect(md).toContain('| <code>r.io/good:1</code> | pushed |');
    expect(md).toContain('| <code>r.io/good:2</code> | pushed |');
    expect(md).toContain('| <code>r.io/bad:1</code> | not pushed |');
  });

  test('no tags and no earlier image are said plainly', () => {
    const md = renderSummary({ tags: [], push: false, pushReason: 'input', outcome: outcome(), steps: [], durationMs: 10 });
    expect(md).toContain('No tag was produced for this ref.');
    expect(md).toContain('(no earlier image under the first tag)');
  });
});

describe('outputs', () => {
  test('plan outputs are metadata-action outputs; with references, tags are the references', () => {
    expect(planOutputs(plan, { meta: { images: 'r.io/o/app', tags: '', flavor: '', labels: '', annotations: '' } })).toEqual(plan.meta.outputs);
    // An outputs line's name= among the targets is not a tag.
    const targets = [parseReference('r.io/o/app:1'), parseReference('r.io/o/app:edge'), parseReference('r.io/o/out')];
    const refs = planOutputs({ ...plan, targets }, { references: targets.slice(0, 2).map((ref) => ({ ref, where: 'tags line 1' })), meta: { images: '', tags: '', flavor: '', labels: '', annotations: '', sepTags: ',' } });
    expect(refs.tags).toBe('r.io/o/app:1,r.io/o/app:edge');
    expect(refs['tag-names']).toBe('1,edge');
    expect(JSON.parse(refs.json).tags).toEqual(['r.io/o/app:1', 'r.io/o/app:edge']);
  });

  test('build outputs: digest, imageid and metadata with refs and per-platform digests', () => {
    const out = buildOutputs(outcome(), plan, true);
    expect(out.digest).toBe(D('m'));
    expect(out.imageid).toBe(D('c'));
    expect(JSON.parse(out.metadata)).toEqual({
      'containerimage.digest': D('m'),
      'containerimage.config.digest': D('c'),
      'containerimage.descriptor': { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: D('m'), size: 2, platform: { os: 'linux', architecture: 'amd64' } },
      'image.name': 'r.io/o/app:1',
      pushed: true,
      refs: ['r.io/o/app:1', `r.io/o/app@${D('m')}`],
      platforms: [{ platform: 'linux/amd64', digest: D('m'), config: D('c'), size: 7 * 1024 * 1024 + 1000 }],
    });
  });

  test('annotations split by level', () => {
    expect(splitAnnotations(['manifest:a=1', 'index:b=2=3', 'manifest-descriptor:c=4', 'junk'])).toEqual({ manifest: { '': { a: '1' } }, index: { b: '2=3' }, manifestDescriptor: { '': { c: '4' } }, indexDescriptor: {} });
  });
});

describe('build log', () => {
  test('a group per stage, steps with CACHED or time, output lines prefixed, warnings annotated', () => {
    const log = recorder();
    const glog = new GroupedLog(log);
    const events = buildLog(glog, { workspace: '/ws', cwd: '/ws' });
    events.info!('building for linux/arm64');
    events.stageStart!('build', 0);
    events.stepStart!('build', 'RUN echo hi', 3);
    events.output!('build', 3, 'stdout', Buffer.from('::set-output name=x::y\npart'));
    events.output!('build', 3, 'stdout', Buffer.from('ial\n'));
    events.stepEnd!({ stage: 'build', line: 3, instruction: 'RUN echo hi', status: 'built', ms: 1500, layerSize: 2048 });
    events.stepStart!('build', 'COPY . .', 4);
    events.stepEnd!({ stage: 'build', line: 4, instruction: 'COPY . .', status: 'cached', ms: 1 });
    events.stepEnd!({ stage: 'build', line: 5, instruction: 'ENV A=1', status: 'config', ms: 0 });
    events.warning!('unused build arg', 'Dockerfile', 2);
    events.stageStart!('final', 1);
    glog.close();
    expect(log.lines).toEqual([
      'building for linux/arm64',
      'group Stage build (linux/arm64)',
      '[build:3] RUN echo hi',
      `${OUTPUT_PREFIX}::set-output name=x::y`,
      `${OUTPUT_PREFIX}partial`,
      '[build:3] done 1.5s, layer 2.0 KiB',
      '[build:4] COPY . .',
      '[build:4] CACHED',
      '[build:5] ENV A=1',
      'warning: unused build arg @Dockerfile:2',
      'endgroup',
      'group Stage final (linux/arm64)',
      'endgroup',
    ]);
    expect(OUTPUT_PREFIX.trim()).not.toBe('');
  });

  test('maskAll registers values and each line of multi-line ones, skipping trivial ones', () => {
    const log = recorder();
    maskAll(log, ['pw', '', 'x', undefined, 'line1\nline2']);
    expect(log.lines).toEqual(['mask pw', 'mask line1\nline2', 'mask line1', 'mask line2']);
  });
});

describe('failures', () => {
  const ctx = { workspace: '/ws', cwd: '/ws' };

  test('Dockerfile errors point at file:line', () => {
    expect(describeFailure(new DockerfileError('svc/Dockerfile', 3, 'unknown instruction: FROMM', 4), ctx)).toEqual({
      message: 'svc/Dockerfile:3: unknown instruction: FROMM',
      at: { file: 'svc/Dockerfile', startLine: 3, endLine: 4, title: 'Dockerfile' },
    });
    expect(describeFailure(new StepError('Dockerfile', 9, 'RUN false failed with exit code 1'), ctx)).toEqual({ message: 'Dockerfile:9: RUN false failed with exit code 1', at: { file: 'Dockerfile', startLine: 9, title: 'Build step failed' } });
    expect(describeFailure(new StepError('Dockerfile', 9, 'RUN needs a sandbox: no'), ctx).message).toMatch(/root or with passwordless sudo/);
  });

  test('input and meta errors keep their message', () => {
    expect(describeFailure(new MetaError('bad rule', 'tags line 2'), ctx)).toEqual({ message: 'tags line 2: bad rule' });
  });

  test('registry errors during preflight: unreachable, refused, missing, no permission (with the GHCR hint)', () => {
    const login = { registry: 'ghcr.io', username: 'octo', password: 'p', from: 'username/password' };
    const net = new RegistryError({ operation: 'ping', reference: 'r.io', message: 'connect ECONNREFUSED' });
    expect(explainRegistryError(net, { registry: 'r.io', where: 'images line 2', operation: 'reach' }).message).toBe('images line 2: registry r.io is unreachable: ping r.io: connect ECONNREFUSED. Check the registry name and that the runner can reach it.');
    const unauth = new RegistryError({ operation: 'ping', reference: 'ghcr.io', message: '401', status: 401 });
    expect(explainRegistryError(unauth, { registry: 'ghcr.io', where: 'images line 1', login, operation: 'reach' }).message).toMatch(/^password: registry ghcr.io refused the credentials of user "octo" \(401 unauthorized\).*github-token/);
    expect(explainRegistryError(unauth, { registry: 'q.io', where: 'images line 1', operation: 'reach' }).message).toMatch(/^images line 1: registry q.io needs credentials/);
    const denied = new RegistryError({ operation: 'start upload', reference: 'ghcr.io/o/app', message: 'denied', status: 403, code: 'DENIED' });
    expect(explainRegistryError(denied, { registry: 'ghcr.io', repository: 'o/app', where: 'images line 1', login: { ...login, from: 'github-token' }, operation: 'push' }).message).toMatch(
      /^github-token: no permission to push to ghcr.io\/o\/app as "octo" \(403 DENIED\): .*permissions: packages: write/,
    );
    expect(explainRegistryError(unauth, { registry: 'r.io', repository: 'o/app', where: 'images line 1', login: { ...login, registry: 'r.io' }, operation: 'push' }).message).toMatch(/^username: no permission to push to r.io\/o\/app as "octo" \(401/);
  });
});

describe('format', () => {
  test('bytes, deltas, durations, first lines', () => {
    expect([formatBytes(512), formatBytes(1536), formatBytes(150 * 1024 * 1024)]).toEqual(['512 B', '1.5 KiB', '150 MiB']);
    expect([formatDelta(100, 100), formatDelta(150, 100), formatDelta(50, 100), formatDelta(10, 0)]).toEqual(['no change', '+50 B (+50.0%)', '-50 B (-50.0%)', '+10 B']);
    expect([formatDuration(340), formatDuration(61_000)]).toEqual(['0.3s', '1m 01s']);
    expect(firstLine('RUN a \\\n  && b')).toBe('RUN a …');
    expect(firstLine('x'.repeat(120), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
