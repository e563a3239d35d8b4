// Runs bench/cache.ts: bundles it with esbuild (as dist/ is built) into a temporary file and runs it with this
// Node (24+). Usage: node_modules/.bin/node bench/cache.mjs
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(os.tmpdir(), 'hoist-bench-bundle-'));
const outfile = path.join(dir, 'cache.mjs');
try {
  await build({
    entryPoints: [new URL('./cache.ts', import.meta.url).pathname],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __req } from 'node:module'; const require = __req(import.meta.url);" },
  });
  const r = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  // @actions/core prints ::add-mask:: commands for the signed URLs: keep the table readable.
  process.stdout.write(r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'));
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
