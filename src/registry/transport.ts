import { Readable } from 'node:stream';
import { Authenticator } from './auth.js';
import { parseChallenges, pickChallenge, type Challenge } from './challenge.js';
import type { CredentialSource } from './credentials.js';
import { RegistryError, errorFromNetwork, errorFromResponse } from './errors.js';
import { discard, headerValue, isCertificateError, isLoopbackHost, isNoTlsError, readText, type HttpFn, type HttpResponse, type Method } from './http.js';
import { DOCKER_HUB, DOCKER_HUB_API_HOST } from './reference.js';
import { isRetryable, parseRetryAfter, withRetry, NO_RETRY, type RetryPolicy } from './retry.js';

/**
 * One registry request end to end: the registry's origin (HTTPS, or plain HTTP only for loopback hosts
 * and the `insecure` list, as Docker allows), its challenge (from `/v2/`), the Authorization header for
 * the request's scopes (never sent to another origin), redirects followed by hand, 401 renewal, and
 * retries under the policy.
 */

/** A request to a registry. */
export interface RegistryRequest {
  /** Registry as in a Reference ('docker.io', '127.0.0.1:5000'). */
  registry: string;
  /** Repository the request is about (for path-scoped credentials). */
  repository?: string;
  method: Method;
  /** A path on the registry ('/v2/…') or an absolute URL (an upload Location). */
  target: string | URL;
  headers?: Record<string, string>;
  /** The body, or a factory called for every send (needed for streams that may be re-sent). */
  body?: Buffer | (() => Buffer | Readable | Promise<Buffer | Readable>);
  /** Token scopes the request needs. */
  scopes: readonly string[];
  /** For errors: what hoist is doing and to which reference. */
  operation: string;
  reference: string;
  /** Statuses that count as success. */
  expect: readonly number[];
  /** Retry temporary failures under the policy (default true). */
  retry?: boolean;
  /** Follow redirects (default: for GET and HEAD). */
  followRedirects?: boolean;
  /** Renew the token and re-send once on 401 (default true; false for best-effort calls). */
  renew?: boolean;
}

/** Transport options. */
export interface TransportOptions {
  http: HttpFn;
  credentials?: CredentialSource;
  insecure?: readonly string[];
  retry: RetryPolicy;
  userAgent: string;
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
  log?: (msg: string) => void;
  /** How to give credentials, for the error when a registry needs some and none were found. */
  loginHint?: string;
}

interface Endpoint {
  origin: string;
  challenge?: Challenge;
}

const MAX_REDIRECTS = 5;

/** The host a registry's API answers on. */
export function apiHostOf(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry;
}

/** Sends registry requests; one per client, shared by every operation. */
export class RegistryTransport {
  readonly auth: Authenticator;
  private readonly endpoints = new Map<string, Promise<Endpoint>>();

  constructor(private readonly opts: TransportOptions) {
    this.auth = new Authenticator({
      http: opts.http,
      credentials: opts.credentials,
      clock: opts.clock,
      userAgent: opts.userAgent,
      log: opts.log,
      send: (fn) => this.retrying(fn),
    });
  }

  /** The retry policy in force. */
  get policy(): RetryPolicy {
    return this.opts.retry;
  }

  /** Sleeps through the injected sleep function. */
  sleep(ms: number): Promise<void> {
    return this.opts.sleep(ms);
  }

  /** Logs through the injected logger. */
  log(msg: string): void {
    this.opts.log?.(msg);
  }

  private async retrying(fn: () => Promise<HttpResponse>): Promise<HttpResponse> {
    return withRetry(this.opts.retry, this.opts.sleep, async () => {
      const res = await fn();
      if (this.opts.retry.statuses.includes(res.status)) {
        const body = await readText(res);
        throw errorFromResponse({ status: res.status, body, operation: 'token request', reference: res.url.host, temporary: true, retryAfterMs: parseRetryAfter(headerValue(res, 'retry-after'), this.opts.clock()) });
      }
      return res;
    });
  }

  /** True when plain HTTP may be used for this registry (loopback or listed as insecure). */
  allowsPlainHttp(registry: string): boolean {
    const host = apiHostOf(registry);
    return isLoopbackHost(host) || (this.opts.insecure ?? []).some((i) => i === registry || i === host);
  }

  /** The registry's origin and challenge, probing `/v2/` once (HTTPS first; HTTP where allowed). */
  endpoint(registry: string): Promise<Endpoint> {
    let p = this.endpoints.get(registry);
    if (!p) {
      p = this.probe(registry);
      p.catch(() => this.endpoints.delete(registry));
      this.endpoints.set(registry, p);
    }
    return p;
  }

  private async probe(registry: string): Promise<Endpoint> {
    const host = apiHostOf(registry);
    try {
      return await this.pingAt(registry, `https://${host}`);
    } catch (e) {
      const cause = e instanceof RegistryError ? e.cause : e;
      if (this.allowsPlainHttp(registry) && isNoTlsError(cause)) {
        this.log(`registry ${registry} does not speak TLS; using plain HTTP (allowed for loopback and --insecure registries)`);
        return this.pingAt(registry, `http://${host}`);
      }
      if (isCertificateError(cause)) {
        throw errorFromNetwork(cause, { operation: 'connect to', reference: registry, temporary: false, hint: "the registry's TLS certificate is not trusted; pass its CA certificate (--ca FILE)" });
      }
      if (isNoTlsError(cause)) {
        throw errorFromNetwork(cause, { operation: 'connect to', reference: registry, temporary: false, hint: 'the registry does not speak HTTPS; plain HTTP is allowed only for loopback registries and those listed as insecure (--insecure)' });
      }
      throw e;
    }
  }

