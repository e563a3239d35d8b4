/**
 * The Docker executor: for hosts with a Docker socket but no root or sudo. Per step it loads the parent
 * layers as an image (once per layer stack), creates and runs a container with the step's config and
 * mounts, streams its output, commits it, and takes the committed top layer back as the step's layer,
 * minus the mount points the daemon created. The daemon must see hoist's temp and cache paths (bind
 * mounts), i.e. run on the same host.
 *
 * Differences from the native executor (documented, not hidden): `rw` bind sources and secrets are
 * copies owned by the calling user; cache mounts are named volumes (a new one gets the mount's `uid`/`gid`/
 * `mode`; `from` is not applied); the step sees Docker's /etc/hosts; a base without /dev, /proc or /sys does not
 * get them in the step's layer (the engine makes them in the container's init layer, below the committed one).
 */
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { TarWriter } from '../../oci/tar/writer.js';
import { takeCacheSlot, type CacheSlot } from '../cache-mounts.js';
import { DEFAULT_HOSTNAME, hostsFile, resolvConf } from '../etc-files.js';
import { LastLines } from '../protocol.js';
import { trackRun } from '../signals.js';
import { pidAlive, sys, withEnvEntries } from '../sys.js';
import { startSocketProxy, type SocketProxy } from '../socket-proxy.js';
import { RunCancelledError, RunError, SandboxError, type Executor, type RunMount, type RunRequest, type RunResult } from '../types.js';
import { demultiplexer, DockerEngine } from './engine.js';
import { ensureParent, exportTopLayer, PARENT_REPO } from './image-io.js';
import { filterLayer, probeTargets, type TargetProbe } from './stubs.js';

/** Options of the Docker executor. */
export interface DockerExecutorOptions {
  socketPath: string;
  cacheDir: string;
  tempDir: string;
  log(m: string): void;
  handleSignals?: boolean;
}

interface Prepared {
  mounts: object[];
  slots: CacheSlot[];
  slotsById: Map<string, CacheSlot>;
  scratch: string;
  /** Cache volumes made by this step whose root gets the mount's owner and mode before it starts. */
  cacheRoots: { target: string; uid: number; gid: number; mode: number }[];
  /** SSH agent proxies of `type: 'ssh'` mounts, closed after the step. */
  proxies: SocketProxy[];
}

/**
 * The Env of a step's container. The daemon adds `HOSTNAME=<hostname>` to every container's environment,
 * which BuildKit's RUN does not have: a bare `HOSTNAME` (no `=`) asks the daemon to leave it out, unless
 * the step sets one itself.
 */
export function containerEnv(env: string[]): string[] {
  return env.some((e) => e.startsWith('HOSTNAME=')) ? env : [...env, 'HOSTNAME'];
}

/** Runs RUN steps in containers of a Docker daemon. */
export class DockerExecutor implements Executor {
  readonly name = 'docker' as const;
  private client: DockerEngine | undefined;
  /** Hex digests of blobs loaded as parents (skipped when exporting). */
  private readonly known = new Set<string>();
  private readonly parents = new Map<string, Promise<string>>();
  private readonly probes = new Map<string, TargetProbe[]>();
  /** Volume names of cache mounts carry the cache dir's key: two cache dirs never share a volume. */
  private readonly volumePrefix: string;
  private warned = false;

  /** The Engine API client (made again after close(): the builder closes executors after each build). */
  get engine(): DockerEngine {
    this.client ??= new DockerEngine(this.opts.socketPath);
    return this.client;
  }

  /** Tags this executor's parent images carry (see parentRef). */
  private readonly owner = `${process.pid}-${randomBytes(4).toString('hex')}`;

  constructor(private readonly opts: DockerExecutorOptions) {
    this.volumePrefix = `hoist-cache-${createHash('sha256').update(path.resolve(opts.cacheDir)).digest('hex').slice(0, 12)}`;
  }

