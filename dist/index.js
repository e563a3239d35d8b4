import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  BaseImageError,
  BuildxCacheSpecError,
  OutputSpecError,
  ProvenanceSpecError,
  RunOptionError,
  SshSpecError,
  StepError,
  attestType,
  checkDockerfile,
  createCacheStore,
  createExecutor,
  formatCheckReport,
  isIndexImage,
  loadSocket,
  mapBuildxCache,
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
  splitAnnotations
} from "./chunk-IDQPONTB.js";
import {
  DockerfileError,
  NamedContextError,
  parseDockerfile,
  parseNamedContext,
  planStages
} from "./chunk-JPHWIHTH.js";
import {
  MetaError,
  computeMetaWithRegistry,
  gitContextFromEnv,
  parseImages,
  parseMetaEnvOptions,
  toEntries
} from "./chunk-OMNQJC2P.js";
import "./chunk-GHJXFGLB.js";
import {
  readTextFile,
  spawnHelper
} from "./chunk-VIZGCWTY.js";
import {
  RegistryClient,
  RegistryError,
  chainCredentials,
  dockerConfigCredentials,
  githubTokenCredentials,
  lookupKey,
  normalizeCredentialKey,
  registryNotFound,
  staticCredentials
} from "./chunk-FQANC4XC.js";
import {
  InvalidReferenceError,
  formatPlatform,
  hostPlatform,
  parsePlatform,
  parseReference,
  repositoryName,
  repositoryOf,
  selectPlatform
} from "./chunk-PP5E433S.js";
import "./chunk-ZUSWZN7H.js";
import {
  GitContextError,
  assertInsideCheckout,
  defaultGitContext,
  fetchGitContext,
  formatGitContext,
  gitAuthToken,
  keepGitDirArg,
  namedGitContextFetcher,
  parseGitContext,
  redactUrl
} from "./chunk-5MSKCZRY.js";
import {
  memoryLayersWanted,
  prefetchLayerBlobs
} from "./chunk-UEJFUZIC.js";
import "./chunk-BUUB24WL.js";
import "./chunk-A2LCJWYG.js";
import {
  debug,
  endGroup,
  error,
  exportVariable,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary,
  warning
} from "./chunk-MRSP2HVJ.js";
import "./chunk-TOJYXOAK.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";

// src/action/run-action.ts
import { mkdir, mkdtemp as mkdtemp2, rm as rm2, writeFile } from "node:fs/promises";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import path4 from "node:path";

// src/action/build-log.ts
import path from "node:path";

// src/action/format.ts
var UNITS = ["B", "KiB", "MiB", "GiB", "TiB"];
function formatBytes(n) {
  let v = Math.abs(n);
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  const text = u === 0 ? `${v} B` : `${v.toFixed(v >= 100 ? 0 : 1)} ${UNITS[u]}`;
  return n < 0 ? `-${text}` : text;
}
function formatDelta(now, before) {
  const d = now - before;
  if (d === 0) return "no change";
  const p = d / before * 100;
  const pct = before > 0 ? ` (${d > 0 ? "+" : ""}${p.toFixed(Math.abs(p) < 0.1 ? 2 : 1)}%)` : "";
  return `${d > 0 ? "+" : "-"}${formatBytes(Math.abs(d))}${pct}`;
}
function formatDuration(ms) {
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)}s`;
  const s = Math.round(ms / 1e3);
  return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
}
function firstLine(text, max = 100) {
  const lines = text.split("\n");
  const line = lines[0].replace(/\s*\\$/, "").trim();
  const cut = line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
  return lines.length > 1 && cut === line ? `${cut} \u2026` : cut;
}
function shortDigest(digest) {
  return digest.replace(/^[a-z0-9]+:/, "").slice(0, 12);
}

// src/action/build-log.ts
var OUTPUT_PREFIX = "  \u2502 ";
function stepResult(r) {
  if (r.status === "cached") return "CACHED";
  if (r.status === "config") return "";
  return `done ${formatDuration(r.ms)}${r.layerSize !== void 0 ? `, layer ${formatBytes(r.layerSize)}` : ""}`;
}
function buildLog(glog, opts) {
  const log2 = glog.log;
  let platform;
  let pending = "";
  const started = /* @__PURE__ */ new Set();
  const flush = () => {
    if (pending) log2.info(`${OUTPUT_PREFIX}${pending}`);
    pending = "";
  };
  return {
    info(message) {
      const m = /^building for (.+)$/.exec(message);
      if (m) platform = m[1];
      log2.info(message);
    },
    stageStart(name) {
      flush();
      glog.group(`Stage ${name}${platform ? ` (${platform})` : ""}`);
    },
    stepStart(stage, text, line) {
      flush();
      started.add(`${stage}:${line}`);
      log2.info(`[${stage}:${line}] ${firstLine(text)}`);
    },
    output(_stage, _line, _stream, chunk) {
      const lines = (pending + chunk.toString("utf8")).split(/\r?\n/);
      pending = lines.pop() ?? "";
      for (const l of lines) log2.info(`${OUTPUT_PREFIX}${l}`);
    },
    stepEnd(r) {
      flush();
      const key = `${r.stage}:${r.line}`;
      if (started.delete(key)) log2.info(`[${key}] ${stepResult(r)}`);
      else log2.info(`[${key}] ${firstLine(r.instruction)}${r.status === "cached" ? "  CACHED" : ""}`);
    },
    warning(message, file, line, check) {
      flush();
      if (!file) return log2.warning(message);
      const abs = path.resolve(opts.cwd, file);
      const rel = path.relative(opts.workspace, abs);
      const inside = rel && !rel.startsWith("..") && !path.isAbsolute(rel);
      const at = { file: inside ? rel : file, ...line && line > 0 ? { startLine: line } : {} };
      if (check) return log2.warning(`${check.message}
More info: ${check.url}`, { ...at, title: check.description });
      log2.warning(message, { ...at, title: "Dockerfile" });
    },
    flush
  };
}

// src/action/credentials.ts
function actionCredentials(config, env, io = { readFile: readTextFile, runHelper: spawnHelper(env) }) {
  const explicit = {};
  for (const l of config.logins) explicit[normalizeCredentialKey(l.registry)] ??= { username: l.username, password: l.password };
  return chainCredentials(
    staticCredentials(explicit),
    dockerConfigCredentials({ env, readFile: io.readFile, runHelper: io.runHelper }),
    githubTokenCredentials({ GITHUB_TOKEN: config.githubToken, GITHUB_ACTOR: env.GITHUB_ACTOR })
  );
}
function loginFor(config, registry, actor) {
  const map = {};
  for (const l of config.logins) map[normalizeCredentialKey(l.registry)] ??= l;
  const hit = lookupKey(map, registry);
  if (hit) return hit;
  if (config.githubToken && normalizeCredentialKey(registry) === "ghcr.io") return { registry, username: actor || "x-access-token", password: config.githubToken, from: "github-token" };
  return void 0;
}
function derivedSecrets(logins) {
  return logins.flatMap((l) => [`${l.username}:${l.password}`, Buffer.from(`${l.username}:${l.password}`).toString("base64")]);
}

// src/action/failure.ts
import path2 from "node:path";

// src/action/input-parsers.ts
var InputError = class extends Error {
  constructor(input, message) {
    super(`${input}: ${message}`);
    this.input = input;
    this.name = "InputError";
  }
  input;
};
function quoteClosed(text) {
  for (let i = 1; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') i++;
    else return true;
  }
  return false;
}
function inputLines(value) {
  const out = [];
  const lines = value.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    let text = lines[i].trim();
    if (text === "" || text.startsWith("#")) continue;
    if (text.startsWith('"') && !quoteClosed(text)) {
      let joined = text;
      let j = i;
      while (j + 1 < lines.length && !quoteClosed(joined)) joined += `
