import { mkdtemp, writeFile, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import bcrypt from 'bcryptjs';
import { Agent, request } from 'undici';
import { freePort, startService, waitFor, type Service } from './process.js';
import type { TestCert } from './tls.js';

/** A CNCF distribution registry (Debian's docker-registry) the tests started on 127.0.0.1. */
export interface TestRegistry {
  /** host:port, as used in image references. */
  host: string;
  /** Base URL, http:// or https://. */
  url: string;
  /** The registry's temporary directory (config, storage, log); removed by `stop()`. */
  dir: string;
  service: Service;
  /** Stops the registry and removes its directory (the log is gone afterwards). */
  stop(): Promise<void>;
  log(): Promise<string>;
  /** PEM of the registry's self-signed certificate (TLS registries only), for a client's `ca` option. */
  ca?: string;
}

/** Extra YAML for the registry config's top level (auth, http.tls ...), given as lines. */
export interface RegistryOptions {
  /** Lines added under `http:` (indented by the caller's two spaces), e.g. TLS settings. */
  httpExtra?: string[];
  /** Top-level YAML block for `auth:` (complete, starting with `auth:`). */
  auth?: string;
  scheme?: 'http' | 'https';
  /** Extra environment for the registry process. */
  env?: NodeJS.ProcessEnv;
  /** Serve HTTPS with this certificate (sets `http.tls` and the https scheme). */
  tls?: TestCert;
  /** htpasswd Basic auth with one user (bcrypt hash, as distribution requires). */
  htpasswd?: { username: string; password: string };
  /** Bearer token auth (`auth.token`) trusting `rootCertFile` for the issuer's signatures. */
  token?: { realm: string; service: string; issuer: string; rootCertFile: string };
}

/** Starts docker-registry with filesystem storage in a fresh temporary directory, removed when it stops (or fails to start). */
export async function startRegistry(opts: RegistryOptions = {}): Promise<TestRegistry> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hoist-registry-'));
  let service: Service | undefined;
  try {
    return await start(dir, opts, (s) => (service = s));
  } catch (e) {
    await service?.stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}

async function start(dir: string, opts: RegistryOptions, started: (s: Service) => void): Promise<TestRegistry> {
  const port = await freePort();
  const scheme = opts.scheme ?? (opts.tls ? 'https' : 'http');
  const httpExtra = [...(opts.httpExtra ?? [])];
  if (opts.tls) httpExtra.push('tls:', `  certificate: ${opts.tls.certFile}`, `  key: ${opts.tls.keyFile}`);
  let auth = opts.auth;
  if (opts.htpasswd) {
    const file = path.join(dir, 'htpasswd');
    await writeFile(file, `${opts.htpasswd.username}:${bcrypt.hashSync(opts.htpasswd.password, 5)}\n`);
    auth = ['auth:', '  htpasswd:', '    realm: hoist-test', `    path: ${file}`].join('\n');
  } else if (opts.token) {
    const t = opts.token;
    auth = ['auth:', '  token:', `    realm: ${t.realm}`, `    service: ${t.service}`, `    issuer: ${t.issuer}`, `    rootcertbundle: ${t.rootCertFile}`].join('\n');
  }
  const config = [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${dir}/data`,
    '  delete:',
    '    enabled: true',
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    ...httpExtra.map((l) => `  ${l}`),
    ...(auth ? auth.split('\n') : []),
    '',
  ].join('\n');
  await writeFile(path.join(dir, 'config.yml'), config);
  const logFile = path.join(dir, 'registry.log');
  const service = startService('docker-registry', 'docker-registry', ['serve', path.join(dir, 'config.yml')], {
    logFile,
    env: { ...process.env, ...opts.env, OTEL_TRACES_EXPORTER: 'none' },
  });
  started(service);
  const url = `${scheme}://127.0.0.1:${port}`;
  const probe = new Agent(opts.tls ? { connect: { ca: opts.tls.cert } } : {});
  try {
    await waitFor(`docker-registry on ${url}`, async () => {
      if (service.child.exitCode !== null) throw new Error(`exited: ${await readFile(logFile, 'utf8')}`);
      const res = await request(`${url}/v2/`, { dispatcher: probe }).catch(() => undefined);
      await res?.body.dump();
      return res !== undefined && (res.statusCode === 200 || res.statusCode === 401);
    });
  } finally {
    await probe.close();
  }
  return {
    host: `127.0.0.1:${port}`,
    url,
    dir,
    service,
    stop: async () => {
      try {
        await service.stop();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    log: () => readFile(logFile, 'utf8'),
    ...(opts.tls ? { ca: opts.tls.cert } : {}),
  };
}
