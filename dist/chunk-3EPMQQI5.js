import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HZE3DBIV.js";
import "./chunk-LTDY7X75.js";

// src/cli/commands.ts
var commandModules = {
  build: once(async () => (await import("./chunk-36ZQLECE.js")).buildCommand),
  parse: once(async () => (await import("./chunk-I2LGLEOS.js")).parseCommand),
  tags: once(async () => (await import("./chunk-75QWCWVJ.js")).tagsCommand),
  inspect: once(async () => (await import("./chunk-JAA56XGX.js")).inspectCommand),
  copy: once(async () => (await import("./chunk-DPG6AWEN.js")).copyCommand),
  tag: once(async () => (await import("./chunk-7WWWEWIK.js")).tagCommand),
  pull: once(async () => (await import("./chunk-WRKEFBPW.js")).pullCommand),
  push: once(async () => (await import("./chunk-DCAPPO2L.js")).pushCommand),
  imagetools: once(async () => (await import("./chunk-3CTFPEZP.js")).imagetoolsCommand)
};
function once(load) {
  let loaded;
  return () => loaded ??= load();
}
async function loadCommands() {
  return Promise.all(Object.values(commandModules).map((load) => load()));
}

// src/cli/main.ts
async function help() {
  const commands = await loadCommands();
  const width = Math.max(0, ...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `usage: hoist <command> [options] | hoist --version

commands:
${lines.join("\n")}

Run 'hoist <command> --help' for a command's options.
`;
}
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "version") {
    io.stdout(`hoist ${(await import("./chunk-MIGRCW2R.js")).hoistVersion()}
`);
    return 0;
  }
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(await help());
    return name ? 0 : 2;
  }
  const load = Object.prototype.hasOwnProperty.call(commandModules, name) ? commandModules[name] : void 0;
  if (!load) {
    io.stderr(`hoist: unknown command "${name}"

${await help()}`);
    return 2;
  }
  const command = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`usage: ${command.usage}
`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (thrown) {
    const e = flagError(thrown) ?? thrown;
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
function flagError(e) {
  const code = e?.code;
  const message = e?.message ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const flag = /^Unknown option '([^']+)'/.exec(message)?.[1];
    if (!flag) return new UsageError(message);
    return new UsageError(flag.startsWith("--") ? `unknown flag: ${flag}` : `unknown shorthand flag: '${flag.slice(1, 2)}' in ${flag}`);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const m = /^Option '(?:-\w, )?(--[\w-]+)[^']*' (argument missing|does not take an argument)/.exec(message);
    if (!m) return new UsageError(message);
    return new UsageError(m[2] === "argument missing" ? `flag needs an argument: ${m[1]}` : `flag ${m[1]} takes no value`);
  }
  return void 0;
}
export {
  flagError,
  runCli
};
