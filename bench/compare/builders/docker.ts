/**
 * The Docker peers, each on a private engine (see ../engines.ts), with the engine's local state wiped before
 * every build (`docker system prune -af`, `docker buildx prune -af`, then checked empty):
 *   docker-legacy    Debian's docker.io 20.10, classic builder: `docker pull` of the branch's and main's image,
 *                    `docker build --cache-from` them, `docker push` (the pre-BuildKit CI recipe);
 *   buildx-registry  `docker buildx build --push` on Engine 26's BuildKit with a registry cache (`mode=max`,
 *                    one ref per branch, the branch build also reading main's);
 *   buildx-local     the same with `type=local` cache directories (read from the restored directory, written to
 *                    a new one, as docker's docs recommend with actions/cache).
 */
import path from 'node:path';
import { branchRefs, listing, localCacheBytes, replaceDir, type Builder, type BuildSpec, type PrepareEnv, type SequenceEnv } from '../builder.js';
import { startBuildkitEngine, startLegacyEngine, type DockerEngine } from '../engines.js';
import { capture, run } from '../exec.js';

/** Removes every image and all build cache of a private engine, and checks nothing is left. */
async function wipeEngine(e: DockerEngine, buildx: boolean): Promise<void> {
  if (buildx) await run(e.bin, ['buildx', 'prune', '-af'], { env: e.env });
  else await run(e.bin, ['builder', 'prune', '-af'], { env: e.env });
  await run(e.bin, ['system', 'prune', '-af'], { env: e.env });
  const left = await capture(e.bin, ['image', 'ls', '-aq'], { env: e.env });
  if (left) await run(e.bin, ['image', 'rm', '-f', ...new Set(left.split(/\s+/))], { env: e.env });
  const still = await capture(e.bin, ['image', 'ls', '-aq'], { env: e.env });
  if (still) throw new Error(`engine not wiped: images left: ${still.replace(/\s+/g, ' ')}`);
}


let buildkit: DockerEngine | undefined;
let buildkitUsers = 0;

/** Where the private BuildKit engine lives (outside the run's scratch directory: it is reused between runs). */
export const BUILDKIT_ENGINE_DIR = '/var/tmp/hoist-bench-engine';

async function prepareBuildkit({ repo }: PrepareEnv): Promise<{ version: string }> {
  buildkit ??= await startBuildkitEngine(BUILDKIT_ENGINE_DIR, repo);
  buildkitUsers++;
  return { version: buildkit.version };
}

async function finishBuildkit(): Promise<void> {
  if (--buildkitUsers === 0 && buildkit) {
    await buildkit.stop();
    buildkit = undefined;
  }
}

function buildxArgs(seq: SequenceEnv, spec: BuildSpec, cache: string[]): string[] {
  return ['buildx', 'build', '--network', 'host', '--progress', 'plain', '--tag', `${seq.registry}/${seq.repo}:${spec.branch}`, '--push', ...cache, spec.context];
}

/** BuildKit (`docker buildx build`, docker driver) with a registry cache, mode=max. */
export const buildxRegistry: Builder = {
  info: { id: 'buildx-registry', label: 'BuildKit, registry cache', cache: '`--cache-to type=registry,mode=max` (ref per branch), `--cache-from` branch and main' },
  channel: 'cache-registry',
  cachedPattern: /^#\d+ CACHED$/gm,
  prepare: prepareBuildkit,
  wipe: () => wipeEngine(buildkit!, true),
  async build(seq, spec) {
    const ref = (b: string) => `type=registry,ref=${seq.cacheRegistry}/${seq.repo}/cache:${b},registry.insecure=true`;
    const cache = [...branchRefs(spec).flatMap((b) => ['--cache-from', ref(b)]), '--cache-to', `${ref(spec.branch)},mode=max`];
    const r = await run(buildkit!.bin, buildxArgs(seq, spec, cache), { env: buildkit!.env, log: spec.log });
    return { ms: r.ms };
  },
  finish: finishBuildkit,
};

/** BuildKit with local cache directories (as restored and saved by actions/cache). */
export const buildxLocal: Builder = {
  info: { id: 'buildx-local', label: 'BuildKit, local cache', cache: '`--cache-from type=local` (restored dir), `--cache-to type=local,mode=max` (new dir)' },
  channel: 'local-dir',
  cachedPattern: /^#\d+ CACHED$/gm,
  prepare: prepareBuildkit,
  async wipe(seq, spec) {
    await wipeEngine(buildkit!, true);
    const dir = path.join(seq.work, 'buildx-local');
    // A branch's first build restores the default branch's cache directory (actions/cache restore-keys).
    if (spec.branch !== 'main') await replaceDir(path.join(dir, 'main'), path.join(dir, spec.branch));
    await replaceDir('/nonexistent', path.join(dir, 'next'));
  },
  async build(seq, spec) {
    const dir = path.join(seq.work, 'buildx-local');
    const from = path.join(dir, spec.branch);
    const to = path.join(dir, 'next');
    const before = await listing(from);
    const cache = [...(before.size > 0 ? ['--cache-from', `type=local,src=${from}`] : []), '--cache-to', `type=local,dest=${to},mode=max`];
    const r = await run(buildkit!.bin, buildxArgs(seq, spec, cache), { env: buildkit!.env, log: spec.log });
    const after = await listing(to);
    await replaceDir(to, from);
    return { ms: r.ms, cache: localCacheBytes(before, after) };
  },
  finish: finishBuildkit,
};

let legacy: DockerEngine | undefined;

/** Debian's docker.io 20.10, classic builder, `--cache-from` the pushed image. */
export const dockerLegacy: Builder = {
  info: { id: 'docker-legacy', label: 'docker build (classic)', cache: '`docker pull` + `--cache-from` the pushed image (branch, then main)' },
  channel: 'image',
  cachedPattern: /Using cache/g,
  async prepare({ scratch }) {
    legacy = await startLegacyEngine(path.join(scratch, 'legacy-engine'));
    return { version: legacy.version };
  },
  wipe: () => wipeEngine(legacy!, false),
  async build(seq, spec) {
    const e = legacy!;
    let ms = 0;
    const pulled: string[] = [];
    for (const b of branchRefs(spec)) {
      const ref = `${seq.registry}/${seq.repo}:${b}`;
      const r = await run(e.bin, ['pull', ref], { env: e.env, log: spec.log, allowFailure: true });
      ms += r.ms;
      if (r.code === 0) pulled.push(ref);
    }
    const tag = `${seq.registry}/${seq.repo}:${spec.branch}`;
    ms += (await run(e.bin, ['build', '--network', 'host', ...pulled.flatMap((p) => ['--cache-from', p]), '--tag', tag, spec.context], { env: e.env, log: spec.log })).ms;
    ms += (await run(e.bin, ['push', tag], { env: e.env, log: spec.log })).ms;
    return { ms };
  },
  async finish() {
    await legacy?.stop();
    legacy = undefined;
  },
};
