import type { Command } from './command.js';

/**
 * Every `hoist` subcommand, in the order `hoist --help` lists them. Each lives in its own module, loaded only
 * when it runs (the bundle is split, so `hoist tag` never loads the tag-rule engine or the Actions cache client).
 */
export const commandModules: Record<string, () => Promise<Command>> = {
  build: once(async () => (await import('./build-command.js')).buildCommand),
  parse: once(async () => (await import('./parse-command.js')).parseCommand),
  tags: once(async () => (await import('./tags-command.js')).tagsCommand),
  inspect: once(async () => (await import('./inspect-command.js')).inspectCommand),
  copy: once(async () => (await import('./copy-command.js')).copyCommand),
  tag: once(async () => (await import('./tag-command.js')).tagCommand),
  pull: once(async () => (await import('./pull-command.js')).pullCommand),
  push: once(async () => (await import('./push-command.js')).pushCommand),
  imagetools: once(async () => (await import('./imagetools-command.js')).imagetoolsCommand),
};

/** Loads a module once: later calls get the same promise (no second `import()`). */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/** Loads every command (for `hoist --help`). */
export async function loadCommands(): Promise<Command[]> {
  return Promise.all(Object.values(commandModules).map((load) => load()));
}
