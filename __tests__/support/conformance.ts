import { afterAll, beforeAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { chmod, chown, lchown, link, mkdir, mkdtemp, readFile, rename, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { runBuild } from '../../src/build/run-build.js';
import { parseExtraHost } from '../../src/build/run-options.js';
import { parseNamedContexts } from '../../src/dockerfile/named-contexts.js';
import { hostPlatform } from '../../src/oci/platform.js';
import { RegistryClient } from '../../src/registry/client.js';
import { parseReference } from '../../src/registry/reference.js';
import { createExecutor, mountRootfs, type Executor } from '../../src/sandbox/index.js';
import { busyboxEntries, pushSpecImage } from './base-images.js';
import { dockerEnv } from './docker.js';
import { compareImages, flattenLayout, type FlatImage } from './image-fs.js';
import { startRegistry, type TestRegistry } from './registry.js';
import { validateLayout } from './validate.js';

const exec = promisify(execFile);

/** One entry of a generated build context (git cannot keep modes, owners, hardlinks or empty dirs). */
export interface ContextSpec {
  path: string;
  type?: 'file' | 'dir' | 'symlink' | 'hardlink' | 'fifo' | 'socket';
  content?: string | Buffer;
  mode?: number;
  uid?: number;
  gid?: number;
  /** Symlink target, or the context path a hardlink points at. */
  target?: string;
  /** mtime in seconds. */
  mtime?: number;
}

/** A conformance case: a Dockerfile (`{{BASE}}` is the busybox base image) and its context. */
export interface ConformanceCase {
  name: string;
  dockerfile: string;
  context?: ContextSpec[];
  buildArgs?: Record<string, string>;
  target?: string;
  /** `--network` of the build (the reference engine builds with `host` otherwise: it has no bridge). */
  network?: 'host' | 'none' | 'default';
  /** `--add-host` values. */
  addHosts?: string[];
  /**
   * Every case compares what each layer carries, not only the flattened result (what a step changed, as
   * BuildKit's differ decides); this leaves that out, with the reason. The reference builds without its cache:
   * a cached layer can come from an earlier case whose files had other mtimes.
   */
  ignoreLayers?: string;
  /** Paths the comparison skips, each with the reason (documented differences). */
  ignorePaths?: Record<string, string>;
  ignoreConfig?: Record<string, string>;
  /** Named build contexts (`--build-context NAME=VALUE`): values like `docker-image://{{MARKED}}` (filled in). */
  buildContexts?: Record<string, string>;
  /** Named local build contexts: each directory is written from its specs and passed as NAME=DIR. */
  namedDirs?: Record<string, ContextSpec[]>;
  /** Images to build with docker and push first, `{{NAME}}` in the Dockerfile becomes their reference. */
  prebuild?: Record<string, string>;
  /**
   * Images to build with docker into OCI image layouts first (BuildKit's `type=oci` export, unpacked): `{{NAME}}`
   * becomes the layout directory and `{{NAME_DIGEST}}` the digest of its image.
   */
  prebuildLayouts?: Record<string, string>;
  /** Runs after the prebuilds, before the builds: may add variables (`vars`) made from them. */
  prepare?: (vars: Record<string, string>, dir: string) => Promise<void>;
  /** Where the Dockerfile is written, relative to the context (default: outside the context). */
  dockerfileInContext?: string;
  /**
   * Text put before the Dockerfile for hoist only (in a copy outside the context): parser directives such as
   * `# syntax=docker/dockerfile:1` that the offline reference engine cannot honour (it would fetch the frontend).
   */
  hoistPrefix?: string;
  /**
   * Skips `umoci unpack` of hoist's image (with the reason), e.g. for a suite whose cases share one large base:
   * unpacking it costs seconds per case and one case of the suite already checks it.
   */
  skipUmociUnpack?: string;
}

/** Leaves a unix socket file at `p`: bound under a short name (a socket path has at most 107 bytes) and renamed
 *  there (same filesystem), so closing the server, which unlinks its own name, leaves it. */
let sockets = 0;
async function makeSocketFile(p: string): Promise<void> {
  const bound = path.join(path.dirname(p).startsWith(tmpdir()) ? tmpdir() : path.dirname(p), `.hoist-sock-${process.pid}-${sockets++}`);
  const server = createNetServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(bound, resolve));
  await rename(bound, p);
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Writes a context from specs into `dir`. */
export async function materializeContext(dir: string, specs: ContextSpec[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const s of specs) {
    const p = path.join(dir, s.path);
    await mkdir(path.dirname(p), { recursive: true });
    const type = s.type ?? 'file';
    if (type === 'dir') await mkdir(p, { recursive: true });
    else if (type === 'symlink') await symlink(s.target!, p);
    else if (type === 'hardlink') await link(path.join(dir, s.target!), p);
    else if (type === 'fifo') await exec('mkfifo', [p]);
    else if (type === 'socket') await makeSocketFile(p);
    else await writeFile(p, s.content ?? '');
    if (type !== 'symlink' && type !== 'hardlink') {
      if (s.mode !== undefined) await chmod(p, s.mode);
      if (s.uid !== undefined || s.gid !== undefined) await chown(p, s.uid ?? 0, s.gid ?? 0);
    } else if (type === 'symlink' && (s.uid !== undefined || s.gid !== undefined)) await lchown(p, s.uid ?? 0, s.gid ?? 0);
  }
  for (const s of [...specs].reverse()) {
    if (s.mtime !== undefined && s.type !== 'symlink') await utimes(path.join(dir, s.path), s.mtime, s.mtime);
  }
}

/** A registry with the conformance base images (busybox) the cases build on, and a file server for ADD <url>. */
export interface ConformanceEnv {
  registry: TestRegistry;
  client: RegistryClient;
  base: string;
  /** The base pinned as renovate pins it: `name:tag@sha256:...`. */
  pinnedBase: string;
  /** The busybox base again, with the config a classic (pre-BuildKit) builder wrote: Hostname, Image, OnBuild null... */
  legacyBase: string;
  root: string;
  /** Base URL of a loopback HTTP server: `/files/<name>` serves FILES[name] with a fixed Last-Modified (none with `?nolm`). */
  files: string;
  /** The paths the file server was asked for, in order. */
  fileRequests: string[];
  stop(): Promise<void>;
}

/** What the conformance file server serves (ADD <url> cases). */
export const FILES: Record<string, string> = {
  'hello.txt': 'hello over http\n',
  'data.json': '{"a":1}\n',
  'archive.tar': 'not really a tar, ADD <url> never extracts\n',
};

function startFileServer(): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const name = decodeURIComponent((req.url ?? '').replace(/^\/files\//, '').split('?')[0]);
    const body = FILES[name];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    // `?nolm`: no Last-Modified header.
    const lastModified = (req.url ?? '').endsWith('?nolm') ? {} : { 'last-modified': 'Wed, 21 Oct 2015 07:28:00 GMT' };
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': Buffer.byteLength(body), ...lastModified });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({ url: `http://127.0.0.1:${port}`, requests, close: () => new Promise<void>((r) => server.close(() => r())) });
    });
  });
}

