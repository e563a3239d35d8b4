import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startService, waitFor, type Service } from './process.js';

/** A CNCF distribution registry (Debian's docker-registry) the tests started on 127.0.0.1. */
export interface TestRegistry {
  /** host:port, as used in image references. */
  host: string;
  /** Base URL, http:// or https://. */
  url: string;
  dir: string;
  service: Service;
  stop(): Promise<void>;
  log(): Promise<string>;
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
}

/** Starts docker-registry with filesystem storage in a fresh temporary directory. */
export async function startRegistry(opts: RegistryOptions = {}): Promise<TestRegistry> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hoist-registry-'));
  const port = await freePort();
  const scheme = opts.scheme ?? 'http';
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
    ...(opts.httpExtra ?? []).map((l) => `  ${l}`),
    ...(opts.auth ? opts.auth.split('\n') : []),
    '',
  ].join('\n');
  await writeFile(path.join(dir, 'config.yml'), config);
  const logFile = path.join(dir, 'registry.log');
  const service = startService('docker-registry', 'docker-registry', ['serve', path.join(dir, 'config.yml')], {
    logFile,
    env: { ...process.env, ...opts.env, OTEL_TRACES_EXPORTER: 'none' },
  });
  const url = `${scheme}://127.0.0.1:${port}`;
  await waitFor(`docker-registry on ${url}`, async () => {
    if (service.child.exitCode !== null) throw new Error(`exited: ${await readFile(logFile, 'utf8')}`);
    const res = await fetch(`${url}/v2/`).catch(() => undefined);
    return res !== undefined && (res.status === 200 || res.status === 401);
  });
  return {
    host: `127.0.0.1:${port}`,
    url,
    dir,
    service,
    stop: () => service.stop(),
    log: () => readFile(logFile, 'utf8'),
  };
}
