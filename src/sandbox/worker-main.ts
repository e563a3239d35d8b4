/**
 * Entry point of the privileged sandbox worker (bundled as `sandbox-worker.js` beside hoist's bundles and
 * started by the native executor as root or through `sudo -n`). See `worker.ts`. The compile cache is
 * turned on before the rest loads: the worker starts once per build, and every millisecond is a RUN's.
 */
import { closeSync, readdirSync, readFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Closes descriptors this process inherited without close-on-exec (beyond stdio): they would otherwise pass
 * into every RUN step (a build's RUN must see only 0, 1 and 2, as under BuildKit). Node's own descriptors
 * all have close-on-exec.
 */
function closeInheritedDescriptors(): void {
  for (const name of readdirSync('/proc/self/fd')) {
    const fd = Number(name);
    if (!Number.isInteger(fd) || fd <= 2) continue;
    try {
      const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'));
      if (flags && (parseInt(flags[1], 8) & 0o2000000) === 0) closeSync(fd);
    } catch {
      // gone already (the directory listing's own descriptor)
    }
  }
}
closeInheritedDescriptors();

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
