/**
 * hoist under test, as CI runs it: the CLI bundled fresh from the working tree's sources (`scripts/bundle.mjs`),
 * one `hoist build --push` process per build, timed whole (Node start included), with
 *   hoist-gha   `--cache gha` against the benchmark's Actions cache service (`ACTIONS_*` as a runner gives them,
 *               the runtime token also reading `refs/heads/main`, the event payload naming the default branch);
 *               the whole state directory is wiped before every build;
 *   hoist-dir   `--cache-dir DIR`: everything in DIR but the layer cache (`DIR/cache`, what actions/cache would
 *               restore) is wiped before every build;
 *   hoist-registry  `--cache-to/--cache-from type=registry` on the cache registry, refs as BuildKit's registry
 *               cache gets them (one per branch, a branch also reading main's); the state directory is wiped.
 * The Node compile cache lives in the state directory, so it is wiped too (a fresh runner has none).
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { capture, run } from '../exec.js';
import { branchRefs, listing, localCacheBytes, replaceDir, type Builder, type BuildSpec, type PrepareEnv, type SequenceEnv } from '../builder.js';

let cli: string | undefined;

/** Makes the hoist builders run this CLI bundle instead of bundling the working tree (bench/noop.ts). */
export function useCli(path: string): void {
  cli = path;
}

async function bundle({ scratch, repo }: PrepareEnv): Promise<{ version: string }> {
  if (!cli) {
    const dir = path.join(scratch, 'hoist-cli');
    await run(process.execPath, [path.join(repo, 'scripts/bundle.mjs'), dir], { cwd: repo });
    cli = path.join(dir, 'cli.js');
  }
  const commit = await capture('git', ['-C', repo, 'rev-parse', '--short', 'HEAD']).catch(() => 'unknown');
  const dirty = await capture('git', ['-C', repo, 'status', '--porcelain', '--', 'src']).catch(() => '');
  return { version: `hoist ${commit}${dirty ? ' (+ uncommitted src changes)' : ''}, Node ${process.version}` };
}

function baseEnv(state: string): NodeJS.ProcessEnv {
  // A GitHub-hosted runner says so (RUNNER_ENVIRONMENT), and hoist then unpacks layers in memory (memory-layers.ts).
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', NODE_COMPILE_CACHE: path.join(state, 'node-compile-cache'), RUNNER_ENVIRONMENT: 'github-hosted' };
  // HOIST_TRACE=1 in the bench's environment logs the sandbox's phase timings into the build logs.
  if (process.env.HOIST_TRACE) env.HOIST_TRACE = process.env.HOIST_TRACE;
  // HOIST_BENCH_NODE_OPTIONS (for example `--cpu-prof --cpu-prof-dir=/tmp/prof`) is passed to hoist's Node as NODE_OPTIONS.
  if (process.env.HOIST_BENCH_NODE_OPTIONS) env.NODE_OPTIONS = process.env.HOIST_BENCH_NODE_OPTIONS;
  return env;
}

function hoistArgs(seq: SequenceEnv, spec: BuildSpec, state: string, extra: string[]): string[] {
  return [cli!, 'build', spec.context, '--tag', `${seq.registry}/${seq.repo}:${spec.branch}`, '--push', '--cache-dir', state, ...extra];
}

/** hoist with the GitHub Actions cache (the action's default). */
export const hoistGha: Builder = {
  info: { id: 'hoist-gha', label: 'hoist, Actions cache', cache: '`--cache gha` (local Actions cache service; state dir wiped)' },
  channel: 'gha',
  cachedPattern: /  CACHED$/gm,
  prepare: (scratch) => bundle(scratch),
  async wipe(seq) {
    await rm(path.join(seq.work, 'hoist-gha'), { recursive: true, force: true });
  },
  async build(seq, spec) {
    const machine = path.join(seq.work, 'hoist-gha');
    const state = path.join(machine, 'state');
    const temp = path.join(machine, 'runner-temp');
    await mkdir(temp, { recursive: true });
    const event = path.join(machine, 'event.json');
    await writeFile(event, JSON.stringify({ ref: `refs/heads/${spec.branch}`, repository: { full_name: `hoist-bench/${seq.repo.split('/').pop()}`, default_branch: 'main' } }));
    const env = {
      ...baseEnv(state),
      ...seq.gha.env(`refs/heads/${spec.branch}`, { defaultBranch: 'main' }),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: `hoist-bench/${seq.repo.split('/').pop()}`,
      RUNNER_TEMP: temp,
    };
    const r = await run(process.execPath, hoistArgs(seq, spec, state, ['--cache', 'gha']), { env, log: spec.log });
    return { ms: r.ms };
  },
  async finish() {},
};

/** hoist with a local cache directory (`--cache-dir`), persisted between builds like an actions/cache path. */
export const hoistDir: Builder = {
  info: { id: 'hoist-dir', label: 'hoist, --cache-dir', cache: '`--cache-dir` (layer cache kept, rest of the state wiped)' },
  channel: 'local-dir',
  cachedPattern: /  CACHED$/gm,
  prepare: (scratch) => bundle(scratch),
  async wipe(seq, spec) {
    const state = path.join(seq.work, 'hoist-dir', spec.branch);
    for (const e of await readdir(state).catch(() => [] as string[])) if (e !== 'cache') await rm(path.join(state, e), { recursive: true, force: true });
    // A branch's first build restores the default branch's cache directory (actions/cache restore-keys).
    if (spec.branch !== 'main') await replaceDir(path.join(seq.work, 'hoist-dir', 'main', 'cache'), path.join(state, 'cache'));
  },
  async build(seq, spec) {
    const state = path.join(seq.work, 'hoist-dir', spec.branch);
    const before = await listing(path.join(state, 'cache'));
    const r = await run(process.execPath, hoistArgs(seq, spec, state, []), { env: baseEnv(state), log: spec.log });
    return { ms: r.ms, cache: localCacheBytes(before, await listing(path.join(state, 'cache'))) };
  },
  async finish() {},
};

/** hoist with a registry cache, given as BuildKit's registry cache is (bench/compare/builders/docker.ts). */
export const hoistRegistry: Builder = {
  info: { id: 'hoist-registry', label: 'hoist, registry cache', cache: '`--cache-to type=registry,mode=max` (ref per branch), `--cache-from` branch and main; state dir wiped' },
  channel: 'cache-registry',
  cachedPattern: /  CACHED$/gm,
  prepare: (scratch) => bundle(scratch),
  async wipe(seq) {
    await rm(path.join(seq.work, 'hoist-registry'), { recursive: true, force: true });
  },
  async build(seq, spec) {
    const state = path.join(seq.work, 'hoist-registry', 'state');
    const ref = (b: string) => `type=registry,ref=${seq.cacheRegistry}/${seq.repo}/cache:${b}`;
    const cache = [...branchRefs(spec).flatMap((b) => ['--cache-from', ref(b)]), '--cache-to', `${ref(spec.branch)},mode=max`];
    const r = await run(process.execPath, hoistArgs(seq, spec, state, cache), { env: baseEnv(state), log: spec.log });
    return { ms: r.ms };
  },
  async finish() {},
};
