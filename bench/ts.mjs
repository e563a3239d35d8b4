// Runs a TypeScript benchmark: bundles it with esbuild (as dist/ is built) into a temporary file and runs it
// with this Node (24+; run through npm or node_modules/.bin/node). Usage: node bench/ts.mjs bench/NAME.ts [args]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node bench/ts.mjs bench/NAME.ts [args]');
  process.exit(2);
}
const dir = mkdtempSync(path.join(os.tmpdir(), 'hoist-bench-bundle-'));
const outfile = path.join(dir, `${path.basename(entry, '.ts')}.mjs`);
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __req } from 'node:module'; const require = __req(import.meta.url);" },
};
try {
  // The RUN sandbox's privileged worker is found beside the running bundle, as in dist/.
  await build({ ...common, entryPoints: [path.resolve('src/sandbox/worker-main.ts')], outfile: path.join(dir, 'sandbox-worker.js') });
  await build({
    ...common,
    entryPoints: [path.resolve(entry)],
    outfile,
  });
  const r = spawnSync(process.execPath, [outfile, ...args], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  // @actions/core prints ::add-mask:: commands for signed URLs: keep the output readable.
  process.stdout.write((r.stdout ?? '').split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'));
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
