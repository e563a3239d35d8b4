/** The contract the builder uses: parseDockerfile -> planStages -> StageScope.expand, and parseInstruction. */
import { describe, expect, test } from '@jest/globals';
import {
  DEFAULT_PATH,
  DockerfileError,
  StageScope,
  parseDockerfile,
  parseInstruction,
  planStages,
  type Instruction,
  type PlanOptions,
  type StagePlan,
} from '../../src/dockerfile/index.js';
import { parseNamedContexts } from '../../src/dockerfile/named-contexts.js';

const amd64 = { os: 'linux', architecture: 'amd64' };
const opts = (o: Partial<PlanOptions> = {}): PlanOptions => ({ buildArgs: {}, targetPlatform: amd64, buildPlatform: amd64, ...o });

/** Expands every stage of the plan in order, giving each stage the base env `baseEnv(ref)`. */
function run(text: string, o: Partial<PlanOptions> = {}, baseEnv: (ref: string) => string[] = () => []): { plan: StagePlan; scopes: Map<number, StageScope>; out: Instruction[] } {
  const plan = planStages(parseDockerfile(text, { file: 'Dockerfile' }), opts(o));
  const scopes = new Map<number, StageScope>();
  const out: Instruction[] = [];
  for (const s of plan.stages) {
    const scope = new StageScope({
      plan,
      stage: s,
      baseEnv: s.base.kind === 'image' ? baseEnv(s.base.ref) : [],
      parentScope: s.base.kind === 'stage' ? scopes.get(s.base.stage) : undefined,
    });
    scopes.set(s.index, scope);
    for (const i of s.ast.instructions) out.push(scope.expand(i));
  }
  return { plan, scopes, out };
}

