/**
 * Docker's shell-word lexer: quotes, escapes and `$` expansion as BuildKit applies them to Dockerfile words
 * (semantics of `frontend/dockerfile/shell/lex.go`). It is not a shell: no command substitution, no globbing.
 */
import { ExpansionError } from './errors.js';
import { replacePattern, trimPrefix, trimSuffix } from './shell-pattern.js';

/** Looks a variable up; `undefined` means unset (an empty string is set-but-empty). */
export type EnvLookup = (name: string) => string | undefined;

/** Options of the lexer; the defaults are those of ordinary Dockerfile expansion. */
export interface LexOptions {
  /** The escape character: `\` or the backtick set by `# escape=`. */
  escapeToken?: string;
  /** Keep quote characters in the output. */
  rawQuotes?: boolean;
  /** Keep escape characters in the output. */
  rawEscapes?: boolean;
  /** Treat quotes as ordinary characters. */
  skipProcessQuotes?: boolean;
  /** Leave references to unset variables as written instead of expanding them to "". */
  skipUnsetEnv?: boolean;
}

/** What one word expanded to. */
export interface LexResult {
  /** The expanded text (spaces between words kept). */
  result: string;
  /** The text split into words after expansion (unquoted whitespace separates words). */
  words: string[];
  /** Variables that were referenced and set. */
  matched: Set<string>;
  /** Variables that were referenced but unset. */
  unmatched: Set<string>;
}

/** Builds a lookup from `KEY=VALUE` strings (the last one wins; `KEY` alone is set to ""). */
export function envFromList(env: readonly string[]): EnvLookup {
  const m = new Map<string, string>();
  for (const e of env) {
    const i = e.indexOf('=');
    if (i < 0) m.set(e, '');
    else m.set(e.slice(0, i), e.slice(i + 1));
  }
  return (name) => m.get(name);
}

/** Builds a lookup from a map. */
export function envFromMap(env: ReadonlyMap<string, string> | Record<string, string>): EnvLookup {
  if (env instanceof Map) return (name) => env.get(name);
  const rec = env as Record<string, string>;
  return (name) => (Object.prototype.hasOwnProperty.call(rec, name) ? rec[name] : undefined);
}

const EOF = '';
const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);
const isSpace = (c: string): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f' ? true : c < '\u0080' ? false : c === '\u0085' || (c !== '\ufeff' && /^\s$/u.test(c));
const isDigit = (c: string): boolean => (c >= '0' && c <= '9') || (c >= '\u0080' && /^\p{Nd}$/u.test(c));
const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u0080' && /^\p{L}$/u.test(c));

class Words {
  word = '';
  words: string[] = [];
  inWord = false;
  addChar(c: string): void {
    if (isSpace(c)) {
      if (this.inWord && this.word.length !== 0) {
        this.words.push(this.word);
        this.word = '';
        this.inWord = false;
      }
    } else this.addRawChar(c);
  }
  addRawChar(c: string): void {
    this.word += c;
    this.inWord = true;
  }
  addString(s: string): void {
    for (const c of s) this.addChar(c);
  }
  addRawString(s: string): void {
    this.word += s;
    this.inWord = true;
  }
  get(): string[] {
    if (this.word.length > 0) {
      this.words.push(this.word);
      this.word = '';
      this.inWord = false;
    }
    return this.words;
  }
}

/** One expansion run over one input. */
class Scanner {
  private pos = 0;
  private readonly chars: string[];
  rawEscapes: boolean;
  readonly matched = new Set<string>();
  readonly unmatched = new Set<string>();
  constructor(
    input: string,
    private readonly env: EnvLookup,
    private readonly opt: Required<LexOptions>,
  ) {
    this.chars = Array.from(input);
    this.rawEscapes = opt.rawEscapes;
  }
  peek(): string {
    return this.pos < this.chars.length ? this.chars[this.pos] : EOF;
  }
  next(): string {
    return this.pos < this.chars.length ? this.chars[this.pos++] : EOF;
  }
  getEnv(name: string): string | undefined {
    const v = this.env(name);
    if (v === undefined) this.unmatched.add(name);
    else this.matched.add(name);
    return v;
  }

