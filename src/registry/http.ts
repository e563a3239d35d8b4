import { rootCertificates } from 'node:tls';
import type { Readable } from 'node:stream';
import { Agent, type Dispatcher } from '../net/undici.js';

/**
 * The one place hoist's registry code touches the network: an undici Agent (own CA when given, keep-alive)
 * behind a small function type, so the auth and client layers can be driven by anything that answers it.
 * Redirects are never followed here; the transport follows them itself to control Authorization.
 */

/** HTTP methods the registry API uses. */
export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A response; `body` must always be consumed (`text()`, `dump()`, or read to the end). */
export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Readable & { text(): Promise<string>; dump(opts?: { limit?: number }): Promise<void> };
  url: URL;
}

/** Sends one request, without following redirects. A Readable body needs a Content-Length header. */
export type HttpFn = (url: URL, init: { method: Method; headers: Record<string, string>; body?: Buffer | Readable; signal?: AbortSignal }) => Promise<HttpResponse>;

/** An HttpFn over an undici Agent, and a way to close its connections. */
export interface HttpClient {
  http: HttpFn;
  close(): Promise<void>;
}

/** First value of a response header (names are lower case). */
export function headerValue(res: Pick<HttpResponse, 'headers'>, name: string): string | undefined {
  const v = res.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Creates the undici-backed HttpFn. `ca` is added to Node's bundled roots (never replacing them, never
 * disabling verification); `connections` caps sockets per origin.
 */
export function createHttpClient(opts: { ca?: string | Buffer | Array<string | Buffer>; connections?: number } = {}): HttpClient {
  const extra = opts.ca === undefined ? [] : Array.isArray(opts.ca) ? opts.ca : [opts.ca];
  const agent: Dispatcher = new Agent({
    connections: opts.connections ?? 16,
    keepAliveTimeout: 10000,
    headersTimeout: 120000,
    bodyTimeout: 120000,
    connect: extra.length > 0 ? { ca: [...rootCertificates, ...extra.map((c) => c.toString())] } : undefined,
  });
  const http: HttpFn = async (url, init) => {
    // What undici's top-level request() does with a URL before it calls the dispatcher.
    const u = new URL(url);
    const res = await agent.request({
      origin: u.origin,
      path: u.search ? `${u.pathname}${u.search}` : u.pathname,
      method: (init.method ?? (init.body ? 'PUT' : 'GET')) as Dispatcher.HttpMethod,
      headers: init.headers,
      body: init.body,
      signal: init.signal,
    });
    return { status: res.statusCode, headers: res.headers as HttpResponse['headers'], body: res.body as unknown as HttpResponse['body'], url };
  };
  return { http, close: () => agent.close() };
}

/** Reads at most `limit` characters of a response body and discards the rest. */
export async function readText(res: HttpResponse, limit = 65536): Promise<string> {
  try {
    const text = await res.body.text();
    return text.length > limit ? text.slice(0, limit) : text;
  } catch {
    return '';
  }
}

/** Discards a response body so its connection can be reused. */
export async function discard(res: HttpResponse): Promise<void> {
  try {
    await res.body.dump({ limit: 1 << 20 });
  } catch {
    /* the connection is gone anyway */
  }
}

/** True for hosts Docker lets use plain HTTP without configuration: localhost, 127.0.0.0/8, ::1. */
export function isLoopbackHost(hostPort: string): boolean {
  let host = hostPort;
  if (host.startsWith('[')) host = host.slice(1, host.indexOf(']'));
  else if (host.split(':').length === 2) host = host.slice(0, host.lastIndexOf(':'));
  host = host.toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** True when a connection failure means "this port does not speak TLS" (so plain HTTP may be tried). */
export function isNoTlsError(err: unknown): boolean {
  const e = err as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e?.code ?? e?.cause?.code ?? '';
  const msg = `${e?.message ?? ''} ${e?.cause?.message ?? ''}`;
  return (
    code === 'EPROTO' ||
    code === 'ERR_SSL_WRONG_VERSION_NUMBER' ||
    code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG' ||
    /wrong version number|packet length too long|http request/i.test(msg)
  );
}

/** True when a connection failure is an untrusted or mismatched TLS certificate. */
export function isCertificateError(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  const code = e?.code ?? e?.cause?.code ?? '';
  return /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS_CERT_ALTNAME_INVALID/.test(code);
}
