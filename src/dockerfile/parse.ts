/** Dockerfile text -> `Dockerfile` (directives, typed instructions grouped in stages). */
import type { Directives } from './directives.js';
import { DockerfileError } from './errors.js';
import type { ArgInstruction, FromInstruction, Instruction } from './instructions.js';
import { nodeFromLine, parseSyntax, type SyntaxNode } from './syntax.js';
import { typeNode } from './typed.js';

/** A stage as written: its FROM and the instructions after it. */
export interface StageAst {
  /** Position among the file's stages (0-based), as `COPY --from=<index>` counts. */
  index: number;
  /** Stage name, lower-cased. */
  name?: string;
  from: FromInstruction;
  /** Instructions after the FROM, in file order. */
  instructions: Instruction[];
}

/** A parsed Dockerfile. */
export interface Dockerfile {
  file: string;
  directives: Directives;
  /** The escape character (`\` or a backtick). */
  escapeToken: string;
  /** ARGs before the first FROM. */
  globalArgs: ArgInstruction[];
  /** Stages in file order. */
  stages: StageAst[];
  /** Every instruction in file order, including global ARGs and FROMs. */
  instructions: Instruction[];
  /** The syntax node of each instruction (same order as `instructions`): keywords as written, for the checks. */
  nodes: SyntaxNode[];
}

/** Parses a Dockerfile; throws DockerfileError (`file:line: message`) for anything BuildKit rejects at parse time. */
export function parseDockerfile(text: string, opts: { file: string }): Dockerfile {
  const file = opts.file;
  checkLineSizes(text, file);
  const tree = parseSyntax(text, file);
  const instructions: Instruction[] = [];
  const globalArgs: ArgInstruction[] = [];
  const stages: StageAst[] = [];
  for (const node of tree.nodes) {
    let instr: Instruction;
    try {
      instr = typeNode(node);
    } catch (e) {
      throw new DockerfileError(file, node.startLine, (e as Error).message, node.endLine);
    }
    instructions.push(instr);
    if (instr.kind === 'FROM') {
      stages.push({ index: stages.length, name: instr.name, from: instr, instructions: [] });
      continue;
    }
    if (stages.length === 0) {
      if (instr.kind === 'ARG') {
        globalArgs.push(instr);
        continue;
      }
      throw new DockerfileError(file, node.startLine, 'no build stage in current context', node.endLine);
    }
    stages[stages.length - 1].instructions.push(instr);
  }
  if (stages.length === 0) throw new DockerfileError(file, tree.nodes[tree.nodes.length - 1].startLine, 'dockerfile contains no stages to build');
  return {
    file,
    directives: tree.directives,
    escapeToken: tree.directives.escape,
    globalArgs,
    stages,
    instructions,
    nodes: tree.nodes,
  };
}

/**
 * Parses one instruction line, e.g. an ONBUILD trigger from a base image's config (heredoc bodies, when the
 * text carries them after the first line, are read as in a Dockerfile).
 */
export function parseInstruction(text: string, opts: { file: string; line?: number; escape?: string }): Instruction {
  const line = opts.line ?? 1;
  const escape = opts.escape ?? '\\';
  let instr: Instruction;
  try {
    if (text.includes('\n')) {
      const prefix = escape === '`' ? '# escape=`\n' : '';
      const tree = parseSyntax(prefix + text, opts.file);
      if (tree.nodes.length !== 1) throw new Error(`expected one instruction, got ${tree.nodes.length}`);
      instr = typeNode(tree.nodes[0]);
    } else {
      const node = nodeFromLine(text.replace(/^\s+/, ''), escape);
      node.startLine = 1;
      node.endLine = 1;
      instr = typeNode(node);
    }
  } catch (e) {
    if (e instanceof DockerfileError) throw new DockerfileError(opts.file, line, e.detail);
    throw new DockerfileError(opts.file, line, (e as Error).message);
  }
  return relocate(instr, line);
}

function relocate(instr: Instruction, line: number): Instruction {
  const span = instr.endLine - instr.startLine;
  const out = { ...instr, startLine: line, endLine: line + span } as Instruction;
  if (out.kind === 'ONBUILD' && out.trigger) out.trigger = relocate(out.trigger, line);
  return out;
}

/** BuildKit's parser reads lines with Go's bufio.Scanner (64 KiB buffer): a line longer, in bytes, is refused. */
const MAX_LINE_BYTES = 65535;

/** Refuses a physical line (its `\r` included) over MAX_LINE_BYTES, with BuildKit's words, placed as BuildKit places it: at line 1. */
function checkLineSizes(text: string, file: string): void {
  if (text.length * 3 <= MAX_LINE_BYTES) return;
  for (const line of text.split('\n')) {
    if (line.length > MAX_LINE_BYTES / 3 && Buffer.byteLength(line) > MAX_LINE_BYTES) throw new DockerfileError(file, 1, `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES}`);
  }
}
