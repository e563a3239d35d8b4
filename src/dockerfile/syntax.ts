/**
 * The syntax layer: Dockerfile text -> syntax nodes with line ranges (BuildKit `parser.Parse` semantics).
 * Handles the BOM, CRLF, parser directives, comments, line continuations (with comment and blank lines
 * inside), and heredoc bodies for RUN, COPY and ADD (also behind ONBUILD).
 */
import { DirectiveReader, type Directives } from './directives.js';
import { DockerfileError } from './errors.js';
import { ShellLex } from './lexer.js';
import {
  NotStringArrayError,
  parseHealthConfig,
  parseMaybeJSON,
  parseMaybeJSONToList,
  parseNameVal,
  parseWhitespaceList,
  parseWords,
  splitCommand,
  type ParsedArgs,
} from './line-parsers.js';

/** A heredoc attached to an instruction. */
export interface Heredoc {
  /** The delimiter word with quotes removed (`EOF`). */
  name: string;
  /** The body, line endings included, without the terminator line. */
  body: string;
  /** False when the delimiter was quoted (`<<"EOF"`, `<<'EOF'`): no variable expansion in the body. */
  expand: boolean;
  /** `<<-EOF`: leading tabs are stripped from body lines. */
  chomp: boolean;
  /** The file descriptor in `3<<EOF` (0 when none). */
  fd: number;
}

/** One instruction as written, before typing. */
export interface SyntaxNode {
  /** The instruction keyword as written (any case). */
  keyword: string;
  /** `--flag[=value]` words before the arguments. */
  flags: string[];
  /** The arguments after the flags, split according to the instruction. */
  args: string[];
  /** True for the JSON (exec) form. */
  json: boolean;
  /** ENV/LABEL pairs. */
  pairs?: { key: string; value: string }[];
  /** ENV/LABEL in the legacy `KEY value` form. */
  legacy?: boolean;
  /** When an empty line continued the instruction: its last continued line, before any heredoc (NoEmptyContinuation). */
  emptyContinuationLine?: number;
  /** The argument text after the flags. */
  rest: string;
  /** ONBUILD's trigger instruction. */
  child?: SyntaxNode;
  heredocs: Heredoc[];
  /** The instruction text with continuations joined (BuildKit `node.Original`). */
  original: string;
  startLine: number;
  endLine: number;
  /** Comment lines directly above the instruction. */
  comments: string[];
}

/** The syntax tree of a file. */
export interface SyntaxTree {
  directives: Directives;
  nodes: SyntaxNode[];
}

const HEREDOC_INSTRUCTIONS = new Set(['run', 'copy', 'add']);
const HEREDOC_WORD = /^(\d*)<<(-?)([^<]*)$/;

