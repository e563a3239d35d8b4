import { isIndexImage } from '../build/output.js';
import { attestType, parseProvenance, ProvenanceSpecError, type ProvenanceOptions } from '../build/provenance.js';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { parseFlags } from './flags.js';
import { BuildxCacheSpecError, mapBuildxCache, seedCacheDir, type BuildxCacheChoice, type BuildxCacheSpecText } from '../cache/buildx-compat.js';
import { createCacheStore, masksTo } from '../cache/index.js';
import type { CacheKind, CacheStore } from '../cache/types.js';
import { isFilesystemOutput, parseOutputSpec, OutputSpecError, unknownAttributesNotice, type BuildOutput } from '../build/output-spec.js';
import { loadSocket } from '../build/docker-load.js';
import { NamedContextError, parseNamedContexts, type NamedContexts } from '../dockerfile/named-contexts.js';
import { runBuild, type BuildOutcome } from '../build/run-build.js';
import { checkDockerfile, formatCheckReport } from '../build/check.js';
import { splitAnnotations } from '../build/annotations.js';
import { parseExtraHost, parseNetworkMode, parseShmSize, parseUlimit, RunOptionError } from '../build/run-options.js';
import type { StepReport } from '../build/types.js';
import { hostPlatform, parseTargetPlatform, uniquePlatforms } from '../oci/platform.js';
import type { Reference } from '../registry/reference.js';
import { formatReference, parseReference, repositoryOf } from '../registry/reference.js';
import { assertInsideCheckout, fetchGitContext, gitAuthToken, GitContextError, keepGitDirArg, namedGitContextFetcher, parseGitContext, redactUrl, secretFileReader, type GitContextRef } from '../context/git-context.js';
import { defaultDockerfilePath } from '../context/context.js';
import { existsSync, statSync } from 'node:fs';
import { parseBuildArgs } from './build-args.js';
import { prepareSshAgents, SshSpecError, type SshAgents } from '../build/ssh.js';
import { readAllStdin, UsageError, type CliIO, type Command } from './command.js';
import { sniffArchive, SNIFF_BYTES } from '../oci/layer/sniff.js';
import { registryClientFromFlags, REGISTRY_FLAGS } from './registry-flags.js';
import { createExecutor, dockerSocketFromHost, memoryLayersWanted, mountRootfs, exportTarPrivileged, prefetchLayerBlobs } from '../sandbox/index.js';

/** Splits `K=V` pairs (the value may contain '='); a bare `K` is an empty value, as buildx reads `--label K`. */
export function parsePairs(values: string[] | undefined, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values ?? []) {
    const i = v.indexOf('=');
    if (i === 0 || v === '') throw new UsageError(`${flag} expects KEY=VALUE, got "${v}"`);
    if (i < 0) out[v] = '';
    else out[v.slice(0, i)] = v.slice(i + 1);
  }
  return out;
}

/**
 * Parses `--secret` values as buildx does: `id=X[,type=file|env][,src=|source=FILE][,env=VAR]` into id -> file.
 * `type=env,src=VAR` reads the variable VAR; with neither a source nor `env=`, the variable named by the id is
 * read when it is set, else the file named by the id (BuildKit's secrets provider). Variables are written to a
 * private temp file; relative files resolve against `cwd`.
 */
