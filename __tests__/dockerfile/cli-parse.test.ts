/** `hoist parse`: JSON output, options, context files, and `file:line` errors with exit status 1. */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { parseFlags } from '../../src/cli/flags.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function context(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hoist-parse-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function hoist(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['parse', ...argv], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
    cwd,
    signal: new AbortController().signal,
  });
  return { code, stdout, stderr };
}

describe('hoist parse', () => {
  test('prints stages in build order and every instruction expanded', async () => {
    const dir = context({
      Dockerfile: 'ARG BASE=alpine\nFROM ${BASE} AS build\nARG V=1\nENV DIR=/app\nWORKDIR $DIR\nRUN echo $V\nFROM scratch\nCOPY --from=build $DIR /out\n',
    });
    const r = await hoist(['--build-arg', 'V=2', '--build-arg', 'BASE=debian', '--platform', 'linux/arm64', '.'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.stages).toEqual([
      { index: 0, name: 'build', base: { kind: 'image', ref: 'debian' }, dependsOn: [] },
      { index: 1, base: { kind: 'scratch' }, dependsOn: [0] },
    ]);
    expect(out.instructions.map((i: { name: string; startLine: number; args: string[] }) => [i.name, i.startLine, ...i.args])).toEqual([
      ['ARG', 1, 'BASE=debian'],
      ['FROM', 2, 'debian', 'AS', 'build'],
      ['ARG', 3, 'V=2'],
      ['ENV', 4, 'DIR=/app'],
      ['WORKDIR', 5, '/app'],
      ['RUN', 6, 'echo $V'],
      ['FROM', 7, 'scratch'],
      ['COPY', 8, '', '/out'], // $DIR is not set in the second stage: an empty source, as in docker build
    ]);
    expect(out.instructions[7].flags).toEqual({ from: 'build' });
    // DIR belongs to another stage; this one starts FROM scratch, so its ENV is known to lack it (BuildKit's UndefinedVar)
    expect(r.stderr).toBe("warning: Dockerfile:8: UndefinedVar: Usage of undefined variable '$DIR'\n");
  });

  test('--target prunes and --file reads another Dockerfile; --build-arg NAME reads the environment', async () => {
    const dir = context({ 'docker/App.dockerfile': 'FROM alpine AS a\nARG X\nLABEL x=$X\nFROM alpine AS b\nRUN false\n' });
    const r = await hoist(['--file', 'docker/App.dockerfile', '--target', 'A', '--build-arg', 'X', '--build-arg', 'UNSET_ONE', '.'], dir, { X: 'from-env' });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.file).toBe('docker/App.dockerfile');
    expect(out.target).toEqual({ index: 0, name: 'a' });
    expect(out.stages.map((s: { index: number }) => s.index)).toEqual([0]);
    expect(out.instructions[2].args).toEqual(['x=from-env']);
  });

  test('--context-files lists what survives .dockerignore (the Dockerfile-specific file wins)', async () => {
    const dir = context({
      Dockerfile: 'FROM scratch\nCOPY . /\n',
      'Dockerfile.dockerignore': '*.log\n',
      '.dockerignore': '*\n',
      'a.log': 'x',
      'src/main.go': 'x',
      'src/debug.log': 'x',
    });
    const r = await hoist(['--context-files', dir], '/');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.dockerignore).toBe(path.relative('/', path.join(dir, 'Dockerfile.dockerignore')));
    // `*.log` matches at the root only
    expect(out.contextFiles).toEqual(['.dockerignore', 'Dockerfile', 'Dockerfile.dockerignore', 'src/', 'src/debug.log', 'src/main.go']);
  });

  test.each([
    ['an unterminated heredoc', 'FROM alpine\nRUN <<EOF\necho\n', 'Dockerfile:2: unterminated heredoc EOF'],
    ['an unknown instruction', 'FROM alpine\n\nCOPPY a b\n', 'Dockerfile:3: unknown instruction: COPPY (did you mean COPY?)'],
    ['a bad flag', 'FROM alpine\nRUN --mout=type=cache,target=/c true\n', 'Dockerfile:2: unknown flag: mout (did you mean mount?)'],
    ['a missing argument', 'FROM alpine\nUSER\n', 'Dockerfile:2: USER requires exactly one argument'],
    ['COPY --from of an unknown stage', 'FROM alpine AS build\nFROM scratch\nCOPY --from=biuld /a /a\n', 'Dockerfile:3: COPY --from=biuld: no build stage named "biuld" (did you mean build?)'],
  ])('%s fails with file:line and exit status 1', async (_what, text, message) => {
    const dir = context({ Dockerfile: text });
    const r = await hoist([dir], '/');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${path.relative('/', path.join(dir, 'Dockerfile'))}${message.slice('Dockerfile'.length)}\n`);
  });

  test('an ARG used before it is declared is a warning with its line', async () => {
    const dir = context({ Dockerfile: 'FROM alpine\nWORKDIR /src/$VERSION\nARG VERSION=1\n' });
    const r = await hoist(['-f', path.join(dir, 'Dockerfile'), dir], '/');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`warning: ${path.join(dir, 'Dockerfile')}:2: UndefinedVar: Usage of undefined variable '$VERSION'\n`);
    expect(JSON.parse(r.stdout).warnings).toHaveLength(1);
  });

  test('usage errors exit 2', async () => {
    const r = await runCli(['parse', '--bogus'], { stdout: () => {}, stderr: () => {}, env: {}, cwd: '/', signal: new AbortController().signal });
    expect(r).toBe(2);
  });

  test("a bad flag of any command is a usage error in docker's CLI words", async () => {
    for (const [argv, words] of [
      [['build', '--bogus'], 'unknown flag: --bogus'],
      [['build', '-x', '.'], "unknown shorthand flag: 'x' in -x"],
      [['build', '.', '--tag'], 'flag needs an argument: --tag'],
      [['build', '.', '-t'], 'flag needs an argument: --tag'],
      [['imagetools', 'inspect', '--nope', 'a/b'], 'unknown flag: --nope'],
    ] as const) {
      let err = '';
      const code = await runCli([...argv], { stdout: () => {}, stderr: (t) => (err += t), env: {}, cwd: '/', signal: new AbortController().signal });
      expect([argv.join(' '), code]).toEqual([argv.join(' '), 2]);
      expect(err).toContain(words);
      expect(err).toContain('usage: ');
    }
  });

  test("shorthand flags take a value after '=' as docker's flag parser (pflag) does", () => {
    const options = { tag: { type: 'string', short: 't', multiple: true }, file: { type: 'string', short: 'f' }, quiet: { type: 'boolean', short: 'q' } } as const;
    const parse = (args: string[]) => parseFlags({ args, options, allowPositionals: true });
    expect(parse(['-t=app:1', '-qt=app:2', '-tapp:3', '-t', '-t=x', '-f==D', '.', '--', '-t=y']).values).toEqual({ tag: ['app:1', 'app:2', 'app:3', '-t=x'], quiet: true, file: '=D' });
    expect(parse(['-t=app:1', '.', '--', '-t=y']).positionals).toEqual(['.', '-t=y']);
    // Only the '=' right after the letter goes; a long flag keeps its value as written.
    expect(parse(['--tag==a', '-t=a=b']).values.tag).toEqual(['=a', 'a=b']);
    // An empty value is a value (`-f ""`), not a flag without one.
    expect(parse(['-f', '', '-t', '', '.']).values).toEqual({ file: '', tag: [''] });
  });

  test('boolean flags take a value as pflag reads it (strconv.ParseBool); the last one given wins', async () => {
    const options = { push: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' }, tag: { type: 'string', short: 't' } } as const;
    const parse = (args: string[]) => parseFlags({ args, options, allowPositionals: true }).values;
    expect(parse(['--push=true', '--quiet=1'])).toEqual({ push: true, quiet: true });
    expect(parse(['--push', '--push=false', '-q', '--quiet=F'])).toEqual({});
    expect(parse(['--push=false', '--push', '--tag=x=false'])).toEqual({ push: true, tag: 'x=false' });
    expect(parse(['.', '--', '--push=false'])).toEqual({});
    expect(() => parse(['--push=maybe'])).toThrow('invalid argument "maybe" for "--push" flag: strconv.ParseBool: parsing "maybe": invalid syntax');
    let err = '';
    const code = await runCli(['build', '--no-cache=maybe', '.'], { stdout: () => {}, stderr: (t) => (err += t), env: {}, cwd: '/', signal: new AbortController().signal });
    expect([code, err]).toEqual([2, expect.stringContaining('invalid argument "maybe" for "--no-cache" flag')]);
  });
});
