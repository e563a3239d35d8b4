/**
 * Per-instruction argument splitting of the syntax layer (BuildKit `parser/line_parsers.go` semantics): JSON
 * (exec) form, whitespace lists, `key=value` pairs with quotes kept for the expansion step.
 */

/** Raised for a JSON array with a non-string element, which BuildKit rejects instead of falling back. */
export class NotStringArrayError extends Error {
  constructor() {
    super('when using JSON array syntax, arrays must be comprised of strings only');
  }
}

/** Parsed argument shape of one instruction. */
export interface ParsedArgs {
  args: string[];
  json: boolean;
  /** ENV and LABEL pairs (quotes and escapes still in place). */
  pairs?: { key: string; value: string }[];
  /** ENV/LABEL written in the legacy `KEY value` form (no `=`). */
  legacy?: boolean;
}

/** Go's unicode.IsSpace (JavaScript's \s without U+FEFF, plus U+0085). */
export const isSpace = (c: string): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f' ? true : c < '\u0080' ? false : c === '\u0085' || (c !== '\ufeff' && /^\s$/u.test(c));
const WHITESPACE = /[\t\v\f\r ]+/;

/** Splits on unquoted whitespace, keeping quotes and escapes in each word (`parseWords`). */
export function parseWords(rest: string, escape: string): string[] {
  const words: string[] = [];
  const chars = Array.from(rest);
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = '';
  let blankOK = false;
  let word = '';
  for (let pos = 0; pos <= chars.length; pos++) {
    const atEnd = pos === chars.length;
    let ch = atEnd ? '' : chars[pos];
    if (phase === 'spaces') {
      if (atEnd) break;
      if (isSpace(ch)) continue;
      phase = 'word';
    }
    if (atEnd) {
      if (blankOK || word.length > 0) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
      }
      if (ch === escape) {
        if (pos + 1 === chars.length) continue; // an escape at the end of the line is dropped
        word += ch;
        pos++;
        ch = chars[pos];
      }
      word += ch;
      continue;
    }
    // inside quotes
    if (ch === quote) phase = 'word';
    if (ch === escape && quote !== "'") {
      if (pos + 1 === chars.length) {
        phase = 'word';
        continue;
      }
      pos++;
      word += ch;
      ch = chars[pos];
    }
    word += ch;
  }
  return words;
}

/** ENV and LABEL: `KEY value` (legacy, one pair) or `k=v k2="v 2"` pairs. */
export function parseNameVal(rest: string, keyword: string, escape: string): ParsedArgs {
  const words = parseWords(rest, escape);
  if (words.length === 0) return { args: [], json: false, pairs: [] };
  if (!words[0].includes('=')) {
    const parts = splitN(rest, WHITESPACE, 2);
    if (parts.length < 2) throw new Error(`${keyword} must have two arguments`);
    return { args: [parts[0], parts[1]], json: false, pairs: [{ key: parts[0], value: parts[1] }], legacy: true };
  }
  const pairs = words.map((w) => {
    const i = w.indexOf('=');
    if (i < 0) throw new Error(`Syntax error - can't find = in "${w}". Must be of the form: name=value`);
    return { key: w.slice(0, i), value: w.slice(i + 1) };
  });
  return { args: pairs.flatMap((p) => [p.key, p.value]), json: false, pairs };
}

function splitN(s: string, re: RegExp, n: number): string[] {
  const m = re.exec(s);
  if (!m || n < 2) return [s];
  return [s.slice(0, m.index), s.slice(m.index + m[0].length)];
}