export async function parseSecrets(values: string[] | undefined, env: NodeJS.ProcessEnv, tempDir: string, cwd = process.cwd()): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const v of values ?? []) {
    const fields: Record<string, string> = {};
    for (const kv of v.split(',')) {
      const i = kv.indexOf('=');
      if (i < 0) throw new UsageError(`--secret "${v}": invalid field "${kv}": it must be a key=value pair`);
      const key = kv.slice(0, i).trim().toLowerCase();
      if (!['id', 'type', 'src', 'source', 'env'].includes(key)) throw new UsageError(`--secret "${v}": unexpected key "${key}" (id, type, src, env)`);
      fields[key] = kv.slice(i + 1);
    }
    const id = fields.id;
    if (!id) throw new UsageError(`--secret needs id=..., got "${v}"`);
    if (fields.type !== undefined && fields.type !== 'file' && fields.type !== 'env') throw new UsageError(`--secret "${v}": type must be file or env, not "${fields.type}"`);
    let src: string | undefined = fields.src ?? fields.source;
    let envName: string | undefined = fields.env;
    if (fields.type === 'env' && !envName) {
      envName = src;
      src = undefined;
    }
    if (!src && !envName) {
      if (env[id] !== undefined) envName = id;
      else src = id;
    }
    if (src) {
      // As buildx's secret store, which stats every file source before the build starts.
      const file = path.resolve(cwd, src);
      await stat(file).catch((e: NodeJS.ErrnoException) => {
        throw new Error(`--secret id=${id}: failed to stat ${src}: ${e.code === 'ENOENT' ? 'no such file or directory' : e.message}`);
      });
      out[id] = file;
    } else {
      const value = env[envName!];
      if (value === undefined) throw new UsageError(`--secret id=${id}: environment variable ${envName} is not set`);
      const dir = await mkdtemp(path.join(tempDir, 'secret-'));
      const file = path.join(dir, 'value');
      await writeFile(file, value, { mode: 0o600 });
      out[id] = file;
    }
  }
  return out;
}

/**
 * What `--metadata-file` gets, as `docker buildx build --metadata-file` writes it: the digest tags point at, the
 * descriptor, the config digest (one platform only, as BuildKit) and the image names when there are any.
 */
export function buildxMetadata(outcome: BuildOutcome, names: readonly Reference[]): Record<string, unknown> {
  const single = isIndexImage(outcome.image) ? undefined : outcome.artifacts[0];
  const descriptor: Record<string, unknown> = { mediaType: outcome.image.topMediaType, digest: outcome.digest, size: outcome.image.topBytes.length };
  if (single) descriptor.platform = { ...single.platform };
  const out: Record<string, unknown> = {};
  if (single) out['containerimage.config.digest'] = single.configDigest;
  out['containerimage.descriptor'] = descriptor;
  out['containerimage.digest'] = outcome.digest;
  // Fully qualified, as buildx writes it (`docker.io/library/app:latest`).
  if (names.length) out['image.name'] = names.map((r) => formatReference(r, 'full')).join(',');
  return out;
}

/**
 * `--provenance VALUE` and `--attest type=provenance[,...]`, as buildx reads them (the later flag wins); an SBOM
 * attestation needs a scanner hoist does not have, so it is refused.
 */
export function provenanceFlags(flag: string | undefined, attests: readonly string[]): ProvenanceOptions | undefined {
  let out: ProvenanceOptions | undefined;
  try {
    if (flag !== undefined) out = parseProvenance(flag);
    for (const a of attests) {
      const type = attestType(a);
      if (type === 'sbom') throw new UsageError(`--attest ${a}: SBOM attestations need a scanner (BuildKit's syft image); hoist writes provenance only`);
      if (type !== 'provenance') throw new UsageError(`--attest ${a}: type=provenance expected`);
      out = parseProvenance(a);
    }
  } catch (e) {
    if (e instanceof ProvenanceSpecError) throw new UsageError(`--${flag !== undefined && attests.length === 0 ? 'provenance' : 'attest'}: ${e.message}`);
    throw e;
  }
  return out;
}

/** Runs a parser of build-wide RUN options, its error a usage error naming the flag. */
function usage<T>(flag: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof RunOptionError) throw new UsageError(`${flag}: ${e.message}`);
    throw e;
  }
}

/** Formats a step line as the CLI prints it. */
export function formatStep(r: StepReport): string {
  const head = `[${r.stage}] ${r.instruction.split('\n')[0].slice(0, 100)}`;
  if (r.status === 'cached') return `${head}  CACHED`;
  if (r.status === 'config') return head;
  return `${head}  ${(r.ms / 1000).toFixed(1)}s${r.layerSize !== undefined ? `  ${r.layerSize} B` : ''}`;
}

