import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { commandModules } from '../../src/cli/commands.js';
import { runCli } from '../../src/cli/main.js';
import { dockerEnv } from '../support/docker.js';
import { contextDirOf, materializeContext, startConformanceEnv, type ConformanceEnv } from '../support/conformance.js';
import { errorProbes, type ErrorProbe } from './probe-errors-cases.js';

const exec = promisify(execFile);

/** `docker buildx build` on the reference engine; the exit status and everything it printed. */
async function dockerRun(args: string[], unset: string[] = []): Promise<{ code: number; out: string }> {
  const { bin, env } = dockerEnv();
  for (const k of unset) delete env[k];
  try {
    const r = await exec(bin, ['buildx', 'build', '--progress', 'plain', ...args], { env, maxBuffer: 64 << 20, timeout: 120_000, killSignal: 'SIGKILL' });
    return { code: 0, out: r.stderr + r.stdout };
  } catch (e) {
    const err = e as { code?: number; stderr?: string; stdout?: string; killed?: boolean; message: string };
    if (err.killed) throw new Error(`docker buildx build ${args.join(' ')} did not finish: ${err.stderr ?? err.message}`);
    return { code: typeof err.code === 'number' ? err.code : 1, out: `${err.stderr ?? ''}${err.stdout ?? ''}` || err.message };
  }
}

/**
 * BuildKit's error as the user sees it at the end of the output: the `Dockerfile:N` excerpt when there is one, then
 * `ERROR: ...` (the progress above it echoes each instruction, which would name everything).
 */
function dockerTail(out: string): string {
  const error = out.lastIndexOf('ERROR: ');
  if (error < 0) return '';
  const excerpt = out.lastIndexOf('\nDockerfile:', error);
  const start = excerpt >= 0 && /^\nDockerfile:\d+\n-{8}/.test(out.slice(excerpt)) && !out.slice(excerpt, error).includes('\n#') ? excerpt + 1 : error;
  return out.slice(start);
}

/** hoist's error line(s): what follows the last `hoist build: ` (the step log above it is left out). */
function hoistTail(out: string): string {
  const i = out.lastIndexOf('hoist build: ');
  return i < 0 ? '' : out.slice(i);
}

const linesNamed = (text: string) => [...new Set([...text.matchAll(/Dockerfile:(\d+)\b/g)].map((m) => Number(m[1])))];

/**
 * How hoist fails on the mistakes users make at build and resolve time (missing sources, unknown stages and images,
 * failing RUN steps, missing secrets, bad flags and paths), against `docker buildx build` on the reference engine:
 * both must fail, hoist's message must name what BuildKit names (the Dockerfile line, the path, the stage, the
 * reference or the flag) and carry BuildKit's key phrase, and nothing may be pushed (each builder pushes its own tag
 * to the harness's registry; the repository must have no tag afterwards).
 */
