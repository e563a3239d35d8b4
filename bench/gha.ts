/**
 * Benchmark (issue 7): real hoist builds with the Actions cache store (the real @actions/cache against the local
 * Actions cache service), on a busybox fixture and a debootstrap'd Debian fixture. Three scenarios, each on a fresh
 * machine (hoist's state and the cache's local files wiped; the cache service and the registry kept): cold,
 * warm (one source file changed) and no-op. Prints wall time, bytes downloaded from and uploaded to the cache,
 * bytes uploaded to the registry, cache entries created, and checks the goals.
 *
 *   node_modules/.bin/node bench/ts.mjs bench/gha.ts [--runs N] [--fixture busybox|debian] [--steps]   (--steps: each step's wall time too)
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { runBuild } from '../src/build/run-build.js';
import { createCacheStore } from '../src/cache/index.js';
import { hostPlatform } from '../src/oci/platform.js';
import { RegistryClient } from '../src/registry/client.js';
import { parseReference } from '../src/registry/reference.js';
import { createExecutor, mountRootfs } from '../src/sandbox/index.js';
import { busyboxEntries, pushSpecImage } from '../__tests__/support/base-images.js';
import { startGhaCacheService } from '../__tests__/support/gha-cache-service.js';
import { startRegistry } from '../__tests__/support/registry.js';
import { debianLayer, pushLayerImage } from '../__tests__/support/rootfs.js';

interface Fixture {
  name: string;
  dockerfile: (base: string) => string;
  files: Record<string, string>;
  /** The file the warm scenario edits. */
  edit: string;
}

const srcFiles = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`src/m${i}.js`, `export const m${i} = ${i};\n`.repeat(20)]));

const FIXTURES: Fixture[] = [
  {
    name: 'busybox',
    dockerfile: (base) => `FROM ${base}
RUN mkdir -p /opt && head -c 20000000 /dev/urandom > /opt/runtime.bin
COPY package.json /app/
RUN cd /app && head -c 5000000 /dev/urandom > deps.bin && cp package.json installed.json
COPY src /app/src
RUN cd /app && cat src/*.js | wc -c > build.txt
CMD ["cat", "/app/build.txt"]
`,
    files: { 'package.json': '{"name":"bench","dependencies":{"x":"1"}}\n', ...srcFiles(200) },
    edit: 'src/m7.js',
  },
  {
    name: 'debian',
    dockerfile: (base) => `FROM ${base}
RUN apt-get update -q && apt-get install -y -q --no-install-recommends jq && rm -rf /var/lib/apt/lists/*
COPY package.json /app/
RUN cd /app && jq -r .name package.json > name.txt && head -c 5000000 /dev/urandom > deps.bin
COPY src /app/src
RUN cd /app && cat src/*.js | wc -c > build.txt
CMD ["cat", "/app/build.txt"]
`,
    files: { 'package.json': '{"name":"bench","dependencies":{"x":"1"}}\n', ...srcFiles(200) },
    edit: 'src/m7.js',
  },
];

