import { normalizeScopes, scopesCover, type Challenge } from './challenge.js';
import type { Credential, CredentialSource } from './credentials.js';
import { RegistryError, errorFromNetwork, errorFromResponse } from './errors.js';
import { headerValue, readText, type HttpFn, type HttpResponse } from './http.js';
import { parseRetryAfter } from './retry.js';

/**
 * Answers registry challenges: Basic with the registry's credentials; Bearer by fetching tokens from the
 * challenge's realm (anonymous, Basic, or an identity token through the OAuth2 refresh-token grant with a
 * GET fallback). Tokens are cached per (realm, service, scope set); a cached token whose scopes cover a
 * request is reused; tokens are renewed before expiry and whenever the registry answers 401.
 */

interface CachedToken {
  scopes: string[];
  header: string;
  expiresAt: number;
}

interface RegistryAuthState {
  challenge?: Challenge;
  tokens: CachedToken[];
  pending: Map<string, Promise<CachedToken>>;
}

/** Options of an Authenticator; `clock` returns epoch milliseconds. */
export interface AuthenticatorOptions {
  http: HttpFn;
  credentials?: CredentialSource;
  clock: () => number;
  userAgent: string;
  log?: (msg: string) => void;
  /** Sends a token request with retries; defaults to one attempt. */
  send?: (fn: () => Promise<HttpResponse>) => Promise<HttpResponse>;
}

/** Seconds a token is assumed to live when the server does not say (the token spec's default). */
const DEFAULT_EXPIRES_IN = 60;

/** Per-registry challenge state and token cache. */
export class Authenticator {
  private readonly state = new Map<string, RegistryAuthState>();
  private readonly credentials = new Map<string, Promise<Credential | undefined>>();
  constructor(private readonly opts: AuthenticatorOptions) {}

  private entry(registry: string): RegistryAuthState {
    let s = this.state.get(registry);
    if (!s) this.state.set(registry, (s = { tokens: [], pending: new Map() }));
    return s;
  }

  /** Records the challenge a registry's `/v2/` answered with (undefined: no auth needed). */
  setChallenge(registry: string, challenge: Challenge | undefined): void {
    this.entry(registry).challenge = challenge;
  }

  /** The challenge recorded for a registry. */
  challenge(registry: string): Challenge | undefined {
    return this.state.get(registry)?.challenge;
  }

  /** The credential for a registry/repository, if any source has one (looked up once, then remembered). */
  credential(registry: string, repository?: string): Promise<Credential | undefined> {
    const key = `${registry}\0${repository ?? ''}`;
    let p = this.credentials.get(key);
    if (!p) {
      p = this.opts.credentials?.get(registry, repository) ?? Promise.resolve(undefined);
      p.catch(() => this.credentials.delete(key));
      this.credentials.set(key, p);
    }
    return p;
  }

  /** The Authorization header for a request needing `scopes`, fetching a token when needed. */
  async header(registry: string, scopes: readonly string[], repository?: string): Promise<string | undefined> {
    const s = this.entry(registry);
    const c = s.challenge;
    if (!c) return undefined;
    const cred = await this.credential(registry, repository);
    if (c.scheme === 'basic') return basicHeader(cred);
    if (cred?.registryToken) return `Bearer ${cred.registryToken}`;
    const now = this.opts.clock();
    const wanted = normalizeScopes(scopes);
    const hit = s.tokens.find((t) => t.expiresAt > now && scopesCover(t.scopes, wanted));
    if (hit) return hit.header;
    return (await this.fetchShared(registry, c, wanted, cred)).header;
  }

  /**
   * Reacts to a 401 mid-flow: forgets tokens covering `scopes`, adopts the new challenge, and fetches a
   * fresh token (adding a scope the challenge asks for). Resolves false when nothing new can be tried.
   */
  async renew(registry: string, scopes: readonly string[], challenge: Challenge | undefined, repository?: string): Promise<boolean> {
    const s = this.entry(registry);
    if (!challenge) return false;
    const cred = await this.credential(registry, repository);
    if (challenge.scheme === 'basic') {
      const hadBasic = s.challenge?.scheme === 'basic';
      s.challenge = challenge;
      return !hadBasic && basicHeader(cred) !== undefined;
    }
    if (challenge.scheme !== 'bearer' || cred?.registryToken) return false;
    s.challenge = challenge;
    const wanted = normalizeScopes([...scopes, ...(challenge.params.scope ? [challenge.params.scope] : [])]);
    s.tokens = s.tokens.filter((t) => !scopesCover(t.scopes, wanted) && !scopesCover(wanted, t.scopes));
    this.opts.log?.(`registry ${registry} answered 401; renewing its token for ${wanted.join(' ') || '(no scope)'}`);
    await this.fetchShared(registry, challenge, wanted, cred);
    return true;
  }

  /** Fetches a token for `scopes` (used by ping to check credentials with no scope at all). */
  async token(registry: string, scopes: readonly string[]): Promise<void> {
    const c = this.entry(registry).challenge;
    if (c?.scheme === 'bearer') await this.fetchShared(registry, c, normalizeScopes(scopes), await this.credential(registry));
  }

