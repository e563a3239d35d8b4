/**
 * Registry errors: the distribution error code, the HTTP status, the operation and the image reference,
 * and whether trying again may help. Messages never carry a secret (tokens, passwords, upload states).
 */

/** One entry of a distribution error body `{"errors":[{code,message,detail}]}`. */
export interface DistributionError {
  code: string;
  message?: string;
  detail?: unknown;
}

/** A failed registry operation. */
export class RegistryError extends Error {
  /** Distribution error code, e.g. MANIFEST_BLOB_UNKNOWN, UNAUTHORIZED, NAME_UNKNOWN. */
  readonly code?: string;
  readonly status?: number;
  /** What hoist was doing, e.g. 'push blob sha256:…', 'get manifest'. */
  readonly operation: string;
  /** The image reference or repository the operation was about. */
  readonly reference: string;
  /** True when retrying the same operation later may succeed (5xx, 429, connection faults). */
  readonly temporary: boolean;
  /** Suggested wait from Retry-After, in milliseconds. */
  readonly retryAfterMs?: number;

  constructor(opts: { operation: string; reference: string; message: string; code?: string; status?: number; temporary?: boolean; retryAfterMs?: number; cause?: unknown }) {
    super(`${opts.operation} ${opts.reference}: ${opts.message}`, opts.cause !== undefined ? { cause: opts.cause } : undefined);
    this.name = 'RegistryError';
    this.code = opts.code;
    this.status = opts.status;
    this.operation = opts.operation;
    this.reference = opts.reference;
    this.temporary = opts.temporary ?? false;
    this.retryAfterMs = opts.retryAfterMs;
  }
}

/**
 * Whether `e` is the registry saying a thing is not there: any 404 or NAME_UNKNOWN (the repository), and for a
 * manifest lookup also MANIFEST_UNKNOWN (the tag or digest).
 */
export function registryNotFound(e: unknown, what: 'repository' | 'manifest' = 'repository'): boolean {
  return e instanceof RegistryError && (e.status === 404 || e.code === 'NAME_UNKNOWN' || (what === 'manifest' && e.code === 'MANIFEST_UNKNOWN'));
}

/** Whether `e` is the registry refusing the credentials (401, 403, DENIED, UNAUTHORIZED): retrying will not help. */
export function registryDenied(e: unknown): boolean {
  return e instanceof RegistryError && (e.status === 401 || e.status === 403 || e.code === 'DENIED' || e.code === 'UNAUTHORIZED');
}

/** Parses a distribution error body; returns [] for anything else. */
export function parseErrorBody(text: string): DistributionError[] {
  try {
    const doc = JSON.parse(text) as { errors?: unknown; details?: unknown };
    if (Array.isArray(doc?.errors)) {
      return doc.errors
        .filter((e): e is DistributionError => !!e && typeof e === 'object' && typeof (e as DistributionError).code === 'string')
        .map((e) => ({ code: e.code, message: e.message, detail: e.detail }));
    }
  } catch {
    /* not JSON */
  }
  return [];
}

/** Removes credentials from text that may echo a request (URLs with _state or tokens, Authorization values). */
export function redact(text: string): string {
  return text
    .replace(/(authorization:?\s*(?:basic|bearer)\s+)[^\s"',]+/gi, '$1[redacted]')
    .replace(/([?&](?:_state|state|token|access_token|refresh_token|password|X-Amz-[A-Za-z-]+|sig|signature)=)[^&\s"']+/gi, '$1[redacted]')
    .replace(/(eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.)[A-Za-z0-9_-]+/g, '[redacted-jwt]')
    .replace(/(\/\/[^/\s:@]+:)[^@\s/]+@/g, '$1[redacted]@');
}

const STATUS_TEXT: Record<number, string> = {
  400: 'bad request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not found',
  405: 'method not allowed',
  409: 'conflict',
  413: 'payload too large',
  416: 'range not satisfiable',
  429: 'too many requests',
  500: 'internal server error',
  502: 'bad gateway',
  503: 'service unavailable',
  504: 'gateway timeout',
};

/** Builds a RegistryError from an HTTP response (status, body text), naming the operation and reference. */
export function errorFromResponse(opts: {
  status: number;
  body: string;
  operation: string;
  reference: string;
  temporary: boolean;
  retryAfterMs?: number;
  hint?: string;
}): RegistryError {
  const errors = parseErrorBody(opts.body);
  const first = errors[0];
  const detail = errors.length
    ? errors.map((e) => `${e.code}${e.message ? `: ${e.message}` : ''}`).join('; ')
    : opts.body.trim()
      ? opts.body.trim().replace(/\s+/g, ' ').slice(0, 300)
      : (STATUS_TEXT[opts.status] ?? 'unexpected response');
  const message = `${opts.status} ${redact(detail)}${opts.hint ? ` (${opts.hint})` : ''}`;
  return new RegistryError({
    operation: opts.operation,
    reference: opts.reference,
    message,
    code: first?.code ?? (opts.status === 401 ? 'UNAUTHORIZED' : opts.status === 429 ? 'TOOMANYREQUESTS' : undefined),
    status: opts.status,
    temporary: opts.temporary,
    retryAfterMs: opts.retryAfterMs,
  });
}

/** Wraps a network-level failure (reset, refused, TLS) as a RegistryError. */
export function errorFromNetwork(err: unknown, opts: { operation: string; reference: string; temporary: boolean; hint?: string }): RegistryError {
  if (err instanceof RegistryError) return err;
  const e = err as NodeJS.ErrnoException;
  const code = e?.code ? ` (${e.code})` : '';
  return new RegistryError({
    operation: opts.operation,
    reference: opts.reference,
    message: `${redact(e?.message ?? String(err))}${code}${opts.hint ? `; ${opts.hint}` : ''}`,
    temporary: opts.temporary,
    cause: err,
  });
}
