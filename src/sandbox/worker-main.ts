/**
 * Entry point of the privileged sandbox worker (bundled as its own script, e.g. `dist/sandbox-worker.js`,
 * and started by the native executor as root or through `sudo -n`). See `worker.ts`.
 */
import { runWorker } from './worker.js';

runWorker().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`hoist sandbox worker: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exit(2);
  },
);
