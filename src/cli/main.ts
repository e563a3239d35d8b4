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
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`hoist ${name}: ${e.message}\nusage: ${command.usage}\n`);
      return 2;
    }
    io.stderr(`hoist ${name}: ${(e as Error).message}\n`);
    if (io.env.HOIST_DEBUG) io.stderr(`${(e as Error).stack}\n`);
    return 1;
  }
}
