/**
 * Parser directives (`# syntax=`, `# escape=`, `# check=`): comment lines at the very top of a Dockerfile. The first
 * line that is not a directive (a blank line, an instruction, any other comment) ends them.
 */

/** The directives of a Dockerfile. */
export interface Directives {
  syntax?: string;
  escape: '\\' | '`';
  check?: string;
}

const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/u;
const VALID = new Set(['syntax', 'escape', 'check']);

/** Line-by-line directive reader; `feed` returns the directive found on that line, if any. */
export class DirectiveReader {
  private done = false;
  private readonly seen = new Set<string>();

  /** Reads one line (left-trimmed, without line ending); throws on a repeated or invalid directive. */
  feed(line: string): { name: string; value: string } | undefined {
    if (this.done) return undefined;
    if (!line.startsWith('#')) {
      this.done = true;
      return undefined;
    }
    const m = DIRECTIVE.exec(line.slice(1).replace(/^\s+/u, ''));
    if (!m) {
      this.done = true;
      return undefined;
    }
    const name = m[1].toLowerCase();
    if (!VALID.has(name)) {
      this.done = true;
      return undefined;
    }
    if (this.seen.has(name)) throw new Error(`only one ${name} parser directive can be used`);
    this.seen.add(name);
    if (name === 'escape' && m[2] !== '`' && m[2] !== '\\') {
      throw new Error(`invalid escape token '${m[2]}' does not match \` or \\`);
    }
    return { name, value: m[2] };
  }
}
