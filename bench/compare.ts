/**
 * Benchmark (issue 9): hoist side by side with the builders users would pick instead, in one run. For each fixture
 * (bench/compare/fixtures.ts), scenario (cold, warm, no-op, warm-from-main; local state wiped before every build)
 * and builder (hoist with the Actions cache and with --cache-dir; docker build classic; BuildKit with registry
 * and local cache; buildah), it measures the wall time of the builder's commands and the bytes moved to and from
 * the cache and the registry, over --runs runs, and writes docs/benchmarks.md (and bench/results/compare.json).
 *
 *   npm run bench                                      (scripts/bench.mjs: installs the peers, then this)
 *   node_modules/.bin/node bench/ts.mjs bench/compare.ts [--runs 3] [--fixtures a,b] [--builders x,y]
 *       [--out docs/benchmarks.md] [--json bench/results/compare.json] [--readme] [--render-only]
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Builder } from './compare/builder.js';
import { prepareBases } from './compare/bases.js';
import { buildah } from './compare/builders/buildah.js';
import { buildxLocal, buildxRegistry, dockerLegacy } from './compare/builders/docker.js';
import { hoistDir, hoistGha, hoistRegistry } from './compare/builders/hoist.js';
import { capture } from './compare/exec.js';
import { FIXTURES } from './compare/fixtures.js';
import { runSequence } from './compare/harness.js';
import { METHOD } from './compare/method.js';
import { renderHeadline, renderReport, updateReadme } from './compare/report.js';
import { formatSeconds } from './compare/stats.js';
import { BUILDER_IDS, type BenchResults, type BuilderInfo } from './compare/types.js';

const ALL_BUILDERS: Builder[] = [hoistGha, hoistDir, hoistRegistry, dockerLegacy, buildxRegistry, buildxLocal, buildah];

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    fixtures: { type: 'string' },
    builders: { type: 'string' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
    json: { type: 'string', default: 'bench/results/compare.json' },
    scratch: { type: 'string', default: '/var/tmp/hoist-bench' },
    readme: { type: 'boolean', default: false },
    'render-only': { type: 'boolean', default: false },
    command: { type: 'string', default: 'npm run bench' },
  },
});

const repo = process.cwd();
if (!existsSync(path.join(repo, 'scripts/bundle.mjs'))) throw new Error(`run from the repository root (no scripts/bundle.mjs in ${repo})`);

function pick<T>(all: readonly T[], idOf: (x: T) => string, list: string | undefined, what: string): T[] {
  if (!list) return [...all];
  return list.split(',').map((id) => {
    const x = all.find((a) => idOf(a) === id);
    if (!x) throw new Error(`--${what}: unknown "${id}" (known: ${all.map(idOf).join(', ')})`);
    return x;
  });
}

async function write(r: BenchResults, complete: boolean): Promise<void> {
  await mkdir(path.dirname(values.json!), { recursive: true });
  await writeFile(values.json!, `${JSON.stringify(r, null, 1)}\n`);
  await writeFile(values.out!, renderReport(r, METHOD));
  if (values.readme && complete) await writeFile('README.md', updateReadme(await readFile('README.md', 'utf8'), renderHeadline(r)));
}

/** A run the README may quote: every fixture and builder, at least 3 runs, no failed build. */
function complete(r: BenchResults): boolean {
  return r.failures.length === 0 && r.fixtures.length === FIXTURES.length && r.builders.length === ALL_BUILDERS.length && r.runs >= 3 && r.machine.loadAfter.length > 0;
}

async function versions(): Promise<Record<string, string>> {
  const v: Record<string, string> = {};
  v['docker-registry (registries)'] = await capture('docker-registry', ['--version']).catch(() => 'unknown');
  v['Node (harness, hoist)'] = process.version;
  return v;
}

