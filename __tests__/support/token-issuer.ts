import { createSign, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeSelfSignedCert, type TestCert } from './tls.js';

/**
 * A small token server for distribution's `auth.token` (docs/spec/auth/token.md): GET with optional Basic
 * credentials, the OAuth2 POST (refresh_token and password grants), RS256 JWTs whose header carries the
 * signing certificate in `x5c` and whose `access` claim grants only what was requested and allowed.
 */

/** One request the issuer answered. */
export interface TokenRequestLog {
  method: string;
  grantType?: string;
  account?: string;
  scopes: string[];
  status: number;
  granted: Array<{ type: string; name: string; actions: string[] }>;
}

/** Issuer options. */
export interface TokenIssuerOptions {
  /** username -> password. */
  users: Record<string, string>;
  /** refresh token -> username (identity tokens the OAuth2 POST and the GET fallback accept). */
  refreshTokens?: Record<string, string>;
  /** Anonymous callers may pull (default true). */
  anonymousPull?: boolean;
  /** Actions users may perform (default pull, push). */
  userActions?: string[];
  /** Lifetime written into the JWT `exp` (seconds, default 300). */
  tokenLifetime?: number;
  /** `expires_in` told to the client (default = tokenLifetime); larger lets tests expire tokens mid-flow. */
  expiresIn?: number;
  /** Answer the OAuth2 POST with 404 (clients must fall back to GET). */
  noOAuthPost?: boolean;
  service?: string;
  issuer?: string;
}

/** A running issuer. */
export interface TokenIssuer {
  realm: string;
  service: string;
  issuer: string;
  cert: TestCert;
  requests: TokenRequestLog[];
  /** Changes options at run time (e.g. shorter lifetimes). */
  options: TokenIssuerOptions;
  stop(): Promise<void>;
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (d: Buffer) => parts.push(d));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts the issuer on 127.0.0.1 with a fresh signing certificate. */
export async function startTokenIssuer(options: TokenIssuerOptions): Promise<TokenIssuer> {
  const cert = await makeSelfSignedCert({ cn: 'hoist-token-issuer' });
  const service = options.service ?? 'hoist-registry';
  const issuer = options.issuer ?? 'hoist-issuer';
  const requests: TokenRequestLog[] = [];

  const sign = (sub: string, access: TokenRequestLog['granted']) => {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', x5c: [cert.derBase64] };
    const claims = { iss: issuer, sub, aud: service, exp: now + (options.tokenLifetime ?? 300), nbf: now - 10, iat: now, jti: randomBytes(12).toString('hex'), access };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const sig = createSign('RSA-SHA256').update(input).sign(cert.key);
    return `${input}.${b64url(sig)}`;
  };

  const grant = (user: string | undefined, scopes: string[]) =>
    scopes.flatMap((scope) => {
      const m = /^([a-z]+):(.+):([a-z*,]+)$/.exec(scope);
      if (!m) return [];
      const [, type, name, wanted] = m;
      const allowed = user ? (options.userActions ?? ['pull', 'push']) : options.anonymousPull === false ? [] : ['pull'];
      const actions = wanted.split(',').filter((a) => allowed.includes(a));
      return actions.length ? [{ type, name, actions }] : [];
    });

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const reply = (status: number, doc: unknown, log: Omit<TokenRequestLog, 'status'>) => {
      requests.push({ ...log, status });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(doc));
    };
    const issue = (user: string | undefined, scopes: string[], log: Omit<TokenRequestLog, 'status' | 'granted'>) => {
      const granted = grant(user, scopes);
      const token = sign(user ?? '', granted);
      const expires = options.expiresIn ?? options.tokenLifetime ?? 300;
      reply(200, { token, access_token: token, expires_in: expires, issued_at: new Date().toISOString() }, { ...log, granted });
    };
    const denied = (log: Omit<TokenRequestLog, 'status' | 'granted'>) => reply(401, { errors: [{ code: 'UNAUTHORIZED', message: 'invalid username or password' }] }, { ...log, granted: [] });
    if (url.pathname !== '/token') return reply(404, { errors: [{ code: 'NOT_FOUND' }] }, { method: req.method ?? '', scopes: [], granted: [] });

    if (req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
      const base = { method: 'POST', grantType: form.get('grant_type') ?? undefined, scopes };
      if (options.noOAuthPost) return reply(404, { errors: [{ code: 'NOT_FOUND', message: 'no oauth here' }] }, { ...base, granted: [] });
      if (form.get('service') !== service) return reply(400, { errors: [{ code: 'DENIED', message: 'wrong service' }] }, { ...base, granted: [] });
      if (form.get('grant_type') === 'refresh_token') {
        const user = options.refreshTokens?.[form.get('refresh_token') ?? ''];
        return user ? issue(user, scopes, { ...base, account: user }) : denied(base);
      }
      if (form.get('grant_type') === 'password') {
        const user = form.get('username') ?? '';
        return options.users[user] !== undefined && options.users[user] === form.get('password') ? issue(user, scopes, { ...base, account: user }) : denied(base);
      }
      return reply(400, { errors: [{ code: 'UNSUPPORTED', message: 'grant_type' }] }, { ...base, granted: [] });
    }
    if (req.method !== 'GET') return reply(405, {}, { method: req.method ?? '', scopes: [], granted: [] });
    const scopes = url.searchParams.getAll('scope').flatMap((s) => s.split(' ')).filter(Boolean);
    const base = { method: 'GET', scopes };
    if (url.searchParams.get('service') !== service) return reply(400, { errors: [{ code: 'DENIED', message: 'wrong service' }] }, { ...base, granted: [] });
    const auth = req.headers.authorization;
    if (!auth) return issue(undefined, scopes, base);
    const m = /^Basic\s+(.+)$/i.exec(auth);
    if (!m) return denied(base);
    const decoded = Buffer.from(m[1], 'base64').toString('utf8');
    const user = decoded.slice(0, decoded.indexOf(':'));
    const secret = decoded.slice(decoded.indexOf(':') + 1);
    if (options.users[user] !== undefined && options.users[user] === secret) return issue(user, scopes, { ...base, account: user });
    const refreshUser = options.refreshTokens?.[secret];
    if (refreshUser) return issue(refreshUser, scopes, { ...base, account: refreshUser, grantType: 'basic-refresh' });
    return denied({ ...base, account: user });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    await cert.remove();
    throw e;
  }
  const port = (server.address() as AddressInfo).port;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    cert,
    requests,
    options,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await cert.remove();
    },
  };
}
