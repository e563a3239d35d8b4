import { commandModules, loadCommands } from './commands.js';
import { UsageError, type CliIO } from './command.js';

async function help(): Promise<string> {
  const commands = await loadCommands();
  const width = Math.max(0, ...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `usage: hoist <command> [options] | hoist --version\n\ncommands:\n${lines.join('\n')}\n\nRun 'hoist <command> --help' for a command's options.\n`;
}

/** Runs `hoist` with the given arguments; resolves to the process exit status. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === 'version') {
    io.stdout(`hoist ${(await import('../version.js')).hoistVersion()}\n`);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await help());
    return name ? 0 : 2;
  }
  const load = Object.prototype.hasOwnProperty.call(commandModules, name) ? commandModules[name] : undefined;
  if (!load) {
    io.stderr(`hoist: unknown command "${name}"\n\n${await help()}`);
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`usage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (thrown) {
    const e = flagError(thrown) ?? thrown;
    if (e instanceof UsageError) {
      io.stderr(`hoist ${name}: ${e.message}\nusage: ${command.usage}\n`);
      return 2;
    }
    io.stderr(`hoist ${name}: ${(e as Error).message}\n`);
    if (io.env.HOIST_DEBUG) io.stderr(`${(e as Error).stack}\n`);
    return 1;
  }
}

/**
 * A flag error of node:util's parseArgs, in the words of docker's CLI (cobra): `unknown flag: --x`, `unknown
 * shorthand flag: 'x' in -x`, `flag needs an argument: --tag`; undefined for any other error.
 */
export function flagError(e: unknown): UsageError | undefined {
  const code = (e as { code?: string })?.code;
  const message = (e as Error)?.message ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /^Unknown option '([^']+)'/.exec(message)?.[1];
    if (!flag) return new UsageError(message);
    return new UsageError(flag.startsWith('--') ? `unknown flag: ${flag}` : `unknown shorthand flag: '${flag.slice(1, 2)}' in ${flag}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const m = /^Option '(?:-\w, )?(--[\w-]+)[^']*' (argument missing|does not take an argument)/.exec(message);
    if (!m) return new UsageError(message);
    return new UsageError(m[2] === 'argument missing' ? `flag needs an argument: ${m[1]}` : `flag ${m[1]} takes no value`);
  }
  return undefined;
}
