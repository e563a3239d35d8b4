/**
 * Benchmark (issue 5): a cold build and an unchanged rebuild of a 2,000-file context (source-like files of
 * 1-16 KiB, about 17 MB) with `hoist build --cache-dir`, timed as whole CLI processes. As on CI, the base image
 * comes from one registry and the image is pushed to another. Goal: the unchanged rebuild under 1 s and at least
 * 5 times faster than the cold build. Measured on two bases: a 1 MB busybox (the cold build is then almost all
 * context) and a debootstrap'd Debian (a realistic base that a cold build pulls and pushes).
 *
 *   node_modules/.bin/node bench/ts.mjs bench/build.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { RegistryClient } from '../src/registry/client.js';
import { busyboxEntries, pushSpecImage } from '../__tests__/support/base-images.js';
import { startRegistry } from '../__tests__/support/registry.js';
import { debianLayer, pushLayerImage } from '../__tests__/support/rootfs.js';

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
  const bundleDir = await mkdtemp(path.join(tmpdir(), 'hoist-bench-cli-'));
  try {
    const b = spawnSync(process.execPath, ['scripts/bundle.mjs', bundleDir], { encoding: 'utf8' });
    if (b.status !== 0) throw new Error(b.stderr);
    const cli = path.join(bundleDir, 'cli.js');
    const client = new RegistryClient();
    const bases = [
      { name: 'busybox (1 MB)', ref: `${upstream.host}/library/busybox:1`, push: () => pushSpecImage(client, `${upstream.host}/library/busybox:1`, [busyboxEntries()]) },
      { name: 'Debian bookworm minbase (debootstrap)', ref: `${upstream.host}/library/debian:bookworm`, push: async () => pushLayerImage(client, `${upstream.host}/library/debian:bookworm`, [await debianLayer()]) },
    ];
    const ctx = path.join(root, 'ctx');
    for (let d = 0; d < 20; d++) {
      await mkdir(path.join(ctx, 'src', `pkg${d}`), { recursive: true });
      for (let f = 0; f < FILES / 20; f++) {
        const size = 1024 + ((d * 7919 + f * 104729) % 15360);
        await writeFile(path.join(ctx, 'src', `pkg${d}`, `file${f}.js`), `// pkg${d}/file${f}\n${'export const x = 1;\n'.repeat(Math.ceil(size / 20))}`);
      }
    }
    await writeFile(path.join(ctx, 'package.json'), '{"name":"bench","version":"1.0.0"}\n');
    console.log(`hoist build, ${FILES}-file context (1-16 KiB files, 17 MB), base pulled from one local registry, image pushed to another, --cache-dir; CLI process wall time; load ${loadavg()[0].toFixed(2)}, ${cpus().length} CPUs`);
    let met = true;
    for (const [i, base] of bases.entries()) {
      await base.push();
      await writeFile(path.join(ctx, 'Dockerfile'), `FROM ${base.ref}\nWORKDIR /app\nCOPY package.json .\nCOPY src ./src\nENV NODE_ENV=production\nEXPOSE 8080\nCMD ["sh", "-c", "ls /app/src | wc -l"]\n`);
      const args = ['build', ctx, '--tag', `${registry.host}/bench/app${i}:1`, '--push', '--cache-dir', path.join(root, `cache${i}`), '--quiet'];
      const cold = hoist(cli, args);
      const rebuilds: number[] = [];
      for (let r = 0; r < 5; r++) rebuilds.push(hoist(cli, args));
      rebuilds.sort((x, y) => x - y);
      const median = rebuilds[2];
      const ratio = cold / median;
      const ok = median < 1000 && ratio >= 5;
      met &&= ok;
      console.log(`  base ${base.name}:`);
      console.log(`    cold build:          ${(cold / 1000).toFixed(2)} s`);
      console.log(`    unchanged rebuild:   ${(median / 1000).toFixed(2)} s (median of 5; min ${(rebuilds[0] / 1000).toFixed(2)} s, max ${(rebuilds[4] / 1000).toFixed(2)} s)`);
      console.log(`    ratio cold/rebuild:  ${ratio.toFixed(1)}x  (goal: rebuild < 1 s and >= 5x: ${ok ? 'met' : 'NOT met'})`);
    }
    await client.close();
    console.log(`goal ${met ? 'met' : 'NOT met'} for every base`);
  } finally {
    await registry.stop();
    await upstream.stop();
    await rm(bundleDir, { recursive: true, force: true });
    await rm(root, { recursive: true, force: true });
  }
}

await main();