  private fetchShared(registry: string, c: Challenge, scopes: string[], cred: Credential | undefined): Promise<CachedToken> {
    const s = this.entry(registry);
    const key = `${c.params.realm}\0${c.params.service ?? ''}\0${scopes.join(' ')}`;
    let p = s.pending.get(key);
    if (!p) {
      p = this.fetchToken(registry, c, scopes, cred).then((t) => {
        s.tokens.push(t);
        return t;
      });
      const clear = () => s.pending.delete(key);
      p.then(clear, clear);
      s.pending.set(key, p);
    }
    return p;
  }

  private async fetchToken(registry: string, c: Challenge, scopes: string[], cred: Credential | undefined): Promise<CachedToken> {
    const realm = c.params.realm;
    const op = 'token request';
    if (!realm) throw new RegistryError({ operation: op, reference: registry, message: 'the Bearer challenge has no realm' });
    let realmUrl: URL;
    try {
      realmUrl = new URL(realm);
    } catch {
      throw new RegistryError({ operation: op, reference: registry, message: `the Bearer challenge's realm "${realm}" is not a URL` });
    }
    const who = cred?.username && cred.username !== '<token>' ? ` as "${cred.username}"` : cred?.identityToken ? ' with an identity token' : ' anonymously';
    const send = this.opts.send ?? ((fn) => fn());
    let res: HttpResponse;
    try {
      if (cred?.identityToken) {
        const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: cred.identityToken, client_id: 'hoist' });
        if (c.params.service) form.set('service', c.params.service);
        if (scopes.length) form.set('scope', scopes.join(' '));
        res = await send(() =>
          this.opts.http(realmUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': this.opts.userAgent },
            body: Buffer.from(form.toString()),
          }),
        );
        if (res.status === 404 || res.status === 405) {
          await readText(res);
          this.opts.log?.(`token endpoint ${realmUrl.origin}${realmUrl.pathname} has no OAuth2 POST; using GET`);
          res = await send(() => this.getToken(realmUrl, c, scopes, { username: cred.username || '<token>', password: cred.identityToken }));
        }
      } else {
        res = await send(() => this.getToken(realmUrl, c, scopes, cred));
      }
    } catch (e) {
      throw errorFromNetwork(e, { operation: op, reference: registry, temporary: true, hint: `realm ${realmUrl.origin}${realmUrl.pathname}` });
    }
    const text = await readText(res);
    if (res.status !== 200) {
      const denied = res.status === 401 || res.status === 403;
      throw errorFromResponse({
        status: res.status,
        body: text,
        operation: op,
        reference: registry,
        temporary: res.status >= 500 || res.status === 429,
        retryAfterMs: parseRetryAfter(headerValue(res, 'retry-after'), this.opts.clock()),
        hint: denied ? `authentication${who} failed at ${realmUrl.origin}${realmUrl.pathname}; check the username and password` : `from ${realmUrl.origin}${realmUrl.pathname}`,
      });
    }
    let doc: { token?: string; access_token?: string; expires_in?: number };
    try {
      doc = JSON.parse(text);
    } catch {
      throw new RegistryError({ operation: op, reference: registry, message: `the token endpoint ${realmUrl.origin}${realmUrl.pathname} did not answer JSON` });
    }
    const token = doc.access_token || doc.token;
    if (!token) throw new RegistryError({ operation: op, reference: registry, message: `the token endpoint ${realmUrl.origin}${realmUrl.pathname} answered without a token` });
    const expiresIn = typeof doc.expires_in === 'number' && doc.expires_in > 0 ? doc.expires_in : DEFAULT_EXPIRES_IN;
    // Renew a little early: at 90% of the lifetime, at most 30 s before expiry.
    const margin = Math.min(30, expiresIn * 0.1) * 1000;
    return { scopes, header: `Bearer ${token}`, expiresAt: this.opts.clock() + expiresIn * 1000 - margin };
  }

  private getToken(realm: URL, c: Challenge, scopes: string[], cred: Credential | undefined): Promise<HttpResponse> {
    const url = new URL(realm);
    if (c.params.service) url.searchParams.set('service', c.params.service);
    for (const s of scopes) url.searchParams.append('scope', s);
    const headers: Record<string, string> = { 'user-agent': this.opts.userAgent };
    const basic = basicHeader(cred);
    if (basic) {
      headers.authorization = basic;
      if (cred?.username) url.searchParams.set('account', cred.username);
    }
    return this.opts.http(url, { method: 'GET', headers });
  }
}

/** `Basic base64(user:password)` when the credential has both, else undefined. */
export function basicHeader(cred: Credential | undefined): string | undefined {
  if (!cred?.username || cred.password === undefined || cred.password === '') return undefined;
  return `Basic ${Buffer.from(`${cred.username}:${cred.password}`).toString('base64')}`;
}