  /** Removes containers (and committed step images) left by hoist processes that are gone. */
  async sweep(): Promise<void> {
    const list = await this.engine.json<{ Id: string; Names?: string[] }[]>('GET', '/containers/json', { query: { all: true, filters: JSON.stringify({ label: ['org.hoist.sandbox'] }) } });
    for (const c of list ?? []) {
      const m = /^\/hoist-(?:run|probe)-(\d+)-/.exec(c.Names?.[0] ?? '');
      if (!m || pidAlive(Number(m[1]))) continue;
      await this.engine.request('DELETE', `/containers/${c.Id}`, { query: { force: true, v: true }, allow: [404, 409] }).then((r) => r.body.text()).catch(() => undefined);
    }
    const images = await this.engine.json<{ RepoTags?: string[] }[]>('GET', '/images/json', { query: { filters: JSON.stringify({ reference: [`${PARENT_REPO}:*`] }) } });
    for (const tag of (images ?? []).flatMap((i) => i.RepoTags ?? [])) {
      const m = new RegExp(`^${PARENT_REPO}:[0-9a-f]{64}-(\\d+)-[0-9a-f]+$`).exec(tag);
      if (!m || pidAlive(Number(m[1]))) continue;
      await this.engine.request('DELETE', `/images/${tag}`, { query: { force: true }, allow: [404, 409] }).then((r) => r.body.text()).catch(() => undefined);
    }
  }

  private parent(req: RunRequest): Promise<string> {
    const key = req.layers.map((l) => l.diffId).join(',');
    let p = this.parents.get(key);
    if (!p) {
      p = ensureParent(this.engine, req.layers, this.opts.tempDir, this.known, this.owner);
      p.catch(() => this.parents.delete(key));
      this.parents.set(key, p);
    }
    return p;
  }

  private async prepareMounts(req: RunRequest, scratch: string, signal: AbortSignal): Promise<Prepared> {
    const out: Prepared = { mounts: [], slots: [], slotsById: new Map(), scratch, cacheRoots: [], proxies: [] };
    const add = (m: RunMount, i: number): Promise<void> => this.mount(m, i, out, signal);
    for (const [i, m] of req.mounts.entries()) await add(m, i);
    // BuildKit's /etc/hosts and /etc/resolv.conf instead of Docker's (the daemon leaves a file to a user mount).
    const hostResolv = await readFile('/etc/resolv.conf', 'utf8').catch(() => undefined);
    const hostname = req.hostname || DEFAULT_HOSTNAME;
    for (const [target, content] of [['/etc/hosts', hostsFile(hostname, req.extraHosts)], ['/etc/resolv.conf', resolvConf(hostResolv, req.network !== 'none')]]) {
      if (req.mounts.some((m) => m.target === target)) continue;
      const file = path.join(scratch, path.basename(target));
      await writeFile(file, content, { mode: 0o644 });
      out.mounts.push({ Type: 'bind', Source: file, Target: target, ReadOnly: true });
    }
    for (const [i, f] of (req.heredocFiles ?? []).entries()) {
      const file = path.join(scratch, `heredoc-${i}`);
      await writeFile(file, f.content, { mode: f.mode });
      await chmod(file, f.mode);
      out.mounts.push({ Type: 'bind', Source: file, Target: f.path, ReadOnly: true });
    }
    return out;
  }

