#!/usr/bin/env node
import { createRequire as __hoistCreateRequire } from 'node:module';
const require = __hoistCreateRequire(import.meta.url);

// src/cli/commands.ts
var commands = [];

// src/cli/command.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

// src/cli/main.ts
function help() {
  const width = Math.max(0, ...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `usage: hoist <command> [options]

commands:
${lines.join("\n")}

Run 'hoist <command> --help' for a command's options.
`;
}
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(help());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`hoist: unknown command "${name}"

${help()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`usage: ${command.usage}
`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`hoist ${name}: ${e.message}
usage: ${command.usage}
`);
      return 2;
    }
    io.stderr(`hoist ${name}: ${e.message}
`);
    if (io.env.HOIST_DEBUG) io.stderr(`${e.stack}
`);
    return 1;
  }
}

// src/cli.ts
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
process.exitCode = controller.signal.aborted ? 130 : status;
