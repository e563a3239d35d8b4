import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { matchEntry, readOrder, type ServiceEntry } from './gha-cache-match.js';
import { mintRuntimeToken, READ, verifyRuntimeToken, WRITE, type TokenScope } from './gha-cache-token.js';
import { newFaults, type FaultRule, type GhaCacheFaults, type GhaRoute } from './gha-cache-faults.js';

export type { FaultRule, GhaCacheFaults, GhaRoute } from './gha-cache-faults.js';
export type { ServiceEntry } from './gha-cache-match.js';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
const ACCOUNT = 'devstoreaccount1';

/** Options of the local Actions cache service. */
export interface GhaCacheServiceOptions {
  /** Clock for entry creation/access times (ms). */
  now?: () => number;
}

/** Options of `env()`: how the fake runtime token is scoped. */
export interface GhaEnvOptions {
  /** `write` (default) gives the ref read+write; `read` makes the token read-only, as for untrusted triggers. */
  permission?: 'read' | 'write';
  /** The default branch the token may also read (default `main`); `null` for none. */
  defaultBranch?: string | null;
  /** More read-only scopes (for example a pull request's base branch), as full refs. */
  readRefs?: string[];
}

/** Request and byte counters of the service, for assertions and benchmarks. */
export interface GhaCacheServiceStats {
  requests: Record<GhaRoute, number>;
  /** Blob bytes received by Put Blob / Put Block. */
  bytesUploaded: number;
  /** Blob bytes sent by Get Blob. */
  bytesDownloaded: number;
  /** Entries finalized. */
  entriesCreated: number;
  hits: number;
  misses: number;
  conflicts: number;
  writeDenied: number;
  faultsServed: number;
}

/** A running protocol-compatible Actions cache service (v2 Twirp routes + Azure-Blob-shaped blob endpoint). */
export interface GhaCacheService {
  /** Base URL, `http://127.0.0.1:<port>`. */
  url: string;
  /** The variables an action sees on a runner, for a run on `ref` (e.g. `refs/heads/main`, `refs/pull/7/merge`). */
  env(ref: string, opts?: GhaEnvOptions): Record<string, string>;
  /** A runtime token with exactly these scopes. */
  token(scopes: TokenScope[]): string;
  /** Fault injection switches. */
  faults: GhaCacheFaults;
  /** Every entry (finalized or pending), without data, oldest first. */
  entries(): Omit<ServiceEntry, 'data'>[];
  /** Evicts the finalized entries whose key equals the string (or that the predicate selects); returns how many. */
  evict(which: string | ((e: Omit<ServiceEntry, 'data'>) => boolean)): number;
  stats(): GhaCacheServiceStats;
  resetStats(): void;
  stop(): Promise<void>;
}

interface Upload {
  entry: ServiceEntry;
  blocks: Map<string, Buffer>;
  data?: Buffer;
}

