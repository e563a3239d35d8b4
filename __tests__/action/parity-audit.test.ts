/**
 * Parity audit: hoist's handling of inputs and outputs against docker/build-push-action v6,
 * docker/metadata-action v5 and docker/login-action v3 for the same input name and value.
 *
 * Every test asserts what the docker action does (its source is cited above the test), except the four marked
 * "deliberate": there hoist chose otherwise, says so in action.yml and README, and the test pins hoist's choice. The upstream list reader is docker/actions-toolkit src/util.ts
 * `Util.getList`: csv-parse with relaxQuotes, relaxColumnCount, skipEmptyLines (no `comment` unless asked);
 * a one-field record is split on commas unless `ignoreComma`; a many-field record is spread (or re-joined with
 * commas under `ignoreComma`); empty entries are dropped and entries trimmed.
 */
import { describe, expect, test } from '@jest/globals';
import { INPUT_DEFAULTS, parseConfig, type Env, type RawInputs } from '../../src/inputs.js';
import { InputError, parseBool } from '../../src/action/input-parsers.js';
import { bakeFiles, buildOutputs, metadataOutputEnv, planOutputs } from '../../src/action/outputs.js';
import type { Plan } from '../../src/action/preflight.js';
import { splitAnnotations } from '../../src/build/annotations.js';
import type { BuildOutcome } from '../../src/build/run-build.js';
import { computeMetaWithRegistry, gitContextFromEnv, type MetaInputs } from '../../src/meta/index.js';
import { parseReference } from '../../src/registry/reference.js';
import { buildxMetadata } from '../../src/cli/build-command.js';

const HOST = { os: 'linux', architecture: 'amd64' };
const SHA = 'a'.repeat(40);
const RUNNER_ENV: Env = {
  GITHUB_WORKSPACE: '/ws',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: SHA,
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '3',
  HOME: '/home/u',
};

function raw(over: Partial<RawInputs> = {}): RawInputs {
  return { ...Object.fromEntries(Object.keys(INPUT_DEFAULTS).map((k) => [k, ''])), ...over } as RawInputs;
}

/** Inputs as the runner hands them over: action.yml's defaults where not given. */
function withDefaults(over: Partial<RawInputs> = {}): RawInputs {
  return { ...(INPUT_DEFAULTS as unknown as RawInputs), ...over };
}

function parse(over: Partial<RawInputs> = {}, env: Env = {}) {
  return parseConfig(raw({ images: 'ghcr.io/acme/app', ...over }), { ...RUNNER_ENV, ...env }, '/elsewhere', HOST);
}

function thrown(fn: () => unknown): Error | undefined {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  return undefined;
}

async function meta(inputs: Partial<MetaInputs>, env: Env = {}) {
  const ctx = gitContextFromEnv({ ...RUNNER_ENV, GITHUB_EVENT_PATH: 'event.json', ...env }, () => JSON.stringify({ repository: { default_branch: 'main' } }));
  const full: MetaInputs = { images: 'ghcr.io/acme/app', tags: 'type=raw,value=1.2.3\ntype=raw,value=edge', flavor: 'latest=false', labels: '', annotations: '', ...inputs };
  return computeMetaWithRegistry(full, ctx, new Date('2025-01-02T03:04:05Z'), {}, async () => []);
}

const D = (c: string) => `sha256:${c.repeat(64)}`;

function outcome(): BuildOutcome {
  const artifact = {
    platform: { os: 'linux', architecture: 'amd64' },
    configBytes: Buffer.alloc(10),
    configDigest: D('c'),
    manifestBytes: Buffer.from('{}'),
    manifestDigest: D('m'),
    manifestMediaType: 'application/vnd.oci.image.manifest.v1+json',
    layers: [],
  };
  return {
    digest: D('m'),
    imageId: D('c'),
    image: { artifacts: [artifact], topBytes: Buffer.from('{}'), topDigest: D('m'), topMediaType: artifact.manifestMediaType },
    artifacts: [artifact],
    reports: [],
    warnings: [],
  } as unknown as BuildOutcome;
}

