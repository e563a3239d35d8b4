/**
 * Cancellation on SIGINT/SIGTERM: while steps run or read-only views are mounted, a signal to hoist
 * aborts the steps, waits for their cleanup (processes killed, mounts gone, temp dirs removed) and releases
 * the views. If nobody else listens for the signal, it is then raised again so the process still ends the
 * way the signal means.
 */

interface Active {
  abort: AbortController;
  done: Promise<unknown>;
}

const active = new Set<Active>();
const resources = new Set<() => Promise<void>>();
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
let installed = false;

function onSignal(sig: NodeJS.Signals): void {
  const all = [...active];
  for (const a of all) a.abort.abort();
  void Promise.allSettled(all.map((a) => a.done))
    .then(() => Promise.allSettled([...resources].map((r) => r())))
    .then(() => {
      const others = process.listeners(sig).filter((l) => l !== handlers[sig]);
      if (others.length === 0) {
        uninstall();
        process.kill(process.pid, sig);
      }
    });
}

const handlers: Record<string, () => void> = Object.fromEntries(SIGNALS.map((s) => [s, () => onSignal(s)]));

function install(): void {
  if (installed) return;
  installed = true;
  for (const s of SIGNALS) process.on(s, handlers[s]);
}

function maybeUninstall(): void {
  if (!installed || active.size > 0 || resources.size > 0) return;
  installed = false;
  for (const s of SIGNALS) process.off(s, handlers[s]);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  for (const s of SIGNALS) process.off(s, handlers[s]);
}

/**
 * Tracks one running step: returns a signal that fires on `outer`'s abort or on SIGINT/SIGTERM, and a
 * function to call with the step's promise, so the handlers go away when nothing runs.
 */
export function trackRun(outer?: AbortSignal): { signal: AbortSignal; settle(done: Promise<unknown>): void } {
  const abort = new AbortController();
  if (outer?.aborted) abort.abort();
  else outer?.addEventListener('abort', () => abort.abort(), { once: true });
  const entry: Active = { abort, done: Promise.resolve() };
  active.add(entry);
  install();
  return {
    signal: abort.signal,
    settle(done) {
      entry.done = done;
      const finish = (): void => {
        active.delete(entry);
        maybeUninstall();
      };
      void done.then(finish, finish);
    },
  };
}

/** Registers a cleanup to run on SIGINT/SIGTERM (a mounted view); returns the function that unregisters it. */
export function trackResource(cleanup: () => Promise<void>): () => void {
  resources.add(cleanup);
  install();
  return () => {
    resources.delete(cleanup);
    maybeUninstall();
  };
}
