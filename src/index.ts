import { run } from './main.js';

const controller = new AbortController();
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => controller.abort(new Error(`cancelled (${sig})`)));
await run(controller.signal);
// End now: a cache or network call that timed out may still hold the event loop open.
process.exit();