describe('list inputs: Util.getInputList splitting', () => {
  // build-push-action src/context.ts getInputs: 'build-args' is Util.getInputList('build-args', {ignoreComma: true}).
  test('build-args (ignoreComma): commas stay in the value, one entry per line', () => {
    expect(parse({ 'build-args': 'A=1,B=2\nC=x' }).config.buildArgs).toEqual({ A: '1,B=2', C: 'x' });
  });

  // actions-toolkit src/util.ts Util.getList: csv-parse reads `LIST=a,"b,c"` as the fields [LIST=a, b,c]; with
  // ignoreComma they are joined with commas again, so the quotes of the second field are gone.
  test('build-args (ignoreComma): a quoted field after the first loses its quotes (CSV)', () => {
    expect(parse({ 'build-args': 'LIST=a,"b,c"' }).config.buildArgs).toEqual({ LIST: 'a,b,c' });
  });

  // actions-toolkit src/util.ts Util.getList (relaxQuotes): quotes inside an unquoted field are kept as they are.
  test('build-args: a JSON value keeps its quotes and commas', () => {
    expect(parse({ 'build-args': 'CONFIG={"a":1,"b":2}' }).config.buildArgs).toEqual({ CONFIG: '{"a":1,"b":2}' });
  });

  // actions-toolkit src/util.ts Util.getList: a quoted CSV field may span lines and keep blank lines; `""` in a
  // quoted field is a quote; a quote inside an unquoted field is literal (relaxQuotes); CRLF separates lines.
  test('secrets (ignoreComma): a quoted value spans lines, keeps blank lines and "" escapes, CRLF lines split', () => {
    const { config } = parse({ secrets: '"KEY=line1\n\nline3"\r\n"Q=he said ""hi"""\r\nR="lit"\r\nE=a=b=c' });
    expect(config.secrets).toEqual([
      { id: 'KEY', kind: 'value', value: 'line1\n\nline3' },
      { id: 'Q', kind: 'value', value: 'he said "hi"' },
      { id: 'R', kind: 'value', value: '"lit"' },
      { id: 'E', kind: 'value', value: 'a=b=c' },
    ]);
  });

  // actions-toolkit src/util.ts Util.getList: `"Q=x,y",z` is the fields [Q=x,y, z], joined to `Q=x,y,z` (ignoreComma).
  test('secrets (ignoreComma): a quoted first field followed by more fields is unquoted and re-joined', () => {
    expect(parse({ secrets: '"Q=x,y",z' }).config.secrets).toEqual([{ id: 'Q', kind: 'value', value: 'x,y,z' }]);
  });

  // build-push-action src/context.ts: 'platforms' is Util.getInputList('platforms') (comma split); a quoted
  // one-field record `"linux/amd64,linux/arm64"` is unquoted by csv-parse, then split on commas.
  test('platforms (comma list): a quoted line is unquoted before the comma split', () => {
    expect(parse({ platforms: '"linux/amd64,linux/arm64"' }).config.platforms).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
    ]);
  });

  // build-push-action src/context.ts: 'tags' is Util.getInputList('tags') (comma split, quotes removed).
  test('tags without images (comma list): a quoted line with commas gives several references', () => {
    const refs = parseConfig(raw({ tags: '"ghcr.io/o/app:1,ghcr.io/o/app:2"\nghcr.io/o/app:3' }), RUNNER_ENV, '/x', HOST).config.references!.map((r) => String(r.ref));
    expect(refs).toEqual(['ghcr.io/o/app:1', 'ghcr.io/o/app:2', 'ghcr.io/o/app:3']);
  });

  // build-push-action src/context.ts: 'secret-envs' is Util.getInputList('secret-envs') (no ignoreComma);
  // actions-toolkit src/buildx/build.ts resolveSecretEnv: `id=ENV` -> `id=<id>,env=<ENV>`.
  test('secret-envs (comma list): comma- and newline-separated ID=ENV, also inside quotes', () => {
    const { config } = parse({ 'secret-envs': '"a=ENV_A,b=ENV_B"\nc=ENV_C' }, { ENV_A: '1', ENV_B: '2', ENV_C: '3' });
    expect(config.secrets).toEqual([
      { id: 'a', kind: 'value', value: '1' },
      { id: 'b', kind: 'value', value: '2' },
      { id: 'c', kind: 'value', value: '3' },
    ]);
  });

  // build-push-action src/context.ts: 'ssh' is Util.getInputList('ssh') (comma split): `key=/a,/b` is two --ssh values.
  test('ssh (comma list): ID=KEY,KEY is split into two entries, as build-push-action passes them', () => {
    expect(parse({ ssh: 'mykey=/k/a,/k/b' }).config.ssh).toEqual(['mykey=/k/a', '/k/b']);
  });

  // build-push-action src/context.ts: 'outputs' is Util.getInputList('outputs', {ignoreComma: true, quote: false}):
  // the line reaches buildx untouched, and buildx reads `"name=a,b"` as one CSV field naming two images.
  test('outputs (quote: false): a CSV-quoted name= with two references reaches the exporter as two names', () => {
    const { config } = parse({ outputs: 'type=image,"name=ghcr.io/o/a:1,ghcr.io/o/b:1",push=true' });
    expect(config.outputNames?.map((n) => String(n.ref))).toEqual(['ghcr.io/o/a:1', 'ghcr.io/o/b:1']);
  });

  // build-push-action src/context.ts getArgs: each 'build-contexts' entry goes through
  // handlebars.compile(buildContext)({defaultContext: Context.gitContext()}), so {{defaultContext}} is this
  // repository's Git context at this commit.
  test('build-contexts: {{defaultContext}} is rendered to the workflow Git context', () => {
    const ctx = parse({ 'build-contexts': 'base={{defaultContext}}:docker' }).config.namedContexts.get('base');
    expect(ctx?.kind).toBe('git');
    if (ctx?.kind !== 'git') return;
    expect(ctx.git).toMatchObject({ url: 'https://github.com/acme/app.git', subdir: 'docker' });
    expect(JSON.stringify(ctx.git)).toContain(SHA);
  });
});