  /** Processes up to `stop` (consumed) or the end of input when `stop` is EOF. */
  processStopOn(stop: string, rawEscapes: boolean): { result: string; words: string[] } {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      return this.stopOn(stop);
    } finally {
      this.rawEscapes = saved;
    }
  }

  private stopOn(stop: string): { result: string; words: string[] } {
    let result = '';
    const words = new Words();
    const esc = this.opt.escapeToken;
    while (this.peek() !== EOF) {
      let ch = this.peek();
      if (stop !== EOF && ch === stop) {
        this.next();
        return { result, words: words.get() };
      }
      if (ch === '$') {
        const s = this.processDollar();
        result += s;
        words.addString(s);
      } else if (!this.opt.skipProcessQuotes && (ch === "'" || ch === '"')) {
        const s = ch === "'" ? this.processSingleQuote() : this.processDoubleQuote();
        result += s;
        words.addRawString(s);
      } else {
        ch = this.next();
        if (ch === esc) {
          if (this.rawEscapes) {
            words.addRawChar(ch);
            result += ch;
          }
          ch = this.next();
          if (ch === EOF) break;
          words.addRawChar(ch);
        } else {
          words.addChar(ch);
        }
        result += ch;
      }
    }
    if (stop !== EOF) throw new ExpansionError(`unexpected end of statement while looking for matching ${stop}`);
    return { result, words: words.get() };
  }

  private processSingleQuote(): string {
    let result = '';
    let ch = this.next();
    if (this.opt.rawQuotes) result += ch;
    for (;;) {
      ch = this.next();
      if (ch === EOF) throw new ExpansionError('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") {
        if (this.opt.rawQuotes) result += ch;
        return result;
      }
      result += ch;
    }
  }

  private processDoubleQuote(): string {
    let result = '';
    const esc = this.opt.escapeToken;
    let ch = this.next();
    if (this.opt.rawQuotes) result += ch;
    for (;;) {
      const p = this.peek();
      if (p === EOF) throw new ExpansionError('unexpected end of statement while looking for matching double-quote');
      if (p === '"') {
        ch = this.next();
        if (this.opt.rawQuotes) result += ch;
        return result;
      }
      if (p === '$') {
        result += this.processDollar();
        continue;
      }
      ch = this.next();
      if (ch === esc) {
        if (this.rawEscapes) result += ch;
        const n = this.peek();
        if (n === EOF) continue; // an escape at the very end is dropped
        if (n === '"' || n === '$' || n === esc) ch = this.next();
      }
      result += ch;
    }
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      const value = this.getEnv(name);
      if (value === undefined && this.opt.skipUnsetEnv) return `$${name}`;
      return value ?? '';
    }
    this.next();
    const first = this.peek();
    if (first === EOF) throw new ExpansionError("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new ExpansionError('syntax error: bad substitution');
    const name = this.processName();
    let ch = this.next();
    let chs = ch === EOF ? '\uFFFD' : ch;
    if (ch === '}') {
      const value = this.getEnv(name);
      if (value === undefined && this.opt.skipUnsetEnv) return `\${${name}}`;
      return value ?? '';
    }
    if (ch === '/') return this.processReplace(name);
    let nullIsUnset = false;
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.next();
      chs += ch === EOF ? '\uFFFD' : ch;
    } else if (!['+', '-', '?', '#', '%'].includes(ch)) {
      throw new ExpansionError(`unsupported modifier (${chs}) in substitution`);
    }
    let word: string;
    try {
      word = this.processStopOn('}', ch === '#' || ch === '%').result;
    } catch (e) {
      if (this.peek() === EOF) throw new ExpansionError("syntax error: missing '}'");
      throw e;
    }
    const value = this.getEnv(name);
    if (value === undefined && this.opt.skipUnsetEnv) return `\${${name}${chs}${word}}`;
    const unset = value === undefined || (nullIsUnset && value === '');
    switch (ch) {
      case '-':
        return unset ? word : value!;
      case '+':
        return unset ? '' : word;
      case '?':
        if (value === undefined) throw new ExpansionError(`${name}: ${word || 'is not allowed to be unset'}`);
        if (nullIsUnset && value === '') throw new ExpansionError(`${name}: ${word || 'is not allowed to be empty'}`);
        return value;
      case '%':
      case '#': {
        let greedy = false;
        if (word.length > 0 && word[0] === ch) {
          greedy = true;
          word = word.slice(1);
        }
        return ch === '%' ? trimSuffix(word, value ?? '', greedy) : trimPrefix(word, value ?? '', greedy);
      }
      default:
        throw new ExpansionError(`unsupported modifier (${chs}) in substitution`);
    }
  }

  private processReplace(name: string): string {
    const all = this.peek() === '/';
    if (all) this.next();
    let pattern: string;
    try {
      pattern = this.processStopOn('/', true).result;
    } catch (e) {
      if (this.peek() === EOF) throw new ExpansionError("syntax error: missing '/' in ${}");
      throw e;
    }
    let replacement: string;
    try {
      replacement = this.processStopOn('}', true).result;
    } catch (e) {
      if (this.peek() === EOF) throw new ExpansionError("syntax error: missing '}'");
      throw e;
    }
    const value = this.getEnv(name);
    if (value === undefined && this.opt.skipUnsetEnv) return `\${${name}/${pattern}/${replacement}}`;
    return replacePattern(value ?? '', pattern, replacement, all);
  }

  private processName(): string {
    let name = '';
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (name.length === 0 && isDigit(ch)) {
        while (this.peek() !== EOF && isDigit(this.peek())) name += this.next();
        return name;
      }
      if (name.length === 0 && SPECIAL_PARAMS.has(ch)) return this.next();
      if (!isLetter(ch) && !isDigit(ch) && ch !== '_') break;
      name += this.next();
    }
    return name;
  }
}

/** The lexer with fixed options; cheap to create, safe to reuse. */
export class ShellLex {
  private readonly opt: Required<LexOptions>;
  constructor(opts: LexOptions = {}) {
    this.opt = {
      escapeToken: opts.escapeToken ?? '\\',
      rawQuotes: opts.rawQuotes ?? false,
      rawEscapes: opts.rawEscapes ?? false,
      skipProcessQuotes: opts.skipProcessQuotes ?? false,
      skipUnsetEnv: opts.skipUnsetEnv ?? false,
    };
  }

  /** Expands `word`; throws ExpansionError (`failed to process "<word>": ...`) on a syntax error. */
  process(word: string, env: EnvLookup): LexResult {
    const sc = new Scanner(word, env, this.opt);
    try {
      const { result, words } = sc.processStopOn(EOF, this.opt.rawEscapes);
      return { result, words, matched: sc.matched, unmatched: sc.unmatched };
    } catch (e) {
      if (e instanceof ExpansionError) throw new ExpansionError(`failed to process ${JSON.stringify(word)}: ${e.message}`);
      throw e;
    }
  }

  /** Expands one word and returns the text (BuildKit `ProcessWord`). */
  processWord(word: string, env: EnvLookup): string {
    return this.process(word, env).result;
  }

  /** Expands and splits into words (BuildKit `ProcessWords`), as used by EXPOSE. */
  processWords(word: string, env: EnvLookup): string[] {
    return this.process(word, env).words;
  }
}
