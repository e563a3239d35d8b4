/**
 * A loopback TCP proxy that counts the bytes each way, put in front of a registry so every builder's registry
 * traffic is measured the same way (HTTP headers included, TLS never involved: the registries are plain HTTP on
 * 127.0.0.1). "Up" is client to server (pushes, uploads), "down" is server to client (pulls, downloads).
 */
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';

/** Bytes counted by a proxy since it started or since the last `reset()`. */
export interface ByteCounts {
  /** Client to server. */
  up: number;
  /** Server to client. */
  down: number;
}

/** A running counting proxy. */
export interface ByteProxy {
  /** `127.0.0.1:<port>`: put this in image references instead of the target. */
  host: string;
  counts(): ByteCounts;
  /** Sets the counters to zero. */
  reset(): void;
  /** Closes the listener and every open connection. */
  stop(): Promise<void>;
}

/** Starts a counting proxy on 127.0.0.1 (random port) forwarding every connection to `target` (`host:port`). */
export async function startByteProxy(target: string): Promise<ByteProxy> {
  const i = target.lastIndexOf(':');
  const targetHost = target.slice(0, i);
  const targetPort = Number(target.slice(i + 1));
  if (!targetHost || !Number.isInteger(targetPort)) throw new Error(`byte proxy: target must be host:port, got "${target}"`);
  let up = 0;
  let down = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, targetHost);
    sockets.add(client);
    sockets.add(upstream);
    client.on('data', (c: Buffer) => {
      up += c.length;
    });
    upstream.on('data', (c: Buffer) => {
      down += c.length;
    });
    client.pipe(upstream);
    upstream.pipe(client);
    const close = (s: Socket) => () => {
      sockets.delete(s);
      s.destroy();
    };
    client.on('error', close(upstream));
    upstream.on('error', close(client));
    client.on('close', () => {
      sockets.delete(client);
      upstream.end();
    });
    upstream.on('close', () => {
      sockets.delete(upstream);
      client.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    host: `127.0.0.1:${port}`,
    counts: () => ({ up, down }),
    reset() {
      up = 0;
      down = 0;
    },
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
