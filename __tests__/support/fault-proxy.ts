import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP proxy in front of a registry that injects faults by rule: canned statuses (500, 502,
 * 503, 429 + Retry-After), connection resets before a request, mid-request-body and mid-response-body,
 * redirects to another origin, and rewritten responses (status, headers). It logs every request with
 * whether it carried Authorization, its Content-Length and Transfer-Encoding.
 */

/** What a matching request gets. */
export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  | { kind: 'reset' }
  | { kind: 'reset-request'; afterBytes: number }
  | { kind: 'reset-response'; afterBytes: number }
  | { kind: 'redirect'; location: (pathAndQuery: string) => string; status?: number }
  | { kind: 'rewrite'; status?: number; headers?: Record<string, (value: string | undefined) => string | undefined> };

/** A rule: requests matching method/path, after `skip` matches, get `fault` `times` times (default once). */
export interface FaultRule {
  method?: string;
  path?: RegExp;
  skip?: number;
  times?: number;
  fault: Fault;
  /** Matches seen so far (maintained by the proxy). */
  seen?: number;
}

/** One proxied request. */
export interface ProxyLogEntry {
  seq: number;
  method: string;
  path: string;
  status?: number;
  fault?: Fault['kind'];
  authorization: boolean;
  contentLength?: number;
  chunked: boolean;
  range?: string;
  contentRange?: string;
  accept?: string;
  contentType?: string;
}

/** A running proxy. */
export interface FaultProxy {
  /** host:port to put in image references. */
  host: string;
  url: string;
  log: ProxyLogEntry[];
  rules: FaultRule[];
  add(rule: FaultRule): void;
  clear(): void;
  stop(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

/** Starts a fault proxy forwarding to `upstream` (an http:// base URL). */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const up = new URL(upstream);
  const log: ProxyLogEntry[] = [];
  const rules: FaultRule[] = [];
  let seq = 0;

  const pick = (req: IncomingMessage): Fault | undefined => {
    for (const r of rules) {
      if (r.method && r.method !== req.method) continue;
      if (r.path && !r.path.test(req.url ?? '')) continue;
      r.seen = (r.seen ?? 0) + 1;
      const n = r.seen - (r.skip ?? 0);
      if (n >= 1 && n <= (r.times ?? 1)) return r.fault;
    }
    return undefined;
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const entry: ProxyLogEntry = {
      seq: ++seq,
      method: req.method ?? '',
      path: req.url ?? '',
      authorization: req.headers.authorization !== undefined,
      contentLength: req.headers['content-length'] !== undefined ? Number(req.headers['content-length']) : undefined,
      chunked: /chunked/i.test(String(req.headers['transfer-encoding'] ?? '')),
      range: req.headers.range,
      contentRange: req.headers['content-range'],
      accept: req.headers.accept,
      contentType: req.headers['content-type'],
    };
    log.push(entry);
    const fault = pick(req);
    entry.fault = fault?.kind;
    if (fault?.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      req.resume();
      req.on('end', () => {
        entry.status = fault.status;
        res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
        res.end(fault.body ?? JSON.stringify({ errors: [{ code: 'UNKNOWN', message: `injected ${fault.status}` }] }));
      });
      return;
    }
    if (fault?.kind === 'redirect') {
      req.resume();
      entry.status = fault.status ?? 307;
      res.writeHead(entry.status, { location: fault.location(req.url ?? '/') });
      res.end();
      return;
    }
    const upstreamReq = httpRequest(
      { host: up.hostname, port: up.port, method: req.method, path: req.url, headers: req.headers },
      (upRes) => {
        let status = upRes.statusCode ?? 502;
        const headers = { ...upRes.headers } as Record<string, string | string[] | undefined>;
        if (fault?.kind === 'rewrite') {
          status = fault.status ?? status;
          for (const [name, fn] of Object.entries(fault.headers ?? {})) {
            const v = fn(headers[name] as string | undefined);
            if (v === undefined) delete headers[name];
            else headers[name] = v;
          }
        }
        entry.status = status;
        res.writeHead(status, headers);
        if (fault?.kind === 'reset-response') {
          let sent = 0;
          upRes.on('data', (d: Buffer) => {
            if (sent >= fault.afterBytes) return;
            const take = d.subarray(0, fault.afterBytes - sent);
            sent += take.length;
            res.write(take);
            if (sent >= fault.afterBytes) {
              upRes.destroy();
              setTimeout(() => res.socket?.destroy(), 20);
            }
          });
          return;
        }
        upRes.pipe(res);
      },
    );
    upstreamReq.on('error', () => res.socket?.destroy());
    if (fault?.kind === 'reset-request') {
      let got = 0;
      req.on('data', (d: Buffer) => {
        got += d.length;
        if (got >= fault.afterBytes) {
          upstreamReq.destroy();
          req.socket.destroy();
        } else upstreamReq.write(d);
      });
      req.on('end', () => upstreamReq.end());
      return;
    }
    req.pipe(upstreamReq);
  });
  const port = await listen(server);
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    log,
    rules,
    add: (r) => void rules.push(r),
    clear: () => void rules.splice(0),
    stop: closer(server),
  };
}

/** A plain origin serving blobs by digest at `/blobs/<digest>` (a "CDN" a registry redirects to); logs request headers. */
export interface BlobOrigin {
  url: string;
  requests: Array<{ path: string; authorization?: string }>;
  stop(): Promise<void>;
}

/** Starts a blob origin on 127.0.0.1 (another port, so another origin than the registry). */
export async function startBlobOrigin(blobs: Map<string, Buffer>): Promise<BlobOrigin> {
  const requests: BlobOrigin['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', authorization: req.headers.authorization });
    const m = /\/blobs\/(sha256:[a-f0-9]{64})/.exec(req.url ?? '');
    const data = m ? blobs.get(m[1]) : undefined;
    if (!data) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(data.length) });
    res.end(data);
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, requests, stop: closer(server) };
}
