import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { busyboxEntries, pushSpecImage, type LayerSpecEntry } from '../support/base-images.js';
import { contextDirOf, dockerBuild, materializeContext, startConformanceEnv, type ConformanceEnv } from '../support/conformance.js';
import { compareImages, flattenLayout, type FlatImage } from '../support/image-fs.js';
import { cacheCases, saltEntries, type CacheCase } from './cache-invalidation-cases.js';

/**
 * Differential test of cache invalidation: each case is built twice by hoist (`hoist build --cache-dir`, one cache
 * directory for both builds) and by BuildKit (`docker buildx build` on the reference engine, its own cache), with one
 * mutation in between. The second builds must agree on which layer steps come from the cache (hoist's step log says
 * `CACHED`, BuildKit's plain progress `#N CACHED`) and on the image they make.
 */

type Status = 'cached' | 'built';
interface Step {
  stage: string;
  ordinal: number;
  text: string;
  status: Status;
}

/** Layer steps of hoist's step log (`[stage] INSTRUCTION  CACHED` or `... 0.1s  123 B`); config steps have no suffix. */
function hoistSteps(log: string): Step[] {
  const out: Step[] = [];
  const seen = new Map<string, number>();
  for (const line of log.split('\n')) {
    const m = /^\[([^\]]+)\] (.*?)  (CACHED|\d+\.\d+s(?:  \d+ B)?)$/.exec(line);
    if (!m) continue;
    const n = seen.get(m[1]) ?? 0;
    seen.set(m[1], n + 1);
    out.push({ stage: m[1], ordinal: n, text: m[2], status: m[3] === 'CACHED' ? 'cached' : 'built' });
  }
  return out;
}

/**
 * Layer steps of BuildKit's plain progress: `#N [STAGE I/T] INSTRUCTION` names a vertex (STAGE is absent in a
 * one-stage build, I is padded), `#N CACHED` marks it cached. FROM and the internal vertices are left out.
 */
function dockerSteps(progress: string): Step[] {
  const named = new Map<string, { stage: string; index: number; text: string }>();
  const cached = new Set<string>();
  for (const line of progress.split('\n')) {
    const m = /^#(\d+) \[(.*?) *(\d+)\/(\d+)\] (.*)$/.exec(line);
    if (m) {
      if (!named.has(m[1])) named.set(m[1], { stage: m[2], index: Number(m[3]), text: m[5] });
      continue;
    }
    const c = /^#(\d+) CACHED$/.exec(line);
    if (c) cached.add(c[1]);
  }
  const steps = [...named].filter(([, v]) => !v.text.startsWith('FROM ')).sort((a, b) => a[1].index - b[1].index);
  const out: Step[] = [];
  const seen = new Map<string, number>();
  for (const [id, v] of steps) {
    const n = seen.get(v.stage) ?? 0;
    seen.set(v.stage, n + 1);
    out.push({ stage: v.stage, ordinal: n, text: v.text, status: cached.has(id) ? 'cached' : 'built' });
  }
  return out;
}