/** Default state directory: $HOIST_STATE_DIR, $XDG_CACHE_HOME/hoist, or ~/.cache/hoist. */
export function defaultStateDir(env: NodeJS.ProcessEnv): string {
  return env.HOIST_STATE_DIR ?? path.join(env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'hoist');
}

const USAGE = 'hoist build [CONTEXT|GIT-URL[#REF[:DIR]]|-] [--file F|-] [--tag REF]... [--build-arg K=V|K]... [--target T] [--build-context NAME=DIR|docker-image://REF|oci-layout://DIR[:TAG][@DIGEST]]... [--platform P[,P]] [--label K=V]... [--push] [--load] [--output oci:DIR|docker:FILE|type=local,dest=DIR|type=tar,dest=F|type=oci,dest=F[,tar=false]|type=docker[,dest=F]|type=registry]... [--iidfile F] [--metadata-file F] [--cache-dir DIR] [--cache gha|dir|off] [--cache-mode min|max] [--cache-scope S] [--cache-from|--cache-to type=gha[,scope=S][,mode=M]|type=local,src=DIR|dest=DIR|type=registry,ref=REF[,mode=M]] [--no-cache] [--no-cache-filter STAGE]... [--secret id=X,src=FILE]... [--ssh default|ID[=SOCKET|KEY[,KEY]]]... [--network default|host|none] [--add-host NAME:IP]... [--shm-size SIZE] [--ulimit NAME=SOFT[:HARD]]... [--media-types oci|docker] [--compression gzip|zstd] [--executor native|docker] [--check | --call build|check] [--annotation [TYPE[,TYPE]:]K=V]... [--insecure-registry HOST]... [--username U --password-stdin]';

/**
 * `--cache-from` / `--cache-to` as buildx takes them, mapped onto hoist's cache (type=gha: the Actions cache,
 * type=local: that directory, read and written; type=registry: the refs, cache-to's written); undefined when
 * neither is given.
 */
function cliBuildxCache(values: { 'cache-from'?: string[]; 'cache-to'?: string[] }, cwd: string): BuildxCacheChoice | undefined {
  const specs: BuildxCacheSpecText[] = (['cache-to', 'cache-from'] as const).flatMap((input) => (values[input] ?? []).map((text) => ({ input, text, where: `--${input} "${text}"` })));
  try {
    return mapBuildxCache(specs, (p) => path.resolve(cwd, p));
  } catch (e) {
    if (e instanceof BuildxCacheSpecError) throw new UsageError(`${e.where}: ${e.message}`);
    throw e;
  }
}

/** docker build flags that `docker buildx build` accepts (hidden) and ignores. */
const HIDDEN_COMPAT: [string, 'string' | 'boolean'][] = [
  ['memory', 'string'], ['memory-swap', 'string'], ['cpu-shares', 'string'], ['cpu-quota', 'string'], ['cpu-period', 'string'],
  ['cpuset-cpus', 'string'], ['cpuset-mems', 'string'], ['isolation', 'string'], ['security-opt', 'string'], ['squash', 'boolean'], ['compress', 'boolean'],
];

/** docker buildx build's `--progress` values. */
const PROGRESS_MODES = ['auto', 'plain', 'tty', 'quiet', 'rawjson'];

/** What hoist does with docker buildx build flags it takes without applying them: warnings (none for no-ops). */
export function compatFlags(values: { sbom?: string; 'cgroup-parent'?: string }): string[] {
  const out: string[] = [];
  for (const [name] of HIDDEN_COMPAT) {
    if ((values as Record<string, unknown>)[name] !== undefined) out.push(`--${name} ignored: a docker build flag that docker buildx build takes without applying it`);
  }
  if (values.sbom !== undefined && values.sbom !== 'false') out.push('--sbom ignored: SBOM attestations need a scanner, which hoist does not have');
  if (values['cgroup-parent'] !== undefined) out.push('--cgroup-parent ignored: RUN steps run in hoist\'s own sandbox');
  return out;
}

