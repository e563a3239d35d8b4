import type { Command } from './command.js';

/** Every `hoist` subcommand, in the order `hoist --help` lists them. Each lives in its own module. */
export const commands: Command[] = [];