/** A conformance suite's reference environment, hoist's state directory and hoist's sandbox over it. */
export interface ConformanceSuite {
  /** Set before the suite's tests run. */
  env: ConformanceEnv;
  /** hoist's state directory (`/var/tmp/hoist-NAME-*`); set before the suite's tests run. */
  state: string;
  /** A new executor per build, as the CLI makes one, with its cache and temp dirs in `state`. */
  sandbox: { executor: () => Promise<Executor>; mountRootfs: (l: Parameters<typeof mountRootfs>[0]) => ReturnType<typeof mountRootfs> };
}

/**
 * Registers the hooks of a suite that builds with hoist's sandbox and compares with the reference engine: before
 * its tests, a state directory, the environment (startConformanceEnv) and then `setup`; after them, both removed.
 */
export function conformanceSuite(name: string, setup?: (suite: ConformanceSuite) => Promise<void>, setupTimeoutMs?: number): ConformanceSuite {
  const dirs = () => ({ cacheDir: path.join(suite.state, 'cache'), tempDir: path.join(suite.state, 'tmp') });
  const suite = {
    sandbox: {
      executor: () => createExecutor({ ...dirs(), log: () => undefined }),
      mountRootfs: (l: Parameters<typeof mountRootfs>[0]) => mountRootfs(l, dirs()),
    },
  } as ConformanceSuite;
  beforeAll(async () => {
    suite.state = await mkdtemp(`/var/tmp/hoist-${name}-`);
    suite.env = await startConformanceEnv();
    await setup?.(suite);
  }, setupTimeoutMs);
  afterAll(async () => {
    await suite.env?.stop();
    if (suite.state) await rm(suite.state, { recursive: true, force: true });
  });
  return suite;
}

