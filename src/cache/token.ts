/** One cache scope of an Actions runtime token's `ac` claim: a git ref and its permission bits. */
export interface TokenScope {
  scope: string;
  /** Bit 1 = read, bit 2 = write. */
  permission: number;
}

/** True when the scope may be read. */
export const canRead = (s: TokenScope): boolean => (s.permission & 3) !== 0;
/** True when the scope may be written. */
export const canWrite = (s: TokenScope): boolean => (s.permission & 2) !== 0;

/**
 * Reads the cache scopes of an Actions runtime token (a JWT whose `ac` claim is a JSON string
 * `[{"Scope":"refs/heads/main","Permission":3}]`). The signature is not checked: the scopes only steer
 * which index entries to read and whether to try writing; the service enforces them.
 * Returns undefined when the token is not such a JWT.
 */
export function decodeRuntimeToken(token: string | undefined): TokenScope[] | undefined {
  if (!token) return undefined;
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as { ac?: unknown };
    if (typeof payload.ac !== 'string') return undefined;
    const ac = JSON.parse(payload.ac) as unknown;
    if (!Array.isArray(ac)) return undefined;
    return ac
      .filter((s): s is { Scope: string; Permission: number } => typeof s?.Scope === 'string' && typeof s?.Permission === 'number')
      .map((s) => ({ scope: s.Scope, permission: s.Permission }));
  } catch {
    return undefined;
  }
}
