import { runCli } from './cli/main.js';

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