/** Starts a registry and pushes the busybox base image (`127.0.0.1:PORT/base/busybox:1`). */
export async function startConformanceEnv(): Promise<ConformanceEnv> {
  const registry = await startRegistry();
  const client = new RegistryClient();
  const base = `${registry.host}/base/busybox:1`;
  const pinnedBase = `${base}@${await pushSpecImage(client, base, [busyboxEntries()])}`;
  const legacyBase = `${registry.host}/base/busybox-legacy:1`;
  const legacyConfig = { Hostname: '', Domainname: '', User: '', AttachStdin: false, AttachStdout: false, AttachStderr: false, Tty: false, OpenStdin: false, StdinOnce: false, Image: 'sha256:5b0d59026729b68570d99bc4f3f7c31a2e4f2a5736435641565d93e7c25bd2c3', Volumes: null, WorkingDir: '', Entrypoint: null, OnBuild: null, Labels: {} };
  await pushSpecImage(client, legacyBase, [busyboxEntries()], legacyConfig as never, 'docker');
  const root = await mkdtemp(path.join(tmpdir(), 'hoist-conformance-'));
  const fileServer = await startFileServer();
  return {
    registry,
    client,
    base,
    pinnedBase,
    legacyBase,
    root,
    files: fileServer.url,
    fileRequests: fileServer.requests,
    async stop() {
      await fileServer.close();
      await client.close();
      await registry.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (m, k: string) => vars[k] ?? m);
}

/** How long one build of a case may take (either builder) before it fails with what it was doing. */
const BUILD_DEADLINE_MS = 240_000;

/**
 * Builds with the reference engine (BuildKit) into an OCI layout directory; `extraArgs` go before the context
 * (e.g. `--secret`, `--no-cache-filter`); `cacheOnly` exports nothing (only the engine's cache is filled). Returns
 * the plain progress output (cached steps say `CACHED`).
 */
export async function dockerBuild(ctx: string, dockerfile: string, out: string, opts: { buildArgs?: Record<string, string>; target?: string; push?: string; noCache?: boolean; buildContexts?: Record<string, string>; network?: string; addHosts?: string[]; extraArgs?: string[]; cacheOnly?: boolean } = {}): Promise<string> {
  const { bin, env } = dockerEnv();
  const args = ['buildx', 'build', '--network', opts.network ?? 'host', '--progress', 'plain', '-f', dockerfile];
  for (const h of opts.addHosts ?? []) args.push('--add-host', h);
  for (const [k, v] of Object.entries(opts.buildArgs ?? {})) args.push('--build-arg', `${k}=${v}`);
  for (const [k, v] of Object.entries(opts.buildContexts ?? {})) args.push('--build-context', `${k}=${v}`);
  if (opts.target) args.push('--target', opts.target);
  if (opts.noCache) args.push('--no-cache');
  args.push(...(opts.extraArgs ?? []));
  if (opts.cacheOnly) args.push('--output', 'type=cacheonly');
  else if (opts.push) args.push('--output', `type=image,name=${opts.push},push=true,registry.insecure=true`);
  else args.push('--output', `type=oci,dest=${out}.tar`);
  args.push(ctx);
  let progress: string;
  try {
    // A build that hangs (the reference engine under load) fails with what it printed, not at the test's timeout.
    progress = (await exec(bin, args, { env, maxBuffer: 64 << 20, timeout: BUILD_DEADLINE_MS, killSignal: 'SIGKILL' })).stderr;
  } catch (e) {
    const killed = (e as { killed?: boolean }).killed ? `did not finish in ${BUILD_DEADLINE_MS / 1000} s (${args.join(' ')}): ` : '';
    throw new Error(`docker build failed: ${killed}${(e as { stderr?: string }).stderr ?? (e as Error).message}`);
  }
  // A pushed build is also kept in the engine's image store: the registry copy is the one used.
  if (opts.push) await exec(bin, ['rmi', opts.push], { env }).catch(() => undefined);
  if (!opts.push && !opts.cacheOnly) {
    await mkdir(out, { recursive: true });
    await exec('tar', ['-xf', `${out}.tar`, '-C', out]);
  }
  return progress;
}

/**
 * Builds with hoist into an OCI layout directory, with the Dockerfile front-end of the reference engine's BuildKit
 * (Engine 26: `legacyFrontend`; hoist follows today's BuildKit by default, see BuildOptions.legacyFrontend).
 */
export async function hoistBuild(env: ConformanceEnv, ctx: string, dockerfile: string, out: string, opts: { buildArgs?: Record<string, string>; target?: string; stateDir?: string; executor?: Parameters<typeof runBuild>[1]['executor']; mountRootfs?: Parameters<typeof runBuild>[1]['mountRootfs']; buildContexts?: Record<string, string>; network?: 'host' | 'none' | 'default'; addHosts?: string[] } = {}) {
  const stateDir = opts.stateDir ?? path.join(out, '..', 'hoist-state');
  const namedContexts = parseNamedContexts(Object.entries(opts.buildContexts ?? {}).map(([k, v]) => `${k}=${v}`), ctx);
  const signal = AbortSignal.timeout(BUILD_DEADLINE_MS);
  return runBuild(
    { contextDir: ctx, dockerfile, buildArgs: opts.buildArgs ?? {}, target: opts.target, namedContexts, network: opts.network, extraHosts: (opts.addHosts ?? []).map((h) => parseExtraHost(h)), platforms: [hostPlatform()], push: [], names: [parseReference('hoist.test/conformance:latest')], outputs: [{ kind: 'oci', dir: out }], format: { family: 'oci', compression: 'gzip' }, stateDir, tempDir: path.join(out, '..'), legacyFrontend: true },
    { registry: env.client, buildPlatform: hostPlatform(), now: Date.now, executor: opts.executor, mountRootfs: opts.mountRootfs, signal },
  ).catch((e: Error) => {
    throw signal.aborted ? new Error(`hoist build did not finish in ${BUILD_DEADLINE_MS / 1000} s: ${e.message}`, { cause: e }) : e;
  });
}

/**
 * Where a case's context is written. Its base name is unique to the case and the run: the reference engine keeps
 * the files of earlier contexts by that name and does not send a file again when its path, size, mode and mtime
 * match, whatever its bytes (a case would build another case's file).
 */
export function contextDirOf(env: ConformanceEnv, c: ConformanceCase): string {
  return path.join(env.root, c.name, `context-${path.basename(env.root)}-${c.name}`);
}

/** Builds a case with both builders and returns the differences (empty when equal). */
export async function runCase(
  env: ConformanceEnv,
  c: ConformanceCase,
  hoistOpts: Parameters<typeof hoistBuild>[4] = {},
  /**
   * Reference images already built, by key: a case run again (e.g. with another RUN executor) compares with the
   * first run's `docker build` instead of building it again. Comparisons leave mtimes out, so the context being
   * written again does not matter.
   */
  reference?: { key: string; cache: Map<string, Promise<FlatImage>> },
): Promise<{ diffs: string[]; hoist: FlatImage; docker: FlatImage }> {
  const dir = path.join(env.root, c.name);
  const ctx = contextDirOf(env, c);
  await materializeContext(ctx, c.context ?? []);
  const vars: Record<string, string> = { BASE: env.base, PINNED: env.pinnedBase, LEGACY: env.legacyBase, FILES: `${env.files}/files` };
  for (const [name, df] of Object.entries(c.prebuild ?? {})) {
    const ref = `${env.registry.host}/prebuilt/${c.name}-${name.toLowerCase()}:1`;
    const pf = path.join(dir, `${name}.Dockerfile`);
    await writeFile(pf, fill(df, vars));
    await dockerBuild(ctx, pf, path.join(dir, `pre-${name}`), { push: ref });
    vars[name] = ref;
  }
  for (const [name, df] of Object.entries(c.prebuildLayouts ?? {})) {
    const pf = path.join(dir, `${name}.Dockerfile`);
    const out = path.join(dir, `layout-${name.toLowerCase()}`);
    await writeFile(pf, fill(df, vars));
    await dockerBuild(ctx, pf, out);
    vars[name] = out;
    vars[`${name}_DIGEST`] = (JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8')) as { manifests: { digest: string }[] }).manifests[0].digest;
  }
  await c.prepare?.(vars, dir);
  const buildContexts: Record<string, string> = {};
  for (const [k, v] of Object.entries(c.buildContexts ?? {})) buildContexts[k] = fill(v, vars);
  for (const [k, specs] of Object.entries(c.namedDirs ?? {})) {
    const d = path.join(dir, `named-${k}-${path.basename(env.root)}`);
    await materializeContext(d, specs);
    buildContexts[k] = d;
  }
  const dockerfile = c.dockerfileInContext ? path.join(ctx, c.dockerfileInContext) : path.join(dir, 'Dockerfile');
  await mkdir(path.dirname(dockerfile), { recursive: true });
  await writeFile(dockerfile, fill(c.dockerfile, vars));
  const cached = reference?.cache.get(reference.key);
  let dockerImage: Promise<FlatImage>;
  if (cached) dockerImage = cached;
  else {
    await dockerBuild(ctx, dockerfile, path.join(dir, 'docker'), { buildArgs: c.buildArgs, target: c.target, noCache: true, buildContexts, network: c.network, addHosts: c.addHosts });
    dockerImage = flattenLayout(path.join(dir, 'docker'));
    reference?.cache.set(reference.key, dockerImage);
  }
  let hoistDockerfile = dockerfile;
  if (c.hoistPrefix !== undefined) {
    hoistDockerfile = path.join(dir, 'hoist.Dockerfile');
    await writeFile(hoistDockerfile, fill(c.hoistPrefix + c.dockerfile, vars));
  }
  await hoistBuild(env, ctx, hoistDockerfile, path.join(dir, 'hoist'), { buildArgs: c.buildArgs, target: c.target, buildContexts, network: c.network, addHosts: c.addHosts, ...hoistOpts });
  await validateLayout(path.join(dir, 'hoist'));
  await exec('skopeo', ['inspect', `oci:${path.join(dir, 'hoist')}:latest`]);
  if (c.skipUmociUnpack === undefined) await exec('umoci', ['unpack', '--image', `${path.join(dir, 'hoist')}:latest`, path.join(dir, 'umoci-bundle')]);
  const hoist = await flattenLayout(path.join(dir, 'hoist'));
  const docker = await dockerImage;
  const diffs = compareImages(hoist, docker, { ignorePaths: Object.keys(c.ignorePaths ?? {}), ignoreConfig: Object.keys(c.ignoreConfig ?? {}), layers: c.ignoreLayers === undefined });
  return { diffs, hoist, docker };
}