describe('secrets: actions-toolkit Build.parseSecretKvp / resolveSecret*', () => {
  // actions-toolkit src/buildx/build.ts parseSecretKvp: key = before the first `=`, value = the rest (may hold `=`).
  test('secrets: ID=VALUE splits at the first "="; secret-files resolve the path', () => {
    const { config } = parse({ secrets: 'tok=a=b', 'secret-files': 'npmrc=cfg/.npmrc' });
    expect(config.secrets).toEqual([
      { id: 'tok', kind: 'value', value: 'a=b' },
      { id: 'npmrc', kind: 'file', path: '/ws/cfg/.npmrc' },
    ]);
  });

  // actions-toolkit src/buildx/build.ts parseSecretKvp: an empty value throws "<kvp> is not a valid secret";
  // build-push-action src/context.ts getBuildArgs catches it, core.warning(...), and leaves the secret out.
  test('secrets: ID= (empty value) is left out with a warning, not passed as an empty secret', () => {
    expect(parse({ secrets: 'empty=\nok=1' }).config.secrets).toEqual([{ id: 'ok', kind: 'value', value: '1' }]);
  });

  // Same functions: an entry without `=` has an empty key -> "not a valid secret" -> warning; the build goes on.
  test('secrets: an entry without "=" is a warning (build goes on), not a step failure', () => {
    expect(thrown(() => parse({ secrets: 'no-equals-sign\nok=1' }))).toBeUndefined();
  });
});