  private async mount(m: RunMount, i: number, out: Prepared, signal: AbortSignal): Promise<void> {
    switch (m.type) {
      case 'bind': {
        let source = m.source;
        if (!m.readonly) {
          source = path.join(out.scratch, `bind-${i}`);
          await sys('cp', ['-a', '--', m.source, source]);
        }
        out.mounts.push({ Type: 'bind', Source: source, Target: m.target, ReadOnly: m.readonly });
        return;
      }
      case 'tmpfs':
        out.mounts.push({ Type: 'tmpfs', Target: m.target, TmpfsOptions: m.size !== undefined ? { SizeBytes: m.size } : {} });
        return;
      case 'secret': {
        const content = await readFile(m.source).catch((e: NodeJS.ErrnoException) => {
          if (e.code === 'ENOENT' && !m.required) return undefined;
          throw new SandboxError(`secret for ${m.target}: cannot read its source (${e.code ?? e.message})`);
        });
        if (content === undefined) return;
        const file = path.join(out.scratch, `secret-${i}`);
        await writeFile(file, content, { mode: 0o600 });
        await chmod(file, m.mode);
        out.mounts.push({ Type: 'bind', Source: file, Target: m.target, ReadOnly: true });
        return;
      }
      case 'ssh': {
        // The daemon binds a proxy socket of this step (in hoist's private scratch directory) onto the target.
        // Without root, hoist cannot give it another owner: it is then open to every user of the container.
        const root = process.getuid?.() === 0;
        const proxy = await startSocketProxy(path.join(out.scratch, `ssh-${i}.sock`), m.source, root ? { mode: m.mode, owner: { uid: m.uid, gid: m.gid } } : { mode: m.uid === 0 && m.gid === 0 ? m.mode : 0o666 }).catch((e: Error) => {
          throw new SandboxError(`ssh agent for ${m.target}: ${e.message}`);
        });
        out.proxies.push(proxy);
        out.mounts.push({ Type: 'bind', Source: proxy.path, Target: m.target, ReadOnly: false });
        return;
      }
      case 'cache': {
        if (m.from && !this.warned) {
          this.warned = true;
          this.opts.log('docker executor: cache mount from= is not applied (named volumes)');
        }
        // One id mounted twice in a RUN is one volume (one lock), as BuildKit shares the one ref.
        let slot = out.slotsById.get(m.id);
        if (!slot) {
          slot = await takeCacheSlot(path.join(this.opts.cacheDir, 'docker-cache-locks'), m.id, m.sharing, signal);
          out.slots.push(slot);
          out.slotsById.set(m.id, slot);
        }
        const volume = `${this.volumePrefix}-${slot.slot}`;
        // A new cache starts empty, owned by uid:gid with the mode (0755, root by default), as BuildKit makes it.
        if (m.uid || m.gid || (m.mode !== undefined && m.mode !== 0o755)) {
          const r = await this.engine.request('GET', `/volumes/${volume}`, { allow: [404] });
          await r.body.text().catch(() => '');
          if (r.status === 404) out.cacheRoots.push({ target: m.target, uid: m.uid ?? 0, gid: m.gid ?? 0, mode: m.mode ?? 0o755 });
        }
        // NoCopy: the daemon would otherwise fill a new volume with what the image has at the target.
        out.mounts.push({ Type: 'volume', Source: volume, Target: m.target, ReadOnly: m.readonly, VolumeOptions: { NoCopy: true } });
        return;
      }
    }
  }

  async run(req: RunRequest): Promise<RunResult> {
    const tracked = this.opts.handleSignals === false ? { signal: req.signal ?? new AbortController().signal, settle: () => undefined } : trackRun(req.signal);
    const p = this.runTracked(req, tracked.signal);
    tracked.settle(p);
    return p;
  }

