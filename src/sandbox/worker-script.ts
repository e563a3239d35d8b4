/**
 * Finds the script the privileged worker runs: `sandbox-worker.js` beside the running bundle (dist/), or,
 * when hoist runs from its TypeScript sources (tests, development), a bundle of `worker-main.ts` made once
 * per process with esbuild (a dev dependency, imported by a computed name so bundles never include it).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
let built: Promise<string> | undefined;

/** The bundled worker expected beside this module's bundle. */
export function bundledWorkerScript(): string {
  return path.join(here, 'sandbox-worker.js');
}

/**
 * Bundles `worker-main.ts` into `outDir` (tests and source checkouts) as `hoist-sandbox-worker-<content hash>.mjs`:
 * written once (temp name, then rename), reused by later processes with the same sources.
 */
export async function bundleWorkerFromSources(outDir: string): Promise<string> {
  const entry = path.join(here, 'worker-main.ts');
  if (!existsSync(entry)) throw new Error(`no sandbox worker: neither ${bundledWorkerScript()} nor ${entry} exists`);
  await mkdir(outDir, { recursive: true });
  const name = 'esbuild';
  const esbuild = (await import(name)) as { build(o: object): Promise<{ outputFiles: { contents: Uint8Array }[] }> };
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: path.join(outDir, 'worker.mjs'),
    write: false,
    logLevel: 'error',
    banner: { js: "import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);" },
  });
  const bytes = result.outputFiles[0].contents;
  const out = path.join(outDir, `hoist-sandbox-worker-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(out)) {
    const tmp = `${out}.${process.pid}.tmp`;
    await writeFile(tmp, bytes, { mode: 0o644 });
    await rename(tmp, out);
  }
  return out;
}

/**
 * This user's private directory for the worker built from sources: `<tmp>/hoist-worker-<uid>`, mode 0700. The
 * worker runs as root, so a directory another user made (or a symlink) is refused. Not a build's own temp dir:
 * builds running at once in one process (tests) would lose it when the first of them ends and removes its dir.
 */
export async function privateWorkerDir(base = tmpdir()): Promise<string> {
  const uid = process.getuid?.() ?? 0;
  const dir = path.join(base, `hoist-worker-${uid}`);
  await mkdir(dir, { mode: 0o700 }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'EEXIST') throw e;
  });
  const st = await lstat(dir);
  if (!st.isDirectory() || st.uid !== uid || (st.mode & 0o077) !== 0) throw new Error(`${dir} is not a private directory of uid ${uid} (mode 0700): remove it`);
  return dir;
}

/** The worker script to run: the bundled one, else one built from the sources, once per process (privateWorkerDir). */
export function resolveWorkerScript(): Promise<string> {
  const bundled = bundledWorkerScript();
  if (existsSync(bundled)) return Promise.resolve(bundled);
  const reuse = async (out: string | undefined): Promise<string> => (out !== undefined && existsSync(out) ? out : bundleWorkerFromSources(await privateWorkerDir()));
  built = (built ?? Promise.resolve(undefined)).then(reuse, () => reuse(undefined));
  return built;
}