/** Pairs the two builders' steps by stage and position (BuildKit names a one-stage build's stage ''). */
function pairSteps(hoist: Step[], docker: Step[]): { key: string; text: string; hoist?: Status; docker?: Status }[] {
  const hoistStages = [...new Set(hoist.map((s) => s.stage))];
  const stageOf = (s: string) => (s === '' && hoistStages.length === 1 ? hoistStages[0] : s);
  const pairs = new Map<string, { key: string; text: string; hoist?: Status; docker?: Status }>();
  for (const s of hoist) pairs.set(`${s.stage}#${s.ordinal}`, { key: `${s.stage}#${s.ordinal}`, text: `${s.stage} ${s.text}`, hoist: s.status });
  for (const s of docker) {
    const key = `${stageOf(s.stage)}#${s.ordinal}`;
    const p = pairs.get(key) ?? { key, text: `${stageOf(s.stage)} ${s.text}` };
    p.docker = s.status;
    pairs.set(key, p);
  }
  return [...pairs.values()];
}

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (m, k: string) => vars[k] ?? m);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What one case found, asserted by its test. */
interface CaseResult {
  /** Steps a first build took from the cache (there should be none: the salt makes every step new). */
  firstCached: string[];
  /** Second build: the layer steps in the Dockerfile and in each builder's log. */
  stepCounts: { expected: number; hoist: number; docker: number };
  /** Second build: steps whose cache status differs (`STAGE STEP: hoist=X docker=Y`). */
  stepDiffs: string[];
  /** Second build: the steps BuildKit ran again (`STAGE STEP`, as written). */
  dockerRebuilt: string[];
  /** Second build: image differences (filesystem, config) and failed content checks. */
  imageDiffs: string[];
  ms: number;
  /** Phase times (ms), printed with HOIST_CACHE_CASES_TIMES=1. */
  timings: string[];
}

const BASE_REPUSH_FILE: LayerSpecEntry = { path: 'etc/base-version', content: 'one\n', mode: 0o644 };

