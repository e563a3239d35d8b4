/**
 * A small Docker Engine API client over the unix socket (undici), with only what the Docker executor uses.
 * Errors name the method, the path and the daemon's message.
 */
import type { Readable } from 'node:stream';
import { Pool } from '../../net/undici.js';
import { SandboxError } from '../types.js';

/** API version requested (Engine 20.10 and later speak it). */
export const API_VERSION = 'v1.41';

/** A response whose body is still to be read. */
export interface EngineResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Readable & { json(): Promise<unknown>; text(): Promise<string> };
}

/** The Docker Engine API of one daemon. */
export class DockerEngine {
  /** A pool: a streaming request (logs) must never hold up another (kill) on the same socket. */
  private readonly client: Pool;

  constructor(readonly socketPath: string) {
    this.client = new Pool('http://localhost', { socketPath, bodyTimeout: 0, headersTimeout: 0, connections: 8 });
  }

  /** Sends a request; non-2xx (other than `allow`) becomes a SandboxError with the daemon's message. */
  async request(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD',
    path: string,
    opts: { query?: Record<string, string | number | boolean | undefined>; json?: unknown; body?: Readable; headers?: Record<string, string>; allow?: number[]; signal?: AbortSignal } = {},
  ): Promise<EngineResponse> {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) q.set(k, String(v));
    const full = `/${API_VERSION}${path}${q.size ? `?${q}` : ''}`;
    const headers: Record<string, string> = { ...opts.headers };
    let body: string | Readable | undefined = opts.body;
    if (opts.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.json);
    }
    let res;
    try {
      res = await this.client.request({ method, path: full, headers, body, signal: opts.signal });
    } catch (e) {
      throw new SandboxError(`docker ${method} ${path}: ${(e as Error).message} (socket ${this.socketPath})`);
    }
    const r = res as unknown as { statusCode: number; headers: EngineResponse['headers']; body: EngineResponse['body'] };
    if ((r.statusCode < 200 || r.statusCode >= 300) && !opts.allow?.includes(r.statusCode)) {
      const text = method === 'HEAD' ? '' : await r.body.text().catch(() => '');
      let message = text;
      try {
        message = (JSON.parse(text) as { message?: string }).message ?? text;
      } catch {
        // not JSON
      }
      throw new SandboxError(`docker ${method} ${path}: ${r.statusCode} ${message.trim()}`);
    }
    return { status: r.statusCode, headers: r.headers, body: r.body };
  }

  /** A request whose JSON answer is returned (or undefined for an allowed non-2xx). */
  async json<T>(method: 'GET' | 'POST' | 'DELETE', path: string, opts: Parameters<DockerEngine['request']>[2] = {}): Promise<T | undefined> {
    const r = await this.request(method, path, opts);
    if (r.status < 200 || r.status >= 300) {
      await r.body.text().catch(() => '');
      return undefined;
    }
    const text = await r.body.text();
    return (text ? JSON.parse(text) : {}) as T;
  }

  /** True when the daemon answers `/_ping`. */
  async ping(): Promise<boolean> {
    try {
      const r = await this.request('GET', '/_ping');
      await r.body.text();
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

/**
 * Splits Docker's multiplexed stdout/stderr stream (8-byte headers: stream, 0, 0, 0, size u32 BE).
 * Returns a push function; frames are delivered as they complete.
 */
export function demultiplexer(onFrame: (stream: 'stdout' | 'stderr', chunk: Buffer) => void): (chunk: Buffer) => void {
  let buf: Buffer = Buffer.alloc(0);
  return (chunk) => {
    buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
    while (buf.length >= 8) {
      const size = buf.readUInt32BE(4);
      if (buf.length < 8 + size) break;
      const stream = buf[0] === 2 ? 'stderr' : 'stdout';
      onFrame(stream, buf.subarray(8, 8 + size));
      buf = buf.subarray(8 + size);
    }
  };
}