describe('boolean inputs: core.getBooleanInput', () => {
  const YAML_TRUE = ['true', 'True', 'TRUE'];
  const YAML_FALSE = ['false', 'False', 'FALSE'];

  // build-push-action src/context.ts: load, no-cache, pull, push are core.getBooleanInput(...);
  // @actions/core getBooleanInput accepts exactly true|True|TRUE|false|False|FALSE (after trimming).
  test('push, load, no-cache accept exactly the YAML 1.2 core booleans', () => {
    for (const v of YAML_TRUE) expect([parse({ push: v }).config.push, parse({ 'no-cache': v }).config.noCache, parse({ load: v }).config.outputs]).toEqual([true, true, [{ kind: 'load' }]]);
    for (const v of YAML_FALSE) expect([parse({ push: v }).config.push, parse({ 'no-cache': v }).config.noCache, parse({ load: v }).config.outputs]).toEqual([false, false, []]);
    expect(parse({ push: '  true  ' }).config.push).toBe(true);
    for (const v of ['yes', '1', 'on', 'tRUE', 'y', 't']) {
      expect(thrown(() => parse({ push: v }))).toBeInstanceOf(InputError);
      expect(thrown(() => parse({ 'no-cache': v }))).toBeInstanceOf(InputError);
      expect(thrown(() => parse({ load: v }))).toBeInstanceOf(InputError);
    }
  });

  // build-push-action src/context.ts: pull: core.getBooleanInput('pull') -> `pull: yes` fails the step.
  test('pull is a strict boolean too (pull: yes fails)', () => {
    expect(thrown(() => parse({ pull: 'yes' }))).toBeInstanceOf(Error);
  });

  // @actions/core getBooleanInput throws TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}
  // \nSupport boolean input list: \`true | True | TRUE | false | False | FALSE\``).
  test('a bad boolean fails with getBooleanInput\'s message', () => {
    expect(thrown(() => parseBool('no-cache', 'yes', false))?.message).toContain('Input does not meet YAML 1.2 "Core Schema" specification: no-cache');
  });

  // Deliberate: build-push-action's push default is 'false'; hoist's is `auto` (push, except for pull requests),
  // the one-step job the action is for (action.yml `push`). `push: false` is build-push-action's behaviour.
  test('push: deliberate: the action.yml default pushes on a branch, not on a pull request; push: false never', () => {
    expect(parseConfig(withDefaults({ images: 'ghcr.io/acme/app' }), RUNNER_ENV, '/x', HOST).config.push).toBe(true);
    expect(parseConfig(withDefaults({ images: 'ghcr.io/acme/app' }), { ...RUNNER_ENV, GITHUB_EVENT_NAME: 'pull_request' }, '/x', HOST).config.push).toBe(false);
    expect(parseConfig(withDefaults({ images: 'ghcr.io/acme/app', push: 'false' }), RUNNER_ENV, '/x', HOST).config.push).toBe(false);
  });
});

