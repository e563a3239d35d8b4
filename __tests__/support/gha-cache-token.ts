import { createHmac, timingSafeEqual } from 'node:crypto';

/** Permission bits of an Actions runtime token's `ac` claim entry (1 = read, 2 = write). */
export const READ = 1;
export const WRITE = 2;

/** One cache scope of a runtime token: a git ref and its permission bits. */
export interface TokenScope {
  Scope: string;
  Permission: number;
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

/**
 * Mints a fake Actions runtime token: an HS256 JWT whose `ac` claim lists the cache scopes, as the real
 * runner's token does (`ac` is a JSON string). The local cache service verifies it with the same secret.
 */
export function mintRuntimeToken(secret: string, scopes: TokenScope[], extra: Record<string, unknown> = {}): string {
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = b64url(
    JSON.stringify({ ac: JSON.stringify(scopes), repository_id: '4242', iat: Math.floor(Date.now() / 1000), ...extra }),
  );
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** Verifies a token minted by mintRuntimeToken; returns its scopes or undefined when the token is invalid. */
export function verifyRuntimeToken(secret: string, token: string): TokenScope[] | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as { ac?: string };
    const scopes = JSON.parse(payload.ac ?? '[]') as TokenScope[];
    return Array.isArray(scopes) ? scopes.filter((s) => typeof s.Scope === 'string' && typeof s.Permission === 'number') : undefined;
  } catch {
    return undefined;
  }
}
