/**
 * Classifies what one @actions/cache call did. The library turns every failure into `undefined` / `-1` plus
 * log lines, so the outcome is read from the lines it printed (captured per call, see gha-actions.ts).
 */

/** Why a call failed. */
export type FaultReason = 'rate-limited' | 'denied' | 'quota' | 'server' | 'network' | 'timeout' | 'archive' | 'other';

export type RestoreOutcome =
  | { kind: 'hit'; key: string; bytes: number }
  | { kind: 'miss' }
  | { kind: 'fault'; reason: FaultReason; message: string; retryAfterSec?: number };

export type SaveOutcome =
  | { kind: 'created'; id: number; bytes: number }
  | { kind: 'exists'; message: string }
  | { kind: 'fault'; reason: FaultReason; message: string; retryAfterSec?: number };

/** The lines a call printed, sorted by kind (workflow commands decoded). */
export interface CallLines {
  infos: string[];
  warnings: string[];
  errors: string[];
  debugs: string[];
}

/** Sorts raw stdout lines of @actions/core into kinds, decoding `%25 %0D %0A`. */
export function parseLines(lines: readonly string[]): CallLines {
  const out: CallLines = { infos: [], warnings: [], errors: [], debugs: [] };
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  for (const line of lines) {
    const m = /^::(warning|error|debug|notice)(?: [^:]*)?::(.*)$/s.exec(line);
    if (!m) out.infos.push(line);
    else if (m[1] === 'warning') out.warnings.push(unescape(m[2]));
    else if (m[1] === 'error') out.errors.push(unescape(m[2]));
    else if (m[1] === 'debug') out.debugs.push(unescape(m[2]));
    else out.infos.push(unescape(m[2]));
  }
  return out;
}

function reasonOf(text: string): FaultReason {
  if (/\(429\)|Rate limited|rate limit/i.test(text)) return 'rate-limited';
  if (/cache (write|read) denied|does not permit/i.test(text)) return 'denied';
  if (/storage quota|insufficient usage/i.test(text)) return 'quota';
  if (/after \d+ attempts|\(5\d\d\)|status code 5\d\d|statusCode: 5\d\d|ServerBusy|InternalError/i.test(text)) return 'server';
  if (/ECONN|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EPIPE|socket hang up|NetworkError|Network error|aborted/i.test(text)) return 'network';
  if (/tar|zstd|gzip|exit code|Unexpected end|Content-Length|incomplete|corrupt/i.test(text)) return 'archive';
  return 'other';
}

function retryAfter(lines: CallLines): number | undefined {
  for (const w of lines.warnings) {
    const m = /reset in (\d+) seconds/.exec(w);
    if (m) return Number(m[1]);
  }
  return undefined;
}

function fault(lines: CallLines, messages: string[]): { kind: 'fault'; reason: FaultReason; message: string; retryAfterSec?: number } {
  const message = messages.join(' | ') || 'unknown failure';
  const reason = reasonOf([message, ...lines.debugs.filter((d) => /Failed to reserve|Failed request|Rate limited/.test(d))].join('\n'));
  const r = reason === 'rate-limited' ? retryAfter(lines) : undefined;
  return r === undefined ? { kind: 'fault', reason, message } : { kind: 'fault', reason, message, retryAfterSec: r };
}

/** Outcome of restoreCache from its value, its lines and what it threw. */
export function classifyRestore(value: string | undefined, lines: CallLines, thrown?: unknown): RestoreOutcome {
  if (thrown !== undefined) return fault(lines, [(thrown as Error)?.message ?? String(thrown)]);
  const problems = [...lines.errors, ...lines.warnings.filter((w) => !/rate limit will reset/.test(w))];
  if (value === undefined) {
    if (problems.length > 0 || lines.warnings.length > 0) return fault(lines, problems.length > 0 ? problems : lines.warnings);
    if (lines.infos.some((i) => /Cache restore skipped/.test(i))) return { kind: 'fault', reason: 'denied', message: lines.infos.join(' ') };
    return { kind: 'miss' };
  }
  let bytes = 0;
  for (const i of lines.infos) {
    const m = /Cache Size: ~\d+ MB \((\d+) B\)/.exec(i);
    if (m) bytes = Number(m[1]);
  }
  return { kind: 'hit', key: value, bytes };
}

/** Outcome of saveCache from its value, its lines and what it threw. */
export function classifySave(value: number | undefined, lines: CallLines, thrown?: unknown): SaveOutcome {
  if (thrown !== undefined) return fault(lines, [(thrown as Error)?.message ?? String(thrown)]);
  if (value !== undefined && value > 0) {
    let bytes = 0;
    for (const d of lines.debugs) {
      const m = /^File Size: (\d+)/.exec(d);
      if (m) bytes = Number(m[1]);
    }
    return { kind: 'created', id: value, bytes };
  }
  const reserve = lines.debugs.filter((d) => d.startsWith('Failed to reserve cache'));
  if (reserve.some((d) => /\(409\)|already exists/i.test(d))) return { kind: 'exists', message: reserve.join(' ') };
  const messages = [
    ...lines.errors,
    ...lines.warnings.filter((w) => !/rate limit will reset/.test(w)),
    ...lines.infos.filter((i) => /Failed to save|Cache save skipped/.test(i)),
    ...reserve,
  ];
  if (messages.length === 0 && lines.warnings.length > 0) messages.push(...lines.warnings);
  return fault(lines, messages);
}