describe('conformance: build and resolve errors against docker build', () => {
  let env: ConformanceEnv;
  beforeAll(async () => {
    // The build command's module is loaded here, once: under test.concurrent, Jest refuses an import() made between
    // one test's end and the next one's start, while the other tests still run.
    await commandModules.build();
    env = await startConformanceEnv();
  });
  afterAll(async () => {
    await env?.stop();
  });

  const tagsOf = async (repo: string): Promise<string[]> => {
    const res = await fetch(`${env.registry.url}/v2/${repo}/tags/list`);
    if (res.status === 404) return [];
    expect(res.status).toBe(200);
    return (((await res.json()) as { tags?: string[] | null }).tags ?? []).sort();
  };

  test.concurrent.each(errorProbes.map((c) => [c.name, c] as const))('%s', async (name, c: ErrorProbe) => {
    const dir = path.join(env.root, name);
    const ctx = contextDirOf(env, { name, dockerfile: '' });
    await materializeContext(ctx, c.context ?? []);
    const vars: Record<string, string> = { BASE: env.base, REG: env.registry.host, FILES: `${env.files}/files`, CASE: dir };
    const fill = (s: string) => s.replace(/\{\{(\w+)\}\}/g, (m, k: string) => vars[k] ?? m);
    const dockerfile = path.join(dir, 'Dockerfile');
    if (c.dockerfile !== undefined) await writeFile(dockerfile, fill(c.dockerfile));
    const file = c.fileArg !== undefined ? fill(c.fileArg) : dockerfile;
    const context = c.contextArg !== undefined ? fill(c.contextArg) : ctx;
    const args = (c.args ?? []).map(fill);
    const repo = `errors/${name}`;
    const push = c.push === undefined;

    const dockerArgs = ['--network', 'host', '-f', file, '--no-cache', ...args];
    if (push) dockerArgs.push('--output', `type=image,name=${env.registry.host}/${repo}:docker,push=true,registry.insecure=true`);
    else if (!args.includes('--output')) dockerArgs.push('--output', 'type=cacheonly');
    const hoistArgs = ['build', context, '-f', file, '--cache-dir', path.join(dir, 'hoist-state'), '--network', 'host', ...args];
    if (push) hoistArgs.push('--push', '-t', `${env.registry.host}/${repo}:hoist`);
    let hoistOut = '';
    const [docker, hoistCode] = await Promise.all([
      dockerRun([...dockerArgs, context], c.unsetEnv),
      runCli(hoistArgs, { stdout: () => undefined, stderr: (t) => void (hoistOut += t), env: { PATH: process.env.PATH, HOME: '/nonexistent' }, cwd: dir, signal: AbortSignal.timeout(120_000) }),
    ]);
    const d = dockerTail(docker.out);
    const h = hoistTail(hoistOut);
    if (process.env.HOIST_PROBE_ERRORS_DUMP) await appendFile(process.env.HOIST_PROBE_ERRORS_DUMP, `=== ${name}\n--- docker (${docker.code})\n${d || docker.out.slice(-1500)}\n--- hoist (${hoistCode})\n${h || hoistOut.slice(-1500)}\n`);
    if (push) await exec(dockerEnv().bin, ['rmi', `${env.registry.host}/${repo}:docker`], { env: dockerEnv().env }).catch(() => undefined);

    if (c.succeeds) {
      expect({ docker: docker.code, hoist: hoistCode }).toEqual({ docker: 0, hoist: 0 });
      for (const w of c.succeeds.hoistWarning) expect(hoistOut).toContain(w);
      // Each pushed its image (so the failing cases' empty repositories mean something).
      expect(await tagsOf(repo)).toEqual(['docker', 'hoist']);
      return;
    }
    // Both fail; docker's output is shown when it did not.
    expect({ code: docker.code === 0 ? 0 : 1, out: docker.code === 0 ? docker.out.slice(-2000) : '' }).toEqual({ code: 1, out: '' });
    expect({ code: hoistCode === 0 ? 0 : 1, out: hoistCode === 0 ? hoistOut.slice(-2000) : '' }).toEqual({ code: 1, out: '' });
    expect(d).not.toBe('');
    expect(h).not.toBe('');
    // The same Dockerfile line, or none in both (hoist names it where BuildKit cannot: dockerNoLine).
    expect({ docker: linesNamed(d), hoist: linesNamed(h) }).toEqual({ docker: c.line && !c.dockerNoLine ? [c.line] : [], hoist: c.line ? [c.line] : [] });
    expect({ timesNamed: h.match(/Dockerfile:\d+/g)?.length ?? 0, h }).toEqual({ timesNamed: c.line ? 1 : 0, h });
    for (const n of c.names.map(fill)) expect({ docker: d.includes(n), hoist: h.includes(n), n, h }).toEqual({ docker: true, hoist: true, n, h });
    for (const n of (c.hoistNames ?? []).map(fill)) expect({ hoist: h.includes(n), n, h }).toEqual({ hoist: true, n, h });
    if (c.phrase !== undefined) {
      const p = fill(c.phrase);
      expect({ docker: d.includes(p), hoist: h.includes(p), p, h }).toEqual({ docker: true, hoist: true, p, h });
    }
    // Nothing pushed by either.
    if (push) expect(await tagsOf(repo)).toEqual([]);
  });

  test('each failing case carries BuildKit\'s wording or says why not', () => {
    expect(new Set(errorProbes.map((c) => c.name)).size).toBe(errorProbes.length);
    expect(errorProbes.filter((c) => !c.succeeds && (c.phrase === undefined) === (c.ownWording === undefined)).map((c) => c.name)).toEqual([]);
  });
});
