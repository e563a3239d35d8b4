/** What a CLI command reads and writes, passed in so commands can be tested without a terminal. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Aborted on SIGINT/SIGTERM. */
  signal: AbortSignal;
  /** All of standard input (`hoist build -f -`, `hoist build -`); process.stdin when absent. */
  readStdin?: () => Promise<Buffer>;
}

/** All of standard input: `io.readStdin`, else the process's. */
export async function readAllStdin(io: CliIO): Promise<Buffer> {
  if (io.readStdin) return io.readStdin();
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** One `hoist <name>` subcommand. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Runs the command; resolves to the exit status. Throwing prints the error and exits 1. */
  run(argv: string[], io: CliIO): Promise<number>;
}

/** An error in how a command was called; printed with the command's usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