async function main(): Promise<void> {
  if (values['render-only']) {
    const r = JSON.parse(await readFile(values.json!, 'utf8')) as BenchResults;
    await write(r, complete(r));
    console.error(`rendered ${values.out} from ${values.json}`);
    return;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got "${values.runs}"`);
  const fixtures = pick(FIXTURES, (f) => f.id, values.fixtures, 'fixtures');
  const builders = pick(ALL_BUILDERS, (b) => b.info.id, values.builders, 'builders');
  const scratch = values.scratch!;
  await mkdir(scratch, { recursive: true });
  const started = Date.now();
  const osName = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os.type();
  const r: BenchResults = {
    date: new Date(started).toISOString(),
    runs,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), kernel: os.release(), os: osName, loadBefore: os.loadavg(), loadAfter: [] },
    versions: await versions(),
    command: values.command!,
    builders: [],
    fixtures: fixtures.map(({ id, label, description }) => ({ id, label, description })),
    samples: [],
    failures: [],
    totalMs: 0,
  };
  console.error(`comparison benchmark: ${fixtures.length} fixture(s) x ${builders.length} builder(s) x ${runs} run(s); load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.error('preparing the debootstrap base (cached under /var/tmp after the first time)...');
  await prepareBases();
  const ready: Builder[] = [];
  try {
    for (const b of builders) {
      const info: BuilderInfo = { ...b.info };
      try {
        const p = await b.prepare({ scratch, repo });
        if (p.version) info.version = p.version;
        if (p.unavailable) info.unavailable = p.unavailable;
        else ready.push(b);
      } catch (e) {
        info.unavailable = (e as Error).message.split('\n').slice(0, 3).join(' ');
      }
      console.error(`  ${info.id}: ${info.unavailable ? `NOT AVAILABLE: ${info.unavailable}` : info.version}`);
      r.builders.push(info);
    }
    r.builders.sort((a, b) => BUILDER_IDS.indexOf(a.id) - BUILDER_IDS.indexOf(b.id));
    const sink = {
      sample: (s: BenchResults['samples'][number]) => {
        r.samples.push(s);
        console.error(`  ${s.fixture} ${s.scenario} ${s.builder} #${s.run}: ${formatSeconds(s.wallMs)} (cached steps ${s.cachedSteps ?? '?'})`);
      },
      failure: (f: BenchResults['failures'][number]) => {
        r.failures.push(f);
        console.error(`  ${f.fixture} ${f.scenario} ${f.builder} #${f.run}: FAILED ${f.error.split('\n').slice(0, 8).join('\n    ')}`);
      },
      log: (l: string) => console.error(l),
    };
    for (let run = 1; run <= runs; run++) {
      // The builders' order rotates from run to run, so none always runs first or last in a fixture.
      const order = [...ready.slice((run - 1) % ready.length), ...ready.slice(0, (run - 1) % ready.length)];
      for (const f of fixtures) {
        for (const b of order) {
          console.error(`run ${run}/${runs}: ${f.id} with ${b.info.id} (load ${os.loadavg()[0].toFixed(1)})`);
          const work = path.join(scratch, 'seq');
          const failuresBefore = r.failures.length;
          await runSequence(f, b, run, work, sink);
          // Every sequence's build logs are kept (the last run's of each cell) for inspection.
          const keep = path.join(scratch, 'logs', `${f.id}-${b.info.id}-${run}`);
          await rm(keep, { recursive: true, force: true });
          await mkdir(path.dirname(keep), { recursive: true });
          await cp(path.join(work, 'logs'), keep, { recursive: true }).catch(() => undefined);
          if (r.failures.length > failuresBefore) console.error(`    logs in ${keep}`);
          r.totalMs = Date.now() - started;
          await write(r, false);
        }
      }
    }
  } finally {
    for (const b of ready) await b.finish().catch((e) => console.error(`  ${b.info.id}: stopping failed: ${(e as Error).message}`));
    await rm(path.join(scratch, 'seq'), { recursive: true, force: true }).catch(() => undefined);
  }
  r.machine.loadAfter = os.loadavg();
  r.totalMs = Date.now() - started;
  await write(r, complete(r));
  console.log(`wrote ${values.out} and ${values.json} in ${formatSeconds(r.totalMs)}${values.readme ? (complete(r) ? '; README.md updated' : '; README.md left alone (partial run or failures)') : ''}`);
}

await main();
