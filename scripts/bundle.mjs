// Builds the committed bundles into dist/ (or the directory given): index.js (the action), cli.js (the `hoist`
// bin), sandbox-worker.js (the privileged RUN worker, found beside the bundle) and shared chunks, split so each
// entry loads only what it uses. Usage: node scripts/bundle.mjs [outdir]
import { build } from 'esbuild';
import { chmod, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

const outdir = process.argv[2] ?? 'dist';
await mkdir(outdir, { recursive: true });
for (const f of await readdir(outdir)) if (f.endsWith('.js')) await rm(path.join(outdir, f));
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', 'sandbox-worker': 'src/sandbox/worker-main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node24',
  legalComments: 'none',
  logLevel: 'warning',
  logOverride: { 'empty-import-meta': 'silent' },
  banner: { js: "import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);" },
});
await chmod(path.join(outdir, 'cli.js'), 0o755);