describe('provenance: actions-toolkit Build.getProvenanceInput and build-push-action getAttestArgs', () => {
  const RUN_URL = 'https://github.com/acme/app/actions/runs/4242/attempts/3';

  // actions-toolkit src/buildx/build.ts getProvenanceInput: a getBooleanInput true -> `builder-id=${workflowRunURL(true)}`,
  // false -> 'false'; src/github.ts workflowRunURL(true) appends `/attempts/${GITHUB_RUN_ATTEMPT}`.
  // resolveAttestationAttrs maps a bare `1` / `0` to disabled=false / disabled=true.
  test('provenance: true|True|TRUE|1 -> mode min (buildx default) with a builder-id; false|False|FALSE|0 -> off', () => {
    for (const v of ['true', 'True', 'TRUE', '1']) expect(parse({ provenance: v }).config.provenance).toMatchObject({ mode: 'min', builderId: expect.any(String) });
    for (const v of ['false', 'False', 'FALSE', '0']) expect(parse({ provenance: v }).config.provenance).toBeUndefined();
  });

  // Same: builder-id is GitHub.workflowRunURL(true) = `${server}/${repo}/actions/runs/${runId}/attempts/${runAttempt}`.
  test('provenance: the default builder-id is the run URL with /attempts/<GITHUB_RUN_ATTEMPT>', () => {
    expect(parse({ provenance: 'true' }).config.provenance?.builderId).toBe(RUN_URL);
    expect(parse({ provenance: 'mode=max' }).config.provenance?.builderId).toBe(RUN_URL);
  });

  // actions-toolkit src/buildx/build.ts resolveProvenanceAttrs: builder-id appended unless given; mode passes through.
  test('provenance: mode=max gets a builder-id; a given builder-id is kept', () => {
    expect(parse({ provenance: 'mode=max' }).config.provenance).toMatchObject({ mode: 'max', builderId: expect.any(String) });
    expect(parse({ provenance: 'mode=max,builder-id=https://ci/1' }).config.provenance).toMatchObject({ mode: 'max', builderId: 'https://ci/1' });
  });

  // getProvenanceInput: `t`/`f` are not getBooleanInput values, so they become attrs (`type=provenance,t,...`);
  // resolveAttestationAttrs turns an attr Util.parseBool reads (1,t,T,TRUE,true,True / 0,f,F,FALSE,false,False)
  // into disabled=!v: `t` enables, `f` disables.
  test('provenance: t / T enable and f / F disable (Util.parseBool in resolveAttestationAttrs)', () => {
    expect(parse({ provenance: 't' }).config.provenance).toMatchObject({ mode: 'min' });
    expect(parse({ provenance: 'T' }).config.provenance).toMatchObject({ mode: 'min' });
    expect(parse({ provenance: 'f' }).config.provenance).toBeUndefined();
    expect(parse({ provenance: 'F' }).config.provenance).toBeUndefined();
  });

  // build-push-action src/context.ts getAttestArgs: when the provenance input is set (provenanceSet), attests
  // lines of type=provenance are skipped: "provenance and sbom inputs take precedence over attests input".
  test('provenance input wins over attests type=provenance', () => {
    expect(parse({ provenance: 'mode=max', attests: 'type=provenance,mode=min' }).config.provenance).toMatchObject({ mode: 'max' });
    expect(parse({ provenance: 'true', attests: 'type=provenance,disabled=true' }).config.provenance).toBeDefined();
    expect(parse({ provenance: 'false', attests: 'type=provenance,mode=max' }).config.provenance).toBeUndefined();
  });

  // Deliberate: build-push-action's getAttestArgs adds `type=provenance,mode=max` (public repository) when the input
  // is empty; hoist writes provenance only when asked (action.yml `provenance`), so a tag names the image manifest
  // itself, as with the docker driver's classic image store. `provenance: mode=max` gives build-push-action's.
  test('provenance: deliberate: empty means none; asked for, it is there', () => {
    expect(parse({ provenance: '' }).config.provenance).toBeUndefined();
    expect(parse({ provenance: 'mode=max' }).config.provenance).toMatchObject({ mode: 'max' });
  });
});

