import type { Command } from './command.js';

/**
 * Every `hoist` subcommand, in the order `hoist --help` lists them. Each lives in its own module, loaded only
 * when it runs (the bundle is split, so `hoist tag` never loads the tag-rule engine or the Actions cache client).
 */
export const commandModules: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./build-command.js')).buildCommand,
  parse: async () => (await import('./parse-command.js')).parseCommand,
  tags: async () => (await import('./tags-command.js')).tagsCommand,
  inspect: async () => (await import('./inspect-command.js')).inspectCommand,
  copy: async () => (await import('./copy-command.js')).copyCommand,
  tag: async () => (await import('./tag-command.js')).tagCommand,
  pull: async () => (await import('./pull-command.js')).pullCommand,
  push: async () => (await import('./push-command.js')).pushCommand,
  imagetools: async () => (await import('./imagetools-command.js')).imagetoolsCommand,
};

/** Loads every command (for `hoist --help`). */
export async function loadCommands(): Promise<Command[]> {
  return Promise.all(Object.values(commandModules).map((load) => load()));
}
