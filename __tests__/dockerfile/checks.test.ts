/**
 * Build checks: BuildKit's Dockerfile lint rules, their messages and lines (as `docker build` prints them:
 * `Rule: message (line N)`), the `# check=` directive and BUILDKIT_DOCKERFILE_CHECK.
 */
import { describe, expect, test } from '@jest/globals';
import { checkConfigOf, checkViolation, formatCheckWarning, parseCheckOptions, runChecks, RULES, type BaseConfigView, type CheckOptions } from '../../src/dockerfile/checks.js';
import { DockerfileError, parseDockerfile, planStages, type PlannedStage } from '../../src/dockerfile/index.js';
import { IgnoreMatcher } from '../../src/context/dockerignore.js';
import { formatCheckReport } from '../../src/build/check.js';

const amd64 = { os: 'linux', architecture: 'amd64' };

function lint(text: string, o: { buildArgs?: Record<string, string>; target?: string; all?: boolean; base?: (s: PlannedStage) => BaseConfigView | undefined; platform?: CheckOptions['targetPlatform']; dockerignore?: string[] } = {}): string[] {
  const df = parseDockerfile(text, { file: 'Dockerfile' });
  const targetPlatform = o.platform ?? amd64;
  const plan = planStages(df, { buildArgs: o.buildArgs ?? {}, target: o.target, targetPlatform, buildPlatform: amd64 });
  const warnings = runChecks(df, plan, {
    config: checkConfigOf(df, o.buildArgs ?? {}),
    stages: o.all ? plan.allStages : plan.stages,
    baseConfig: o.base ?? (() => ({ env: [], shell: [] })),
    targetPlatform,
    buildPlatform: amd64,
    ...(o.dockerignore ? { dockerignore: new IgnoreMatcher(o.dockerignore) } : {}),
  });
  return warnings.map(formatCheckWarning);
}

