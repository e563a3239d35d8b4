// Builds the committed bundles: dist/index.js (the action) and dist/cli.js (the `hoist` bin).
// Usage: node scripts/bundle.mjs [outdir]   (outdir defaults to dist; the staleness test bundles to a temp dir)
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import path from 'node:path';

const outdir = process.argv[2] ?? 'dist';
const banner = [
  "import { createRequire as __hoistCreateRequire } from 'node:module';",
  'const require = __hoistCreateRequire(import.meta.url);',
].join('\n');
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  legalComments: 'none',
  logLevel: 'warning',
  logOverride: { 'empty-import-meta': 'silent' },
};
await build({ ...common, entryPoints: ['src/index.ts'], outfile: path.join(outdir, 'index.js'), banner: { js: banner } });
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: path.join(outdir, 'cli.js'),
  banner: { js: `#!/usr/bin/env node\n${banner}` },
});
await chmod(path.join(outdir, 'cli.js'), 0o755);