${lines[++j]}`;
      if (quoteClosed(joined)) {
        text = joined.trimEnd();
        i = j;
      }
    }
    if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"');
    out.push({ text, line });
  }
  return out;
}
function inputItems(value) {
  return inputLines(value).flatMap(
    ({ text, line }) => text.split(",").map((t) => t.trim()).filter(Boolean).map((t) => ({ text: t, line }))
  );
}
function commaList(value) {
  return value.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("#"));
}
function parseBool(name, value, fallback) {
  const v = value.trim();
  if (v === "") return fallback;
  if (["true", "True", "TRUE"].includes(v)) return true;
  if (["false", "False", "FALSE"].includes(v)) return false;
  throw new InputError(name, `expected true or false, got "${v}"`);
}
function parsePairs(name, value, opts = {}) {
  const out = {};
  for (const { text, line } of inputLines(value)) {
    const eq = text.indexOf("=");
    if (eq <= 0) throw new InputError(`${name} line ${line}`, opts.secret ? "expected ID=VALUE" : `expected KEY=VALUE, got "${text}"`);
    out[text.slice(0, eq).trim()] = text.slice(eq + 1);
  }
  return out;
}
function parseBuildArgLines(name, value, env) {
  const out = {};
  for (const { text, line } of inputLines(value)) {
    const eq = text.indexOf("=");
    if (eq === 0) throw new InputError(`${name} line ${line}`, `expected KEY=VALUE or KEY, got "${text}"`);
    if (eq > 0) out[text.slice(0, eq).trim()] = text.slice(eq + 1);
    else if (env[text.trim()] !== void 0) out[text.trim()] = env[text.trim()];
  }
  return out;
}
var LOGIN_KEYS = /* @__PURE__ */ new Set(["registry", "username", "password"]);
var IGNORED_KEYS = /* @__PURE__ */ new Set(["logout", "ecr", "scope"]);
function unquote(v) {
  const t = v.trim();
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) {
    const esc = { n: "\n", t: "	", r: "\r", '"': '"', "\\": "\\", "/": "/" };
    return t.slice(1, -1).replace(/\\(.)/g, (all, c) => esc[c] ?? all);
  }
  return t;
}
function toLogin(entry, from) {
  for (const k of Object.keys(entry)) {
    if (!LOGIN_KEYS.has(k) && !IGNORED_KEYS.has(k)) throw new InputError(from, `unknown key "${k}" (registry, username, password)`);
  }
  if (!entry.username) throw new InputError(from, "username is missing");
  if (!entry.password) throw new InputError(from, "password is missing");
  return { registry: entry.registry?.trim() || "docker.io", username: entry.username, password: entry.password, from };
}
function parseRegistryAuth(value) {
  const text = value.trim();
  if (text === "") return [];
  if (text.startsWith("[")) {
    let doc;
    try {
      doc = JSON.parse(text);
    } catch {
      throw new InputError("registry-auth", "not a valid JSON array");
    }
    if (!Array.isArray(doc)) throw new InputError("registry-auth", "expected an array of logins");
    return doc.map((e, i) => {
      if (!e || typeof e !== "object") throw new InputError(`registry-auth entry ${i + 1}`, "expected an object");
      return toLogin(Object.fromEntries(Object.entries(e).map(([k, v]) => [k, String(v)])), `registry-auth entry ${i + 1}`);
    });
  }
  const entries = [];
  value.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "" || raw.trim().startsWith("#")) return;
    let body = raw.trimEnd();
    const dash = /^\s*-(\s+|$)/.exec(body);
    if (dash) {
      entries.push({ fields: {}, line });
      body = body.slice(dash[0].length);
      if (body.trim() === "") return;
    } else if (entries.length === 0) {
      throw new InputError(`registry-auth line ${line}`, 'expected a list item starting with "- "');
    }
    const m = /^\s*([A-Za-z][\w-]*)\s*:(?:\s+(.*))?$/.exec(body);
    if (!m) throw new InputError(`registry-auth line ${line}`, 'expected "key: value"');
    const current = entries[entries.length - 1].fields;
    const key = m[1].toLowerCase();
    if (key in current) throw new InputError(`registry-auth line ${line}`, `"${key}" is given twice in one entry`);
    current[key] = unquote(m[2] ?? "");
  });
  return entries.map((e, i) => toLogin(e.fields, `registry-auth entry ${i + 1} (line ${e.line})`));
}

// src/action/failure.ts
var PreflightError = class extends Error {
  constructor(input, message) {
    super(input ? `${input}: ${message}` : message);
    this.input = input;
    this.name = "PreflightError";
  }
  input;
};
var RUNNER_NEEDS = "hoist runs RUN steps as root or with passwordless sudo (GitHub-hosted Linux runners have both), or through a Docker daemon's socket (DOCKER_HOST=unix://...).";
function annotationFile(file, workspace, cwd) {
  const abs = path2.resolve(cwd, file);
  const rel = path2.relative(workspace, abs);
  return rel && !rel.startsWith("..") && !path2.isAbsolute(rel) ? rel : file;
}
function describeFailure(err, ctx) {
  if (err instanceof DockerfileError) {
    const file = annotationFile(err.file, ctx.workspace, ctx.cwd);
    if (err.line <= 0) return { message: err.message, at: { file, title: "Dockerfile" } };
    return { message: err.message, at: { file, startLine: err.line, endLine: err.endLine, title: "Dockerfile" } };
  }
  if (err instanceof StepError) {
    const file = annotationFile(err.file, ctx.workspace, ctx.cwd);
    const message = /needs (a|the) sandbox/.test(err.message) ? `${err.message}
${RUNNER_NEEDS}` : err.message;
    return { message, at: { file, startLine: err.line, title: "Build step failed" } };
  }
  if (err instanceof BaseImageError) {
    const m = /^(.+?):(\d+): /.exec(err.message);
    if (m) return { message: err.message, at: { file: annotationFile(m[1], ctx.workspace, ctx.cwd), startLine: Number(m[2]), title: "Base image" } };
    return { message: err.message };
  }
  if (err instanceof InputError || err instanceof MetaError || err instanceof PreflightError) return { message: err.message };
  if (err instanceof RegistryError) return { message: `${err.message}${err.code === "DENIED" || err.status === 403 ? " (the credentials do not allow this; check the login for this registry)" : ""}` };
  if (err instanceof Error && err.name === "SandboxError") {
    return { message: `${err.message}
