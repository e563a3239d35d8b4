/**
 * A Unix socket that forwards each connection to another one: how a step reaches an SSH agent
 * (`RUN --mount=type=ssh`). The proxy socket gets the owner and mode the mount asks for (BuildKit: 0:0, 0600),
 * which the agent's own socket (owned by whoever started the agent) cannot have; bytes pass through unread.
 */
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface SocketProxy {
  path: string;
  close(): Promise<void>;
}

/**
 * Listens at `path` and pipes each connection to `target`. The socket is made with `mode` and, when
 * `owner` is given, chowned to it (a failure to chown is an error: the step would meet the wrong owner).
 */
export async function startSocketProxy(wanted: string, target: string, opts: { mode: number; owner?: { uid: number; gid: number } }): Promise<SocketProxy> {
  // A socket path has room for 107 bytes: a deep temp dir gets a short private directory under /tmp instead.
  const shortDir = Buffer.byteLength(wanted) > 100 ? await mkdtemp('/tmp/hoist-ssh-') : undefined;
  const path = shortDir ? `${shortDir}/s.sock` : wanted;
  const removeDir = async (): Promise<void> => {
    if (shortDir) await rm(shortDir, { recursive: true, force: true }).catch(() => undefined);
  };
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target);
    open.add(client).add(upstream);
    const end = (): void => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) => void removeDir().then(() => reject(e)));
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
  try {
    if (opts.owner) await chown(path, opts.owner.uid, opts.owner.gid);
    await chmod(path, opts.mode);
  } catch (e) {
    server.close();
    await removeDir();
    throw e;
  }
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of open) s.destroy();
        server.close(() => void removeDir().then(resolve));
      }),
  };
}