  private async runTracked(req: RunRequest, signal: AbortSignal): Promise<RunResult> {
    const id = `${process.pid}-${randomBytes(6).toString('hex')}`;
    const scratch = path.join(this.opts.tempDir, `hoist-docker-${id}`);
    await mkdir(scratch, { recursive: true, mode: 0o700 });
    const outTar = path.join(this.opts.tempDir, `hoist-diff-${id}.tar`);
    const raw = path.join(scratch, 'layer.raw');
    let container: string | undefined;
    let committed: string | undefined;
    let prepared: Prepared | undefined;
    try {
      const image = await this.parent(req);
      const probes = await this.probe(image, [...req.mounts.map((m) => m.target), ...(req.heredocFiles ?? []).map((f) => f.path)]);
      prepared = await this.prepareMounts(req, scratch, signal);
      const created = await this.engine.json<{ Id: string }>('POST', '/containers/create', {
        query: { name: `hoist-run-${id}` },
        json: {
          Image: image,
          Cmd: req.argv,
          Entrypoint: null,
          Env: containerEnv(withEnvEntries(req.env, req.secretEnv ?? [])),
          WorkingDir: req.cwd || '/',
          User: req.user,
          Hostname: req.hostname || DEFAULT_HOSTNAME,
          Tty: false,
          OpenStdin: false,
          AttachStdout: true,
          AttachStderr: true,
          Labels: { 'org.hoist.sandbox': 'run' },
          HostConfig: {
            NetworkMode: req.network === 'none' ? 'none' : 'host',
            Mounts: prepared.mounts,
            ExtraHosts: (req.extraHosts ?? []).map((h) => `${h.host}:${h.ip}`),
            Ulimits: (req.ulimits ?? []).map((u) => ({ Name: u.name, Soft: u.soft, Hard: u.hard })),
          },
        },
      });
      container = created!.Id;
      for (const r of prepared.cacheRoots) await this.setCacheRoot(container, r);
      signal.throwIfAborted();
      const last = new LastLines();
      const exit = await this.startAndWait(container, req, last, signal);
      if (signal.aborted) throw new RunCancelledError(req.argv);
      if (exit !== 0) throw new RunError(req.argv, exit, last.get());
      await this.refuseWhiteoutNames(container);
      committed = `hoist-sandbox/step:${id}`;
      // The committed config must not keep secret values: each secret name is set empty in it (only the layer is used).
      const blank = (req.secretEnv ?? []).map((e) => `${e.slice(0, e.indexOf('='))}=`);
      await this.engine.json('POST', '/commit', { query: { container, repo: 'hoist-sandbox/step', tag: id, pause: false }, ...(blank.length ? { json: { Env: blank } } : {}) });
      const inspect = await this.engine.json<{ RootFS?: { Layers?: string[] } }>('GET', `/images/${committed}/json`);
      if ((inspect?.RootFS?.Layers?.length ?? 0) <= Math.max(1, req.layers.length)) {
        // The daemon adds no layer for a container without changes.
        await writeFile(outTar, Buffer.alloc(1024), { mode: 0o600 });
        return { exitCode: 0, diffTar: outTar, empty: true, release: () => rm(outTar, { force: true }) };
      }
      await exportTopLayer(this.engine, committed, this.known, raw, scratch);
      const { entries } = await filterLayer(raw, outTar, probes);
      return { exitCode: 0, diffTar: outTar, empty: entries === 0, release: () => rm(outTar, { force: true }) };
    } catch (e) {
      await rm(outTar, { force: true });
      if (signal.aborted && !(e instanceof RunError)) throw new RunCancelledError(req.argv);
      throw e;
    } finally {
      if (container) {
        await this.engine.request('POST', `/containers/${container}/kill`, { allow: [404, 409] }).then((r) => r.body.text()).catch(() => undefined);
        await this.engine.request('DELETE', `/containers/${container}`, { query: { force: true, v: true }, allow: [404] }).then((r) => r.body.text()).catch((e: Error) => this.opts.log(`docker executor cleanup: ${e.message}`));
      }
      if (committed) await this.engine.request('DELETE', `/images/${committed}`, { query: { force: true }, allow: [404, 409] }).then((r) => r.body.text()).catch(() => undefined);
      await Promise.all([...(prepared?.slots ?? []).map((s) => s.release()), ...(prepared?.proxies ?? []).map((p) => p.close())]);
      await rm(scratch, { recursive: true, force: true });
    }
  }

  /**
   * What exists of each mount target in `image`, asked of a throwaway container without mounts (the
   * archive API mounts a container's own binds to answer, which would create the very stubs looked for).
   */
  private async probe(image: string, targets: string[]): Promise<TargetProbe[]> {
    if (targets.length === 0) return [];
    const key = `${image}\0${targets.join('\0')}`;
    const hit = this.probes.get(key);
    if (hit) return hit;
    const c = await this.engine.json<{ Id: string }>('POST', '/containers/create', {
      query: { name: `hoist-probe-${process.pid}-${randomBytes(6).toString('hex')}` },
      json: { Image: image, Cmd: ['true'], Labels: { 'org.hoist.sandbox': 'probe' } },
    });
    try {
      const probes = await probeTargets(this.engine, c!.Id, targets);
      this.probes.set(key, probes);
      return probes;
    } finally {
      await this.engine.request('DELETE', `/containers/${c!.Id}`, { query: { force: true }, allow: [404] }).then((r) => r.body.text()).catch(() => undefined);
    }
  }