describe('StageScope', () => {
  test('ARG names expand like their defaults (`ARG $K=v`); COPY --from is never expanded', () => {
    const { out, scopes } = run('FROM a AS src\nFROM b\nARG K=kk\nARG $K=v\nCOPY --from=src /$K /x\n');
    expect(scopes.get(1)!.args().get('kk')).toBe('v');
    expect(out[2]).toMatchObject({ kind: 'COPY', from: 'src', sources: ['/kk'] });
  });

  test('stage references: a later duplicate name wins for COPY --from and --target, FROM names match exactly', () => {
    const df = 'FROM x AS a\nFROM y AS A\nFROM a AS b\nCOPY --from=a /f /f\n';
    const plan = planStages(parseDockerfile(df, { file: 'Dockerfile' }), opts());
    expect(plan.target.base).toEqual({ kind: 'stage', stage: 1 });
    expect(plan.target.dependsOn).toEqual([1]);
    expect(planStages(parseDockerfile(df, { file: 'Dockerfile' }), opts({ target: 'A' })).target.index).toBe(1);
    const upper = planStages(parseDockerfile('FROM x AS build\nFROM BUILD\n', { file: 'Dockerfile' }), opts());
    expect(upper.target.base).toEqual({ kind: 'image', ref: 'BUILD' });
  });

  test('a stage built may not use a stage defined after it; a stage not built may (its cycles still fail)', () => {
    const plan = (t: string, target?: string) => planStages(parseDockerfile(t, { file: 'Dockerfile' }), opts({ target }));
    expect(() => plan('FROM x AS a\nCOPY --from=b /f /f\nFROM y AS b\n', 'a')).toThrow('Dockerfile:2: cannot copy from stage "b", it needs to be defined before current stage "a"');
    expect(plan('FROM x AS a\nCOPY --from=b /f /f\nFROM y AS b\n').target.index).toBe(1);
    expect(() => plan('FROM x AS z\nFROM x AS a\nCOPY --from=b /f /f\nFROM y AS b\nCOPY --from=a /f /f\n', 'z')).toThrow('circular dependency detected on stage: a');
    expect(() => plan('FROM x AS a\nCOPY --from=$S /f /f\n')).toThrow(/variable expansion is not supported for --from/);
    // A FROM is no dependency for the cycle check (BuildKit's deps are the commands' sources): docker build
    // builds c here, and fails with the forward use, not a cycle, when b is built.
    const fromLoop = 'FROM x AS a\nCOPY --from=b /x /x\nFROM a AS b\nFROM x AS c\nRUN true\n';
    expect(plan(fromLoop, 'c').target.index).toBe(2);
    expect(() => plan(fromLoop, 'b')).toThrow('Dockerfile:2: cannot copy from stage "b", it needs to be defined before current stage "a"');
    // Unnamed stages are named as BuildKit names them.
    expect(() => plan('FROM x\nCOPY --from=1 /f /f\nFROM y\nCOPY --from=0 /g /g\n')).toThrow('circular dependency detected on stage: stage-0');
  });

  test('expands with the base image ENV (COPY . $GOPATH/src)', () => {
    const { out, scopes } = run('FROM golang\nCOPY . $GOPATH/src/app\n', {}, () => ['PATH=/go/bin:/usr/bin', 'GOPATH=/go']);
    expect(out[0]).toMatchObject({ kind: 'COPY', sources: ['.'], dest: '/go/src/app' });
    expect(scopes.get(0)!.env()).toEqual(['PATH=/go/bin:/usr/bin', 'GOPATH=/go']);
  });

  test('adds the default PATH when the base has none; ENV replaces in place or appends', () => {
    const { scopes } = run('FROM scratch\nENV A=1 PATH=/x:$PATH\nENV A=2 B=$A\n');
    expect(scopes.get(0)!.env()).toEqual([`PATH=/x:${DEFAULT_PATH}`, 'A=2', 'B=1']);
  });

  test('args() holds the ARGs declared so far; build args win over defaults; proxies stay apart', () => {
    const text = 'FROM alpine\nARG A=1\nRUN true\nARG B\nARG C=3\nARG HTTP_PROXY\n';
    const { scopes } = run(text, { buildArgs: { C: 'c', HTTPS_PROXY: 'http://p:1', HTTP_PROXY: 'http://declared' } });
    const s = scopes.get(0)!;
    expect([...s.args()]).toEqual([['A', '1'], ['C', 'c'], ['HTTP_PROXY', 'http://declared']]);
    expect([...s.proxyArgs()]).toEqual([['HTTPS_PROXY', 'http://p:1']]);
    expect(s.env()).toEqual([`PATH=${DEFAULT_PATH}`]);
  });

  test('a child stage inherits ENV and ARG values from its parent stage', () => {
    const { out, scopes } = run('FROM alpine AS base\nENV E=e\nARG A=a\nFROM base\nLABEL v=$E$A\n');
    expect(out[2]).toMatchObject({ kind: 'LABEL', pairs: [{ key: 'v', value: 'ea' }] });
    expect([...scopes.get(1)!.args()]).toEqual([['A', 'a']]);
  });

  test('RUN, CMD, ENTRYPOINT, HEALTHCHECK, MAINTAINER and ONBUILD are not expanded; RUN mounts are', () => {
    const { out } = run(
      'FROM alpine\nENV X=1 C=/cache\nRUN --mount=type=cache,target=$C echo $X\nCMD echo $X\nENTRYPOINT ["$X"]\nHEALTHCHECK CMD $X\nMAINTAINER $X\nONBUILD RUN $X\n',
    );
    expect(out[1]).toMatchObject({ kind: 'RUN', form: 'shell', command: 'echo $X', mounts: [{ type: 'cache', target: '/cache', readOnly: false }] });
    expect(out[2]).toMatchObject({ kind: 'CMD', command: 'echo $X' });
    expect(out[3]).toMatchObject({ kind: 'ENTRYPOINT', args: ['$X'] });
    expect(out[4]).toMatchObject({ kind: 'HEALTHCHECK', health: { kind: 'CMD', test: ['CMD-SHELL', '$X'] } });
    expect(out[5]).toMatchObject({ kind: 'MAINTAINER', maintainer: '$X' });
    expect(out[6]).toMatchObject({ kind: 'ONBUILD', expression: 'RUN $X' });
  });

  test('RUN mount options with variables are checked once expanded (uid=${UID}, type=$T), as BuildKit defers them', () => {
    const { out } = run('FROM alpine\nARG UID=1000 M=0700 T=cache\nRUN --mount=type=cache,target=/c,uid=${UID},mode=$M --mount=type=$T,target=/d,uid=1 true\n');
    expect(out[1]).toMatchObject({ kind: 'RUN', mounts: [{ type: 'cache', target: '/c', uid: 1000, mode: 0o700 }, { type: 'cache', target: '/d', uid: 1 }] });
    expect(() => run('FROM alpine\nARG UID=x\nRUN --mount=type=cache,target=/c,uid=${UID} true\n')).toThrow('invalid value x for uid');
  });

  test('COPY heredoc bodies expand unless the delimiter is quoted; quotes and other text stay', () => {
    const { out } = run('FROM alpine\nARG N=x\nCOPY <<A <<"B" /d/\n"$N" \\$N\nA\n$N\nB\n');
    expect(out[1]).toMatchObject({ kind: 'COPY', heredocs: [{ path: 'A', data: '"x" $N\n', expand: true }, { path: 'B', data: '$N\n', expand: false }] });
  });

  test('a ${x:?message} error names the Dockerfile line', () => {
    expect(() => run('FROM alpine\n\nUSER ${NOBODY:?who}\n')).toThrow(new DockerfileError('Dockerfile', 3, 'failed to process "${NOBODY:?who}": NOBODY: who'));
  });

  test('a global ARG default that fails to expand: today\'s BuildKit fails at its line, Engine 26\'s frontend leaves it empty', () => {
    const df = 'ARG FOO=${FOO:?"custom error"}\nARG BAR=x${FOO}y\nFROM alpine\nARG FOO\nARG BAR\nLABEL v="[$FOO][$BAR]"\n';
    expect(() => run(df)).toThrow(new DockerfileError('Dockerfile', 1, 'failed to process "${FOO:?\\"custom error\\"}": FOO: custom error'));
    const { out } = run(df, { legacyFrontend: true });
    expect(out.at(-1)).toMatchObject({ kind: 'LABEL', pairs: [{ key: 'v', value: '[][xy]' }] });
  });

  test('records variables used before any ARG/ENV defines them, with a hint or a close name', () => {
    const { scopes } = run('ARG G=1\nFROM alpine\nARG BARE\nENV HOMEDIR=/h\nLABEL a=$G b=$LATER c=$NEVER d=$BARE e=${HOMEDR:-x} f=$PATH\nENV LATER=2\nEXPOSE $PORT\n');
    const uses = scopes.get(0)!.undefinedUses.map((u) => ({ line: u.at.startLine, name: u.name, suggestion: u.suggestion, hint: u.hint }));
    expect(uses).toEqual([
      { line: 5, name: 'G', suggestion: undefined, hint: 'global ARG G needs "ARG G" in the stage to be visible' },
      { line: 5, name: 'LATER', suggestion: undefined, hint: 'ENV LATER is declared later, on line 6' },
      { line: 5, name: 'NEVER', suggestion: undefined, hint: undefined },
      { line: 5, name: 'HOMEDR', suggestion: 'HOMEDIR', hint: undefined },
    ]);
  });

  test('an ARG default a --build-arg replaces is not checked for undefined variables', () => {
    const { scopes } = run('FROM alpine\nARG A=$NOPE B=$NOPE2\n', { buildArgs: { A: 'given' } });
    expect(scopes.get(0)!.undefinedUses.map((u) => u.name)).toEqual(['NOPE2']);
  });
});