describe('build-push-action outputs: imageid, digest, metadata', () => {
  const plan: Plan = { meta: { outputs: {} } as Plan['meta'], targets: [parseReference('ghcr.io/acme/app:1')], origins: new Map() };

  // build-push-action src/main.ts: core.setOutput('metadata', JSON.stringify(metadata, null, 2)).
  test('metadata is the buildx metadata JSON indented with 2 spaces', () => {
    const out = buildOutputs(outcome(), plan, true);
    expect(out.metadata).toBe(JSON.stringify(JSON.parse(out.metadata), null, 2));
  });

  // build-push-action src/main.ts: digest = resolveDigest(metadata) = metadata['containerimage.digest'];
  // imageid = the iidfile content trimmed (sha256:...).
  test('digest is containerimage.digest, imageid the config digest, metadata has the buildx keys', () => {
    const out = buildOutputs(outcome(), plan, true);
    expect(out.digest).toBe(D('m'));
    expect(out.imageid).toBe(D('c'));
    expect(JSON.parse(out.metadata)).toMatchObject({ 'containerimage.digest': D('m'), 'containerimage.config.digest': D('c'), 'image.name': 'ghcr.io/acme/app:1' });
    // buildx writes image.name fully qualified: Docker Hub names with docker.io/ (and library/).
    const hub: Plan = { ...plan, targets: [parseReference('app:1'), parseReference('acme/app')] };
    expect(JSON.parse(buildOutputs(outcome(), hub, true).metadata)['image.name']).toBe('docker.io/library/app:1,docker.io/acme/app:latest');
    expect(buildxMetadata(outcome(), hub.targets)['image.name']).toBe('docker.io/library/app:1,docker.io/acme/app:latest');
  });

  // build-push-action src/context.ts getBuildArgs: --iidfile only when !hasLocalExporter && !hasTarExporter;
  // src/main.ts sets imageid only when the iidfile exists, so a type=local-only build has no imageid output.
  test('imageid is not set when the only exporter is type=local', () => {
    const { config } = parse({ outputs: 'type=local,dest=out', push: 'false' });
    expect(buildOutputs(outcome(), plan, config.push, config.outputs).imageid).toBeUndefined();
    expect(buildOutputs(outcome(), plan, config.push, parse({ outputs: 'type=tar,dest=out.tar', push: 'false' }).config.outputs).imageid).toBeUndefined();
    expect(buildOutputs(outcome(), plan, config.push, parse({ outputs: 'type=oci,dest=out.tar', push: 'false' }).config.outputs).imageid).toBe(D('c'));
  });

  // buildx's local and tar exporters report no containerimage.* keys, so build-push-action sets no digest.
  test('only type=local or type=tar outputs: no digest, and metadata without the image keys (as the CLI writes {})', () => {
    const { config } = parse({ outputs: 'type=local,dest=out', push: 'false' });
    const out = buildOutputs(outcome(), plan, false, config.outputs);
    expect(out.digest).toBeUndefined();
    expect(Object.keys(JSON.parse(out.metadata)).filter((k) => k.includes('.'))).toEqual([]);
    // Beside an image output the digest is there.
    const both = parse({ outputs: 'type=local,dest=out\ntype=oci,dest=o.tar', push: 'false' }).config;
    expect(buildOutputs(outcome(), plan, false, both.outputs).digest).toBe(D('m'));
  });

  test('pushed by digest: image.name is the repositories, as buildx reports name= (no tag)', () => {
    expect(JSON.parse(buildOutputs(outcome(), plan, true, [], true).metadata)['image.name']).toBe('ghcr.io/acme/app');
  });
});

