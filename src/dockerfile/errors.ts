/** A Dockerfile that cannot be parsed or planned; the message reads `file:line: message` (`file: message` for line 0). */
export class DockerfileError extends Error {
  /** The bare message, without the `file:line: ` prefix. */
  readonly detail: string;
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
    /** Last line of the offending instruction (same as `line` when it spans one line). */
    readonly endLine: number = line,
  ) {
    super(line > 0 ? `${file}:${line}: ${detail}` : `${file}: ${detail}`);
    this.name = 'DockerfileError';
    this.detail = detail;
  }
}

/** A problem worth reporting that does not stop the build (unused build arg, undeclared variable, ...). */
export interface Warning {
  file: string;
  line: number;
  message: string;
}

/** Formats a warning as `file:line: message` (line 0 means the whole file). */
export function formatWarning(w: Warning): string {
  return w.line > 0 ? `${w.file}:${w.line}: ${w.message}` : `${w.file}: ${w.message}`;
}

/** An error raised while expanding a word; the caller attaches the Dockerfile line. */
export class ExpansionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExpansionError';
  }
}