function emptyStats(): GhaCacheServiceStats {
  const requests = Object.fromEntries(
    ['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL', 'PutBlob', 'PutBlock', 'PutBlockList', 'GetBlob', 'HeadBlob'].map((r) => [r, 0]),
  ) as Record<GhaRoute, number>;
  return { requests, bytesUploaded: 0, bytesDownloaded: 0, entriesCreated: 0, hits: 0, misses: 0, conflicts: 0, writeDenied: 0, faultsServed: 0 };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the service on 127.0.0.1 with a random port. */
export async function startGhaCacheService(opts: GhaCacheServiceOptions = {}): Promise<GhaCacheService> {
  const now = opts.now ?? Date.now;
  const secret = randomBytes(16).toString('hex');
  const entries = new Map<string, ServiceEntry>();
  const uploads = new Map<string, Upload>();
  const faults = newFaults();
  let stats = emptyStats();
  let seq = 0;
  let nextId = 1;
  const sockets = new Set<Socket>();
  let url = '';

  const entryId = (scope: string, key: string, version: string) => `${scope}\u0000${key}\u0000${version}`;
  const sign = (p: string) => createHmac('sha256', secret).update(p).digest('hex').slice(0, 32);

  const twirpError = (res: ServerResponse, status: number, code: string, msg: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify({ code, msg }));
  };
  const json = (res: ServerResponse, body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const blobHeaders = (req: IncomingMessage): Record<string, string> => ({
    'x-ms-request-id': randomUUID(),
    'x-ms-version': String(req.headers['x-ms-version'] ?? '2025-11-05'),
    date: new Date(now()).toUTCString(),
  });

  /** Applies a matched fault rule; true when the request has been answered (or swallowed). */
  async function applyFault(rule: FaultRule | undefined, route: GhaRoute, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (!rule) return false;
    stats.faultsServed++;
    if (rule.hang) {
      faults.park(res);
      return true;
    }
    if (rule.delayMs) await sleep(rule.delayMs);
    if (rule.status !== undefined) {
      const headers: Record<string, string> = rule.retryAfter !== undefined ? { 'retry-after': String(rule.retryAfter) } : {};
      if (route.startsWith('Put') || route.endsWith('Blob')) {
        res.writeHead(rule.status, { ...blobHeaders(req), ...headers, 'content-type': 'application/xml', 'x-ms-error-code': 'ServerBusy' });
        res.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>ServerBusy</Code><Message>injected ${rule.status}</Message></Error>`);
      } else {
        const code = rule.status === 429 ? 'resource_exhausted' : rule.status >= 500 ? 'internal' : 'unknown';
        twirpError(res, rule.status, code, `injected ${rule.status}`, headers);
      }
      return true;
    }
    if (rule.notJson) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>not json</html>');
      return true;
    }
    return false;
  }

  async function twirp(method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const route = method as GhaRoute;
    if (!['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL'].includes(method)) {
      return twirpError(res, 404, 'bad_route', `no method ${method}`);
    }
    stats.requests[route]++;
    const raw = await readBody(req);
    let body: { key?: string; version?: string; restore_keys?: string[]; size_bytes?: string | number };
    try {
      body = JSON.parse(raw.toString('utf8') || '{}');
    } catch {
      return twirpError(res, 400, 'malformed', 'body is not JSON');
    }
    if (await applyFault(faults.take(route, body.key), route, req, res)) return;
    const auth = String(req.headers.authorization ?? '');
    const scopes = auth.startsWith('Bearer ') ? verifyRuntimeToken(secret, auth.slice(7)) : undefined;
    if (!scopes) return twirpError(res, 401, 'unauthenticated', 'invalid runtime token');
    const key = body.key ?? '';
    const version = body.version ?? '';
    if (!key || !version) return twirpError(res, 400, 'invalid_argument', 'key and version are required');

    if (method === 'GetCacheEntryDownloadURL') {
      const order = readOrder(scopes);
      if (order.length === 0) return twirpError(res, 403, 'permission_denied', 'cache read denied: no readable scope');
      const hit = matchEntry(entries.values(), order, key, body.restore_keys ?? [], version);
      if (!hit) {
        stats.misses++;
        return json(res, { ok: false });
      }
      stats.hits++;
      hit.lastAccess = now();
      const p = `/${ACCOUNT}/entries/${hit.id}`;
      return json(res, { ok: true, signed_download_url: `${url}${p}?sig=${sign(p)}`, matched_key: hit.key });
    }

    const writable = scopes.find((s) => (s.Permission & WRITE) !== 0);
    if (method === 'CreateCacheEntry') {
      if (!writable) {
        stats.writeDenied++;
        return json(res, { ok: false, message: 'cache write denied: the runtime token is read-only' });
      }
      const id = entryId(writable.Scope, key, version);
      if (entries.has(id)) {
        stats.conflicts++;
        return twirpError(res, 409, 'already_exists', 'cache entry with the same key, version, and scope already exists');
      }
      const entry: ServiceEntry = { id: nextId++, scope: writable.Scope, key, version, size: 0, seq: ++seq, createdAt: now(), lastAccess: now(), finalized: false };
      entries.set(id, entry);
      const uploadId = randomUUID();
      uploads.set(uploadId, { entry, blocks: new Map() });
      const p = `/${ACCOUNT}/uploads/${uploadId}`;
      return json(res, { ok: true, signed_upload_url: `${url}${p}?sig=${sign(p)}` });
    }

    // FinalizeCacheEntryUpload
    if (!writable) return json(res, { ok: false, message: 'cache write denied: the runtime token is read-only' });
    const entry = entries.get(entryId(writable.Scope, key, version));
    const upload = [...uploads.values()].find((u) => u.entry === entry);
    if (!entry || entry.finalized || !upload) return twirpError(res, 404, 'not_found', `no pending upload for key ${key}`);
    const size = Number(body.size_bytes ?? 0);
    if (!upload.data || upload.data.length !== size) {
      return json(res, { ok: false, message: `uploaded ${upload.data?.length ?? 0} bytes, finalize says ${size}` });
    }
    entry.data = upload.data;
    entry.size = size;
    entry.finalized = true;
    entry.seq = ++seq;
    entry.createdAt = now();
    for (const [id, u] of uploads) if (u === upload) uploads.delete(id);
    stats.entriesCreated++;
    return json(res, { ok: true, entry_id: String(entry.id) });
  }

  async function blob(req: IncomingMessage, res: ServerResponse, u: URL): Promise<void> {
    const parts = u.pathname.split('/').filter(Boolean); // devstoreaccount1, uploads|entries, id
    const comp = u.searchParams.get('comp');
    const route: GhaRoute =
      req.method === 'GET' ? 'GetBlob' : req.method === 'HEAD' ? 'HeadBlob' : comp === 'block' ? 'PutBlock' : comp === 'blocklist' ? 'PutBlockList' : 'PutBlob';
    stats.requests[route]++;
    const body = req.method === 'PUT' ? await readBody(req) : Buffer.alloc(0);
    const target =
      parts[1] === 'uploads' ? uploads.get(parts[2])?.entry : [...entries.values()].find((e) => e.finalized && String(e.id) === parts[2]);
    const rule = faults.take(route, target?.key);
    if (await applyFault(rule, route, req, res)) return;
    const h = blobHeaders(req);
    if (parts.length !== 3 || u.searchParams.get('sig') !== sign(u.pathname)) {
      res.writeHead(403, { ...h, 'x-ms-error-code': 'AuthenticationFailed' });
      return void res.end();
    }
    if (req.method === 'PUT' && parts[1] === 'uploads') {
      const upload = uploads.get(parts[2]);
      if (!upload) {
        res.writeHead(404, { ...h, 'x-ms-error-code': 'BlobNotFound' });
        return void res.end();
      }
      if (route === 'PutBlock') {
        upload.blocks.set(u.searchParams.get('blockid') ?? '', body);
        stats.bytesUploaded += body.length;
      } else if (route === 'PutBlockList') {
        const ids = [...body.toString('utf8').matchAll(/<Latest>(.*?)<\/Latest>/g)].map((m) => m[1]);
        const missing = ids.filter((id) => !upload.blocks.has(id));
        if (missing.length > 0) {
          res.writeHead(400, { ...h, 'x-ms-error-code': 'InvalidBlockList' });
          return void res.end();
        }
        upload.data = Buffer.concat(ids.map((id) => upload.blocks.get(id)!));
        upload.blocks.clear();
      } else {
        upload.data = body;
        stats.bytesUploaded += body.length;
      }
      res.writeHead(201, { ...h, etag: `"0x${randomBytes(8).toString('hex')}"`, 'last-modified': h.date, 'content-length': '0' });
      return void res.end();
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && parts[1] === 'entries') {
      const entry = [...entries.values()].find((e) => e.finalized && String(e.id) === parts[2]);
      if (!entry?.data) {
        res.writeHead(404, { ...h, 'x-ms-error-code': 'BlobNotFound', 'content-type': 'application/xml' });
        return void res.end('<?xml version="1.0" encoding="utf-8"?><Error><Code>BlobNotFound</Code></Error>');
      }
      entry.lastAccess = now();
      let data = entry.data;
      let status = 200;
      const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''));
      const extra: Record<string, string> = {};
      if (range) {
        const start = Number(range[1]);
        const end = range[2] ? Math.min(Number(range[2]), data.length - 1) : data.length - 1;
        extra['content-range'] = `bytes ${start}-${end}/${data.length}`;
        data = data.subarray(start, end + 1);
        status = 206;
      }
      if (rule?.corrupt && data.length > 0) {
        data = Buffer.from(data);
        data[data.length >> 1] ^= 0xff;
      }
      res.writeHead(status, {
        ...h,
        ...extra,
        'content-length': String(data.length),
        'content-type': 'application/octet-stream',
        'x-ms-blob-type': 'BlockBlob',
        'accept-ranges': 'bytes',
      });
      if (req.method === 'HEAD') return void res.end();
      if (rule?.truncate) {
        stats.bytesDownloaded += data.length >> 1;
        res.write(data.subarray(0, data.length >> 1));
        return void setTimeout(() => res.destroy(), 10);
      }
      stats.bytesDownloaded += data.length;
      return void res.end(data);
    }
    res.writeHead(405, h);
    res.end();
  }

  const server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const handle = async () => {
      if (req.method === 'POST' && u.pathname.startsWith(TWIRP_PREFIX)) return twirp(u.pathname.slice(TWIRP_PREFIX.length), req, res);
      if (u.pathname.startsWith(`/${ACCOUNT}/`)) return blob(req, res, u);
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'bad_route', msg: `no route ${req.method} ${u.pathname}` }));
    };
    handle().catch((e: Error) => {
      if (!res.headersSent) twirpError(res, 500, 'internal', e.message);
      else res.destroy();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const strip = ({ data: _data, ...rest }: ServiceEntry) => rest;
  return {
    url,
    env(ref, o = {}) {
      const defaultBranch = o.defaultBranch === undefined ? 'main' : o.defaultBranch;
      const scopes: TokenScope[] = [{ Scope: ref, Permission: o.permission === 'read' ? READ : READ | WRITE }];
      const reads = [...(o.readRefs ?? []), ...(defaultBranch ? [`refs/heads/${defaultBranch}`] : [])];
      for (const r of reads) if (!scopes.some((s) => s.Scope === r)) scopes.push({ Scope: r, Permission: READ });
      return {
        ACTIONS_RESULTS_URL: `${url}/`,
        ACTIONS_RUNTIME_TOKEN: mintRuntimeToken(secret, scopes),
        ACTIONS_CACHE_SERVICE_V2: '1',
        GITHUB_REF: ref,
        GITHUB_SERVER_URL: 'https://github.com',
        NO_PROXY: '127.0.0.1,localhost',
      };
    },
    token: (scopes) => mintRuntimeToken(secret, scopes),
    faults,
    entries: () => [...entries.values()].sort((a, b) => a.seq - b.seq).map(strip),
    evict(which) {
      let n = 0;
      for (const [id, e] of entries) {
        if (!e.finalized) continue;
        if (typeof which === 'string' ? e.key === which : which(strip(e))) {
          entries.delete(id);
          n++;
        }
      }
      return n;
    },
    stats: () => structuredClone(stats),
    resetStats() {
      stats = emptyStats();
    },
    async stop() {
      faults.clear();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
