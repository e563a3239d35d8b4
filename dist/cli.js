#!/usr/bin/env node
import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);

// src/cli.ts
import module from "node:module";
module.enableCompileCache?.();
var { runCli } = await import("./chunk-3EPMQQI5.js");
var controller = new AbortController();
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.once(sig, () => {
    process.exitCode = 130;
    controller.abort(new Error(`interrupted by ${sig}`));
  });
}
var status = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal
});
var code = controller.signal.aborted ? 130 : status;
process.stdout.write("", () => process.exit(code));