${RUNNER_NEEDS}` };
  }
  return { message: err instanceof Error ? err.message : String(err) };
}
function credentialHint(registry) {
  if (registry === "ghcr.io") return " For ghcr.io, use github-token (the default) with `permissions: packages: write`, or a personal access token with write:packages.";
  if (registry === "docker.io") return " For Docker Hub, use an access token (Account settings > Personal access tokens) as the password.";
  return "";
}
function permissionHint(registry) {
  if (registry === "ghcr.io") {
    return "for ghcr.io the token needs write_package: give the job `permissions: packages: write`, and when the package already exists, give this repository write access in the package settings (Manage Actions access)";
  }
  if (registry === "docker.io") return "for Docker Hub use a personal access token with Read & Write scope as password";
  return "check that this user may push to the repository";
}
function explainRegistryError(err, opts) {
  const target = opts.repository ? `${opts.registry}/${opts.repository}` : opts.registry;
  if (!(err instanceof RegistryError)) return new PreflightError(opts.where, `cannot ${opts.operation === "push" ? "push to" : "reach"} ${target}: ${err instanceof Error ? err.message : String(err)}`);
  if (err.status === void 0) {
    return new PreflightError(opts.where, `registry ${opts.registry} is unreachable: ${err.message}. Check the registry name and that the runner can reach it.`);
  }
  if (err.status === 403 || err.code === "DENIED" || err.status === 401 && opts.operation === "push" && opts.login) {
    const input = opts.login ? opts.login.from === "username/password" ? "username" : opts.login.from : opts.where;
    return new PreflightError(input, `no permission to push to ${target}${opts.login ? ` as "${opts.login.username}"` : ""} (${err.status} ${err.code ?? "denied"}): ${permissionHint(opts.registry)}.`);
  }
  if (err.status === 401) {
    if (opts.login) {
      const input = opts.login.from === "username/password" ? "password" : opts.login.from;
      return new PreflightError(input, `registry ${opts.registry} refused the credentials of user "${opts.login.username}" (401 unauthorized): check the username and the password or token.${credentialHint(opts.registry)}`);
    }
    return new PreflightError(opts.where, `registry ${opts.registry} needs credentials and none were found: set username and password (or registry-auth) for it${opts.registry === "ghcr.io" ? ", or pass github-token" : ""}.`);
  }
  return new PreflightError(opts.where, `${opts.operation === "push" ? "push check on" : "ping of"} ${target} failed: ${err.message}`);
}

// src/action/logger.ts
var GroupedLog = class {
  constructor(log2) {
    this.log = log2;
  }
  log;
  open = false;
  /** Opens a group, closing the one that is open. */
  group(name) {
    this.close();
    this.log.startGroup(name);
    this.open = true;
  }
  /** Closes the open group, if any. */
  close() {
    if (!this.open) return;
    this.log.endGroup();
    this.open = false;
  }
  /** Runs `fn` inside a group and closes it afterwards (also when `fn` throws). */
  async within(name, fn) {
    this.group(name);
    try {
      return await fn();
    } finally {
      this.close();
    }
  }
};
function maskAll(log2, values) {
  for (const v of values) {
    if (v === void 0 || v.length < 2) continue;
    log2.setSecret(v);
    for (const line of v.split(/\r?\n/)) if (line.trim().length > 1 && line !== v) log2.setSecret(line.trim());
  }
}

// src/action/outputs.ts
function planOutputs(plan, config) {
  const out = { ...plan.meta.outputs };
  if (config.references) {
    const sep = config.meta.sepTags || "\n";
    const refs = plan.targets.map((r) => String(r));
    out.tags = refs.join(sep);
    out["tag-names"] = plan.targets.map((r) => r.tag ?? "").join(sep);
    out.json = JSON.stringify({ ...plan.meta.json, tags: refs, "tag-names": plan.targets.map((r) => r.tag ?? "") });
  }
  return out;
}
function bakeFiles(plan, config, target) {
  const tags = config.references ? plan.targets.map((r) => String(r)) : plan.meta.tags;
  const args = { DOCKER_META_IMAGES: plan.meta.images.join(",") };
  if (plan.meta.version) args.DOCKER_META_VERSION = plan.meta.version;
  const def = (body) => ({ target: { [target]: body } });
  return {
    "bake-file": def({ tags, labels: plan.meta.labels, args }),
    "bake-file-tags": def({ tags, args }),
    "bake-file-labels": def({ labels: plan.meta.labels }),
    "bake-file-annotations": def({ annotations: plan.meta.annotations })
  };
}
function metadataOutputEnv(outputs, env) {
  const flag = env.DOCKER_METADATA_SET_OUTPUT_ENV?.trim();
  if (flag !== void 0 && flag !== "" && /^(false|0|f)$/i.test(flag)) return [];
  return ["tags", "tag-names", "labels", "annotations", "version", "json", "bake-file-tags", "bake-file-labels", "bake-file-annotations", "bake-file"].filter((k) => outputs[k] !== void 0).map((k) => [`DOCKER_METADATA_OUTPUT_${k.replace(/\W/g, "_").toUpperCase()}`, outputs[k]]);
}
function metadataJson(outcome, plan, pushed) {
  const platforms = outcome.artifacts.map((a) => ({
    platform: formatPlatform(a.platform),
    digest: a.manifestDigest,
    config: a.configDigest,
    size: a.configBytes.length + a.layers.reduce((n, l) => n + l.size, 0)
  }));
  return {
    "containerimage.digest": outcome.digest,
    // buildx leaves the config digest out when tags point at an index (several platforms, or attestations).
    ...isIndexImage(outcome.image) ? {} : { "containerimage.config.digest": outcome.imageId },
    // As BuildKit: a single image's descriptor names its platform; an index's does not.
    "containerimage.descriptor": {
      mediaType: outcome.image.topMediaType,
      digest: outcome.image.topDigest,
      size: outcome.image.topBytes.length,
      ...isIndexImage(outcome.image) || !outcome.artifacts[0] ? {} : { platform: { ...outcome.artifacts[0].platform } }
    },
    "image.name": plan.targets.map((r) => String(r)).join(","),
    pushed,
    refs: outcome.push?.refs ?? [],
    platforms
  };
}
function buildOutputs(outcome, plan, pushed) {
  return {
    digest: outcome.digest,
    imageid: outcome.imageId,
    metadata: JSON.stringify(metadataJson(outcome, plan, pushed))
  };
}

// src/action/git-context.ts
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path3 from "node:path";
async function gitContextFor(config, env) {
  if (config.gitContext) return { ref: config.gitContext, fallback: false };
  if (config.contextGiven) return void 0;
  if ((await readdir(config.workspace).catch(() => [])).length > 0) return void 0;
  const def = defaultGitContext(env);
  return def ? { ref: parseGitContext(def), fallback: true } : void 0;
}
async function tokenFor(ref, config, env) {
  const own = await gitAuthToken(ref, async (id) => {
    const s = config.secrets.find((x) => x.id === id);
    if (!s) return void 0;
    return s.kind === "value" ? s.value : (await readFile(s.path, "utf8")).trim();
  });
  if (own) return own;
  if (!config.githubToken || !/^https?:\/\//i.test(ref.url)) return void 0;
  const server = new URL(env.GITHUB_SERVER_URL || "https://github.com").origin;
  return new URL(ref.url).origin === server ? config.githubToken : void 0;
}
async function resolveGitContext(config, env, log2, signal) {
  const which = await gitContextFor(config, env);
  if (!which) return void 0;
  const { ref, fallback } = which;
  if (fallback) {
    log2.notice(`the workspace is empty (no actions/checkout step?): building the Git context ${formatGitContext(ref)}, as build-push-action does when no context is given`);
  }
  const dir = await mkdtemp(path3.join(env.RUNNER_TEMP || tmpdir(), "hoist-git-"));
  try {
    let contextDir;
    try {
      const keepGitDir = ref.keepGitDir ?? keepGitDirArg(config.buildArgs);
      contextDir = await fetchGitContext({ ...ref, keepGitDir }, path3.join(dir, "checkout"), { token: await tokenFor(ref, config, env), env, log: (m) => log2.info(m), signal });
    } catch (e) {
      throw e instanceof GitContextError ? new InputError("context", e.message) : e;
    }
    if (!fallback && config.fileGiven && path3.isAbsolute(config.dockerfile)) {
      return { config: { ...config, context: contextDir, gitContext: ref }, dir };
    }
    const file = fallback ? config.fileGiven ? path3.relative(config.workspace, config.dockerfile) : "Dockerfile" : config.dockerfile;
    const dockerfile = path3.resolve(contextDir, file);
    const input = config.fileGiven ? "file" : "context";
    if (!dockerfile.startsWith(`${contextDir}/`)) throw new InputError(input, `${file} is outside the Git context ${formatGitContext(ref)}`);
    await assertInsideCheckout(dockerfile, contextDir, file).catch((e) => {
      throw new InputError(input, e.message);
    });
    return { config: { ...config, context: contextDir, dockerfile, dockerfileLabel: file, gitContext: ref }, dir };
  } catch (e) {
    await rm(dir, { recursive: true, force: true }).catch(() => void 0);
    throw e;
  }
}
async function namedGitContexts(config, env, log2, signal) {
  if (![...config.namedContexts.values()].some((c) => c.kind === "git")) return void 0;
  const dir = await mkdtemp(path3.join(env.RUNNER_TEMP || tmpdir(), "hoist-git-named-"));
  return { fetch: namedGitContextFetcher(dir, { env, log: (m) => log2.info(m), signal, tokenFor: (g) => tokenFor(g, config, env) }), dir };
}

// src/action/preflight.ts
import { readFile as readFile2, stat } from "node:fs/promises";
async function checkDockerfile2(config) {
  const st = await stat(config.context).catch(() => void 0);
  if (!st?.isDirectory()) throw new InputError("context", `${config.context} is not a directory`);
  let text;
  try {
    text = await readFile2(config.dockerfile, "utf8");
  } catch (e) {
    const why = e.code === "ENOENT" ? "does not exist" : e.message;
    if (config.fileGiven) throw new InputError("file", `${config.dockerfileLabel} ${why}`);
    throw new InputError("context", `there is no Dockerfile at ${config.dockerfileLabel} (${why}); set the file input when it is elsewhere`);
  }
  for (const secret of config.secrets) {
    if (secret.kind !== "file") continue;
    const file = await stat(secret.path).catch(() => void 0);
    if (!file?.isFile()) throw new InputError("secret-files", `secret "${secret.id}": ${secret.path} is not a file`);
  }
  const df = parseDockerfile(text, { file: config.dockerfileLabel });
  for (const platform of config.platforms) {
    try {
      planStages(df, { buildArgs: config.buildArgs, target: config.target, targetPlatform: platform, buildPlatform: hostPlatform() });
    } catch (e) {
      if (config.target && /target stage "[^"]*" could not be found/.test(e.message)) {
        const names = df.stages.map((s) => s.name).filter(Boolean);
        throw new InputError("target", `no stage "${config.target}" in ${config.dockerfileLabel}${names.length ? ` (stages: ${names.join(", ")})` : " (it has no named stages)"}`);
      }
      throw e;
    }
  }
}
function imageOrigins(config) {
  const out = /* @__PURE__ */ new Map();
  try {
    for (const img of parseImages(toEntries(config.meta.images))) if (!out.has(img.name.toLowerCase())) out.set(img.name.toLowerCase(), img.where);
  } catch {
  }
  return out;
}
async function computeTags(config, deps) {
  const ctx = gitContextFromEnv(deps.env, deps.readFile);
  const listTags = async (image) => {
    try {
      return await deps.registry.listTags(parseReference(image, { defaultTag: null }));
    } catch (e) {
      if (registryNotFound(e)) return [];
      throw e;
    }
  };
  const meta = await computeMetaWithRegistry(config.meta, ctx, deps.now, { ...parseMetaEnvOptions(deps.env), createdAt: deps.createdAt }, listTags);
  const origins = /* @__PURE__ */ new Map();
  let targets;
  if (config.references) {
    targets = config.references.map((r) => r.ref);
    for (const r of config.references) if (!origins.has(repositoryName(r.ref))) origins.set(repositoryName(r.ref), r.where);
  } else if (meta.images.length === 0) {
    targets = [];
    deps.log.notice("Every image in images is disabled (enable=false): the image is built, not tagged and not pushed.");
  } else {
    targets = meta.tags.map((t) => parseReference(t));
    const byName = imageOrigins(config);
    for (const t of targets) {
      const name = repositoryName(t);
      const where = [...byName].find(([n]) => repositoryName(parseReference(n, { defaultTag: null })) === name)?.[1] ?? "images";
      if (!origins.has(name)) origins.set(name, where);
    }
  }
  for (const w of meta.warnings) {
    if (/lower-cased/.test(w)) deps.log.notice(w);
    else if (/^No Docker (tag|image version) has been generated/.test(w)) continue;
    else deps.log.warning(w);
  }
  for (const n of config.outputNames ?? []) {
    if (targets.some((t) => String(t) === String(n.ref))) continue;
    targets.push(n.ref);
    if (!origins.has(repositoryName(n.ref))) origins.set(repositoryName(n.ref), n.where);
  }
  if (targets.length === 0) {
    const ref = deps.env.GITHUB_REF ?? "";
    const event = deps.env.GITHUB_EVENT_NAME ?? "";
    if (config.references) {
      if (config.push) throw new PreflightError("images", "nothing to push: give images (with tag rules in tags) or tags (full image references), or set push: false");
      deps.log.notice("No image name given (images and tags are empty): the image is built, not tagged and not pushed.");
    } else if (meta.images.length === 0) {
    } else if (config.push) {
      throw new PreflightError("tags", `no tag was produced for ref "${ref}" (event "${event}"), so there is nothing to push. Add a rule that matches this event (for example type=ref,event=branch, type=sha, or type=raw,value=...), or set push: false.`);
    } else {
      deps.log.notice(`No tag was produced for ref "${ref}" (event "${event}"): the image is built but not tagged.`);
    }
  }
  return { meta, targets, origins };
}
async function checkRegistries(config, plan, registry, log2, actor) {
  const repos = /* @__PURE__ */ new Map();
  for (const t of plan.targets) repos.set(repositoryName(t), repositoryOf(t));
  const registries = /* @__PURE__ */ new Map();
  for (const [name, r] of repos) if (!registries.has(r.registry)) registries.set(r.registry, plan.origins.get(name) ?? "images");
  await Promise.all(
    [...registries].map(async ([host, where]) => {
      try {
        await registry.ping(host);
      } catch (e) {
        throw explainRegistryError(e, { registry: host, where, login: loginFor(config, host, actor), operation: "reach" });
      }
    })
  );
  await Promise.all(
    [...repos].map(async ([name, repo]) => {
      try {
        await registry.checkPushAccess(repo);
        log2.info(`push access to ${name}: ok`);
      } catch (e) {
        throw explainRegistryError(e, { registry: repo.registry, repository: repo.repository, where: plan.origins.get(name) ?? "images", login: loginFor(config, repo.registry, actor), operation: "push" });
      }
    })
  );
}
async function previousImage(registry, ref, config, log2) {
  try {
    const desc = await registry.headManifest(ref);
    if (!desc) return void 0;
    let m = await registry.getManifest(ref);
    const platform = config.platforms[0];
    if (m.kind === "index") {
      const entry = selectPlatform(m.index.manifests, platform);
      if (!entry) return void 0;
      m = await registry.getManifest(parseReference(`${repositoryName(ref)}@${entry.digest}`));
    }
    if (m.kind !== "manifest") return void 0;
    const size = m.manifest.config.size + m.manifest.layers.reduce((n, l) => n + l.size, 0);
    return { ref: String(ref), digest: desc.digest, size, platform: formatPlatform(platform) };
  } catch (e) {
    log2.debug(`could not read the current ${String(ref)}: ${e.message}`);
    return void 0;
  }
}

// src/action/summary.ts
function code(text) {
  const esc = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;");
  return `<code>${esc}</code>`;
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function table(head, rows) {
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}
function artifactSize(a) {
  return a.configBytes.length + a.layers.reduce((n, l) => n + l.size, 0);
}
function stepRows(steps) {
  return steps.map((r) => [
    cell(r.stage),
    String(r.line),
    code(firstLine(r.instruction, 80)),
    r.status === "cached" ? "**CACHED**" : r.status === "built" ? "built" : "",
    r.status === "config" ? "" : formatDuration(r.ms),
    r.layerSize !== void 0 ? formatBytes(r.layerSize) : ""
  ]);
}
function createdBy(text) {
  return text.replace(/^\/bin\/sh -c (#\(nop\) )?/, "").replace(/^RUN \/bin\/sh -c /, "RUN ").replace(/ # buildkit$/, "");
}
function layerRows(a) {
  const made = (a.config.history ?? []).filter((h) => !h.empty_layer).map((h) => h.created_by ?? "");
  return a.layers.map((l, i) => [String(i + 1), code(shortDigest(l.digest)), formatBytes(l.size), code(firstLine(createdBy(made[i] ?? ""), 70))]);
}
function sizeLine(a, previous) {
  const size = artifactSize(a);
  if (!previous) return `${formatBytes(size)} (no earlier image under the first tag)`;
  return `${formatBytes(size)}, ${formatDelta(size, previous.size)} against ${code(previous.ref)} before this build (${code(shortDigest(previous.digest))})`;
}
function cacheLine(input, steps) {
  const layerSteps = steps.filter((s) => s.status !== "config");
  const cached = layerSteps.filter((s) => s.status === "cached").length;
  const parts = [`${input.cache?.kind ?? "off"} (${input.cache?.reason ?? ""})`, `${cached}/${layerSteps.length} layer steps cached`];
  const st = input.cache?.stats;
  if (st && st.kind !== "off") parts.push(`${formatBytes(st.bytesDownloaded)} read, ${formatBytes(st.bytesUploaded)} written`);
  const save = input.outcome?.cache;
  if (save?.skipped) parts.push(`not saved: ${save.skipped}`);
  else if (save) parts.push(`${save.blobsSaved} new layers saved (${formatBytes(save.blobBytesSaved)}), ${save.blobsAlreadyCached} already cached`);
  return parts.join("; ");
}
function renderSummary(input) {
  const out = [];
  const o = input.outcome;
  const steps = o?.reports ?? input.steps;
  const title = input.tags[0] ? input.tags[0].replace(/:[^:/]+$/, "") : "image";
  const status = input.failure ? "failed" : input.push ? "pushed" : "built, not pushed";
  out.push(`## hoist: ${cell(title)} ${input.failure ? "\u274C" : "\u2705"} ${status}`, "");
  if (input.failure) out.push("```text", input.failure.replace(/```/g, "'''"), "```", "");
  if (input.tags.length) {
    const state = input.failure ? "not pushed" : input.push ? input.pushByDigest ? "not set (pushed by digest)" : "pushed" : `not pushed (${cell(input.pushReason)})`;
    out.push(table(["Tag", ""], input.tags.map((t) => [code(t), state])), "");
  } else {
    out.push("No tag was produced for this ref.", "");
  }
  const facts = [];
  if (o) {
    facts.push(["Digest", code(o.digest)], ["Image ID", code(o.imageId)], ["Platforms", o.artifacts.map((a) => formatPlatform(a.platform)).join(", ")]);
    facts.push(["Size (compressed)", sizeLine(o.artifacts[0], input.previous)]);
    for (const a of o.artifacts.slice(1)) facts.push([`Size ${formatPlatform(a.platform)}`, formatBytes(artifactSize(a))]);
  }
  facts.push(["Cache", cell(cacheLine(input, steps))]);
  if (o?.push) {
    const p = o.push;
    facts.push(["Push", `${plural(p.blobsUploaded, "layer")} uploaded (${formatBytes(p.bytesUploaded)} with the config), ${p.blobsPresent} already there, ${p.blobsMounted} mounted`]);
  }
  facts.push(["Time", formatDuration(input.durationMs)]);
  out.push(table(["", ""], facts), "");
  if (steps.length) out.push("### Steps", "", table(["Stage", "Line", "Instruction", "Result", "Time", "Layer"], stepRows(steps)), "");
  for (const a of o?.artifacts ?? []) {
    out.push(`### Layers (${formatPlatform(a.platform)})`, "", table(["#", "Layer", "Size", "Created by"], layerRows(a)), "");
  }
  const warnings = [...o?.warnings ?? [], ...input.cache?.stats?.warnings ?? o?.cache?.warnings ?? []];
  if (warnings.length) out.push("### Warnings", "", ...warnings.map((w) => `- ${cell(w)}`), "");
  return `${out.join("\n")}
`;
}

// src/action/run-action.ts
var PushAwareClient = class extends RegistryClient {
  onPush;
  pushBlob(...args) {
    this.onPush?.();
    return super.pushBlob(...args);
  }
};
function withHooks(cache, onLoad, onSave) {
  return {
    kind: cache.kind,
    load: () => {
      onLoad();
      return cache.load();
    },
    lookup: (k) => cache.lookup(k),
    hasBlob: (d) => cache.hasBlob(d),
    openBlob: (d) => cache.openBlob(d),
    save: (r, b) => {
      onSave();
      return cache.save(r, b);
    },
    stats: () => cache.stats(),
    close: () => cache.close()
  };
}
function writeBakeFiles(files, env) {
  const dir = mkdtempSync(path4.join(env.RUNNER_TEMP || tmpdir2(), "hoist-meta-"));
  const out = {};
  for (const [name, def] of Object.entries(files)) {
    const file = path4.join(dir, name === "bake-file" ? "docker-metadata-action-bake.json" : `docker-metadata-action-bake-${name.slice("bake-file-".length)}.json`);
    writeFileSync(file, JSON.stringify(def, null, 2));
    out[name] = file;
  }
  return out;
}
async function secretFiles(config, tempDir) {
  const out = {};
  for (const s of config.secrets) {
    if (s.kind === "file") {
      out[s.id] = s.path;
      continue;
    }
    const dir = path4.join(tempDir, "secrets");
    await mkdir(dir, { recursive: true, mode: 448 });
    const file = path4.join(dir, s.id.replace(/[^\w.-]/g, "_"));
    await writeFile(file, s.value, { mode: 384 });
    out[s.id] = file;
  }
  return out;
}
function dockerSocket(env) {
  const host = env.DOCKER_HOST;
  return host?.startsWith("unix://") ? host.slice("unix://".length) : void 0;
}
function describeSettings(config) {
  return [
    `context: ${config.gitContext ? `Git ${formatGitContext(config.gitContext)}` : path4.relative(config.workspace, config.context) || "."}, Dockerfile: ${config.dockerfileLabel}${config.target ? `, target: ${config.target}` : ""}`,
    `platforms: ${config.platforms.map(formatPlatform).join(", ")}`,
    `push: ${config.push ? "yes" : "no"} (${config.pushReason})`,
    `cache: ${config.cache.kind}${config.cache.dir ? ` ${config.cache.dir}` : ""} (${config.cache.reason}), mode ${config.cache.mode}${config.noCache ? ", no-cache" : ""}`
  ];
}
async function preflight(config, registry, deps, onPlan) {
  const log2 = deps.log;
  for (const line of describeSettings(config)) log2.info(line);
  await checkDockerfile2(config);
  const createdAt = config.sourceDateEpoch !== void 0 ? new Date(config.sourceDateEpoch * 1e3) : void 0;
  const plan = await computeTags(config, { registry, env: deps.env, log: log2, now: new Date(deps.now()), createdAt, readFile: (p) => readFileSync(p, "utf8") });
  log2.info(`tags: ${plan.targets.length ? plan.targets.map(String).join(", ") : "(none)"}`);
  onPlan(plan);
  if (config.push && plan.targets.length) await checkRegistries(config, plan, registry, log2, deps.env.GITHUB_ACTOR);
  if (plan.targets.length) plan.previous = await previousImage(registry, plan.targets[0], config, log2);
  if (plan.previous) log2.info(`${plan.previous.ref} is ${plan.previous.digest} (${formatBytes(plan.previous.size)}) before this build`);
  return plan;
}
async function runAction(load, deps) {
  const started = deps.now();
  const log2 = deps.log;
  let loaded;
  try {
    loaded = load();
  } catch (e) {
    const failure2 = describeFailure(e, { workspace: deps.env.GITHUB_WORKSPACE || deps.cwd, cwd: deps.cwd });
    log2.error(failure2.message, failure2.at);
    const markdown = renderSummary({ tags: [], push: false, pushReason: "invalid inputs", steps: [], failure: failure2.message, durationMs: deps.now() - started });
    await deps.writeSummary(markdown).catch(() => void 0);
    return { ok: false, outputs: {}, failure: failure2 };
  }
  const { notices } = loaded;
  let config = loaded.config;
  for (const n of notices) log2.notice(n);
  const glog = new GroupedLog(log2);
  maskAll(log2, derivedSecrets(config.logins));
  const registry = new PushAwareClient({ credentials: actionCredentials(config, deps.env), log: deps.env.HOIST_DEBUG ? (m) => log2.debug(m) : void 0 });
  const outputs = {};
  const set = (o) => {
    for (const [k, v] of Object.entries(o)) {
      outputs[k] = v;
      deps.setOutput(k, v);
    }
  };
  const steps = [];
  let plan;
  let outcome;
  let cache;
  let tempDir;
  let gitDir;
  let namedGit;
  let sshAgents;
  let sshDir;
  let failure;
  try {
    const onPlan = (p) => {
      plan = p;
      const metaOutputs = planOutputs(p, config);
      set(metaOutputs);
      const bake = writeBakeFiles(bakeFiles(p, config, config.bakeTarget), deps.env);
      set(bake);
      for (const [name, value] of metadataOutputEnv(bake, deps.env)) deps.exportVariable?.(name, value);
      for (const [name, value] of metadataOutputEnv(metaOutputs, deps.env)) deps.exportVariable?.(name, value);
    };
    plan = await glog.within("Preflight", async () => {
      const git = await resolveGitContext(config, deps.env, log2, deps.signal);
      if (git) {
        config = git.config;
        gitDir = git.dir;
      }
      if (config.ssh.length) {
        sshDir = await mkdtemp2(path4.join(deps.env.RUNNER_TEMP || tmpdir2(), "hoist-ssh-"));
        try {
          sshAgents = await prepareSshAgents(config.ssh, deps.env, config.workspace, sshDir);
        } catch (e) {
          throw e instanceof SshSpecError ? new InputError("ssh", e.message) : e;
        }
      }
      namedGit = await namedGitContexts(config, deps.env, log2, deps.signal);
      return preflight(config, registry, deps, onPlan);
    });
    if (config.call === "check") {
      const c = config;
      const { report, lines } = await glog.within("Build checks", async () => {
        const r = await checkDockerfile({ path: c.dockerfile, file: c.dockerfileLabel, buildArgs: c.buildArgs, target: c.target, namedContexts: c.namedContexts, platform: c.platforms[0], buildPlatform: hostPlatform(), registry });
        const text = formatCheckReport(r).replace(/\n$/, "").split("\n");
        for (const line of text) log2.info(line);
        return { report: r, lines: text };
      });
      if (report.violation) throw new Error(report.violation);
      if (report.warnings.length) throw new Error(lines[0]);
      log2.info("call: check: the build checks passed; nothing was built");
      return { ok: true, outputs };
    }
    const stateDir = config.stateDir;
    await mkdir(stateDir, { recursive: true });
    tempDir = await mkdtemp2(path4.join(deps.env.RUNNER_TEMP || tmpdir2(), "hoist-"));
    const first = plan.targets[0];
    let held;
    const cacheLine2 = (f) => held ? held.push(f) : f();
    const showHeld = () => {
      const lines = held;
      held = void 0;
      if (!lines) return;
      glog.group("Cache save");
      for (const f of lines) f();
    };
    if (config.cache.seedFrom) {
      const seed = await seedCacheDir(config.cache.seedFrom, config.cache.dir);
      if (seed.seeded) log2.info(`cache: ${config.cache.dir} starts from ${config.cache.seedFrom} (cache-from src)`);
      if (seed.warning) log2.warning(`cache: ${seed.warning}`);
    }
    cache = withHooks(
      createCacheStore({
        kind: config.cache.kind,
        dir: config.cache.dir,
        scope: config.cache.scope,
        scopeParts: { image: first ? repositoryName(first) : void 0, dockerfile: config.dockerfileLabel, target: config.target, platform: config.platforms.map(formatPlatform).join(",") },
        mode: config.cache.mode,
        env: deps.env,
        tempDir,
        log: { info: (m) => cacheLine2(() => log2.info(m)), warning: (m) => cacheLine2(() => log2.warning(m)), debug: (m) => cacheLine2(() => log2.debug(m)) }
      }),
      () => glog.group("Layer cache"),
      () => held = []
    );
    registry.onPush = () => {
      registry.onPush = void 0;
      glog.group("Push");
    };
    const events = buildLog(glog, { workspace: config.workspace, cwd: deps.cwd });
    const stepEnd = events.stepEnd;
    events.stepEnd = (r) => {
      steps.push(r);
      stepEnd(r);
    };
    const { manifest, index } = splitAnnotations(plan.meta.annotations);
    const req = {
      contextDir: config.context,
      dockerfile: config.dockerfile,
      buildArgs: config.buildArgs,
      target: config.target,
      namedContexts: config.namedContexts,
      platforms: config.platforms,
      platformsGiven: config.platformsGiven,
      labels: plan.meta.labels,
      annotations: manifest,
      indexAnnotations: index,
      push: config.push ? config.pushByDigest ? plan.targets.map(repositoryOf) : plan.targets : [],
      // The outputs (a loaded image, an OCI layout) are named after the tags even when nothing is pushed.
      names: plan.targets,
      outputs: config.outputs,
      dockerSocket: config.outputs.some((o) => o.kind === "load") ? loadSocket(deps.env.DOCKER_HOST) : void 0,
      noCache: config.noCache,
      noCacheFilter: config.noCacheFilters,
      sourceDateEpoch: config.sourceDateEpoch,
      provenance: config.provenance,
      format: { family: "oci", compression: "gzip" },
      secrets: await secretFiles(config, tempDir),
      ssh: sshAgents?.sockets,
      network: config.network,
      extraHosts: config.extraHosts,
      shmSize: config.shmSize,
      ulimits: config.ulimits,
      stateDir,
      tempDir
    };
    const scratch = tempDir;
    try {
      outcome = await runBuild(req, {
        registry,
        cache,
        executor: () => createExecutor({ cacheDir: stateDir, tempDir: scratch, log: (m) => log2.info(m), dockerSocket: dockerSocket(deps.env), memoryLayers: memoryLayersWanted(deps.env) }),
        prefetchLayers: (layers) => prefetchLayerBlobs(stateDir, layers),
        fetchGitContext: namedGit?.fetch,
        mountRootfs: (layers) => mountRootfs(layers, { cacheDir: stateDir, tempDir: scratch }),
        buildPlatform: hostPlatform(),
        now: deps.now,
        signal: deps.signal,
        events,
        log: (m) => log2.info(m)
      });
    } finally {
      events.flush();
      showHeld();
      glog.close();
    }
    set(buildOutputs(outcome, plan, config.push));
    log2.info(`digest: ${outcome.digest}`);
    if (config.push && outcome.push) log2.info(config.pushByDigest ? `pushed by digest (push-by-digest, no tag): ${outcome.push.refs.join(", ")}` : `pushed: ${plan.targets.map(String).join(", ")}`);
    else log2.info(`not pushed (${config.pushReason})`);
    return { ok: true, outputs, outcome };
  } catch (e) {
    glog.close();
    failure = describeFailure(e, { workspace: config.workspace, cwd: deps.cwd });
    log2.error(failure.message, failure.at);
    return { ok: false, outputs, failure };
  } finally {
    if (config.summary) {
      const markdown = renderSummary({
        tags: plan?.targets.map(String) ?? [],
        push: config.push,
        pushByDigest: config.pushByDigest,
        pushReason: config.pushReason,
        outcome,
        steps,
        previous: plan?.previous,
        cache: { kind: config.cache.kind, reason: config.cache.reason, stats: cache?.stats() },
        failure: failure?.message,
        durationMs: deps.now() - started
      });
      await deps.writeSummary(markdown).catch((e) => log2.warning(`could not write the job summary: ${e.message}`));
    }
    await cache?.close().catch(() => void 0);
    await registry.close().catch(() => void 0);
    if (tempDir) await rm2(tempDir, { recursive: true, force: true }).catch(() => void 0);
    await sshAgents?.close();
    for (const d of [gitDir, namedGit?.dir, sshDir]) if (d) await rm2(d, { recursive: true, force: true }).catch(() => void 0);
  }
}

// src/inputs.ts
import path5 from "node:path";
var INPUT_DEFAULTS = {
  context: "",
  file: "",
  target: "",
  "build-args": "",
  images: "",
  tags: "",
  flavor: "",
  labels: "",
  annotations: "",
  "sep-tags": "",
  "sep-labels": "",
  "sep-annotations": "",
  "bake-target": "docker-metadata-action",
  push: "auto",
  registry: "",
  username: "",
  password: "",
  "registry-auth": "",
  "github-token": "",
  platforms: "",
  cache: "auto",
  "cache-mode": "max",
  "cache-scope": "",
  "no-cache": "false",
  "no-cache-filters": "",
  outputs: "",
  load: "false",
  "build-contexts": "",
  "cache-from": "",
  "cache-to": "",
  secrets: "",
  "secret-files": "",
  "secret-envs": "",
  network: "",
  call: "",
  "add-hosts": "",
  "shm-size": "",
  ulimit: "",
  // build-push-action's, taken so a step moved over as it is runs; each says what hoist does with it (compatNotices).
  provenance: "",
  sbom: "",
  attests: "",
  pull: "",
  builder: "",
  allow: "",
  ssh: "",
  "cgroup-parent": "",
  summary: "true"
};
function readInputs(get = (n) => getInput(n, { trimWhitespace: !n.startsWith("sep-") })) {
  const raw = {};
  for (const name of Object.keys(INPUT_DEFAULTS)) raw[name] = get(name) ?? "";
  return raw;
}
function secretValues(raw, env) {
  const out = [raw.password, raw["github-token"]];
  const auth = raw["registry-auth"];
  for (const m of auth.matchAll(/"password"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) out.push(m[1], m[1].replace(/\\(.)/g, "$1"));
  for (const m of auth.matchAll(/^[\s-]*password\s*:\s*(.+?)\s*$/gim)) out.push(m[1], m[1].replace(/^(['"])(.*)\1$/, "$2"));
  for (const { text } of inputLines(raw.secrets)) out.push(text.slice(text.indexOf("=") + 1));
  for (const { text } of inputItems(raw["secret-envs"])) out.push(env[text.slice(text.indexOf("=") + 1).trim()] ?? "");
  return out.filter((v) => v !== void 0 && v !== "");
}
function loadConfig(env, cwd, log2) {
  const raw = readInputs();
  maskAll(log2, secretValues(raw, env));
  return parseConfig(raw, env, cwd);
}
function isPullRequest(eventName) {
  return eventName === "pull_request" || eventName === "pull_request_target";
}
function defaultStateDir(env) {
  if (env.HOIST_STATE_DIR) return env.HOIST_STATE_DIR;
  if (env.RUNNER_TEMP) return path5.join(env.RUNNER_TEMP, "hoist");
  return path5.join(env.XDG_CACHE_HOME || path5.join(env.HOME || "/tmp", ".cache"), "hoist");
}
function cacheCompat(raw, workspace, notices) {
  const specs = ["cache-to", "cache-from"].flatMap((input) => inputLines(raw[input]).map(({ text, line }) => ({ input, text, where: `${input} line ${line}` })));
  let choice;
  try {
    choice = mapBuildxCache(specs, (p) => path5.resolve(workspace, p));
  } catch (e) {
    if (e instanceof BuildxCacheSpecError) throw new InputError(e.where, e.message);
    throw e;
  }
  if (!choice) return void 0;
  if (raw.cache.trim() && raw.cache.trim() !== "auto") {
    notices.push(`cache-from/cache-to ignored: the cache input (${raw.cache.trim()}) decides where the layer cache is`);
    return void 0;
  }
  if (choice.kind === "none") {
    notices.push(`cache-from/cache-to: ${choice.notice}; the cache input's default applies`);
    return void 0;
  }
  if (choice.kind === "gha") return { cache: "gha", mode: choice.mode, scope: choice.scope, reason: choice.reason };
  return { cache: choice.dir, mode: choice.mode, seedFrom: choice.seedFrom, reason: choice.reason };
}
function parseCall(value) {
  const v = value.trim() || "build";
  if (v !== "build" && v !== "check") throw new InputError("call", `expected build or check, got "${v}" (buildx's outline and targets are not supported)`);
  return v;
}
function parseCache(raw, env, workspace, notices = []) {
  const compat = cacheCompat(raw, workspace, notices);
  if (compat) {
    raw = { ...raw, cache: compat.cache ?? raw.cache, "cache-mode": raw["cache-mode"].trim() || compat.mode || "", "cache-scope": raw["cache-scope"].trim() || compat.scope || "" };
  }
  const choice = parseCacheInput(raw, env, workspace);
  if (!compat || choice.reason !== "input") return choice;
  return compat.seedFrom && choice.kind === "dir" ? { ...choice, seedFrom: compat.seedFrom, reason: compat.reason } : { ...choice, reason: compat.reason };
}
function parseCacheInput(raw, env, workspace) {
  const value = raw.cache.trim() || "auto";
  const modeText = raw["cache-mode"].trim() || "max";
  if (modeText !== "min" && modeText !== "max") throw new InputError("cache-mode", `expected min or max, got "${modeText}"`);
  const mode = modeText;
  const scope = raw["cache-scope"].trim() || void 0;
  const persistentDir = env.HOIST_CACHE_DIR || path5.join(env.XDG_CACHE_HOME || path5.join(env.HOME || "/tmp", ".cache"), "hoist", "cache");
  if (value === "auto") {
    if (env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL) return { kind: "gha", mode, scope, reason: "auto: the runner offers the Actions cache" };
    return { kind: "dir", dir: persistentDir, mode, scope, reason: "auto: no Actions cache service on this runner" };
  }
  if (value === "gha") return { kind: "gha", mode, scope, reason: "input" };
  if (["off", "false", "none"].includes(value)) return { kind: "off", mode, scope, reason: "input" };
  if (value === "dir") return { kind: "dir", dir: persistentDir, mode, scope, reason: "input" };
  if (value.includes("=")) {
    throw new InputError("cache", `expected gha, off, auto or a directory, got "${value}" (build-push-action's cache-from/cache-to syntax is not needed: hoist reads and writes the cache itself)`);
  }
  const dir = value.startsWith("~/") ? path5.join(env.HOME || "/", value.slice(2)) : path5.resolve(workspace, value);
  return { kind: "dir", dir, mode, scope, reason: "input" };
}
function lowerName(text) {
  const at = text.indexOf("@");
  const main = at < 0 ? text : text.slice(0, at);
  const colon = main.lastIndexOf(":");
  const cut = colon > main.lastIndexOf("/") ? colon : main.length;
  return main.slice(0, cut).toLowerCase() + main.slice(cut) + (at < 0 ? "" : text.slice(at));
}
function referenceAt(text, where, what = "") {
  try {
    return parseReference(text);
  } catch (e) {
    if (e instanceof InvalidReferenceError) throw new InputError(where, `${what}${e.message}`);
    throw e;
  }
}
function parseReferences(raw, notices) {
  const out = [];
  for (const { text, line } of inputLines(raw)) {
    const where = `tags line ${line}`;
    for (const item of text.split(",").map((s) => s.trim()).filter(Boolean)) {
      if (/^type=/i.test(item) || /,\s*type=/i.test(text)) {
        throw new InputError(where, `"${item}" is a metadata-action rule, which needs the images input; without images, tags lists full image references such as ghcr.io/owner/app:1.0`);
      }
      const lower = lowerName(item);
      out.push({ ref: referenceAt(lower, where), where });
      if (lower !== item) notices.push(`${where}: image name in "${item}" lower-cased to "${lower}"`);
    }
  }
  return out;
}
function parseLogins(raw) {
  const logins = [];
  const { registry, username, password } = { registry: raw.registry.trim(), username: raw.username.trim(), password: raw.password };
  if (username || password) {
    if (!username) throw new InputError("username", "is required when password is given");
    if (!password) throw new InputError("password", "is required when username is given");
    logins.push({ registry: registry || "docker.io", username, password, from: "username/password" });
  } else if (registry) {
    throw new InputError("registry", "needs username and password (or use registry-auth); for ghcr.io, github-token is used by default");
  }
  logins.push(...parseRegistryAuth(raw["registry-auth"]));
  return logins;
}
function parseSecrets(raw, env, workspace) {
  const out = [];
  for (const [id, value] of Object.entries(parsePairs("secrets", raw.secrets, { secret: true }))) out.push({ id, kind: "value", value });
  for (const [id, file] of Object.entries(parsePairs("secret-files", raw["secret-files"]))) out.push({ id, kind: "file", path: path5.resolve(workspace, file.trim()) });
  for (const { text, line } of inputItems(raw["secret-envs"])) {
    const eq = text.indexOf("=");
    if (eq <= 0) throw new InputError(`secret-envs line ${line}`, `expected ID=ENV_NAME, got "${text}"`);
    const name = text.slice(eq + 1).trim();
    const value = env[name];
    if (value === void 0) throw new InputError(`secret-envs line ${line}`, `environment variable ${name} is not set`);
    out.push({ id: text.slice(0, eq).trim(), kind: "value", value });
  }
  const seen = /* @__PURE__ */ new Set();
  for (const s of out) {
    if (seen.has(s.id)) throw new InputError("secrets", `secret id "${s.id}" is given twice`);
    seen.add(s.id);
  }
  return out;
}
function parseOutputsInput(value, workspace) {
  const outputs = [];
  const notices = [];
  const names = [];
  let push = false;
  let pushByDigest = false;
  for (const { text, line } of inputLines(value)) {
    let spec;
    try {
      spec = parseOutputSpec(text, workspace);
    } catch (e) {
      if (e instanceof OutputSpecError) throw new InputError(`outputs line ${line}`, e.message.replace(/^--output /, ""));
      throw e;
    }
    if (spec.names.length && !spec.push) throw new InputError(`outputs line ${line}`, `name= is taken for pushing outputs only (type=registry, type=image,push=true): a file output's image is named by the tags (or images) input`);
    for (const n of spec.names) names.push({ ref: referenceAt(lowerName(n), `outputs line ${line}`, `name "${n}": `), where: `outputs line ${line}` });
    if (spec.output) outputs.push(spec.output);
    push ||= spec.push;
    pushByDigest ||= spec.pushByDigest === true;
    if (spec.ignored.length) notices.push(`outputs line ${line}: ${spec.ignored.join(", ")} ignored`);
  }
  return { outputs, push, pushByDigest, names, notices };
}
function parseBuildContextsInput(value, workspace) {
  const out = /* @__PURE__ */ new Map();
  for (const { text, line } of inputLines(value)) {
    try {
      const [key, ctx] = parseNamedContext(text, workspace);
      if (out.has(key)) throw new NamedContextError(text, `the name "${key}" is given twice`);
      out.set(key, ctx);
    } catch (e) {
      if (e instanceof NamedContextError) throw new InputError(`build-contexts line ${line}`, e.message);
      throw e;
    }
  }
  return out;
}
function withLoad(outputs, load, env, platforms) {
  const all = load && !outputs.some((o) => o.kind === "load") ? [...outputs, { kind: "load" }] : outputs;
  if (!all.some((o) => o.kind === "load")) return all;
  const where = load ? "load" : "outputs";
  if (platforms > 1) throw new InputError(where, `loading into Docker takes one platform; platforms lists ${platforms}`);
  try {
    loadSocket(env.DOCKER_HOST);
  } catch (e) {
    throw new InputError(where, e.message);
  }
  return all;
}
function parsePlatformList(value, host) {
  const list = commaList(value);
  if (list.length === 0) return [host];
  return list.map((p) => {
    try {
      return parsePlatform(p);
    } catch (e) {
      throw new InputError("platforms", e.message);
    }
  });
}
function parseConfig(raw, env, cwd, host = hostPlatform()) {
  const notices = [];
  const workspace = env.GITHUB_WORKSPACE || cwd;
  let contextInput = raw.context.trim();
  const contextGiven = contextInput !== "";
  if (contextInput.includes("{{defaultContext}}")) {
    const def = defaultGitContext(env);
    if (!def) throw new InputError("context", "{{defaultContext}} needs GITHUB_REPOSITORY (it is the Git context of the workflow's repository)");
    contextInput = contextInput.replace("{{defaultContext}}", def);
  }
  let gitContext;
  try {
    gitContext = parseGitContext(contextInput);
  } catch (e) {
    if (e instanceof GitContextError) throw new InputError("context", e.message);
    throw e;
  }
  if (!gitContext && /^https?:\/\//i.test(contextInput)) {
    throw new InputError("context", `${redactUrl(contextInput)} is neither a directory nor a Git repository URL (one ending in .git); hoist does not build from remote tarballs`);
  }
  const fileInput = raw.file.trim();
  const context = gitContext ? "" : path5.resolve(workspace, contextInput || ".");
  const dockerfile = gitContext ? fileInput || "Dockerfile" : fileInput ? path5.resolve(workspace, fileInput) : path5.join(context, "Dockerfile");
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const pushText = raw.push.trim() || "auto";
  const outs = parseOutputsInput(raw.outputs, workspace);
  notices.push(...outs.notices);
  let push = pushText === "auto" ? !isPullRequest(eventName) : parseBool("push", pushText, true);
  let pushReason = pushText === "auto" ? push ? `default: push on ${eventName || "unknown"} events` : `default: no push on ${eventName} events` : "input";
  if (outs.push && !push) {
    if (pushText !== "auto") throw new InputError("outputs", "type=registry (or push=true) pushes, but the push input is false");
    push = true;
    pushReason = "outputs input (type=registry)";
  }
  const images = raw.images.trim();
  const sde = env.SOURCE_DATE_EPOCH?.trim();
  if (sde && !/^\d+$/.test(sde)) throw new InputError("SOURCE_DATE_EPOCH", `expected seconds since the epoch, got "${sde}"`);
  const config = {
    workspace,
    context,
    contextGiven,
    gitContext,
    dockerfile,
    dockerfileLabel: gitContext ? dockerfile : path5.relative(workspace, dockerfile) || dockerfile,
    fileGiven: fileInput !== "",
    target: raw.target.trim() || void 0,
    namedContexts: parseBuildContextsInput(raw["build-contexts"], workspace),
    buildArgs: parseBuildArgLines("build-args", raw["build-args"], env),
    meta: {
      images: raw.images,
      tags: images ? raw.tags : "",
      flavor: raw.flavor,
      labels: raw.labels,
      annotations: raw.annotations,
      sepTags: raw["sep-tags"] || void 0,
      sepLabels: raw["sep-labels"] || void 0,
      sepAnnotations: raw["sep-annotations"] || void 0
    },
    references: images ? void 0 : parseReferences(raw.tags, notices),
    bakeTarget: raw["bake-target"].trim() || INPUT_DEFAULTS["bake-target"],
    push,
    pushReason,
    pushByDigest: outs.pushByDigest,
    outputNames: outs.names,
    logins: parseLogins(raw),
    githubToken: raw["github-token"] || void 0,
    ssh: commaList(raw.ssh),
    platforms: parsePlatformList(raw.platforms, host),
    platformsGiven: commaList(raw.platforms).length > 0,
    cache: parseCache(raw, env, workspace, notices),
    call: parseCall(raw.call),
    noCache: parseBool("no-cache", raw["no-cache"], false),
    noCacheFilters: commaList(raw["no-cache-filters"]),
    outputs: withLoad(outs.outputs, parseBool("load", raw.load, false), env, parsePlatformList(raw.platforms, host).length),
    secrets: parseSecrets(raw, env, workspace),
    network: raw.network.trim() ? runOption("network", () => parseNetworkMode(raw.network)) : void 0,
    extraHosts: commaList(raw["add-hosts"]).map((h) => runOption("add-hosts", () => parseExtraHost(h))),
    ulimits: inputLines(raw.ulimit).map((l) => runOption("ulimit", () => parseUlimit(l.text))),
    shmSize: raw["shm-size"].trim() ? runOption("shm-size", () => parseShmSize(raw["shm-size"])) : void 0,
    sourceDateEpoch: sde ? Number(sde) : void 0,
    provenance: parseProvenanceInputs(raw, env),
    stateDir: defaultStateDir(env),
    summary: parseBool("summary", raw.summary, true),
    eventName
  };
  notices.push(...compatNotices(raw));
  return { config, notices };
}
function runOption(input, parse) {
  try {
    return parse();
  } catch (e) {
    if (e instanceof RunOptionError) throw new InputError(input, e.message);
    throw e;
  }
}
function parseProvenanceInputs(raw, env) {
  let out;
  const take = (input, value) => {
    try {
      out = parseProvenance(value);
    } catch (e) {
      if (e instanceof ProvenanceSpecError) throw new InputError(input, e.message);
      throw e;
    }
  };
  take("provenance", raw.provenance);
  for (const { text } of inputLines(raw.attests)) {
    if (attestType(text) === "provenance") take("attests", text);
  }
  if (!out) return void 0;
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  if (!out.builderId && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) out.builderId = `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  if (env.GITHUB_REPOSITORY) out.vcs = { source: `${server}/${env.GITHUB_REPOSITORY}`, ...env.GITHUB_SHA ? { revision: env.GITHUB_SHA } : {} };
  return out;
}
function compatNotices(raw) {
  const out = [];
  const off = (v) => ["", "false", "0"].includes(v.trim().toLowerCase());
  if (!off(raw.sbom)) out.push(`sbom: hoist writes no SBOM attestation; "${raw.sbom.trim()}" ignored`);
  for (const { text, line } of inputLines(raw.attests)) {
    if (attestType(text) !== "provenance") out.push(`attests line ${line}: hoist writes provenance attestations only; "${text}" ignored`);
  }
  if (raw.builder.trim()) out.push(`builder: hoist builds itself (no buildx builder); "${raw.builder.trim()}" ignored`);
  const allow = commaList(raw.allow).filter((e) => e !== "network.host");
  if (allow.length) out.push(`allow: ${allow.join(", ")} not granted: hoist runs every RUN in its sandbox (RUN --security=insecure included)`);
  if (raw["cgroup-parent"].trim()) out.push("cgroup-parent: not applied to RUN steps by hoist; ignored");
  return out;
}

// src/main.ts
var log = {
  info,
  debug,
  notice: (m, at) => notice(m, at ?? {}),
  warning: (m, at) => warning(m, at ?? {}),
  error: (m, at) => error(m, at ?? {}),
  startGroup,
  endGroup,
  setSecret
};
async function run(signal) {
  try {
    const result = await runAction(() => loadConfig(process.env, process.cwd(), log), {
      env: process.env,
      cwd: process.cwd(),
      log,
      now: Date.now,
      setOutput,
      exportVariable,
      writeSummary: async (md) => void (process.env.GITHUB_STEP_SUMMARY && await summary.addRaw(md).write()),
      signal
    });
    if (!result.ok) process.exitCode = 1;
  } catch (e) {
    setFailed(`hoist: unexpected error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }
}

// src/index.ts
var controller = new AbortController();
for (const sig of ["SIGINT", "SIGTERM"]) process.once(sig, () => controller.abort(new Error(`cancelled (${sig})`)));
await run(controller.signal);
process.exit();
