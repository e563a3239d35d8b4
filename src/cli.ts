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
process.exitCode = controller.signal.aborted ? 130 : status;
