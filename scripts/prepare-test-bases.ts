/**
 * Makes the Debian base the RUN suites build on (`debootstrap --variant=minbase`, cached under
 * /var/tmp/hoist-test-debootstrap) ahead of the tests: .ci/run starts it in the background while the reference
 * engine is fetched, so the first suite that needs it waits less (rootfs.ts's lock lets one maker run; the
 * suites wait for it, or make it themselves when this failed). Usage: node bench/ts.mjs scripts/prepare-test-bases.ts
 */
import { debianLayer } from '../__tests__/support/rootfs.js';

const started = Date.now();
await debianLayer();
process.stdout.write(`Debian base ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
