import type { Command } from './command.js';
import { parseCommand } from './parse-command.js';
import { tagsCommand } from './tags-command.js';

/** Every `hoist` subcommand, in the order `hoist --help` lists them. Each lives in its own module. */
export const commands: Command[] = [parseCommand, tagsCommand];
