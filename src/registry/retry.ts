import { RegistryError } from './errors.js';

/**
 * Retries as data (go-containerregistry's style): which statuses and network faults are temporary, how
 * many attempts, how long to wait. `retryDelayMs` is pure; `withRetry` takes its sleep function.
 */

/** When and how to retry a registry request. */
export interface RetryPolicy {
  /** Total attempts including the first (1 = no retry). */
  attempts: number;
  /** First back-off delay; doubled each attempt. */
  baseDelayMs: number;
  /** Cap on one back-off delay. */
  maxDelayMs: number;
  /** Upper bound on a server's Retry-After we are willing to wait; longer ones fail at once. */
  maxRetryAfterMs: number;
  /** HTTP statuses worth retrying. */
  statuses: readonly number[];
  /** Error codes of network faults worth retrying (Node errno codes and undici codes). */
  networkCodes: readonly string[];
}

/** Four attempts, 200 ms doubling to 5 s, Retry-After up to 60 s; 408, 429, 500, 502, 503, 504; resets and timeouts. */
export const DEFAULT_RETRY: RetryPolicy = Object.freeze({
  attempts: 4,
  baseDelayMs: 200,
  maxDelayMs: 5000,
  maxRetryAfterMs: 60000,
  statuses: [408, 429, 500, 502, 503, 504],
  networkCodes: [
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
    'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
    'ERR_STREAM_PREMATURE_CLOSE',
  ],
});

/** No retries at all. */
export const NO_RETRY: RetryPolicy = Object.freeze({ ...DEFAULT_RETRY, attempts: 1 });

/**
 * Parses a Retry-After header (delta seconds or an HTTP date) into milliseconds from `now` (epoch ms).
 * Returns undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The wait before attempt `attempt + 1` (attempt counts from 1): Retry-After when given, else capped doubling. */
export function retryDelayMs(policy: RetryPolicy, attempt: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
}

/** The code of a network error, looking through `cause` chains (undici wraps socket errors). */
export function networkErrorCode(err: unknown): string | undefined {
  let e = err as { code?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string') return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

/** True when the policy deems this failure temporary (a RegistryError's own flag, or a listed network code). */
export function isRetryable(policy: RetryPolicy, err: unknown): boolean {
  if (err instanceof RegistryError) {
    if (err.status !== undefined) return policy.statuses.includes(err.status) && (err.retryAfterMs ?? 0) <= policy.maxRetryAfterMs;
    if (err.temporary) return true;
    return isRetryable(policy, err.cause);
  }
  const code = networkErrorCode(err);
  return code !== undefined && policy.networkCodes.includes(code);
}

/**
 * Runs `fn` until it succeeds, the failure is not retryable, or the attempts are used up. `onRetry` is
 * told about each retry (for logs).
 */
export async function withRetry<T>(
  policy: RetryPolicy,
  sleep: (ms: number) => Promise<void>,
  fn: (attempt: number) => Promise<T>,
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= policy.attempts || !isRetryable(policy, err)) throw err;
      const delay = retryDelayMs(policy, attempt, err instanceof RegistryError ? err.retryAfterMs : undefined);
      onRetry?.(err, attempt, delay);
      await sleep(delay);
    }
  }
}
