/**
 * Benchmark (issue 5): a cold build and an unchanged rebuild of a 2,000-file context (source-like files of
 * 1-16 KiB, about 17 MB) with `hoist build --cache-dir`, timed as whole CLI processes. As on CI, the base image
 * comes from one registry and the image is pushed to another. Goal: the unchanged rebuild under 1 s and at least
 * 5 times faster than the cold build.
 *
 *   node_modules/.bin/node bench/ts.mjs bench/build.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RegistryClient } from '../src/registry/client.js';
import { busyboxEntries, pushSpecImage } from '../__tests__/support/base-images.js';
import { startRegistry } from '../__tests__/support/registry.js';

const FILES = 2000;

function hoist(cli: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`hoist ${args.join(' ')} failed:\n${r.stderr}`);
  return ms;
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'hoist-bench-build-'));
  const registry = await startRegistry();
  const upstream = await startRegistry();
  try {
    const client = new RegistryClient();
    const base = `${upstream.host}/library/busybox:1`;
    await pushSpecImage(client, base, [busyboxEntries()]);
    await client.close();
    const ctx = path.join(root, 'ctx');
    for (let d = 0; d < 20; d++) {
      await mkdir(path.join(ctx, 'src', `pkg${d}`), { recursive: true });
      for (let f = 0; f < FILES / 20; f++) {
        const size = 1024 + ((d * 7919 + f * 104729) % 15360);
        await writeFile(path.join(ctx, 'src', `pkg${d}`, `file${f}.js`), `// pkg${d}/file${f}\n${'export const x = 1;\n'.repeat(Math.ceil(size / 20))}`);
      }
    }
    await writeFile(path.join(ctx, 'package.json'), '{"name":"bench","version":"1.0.0"}\n');
    await writeFile(path.join(ctx, 'Dockerfile'), `FROM ${base}\nWORKDIR /app\nCOPY package.json .\nCOPY src ./src\nENV NODE_ENV=production\nEXPOSE 8080\nCMD ["sh", "-c", "ls /app/src | wc -l"]\n`);
    const cli = path.resolve('dist/cli.js');
    const bundleDir = await mkdtemp(path.join(tmpdir(), 'hoist-bench-cli-'));
    const b = spawnSync(process.execPath, ['scripts/bundle.mjs', bundleDir], { encoding: 'utf8' });
    if (b.status !== 0) throw new Error(b.stderr);
    const freshCli = path.join(bundleDir, 'cli.js');
    void cli;
    const args = (n: number) => ['build', ctx, '--tag', `${registry.host}/bench/app:${n}`, '--push', '--cache-dir', path.join(root, 'cache'), '--quiet'];
    const cold = hoist(freshCli, args(1));
    const rebuilds: number[] = [];
    for (let i = 0; i < 5; i++) rebuilds.push(hoist(freshCli, args(1)));
    rebuilds.sort((x, y) => x - y);
    const median = rebuilds[2];
    const ratio = cold / median;
    console.log(`hoist build, ${FILES}-file context (1-16 KiB files), base pulled from one local registry, pushed to another, --cache-dir (CLI process wall time; load ${(await import('node:os')).loadavg()[0].toFixed(2)})`);
    console.log(`  cold build:          ${(cold / 1000).toFixed(2)} s`);
    console.log(`  unchanged rebuild:   ${(median / 1000).toFixed(2)} s (median of 5; min ${(rebuilds[0] / 1000).toFixed(2)} s, max ${(rebuilds[4] / 1000).toFixed(2)} s)`);
    console.log(`  ratio cold/rebuild:  ${ratio.toFixed(1)}x`);
    console.log(`  goal (rebuild < 1 s and >= 5x): ${median < 1000 && ratio >= 5 ? 'met' : 'NOT met'}`);
    await rm(bundleDir, { recursive: true, force: true });
  } finally {
    await registry.stop();
    await upstream.stop();
    await rm(root, { recursive: true, force: true });
  }
}

await main();
