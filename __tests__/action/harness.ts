/**
 * Runs the bundled action (`index.js`) as a GitHub runner does: `INPUT_*` variables with action.yml's
 * defaults filled in, `GITHUB_*` variables and an event payload file, `GITHUB_OUTPUT` and
 * `GITHUB_STEP_SUMMARY` files, `RUNNER_TEMP`, and the `ACTIONS_*` variables of a cache service.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const exec = promisify(execFile);

/** Bundles src/ into a temporary directory (as `npm run build` would into dist/) and returns `index.js`; remove its directory when done. */
export async function bundleAction(): Promise<string> {
  const out = await mkdtemp(path.join(tmpdir(), 'hoist-action-bundle-'));
  try {
    await exec(process.execPath, ['scripts/bundle.mjs', out], { cwd: process.cwd() });
    const worker = path.join(out, 'sandbox-worker.js');
    if (!existsSync(worker)) {
      // The sandbox looks for its privileged worker beside the bundle; bundle it when scripts/bundle.mjs does not.
      await build({
        entryPoints: ['src/sandbox/worker-main.ts'],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        outfile: worker,
        logLevel: 'error',
        banner: { js: "import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);" },
      });
    }
  } catch (e) {
    await rm(out, { recursive: true, force: true });
    throw e;
  }
  return path.join(out, 'index.js');
}

/** Every input of action.yml with its default (read with a line parser; action.yml keeps a fixed layout). */
export function actionYmlInputs(file = 'action.yml'): Map<string, string> {
  const text = readFileSync(file, 'utf8');
  const inputs = new Map<string, string>();
  const section = text.slice(text.indexOf('\ninputs:'), text.indexOf('\noutputs:'));
  let current: string | undefined;
  for (const line of section.split('\n')) {
    const name = /^ {2}([a-z][a-z-]*):\s*$/.exec(line);
    if (name) {
      current = name[1];
      inputs.set(current, '');
      continue;
    }
    const def = /^ {4}default:\s*(.*)$/.exec(line);
    if (def && current) inputs.set(current, def[1].trim().replace(/^'(.*)'$/, '$1'));
  }
  return inputs;
}

/** Output names of action.yml. */
export function actionYmlOutputs(file = 'action.yml'): string[] {
  const text = readFileSync(file, 'utf8');
  const section = text.slice(text.indexOf('\noutputs:'), text.indexOf('\nruns:'));
  return [...section.matchAll(/^ {2}([a-z][a-z-]*):\s*$/gm)].map((m) => m[1]);
}

/** Parses a GITHUB_OUTPUT file (`name<<delimiter` blocks, or `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      out[heredoc[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      out[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
    }
  }
  return out;
}

/** A workflow event: its name, ref and payload. */
export interface TestEvent {
  name: string;
  ref: string;
  sha: string;
  payload: Record<string, unknown>;
  extraEnv?: Record<string, string>;
}

const REPOSITORY = { name: 'app', full_name: 'acme/app', html_url: 'https://github.com/acme/app', default_branch: 'main', description: 'hoist e2e fixture', license: null };

/** A push of `sha` to the default branch. */
export function pushEvent(sha: string): TestEvent {
  return { name: 'push', ref: 'refs/heads/main', sha, payload: { ref: 'refs/heads/main', after: sha, repository: REPOSITORY, head_commit: { id: sha, timestamp: '2025-03-04T05:06:07Z' } } };
}

/** A tag push (`v1.2.3`) of `sha`. */
export function tagEvent(sha: string, tag: string): TestEvent {
  return { name: 'push', ref: `refs/tags/${tag}`, sha, payload: { ref: `refs/tags/${tag}`, after: sha, repository: REPOSITORY, head_commit: { id: sha, timestamp: '2025-03-04T05:06:07Z' } } };
}

