/**
 * Finds the script the privileged worker runs: `sandbox-worker.js` beside the running bundle (dist/), or,
 * when hoist runs from its TypeScript sources (tests, development), a bundle of `worker-main.ts` made once
 * per process with esbuild (a dev dependency, imported by a computed name so bundles never include it).
 */
import { existsSync, rmSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
let built: Promise<string> | undefined;

/** The bundled worker expected beside this module's bundle. */
export function bundledWorkerScript(): string {
  return path.join(here, 'sandbox-worker.js');
}

/** Bundles `worker-main.ts` into `outDir` (tests and source checkouts). */
export async function bundleWorkerFromSources(outDir: string): Promise<string> {
  const entry = path.join(here, 'worker-main.ts');
  if (!existsSync(entry)) throw new Error(`no sandbox worker: neither ${bundledWorkerScript()} nor ${entry} exists`);
  await mkdir(outDir, { recursive: true });
  const out = path.join(outDir, `hoist-sandbox-worker-${process.pid}.mjs`);
  const name = 'esbuild';
  const esbuild = (await import(name)) as { build(o: object): Promise<unknown> };
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: `${out}.tmp.mjs`,
    logLevel: 'error',
    banner: { js: "import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);" },
  });
  await rename(`${out}.tmp.mjs`, out);
  process.once('exit', () => rmSync(out, { force: true }));
  return out;
}

/**
 * The worker script to run: the bundled one, else one built from the sources, once per process, into the
 * system temp dir (removed when the process exits). Not into a build's own temp dir: builds running at once in
 * one process (tests) would lose it when the first of them ends and removes its dir.
 */
export function resolveWorkerScript(): Promise<string> {
  const bundled = bundledWorkerScript();
  if (existsSync(bundled)) return Promise.resolve(bundled);
  const reuse = (out: string | undefined) => (out !== undefined && existsSync(out) ? out : bundleWorkerFromSources(tmpdir()));
  built = (built ?? Promise.resolve(undefined)).then(reuse, () => reuse(undefined));
  return built;
}