async function runCacheCase(env: ConformanceEnv, c: CacheCase, salt: string): Promise<CaseResult> {
  const t0 = Date.now();
  const timings: string[] = [];
  const dir = path.join(env.root, c.name);
  const ctx = contextDirOf(env, { name: c.name, dockerfile: '' });
  const state = path.join(dir, 'hoist-state');
  await materializeContext(ctx, [...saltEntries(c.name, salt), ...(c.context ?? [])]);
  const ownBase = `${env.registry.host}/cache-invalidation/${c.name}:1`;
  const vars: Record<string, string> = { BASE: env.base, SALT: salt, OWNBASE: ownBase };
  if (c.dockerfile.includes('{{OWNBASE}}') || c.mutation.repushBase) await pushSpecImage(env.client, ownBase, [busyboxEntries(), [BASE_REPUSH_FILE]]);

  const build = async (n: 1 | 2, flatten: boolean, dockerfileText: string, buildArgs: Record<string, string>, secrets: Record<string, string>, noCacheFilter: string[]) => {
    const dockerfile = path.join(dir, `Dockerfile.${n}`);
    await writeFile(dockerfile, fill(dockerfileText, vars));
    const secretArgs: string[] = [];
    for (const [id, value] of Object.entries(secrets)) {
      const file = path.join(dir, `secret-${id}-${n}`);
      await writeFile(file, value, { mode: 0o600 });
      secretArgs.push('--secret', `id=${id},src=${file}`);
    }
    const filterArgs = noCacheFilter.flatMap((s) => ['--no-cache-filter', s]);
    const argArgs = Object.entries(buildArgs).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]);
    const hoistOut = path.join(dir, `hoist-${n}`);
    const dockerOut = path.join(dir, `docker-${n}`);
    let log = '';
    const tb = Date.now();
    // A first build whose image is not looked at exports nothing (hoist writes no output, BuildKit type=cacheonly).
    const output = flatten ? ['--output', `type=oci,dest=${hoistOut},tar=false`] : [];
    const hoistRun = runCli(['build', ctx, '-f', dockerfile, '--cache-dir', state, ...output, ...argArgs, ...secretArgs, ...filterArgs], {
      stdout: () => undefined,
      stderr: (t) => void (log += t),
      env: { PATH: process.env.PATH, HOME: '/nonexistent' },
      cwd: dir,
      signal: AbortSignal.timeout(120_000),
    });
    const dockerRun = dockerBuild(ctx, dockerfile, dockerOut, { buildArgs, extraArgs: [...secretArgs, ...filterArgs], cacheOnly: !flatten });
    const [code, progress] = await Promise.all([hoistRun.then((x) => (timings.push(`h${n}=${Date.now() - tb}`), x)), dockerRun.then((x) => (timings.push(`d${n}=${Date.now() - tb}`), x))]);
    if (code !== 0) throw new Error(`hoist build ${n} of ${c.name} failed (${code}):\n${log}`);
    const tf = Date.now();
    const empty = { fs: new Map() } as FlatImage;
    const [hoistImage, dockerImage] = flatten ? await Promise.all([flattenLayout(hoistOut), flattenLayout(dockerOut)]) : [empty, empty];
    timings.push(`f${n}=${Date.now() - tf}`);
    const logs = process.env.HOIST_CACHE_CASES_LOGS;
    if (logs) {
      await mkdir(logs, { recursive: true });
      await writeFile(path.join(logs, `${c.name}.${n}.hoist.log`), log);
      await writeFile(path.join(logs, `${c.name}.${n}.docker.log`), progress);
    }
    return { hoist: hoistSteps(log), docker: dockerSteps(progress), hoistImage, dockerImage };
  };

  const first = await build(1, (c.changed ?? []).length > 0, c.dockerfile, c.buildArgs ?? {}, c.secrets ?? {}, []);
  const firstCached = pairSteps(first.hoist, first.docker).filter((p) => p.hoist !== 'built' || p.docker !== 'built').map((p) => `${p.text}: hoist=${p.hoist} docker=${p.docker}`);

  const m = c.mutation;
  await m.context?.(ctx);
  if (m.repushBase) await pushSpecImage(env.client, ownBase, [busyboxEntries(), m.repushBase]);
  const second = await build(2, true, m.dockerfile ?? c.dockerfile, m.buildArgs ?? c.buildArgs ?? {}, m.secrets ?? c.secrets ?? {}, m.noCacheFilter ?? []);
  const pairs = pairSteps(second.hoist, second.docker);
  // Step texts with the salt written back as its placeholder, as the cases name steps.
  const unsalt = (t: string) => t.split(salt).join('{{SALT}}');
  const stepDiffs = pairs.filter((p) => p.hoist !== p.docker).map((p) => unsalt(`${p.text}: hoist=${p.hoist ?? 'absent'} docker=${p.docker ?? 'absent'}`));
  const dockerRebuilt = pairs.filter((p) => p.docker === 'built').map((p) => unsalt(p.text));
  // Every layer step of the second Dockerfile is in both logs (no case passes on logs the parsers do not read).
  const layerSteps = (m.dockerfile ?? c.dockerfile).split('\n').filter((l) => /^\s*(COPY|ADD|RUN|WORKDIR)\s/i.test(l)).length;
  const stepCounts = { expected: layerSteps, hoist: second.hoist.length, docker: second.docker.length };

  const imageDiffs = compareImages(second.hoistImage, second.dockerImage, { layers: false, ignoreConfig: ['history'], ignorePaths: Object.keys(c.ignorePaths ?? {}).map((p) => p.replace(/^\//, '')) });
  const check = (who: string, image: FlatImage) => {
    for (const [p, content] of Object.entries(c.files ?? {})) {
      const e = image.fs.get(p.replace(/^\//, ''));
      if (e?.sha256 !== sha256(content)) imageDiffs.push(`${who}: ${p} is not ${JSON.stringify(content)} (${e ? `${e.type}, ${e.size} B` : 'missing'})`);
    }
    const entry = (p: string) => image.fs.get(p.replace(/^\//, ''));
    for (const [p, mode] of Object.entries(c.modes ?? {})) if (entry(p)?.mode !== mode) imageDiffs.push(`${who}: ${p} mode ${entry(p)?.mode.toString(8)}, expected ${mode.toString(8)}`);
    for (const [p, owner] of Object.entries(c.owners ?? {})) {
      const e = entry(p);
      if (!e || `${e.uid}:${e.gid}` !== owner) imageDiffs.push(`${who}: ${p} owner ${e ? `${e.uid}:${e.gid}` : 'missing'}, expected ${owner}`);
    }
    for (const [p, target] of Object.entries(c.links ?? {})) if (entry(p)?.linkname !== target) imageDiffs.push(`${who}: ${p} links to ${entry(p)?.linkname}, expected ${target}`);
    for (const p of c.dirs ?? []) if (entry(p)?.type !== 'dir') imageDiffs.push(`${who}: ${p} is not a directory`);
    for (const p of c.absent ?? []) if (entry(p)) imageDiffs.push(`${who}: ${p} should be absent`);
    for (const [k, v] of Object.entries(c.labels ?? {})) {
      const got = image.config.config?.Labels?.[k];
      if (got !== v) imageDiffs.push(`${who}: label ${k}=${String(got)}, expected ${v}`);
    }
  };
  check('hoist', second.hoistImage);
  check('docker', second.dockerImage);
  for (const p of c.changed ?? []) {
    const rel = p.replace(/^\//, '');
    if (second.hoistImage.fs.get(rel)?.sha256 === first.hoistImage.fs.get(rel)?.sha256) imageDiffs.push(`hoist: ${p} is the first build's`);
    if (second.dockerImage.fs.get(rel)?.sha256 === first.dockerImage.fs.get(rel)?.sha256) imageDiffs.push(`docker: ${p} is the first build's`);
  }
  return { firstCached, stepCounts, stepDiffs, dockerRebuilt, imageDiffs, ms: Date.now() - t0, timings };
}

/** Runs `fn` over `items` with at most `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<Map<T, R | Error>> {
  const out = new Map<T, R | Error>();
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      out.set(item, await fn(item).catch((e: Error) => e));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * The cases that run: the extended ones too with HOIST_CACHE_CASES_EXTENDED=1 (the suite alone must stay under
 * 100 s on a 2-CPU machine that runs other tests).
 */
const cases = cacheCases.filter((c) => !c.extended || process.env.HOIST_CACHE_CASES_EXTENDED === '1');

describe('conformance: cache invalidation against BuildKit', () => {
  let env: ConformanceEnv;
  let results: Map<CacheCase, CaseResult | Error>;
  let wall = 0;
  beforeAll(async () => {
    const t0 = Date.now();
    env = await startConformanceEnv();
    // One salt for the run: every case's context holds it with the case's name, so no step is in the engine's cache.
    const salt = `${Date.now()}-${process.pid}`;
    await mkdir(env.root, { recursive: true });
    results = await pool(cases, Number(process.env.HOIST_CACHE_CASES_PARALLEL ?? 3), (c) => runCacheCase(env, c, salt));
    wall = Date.now() - t0;
  }, 300_000);
  afterAll(async () => {
    await env?.stop();
  });

  test('runs at least 25 cases, each named once', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(cacheCases.map((c) => c.name)).size).toBe(cacheCases.length);
    if (process.env.HOIST_CACHE_CASES_TIMES) console.log(`cache invalidation: ${wall} ms\n${[...results].map(([c, r]) => `${c.name}: ${r instanceof Error ? 'error' : `${r.ms} ${r.timings.join(' ')}`}`).join('\n')}`);
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = results.get(c);
    if (r instanceof Error) throw r;
    if (!r) throw new Error('the case did not run');
    expect(r.stepCounts).toEqual({ expected: r.stepCounts.expected, hoist: r.stepCounts.expected, docker: r.stepCounts.expected });
    expect(r.stepCounts.expected).toBeGreaterThan(0);
    expect(r.firstCached).toEqual([]);
    // What the mutation does in BuildKit (pinned, so a mutation that changes nothing fails here).
    expect(r.dockerRebuilt.map((s) => s.replace(/^\S+ /, ''))).toEqual(c.rebuilt);
    expect([...r.stepDiffs, ...r.imageDiffs]).toEqual(Object.keys(c.expectedDifference ?? {}));
  });
});