describe('metadata-action outputs', () => {
  // metadata-action src/main.ts: setOutput('tags', tags.join(sepTags)), 'tag-names' getTags(true).join(sepTags),
  // 'labels' join(sepLabels), 'annotations' `${level}:${label}` join(sepAnnotations), version.main || '';
  // src/context.ts: sep-* default `\n` -> newline-joined, no trailing newline.
  test('tags, tag-names, labels, annotations are newline-joined without a trailing newline; version is the main tag', async () => {
    const r = await meta({ labels: 'maintainer=me' });
    expect(r.outputs.version).toBe('1.2.3');
    expect(r.outputs.tags).toBe('ghcr.io/acme/app:1.2.3\nghcr.io/acme/app:edge');
    expect(r.outputs['tag-names']).toBe('1.2.3\nedge');
    expect(r.outputs.labels.endsWith('\n')).toBe(false);
    expect(r.outputs.labels.split('\n')).toContain('maintainer=me');
    expect(r.outputs.annotations.split('\n').every((l) => l.startsWith('manifest:org.opencontainers.image.'))).toBe(true);
  });

  // metadata-action src/main.ts: the sep-tags separator joins both tags and tag-names; sep-labels the labels.
  test('sep-tags applies to tags and tag-names, sep-labels to labels, sep-annotations to annotations', async () => {
    const r = await meta({ sepTags: ',', sepLabels: ';', sepAnnotations: '|' });
    expect(r.outputs.tags).toBe('ghcr.io/acme/app:1.2.3,ghcr.io/acme/app:edge');
    expect(r.outputs['tag-names']).toBe('1.2.3,edge');
    expect(r.outputs.labels.split(';').length).toBe(8);
    expect(r.outputs.annotations.split('|').length).toBe(8);
  });

  // metadata-action src/meta.ts getJSON: {tags, 'tag-names', labels (object), annotations}; src/main.ts:
  // setOutput('json', JSON.stringify(jsonOutput)) - compact.
  test('json: keys tags, tag-names, labels, annotations in that order, compact', async () => {
    const r = await meta({});
    expect(Object.keys(JSON.parse(r.outputs.json))).toEqual(['tags', 'tag-names', 'labels', 'annotations']);
    expect(r.outputs.json).toBe(JSON.stringify(JSON.parse(r.outputs.json)));
  });

  // metadata-action src/meta.ts getBakeFile / getBakeFileTagsLabels: {target: {[bakeTarget]: ...}};
  // 'tags' kind: tags + args DOCKER_META_IMAGES (names joined by ',') and DOCKER_META_VERSION (version.main,
  // left out by JSON.stringify when undefined); 'labels' kind: labels object; annotations kind: leveled lines.
  test('bake definitions: target name, tags + DOCKER_META_* args, labels object, leveled annotations', async () => {
    const r = await meta({ images: 'ghcr.io/acme/app\ndocker.io/acme/app' });
    const plan: Plan = { meta: r, targets: r.tags.map((t) => parseReference(t)), origins: new Map() };
    const files = bakeFiles(plan, {}, 'my-target') as Record<string, { target: Record<string, Record<string, unknown>> }>;
    expect(Object.keys(files['bake-file-tags'].target)).toEqual(['my-target']);
    expect(files['bake-file-tags'].target['my-target']).toEqual({ tags: r.tags, args: { DOCKER_META_IMAGES: 'ghcr.io/acme/app,docker.io/acme/app', DOCKER_META_VERSION: '1.2.3' } });
    expect(files['bake-file-labels'].target['my-target']).toEqual({ labels: r.labels });
    expect(files['bake-file-annotations'].target['my-target']).toEqual({ annotations: r.annotations });
    expect(files['bake-file'].target['my-target']).toEqual({ tags: r.tags, labels: r.labels, args: { DOCKER_META_IMAGES: 'ghcr.io/acme/app,docker.io/acme/app', DOCKER_META_VERSION: '1.2.3' } });
    const none = await meta({ tags: 'type=ref,event=tag' });
    const empty = bakeFiles({ meta: none, targets: [], origins: new Map() }, {}, 'docker-metadata-action') as Record<string, { target: Record<string, { args?: object }> }>;
    expect(JSON.parse(JSON.stringify(empty['bake-file-tags'])).target['docker-metadata-action'].args).toEqual({ DOCKER_META_IMAGES: 'ghcr.io/acme/app' });
  });

  // metadata-action src/main.ts setOutputAndEnv: DOCKER_METADATA_OUTPUT_${name.replace(/\W/g, '_').toUpperCase()}
  // for every output (version, tags, tag-names, labels, annotations, json, bake-file-*, bake-file);
  // outputEnvEnabled: Util.parseBool(DOCKER_METADATA_SET_OUTPUT_ENV) when set, else true.
  test('DOCKER_METADATA_OUTPUT_* names, and DOCKER_METADATA_SET_OUTPUT_ENV read with Util.parseBool', () => {
    const outputs = { version: 'v', tags: 't', 'tag-names': 'n', labels: 'l', annotations: 'a', json: '{}', 'bake-file-tags': '/f1', 'bake-file-labels': '/f2', 'bake-file-annotations': '/f3', 'bake-file': '/f4' };
    expect(Object.fromEntries(metadataOutputEnv(outputs, {}))).toEqual({
      DOCKER_METADATA_OUTPUT_VERSION: 'v',
      DOCKER_METADATA_OUTPUT_TAGS: 't',
      DOCKER_METADATA_OUTPUT_TAG_NAMES: 'n',
      DOCKER_METADATA_OUTPUT_LABELS: 'l',
      DOCKER_METADATA_OUTPUT_ANNOTATIONS: 'a',
      DOCKER_METADATA_OUTPUT_JSON: '{}',
      DOCKER_METADATA_OUTPUT_BAKE_FILE_TAGS: '/f1',
      DOCKER_METADATA_OUTPUT_BAKE_FILE_LABELS: '/f2',
      DOCKER_METADATA_OUTPUT_BAKE_FILE_ANNOTATIONS: '/f3',
      DOCKER_METADATA_OUTPUT_BAKE_FILE: '/f4',
    });
    for (const off of ['0', 'f', 'F', 'false', 'False', 'FALSE']) expect(metadataOutputEnv(outputs, { DOCKER_METADATA_SET_OUTPUT_ENV: off })).toEqual([]);
    for (const on of ['1', 't', 'T', 'true', 'True', 'TRUE', '']) expect(metadataOutputEnv(outputs, { DOCKER_METADATA_SET_OUTPUT_ENV: on })).toHaveLength(10);
  });

  // build-push-action src/context.ts: 'annotations' is Util.getInputList('annotations', {ignoreComma: true}) passed
  // as --annotation; buildx reads `index:KEY=VALUE` as an index annotation and `manifest:KEY=VALUE` as a manifest
  // one (the form metadata-action's annotations output has).
  test('annotations: index: and manifest: prefixes set the index / manifest annotation KEY', async () => {
    const r = await meta({ annotations: 'index:org.opencontainers.image.description=My image\nmanifest:com.example.k=v' });
    const { manifest, index } = splitAnnotations(r.annotations);
    expect(index['org.opencontainers.image.description']).toBe('My image');
    expect(manifest['']['com.example.k']).toBe('v');
    // Several levels at once, as buildx's --annotation takes them.
    const both = splitAnnotations((await meta({ annotations: 'index,manifest:both.key=b' })).annotations);
    expect([both.index['both.key'], both.manifest['']['both.key']]).toEqual(['b', 'b']);
  });
});