/** `hoist build`: the image lifecycle's build step, with the same engine the action runs. */
/** Whether `p` is a directory; false for a missing path or one through a file (ENOTDIR). */
function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'build an image from a Dockerfile; push it, or write an OCI layout or docker archive',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseFlags({
      args: argv,
      allowPositionals: true,
      options: {
        file: { type: 'string', short: 'f' },
        tag: { type: 'string', short: 't', multiple: true },
        'build-arg': { type: 'string', multiple: true },
        target: { type: 'string' },
        'build-context': { type: 'string', multiple: true },
        platform: { type: 'string', multiple: true },
        label: { type: 'string', multiple: true },
        push: { type: 'boolean' },
        load: { type: 'boolean' },
        output: { type: 'string', short: 'o', multiple: true },
        iidfile: { type: 'string' },
        'metadata-file': { type: 'string' },
        provenance: { type: 'string' },
        attest: { type: 'string', multiple: true },
        'cache-dir': { type: 'string' },
        cache: { type: 'string' },
        'cache-mode': { type: 'string' },
        'cache-scope': { type: 'string' },
        'no-cache': { type: 'boolean' },
        'no-cache-filter': { type: 'string', multiple: true },
        secret: { type: 'string', multiple: true },
        ssh: { type: 'string', multiple: true },
        network: { type: 'string' },
        'add-host': { type: 'string', multiple: true },
        'shm-size': { type: 'string' },
        ulimit: { type: 'string', multiple: true },
        'media-types': { type: 'string' },
        compression: { type: 'string' },
        executor: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        check: { type: 'boolean' },
        call: { type: 'string' },
        annotation: { type: 'string', multiple: true },
        // docker buildx build flags taken so a command moved over runs as it is (see compatFlags)
        progress: { type: 'string' },
        pull: { type: 'boolean' },
        rm: { type: 'boolean' },
        'force-rm': { type: 'boolean' },
        builder: { type: 'string' },
        allow: { type: 'string', multiple: true },
        'cache-from': { type: 'string', multiple: true },
        'cache-to': { type: 'string', multiple: true },
        sbom: { type: 'string' },
        'cgroup-parent': { type: 'string' },
        // docker build's flags buildx keeps hidden and does not apply
        ...Object.fromEntries(HIDDEN_COMPAT.map(([name, type]) => [name, { type, multiple: name === 'security-opt' }])),
        ...REGISTRY_FLAGS,
      },
    });
    // An empty -f or --target is the default, as buildx reads them (`--target "$T"` with T unset builds the last stage).
    if (values.file === '') delete values.file;
    if (values.target === '') delete values.target;

    if (positionals.length > 1) throw new UsageError('at most one CONTEXT');
    // buildx's progress modes: `quiet` is -q; the others all get hoist's plain step log.
    if (values.progress !== undefined && !PROGRESS_MODES.includes(values.progress)) throw new UsageError(`invalid progress mode ${values.progress}`);
    const quiet = values.quiet === true || values.progress === 'quiet';
    // --call=check (--check): run the build checks and report them, build nothing (buildx's other methods,
    // outline and targets, are not supported).
    const call = values.check ? 'check' : (values.call ?? 'build');
    if (call !== 'build' && call !== 'check') throw new UsageError(`--call ${call} is not supported: build or check`);
    const provenance = provenanceFlags(values.provenance, values.attest ?? []);
    let gitContext: GitContextRef | undefined;
    try {
      // A local directory wins over a Git URL of the same spelling (`github.com/o/r`), as buildx decides.
      gitContext = positionals[0] === undefined || positionals[0] === '-' || existsSync(path.resolve(io.cwd, positionals[0])) ? undefined : parseGitContext(positionals[0]);
    } catch (e) {
      if (e instanceof GitContextError) throw new UsageError(e.message);
      throw e;
    }
    // docker build's stdin forms: `-f -` reads the Dockerfile from stdin; a `-` context is a Dockerfile on stdin
    // with an empty context (a context tarball on stdin is not read).
    const stdinContext = positionals[0] === '-';
    if (stdinContext && values.file === '-') throw new UsageError("stdin can't be both the build context and the Dockerfile (-f - with a - context)");
    // buildx's words: a `-` context is the Dockerfile, so a -f file would be a second one.
    if (stdinContext && values.file !== undefined) throw new Error('ambiguous Dockerfile source: both stdin and flag correspond to Dockerfiles');
    let contextDir = path.resolve(io.cwd, positionals[0] ?? '.');
    // As buildx: a local context that is not there fails before anything is built (an absent one was an empty context).
    if (!gitContext && !stdinContext && !isDirectory(contextDir)) {
      const remote = /^https?:\/\//i.test(positionals[0] ?? '');
      const given = remote ? redactUrl(positionals[0]) : (positionals[0] ?? '.');
      const why = remote ? 'not found (a remote tarball context is not supported: give a directory, a Git URL or -)' : existsSync(contextDir) ? 'is not a directory' : 'not found';
      throw new Error(`unable to prepare context: path "${given}" ${why}`);
    }
    const stateDir = path.resolve(io.cwd, values['cache-dir'] ?? defaultStateDir(io.env));
    const tags = (values.tag ?? []).map((t) => parseReference(t));
    const outputs: BuildOutput[] = [];
    let push = Boolean(values.push);
    // push-by-digest=true (buildx): the repositories get the image by digest only, as a matrix leg pushes it.
    let pushByDigest = false;
    const outputWarnings: string[] = [];
    const pushNames: Reference[] = [];
    const outputNames: Reference[] = [];
    // The image exporters' annotation attributes, applied to the one image every output gets (before --annotation).
    const outputAnnotations: string[] = [];
    for (const o of values.output ?? []) {
      let spec;
      try {
        spec = parseOutputSpec(o, io.cwd);
      } catch (e) {
        if (e instanceof OutputSpecError) throw new UsageError(e.message);
        throw e;
      }
      if (spec.output) outputs.push(spec.output);
      outputAnnotations.push(...(spec.annotations ?? []));
      push ||= spec.push;
      pushByDigest ||= spec.pushByDigest === true;
      for (const n of spec.names) {
        let ref: Reference;
        try {
          ref = parseReference(n);
        } catch (e) {
          throw new UsageError(`--output "${o}": name "${n}": ${(e as Error).message}`);
        }
        // A name= of a pushing output is pushed to; one of a file output only names that file's image.
        const list = spec.push ? pushNames : outputNames;
        if (!list.some((t) => String(t) === String(ref))) list.push(ref);
      }
      if (spec.ignored.length) outputWarnings.push(`--output "${o}": ${spec.ignored.join(', ')} ignored (hoist's --media-types and --compression decide the format)`);
      const unknown = unknownAttributesNotice(spec);
      if (unknown) outputWarnings.push(`--output "${o}": ${unknown}`);
    }
    if (values.load && !outputs.some((o) => o.kind === 'load')) outputs.push({ kind: 'load' });
    // buildx: an image ID needs an image exporter.
    if (values.iidfile && outputs.some(isFilesystemOutput)) throw new Error('local and tar exporters are incompatible with image ID file');
    // Only filesystem outputs: no image leaves the build, so no image ID, digest or descriptor is reported (buildx
    // writes none into --metadata-file then, and -q prints an empty line).
    const filesOnly = !push && outputs.length > 0 && outputs.every(isFilesystemOutput);
    // As buildx: --tag replaces every output's name= (its image, oci and docker exporters all get the tags).
    if (tags.length) {
      pushNames.length = 0;
      outputNames.length = 0;
    }
    const unique = (refs: Reference[]) => refs.filter((r, i) => refs.findIndex((x) => String(x) === String(r)) === i);
    const pushTo = unique([...tags, ...pushNames]);
    const names = unique([...tags, ...pushNames, ...outputNames]);
    let namedContexts: NamedContexts;
    try {
      namedContexts = parseNamedContexts(values['build-context'] ?? [], io.cwd);
    } catch (e) {
      if (e instanceof NamedContextError) throw new UsageError(`--build-context: ${e.message}`);
      throw e;
    }
    let dockerSocket: string | undefined;
    if (outputs.some((o) => o.kind === 'load')) {
      try {
        dockerSocket = loadSocket(io.env.DOCKER_HOST);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
    }
    if (push && pushTo.length === 0) throw new UsageError(values.push ? '--push needs at least one --tag' : 'pushing (type=registry or push=true) needs at least one --tag or name=');
    // buildx takes --platform more than once, each a comma list.
    const platforms = uniquePlatforms((values.platform ?? []).flatMap((v) => v.split(',')).map((p) => p.trim()).filter(Boolean).map((p) => {
      try {
        return parseTargetPlatform(p);
      } catch (e) {
        throw new UsageError(`--platform: ${(e as Error).message}`);
      }
    }));
    const platformsGiven = platforms.length > 0;
    if (platforms.length === 0) platforms.push(hostPlatform());
    if (outputs.some((o) => o.kind === 'load') && platforms.length > 1) throw new UsageError(`--load (or -o type=docker) takes one platform; ${platforms.length} are given`);
    const network = values.network === undefined ? undefined : usage('--network', () => parseNetworkMode(values.network!));
    const extraHosts = (values['add-host'] ?? []).map((h) => usage('--add-host', () => parseExtraHost(h)));
    const ulimits = (values.ulimit ?? []).map((u) => usage('--ulimit', () => parseUlimit(u)));
    const shmSize = values['shm-size'] === undefined ? undefined : usage('--shm-size', () => parseShmSize(values['shm-size']!));
    const family = (values['media-types'] ?? 'oci') as 'oci' | 'docker';
    if (family !== 'oci' && family !== 'docker') throw new UsageError('--media-types is oci or docker');
    const compression = (values.compression ?? 'gzip') as 'gzip' | 'zstd';
    if (compression !== 'gzip' && compression !== 'zstd') throw new UsageError('--compression is gzip or zstd');
    const buildxCache = cliBuildxCache(values, io.cwd);
    if (values.cache !== undefined && !['gha', 'dir', 'off'].includes(values.cache)) throw new UsageError('--cache is gha, dir or off');
    const cacheKind = (values.cache ?? (buildxCache?.kind === 'gha' || buildxCache?.kind === 'dir' || buildxCache?.kind === 'registry' ? buildxCache.kind : values['no-cache'] ? 'off' : 'dir')) as CacheKind;
    const buildxRegistry = values.cache === undefined && buildxCache?.kind === 'registry' ? buildxCache : undefined;
    const cacheMode = values['cache-mode'] ?? (buildxCache && 'mode' in buildxCache ? buildxCache.mode : undefined) ?? 'max';
    if (cacheMode !== 'min' && cacheMode !== 'max') throw new UsageError('--cache-mode is min or max');
    const buildxDir = values.cache === undefined && buildxCache?.kind === 'dir' ? buildxCache : undefined;
    const sde = io.env.SOURCE_DATE_EPOCH;
    const sourceDateEpoch = sde !== undefined && sde !== '' ? Number(sde) : undefined;
    if (sourceDateEpoch !== undefined && !Number.isInteger(sourceDateEpoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be an integer, got "${sde}"`);

    const cacheWarnings =
      buildxCache?.kind === 'none'
        ? [`--cache-from/--cache-to: ${buildxCache.notice}; --cache decides`]
        : buildxCache && values.cache !== undefined
          ? [`--cache-from/--cache-to ignored: --cache ${values.cache} decides where the layer cache is`]
          : buildxCache?.ignored
            ? [`--cache-from/--cache-to: ${buildxCache.ignored}`]
            : [];
    // As buildx with a builder that has no image store (docker-container): say where the result went.
    if (call !== 'check' && !push && outputs.length === 0) outputWarnings.push('no output specified: the result stays only in the layer cache; to push it use --push, to load it into Docker --load, or write it with -o');
    for (const w of [...outputWarnings, ...cacheWarnings, ...compatFlags(values)]) io.stderr(`warning: ${w}\n`);
    const annotations = splitAnnotations([...outputAnnotations, ...(values.annotation ?? [])], (line, why) => {
      throw new UsageError(`${outputAnnotations.includes(line) ? '--output annotation' : '--annotation'} "${line}": ${why}`);
    });
    await mkdir(stateDir, { recursive: true });
    const tempDir = await mkdtemp(path.join(io.env.RUNNER_TEMP ?? tmpdir(), 'hoist-build-'));
    // HOIST_TRACE=1: every log line starts with the seconds since the process started (phase timings).
    const trace = Boolean(io.env.HOIST_TRACE);
    const log = trace ? (m: string) => io.stderr(`[${(performance.now() / 1000).toFixed(3)}] ${m}\n`) : (m: string) => io.stderr(`${m}\n`);
    let cache: CacheStore | undefined;
    let sshAgents: SshAgents | undefined;
    try {
      const registry = await registryClientFromFlags(values, io);
      const secrets = await parseSecrets(values.secret, io.env, tempDir, io.cwd);
      sshAgents = await prepareSshAgents(values.ssh ?? [], io.env, io.cwd, tempDir).catch((e: Error) => {
        throw e instanceof SshSpecError ? new UsageError(`--${e.message}`) : e;
      });
      const ssh = sshAgents.sockets;
      const buildArgs = parseBuildArgs(values['build-arg'], io.env);
      let dockerfile = values.file && values.file !== '-' ? path.resolve(io.cwd, values.file) : undefined;
      if (values.file === '-' || stdinContext) {
        const text = await readAllStdin(io);
        if (stdinContext && sniffArchive(text.subarray(0, SNIFF_BYTES)) !== 'unknown') throw new UsageError('a build context tarball on stdin is not supported: extract it and pass its directory');
        const dir = await mkdtemp(path.join(tempDir, 'stdin-'));
        dockerfile = path.join(dir, 'Dockerfile');
        await writeFile(dockerfile, text);
        if (stdinContext) {
          contextDir = path.join(dir, 'empty-context');
          await mkdir(contextDir);
        }
      }
      // As buildx: a GIT_AUTH_TOKEN.<host> or GIT_AUTH_TOKEN secret authenticates Git fetches; a relative --file
      // is read inside a Git context, an absolute one from this machine.
      const tokenFor = (g: GitContextRef) => gitAuthToken(g, secretFileReader(secrets));
      const gitOpts = { env: io.env, log: quiet ? undefined : log, signal: io.signal };
      if (gitContext) {
        contextDir = await fetchGitContext({ ...gitContext, keepGitDir: gitContext.keepGitDir ?? keepGitDirArg(buildArgs) }, path.join(tempDir, 'git-context'), { ...gitOpts, token: await tokenFor(gitContext) });
        if (values.file !== '-' && !(values.file !== undefined && path.isAbsolute(values.file))) {
          dockerfile = values.file !== undefined ? path.resolve(contextDir, values.file) : defaultDockerfilePath(contextDir);
          await assertInsideCheckout(dockerfile, contextDir, values.file ?? 'Dockerfile');
        }
      }
      if (call === 'check') {
        const label = values.file && values.file !== '-' ? values.file : 'Dockerfile';
        const report = await checkDockerfile({ path: dockerfile ?? defaultDockerfilePath(contextDir), file: label, buildArgs, target: values.target, namedContexts, platform: platforms[0], buildPlatform: hostPlatform(), registry, contextDir });
        io.stdout(formatCheckReport(report));
        if (report.error) throw report.error;
        if (report.violation) throw new Error(report.violation);
        return report.warnings.length > 0 ? 1 : 0;
      }
      if (buildxDir?.seedFrom) {
        const seed = await seedCacheDir(buildxDir.seedFrom, buildxDir.dir);
        if (seed.seeded && !quiet) log(`cache: ${buildxDir.dir} starts from ${buildxDir.seedFrom} (--cache-from src)`);
        if (seed.warning) log(`warning: cache: ${seed.warning}`);
      }
      const fetchNamedGit = namedGitContextFetcher(path.join(tempDir, 'git-named'), { ...gitOpts, tokenFor });
      // The Actions cache library's `::add-mask::` lines go to stderr: stdout is the digest (or `-q`'s ID) alone.
      masksTo((t) => {
        io.stderr(t);
        return true;
      });
      cache = createCacheStore({
        kind: cacheKind,
        dir: buildxDir?.dir ?? path.join(stateDir, 'cache'),
        registry: buildxRegistry ? { client: registry, from: buildxRegistry.from, to: buildxRegistry.to } : undefined,
        scope: values['cache-scope'] ?? (buildxCache?.kind === 'gha' ? buildxCache.scope : undefined),
        scopeParts: { image: pushTo[0] ? `${pushTo[0].registry}/${pushTo[0].repository}` : undefined, dockerfile: values.file ?? 'Dockerfile', target: values.target, platform: platforms.map((p) => `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`).join(',') },
        mode: cacheMode,
        env: io.env,
        tempDir,
        log: { info: quiet ? () => undefined : log, warning: (m) => log(`warning: ${m}`), debug: trace ? log : undefined },
      });
      const outcome = await runBuild(
        {
          contextDir,
          dockerfile,
          buildArgs,
          target: values.target,
          namedContexts,
          platforms,
          platformsGiven,
          labels: parsePairs(values.label, '--label'),
          annotations,
          push: push ? (pushByDigest ? pushTo.map(repositoryOf) : pushTo) : [],
          names,
          outputs,
          dockerSocket,
          noCache: values['no-cache'],
          noCacheFilter: values['no-cache-filter'],
          sourceDateEpoch,
          provenance,
          format: { family, compression },
          secrets,
          ssh,
          network,
          extraHosts,
          shmSize,
          ulimits,
          stateDir,
          tempDir,
        },
        {
          registry,
          cache,
          executor: () => createExecutor({ cacheDir: stateDir, tempDir, prefer: values.executor as 'native' | 'docker' | undefined, dockerSocket: dockerSocketFromHost(io.env.DOCKER_HOST), log: quiet ? () => undefined : log, trace, memoryLayers: memoryLayersWanted(io.env) }),
          prefetchLayers: (layers) => prefetchLayerBlobs(stateDir, layers),
          fetchGitContext: fetchNamedGit,
          mountRootfs: (layers) => mountRootfs(layers, { cacheDir: stateDir, tempDir }),
          exportTarPrivileged: (file, views, o) => exportTarPrivileged(views, file, { cacheDir: stateDir, tempDir, ...o }),
          buildPlatform: hostPlatform(),
          now: Date.now,
          signal: io.signal,
          log: quiet ? undefined : log,
          events: {
            stageStart: (name) => quiet || log(`--- stage ${name}`),
            stepEnd: (r) => quiet || log(formatStep(r)),
            output: (_stage, _line, _stream, chunk) => quiet || io.stderr(chunk.toString('utf8').replace(/^(?=.)/gm, '  | ')),
            warning: (m, file, line) => log(`warning: ${file ? `${file}${line ? `:${line}` : ''}: ` : ''}${m}`),
            info: quiet ? undefined : log,
          },
        },
      );
      for (const w of outcome.cache?.warnings ?? []) log(`warning: ${w}`);
      if (values.iidfile) await writeFile(path.resolve(io.cwd, values.iidfile), outcome.imageId);
      if (values['metadata-file']) await writeFile(path.resolve(io.cwd, values['metadata-file']), `${JSON.stringify(filesOnly ? {} : buildxMetadata(outcome, names), null, 2)}\n`);
      // As docker build: `-q` prints only the image ID (what `docker run` takes after --load), otherwise the
      // digest the tags point at.
      io.stdout(`${quiet ? (filesOnly ? '' : outcome.imageId) : outcome.digest}\n`);
      return 0;
    } finally {
      await cache?.close().catch(() => undefined);
      await sshAgents?.close();
      await rm(tempDir, { recursive: true, force: true });
    }
  },
};