/** Splits text into lines, keeping each line's ending (BuildKit's `scanLines`). */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (;;) {
    const i = text.indexOf('\n', start);
    if (i < 0) break;
    lines.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

const trimNewline = (s: string): string => s.replace(/[\r\n]+$/, '');
const trimLeft = (s: string): string => s.replace(/^[\s\u0085]+/u, '');
const isComment = (s: string): boolean => trimLeft(s).startsWith('#');

/** Reads a heredoc delimiter word such as `<<EOF`, `<<-"EOF"` or `3<<EOF`; undefined when `word` is none. */
export function parseHeredocWord(word: string): Omit<Heredoc, 'body'> | undefined {
  const m = HEREDOC_WORD.exec(word);
  if (!m || m[3].length === 0) return undefined;
  const rest = m[3];
  const env = (): undefined => undefined;
  const words = new ShellLex({ skipUnsetEnv: true }).processWords(rest, env);
  if (words.length !== 1) return undefined;
  const raw = new ShellLex({ skipUnsetEnv: true, rawQuotes: true }).processWords(rest, env);
  if (raw.length !== words.length) throw new Error(`internal lexing of heredoc produced inconsistent results: ${rest}`);
  const quotes = (s: string): number => (s.match(/['"]/g) ?? []).length;
  return { name: words[0], expand: quotes(words[0]) === quotes(raw[0]), chomp: m[2] === '-', fd: m[1] ? Number(m[1]) : 0 };
}

/** The heredoc delimiters on an instruction line, in order. */
function heredocsFromLine(line: string): Omit<Heredoc, 'body'>[] {
  let words: string[];
  try {
    words = new ShellLex({ rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).processWords(line, () => undefined);
  } catch {
    return [];
  }
  const out: Omit<Heredoc, 'body'>[] = [];
  for (const w of words) {
    const h = parseHeredocWord(w);
    if (h) out.push(h);
  }
  return out;
}

function argsFor(keyword: string, rest: string, escape: string): ParsedArgs {
  switch (keyword) {
    case 'add':
    case 'copy':
    case 'volume':
      return parseMaybeJSONToList(rest);
    case 'arg':
      return { args: parseWords(rest, escape), json: false };
    case 'cmd':
    case 'entrypoint':
    case 'run':
    case 'shell':
      return parseMaybeJSON(rest);
    case 'env':
      return parseNameVal(rest, 'ENV', escape);
    case 'label':
      return parseNameVal(rest, 'LABEL', escape);
    case 'expose':
    case 'from':
      return { args: parseWhitespaceList(rest), json: false };
    case 'healthcheck':
      return parseHealthConfig(rest);
    case 'maintainer':
    case 'stopsignal':
    case 'user':
    case 'workdir':
      return { args: rest === '' ? [] : [rest], json: false };
    default:
      return { args: [], json: false };
  }
}

/** Builds a node from one logical line (also used for ONBUILD triggers). */
export function nodeFromLine(line: string, escape: string): SyntaxNode {
  const { keyword, flags, rest } = splitCommand(line);
  const lower = keyword.toLowerCase();
  let child: SyntaxNode | undefined;
  let parsed: ParsedArgs;
  if (lower === 'onbuild') {
    if (rest !== '') child = nodeFromLine(rest, escape);
    parsed = { args: child ? [child.keyword, ...child.args] : [], json: child?.json ?? false };
  } else {
    parsed = argsFor(lower, rest, escape);
  }
  return {
    keyword,
    flags,
    args: parsed.args,
    json: parsed.json,
    pairs: parsed.pairs,
    ...(parsed.legacy ? { legacy: true } : {}),
    rest,
    child,
    heredocs: [],
    original: line,
    startLine: 0,
    endLine: 0,
    comments: [],
  };
}

function canContainHeredoc(node: SyntaxNode): boolean {
  const n = node.keyword.toLowerCase() === 'onbuild' && node.child ? node.child : node;
  return HEREDOC_INSTRUCTIONS.has(n.keyword.toLowerCase()) && !n.json;
}

/** Parses Dockerfile text into syntax nodes; throws DockerfileError naming `file:line`. */
export function parseSyntax(text: string, file: string): SyntaxTree {
  const lines = splitLines(text);
  if (lines.length > 0 && lines[0].startsWith('\ufeff')) lines[0] = lines[0].slice(1);
  const reader = new DirectiveReader();
  const directives: Directives = { escape: '\\' };
  let escape = '\\';
  let continuation = /([^\\])\\[ \t]*$|^\\[ \t]*$/;
  const nodes: SyntaxNode[] = [];
  let comments: string[] = [];
  let i = 0; // index of the next line to read; the current line number is i after reading

  const readDirective = (line: string, lineNo: number): boolean => {
    let d: { name: string; value: string } | undefined;
    try {
      d = reader.feed(line);
    } catch (e) {
      throw new DockerfileError(file, lineNo, (e as Error).message);
    }
    if (!d) return false;
    if (d.name === 'escape') {
      escape = d.value;
      directives.escape = d.value as '\\' | '`';
      continuation = escape === '`' ? /([^`])`[ \t]*$|^`[ \t]*$/ : /([^\\])\\[ \t]*$|^\\[ \t]*$/;
    } else if (d.name === 'syntax') directives.syntax = d.value;
    else if (d.name === 'check') directives.check = d.value;
    return true;
  };
  const trimContinuation = (line: string): { line: string; end: boolean } => {
    if (continuation.test(line)) return { line: line.replace(continuation, '$1'), end: false };
    return { line, end: true };
  };

  while (i < lines.length) {
    const raw = lines[i++];
    const lineNo = i;
    if (isComment(raw)) {
      const c = trimNewline(trimLeft(raw)).slice(1).trim();
      comments = c === '' ? [] : [...comments, c];
    }
    const first = trimLeft(trimNewline(raw));
    if (readDirective(first, lineNo)) {
      comments = comments.slice(0, -1);
      continue;
    }
    if (first.startsWith('#')) continue;
    let { line: buf, end } = trimContinuation(first);
    if (end && buf === '') continue;
    let emptyContinuation = false;
    while (!end && i < lines.length) {
      const next = lines[i++];
      const body = trimNewline(next);
      readDirective(body, i);
      if (isComment(next)) continue;
      if (trimLeft(body) === '') {
        emptyContinuation = true;
        continue;
      }
      const t = trimContinuation(body);
      buf += t.line;
      end = t.end;
    }
    const startLine = lineNo;
    const lastLine = i;
    let node: SyntaxNode;
    try {
      node = nodeFromLine(buf, escape);
    } catch (e) {
      const msg = e instanceof NotStringArrayError ? e.message : (e as Error).message;
      throw new DockerfileError(file, startLine, msg, i);
    }
    if (canContainHeredoc(node) && buf.includes('<<')) {
      let docs: Omit<Heredoc, 'body'>[];
      try {
        docs = heredocsFromLine(buf);
      } catch (e) {
        throw new DockerfileError(file, startLine, (e as Error).message, i);
      }
      for (const doc of docs) {
        let body = '';
        let terminated = false;
        while (i < lines.length) {
          const l = lines[i++];
          let candidate = trimNewline(l);
          if (doc.chomp) candidate = candidate.replace(/^\t+/, '');
          if (candidate === doc.name) {
            terminated = true;
            break;
          }
          body += l;
        }
        if (!terminated) throw new DockerfileError(file, startLine, `unterminated heredoc ${doc.name}`, i);
        node.heredocs.push({ ...doc, body });
      }
    }
    node.startLine = startLine;
    node.endLine = i;
    if (emptyContinuation) node.emptyContinuationLine = lastLine;
    node.comments = comments;
    if (node.child) {
      node.child.startLine = startLine;
      node.child.endLine = i;
      node.child.heredocs = node.heredocs;
    }
    nodes.push(node);
    comments = [];
  }
  if (nodes.length === 0) throw new DockerfileError(file, Math.max(1, lines.length), 'file with no instructions');
  return { directives, nodes };
}