/** Whitespace-separated words (FROM, EXPOSE, and non-JSON COPY/ADD/VOLUME). */
export function parseWhitespaceList(rest: string): string[] {
  if (rest === '') return [];
  return rest.split(WHITESPACE);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The end (exclusive) of the JSON array `t` starts with: its closing bracket, found with strings skipped; -1 when
 * it never closes. What follows it is not looked at.
 */
function jsonArrayEnd(t: string): number {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '"') {
      for (i++; i < t.length && t[i] !== '"'; i++) if (t[i] === '\\') i++;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Parses a JSON array of strings; `undefined` when `rest` is not a JSON array at all. */
export function parseJSONArray(rest: string): string[] | undefined {
  const t = rest.replace(/^\s+/u, '');
  if (!t.startsWith('[')) return undefined;
  // BuildKit decodes with a json.Decoder, which reads the first JSON value and ignores the text after it:
  // `CMD ["a", "b"] trailing` is the exec form ["a","b"].
  const end = jsonArrayEnd(t);
  if (end < 0) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(t.slice(0, end));
  } catch {
    return undefined;
  }
  if (!Array.isArray(v)) return undefined;
  if (!v.every((x) => typeof x === 'string')) throw new NotStringArrayError();
  // Go's encoding/json decodes a lone surrogate escape (`"\ud800"`) to U+FFFD.
  return (v as string[]).map((x) => x.replace(LONE_SURROGATE, '\ufffd'));
}

/** RUN, CMD, ENTRYPOINT, SHELL: JSON form, or the whole text as one shell-form argument. */
export function parseMaybeJSON(rest: string): ParsedArgs {
  if (rest === '') return { args: [], json: false };
  const arr = parseJSONArray(rest);
  if (arr) return { args: arr, json: true };
  return { args: [rest], json: false };
}

/** COPY, ADD, VOLUME: JSON form, or whitespace-separated words. */
export function parseMaybeJSONToList(rest: string): ParsedArgs {
  const arr = parseJSONArray(rest);
  if (arr) return { args: arr, json: true };
  return { args: parseWhitespaceList(rest), json: false };
}

/** HEALTHCHECK: a type word (`CMD`/`NONE`) followed by a command in either form. */
export function parseHealthConfig(rest: string): ParsedArgs {
  let sep = 0;
  while (sep < rest.length && !isSpace(rest[sep])) sep++;
  let next = sep;
  while (next < rest.length && isSpace(rest[next])) next++;
  if (sep === 0) return { args: [], json: false };
  const cmd = parseMaybeJSON(rest.slice(next));
  return { args: [rest.slice(0, sep), ...cmd.args], json: cmd.json };
}

/** Splits `INSTRUCTION --flag=v ... rest` into keyword, flags and the remaining text (`splitCommand`). */
export function splitCommand(line: string): { keyword: string; flags: string[]; rest: string } {
  const trimmed = line.trim();
  const m = /[\t\v\f\r ]+/.exec(trimmed);
  if (!m) return { keyword: trimmed, flags: [], rest: '' };
  const keyword = trimmed.slice(0, m.index);
  const { rest, flags } = extractFlags(trimmed.slice(m.index + m[0].length));
  return { keyword, flags, rest: rest.trim() };
}

/** Takes leading `--flag[=value]` words off a line; quotes in flag values are removed, `--` ends the flags. */
export function extractFlags(line: string): { rest: string; flags: string[] } {
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let word = '';
  let quote = '';
  let blankOK = false;
  for (let pos = 0; pos <= line.length; pos++) {
    const atEnd = pos === line.length;
    let ch = atEnd ? '' : line[pos];
    if (phase === 'spaces') {
      if (atEnd) break;
      if (isSpace(ch)) continue;
      if (ch !== '-' || pos + 1 === line.length || line[pos + 1] !== '-') return { rest: line.slice(pos), flags: words };
      phase = 'word';
    }
    if (atEnd) {
      if (word !== '--' && (blankOK || word.length > 0)) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (word === '--') return { rest: line.slice(pos), flags: words };
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
        continue;
      }
      if (ch === '\\') {
        if (pos + 1 === line.length) continue;
        pos++;
        ch = line[pos];
      }
      word += ch;
      continue;
    }
    if (ch === quote) {
      phase = 'word';
      continue;
    }
    if (ch === '\\') {
      if (pos + 1 === line.length) {
        phase = 'word';
        continue;
      }
      pos++;
      ch = line[pos];
    }
    word += ch;
  }
  return { rest: '', flags: words };
}
