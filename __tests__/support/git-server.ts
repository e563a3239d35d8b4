/**
 * A Git smart-HTTP server on 127.0.0.1 for Git build contexts: git's own `git http-backend` (CGI) behind a Node
 * HTTP server, serving the repositories under `root` at `http://127.0.0.1:PORT/<name>.git`. With `token`, every
 * request must carry `Authorization: Basic base64(x-access-token:TOKEN)` (as GitHub takes a token), else 401.
 * Records each request's path, whether it was authorised, and the protocol v2 command it carried (`ls-refs`, `fetch`).
 */
import { spawn, execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

export interface GitServer {
  url: string;
  requests: Array<{ path: string; authorized: boolean; sentAuthorization: boolean; command?: string }>;
  stop(): Promise<void>;
}

export async function startGitServer(root: string, opts: { token?: string; /** Do not keep the process alive (a server shared by cases, never stopped). */ unref?: boolean } = {}): Promise<GitServer> {
  const requests: GitServer['requests'] = [];
  const expected = opts.token ? Buffer.from(`x-access-token:${opts.token}`).toString('base64') : undefined;
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    // The scheme is case-insensitive (BuildKit sends `basic`, git's own credential code `Basic`).
    const [scheme, value] = (req.headers.authorization ?? '').split(' ');
    const authorized = !expected || (scheme?.toLowerCase() === 'basic' && value === expected);
    const record: GitServer['requests'][number] = { path: u.pathname, authorized, sentAuthorization: req.headers.authorization !== undefined };
    requests.push(record);
    const body: Buffer[] = [];
    req.on('data', (c: Buffer) => body.push(c));
    req.on('end', () => {
      let data = Buffer.concat(body);
      if (req.headers['content-encoding'] === 'gzip') data = gunzipSync(data);
      const m = /command=([a-z-]+)/.exec(data.toString('latin1'));
      if (m) record.command = m[1];
    });
    if (!authorized) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' }).end('unauthorized\n');
      return;
    }
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: decodeURIComponent(u.pathname),
        QUERY_STRING: u.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: String(req.headers['content-encoding']) } : {}),
        ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
        REMOTE_ADDR: '127.0.0.1',
        REMOTE_USER: 'x-access-token',
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    req.pipe(cgi.stdin);
    let head = Buffer.alloc(0);
    let started = false;
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (started) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      started = true;
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const i = line.indexOf(':');
        const k = line.slice(0, i).trim();
        const v = line.slice(i + 1).trim();
        if (k.toLowerCase() === 'status') status = Number(v.split(' ')[0]);
        else headers[k] = v;
      }
      res.writeHead(status, headers);
      res.write(head.subarray(end + 4));
    });
    cgi.on('close', () => res.end());
  };
  const server = createServer(handle);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  if (opts.unref) server.unref();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Makes a bare repository `<root>/<name>.git` from a work tree the `setup` shell script fills (run in it); returns its commits' ids by label. */
export function makeGitRepo(root: string, name: string, commits: Array<{ label: string; script: string; tag?: string; branch?: string }>): Record<string, string> {
  const work = `${root}/${name}-work`;
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' };
  const g = (args: string[], cwd = work) => execFileSync('git', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
  execFileSync('mkdir', ['-p', work]);
  g(['init', '-q', '-b', 'main']);
  const ids: Record<string, string> = {};
  for (const c of commits) {
    if (c.branch) g(['checkout', '-q', '-B', c.branch]);
    execFileSync('sh', ['-c', c.script], { cwd: work, env });
    g(['add', '-A']);
    g(['commit', '-q', '-m', c.label]);
    ids[c.label] = g(['rev-parse', 'HEAD']);
    if (c.tag) g(['tag', c.tag]);
  }
  // The bare clone's HEAD is the work tree's: main when it has commits.
  if (g(['branch', '--list', 'main'])) g(['checkout', '-q', 'main']);
  g(['clone', '-q', '--bare', work, `${root}/${name}.git`], root);
  // GitHub lets a fetch ask for any commit it has; a plain git server only with this.
  g(['config', 'uploadpack.allowAnySHA1InWant', 'true'], `${root}/${name}.git`);
  return ids;
}
