/**
 * Interface audit against docker/build-push-action (inputs read with @docker/actions-toolkit's getInputList) and
 * `docker buildx build` (the CLI's flags): cases where hoist used to read a value differently.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { INPUT_DEFAULTS, parseConfig, secretValues, type Env, type RawInputs } from '../../src/inputs.js';
import { inputItems, inputLines, parseBuildArgLines } from '../../src/action/input-parsers.js';
import { parsePairs, parseSecrets } from '../../src/cli/build-command.js';
import { runCli } from '../../src/cli/main.js';

const HOST = { os: 'linux', architecture: 'amd64' };

function raw(over: Partial<RawInputs> = {}): RawInputs {
  return { ...Object.fromEntries(Object.keys(INPUT_DEFAULTS).map((k) => [k, ''])), ...over } as RawInputs;
}

function parse(over: Partial<RawInputs> = {}, env: Env = {}) {
  return parseConfig(raw(over), { GITHUB_WORKSPACE: '/ws', GITHUB_EVENT_NAME: 'push', HOME: '/home/u', ...env }, '/elsewhere', HOST);
}

describe('build-push-action list inputs (getInputList)', () => {
  test('a quoted entry may span lines, as in the CSV build-push-action reads (multi-line secrets)', () => {
    const input = ['"GPG_KEY=-----BEGIN-----', 'line two', '', '-----END-----"', 'FOO=bar', '"JSON={""a"":""b""}"'].join('\n');
    expect(inputLines(input)).toEqual([
      { text: 'GPG_KEY=-----BEGIN-----\nline two\n\n-----END-----', line: 1 },
      { text: 'FOO=bar', line: 5 },
      { text: 'JSON={"a":"b"}', line: 6 },
    ]);
    const { config } = parse({ secrets: input });
    expect(config.secrets).toEqual([
      { id: 'GPG_KEY', kind: 'value', value: '-----BEGIN-----\nline two\n\n-----END-----' },
      { id: 'FOO', kind: 'value', value: 'bar' },
      { id: 'JSON', kind: 'value', value: '{"a":"b"}' },
    ]);
    expect(secretValues(raw({ secrets: input }), {})).toContain('-----BEGIN-----\nline two\n\n-----END-----');
  });

  test('an unclosed quote stays one line, as before', () => {
    expect(inputLines('"A=b\nC=d')).toEqual([
      { text: '"A=b', line: 1 },
      { text: 'C=d', line: 2 },
    ]);
  });

  test('multi-line quoted build-args', () => {
    expect(parseBuildArgLines('build-args', '"CERT=a\nb"\nX=1', {})).toEqual({ CERT: 'a\nb', X: '1' });
  });

  test('secret-envs is split on commas too (getInputList without ignoreComma)', () => {
    expect(inputItems('A=ENV_A,B=ENV_B\nC=ENV_C')).toEqual([
      { text: 'A=ENV_A', line: 1 },
      { text: 'B=ENV_B', line: 1 },
      { text: 'C=ENV_C', line: 2 },
    ]);
    const env = { ENV_A: 'va', ENV_B: 'vb', ENV_C: 'vc' };
    const { config } = parse({ 'secret-envs': 'A=ENV_A,B=ENV_B\nC=ENV_C' }, env);
    expect(config.secrets).toEqual([
      { id: 'A', kind: 'value', value: 'va' },
      { id: 'B', kind: 'value', value: 'vb' },
      { id: 'C', kind: 'value', value: 'vc' },
    ]);
    expect(secretValues(raw({ 'secret-envs': 'A=ENV_A,B=ENV_B' }), env)).toEqual(expect.arrayContaining(['va', 'vb']));
  });
});

describe('hoist build flags as docker buildx build reads them', () => {
  test('--secret: type=env reads src as a variable; a bare id reads the variable of that name, else the file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hoist-audit-'));
    try {
      const env = { TOKEN: 'tok', OTHER: 'oth' };
      const cwd = path.join(dir, 'cwd');
      for (const f of ['rel/file', 'nofile', 'x']) {
        await mkdir(path.dirname(path.join(cwd, f)), { recursive: true });
        await writeFile(path.join(cwd, f), f);
      }
      const out = await parseSecrets(['id=a,type=env,src=OTHER', 'id=TOKEN', 'id=f,src=rel/file', 'id=nofile', 'id=e,env=OTHER', 'ID=k,Type=file,source=x'], env, dir, cwd);
      expect(await readFile(out.a, 'utf8')).toBe('oth');
      expect(await readFile(out.TOKEN, 'utf8')).toBe('tok');
      expect(await readFile(out.e, 'utf8')).toBe('oth');
      expect(out.f).toBe(path.join(cwd, 'rel/file'));
      expect(out.nofile).toBe(path.join(cwd, 'nofile'));
      expect(out.k).toBe(path.join(cwd, 'x'));
      // A file source must be there, as buildx's secret store stats it before building; a bare id with neither a
      // variable nor a file of its name is a missing file.
      await expect(parseSecrets(['id=f,src=/nonexistent/file'], env, dir, cwd)).rejects.toThrow('--secret id=f: failed to stat /nonexistent/file: no such file or directory');
      await expect(parseSecrets(['id=nosuch'], env, dir, cwd)).rejects.toThrow('--secret id=nosuch: failed to stat nosuch: no such file or directory');
      await expect(parseSecrets(['id=a,bogus=1'], env, dir)).rejects.toThrow(/unexpected key "bogus"/);
      await expect(parseSecrets(['id=a,type=ssh'], env, dir)).rejects.toThrow(/type must be file or env/);
      await expect(parseSecrets(['id=a,type=env,env=UNSET'], env, dir)).rejects.toThrow(/UNSET is not set/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('--label KEY without a value is an empty label', () => {
    expect(parsePairs(['a=1', 'b', 'c=x=y'], '--label')).toEqual({ a: '1', b: '', c: 'x=y' });
    expect(() => parsePairs(['=v'], '--label')).toThrow(/KEY=VALUE/);
  });

  test('--platform may be given more than once (buildx stringArray), each a comma list', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hoist-audit-'));
    try {
      let stderr = '';
      // --load takes one platform: the error shows how many were read, before anything is built.
      const code = await runCli(['build', dir, '--load', '--platform', 'linux/amd64', '--platform', 'linux/arm64,linux/arm/v7'], {
        stdout: () => undefined,
        stderr: (t) => void (stderr += t),
        env: { DOCKER_HOST: 'unix:///nonexistent.sock', PATH: process.env.PATH },
        cwd: dir,
        signal: new AbortController().signal,
      });
      expect(code).toBe(2);
      expect(stderr).toMatch(/takes one platform; 3 are given/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