  /**
   * Sets the owner and mode of a new cache volume's root: a one-directory archive extracted into the target's
   * parent in the created container (the archive API mounts the container's volumes; a directory entry over an
   * existing directory only applies its metadata, and the volume root is what is mounted there).
   */
  private async setCacheRoot(container: string, r: { target: string; uid: number; gid: number; mode: number }): Promise<void> {
    const chunks: Buffer[] = [];
    const sink = new PassThrough();
    sink.on('data', (c: Buffer) => chunks.push(c));
    const tar = new TarWriter(sink);
    await tar.add({ path: path.posix.basename(r.target), type: 'dir', mode: r.mode, uid: r.uid, gid: r.gid, size: 0, mtime: Math.floor(Date.now() / 1000) });
    await tar.finish();
    await this.engine
      .request('PUT', `/containers/${container}/archive`, { query: { path: path.posix.dirname(r.target) }, body: Readable.from([Buffer.concat(chunks)]), headers: { 'content-type': 'application/x-tar' } })
      .then((res) => res.body.text())
      .catch((e: Error) => {
        throw new SandboxError(`cache mount ${r.target}: cannot set its owner ${r.uid}:${r.gid} and mode ${r.mode.toString(8)} (${e.message})`);
      });
  }

  /** A file the step named `.wh.*` would be read as a whiteout by every unpacker: the step fails. */
  private async refuseWhiteoutNames(container: string): Promise<void> {
    const changes = (await this.engine.json<{ Path: string; Kind: number }[]>('GET', `/containers/${container}/changes`)) ?? [];
    const bad = (changes ?? []).find((c) => c.Kind !== 2 && path.posix.basename(c.Path).startsWith('.wh.'));
    if (bad) throw new SandboxError(`RUN created ${bad.Path}: a name starting with ".wh." would be read as a whiteout; such files cannot be stored in a layer`);
  }

  private async startAndWait(container: string, req: RunRequest, last: LastLines, signal: AbortSignal): Promise<number> {
    const kill = (): void => {
      void this.engine.request('POST', `/containers/${container}/kill`, { allow: [404, 409] }).then((r) => r.body.text()).catch(() => undefined);
    };
    signal.addEventListener('abort', kill, { once: true });
    try {
      await this.engine.request('POST', `/containers/${container}/start`).then((r) => r.body.text());
      const logs = await this.engine.request('GET', `/containers/${container}/logs`, { query: { follow: 1, stdout: 1, stderr: 1 } });
      const push = demultiplexer((stream, chunk) => {
        last.push(chunk);
        req.onOutput(stream, chunk);
      });
      for await (const chunk of logs.body) push(chunk as Buffer);
      const w = await this.engine.json<{ StatusCode: number }>('POST', `/containers/${container}/wait`);
      return w?.StatusCode ?? 1;
    } finally {
      signal.removeEventListener('abort', kill);
    }
  }

  /** Removes this cache dir's cache-mount volumes from the daemon (the build cache, not run state). */
  async removeCacheVolumes(): Promise<void> {
    const list = await this.engine.json<{ Volumes?: { Name: string }[] }>('GET', '/volumes', { query: { filters: JSON.stringify({ name: [this.volumePrefix] }) } });
    for (const v of list?.Volumes ?? []) {
      if (!v.Name.startsWith(this.volumePrefix)) continue;
      await this.engine.request('DELETE', `/volumes/${v.Name}`, { query: { force: true }, allow: [404, 409] }).then((r) => r.body.text()).catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    const refs = await Promise.allSettled([...this.parents.values()]);
    for (const r of refs) {
      if (r.status !== 'fulfilled') continue;
      await this.engine.request('DELETE', `/images/${r.value}`, { query: { force: true }, allow: [404, 409] }).then((x) => x.body.text()).catch(() => undefined);
    }
    this.parents.clear();
    this.probes.clear();
    const c = this.client;
    this.client = undefined;
    await c?.close();
  }
}
