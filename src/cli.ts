#!/usr/bin/env node
// The `hoist` CLI entry: enables Node's on-disk compile cache before the (split) bundle's code loads, so repeated
// runs start fast, then dispatches. SIGINT/SIGTERM abort the running command.
import module from 'node:module';

module.enableCompileCache?.();
const { runCli } = await import('./cli/main.js');

const controller = new AbortController();
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    process.exitCode = 130;
    controller.abort(new Error(`interrupted by ${sig}`));
  });
}
const status = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
});
const code = controller.signal.aborted ? 130 : status;
// End now: a cache or network call that timed out may still hold the event loop open.
process.stdout.write('', () => process.exit(code));