describe('planStages', () => {
  test('global args include the platform args and --build-arg overrides', () => {
    const { plan } = run('ARG V=1\nFROM alpine:$V\n', { buildArgs: { V: '2' }, targetPlatform: { os: 'linux', architecture: 'arm', variant: 'v7' } });
    expect(plan.globalArgs.get('V')).toBe('2');
    expect(plan.globalArgs.get('TARGETPLATFORM')).toBe('linux/arm/v7');
    expect(plan.globalArgs.get('TARGETVARIANT')).toBe('v7');
    expect(plan.globalArgs.get('BUILDARCH')).toBe('amd64');
    expect(plan.stages[0].base).toEqual({ kind: 'image', ref: 'alpine:2' });
  });

  test('target selection is case-insensitive and prunes what the target does not need', () => {
    const { plan } = run('FROM alpine AS A\nFROM alpine AS b\nFROM scratch AS c\nCOPY --from=a / /\n', { target: 'C' });
    expect(plan.stages.map((s) => s.index)).toEqual([0, 2]);
    expect(plan.target.index).toBe(2);
    expect(plan.allStages).toHaveLength(3);
  });

  test('warns about build args no ARG declares (proxy and platform args excepted)', () => {
    const { plan } = run('FROM alpine\nARG USED\n', { buildArgs: { USED: '1', EXTRA: '2', no_proxy: 'x', TARGETOS: 'linux' } });
    expect(plan.warnings.map((w) => w.message)).toEqual(['build-arg "EXTRA" was not consumed: no ARG declares it in the stages built']);
    // BuildKit's inline cache arg is taken (no ARG needed) and said to do nothing here.
    expect(run('FROM alpine\n', { buildArgs: { BUILDKIT_INLINE_CACHE: '1' } }).plan.warnings.map((w) => w.message)).toEqual([expect.stringContaining('build-arg BUILDKIT_INLINE_CACHE: no inline cache is written')]);
    expect(run('FROM alpine\n', { buildArgs: { BUILDKIT_INLINE_CACHE: '0' } }).plan.warnings).toEqual([]);
  });

  test('a --from near a stage name is a typo, unless a named build context has that name', () => {
    const text = 'FROM alpine AS js\nFROM alpine\nCOPY --from=go /usr/local/go /go\nRUN --mount=from=go,target=/g true\n';
    expect(() => run(text)).toThrow('COPY --from=go: no build stage named "go" (did you mean js?)');
    const namedContexts = parseNamedContexts(['go=docker-image://127.0.0.1:5000/golang:1.22'], '/');
    expect(() => run(text, { namedContexts })).not.toThrow();
    expect(run('FROM alpine AS js\nFROM alpine\nRUN --mount=from=go,target=/g true\n', { namedContexts }).plan.stages).toHaveLength(1);
  });
});

describe('parseInstruction', () => {
  test('parses ONBUILD triggers from an image config, heredocs included', () => {
    expect(parseInstruction('RUN echo hi', { file: 'base:onbuild', line: 5 })).toMatchObject({ kind: 'RUN', form: 'shell', command: 'echo hi', startLine: 5 });
    expect(parseInstruction('COPY <<EOF /x\nbody\nEOF', { file: 'base:onbuild' })).toMatchObject({ kind: 'COPY', dest: '/x', heredocs: [{ path: 'EOF', data: 'body\n' }] });
    expect(parseInstruction('ADD --chown=1:1 . /app', { file: 'f' })).toMatchObject({ kind: 'ADD', chown: '1:1', sources: ['.'], dest: '/app' });
  });

  test('errors name the given file and line', () => {
    expect(() => parseInstruction('COPY x', { file: 'image onbuild', line: 2 })).toThrow('image onbuild:2: COPY requires at least two arguments');
  });
});
