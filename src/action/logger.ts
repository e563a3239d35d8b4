/**
 * The small logging surface the action modules write to. `main.ts` backs it with @actions/core; tests
 * record the calls. Nothing under `src/action/` imports `@actions/*`.
 */

/** Where an annotation points: a file and line range (as @actions/core's AnnotationProperties). */
export interface AnnotationTarget {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
}

/** What the action logs: plain lines, annotations, groups, masks. */
export interface ActionLogger {
  info(message: string): void;
  debug(message: string): void;
  notice(message: string, at?: AnnotationTarget): void;
  warning(message: string, at?: AnnotationTarget): void;
  error(message: string, at?: AnnotationTarget): void;
  startGroup(name: string): void;
  endGroup(): void;
  /** Registers a value the runner must mask in every later log line. */
  setSecret(value: string): void;
}

/**
 * A logger that keeps at most one group open: `group(name)` closes the current one first, since the runner
 * does not nest groups.
 */
export class GroupedLog {
  private open = false;

  constructor(readonly log: ActionLogger) {}

  /** Opens a group, closing the one that is open. */
  group(name: string): void {
    this.close();
    this.log.startGroup(name);
    this.open = true;
  }

  /** Closes the open group, if any. */
  close(): void {
    if (!this.open) return;
    this.log.endGroup();
    this.open = false;
  }

  /** Runs `fn` inside a group and closes it afterwards (also when `fn` throws). */
  async within<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.group(name);
    try {
      return await fn();
    } finally {
      this.close();
    }
  }
}

/** Registers every non-trivial secret with the logger; empty values and one-character values are skipped. */
export function maskAll(log: Pick<ActionLogger, 'setSecret'>, values: Iterable<string | undefined>): void {
  for (const v of values) {
    if (v === undefined || v.length < 2) continue;
    log.setSecret(v);
    // The runner masks a multi-line value line by line only when each line is registered.
    for (const line of v.split(/\r?\n/)) if (line.trim().length > 1 && line !== v) log.setSecret(line.trim());
  }
}