const noLog = (): void => undefined;
/** HOIST_TRACE=1: the sandbox's phase timings on stderr. */
const trace = process.env.HOIST_TRACE ? (m: string): void => void process.stderr.write(`  [${(performance.now() / 1000).toFixed(2)}] ${m}\n`) : noLog;
const MiB = (n: number) => (n < 1048576 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1048576).toFixed(2)} MiB`);

async function main(): Promise<void> {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 1;
  const top = await mkdtemp(path.join(tmpdir(), 'hoist-bench-gha-'));
  const registry = await startRegistry();
  const svc = await startGhaCacheService();
  const client = new RegistryClient();
  const goals: string[] = [];
  try {
    console.log(`hoist + Actions cache (real @actions/cache, local service), fresh machine per build; load ${loadavg()[0].toFixed(2)}`);
    console.log('| fixture | scenario | wall | cache down | cache up | registry up | entries | steps rebuilt |');
    console.log('|---|---|---|---|---|---|---|---|');
    const only = process.argv.includes('--fixture') ? process.argv[process.argv.indexOf('--fixture') + 1] : undefined;
    for (const fx of FIXTURES.filter((f) => !only || f.name === only)) {
      const base = `${registry.host}/base/${fx.name}:1`;
      if (fx.name === 'busybox') await pushSpecImage(client, base, [busyboxEntries()]);
      else await pushLayerImage(client, base, [await debianLayer()]);
      for (let r = 0; r < runs; r++) {
        const ctx = path.join(top, `${fx.name}-${r}`, 'ctx');
        await mkdir(path.join(ctx, 'src'), { recursive: true });
        await writeFile(path.join(ctx, 'Dockerfile'), fx.dockerfile(base));
        for (const [f, c] of Object.entries(fx.files)) await writeFile(path.join(ctx, f), c);
        // Each run gets its own scope (image name), so runs do not warm each other.
        const image = `${registry.host}/bench/${fx.name}-${r}`;
        for (const scenario of ['cold', 'warm', 'no-op'] as const) {
          if (scenario === 'warm') await writeFile(path.join(ctx, fx.edit), `export const edited = ${Date.now()};\n`);
          const machine = path.join(top, 'machine');
          await rm(machine, { recursive: true, force: true });
          const before = svc.stats();
          const warnings: string[] = [];
          const cache = createCacheStore({
            kind: 'gha',
            env: { ...svc.env('refs/heads/main'), PATH: process.env.PATH },
            tempDir: path.join(machine, 'tmp'),
            scopeParts: { image, dockerfile: 'Dockerfile', platform: 'linux/amd64' },
            mode: 'max',
            log: { info: () => undefined, warning: (m) => warnings.push(m) },
            gha: { root: path.join(machine, 'gha') },
          });
          const state = path.join(machine, 'state');
          const t0 = performance.now();
          const outcome = await runBuild(
            { contextDir: ctx, buildArgs: {}, platforms: [hostPlatform()], push: [parseReference(`${image}:${scenario}`)], outputs: [], format: { family: 'oci', compression: 'gzip' }, stateDir: state, tempDir: machine },
            {
              registry: client,
              cache,
              buildPlatform: hostPlatform(),
              now: Date.now,
              executor: () => createExecutor({ cacheDir: state, tempDir: path.join(top, 'run'), log: trace, trace: trace !== noLog }),
              mountRootfs: (l) => mountRootfs(l, { cacheDir: state, tempDir: path.join(top, 'run') }),
            },
          );
          const wall = performance.now() - t0;
          await cache.close();
          const after = svc.stats();
          const down = after.bytesDownloaded - before.bytesDownloaded;
          const up = after.bytesUploaded - before.bytesUploaded;
          const entries = after.entriesCreated - before.entriesCreated;
          const rebuilt = outcome.reports.filter((x) => x.status === 'built').length;
          // What a rebuilt RUN needs from the cache: every cached layer below the last rebuilt RUN.
          const lastRun = outcome.reports.map((x) => x.status === 'built' && x.instruction.startsWith('RUN')).lastIndexOf(true);
          const needed = outcome.reports.slice(0, Math.max(lastRun, 0)).filter((x) => x.status === 'cached').reduce((n, x) => n + (x.layerSize ?? 0), 0);
          console.log(`| ${fx.name} | ${scenario} | ${(wall / 1000).toFixed(2)} s | ${MiB(down)}${lastRun >= 0 ? ` (needed ${MiB(needed)})` : ''} | ${MiB(up)} | ${MiB(outcome.push?.bytesUploaded ?? 0)} | ${entries} | ${rebuilt} |`);
          if (entries > 3) goals.push(`${fx.name} ${scenario}: ${entries} entries (> 3)`);
          // The index is a few KiB: anything beyond the needed layers and 256 KiB is a layer no RUN needed.
          if (scenario !== 'cold' && down > needed + 256 * 1024) goals.push(`${fx.name} ${scenario}: downloaded ${MiB(down)}, a later RUN needed ${MiB(needed)}`);
          if (scenario === 'no-op' && wall > 2000) goals.push(`${fx.name} no-op: ${(wall / 1000).toFixed(2)} s (> 2 s)`);
          if (scenario === 'no-op' && (up > 0 || rebuilt > 0)) goals.push(`${fx.name} no-op uploaded ${up} B / rebuilt ${rebuilt}`);
          if (process.argv.includes('--steps')) for (const x of outcome.reports) console.log(`  ${(x.ms / 1000).toFixed(2)} s ${x.status} ${x.instruction.slice(0, 70)}`);
          if (warnings.length) console.log(`  warnings: ${warnings.join(' | ')}`);
        }
      }
    }
    console.log(goals.length ? `goals NOT met: ${goals.join('; ')}` : 'goals: no-op under 2 s, warm and no-op download only what a later RUN needs plus the index, at most 3 entries per build, nothing re-uploaded on a no-op: met');
  } finally {
    await client.close();
    await svc.stop();
    await registry.stop();
    await rm(top, { recursive: true, force: true });
  }
}

await main();