describe('build check rules', () => {
  test.each<[string, string, string[], Record<string, string>?]>([
    ['StageNameCasing and FromAsCasing', 'FROM alpine AS BuildBase\nFROM alpine as final\nFROM scratch AS Last\n', [
      "StageNameCasing: Stage name 'BuildBase' should be lowercase (line 1)",
      "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 2)",
      "StageNameCasing: Stage name 'Last' should be lowercase (line 3)",
    ]],
    ['FromAsCasing with a lower-case from, and a mixed-case From is not judged', 'from alpine AS a\nrun true\nFrom alpine As b\nrun true\n', [
      "FromAsCasing: 'AS' and 'from' keywords' casing do not match (line 1)",
      "ConsistentInstructionCasing: Command 'From' should match the case of the command majority (lowercase) (line 3)",
    ]],
    ['NoEmptyContinuation is placed on the instruction\'s last line', 'FROM alpine\nRUN echo a \\\n\n  b \\\n  c\n', ['NoEmptyContinuation: Empty continuation line (line 5)']],
    ['ConsistentInstructionCasing against the majority', 'FROM alpine\nrun true\nRUN true\n', ["ConsistentInstructionCasing: Command 'run' should match the case of the command majority (uppercase) (line 2)"]],
    ['ConsistentInstructionCasing: a tie is upper case', 'FROM alpine\nrun true\n', ["ConsistentInstructionCasing: Command 'run' should match the case of the command majority (uppercase) (line 2)"]],
    ['NoEmptyContinuation before a heredoc is on the last continued line', 'FROM alpine\nCOPY <<EOF \\\n\n  /dest\nbody\nEOF\n', ['NoEmptyContinuation: Empty continuation line (line 4)']],
    ['global ARGs are not counted for casing', 'arg A=1\narg B=2\nFROM alpine\nRUN true\n', []],
    ['DuplicateStageName and ReservedStageName', 'FROM alpine AS a\nFROM alpine AS a\nFROM alpine AS scratch\nFROM alpine AS context\n', [
      'DuplicateStageName: Duplicate stage name "a", stage names should be unique (line 2)',
      'ReservedStageName: Stage name should not use the same name as reserved stage "scratch" (line 3)',
      'ReservedStageName: Stage name should not use the same name as reserved stage "context" (line 4)',
    ]],
    ['JSONArgsRecommended for shell-form CMD and ENTRYPOINT, not RUN or HEALTHCHECK', 'FROM alpine\nRUN true\nHEALTHCHECK CMD true\nENTRYPOINT my-app\nCMD ["--x"]\n', [
      'JSONArgsRecommended: JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals (line 4)',
    ]],
    ['JSONArgsRecommended is not reported once a SHELL is set, in the stage or a parent stage', 'FROM alpine AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nCMD run-it\n', []],
    ['MultipleInstructionsDisallowed names the earlier instruction, per stage', 'FROM alpine AS a\nCMD ["a"]\nCMD ["b"]\nHEALTHCHECK NONE\nHEALTHCHECK CMD ["true"]\nFROM a\nCMD ["c"]\n', [
      'MultipleInstructionsDisallowed: Multiple CMD instructions should not be used in the same stage because only the last one will be used (line 2)',
      'MultipleInstructionsDisallowed: Multiple HEALTHCHECK instructions should not be used in the same stage because only the last one will be used (line 4)',
    ]],
    ['MaintainerDeprecated', 'FROM alpine\nMAINTAINER me <me@example.com>\n', ['MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)']],
    ['UndefinedArgInFrom with a suggestion; declared and predefined args are fine', 'ARG VERSION=1\nFROM alpine:$VERSON\nFROM --platform=$BUILDPLATFORM alpine:$VERSION\nFROM alpine:${NOPE:-3}\n', [
      'InvalidDefaultArgInFrom: Default value for ARG alpine:$VERSON results in empty or invalid base image name (line 2)',
      "UndefinedArgInFrom: FROM argument 'VERSON' is not declared (did you mean VERSION?) (line 2)",
      "UndefinedArgInFrom: FROM argument 'NOPE' is not declared (line 4)",
    ]],
    ['WorkdirRelativePath only before any WORKDIR of the stage chain', 'FROM alpine AS a\nWORKDIR app\nWORKDIR sub\nFROM alpine AS b\nWORKDIR /abs\nWORKDIR rel\nFROM b\nWORKDIR rel2\nCOPY --from=a /x /x\n', [
      'WorkdirRelativePath: Relative workdir "app" can have unexpected results if the base image changes (line 2)',
    ]],
    ['UndefinedVar: ENV, LABEL, COPY and RUN --mount are checked; RUN commands, CMD and EXPOSE are not', 'FROM alpine\nARG DECLARED\nENV A=$DECLARED B=$PATH C=$NOPE\nLABEL l=${ALSO:-x}\nCOPY $SRC /dst\nRUN echo $NOT_CHECKED\nCMD echo $NOT_CHECKED\nEXPOSE $PORT\nRUN --mount=type=cache,target=/c$CACHE_DIR true\nARG X=1 Y=$X\n', [
      "UndefinedVar: Usage of undefined variable '$NOPE' (line 3)",
      "UndefinedVar: Usage of undefined variable '$ALSO' (line 4)",
      "UndefinedVar: Usage of undefined variable '$SRC' (did you mean $C?) (line 5)",
      'JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 7)',
      "UndefinedVar: Usage of undefined variable '$CACHE_DIR' (line 9)",
    ]],
    ['UndefinedVar suggests a defined name, and knows the base image ENV', 'FROM alpine\nENV APP_HOME=/app\nCOPY x $APP_HOM/\n', [
      "UndefinedVar: Usage of undefined variable '$APP_HOM' (did you mean $APP_HOME?) (line 3)",
    ]],
    ['LegacyKeyValueFormat for ENV and LABEL', 'FROM alpine\nENV A 1\nLABEL b 2\nENV C=3\n', [
      'LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format (line 2)',
      'LegacyKeyValueFormat: "LABEL key=value" should be used instead of legacy "LABEL key value" format (line 3)',
    ]],
    ['SecretsUsedInArgOrEnv by _-separated words, public ones excepted, stage ARGs only', 'ARG GLOBAL_TOKEN\nFROM alpine\nARG GITHUB_TOKEN AWS_SECRET_ACCESS_KEY MONKEY\nENV DB_PASSWORD=x PUBLIC_KEY=y apikey=z TOKENIZER=1\n', [
      'SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG "GITHUB_TOKEN") (line 3)',
      'SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG "AWS_SECRET_ACCESS_KEY") (line 3)',
      'SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ENV "DB_PASSWORD") (line 4)',
      'SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ENV "apikey") (line 4)',
    ]],
    ['InvalidDefaultArgInFrom: a default that leaves the base name empty or invalid', 'ARG IMAGE\nARG TAG\nFROM $IMAGE\nFROM busybox:$TAG\nFROM alpine:${TAG:-3}\n', [
      'InvalidDefaultArgInFrom: Default value for ARG $IMAGE results in empty or invalid base image name (line 3)',
      'InvalidDefaultArgInFrom: Default value for ARG busybox:$TAG results in empty or invalid base image name (line 4)',
    ], { IMAGE: 'alpine', TAG: '1' }],
    ['a bare global ARG keeps the default before it', 'ARG TAG=3\nARG TAG\nFROM alpine:$TAG\n', []],
    ['RedundantTargetPlatform and FromPlatformFlagConstDisallowed (a stage named for its platform is fine)', 'FROM --platform=$TARGETPLATFORM alpine\nFROM --platform=${TARGETPLATFORM} alpine\nFROM --platform=linux/amd64 alpine AS build\nFROM --platform=linux/amd64 alpine AS build-amd64\nFROM --platform=$BUILDPLATFORM alpine\n', [
      'RedundantTargetPlatform: Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior (line 1)',
      'RedundantTargetPlatform: Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the default behavior (line 2)',
      'FromPlatformFlagConstDisallowed: FROM --platform flag should not use constant value "linux/amd64" (line 3)',
    ]],
    ['ExposeProtoCasing and ExposeInvalidFormat', 'FROM alpine\nEXPOSE 80/TcP 443/tcp 8080:80 127.0.0.1:53:53/UDP\n', [
      "ExposeProtoCasing: Defined protocol '127.0.0.1:53:53/UDP' in EXPOSE instruction should be lowercase (line 2)",
      "ExposeInvalidFormat: EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:53:53/UDP' (line 2)",
      "ExposeProtoCasing: Defined protocol '80/TcP' in EXPOSE instruction should be lowercase (line 2)",
      "ExposeInvalidFormat: EXPOSE instruction should not define an IP address or host-port mapping, found '8080:80' (line 2)",
    ]],
    ['a clean Dockerfile reports nothing', 'ARG NODE=24\nFROM node:${NODE} AS build\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci\nFROM gcr.io/distroless/nodejs\nCOPY --from=build /app /app\nCMD ["/app/index.js"]\n', []],
  ])('%s', (...row) => {
    // (a rest parameter: a fourth named one would make Jest wait for a `done` callback)
    const [, text, expected, buildArgs] = row;
    expect(lint(text, { buildArgs })).toEqual(expected);
  });

  test('rules on what instructions do run on the stages built; rules on the file as written on every stage', () => {
    const text = 'FROM alpine AS Unused\nCMD unused\nFROM alpine AS final\nCMD used\n';
    expect(lint(text)).toEqual([
      "StageNameCasing: Stage name 'Unused' should be lowercase (line 1)",
      'JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 4)',
    ]);
    expect(lint(text, { all: true })).toContain('JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 2)');
  });

  test('a base image whose config is unknown: only undefined variables hoist can explain, no JSONArgsRecommended', () => {
    const text = 'ARG G=1\nFROM golang\nWORKDIR $GOPATH/$G\nCMD go run .\nFROM scratch\nENV A=$NOPE\n';
    expect(lint(text, { all: true, base: () => undefined })).toEqual([
      `UndefinedVar: Usage of undefined variable '$G' (line 3)`,
      "UndefinedVar: Usage of undefined variable '$NOPE' (line 6)",
    ]);
  });

  test('an undefined variable is reported once per word that uses it (BuildKit expands word by word), once within a word', () => {
    expect(lint('FROM scratch\nCOPY $a $a /x\nENV A=$X B=$X C=$X$X\n')).toEqual([
      "UndefinedVar: Usage of undefined variable '$a' (line 2)",
      "UndefinedVar: Usage of undefined variable '$a' (line 2)",
      "UndefinedVar: Usage of undefined variable '$X' (line 3)",
      "UndefinedVar: Usage of undefined variable '$X' (line 3)",
      "UndefinedVar: Usage of undefined variable '$X' (line 3)",
    ]);
  });

  test("what the base image's ONBUILD triggers set counts as defined (they run first in the stage)", () => {
    const base = (): BaseConfigView => ({ env: [], shell: [], onBuild: ['ENV APP_DIR=/app', 'ARG FLAVOR'] });
    expect(lint('FROM onbuild-base\nWORKDIR $APP_DIR\nLABEL f=$FLAVOR g=$NOPE\n', { base })).toEqual(["UndefinedVar: Usage of undefined variable '$NOPE' (line 3)"]);
  });

  test("the base image's SHELL and ENV count, and its platform is compared with the build's", () => {
    const base = (): BaseConfigView => ({ env: ['GOPATH=/go'], shell: ['/bin/bash', '-c'], platform: { os: 'linux', architecture: 'arm64' } });
    expect(lint('FROM golang\nWORKDIR $GOPATH/src\nCMD go run .\n', { base })).toEqual([
      'InvalidBaseImagePlatform: Base image golang was pulled with platform "linux/arm64", expected "linux/amd64" for current build (line 1)',
    ]);
  });
});

