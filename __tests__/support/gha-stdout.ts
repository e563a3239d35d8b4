/** What a call printed on stdout (workflow commands of @actions/core included) and what it returned. */
export interface Captured<T> {
  value: T;
  stdout: string;
}

/** Runs `fn` with process.stdout captured (not echoed); for tests that drive @actions/* directly. */
export async function captureStdout<T>(fn: () => Promise<T>): Promise<Captured<T>> {
  const original = process.stdout.write;
  let out = '';
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    cb?.();
    return true;
  }) as typeof process.stdout.write;
  try {
    return { value: await fn(), stdout: out };
  } finally {
    process.stdout.write = original;
  }
}