describe('login-action: registry-auth', () => {
  // Deliberate: login-action's getAuthList throws 'Cannot use registry-auth with other inputs'; hoist logs in with
  // both (username/password for their registry, registry-auth for more), since its one step replaces several logins.
  test('registry-auth: deliberate: together with username/password, both log in', () => {
    const { config } = parse({ username: 'u', password: 'p', 'registry-auth': '- registry: ghcr.io\n  username: a\n  password: b' });
    expect(config.logins.map((l) => [l.registry, l.username])).toEqual([['docker.io', 'u'], ['ghcr.io', 'a']]);
  });

  // login-action src/context.ts getAuthList: yaml.load(registry-auth): a YAML comment after a value is not part of it.
  test('registry-auth: a trailing YAML comment is not part of the password', () => {
    const { config } = parse({ 'registry-auth': '- registry: ghcr.io # GHCR\n  username: octo\n  password: s3cret # from secrets' });
    expect(config.logins).toEqual([expect.objectContaining({ registry: 'ghcr.io', username: 'octo', password: 's3cret' })]);
  });

  // login-action src/context.ts getAuthList: yaml.load reads any YAML list of mappings, flow style included.
  test('registry-auth: a flow-style YAML entry is read', () => {
    const { config } = parse({ 'registry-auth': '- {registry: ghcr.io, username: octo, password: pw}' });
    expect(config.logins).toEqual([expect.objectContaining({ registry: 'ghcr.io', username: 'octo', password: 'pw' })]);
  });

  // login-action src/context.ts getAuthList: an entry without registry logs in to 'docker.io'.
  test('registry-auth: an entry without registry is Docker Hub', () => {
    expect(parse({ 'registry-auth': '- username: u\n  password: p' }).config.logins).toEqual([expect.objectContaining({ registry: 'docker.io', username: 'u', password: 'p' })]);
  });
});

describe('context default', () => {
  // Deliberate: build-push-action's getInputs takes Context.gitContext() for an empty context; hoist takes the
  // workspace (what actions/checkout wrote, as `context: .`), and `{{defaultContext}}` for the Git context.
  test('an empty context: deliberate: the workspace; {{defaultContext}} is the Git context of this commit', () => {
    expect(parse({ context: '' }).config.gitContext).toBeUndefined();
    expect(parse({ context: '{{defaultContext}}' }).config.gitContext).toBeDefined();
  });
});
