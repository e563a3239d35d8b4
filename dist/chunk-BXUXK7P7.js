import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  REGISTRY_FLAGS,
  registryClientFromFlags
} from "./chunk-5UD5OO2A.js";
import {
  UsageError
} from "./chunk-UFC7JDEV.js";
import {
  createCacheStore,
  createExecutor,
  dockerSocketFromHost,
  mountRootfs,
  runBuild
} from "./chunk-SJFD47OR.js";
import "./chunk-55FTCMQM.js";
import "./chunk-BCR4MIIR.js";
import "./chunk-VIZGCWTY.js";
import {
  parseReference
} from "./chunk-DGGNZ4AG.js";
import {
  hostPlatform,
  parsePlatform
} from "./chunk-JJVSJ6MV.js";
import "./chunk-DIQVRM52.js";
import "./chunk-YW4TYKG5.js";
import {
  memoryLayersWanted,
  prefetchLayerBlobs
} from "./chunk-UC3M4UX4.js";
import "./chunk-BUUB24WL.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-LTDY7X75.js";

// src/cli/build-command.ts
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
function parsePairs(values, flag) {
  const out = {};
  for (const v of values ?? []) {
    const i = v.indexOf("=");
    if (i <= 0) throw new UsageError(`${flag} expects KEY=VALUE, got "${v}"`);
    out[v.slice(0, i)] = v.slice(i + 1);
  }
  return out;
}
async function parseSecrets(values, env, tempDir) {
  const out = {};
  const { writeFile } = await import("node:fs/promises");
  for (const v of values ?? []) {
    const fields = Object.fromEntries(v.split(",").map((kv) => {
      const i = kv.indexOf("=");
      return i < 0 ? [kv, ""] : [kv.slice(0, i), kv.slice(i + 1)];
    }));
    const id = fields.id;
    if (!id) throw new UsageError(`--secret needs id=..., got "${v}"`);
    const src = fields.src ?? fields.source;
    if (src) out[id] = path.resolve(src);
    else if (fields.env !== void 0) {
      const value = env[fields.env || id];
      if (value === void 0) throw new UsageError(`--secret id=${id}: environment variable ${fields.env || id} is not set`);
      const dir = await mkdtemp(path.join(tempDir, "secret-"));
      const file = path.join(dir, "value");
      await writeFile(file, value, { mode: 384 });
      out[id] = file;
    } else throw new UsageError(`--secret id=${id} needs src=FILE or env=VAR`);
  }
  return out;
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
var USAGE = "hoist build [CONTEXT] [--file F] [--tag REF]... [--build-arg K=V]... [--target T] [--platform P[,P]] [--label K=V]... [--push] [--output oci:DIR|docker:FILE]... [--cache-dir DIR] [--cache gha|dir|off] [--cache-mode min|max] [--cache-scope S] [--no-cache] [--no-cache-filter STAGE]... [--secret id=X,src=FILE]... [--media-types oci|docker] [--compression gzip|zstd] [--executor native|docker] [--insecure-registry HOST]... [--username U --password-stdin]";
var buildCommand = {
  name: "build",
  summary: "build an image from a Dockerfile; push it, or write an OCI layout or docker archive",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        file: { type: "string", short: "f" },
        tag: { type: "string", short: "t", multiple: true },
        "build-arg": { type: "string", multiple: true },
        target: { type: "string" },
        platform: { type: "string" },
        label: { type: "string", multiple: true },
        push: { type: "boolean" },
        output: { type: "string", short: "o", multiple: true },
        "cache-dir": { type: "string" },
        cache: { type: "string" },
        "cache-mode": { type: "string" },
        "cache-scope": { type: "string" },
        "no-cache": { type: "boolean" },
        "no-cache-filter": { type: "string", multiple: true },
        secret: { type: "string", multiple: true },
        "media-types": { type: "string" },
        compression: { type: "string" },
        executor: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        ...REGISTRY_FLAGS
      }
    });
    if (positionals.length > 1) throw new UsageError("at most one CONTEXT");
    const contextDir = path.resolve(io.cwd, positionals[0] ?? ".");
    const stateDir = path.resolve(io.cwd, values["cache-dir"] ?? defaultStateDir(io.env));
    const tags = (values.tag ?? []).map((t) => parseReference(t));
    const outputs = (values.output ?? []).map((o) => {
      if (o.startsWith("oci:")) return { kind: "oci", dir: path.resolve(io.cwd, o.slice(4)) };
      if (o.startsWith("docker:")) return { kind: "docker", file: path.resolve(io.cwd, o.slice(7)) };
      throw new UsageError(`--output must be oci:DIR or docker:FILE, got "${o}"`);
    });
    if (values.push && tags.length === 0) throw new UsageError("--push needs at least one --tag");
    const platforms = (values.platform ?? "").split(",").filter(Boolean).map((p) => parsePlatform(p));
    if (platforms.length === 0) platforms.push(hostPlatform());
    const family = values["media-types"] ?? "oci";
    if (family !== "oci" && family !== "docker") throw new UsageError("--media-types is oci or docker");
    const compression = values.compression ?? "gzip";
    if (compression !== "gzip" && compression !== "zstd") throw new UsageError("--compression is gzip or zstd");
    const cacheKind = values.cache ?? (values["no-cache"] ? "off" : "dir");
    if (!["gha", "dir", "off"].includes(cacheKind)) throw new UsageError("--cache is gha, dir or off");
    const sde = io.env.SOURCE_DATE_EPOCH;
    const sourceDateEpoch = sde !== void 0 && sde !== "" ? Number(sde) : void 0;
    if (sourceDateEpoch !== void 0 && !Number.isInteger(sourceDateEpoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be an integer, got "${sde}"`);
    await mkdir(stateDir, { recursive: true });
    const tempDir = await mkdtemp(path.join(io.env.RUNNER_TEMP ?? tmpdir(), "hoist-build-"));
    const trace = Boolean(io.env.HOIST_TRACE);
    const log = trace ? (m) => io.stderr(`[${(performance.now() / 1e3).toFixed(3)}] ${m}
`) : (m) => io.stderr(`${m}
`);
    let cache;
    try {
      const registry = await registryClientFromFlags(values, io);
      const secrets = await parseSecrets(values.secret, io.env, tempDir);
      cache = createCacheStore({
        kind: cacheKind,
        dir: path.join(stateDir, "cache"),
        scope: values["cache-scope"],
        scopeParts: { image: tags[0] ? `${tags[0].registry}/${tags[0].repository}` : void 0, dockerfile: values.file ?? "Dockerfile", target: values.target, platform: platforms.map((p) => `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ""}`).join(",") },
        mode: values["cache-mode"] ?? "max",
        env: io.env,
        tempDir,
        log: { info: log, warning: (m) => log(`warning: ${m}`), debug: trace ? log : void 0 }
      });
      const outcome = await runBuild(
        {
          contextDir,
          dockerfile: values.file ? path.resolve(io.cwd, values.file) : void 0,
          buildArgs: parsePairs(values["build-arg"], "--build-arg"),
          target: values.target,
          platforms,
          labels: parsePairs(values.label, "--label"),
          push: values.push ? tags : [],
          names: tags,
          outputs,
          noCache: values["no-cache"],
          noCacheFilter: values["no-cache-filter"],
          sourceDateEpoch,
          format: { family, compression },
          secrets,
          stateDir,
          tempDir
        },
        {
          registry,
          cache,
          executor: () => createExecutor({ cacheDir: stateDir, tempDir, prefer: values.executor, dockerSocket: dockerSocketFromHost(io.env.DOCKER_HOST), log, trace, memoryLayers: memoryLayersWanted(io.env) }),
          prefetchLayers: (layers) => prefetchLayerBlobs(stateDir, layers),
          mountRootfs: (layers) => mountRootfs(layers, { cacheDir: stateDir, tempDir }),
          buildPlatform: hostPlatform(),
          now: Date.now,
          signal: io.signal,
          log: values.quiet ? void 0 : log,
          events: {
            stageStart: (name) => values.quiet || log(`--- stage ${name}`),
            stepEnd: (r) => values.quiet || log(formatStep(r)),
            output: (_stage, _line, _stream, chunk) => values.quiet || io.stderr(chunk.toString("utf8").replace(/^(?=.)/gm, "  | ")),
            warning: (m, file, line) => log(`warning: ${file ? `${file}:${line}: ` : ""}${m}`),
            info: log
          }
        }
      );
      for (const w of outcome.cache?.warnings ?? []) log(`warning: ${w}`);
      io.stdout(`${outcome.digest}
`);
      return 0;
    } finally {
      await cache?.close().catch(() => void 0);
      await rm(tempDir, { recursive: true, force: true });
    }
  }
};
export {
  buildCommand,
  defaultStateDir,
  formatStep,
  parsePairs,
  parseSecrets
};
