import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  parseBuildArgs
} from "./chunk-ESMNZMQX.js";
import {
  REGISTRY_FLAGS,
  parseFlags,
  registryClientFromFlags
} from "./chunk-VGG2ZNXG.js";
import {
  UsageError,
  readAllStdin
} from "./chunk-HZE3DBIV.js";
import {
  BuildxCacheSpecError,
  OutputSpecError,
  ProvenanceSpecError,
  RunOptionError,
  SshSpecError,
  attestType,
  checkDockerfile,
  createCacheStore,
  createExecutor,
  dockerSocketFromHost,
  exportTarPrivileged,
  formatCheckReport,
  isFilesystemOutput,
  isIndexImage,
  loadSocket,
  mapBuildxCache,
  masksTo,
  mountRootfs,
  parseExtraHost,
  parseNetworkMode,
  parseOutputSpec,
  parseProvenance,
  parseShmSize,
  parseUlimit,
  prepareSshAgents,
  runBuild,
  seedCacheDir,
  splitAnnotations,
  unknownAttributesNotice
} from "./chunk-MHX2VCEY.js";
import {
  GitContextError,
  NamedContextError,
  assertInsideCheckout,
  defaultDockerfilePath,
  fetchGitContext,
  gitAuthToken,
  keepGitDirArg,
  namedGitContextFetcher,
  parseGitContext,
  parseNamedContexts,
  redactUrl,
  secretFileReader
} from "./chunk-FGUCFZVQ.js";
import "./chunk-E6I7JJGP.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-TLRXKYUH.js";
import "./chunk-PD4H4UT2.js";
import {
  formatReference,
  hostPlatform,
  parseReference,
  parseTargetPlatform,
  repositoryOf,
  uniquePlatforms
} from "./chunk-6TECYTNY.js";
import {
  SNIFF_BYTES,
  memoryLayersWanted,
  prefetchLayerBlobs,
  sniffArchive
} from "./chunk-GVXEUOC7.js";
import "./chunk-4PIROPUP.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";