  private async pingAt(registry: string, origin: string): Promise<Endpoint> {
    const res = await withRetry(this.opts.retry, this.opts.sleep, async () => {
      let r: HttpResponse;
      try {
        r = await this.opts.http(new URL('/v2/', origin), { method: 'GET', headers: { 'user-agent': this.opts.userAgent } });
      } catch (e) {
        throw errorFromNetwork(e, { operation: 'ping', reference: registry, temporary: isRetryable(this.opts.retry, e) && !isNoTlsError(e) });
      }
      if (this.opts.retry.statuses.includes(r.status)) {
        throw errorFromResponse({ status: r.status, body: await readText(r), operation: 'ping', reference: registry, temporary: true, retryAfterMs: parseRetryAfter(headerValue(r, 'retry-after'), this.opts.clock()) });
      }
      return r;
    });
    const body = await readText(res);
    if (res.status === 200) {
      this.auth.setChallenge(registry, undefined);
      return { origin };
    }
    if (res.status === 401) {
      const challenge = pickChallenge(parseChallenges(res.headers['www-authenticate']));
      this.auth.setChallenge(registry, challenge);
      return { origin, challenge };
    }
    throw errorFromResponse({ status: res.status, body, operation: 'ping', reference: registry, temporary: false, hint: `${origin}/v2/ is not a registry API` });
  }

  /** Sends a request; resolves with a response whose status is in `expect` (the caller consumes the body). */
  async send(req: RegistryRequest): Promise<HttpResponse> {
    const policy = req.retry === false ? NO_RETRY : this.opts.retry;
    return withRetry(policy, this.opts.sleep, () => this.sendOnce(req), (err, attempt, delay) =>
      this.log(`${req.operation} ${req.reference}: ${(err as Error).message}; retry ${attempt}/${policy.attempts - 1} in ${delay} ms`),
    );
  }

  private async sendOnce(req: RegistryRequest): Promise<HttpResponse> {
    const { origin } = await this.endpoint(req.registry);
    let url = typeof req.target === 'string' ? new URL(req.target, origin) : new URL(req.target);
    let method = req.method;
    let renewed = false;
    const follow = req.followRedirects ?? (method === 'GET' || method === 'HEAD');
    for (let hops = 0; ; ) {
      const sameOrigin = url.origin === origin;
      const headers: Record<string, string> = { 'user-agent': this.opts.userAgent, ...req.headers };
      if (sameOrigin) {
        const auth = await this.auth.header(req.registry, req.scopes, req.repository);
        if (auth) headers.authorization = auth;
      }
      const body = typeof req.body === 'function' ? await req.body() : req.body;
      let res: HttpResponse;
      try {
        res = await this.opts.http(url, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body });
      } catch (e) {
        if (body && typeof body !== 'string' && !Buffer.isBuffer(body)) (body as Readable).destroy();
        throw errorFromNetwork(e, { operation: req.operation, reference: req.reference, temporary: isRetryable(this.opts.retry, e) });
      }
      // A streamed body the server did not take (401, redirect, error) must not hold its source open.
      if (body instanceof Readable && !body.readableEnded && !req.expect.includes(res.status)) body.destroy();
      if (res.status === 401 && sameOrigin && !renewed && req.renew !== false) {
        const text = await readText(res);
        const challenge = pickChallenge(parseChallenges(res.headers['www-authenticate']));
        if (await this.auth.renew(req.registry, req.scopes, challenge, req.repository)) {
          renewed = true;
          continue;
        }
        throw await this.unauthorized(req, text, challenge);
      }
      if (follow && [301, 302, 303, 307, 308].includes(res.status) && headerValue(res, 'location')) {
        await discard(res);
        if (++hops > MAX_REDIRECTS) throw new RegistryError({ operation: req.operation, reference: req.reference, message: `more than ${MAX_REDIRECTS} redirects` });
        url = new URL(headerValue(res, 'location')!, url);
        if (res.status === 303) method = 'GET';
        continue;
      }
      if (!req.expect.includes(res.status)) {
        const text = method === 'HEAD' ? '' : await readText(res);
        if (method === 'HEAD') await discard(res);
        if (res.status === 401) throw await this.unauthorized(req, text, pickChallenge(parseChallenges(res.headers['www-authenticate'])));
        throw errorFromResponse({
          status: res.status,
          body: text,
          operation: req.operation,
          reference: req.reference,
          temporary: this.opts.retry.statuses.includes(res.status),
          retryAfterMs: parseRetryAfter(headerValue(res, 'retry-after'), this.opts.clock()),
          hint: res.status === 403 ? 'the credentials do not grant this operation' : undefined,
        });
      }
      return res;
    }
  }

  private async unauthorized(req: RegistryRequest, body: string, challenge: Challenge | undefined): Promise<RegistryError> {
    const hasCredential = (await this.auth.credential(req.registry, req.repository)) !== undefined;
    const hint = hasCredential && challenge?.params.error === 'insufficient_scope'
      ? `the credentials for ${req.registry} were accepted but do not grant ${req.scopes.join(' ') || 'this operation'}`
      : hasCredential
      ? `authentication to ${req.registry} failed; check the username and password`
      : `authentication to ${req.registry} is required; no credentials were found (${this.opts.loginHint ?? 'use --username with --password-stdin, docker login or DOCKER_AUTH_CONFIG'})`;
    return errorFromResponse({ status: 401, body, operation: req.operation, reference: req.reference, temporary: false, hint });
  }
}
