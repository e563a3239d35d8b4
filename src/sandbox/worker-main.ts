/**
 * Entry point of the privileged sandbox worker (bundled as `sandbox-worker.js` beside hoist's bundles and
 * started by the native executor as root or through `sudo -n`). See `worker.ts`. The compile cache is
 * turned on before the rest loads: the worker starts once per build, and every millisecond is a RUN's.
 */
import module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Its own directory: the worker runs as root, hoist maybe not, and they must not share cache files.
(module as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache?.(path.join(tmpdir(), 'hoist-sandbox-worker-compile-cache'));
const { serveWorker } = await import('./worker.js');
serveWorker().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`hoist sandbox worker: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exit(2);
  },
);