// src/cli/build-command.ts
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
import { existsSync, statSync } from "node:fs";
function parsePairs(values, flag) {
  const out = {};
  for (const v of values ?? []) {
    const i = v.indexOf("=");
    if (i === 0 || v === "") throw new UsageError(`${flag} expects KEY=VALUE, got "${v}"`);
    if (i < 0) out[v] = "";
    else out[v.slice(0, i)] = v.slice(i + 1);
  }
  return out;
}
async function parseSecrets(values, env, tempDir, cwd = process.cwd()) {
  const out = {};
  for (const v of values ?? []) {
    const fields = {};
    for (const kv of v.split(",")) {
      const i = kv.indexOf("=");
      if (i < 0) throw new UsageError(`--secret "${v}": invalid field "${kv}": it must be a key=value pair`);
      const key = kv.slice(0, i).trim().toLowerCase();
      if (!["id", "type", "src", "source", "env"].includes(key)) throw new UsageError(`--secret "${v}": unexpected key "${key}" (id, type, src, env)`);
      fields[key] = kv.slice(i + 1);
    }
    const id = fields.id;
    if (!id) throw new UsageError(`--secret needs id=..., got "${v}"`);
    if (fields.type !== void 0 && fields.type !== "file" && fields.type !== "env") throw new UsageError(`--secret "${v}": type must be file or env, not "${fields.type}"`);
    let src = fields.src ?? fields.source;
    let envName = fields.env;
    if (fields.type === "env" && !envName) {
      envName = src;
      src = void 0;
    }
    if (!src && !envName) {
      if (env[id] !== void 0) envName = id;
      else src = id;
    }
    if (src) {
      const file = path.resolve(cwd, src);
      await stat(file).catch((e) => {
        throw new Error(`--secret id=${id}: failed to stat ${src}: ${e.code === "ENOENT" ? "no such file or directory" : e.message}`);
      });
      out[id] = file;
    } else {
      const value = env[envName];
      if (value === void 0) throw new UsageError(`--secret id=${id}: environment variable ${envName} is not set`);
      const dir = await mkdtemp(path.join(tempDir, "secret-"));
      const file = path.join(dir, "value");
      await writeFile(file, value, { mode: 384 });
      out[id] = file;
    }
  }
  return out;
}
function buildxMetadata(outcome, names) {
  const single = isIndexImage(outcome.image) ? void 0 : outcome.artifacts[0];
  const descriptor = { mediaType: outcome.image.topMediaType, digest: outcome.digest, size: outcome.image.topBytes.length };
  if (single) descriptor.platform = { ...single.platform };
  const out = {};
  if (single) out["containerimage.config.digest"] = single.configDigest;
  out["containerimage.descriptor"] = descriptor;
  out["containerimage.digest"] = outcome.digest;
  if (names.length) out["image.name"] = names.map((r) => formatReference(r, "full")).join(",");
  return out;
}
function provenanceFlags(flag, attests) {
  let out;
  try {
    if (flag !== void 0) out = parseProvenance(flag);
    for (const a of attests) {
      const type = attestType(a);
      if (type === "sbom") throw new UsageError(`--attest ${a}: SBOM attestations need a scanner (BuildKit's syft image); hoist writes provenance only`);
      if (type !== "provenance") throw new UsageError(`--attest ${a}: type=provenance expected`);
      out = parseProvenance(a);
    }
  } catch (e) {
    if (e instanceof ProvenanceSpecError) throw new UsageError(`--${flag !== void 0 && attests.length === 0 ? "provenance" : "attest"}: ${e.message}`);
    throw e;
  }
  return out;
}
function usage(flag, parse) {
  try {
    return parse();
  } catch (e) {
    if (e instanceof RunOptionError) throw new UsageError(`${flag}: ${e.message}`);
    throw e;
  }
}
function formatStep(r) {
  const head = `[${r.stage}] ${r.instruction.split("\n")[0].slice(0, 100)}`;
  if (r.status === "cached") return `${head}  CACHED`;
  if (r.status === "config") return head;
  return `${head}  ${(r.ms / 1e3).toFixed(1)}s${r.layerSize !== void 0 ? `  ${r.layerSize} B` : ""}`;
}
function defaultStateDir(env) {
  return env.HOIST_STATE_DIR ?? path.join(env.XDG_CACHE_HOME ?? path.join(homedir(), ".cache"), "hoist");
}
var USAGE = "hoist build [CONTEXT|GIT-URL[#REF[:DIR]]|-] [--file F|-] [--tag REF]... [--build-arg K=V|K]... [--target T] [--build-context NAME=DIR|docker-image://REF|oci-layout://DIR[:TAG][@DIGEST]]... [--platform P[,P]] [--label K=V]... [--push] [--load] [--output oci:DIR|docker:FILE|type=local,dest=DIR|type=tar,dest=F|type=oci,dest=F[,tar=false]|type=docker[,dest=F]|type=registry]... [--iidfile F] [--metadata-file F] [--cache-dir DIR] [--cache gha|dir|off] [--cache-mode min|max] [--cache-scope S] [--cache-from|--cache-to type=gha[,scope=S][,mode=M]|type=local,src=DIR|dest=DIR|type=registry,ref=REF[,mode=M]] [--no-cache] [--no-cache-filter STAGE]... [--secret id=X,src=FILE]... [--ssh default|ID[=SOCKET|KEY[,KEY]]]... [--network default|host|none] [--add-host NAME:IP]... [--shm-size SIZE] [--ulimit NAME=SOFT[:HARD]]... [--media-types oci|docker] [--compression gzip|zstd] [--executor native|docker] [--check | --call build|check] [--annotation [TYPE[,TYPE]:]K=V]... [--insecure-registry HOST]... [--username U --password-stdin]";
function cliBuildxCache(values, cwd) {
  const specs = ["cache-to", "cache-from"].flatMap((input) => (values[input] ?? []).map((text) => ({ input, text, where: `--${input} "${text}"` })));
  try {
    return mapBuildxCache(specs, (p) => path.resolve(cwd, p));
  } catch (e) {
    if (e instanceof BuildxCacheSpecError) throw new UsageError(`${e.where}: ${e.message}`);
    throw e;
  }
}
var HIDDEN_COMPAT = [
  ["memory", "string"],
  ["memory-swap", "string"],
  ["cpu-shares", "string"],
  ["cpu-quota", "string"],
  ["cpu-period", "string"],
  ["cpuset-cpus", "string"],
  ["cpuset-mems", "string"],
  ["isolation", "string"],
  ["security-opt", "string"],
  ["squash", "boolean"],
  ["compress", "boolean"]
];
var PROGRESS_MODES = ["auto", "plain", "tty", "quiet", "rawjson"];
function compatFlags(values) {
  const out = [];
  for (const [name] of HIDDEN_COMPAT) {
    if (values[name] !== void 0) out.push(`--${name} ignored: a docker build flag that docker buildx build takes without applying it`);
  }
  if (values.sbom !== void 0 && values.sbom !== "false") out.push("--sbom ignored: SBOM attestations need a scanner, which hoist does not have");
  if (values["cgroup-parent"] !== void 0) out.push("--cgroup-parent ignored: RUN steps run in hoist's own sandbox");
  return out;
}
function isDirectory(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
var buildCommand = {
  name: "build",
  summary: "build an image from a Dockerfile; push it, or write an OCI layout or docker archive",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseFlags({
      args: argv,
      allowPositionals: true,
      options: {
        file: { type: "string", short: "f" },
        tag: { type: "string", short: "t", multiple: true },
        "build-arg": { type: "string", multiple: true },
        target: { type: "string" },
        "build-context": { type: "string", multiple: true },
        platform: { type: "string", multiple: true },
        label: { type: "string", multiple: true },
        push: { type: "boolean" },
        load: { type: "boolean" },
        output: { type: "string", short: "o", multiple: true },
        iidfile: { type: "string" },
        "metadata-file": { type: "string" },
        provenance: { type: "string" },
        attest: { type: "string", multiple: true },
        "cache-dir": { type: "string" },
        cache: { type: "string" },
        "cache-mode": { type: "string" },
        "cache-scope": { type: "string" },
        "no-cache": { type: "boolean" },
        "no-cache-filter": { type: "string", multiple: true },
        secret: { type: "string", multiple: true },
        ssh: { type: "string", multiple: true },
        network: { type: "string" },
        "add-host": { type: "string", multiple: true },
        "shm-size": { type: "string" },
        ulimit: { type: "string", multiple: true },
        "media-types": { type: "string" },
        compression: { type: "string" },
        executor: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        check: { type: "boolean" },
        call: { type: "string" },
        annotation: { type: "string", multiple: true },
        // docker buildx build flags taken so a command moved over runs as it is (see compatFlags)
        progress: { type: "string" },
        pull: { type: "boolean" },
        rm: { type: "boolean" },
        "force-rm": { type: "boolean" },
        builder: { type: "string" },
        allow: { type: "string", multiple: true },
        "cache-from": { type: "string", multiple: true },
        "cache-to": { type: "string", multiple: true },
        sbom: { type: "string" },
        "cgroup-parent": { type: "string" },
        // docker build's flags buildx keeps hidden and does not apply
        ...Object.fromEntries(HIDDEN_COMPAT.map(([name, type]) => [name, { type, multiple: name === "security-opt" }])),
        ...REGISTRY_FLAGS
      }
    });
    if (values.file === "") delete values.file;
    if (values.target === "") delete values.target;
    if (positionals.length > 1) throw new UsageError("at most one CONTEXT");
    if (values.progress !== void 0 && !PROGRESS_MODES.includes(values.progress)) throw new UsageError(`invalid progress mode ${values.progress}`);
    const quiet = values.quiet === true || values.progress === "quiet";
    const call = values.check ? "check" : values.call ?? "build";
    if (call !== "build" && call !== "check") throw new UsageError(`--call ${call} is not supported: build or check`);
    const provenance = provenanceFlags(values.provenance, values.attest ?? []);
    let gitContext;
    try {
      gitContext = positionals[0] === void 0 || positionals[0] === "-" || existsSync(path.resolve(io.cwd, positionals[0])) ? void 0 : parseGitContext(positionals[0]);
    } catch (e) {
      if (e instanceof GitContextError) throw new UsageError(e.message);
      throw e;
    }
    const stdinContext = positionals[0] === "-";
    if (stdinContext && values.file === "-") throw new UsageError("stdin can't be both the build context and the Dockerfile (-f - with a - context)");
    if (stdinContext && values.file !== void 0) throw new Error("ambiguous Dockerfile source: both stdin and flag correspond to Dockerfiles");
    let contextDir = path.resolve(io.cwd, positionals[0] ?? ".");
    if (!gitContext && !stdinContext && !isDirectory(contextDir)) {
      const remote = /^https?:\/\//i.test(positionals[0] ?? "");
      const given = remote ? redactUrl(positionals[0]) : positionals[0] ?? ".";
      const why = remote ? "not found (a remote tarball context is not supported: give a directory, a Git URL or -)" : existsSync(contextDir) ? "is not a directory" : "not found";
      throw new Error(`unable to prepare context: path "${given}" ${why}`);
    }
    const stateDir = path.resolve(io.cwd, values["cache-dir"] ?? defaultStateDir(io.env));
    const tags = (values.tag ?? []).map((t) => parseReference(t));
    const outputs = [];
    let push = Boolean(values.push);
    let pushByDigest = false;
    const outputWarnings = [];
    const pushNames = [];
    const outputNames = [];
    const outputAnnotations = [];
    for (const o of values.output ?? []) {
      let spec;
      try {
        spec = parseOutputSpec(o, io.cwd);
      } catch (e) {
        if (e instanceof OutputSpecError) throw new UsageError(e.message);
        throw e;
      }
      if (spec.output) outputs.push(spec.output);
      outputAnnotations.push(...spec.annotations ?? []);
      push ||= spec.push;
      pushByDigest ||= spec.pushByDigest === true;
      for (const n of spec.names) {
        let ref;
        try {
          ref = parseReference(n);
        } catch (e) {
          throw new UsageError(`--output "${o}": name "${n}": ${e.message}`);
        }
        const list = spec.push ? pushNames : outputNames;
        if (!list.some((t) => String(t) === String(ref))) list.push(ref);
      }
      if (spec.ignored.length) outputWarnings.push(`--output "${o}": ${spec.ignored.join(", ")} ignored (hoist's --media-types and --compression decide the format)`);
      const unknown = unknownAttributesNotice(spec);
      if (unknown) outputWarnings.push(`--output "${o}": ${unknown}`);
    }
    if (values.load && !outputs.some((o) => o.kind === "load")) outputs.push({ kind: "load" });
    if (values.iidfile && outputs.some(isFilesystemOutput)) throw new Error("local and tar exporters are incompatible with image ID file");
    const filesOnly = !push && outputs.length > 0 && outputs.every(isFilesystemOutput);
    if (tags.length) {
      pushNames.length = 0;
      outputNames.length = 0;
    }
    const unique = (refs) => refs.filter((r, i) => refs.findIndex((x) => String(x) === String(r)) === i);
    const pushTo = unique([...tags, ...pushNames]);
    const names = unique([...tags, ...pushNames, ...outputNames]);
    let namedContexts;
    try {
      namedContexts = parseNamedContexts(values["build-context"] ?? [], io.cwd);
    } catch (e) {
      if (e instanceof NamedContextError) throw new UsageError(`--build-context: ${e.message}`);
      throw e;
    }
    let dockerSocket;
    if (outputs.some((o) => o.kind === "load")) {
      try {
        dockerSocket = loadSocket(io.env.DOCKER_HOST);
      } catch (e) {
        throw new UsageError(e.message);
      }
    }
    if (push && pushTo.length === 0) throw new UsageError(values.push ? "--push needs at least one --tag" : "pushing (type=registry or push=true) needs at least one --tag or name=");
    const platforms = uniquePlatforms((values.platform ?? []).flatMap((v) => v.split(",")).map((p) => p.trim()).filter(Boolean).map((p) => {
      try {
        return parseTargetPlatform(p);
      } catch (e) {
        throw new UsageError(`--platform: ${e.message}`);
      }
    }));
    const platformsGiven = platforms.length > 0;
    if (platforms.length === 0) platforms.push(hostPlatform());
    if (outputs.some((o) => o.kind === "load") && platforms.length > 1) throw new UsageError(`--load (or -o type=docker) takes one platform; ${platforms.length} are given`);
    const network = values.network === void 0 ? void 0 : usage("--network", () => parseNetworkMode(values.network));
    const extraHosts = (values["add-host"] ?? []).map((h) => usage("--add-host", () => parseExtraHost(h)));
    const ulimits = (values.ulimit ?? []).map((u) => usage("--ulimit", () => parseUlimit(u)));
    const shmSize = values["shm-size"] === void 0 ? void 0 : usage("--shm-size", () => parseShmSize(values["shm-size"]));
    const family = values["media-types"] ?? "oci";
    if (family !== "oci" && family !== "docker") throw new UsageError("--media-types is oci or docker");
    const compression = values.compression ?? "gzip";
    if (compression !== "gzip" && compression !== "zstd") throw new UsageError("--compression is gzip or zstd");
    const buildxCache = cliBuildxCache(values, io.cwd);
    if (values.cache !== void 0 && !["gha", "dir", "off"].includes(values.cache)) throw new UsageError("--cache is gha, dir or off");
    const cacheKind = values.cache ?? (buildxCache?.kind === "gha" || buildxCache?.kind === "dir" || buildxCache?.kind === "registry" ? buildxCache.kind : values["no-cache"] ? "off" : "dir");
    const buildxRegistry = values.cache === void 0 && buildxCache?.kind === "registry" ? buildxCache : void 0;
    const cacheMode = values["cache-mode"] ?? (buildxCache && "mode" in buildxCache ? buildxCache.mode : void 0) ?? "max";
    if (cacheMode !== "min" && cacheMode !== "max") throw new UsageError("--cache-mode is min or max");
    const buildxDir = values.cache === void 0 && buildxCache?.kind === "dir" ? buildxCache : void 0;
    const sde = io.env.SOURCE_DATE_EPOCH;
    const sourceDateEpoch = sde !== void 0 && sde !== "" ? Number(sde) : void 0;
    if (sourceDateEpoch !== void 0 && !Number.isInteger(sourceDateEpoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be an integer, got "${sde}"`);
    const cacheWarnings = buildxCache?.kind === "none" ? [`--cache-from/--cache-to: ${buildxCache.notice}; --cache decides`] : buildxCache && values.cache !== void 0 ? [`--cache-from/--cache-to ignored: --cache ${values.cache} decides where the layer cache is`] : buildxCache?.ignored ? [`--cache-from/--cache-to: ${buildxCache.ignored}`] : [];
    if (call !== "check" && !push && outputs.length === 0) outputWarnings.push("no output specified: the result stays only in the layer cache; to push it use --push, to load it into Docker --load, or write it with -o");
    for (const w of [...outputWarnings, ...cacheWarnings, ...compatFlags(values)]) io.stderr(`warning: ${w}
`);
    const annotations = splitAnnotations([...outputAnnotations, ...values.annotation ?? []], (line, why) => {
      throw new UsageError(`${outputAnnotations.includes(line) ? "--output annotation" : "--annotation"} "${line}": ${why}`);
    });
    await mkdir(stateDir, { recursive: true });
    const tempDir = await mkdtemp(path.join(io.env.RUNNER_TEMP ?? tmpdir(), "hoist-build-"));
    const trace = Boolean(io.env.HOIST_TRACE);
    const log = trace ? (m) => io.stderr(`[${(performance.now() / 1e3).toFixed(3)}] ${m}
`) : (m) => io.stderr(`${m}
`);
    let cache;
    let sshAgents;
    try {
      const registry = await registryClientFromFlags(values, io);
      const secrets = await parseSecrets(values.secret, io.env, tempDir, io.cwd);
      sshAgents = await prepareSshAgents(values.ssh ?? [], io.env, io.cwd, tempDir).catch((e) => {
        throw e instanceof SshSpecError ? new UsageError(`--${e.message}`) : e;
      });
      const ssh = sshAgents.sockets;
      const buildArgs = parseBuildArgs(values["build-arg"], io.env);
      let dockerfile = values.file && values.file !== "-" ? path.resolve(io.cwd, values.file) : void 0;
      if (values.file === "-" || stdinContext) {
        const text = await readAllStdin(io);
        if (stdinContext && sniffArchive(text.subarray(0, SNIFF_BYTES)) !== "unknown") throw new UsageError("a build context tarball on stdin is not supported: extract it and pass its directory");
        const dir = await mkdtemp(path.join(tempDir, "stdin-"));
        dockerfile = path.join(dir, "Dockerfile");
        await writeFile(dockerfile, text);
        if (stdinContext) {
          contextDir = path.join(dir, "empty-context");
          await mkdir(contextDir);
        }
      }
      const tokenFor = (g) => gitAuthToken(g, secretFileReader(secrets));
      const gitOpts = { env: io.env, log: quiet ? void 0 : log, signal: io.signal };
      if (gitContext) {
        contextDir = await fetchGitContext({ ...gitContext, keepGitDir: gitContext.keepGitDir ?? keepGitDirArg(buildArgs) }, path.join(tempDir, "git-context"), { ...gitOpts, token: await tokenFor(gitContext) });
        if (values.file !== "-" && !(values.file !== void 0 && path.isAbsolute(values.file))) {
          dockerfile = values.file !== void 0 ? path.resolve(contextDir, values.file) : defaultDockerfilePath(contextDir);
          await assertInsideCheckout(dockerfile, contextDir, values.file ?? "Dockerfile");
        }
      }
      if (call === "check") {
        const label = values.file && values.file !== "-" ? values.file : "Dockerfile";
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
      const fetchNamedGit = namedGitContextFetcher(path.join(tempDir, "git-named"), { ...gitOpts, tokenFor });
      masksTo((t) => {
        io.stderr(t);
        return true;
      });
      cache = createCacheStore({
        kind: cacheKind,
        dir: buildxDir?.dir ?? path.join(stateDir, "cache"),
        registry: buildxRegistry ? { client: registry, from: buildxRegistry.from, to: buildxRegistry.to } : void 0,
        scope: values["cache-scope"] ?? (buildxCache?.kind === "gha" ? buildxCache.scope : void 0),
        scopeParts: { image: pushTo[0] ? `${pushTo[0].registry}/${pushTo[0].repository}` : void 0, dockerfile: values.file ?? "Dockerfile", target: values.target, platform: platforms.map((p) => `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ""}`).join(",") },
        mode: cacheMode,
        env: io.env,
        tempDir,
        log: { info: quiet ? () => void 0 : log, warning: (m) => log(`warning: ${m}`), debug: trace ? log : void 0 }
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
          labels: parsePairs(values.label, "--label"),
          annotations,
          push: push ? pushByDigest ? pushTo.map(repositoryOf) : pushTo : [],
          names,
          outputs,
          dockerSocket,
          noCache: values["no-cache"],
          noCacheFilter: values["no-cache-filter"],
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
          tempDir
        },
        {
          registry,
          cache,
          executor: () => createExecutor({ cacheDir: stateDir, tempDir, prefer: values.executor, dockerSocket: dockerSocketFromHost(io.env.DOCKER_HOST), log: quiet ? () => void 0 : log, trace, memoryLayers: memoryLayersWanted(io.env) }),
          prefetchLayers: (layers) => prefetchLayerBlobs(stateDir, layers),
          fetchGitContext: fetchNamedGit,
          mountRootfs: (layers) => mountRootfs(layers, { cacheDir: stateDir, tempDir }),
          exportTarPrivileged: (file, views, o) => exportTarPrivileged(views, file, { cacheDir: stateDir, tempDir, ...o }),
          buildPlatform: hostPlatform(),
          now: Date.now,
          signal: io.signal,
          log: quiet ? void 0 : log,
          events: {
            stageStart: (name) => quiet || log(`--- stage ${name}`),
            stepEnd: (r) => quiet || log(formatStep(r)),
            output: (_stage, _line, _stream, chunk) => quiet || io.stderr(chunk.toString("utf8").replace(/^(?=.)/gm, "  | ")),
            warning: (m, file, line) => log(`warning: ${file ? `${file}${line ? `:${line}` : ""}: ` : ""}${m}`),
            info: quiet ? void 0 : log
          }
        }
      );
      for (const w of outcome.cache?.warnings ?? []) log(`warning: ${w}`);
      if (values.iidfile) await writeFile(path.resolve(io.cwd, values.iidfile), outcome.imageId);
      if (values["metadata-file"]) await writeFile(path.resolve(io.cwd, values["metadata-file"]), `${JSON.stringify(filesOnly ? {} : buildxMetadata(outcome, names), null, 2)}
`);
      io.stdout(`${quiet ? filesOnly ? "" : outcome.imageId : outcome.digest}
`);
      return 0;
    } finally {
      await cache?.close().catch(() => void 0);
      await sshAgents?.close();
      await rm(tempDir, { recursive: true, force: true });
    }
  }
};
export {
  buildCommand,
  buildxMetadata,
  compatFlags,
  defaultStateDir,
  formatStep,
  parsePairs,
  parseSecrets,
  provenanceFlags
};