describe('check options', () => {
  test('parses skip, error and experimental as BuildKit does', () => {
    expect(parseCheckOptions('skip=JSONArgsRecommended, StageNameCasing;error=true')).toMatchObject({ skipAll: false, skip: new Set(['JSONArgsRecommended', 'StageNameCasing']), error: true });
    expect(parseCheckOptions(' skip=all ')).toMatchObject({ skipAll: true, error: false });
    expect(parseCheckOptions('experimental=all;error=1')).toMatchObject({ experimentalAll: true, error: true });
    expect(parseCheckOptions('')).toMatchObject({ skipAll: false, error: false });
    expect(parseCheckOptions('skip=A; error= true')).toMatchObject({ skip: new Set(['A']), error: true });
    expect(parseCheckOptions('error=true ;skip=all')).toMatchObject({ skipAll: true, error: true });
    expect(() => parseCheckOptions('skip')).toThrow('invalid check option "skip"');
    expect(() => parseCheckOptions('ignore=all')).toThrow('invalid check option "ignore"');
    expect(() => parseCheckOptions('error=yes')).toThrow('failed to parse check option "error=yes": strconv.ParseBool: parsing "yes": invalid syntax');
  });

  test('the directive skips rules; skip=all silences every rule', () => {
    expect(lint('# check=skip=JSONArgsRecommended\nFROM alpine as a\nCMD x\n')).toEqual(["FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 2)"]);
    expect(lint('# check=skip=all\nFROM alpine as a\nCMD x\n')).toEqual([]);
  });

  test("the directive is read up to its first space, as BuildKit reads it (a list with spaces keeps its first name)", () => {
    expect(lint('# check=skip=FromAsCasing, ConsistentInstructionCasing\nFROM scratch as x\ncopy a /b\nCOPY c /d\n')).toEqual([
      "ConsistentInstructionCasing: Command 'copy' should match the case of the command majority (uppercase) (line 3)",
    ]);
    expect(lint('# check=skip=ConsistentInstructionCasing // because\nFROM scratch\ncopy a /b\nCOPY c /d\nCOPY e /f\n')).toEqual([]);
    expect(() => lint('# check=skip=all; error=true\nFROM scratch\n')).toThrow('failed to parse check options: invalid check option ""');
  });

  test('a # check=skip= comment right above an instruction skips those rules there only, a // reason allowed', () => {
    const df = [
      'FROM alpine',
      '# check=skip=JSONArgsRecommended',
      'CMD mycommand',
      'ENTRYPOINT myentry',
      '# the secret is a file path',
      '# check=skip=SecretsUsedInArgOrEnv // allow secret in arg',
      'ARG API_TOKEN',
      'ENV DB_PASSWORD=x',
      '# check=skip=all',
      'MAINTAINER me',
      '#',
      'MAINTAINER again',
      '',
    ].join('\n');
    expect(lint(df)).toEqual([
      'JSONArgsRecommended: JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals (line 4)',
      'SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ENV "DB_PASSWORD") (line 8)',
      'MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 12)',
    ]);
  });

  test('SecretsUsedInArgOrEnv allows _FILE, _VERSION and PUBLIC_ words, as BuildKit', () => {
    expect(lint('FROM alpine\nARG DB_PASSWORD_FILE AUTH_VERSION PUBLIC_KEY\nENV NPM_TOKEN_FILE=x\n')).toEqual([]);
  });

  test('CopyIgnoredFile: a context source .dockerignore excludes (itself or a parent); none when the file has exceptions', () => {
    const df = 'FROM alpine AS b\nFROM b\nCOPY Dockerfile .\nADD Dockerfile /windy\nCOPY ./dist/app.js /app/\nCOPY src/ /src/\nCOPY --from=b Dockerfile /x\nADD https://example.com/Dockerfile /y\nCOPY . /all/\nCOPY <<EOF /h\nx\nEOF\n';
    expect(lint(df, { dockerignore: ['Dockerfile', 'dist', '*.md'] })).toEqual([
      'CopyIgnoredFile: Attempting to Copy file "Dockerfile" that is excluded by .dockerignore (line 3)',
      'CopyIgnoredFile: Attempting to Add file "Dockerfile" that is excluded by .dockerignore (line 4)',
      'CopyIgnoredFile: Attempting to Copy file "dist/app.js" that is excluded by .dockerignore (line 5)',
    ]);
    expect(lint(df, { dockerignore: ['Dockerfile', 'dist', '!dist/app.js'] })).toEqual([]);
    expect(lint(`# check=skip=CopyIgnoredFile\n${df}`, { dockerignore: ['Dockerfile'] })).toEqual([]);
  });

  test('--check output: a rule BuildKit documents nowhere (InvalidBaseImagePlatform) has no link, as buildx prints it', () => {
    const w = { rule: 'InvalidBaseImagePlatform', description: RULES.InvalidBaseImagePlatform.description, url: RULES.InvalidBaseImagePlatform.url, message: 'Base image x was pulled with platform "linux/arm64", expected "linux/amd64" for current build', file: 'Dockerfile', line: 1, endLine: 1 };
    const out = formatCheckReport({ file: 'Dockerfile', text: 'FROM x\n', warnings: [w, { ...w, rule: 'StageNameCasing', url: RULES.StageNameCasing.url }] } as Parameters<typeof formatCheckReport>[0]);
    expect(out).toContain('\nWARNING: InvalidBaseImagePlatform\nBase image x');
    expect(out).toContain('\nWARNING: StageNameCasing - https://docs.docker.com/go/dockerfile/rule/stage-name-casing/\n');
  });

  test('the BUILDKIT_DOCKERFILE_CHECK build arg replaces the directive', () => {
    expect(lint('# check=skip=all\nFROM alpine as a\n', { buildArgs: { BUILDKIT_DOCKERFILE_CHECK: 'skip=StageNameCasing' } })).toEqual(["FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 2)"]);
    expect(lint('# check=skip=FromAsCasing\nFROM alpine as a\n', { buildArgs: { BUILDKIT_DOCKERFILE_CHECK: '' } })).toEqual(["FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 2)"]);
  });

  test('a bad value names where it came from', () => {
    const df = parseDockerfile('# check=error=maybe\nFROM alpine\n', { file: 'Dockerfile' });
    expect(() => checkConfigOf(df, {})).toThrow(new DockerfileError('Dockerfile', 0, 'failed to parse check options: failed to parse check option "error=maybe": strconv.ParseBool: parsing "maybe": invalid syntax'));
    expect(() => checkConfigOf(df, { BUILDKIT_DOCKERFILE_CHECK: 'nope' })).toThrow('failed to parse build-arg:BUILDKIT_DOCKERFILE_CHECK: invalid check option "nope"');
  });

  test('error=true turns reports into a violation naming each rule once', () => {
    const df = parseDockerfile('# check=error=true\nFROM alpine as a\nCMD x\nCMD y\n', { file: 'Dockerfile' });
    const plan = planStages(df, { buildArgs: {}, targetPlatform: amd64, buildPlatform: amd64 });
    const config = checkConfigOf(df, {});
    const warnings = runChecks(df, plan, { config, baseConfig: () => ({ env: [], shell: [] }), targetPlatform: amd64, buildPlatform: amd64 });
    expect(checkViolation(config, warnings)).toBe('lint violation found for rules: FromAsCasing, JSONArgsRecommended, MultipleInstructionsDisallowed');
    expect(checkViolation(checkConfigOf(df, { BUILDKIT_DOCKERFILE_CHECK: 'error=false' }), warnings)).toBeUndefined();
    expect(checkViolation(config, [])).toBeUndefined();
  });
});
