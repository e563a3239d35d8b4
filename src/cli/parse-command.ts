/** `hoist parse`: prints how hoist reads a Dockerfile (stages, expanded instructions, context files) as JSON. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listContextFiles, loadDockerignore } from '../context/dockerignore.js';
import { describeDockerfile } from '../dockerfile/describe.js';
import { DockerfileError } from '../dockerfile/errors.js';
import { hostPlatform } from '../oci/platform.js';
import { parseBuildArgs } from './build-args.js';
import { UsageError, type CliIO, type Command } from './command.js';
import { defaultDockerfilePath } from '../context/context.js';

interface ParseArgs {
  file?: string;
  buildArgs: Record<string, string>;
  target?: string;
  platform?: string;
  contextFiles: boolean;
  context: string;
}

function parseArgs(argv: string[], env: NodeJS.ProcessEnv): ParseArgs {
  const out: ParseArgs = { buildArgs: {}, contextFiles: false, context: '.' };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--file':
      case '-f':
        out.file = value();
        break;
      case '--build-arg':
        Object.assign(out.buildArgs, parseBuildArgs([value()], env));
        break;
      case '--target':
        out.target = value();
        break;
      case '--platform':
        out.platform = value();
        break;
      case '--context-files':
        out.contextFiles = true;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        positional.push(a);
    }
  }
  if (positional.length > 1) throw new UsageError('expected at most one CONTEXT');
  if (positional.length === 1) out.context = positional[0];
  return out;
}

/** The `hoist parse` command. */
export const parseCommand: Command = {
  name: 'parse',
  summary: 'Parse a Dockerfile and print its stages and expanded instructions as JSON',
  usage: 'hoist parse [--file F] [--build-arg K=V]... [--target T] [--platform P] [--context-files] [CONTEXT]',
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(argv, io.env);
    const context = path.resolve(io.cwd, args.context);
    const dockerfile = args.file ? path.resolve(io.cwd, args.file) : defaultDockerfilePath(context);
    const shown = args.file ?? path.relative(io.cwd, dockerfile);
    let text: string;
    try {
      text = await readFile(dockerfile, 'utf8');
    } catch (e) {
      io.stderr(`hoist parse: cannot read Dockerfile ${shown}: ${(e as Error).message}\n`);
      return 1;
    }
    try {
      const report = describeDockerfile(text, {
        file: shown,
        buildArgs: args.buildArgs,
        target: args.target,
        platform: args.platform,
        buildPlatform: hostPlatform(),
      });
      const result: Record<string, unknown> = { ...report };
      if (args.contextFiles) {
        const matcher = await loadDockerignore(context, dockerfile);
        result.dockerignore = matcher.source ? path.relative(io.cwd, matcher.source) : null;
        result.contextFiles = (await listContextFiles(context, matcher)).map((e) => (e.type === 'dir' ? `${e.path}/` : e.path));
      }
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      for (const w of report.warnings) io.stderr(`warning: ${w}\n`);
      return 0;
    } catch (e) {
      if (e instanceof DockerfileError) {
        io.stderr(`${e.message}\n`);
        return 1;
      }
      throw e;
    }
  },
};
