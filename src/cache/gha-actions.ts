/**
 * The one place hoist's cache calls @actions/cache (6.x, public API only).
 *
 * The library reads its configuration from process.env and reports through @actions/core's stdout commands,
 * swallowing every failure into `undefined` / `-1`. So each call here:
 * - runs under an env lease: the store's variables (ACTIONS_*, GITHUB_WORKSPACE = the store's root, RUNNER_TEMP,
 *   PATH with zstd shims ...) are put into process.env while any call with the same variables is in flight and
 *   restored afterwards; a store with other variables waits for its turn;
 * - runs in an AsyncLocalStorage context whose stdout writes are captured (not echoed) and classified into an
 *   outcome (gha-outcome.ts); `::add-mask::` lines still go to stdout so secrets stay masked;
 * - is raced against a timeout (the call itself goes on until it settles, holding its lease).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { classifyRestore, classifySave, parseLines, type RestoreOutcome, type SaveOutcome } from './gha-outcome.js';
import type { CacheLog } from './types.js';

type ActionsCache = typeof import('@actions/cache');

/** Variables applied to process.env during calls; undefined deletes. */
export type LeaseVars = Record<string, string | undefined>;

const sinks = new AsyncLocalStorage<string[]>();
let hooked = false;
/** Where the library's `::add-mask::` lines go: stdout (the action), or a stream the CLI picks (see masksTo). */
let maskSink: ((text: string, cb?: (e?: Error | null) => void) => boolean) | undefined;

/**
 * Sends the library's `::add-mask::` lines to `write` instead of stdout: the CLI keeps its stdout for what it
 * prints (`-q`: the image ID alone). A runner reads workflow commands on stderr as well.
 */
export function masksTo(write: (text: string) => boolean): void {
  maskSink = (text, cb) => {
    const ok = write(text);
    if (cb) process.nextTick(cb);
    return ok;
  };
}

function hookStdout(): void {
  if (hooked) return;
  hooked = true;
  const original = process.stdout.write.bind(process.stdout) as (...a: unknown[]) => boolean;
  process.stdout.write = function write(chunk: unknown, ...rest: unknown[]): boolean {
    const sink = sinks.getStore();
    if (!sink) return original(chunk, ...rest);
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    const masks: string[] = [];
    for (const line of text.split(/\r?\n/)) {
      if (line.startsWith('::add-mask::')) masks.push(line);
      else if (line !== '') sink.push(line);
    }
    const cb = rest.find((r): r is (e?: Error | null) => void => typeof r === 'function');
    if (masks.length > 0) return maskSink ? maskSink(`${masks.join('\n')}\n`, cb) : original(`${masks.join('\n')}\n`, cb);
    if (cb) process.nextTick(cb);
    return true;
  } as typeof process.stdout.write;
}

let lease: { vars: LeaseVars; count: number; saved: LeaseVars } | undefined;
const waiting: (() => void)[] = [];
const sameVars = (a: LeaseVars, b: LeaseVars) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
};

async function acquire(vars: LeaseVars): Promise<() => void> {
  while (lease && !sameVars(lease.vars, vars)) await new Promise<void>((r) => waiting.push(r));
  if (!lease) {
    const saved: LeaseVars = {};
    for (const [k, v] of Object.entries(vars)) {
      saved[k] = process.env[k];
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    lease = { vars, count: 0, saved };
  }
  lease.count++;
  let released = false;
  return () => {
    if (released || !lease) return;
    released = true;
    if (--lease.count > 0) return;
    for (const [k, v] of Object.entries(lease.saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    lease = undefined;
    for (const w of waiting.splice(0)) w();
  };
}

let loaded: Promise<ActionsCache> | undefined;

/** A thin, fault-classifying client over @actions/cache for one store's variables. */
export class ActionsCacheClient {
  constructor(
    private readonly vars: LeaseVars,
    private readonly log: CacheLog,
  ) {}

  /** Runs one library call under the lease with its output captured; resolves at the timeout at the latest. */
  private async call<T>(what: string, timeoutMs: number, fn: (lib: ActionsCache) => Promise<T>): Promise<{ value?: T; thrown?: unknown; lines: string[]; timedOut: boolean }> {
    hookStdout();
    const lines: string[] = [];
    const run = (async (): Promise<{ value?: T; thrown?: unknown }> => {
      const release = await acquire(this.vars);
      try {
        return await sinks.run(lines, async () => {
          loaded ??= import('@actions/cache');
          return { value: await fn(await loaded) };
        });
      } catch (thrown) {
        return { thrown: thrown ?? new Error('unknown error') };
      } finally {
        release();
      }
    })();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((r) => {
      timer = setTimeout(() => r('timeout'), timeoutMs);
    });
    const settled = await Promise.race([run, timeout]);
    clearTimeout(timer);
    for (const l of lines) this.log.debug?.(`@actions/cache ${what}: ${l}`);
    if (settled === 'timeout') return { lines, timedOut: true };
    return { ...settled, lines, timedOut: false };
  }

  /** restoreCache (or a lookup-only existence check) of `paths` under `key` / `restoreKeys`. */
  async restore(paths: string[], key: string, opts: { restoreKeys?: string[]; lookupOnly?: boolean; timeoutMs: number }): Promise<RestoreOutcome> {
    const r = await this.call(`restore ${key}`, opts.timeoutMs, (lib) =>
      lib.restoreCache(paths, key, opts.restoreKeys ?? [], { lookupOnly: opts.lookupOnly ?? false }),
    );
    if (r.timedOut) return { kind: 'fault', reason: 'timeout', message: `no answer within ${Math.round(opts.timeoutMs / 1000)} s` };
    return classifyRestore(r.value, parseLines(r.lines), r.thrown);
  }

  /** saveCache of `paths` under `key`. */
  async save(paths: string[], key: string, timeoutMs: number): Promise<SaveOutcome> {
    const r = await this.call(`save ${key}`, timeoutMs, (lib) => lib.saveCache(paths, key));
    if (r.timedOut) return { kind: 'fault', reason: 'timeout', message: `no answer within ${Math.round(timeoutMs / 1000)} s` };
    return classifySave(r.value, parseLines(r.lines), r.thrown);
  }
}