/** A pull request (number `n`) from branch `feature` into main; `sha` is the merge commit. */
export function pullRequestEvent(sha: string, n: number): TestEvent {
  return {
    name: 'pull_request',
    ref: `refs/pull/${n}/merge`,
    sha,
    payload: { action: 'synchronize', number: n, pull_request: { number: n, head: { sha: 'f'.repeat(40), ref: 'feature' }, base: { sha: 'e'.repeat(40), ref: 'main' } }, repository: REPOSITORY },
    extraEnv: { GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' },
  };
}

/** What one run of the action left behind. */
export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error` lines. */
  errors: string[];
  /** stdout without the `::add-mask::` commands (which the runner consumes and never shows). */
  visible: string;
  /** Values the action asked the runner to mask. */
  masked: string[];
}

/** Options of one run. */
export interface RunOptions {
  bundle: string;
  workspace: string;
  event: TestEvent;
  inputs: Record<string, string>;
  /** Extra environment (ACTIONS_* of a cache service, SOURCE_DATE_EPOCH, NODE_EXTRA_CA_CERTS ...). */
  env?: Record<string, string>;
  /** The value of `${{ github.token }}` (the github-token default). */
  githubToken?: string;
}

/** Runs the bundled action once in a fresh runner temp directory (removed afterwards). */
export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const runnerTemp = await mkdtemp(path.join(tmpdir(), 'hoist-runner-'));
  const home = path.join(runnerTemp, 'home');
  const outputFile = path.join(runnerTemp, 'output');
  const summaryFile = path.join(runnerTemp, 'summary.md');
  const eventFile = path.join(runnerTemp, 'event.json');
  try {
    await writeFile(outputFile, '');
    await writeFile(summaryFile, '');
    await writeFile(eventFile, JSON.stringify(opts.event.payload));
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: home,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: opts.workspace,
      GITHUB_EVENT_NAME: opts.event.name,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REF: opts.event.ref,
      GITHUB_SHA: opts.event.sha,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_ACTOR: 'octo-actor',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerTemp,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      ...opts.event.extraEnv,
      ...opts.env,
    };
    for (const [name, def] of actionYmlInputs()) {
      const value = opts.inputs[name] ?? (def === '${{ github.token }}' ? (opts.githubToken ?? '') : def);
      env[`INPUT_${name.toUpperCase()}`] = value;
    }
    for (const name of Object.keys(opts.inputs)) if (!actionYmlInputs().has(name)) throw new Error(`test passes input "${name}" that action.yml does not declare`);
    let code = 0;
    let stdout = '';
    let stderr = '';
    try {
      const r = await exec(process.execPath, [opts.bundle], { cwd: opts.workspace, env, maxBuffer: 64 * 1024 * 1024 });
      stdout = r.stdout;
      stderr = r.stderr;
    } catch (e) {
      const err = e as Error & { code?: number; stdout?: string; stderr?: string };
      code = typeof err.code === 'number' ? err.code : -1;
      stdout = err.stdout ?? '';
      stderr = err.stderr ?? '';
    }
    const lines = stdout.split('\n');
    if (process.env.HOIST_ACTION_DUMP) {
      // Debugging aid: keep what the runner would show.
      const dir = await mkdtemp(path.join(process.env.HOIST_ACTION_DUMP, `${opts.event.name}-`));
      await writeFile(path.join(dir, 'stdout'), stdout);
      await writeFile(path.join(dir, 'stderr'), stderr);
      await cp(summaryFile, path.join(dir, 'summary.md'));
      await cp(outputFile, path.join(dir, 'output'));
    }
    const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
    const summary = await readFile(summaryFile, 'utf8');
    return {
      code,
      stdout,
      stderr,
      outputs,
      summary,
      errors: lines.filter((l) => l.startsWith('::error')),
      visible: lines.filter((l) => !l.startsWith('::add-mask::')).join('\n'),
      masked: lines.filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length)),
    };
  } finally {
    await rm(runnerTemp, { recursive: true, force: true });
  }
}

/** Copies a fixture directory under __tests__/fixtures/action into a fresh workspace; the caller removes it. */
export async function workspaceFrom(fixture: string): Promise<string> {
  const ws = await mkdtemp(path.join(tmpdir(), 'hoist-ws-'));
  await cp(path.join('__tests__/fixtures/action', fixture), ws, { recursive: true }).catch(async (e: unknown) => {
    await rm(ws, { recursive: true, force: true });
    throw e;
  });
  return ws;
}

/** Tags of a repository in a plain-HTTP test registry ([] when the repository does not exist). */
export async function registryTags(host: string, repo: string): Promise<string[]> {
  const res = await fetch(`http://${host}/v2/${repo}/tags/list`);
  if (res.status === 404) return [];
  const doc = (await res.json()) as { tags?: string[] | null };
  return (doc.tags ?? []).sort();
}

/** Repositories of a plain-HTTP test registry. */
export async function registryCatalog(host: string): Promise<string[]> {
  const res = await fetch(`http://${host}/v2/_catalog`);
  return ((await res.json()) as { repositories?: string[] }).repositories ?? [];
}
