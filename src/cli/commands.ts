import type { Command } from './command.js';
import { buildCommand } from './build-command.js';
import { copyCommand } from './copy-command.js';
import { inspectCommand } from './inspect-command.js';
import { pullCommand } from './pull-command.js';
import { pushCommand } from './push-command.js';
import { tagCommand } from './tag-command.js';
import { parseCommand } from './parse-command.js';
import { tagsCommand } from './tags-command.js';

/** Every `hoist` subcommand, in the order `hoist --help` lists them. Each lives in its own module. */
export const commands: Command[] = [buildCommand, parseCommand, tagsCommand, inspectCommand, copyCommand, tagCommand, pullCommand, pushCommand];
