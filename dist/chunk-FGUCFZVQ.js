import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  parseGoBool,
  parseMount,
  splitCsv,
  suggest,
  withSuggestion
} from "./chunk-TLRXKYUH.js";
import {
  formatPlatform,
  goReferenceError,
  normalizePlatform,
  parsePlatform,
  parsePlatformSpecifier,
  parseReference
} from "./chunk-6TECYTNY.js";
import {
  goTrimSpace,
  resolveInRoot
} from "./chunk-4PIROPUP.js";
import {
  parseDigest
} from "./chunk-A2LCJWYG.js";

// src/context/git-context.ts
import { spawn } from "node:child_process";
import { lstat, mkdir, readFile, realpath, rm, stat } from "node:fs/promises";
import path from "node:path";
var GitContextError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GitContextError";
  }
};
function redactUrl(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, "$1***@");
}
function isRemoteSource(src) {
  if (/^https?:\/\//.test(src)) return true;
  try {
    return parseGitContext(src) !== void 0;
  } catch {
    return false;
  }
}
function parseGitContext(s) {
  let text = s.trim();
  const github = text.startsWith("github.com/");
  if (github) text = `https://${text}`;
  const scp = /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:/.test(text) && !/^[a-z]+:\/\//i.test(text);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (!scp && !["git", "ssh", "http", "https"].includes(scheme ?? "")) return void 0;
  const hash = text.indexOf("#");
  const base2 = hash >= 0 ? text.slice(0, hash) : text;
  const fragment = hash >= 0 ? text.slice(hash + 1) : void 0;
  const q = base2.indexOf("?");
  const url = q >= 0 ? base2.slice(0, q) : base2;
  const query = q >= 0 ? new URLSearchParams(base2.slice(q + 1)) : void 0;
  if (scheme === "http" || scheme === "https") {
    let pathname;
    try {
      pathname = new URL(url).pathname;
    } catch {
      return void 0;
    }
    if (!pathname.endsWith(".git") && !github) return void 0;
  }
  let ref;
  let subdir;
  let keepGitDir;
  let submodules;
  if (fragment !== void 0 && query) throw new GitContextError(`${redactUrl(s)}: a Git context takes a #REF:DIR fragment or a query, not both`);
  if (fragment !== void 0) {
    const colon = fragment.indexOf(":");
    ref = colon >= 0 ? fragment.slice(0, colon) : fragment;
    subdir = colon >= 0 ? fragment.slice(colon + 1) : void 0;
  } else if (query) {
    for (const key of query.keys()) {
      if (!["ref", "branch", "tag", "subdir", "keep-git-dir", "submodules", "checksum"].includes(key)) throw new GitContextError(`${redactUrl(s)}: unknown Git context query parameter "${key}"`);
    }
    const refs = ["ref", "branch", "tag"].filter((k) => query.has(k));
    if (refs.length > 1) throw new GitContextError(`${redactUrl(s)}: give one of ref=, branch= and tag=`);
    const r = refs[0];
    if (r && !query.get(r)) throw new GitContextError(`${redactUrl(s)}: ${r}= is empty`);
    ref = r === "branch" ? `refs/heads/${query.get(r)}` : r === "tag" ? `refs/tags/${query.get(r)}` : r ? query.get(r) : void 0;
    subdir = query.get("subdir") ?? void 0;
    const bool2 = (k) => {
      if (!query.has(k)) return void 0;
      const v = query.get(k).toLowerCase();
      if (["true", "1", ""].includes(v)) return true;
      if (["false", "0"].includes(v)) return false;
      throw new GitContextError(`${redactUrl(s)}: ${k}= takes true or false, got "${query.get(k)}"`);
    };
    keepGitDir = bool2("keep-git-dir");
    submodules = bool2("submodules");
    if (query.has("checksum")) throw new GitContextError(`${redactUrl(s)}: checksum= is not supported; give the commit id as ref=`);
  }
  ref = ref || void 0;
  if (subdir !== void 0) {
    const clean = path.posix.normalize(subdir.replace(/^\/+/, ""));
    if (clean === ".." || clean.startsWith("../")) throw new GitContextError(`${redactUrl(s)}: the context directory "${subdir}" leaves the repository`);
    subdir = clean === "." || clean === "" ? void 0 : clean.replace(/\/+$/, "");
  }
  if (ref !== void 0 && (ref.startsWith("-") || /[\s\\~^?*[\x00-\x1f]|\.\.|@\{/.test(ref))) throw new GitContextError(`${redactUrl(s)}: "${ref}" is not a Git ref or commit id`);
  return { url, ref, subdir, ...keepGitDir !== void 0 ? { keepGitDir } : {}, ...submodules !== void 0 ? { submodules } : {} };
}
function keepGitDirArg(buildArgs) {
  return /^(1|true)$/i.test(buildArgs.BUILDKIT_CONTEXT_KEEP_GIT_DIR ?? "");
}
function formatGitContext(g) {
  const frag = g.ref || g.subdir ? `#${g.ref ?? ""}${g.subdir ? `:${g.subdir}` : ""}` : "";
  return `${redactUrl(g.url)}${frag}`;
}
function defaultGitContext(env) {
  const repo = env.GITHUB_REPOSITORY;
  if (!repo) return void 0;
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const sha = env.GITHUB_SHA ?? "";
  let ref = env.GITHUB_REF ?? "";
  if (sha && ref && !ref.startsWith("refs/")) ref = `refs/heads/${ref}`;
  if (sha && !ref.startsWith("refs/pull/")) ref = sha;
  if (/^(true|1)$/i.test(env.DOCKER_DEFAULT_GIT_CONTEXT_PR_HEAD_REF ?? "")) ref = ref.replace(/^(refs\/pull\/\d+)\/merge$/, "$1/head");
  return `${server}/${repo}.git#${ref}`;
}
async function gitAuthToken(g, secret) {
  if (!/^https?:\/\//i.test(g.url)) return void 0;
  const host = new URL(g.url).host;
  return await secret(`GIT_AUTH_TOKEN.${host}`) ?? await secret("GIT_AUTH_TOKEN");
}
function secretFileReader(secrets) {
  return async (id) => secrets[id] ? (await readFile(secrets[id], "utf8")).trim() : void 0;
}
var PASS_ENV = ["PATH", "HOME", "SSH_AUTH_SOCK", "GIT_SSH_COMMAND", "GIT_SSH", "http_proxy", "https_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "ALL_PROXY", "all_proxy", "SSL_CERT_FILE", "SSL_CERT_DIR", "GIT_SSL_CAINFO"];
function gitEnv(g, opts) {
  const out = { LC_ALL: "C", GIT_TERMINAL_PROMPT: "0", GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", GIT_ASKPASS: "/bin/false", SSH_ASKPASS: "/bin/false", GIT_ALLOW_PROTOCOL: "https:http:ssh:git" };
  for (const k of PASS_ENV) if (opts.env[k] !== void 0) out[k] = opts.env[k];
  out.PATH ??= "/usr/local/bin:/usr/bin:/bin";
  const origin = /^https?:\/\//i.test(g.url) ? new URL(g.url).origin : void 0;
  if (opts.token && origin) {
    out.GIT_CONFIG_PARAMETERS = `'http.${origin}/.extraheader=Authorization: basic ${Buffer.from(`x-access-token:${opts.token}`).toString("base64")}'`;
  }
  return out;
}
function git(args, cwd, env, signal) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], signal });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => stdout += d.toString("utf8"));
    child.stderr.on("data", (d) => stderr += d.toString("utf8"));
    child.on("error", (e) => reject(e.code === "ENOENT" ? new GitContextError("a Git context needs git on the PATH") : e));
    child.on("close", (code) => resolve({ code: code ?? 128, stdout, stderr: stderr.trim() }));
  });
}
var isCommitId = (ref) => /^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(ref);
function gitFailure(g, doing, r, token) {
  const said = r.stderr.split("\n").filter(Boolean).slice(-3).join(" ") || `exit ${r.code}`;
  const hint = /could not read Username|Authentication failed|terminal prompts disabled/.test(r.stderr) ? token ? " (the server refused the token)" : " (the server wants credentials: give a token)" : "";
  return new GitContextError(`Git context ${formatGitContext(g)}: ${doing} failed${hint}: ${said}`);
}
async function isInside(p, dir) {
  const root = await realpath(dir);
  return p === root || p.startsWith(`${root}/`);
}
async function assertInsideCheckout(file, checkout, what) {
  const real = await realpath(file).catch(() => void 0);
  if (real && !await isInside(real, checkout)) throw new GitContextError(`${what} leads out of the Git context (a symlink to ${real})`);
}
async function fetchGitContext(g, dest, opts) {
  const env = gitEnv(g, opts);
  const what = formatGitContext(g);
  const failure = (doing, r) => gitFailure(g, doing, r, opts.token);
  const run = async (args, doing) => {
    const r = await git(args, dest, env, opts.signal);
    if (r.code !== 0) throw failure(doing, r);
    return r.stdout;
  };
  const started = Date.now();
  await mkdir(dest, { recursive: true });
  await run(["init", "-q"], "git init");
  const ref = g.ref ?? "HEAD";
  const isCommit = isCommitId(ref);
  const refspec = isCommit || ref === "HEAD" ? ref : `+${ref}:refs/tags/${ref}`;
  let fetched = await git(["fetch", "-q", "--depth=1", "--no-tags", "--", g.url, refspec], dest, env, opts.signal);
  if (fetched.code !== 0 && !isCommit && /dumb http transport does not support shallow/i.test(fetched.stderr)) fetched = await git(["fetch", "-q", "--no-tags", "--", g.url, refspec], dest, env, opts.signal);
  if (fetched.code !== 0) {
    if (!isCommit) throw failure(`fetching ${ref}`, fetched);
    await run(["fetch", "-q", "--", g.url, "+refs/heads/*:refs/remotes/origin/*", "+refs/tags/*:refs/tags/*"], `fetching ${ref}`);
  }
  await run(["-c", "advice.detachedHead=false", "checkout", "-q", "--detach", fetched.code === 0 ? "FETCH_HEAD" : ref], `checking out ${ref}`);
  if (g.keepGitDir && redactUrl(g.url) === g.url) await run(["remote", "add", "origin", g.url], "naming the remote");
  if (opts.onCommit) opts.onCommit((await run(["rev-parse", "HEAD"], "reading the commit")).trim());
  if (g.submodules !== false && await stat(path.join(dest, ".gitmodules")).then(() => true, () => false)) {
    await run(["submodule", "update", "-q", "--init", "--recursive", "--depth=1"], "updating submodules");
    if (!g.keepGitDir) {
      const paths = await run(["submodule", "foreach", "-q", "--recursive", 'printf "%s\\0" "$displaypath"'], "listing submodules");
      for (const p of paths.split("\0").filter(Boolean)) {
        const gitFile = path.resolve(dest, p, ".git");
        if (gitFile.startsWith(`${path.resolve(dest)}/`)) await rm(gitFile, { force: true, recursive: true });
      }
    }
  }
  if (!g.keepGitDir) await rm(path.join(dest, ".git"), { recursive: true, force: true });
  opts.log?.(`Git context ${what}: fetched in ${((Date.now() - started) / 1e3).toFixed(1)} s`);
  if (!g.subdir) return dest;
  const dir = path.join(dest, g.subdir);
  const st = await lstat(dir).catch(() => void 0);
  const real = st ? await realpath(dir).catch(() => void 0) : void 0;
  if (!real || !await isInside(real, dest)) throw new GitContextError(`Git context ${what}: there is no directory ${g.subdir} in the repository`);
  if (!(await stat(real)).isDirectory()) throw new GitContextError(`Git context ${what}: ${g.subdir} is not a directory`);
  return real;
}
function commitFromLsRemote(out, ref) {
  const refs = /* @__PURE__ */ new Map();
  for (const line of out.split("\n")) {
    const m = /^([0-9a-f]{40}|[0-9a-f]{64})\t(\S+)$/.exec(line.trim());
    if (m) refs.set(m[2], m[1]);
  }
  for (const name of [ref, `refs/${ref}`, `refs/tags/${ref}`, `refs/heads/${ref}`, `refs/remotes/${ref}`, `refs/remotes/${ref}/HEAD`]) {
    const id = refs.get(`${name}^{}`) ?? refs.get(name);
    if (id) return id;
  }
  return void 0;
}
async function resolveGitCommit(g, opts) {
  const ref = g.ref ?? "HEAD";
  if (isCommitId(ref)) return ref;
  const r = await git(["ls-remote", "--", g.url, ref, `${ref}^{}`], "/", gitEnv(g, opts), opts.signal);
  if (r.code !== 0) throw gitFailure(g, "listing its refs", r, opts.token);
  return commitFromLsRemote(r.stdout, ref);
}
function namedGitContextFetcher(parent, opts) {
  const fetched = /* @__PURE__ */ new Map();
  return (g) => {
    const key = JSON.stringify(g);
    let p = fetched.get(key);
    if (!p) {
      const dest = path.join(parent, `named-${fetched.size}`);
      p = (async () => fetchGitContext(g, dest, { ...opts, token: opts.tokenFor ? await opts.tokenFor(g) : opts.token }))();
      fetched.set(key, p);
    }
    return p;
  };
}

// src/dockerfile/named-contexts.ts
import { statSync } from "node:fs";
import path2 from "node:path";
var NamedContextError = class extends Error {
  constructor(spec, detail) {
    super(`build context "${spec}": ${detail}`);
    this.spec = spec;
    this.name = "NamedContextError";
  }
  spec;
};
function contextKey(name) {
  try {
    return String(parseReference(name, { defaultTag: null })).replace(/:latest$/, "");
  } catch {
    return void 0;
  }
}
function localContextProblem(name, ctx) {
  if (ctx.kind !== "local") return void 0;
  const st = statSync(ctx.dir, { throwIfNoEntry: false });
  return st?.isDirectory() ? void 0 : `failed to get build context ${name}: ${ctx.dir}: ${st ? "not a directory" : "no such file or directory"}`;
}
function parseNamedContext(spec, cwd) {
  const eq = spec.indexOf("=");
  if (eq <= 0) throw new NamedContextError(spec, "expected NAME=VALUE (VALUE a directory, docker-image://REF or oci-layout://DIR)");
  const name = spec.slice(0, eq).trim();
  const value = spec.slice(eq + 1).trim();
  const key = contextKey(name);
  if (!key) throw new NamedContextError(spec, `"${name}" is not a valid context name (a stage name or an image reference)`);
  if (value === "") throw new NamedContextError(spec, "empty value");
  if (value.startsWith("docker-image://")) {
    const ref = value.slice("docker-image://".length);
    try {
      parseReference(ref);
    } catch (e) {
      throw new NamedContextError(spec, e.message);
    }
    return [key, { kind: "image", ref }];
  }
  if (value.startsWith("oci-layout://")) return [key, parseLayoutContext(spec, value.slice("oci-layout://".length), cwd)];
  let git2;
  try {
    git2 = parseGitContext(value);
  } catch (e) {
    throw new NamedContextError(spec, e.message);
  }
  if (git2) return [key, { kind: "git", git: git2 }];
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    const scheme = value.slice(0, value.indexOf(":"));
    throw new NamedContextError(spec, `${scheme}:// contexts are not supported: give a directory, a Git URL (ending in .git), docker-image://REF or oci-layout://DIR`);
  }
  if (/^target:/.test(value)) throw new NamedContextError(spec, "target: contexts (docker buildx bake) are not supported: give a directory, docker-image://REF or oci-layout://DIR");
  return [key, { kind: "local", dir: path2.resolve(cwd, value) }];
}
function parseLayoutContext(spec, rest, cwd) {
  const at = rest.indexOf("@");
  const digest = at < 0 ? void 0 : rest.slice(at + 1);
  const dirTag = at < 0 ? rest : rest.slice(0, at);
  const colon = dirTag.indexOf(":");
  const dir = colon < 0 ? dirTag : dirTag.slice(0, colon);
  const tag = colon < 0 ? "latest" : dirTag.slice(colon + 1);
  if (dir === "") throw new NamedContextError(spec, "oci-layout:// needs a directory");
  if (digest !== void 0) {
    try {
      parseDigest(digest);
    } catch (e) {
      throw new NamedContextError(spec, e.message);
    }
  }
  return { kind: "oci-layout", dir: path2.resolve(cwd, dir), tag, ...digest !== void 0 ? { digest } : {} };
}
function parseNamedContexts(specs, cwd) {
  const out = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    const [key, ctx] = parseNamedContext(spec, cwd);
    if (out.has(key)) throw new NamedContextError(spec, `the name "${key}" is given twice`);
    out.set(key, ctx);
  }
  return out;
}
function lookupNamedContext(contexts, name) {
  if (!contexts?.size) return void 0;
  const key = contextKey(name);
  return key === void 0 ? void 0 : contexts.get(key);
}

// src/context/dockerignore.ts
import { lstat as lstat2, readdir, readFile as readFile2 } from "node:fs/promises";
import path3 from "node:path";
function cleanPath(p) {
  if (p === "") return ".";
  const rooted = p.startsWith("/");
  const out = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
      continue;
    }
    out.push(part);
  }
  const s = (rooted ? "/" : "") + out.join("/");
  return s === "" ? "." : s;
}
function parseDockerignore(text) {
  const out = [];
  const lines = text.split("\n");
  if (lines.some((l) => Buffer.byteLength(l) >= 65536)) throw new Error("failed parsing .dockerignore: bufio.Scanner: token too long");
  lines.forEach((raw, i) => {
    let line = i === 0 && raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line.startsWith("#")) return;
    let pattern = goTrimSpace(line);
    if (pattern === "") return;
    const invert = pattern.startsWith("!");
    if (invert) pattern = goTrimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith("/")) pattern = pattern.slice(1);
    }
    out.push(invert ? `!${pattern}` : pattern);
  });
  return out;
}
function validatePattern(p) {
  const bad = () => new Error(`syntax error in pattern: ${p}`);
  const chars = Array.from(p);
  let i = 0;
  const getEsc = () => {
    if (i >= chars.length || chars[i] === "-" || chars[i] === "]") throw bad();
    if (chars[i] === "\\") {
      i++;
      if (i >= chars.length) throw bad();
    }
    i++;
    if (i >= chars.length) throw bad();
  };
  while (i < chars.length) {
    const c = chars[i];
    if (c === "\\") {
      i += 2;
      if (i > chars.length) throw bad();
    } else if (c === "[") {
      i++;
      if (chars[i] === "^") i++;
      let n = 0;
      for (; ; ) {
        if (i < chars.length && chars[i] === "]" && n > 0) {
          i++;
          break;
        }
        getEsc();
        if (chars[i] === "-") {
          i++;
          getEsc();
        }
        n++;
      }
    } else i++;
  }
}
var escapeRe = (c) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
var GO_ESCAPES = {
  a: "\\x07",
  f: "\\f",
  t: "\\t",
  n: "\\n",
  r: "\\r",
  v: "\\v",
  A: "^",
  z: "$",
  b: "\\b",
  B: "\\B",
  d: "[0-9]",
  D: "[^0-9]",
  w: "[0-9A-Za-z_]",
  W: "[^0-9A-Za-z_]",
  s: "[\\t\\n\\f\\r ]",
  S: "[^\\t\\n\\f\\r ]"
};
var GO_CLASS_ESCAPES = { a: "\\x07", f: "\\f", t: "\\t", n: "\\n", r: "\\r", v: "\\v", d: "0-9", w: "0-9A-Za-z_", s: "\\t\\n\\f\\r " };
function compile(pattern, exclusion) {
  let re = "^";
  let inClass = false;
  let type = "exact";
  const chars = Array.from(pattern);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === "*") {
      if (chars[i + 1] === "*") {
        i++;
        if (chars[i + 1] === "/") i++;
        if (i + 1 >= chars.length) {
          if (type === "exact") type = "prefix";
          else {
            re += ".*";
            type = "regexp";
          }
        } else {
          re += "(.*/)?";
          type = "regexp";
        }
        if (startIndexOf(chars, i) === 0) type = "suffix";
      } else {
        re += "[^/]*";
        type = "regexp";
      }
    } else if (ch === "?") {
      re += "[^/]";
      type = "regexp";
    } else if (".+()|{}$".includes(ch)) {
      re += `\\${ch}`;
    } else if (ch === "\\") {
      if (i + 1 < chars.length) {
        const next = chars[++i];
        re += (inClass ? GO_CLASS_ESCAPES[next] : GO_ESCAPES[next]) ?? escapeRe(next);
        type = "regexp";
      } else re += "\\\\";
    } else if (ch === "[" || ch === "]") {
      re += ch;
      inClass = ch === "[";
      type = "regexp";
    } else {
      re += ch;
    }
  }
  let regexp;
  if (type === "regexp") {
    try {
      regexp = new RegExp(`${re}$`);
    } catch {
      regexp = void 0;
    }
  }
  const match = (p) => {
    switch (type) {
      case "exact":
        return p === pattern;
      case "prefix":
        return p.startsWith(pattern.slice(0, -2));
      case "suffix": {
        const suffix = pattern.slice(2);
        if (p.endsWith(suffix)) return true;
        return suffix.startsWith("/") && p === suffix.slice(1);
      }
      case "regexp":
        return regexp !== void 0 && regexp.test(p);
    }
  };
  return { pattern, exclusion, match };
}
function startIndexOf(chars, i) {
  const end = chars[i] === "/" ? i - 1 : i;
  return end - 1;
}
var IgnoreMatcher = class {
  /** Compiles patterns as `parseDockerignore` returns them; throws on an invalid pattern. */
  constructor(patterns, source) {
    this.source = source;
    this.patterns = [];
    for (let p of patterns) {
      p = goTrimSpace(p);
      if (p === "") continue;
      p = cleanPath(p);
      let exclusion = false;
      if (p.startsWith("!")) {
        if (p.length === 1) throw new Error('illegal exclusion pattern: "!"');
        exclusion = true;
        p = p.slice(1);
      }
      validatePattern(p);
      this.patterns.push(compile(p, exclusion));
    }
    this.hasExclusions = this.patterns.some((p) => p.exclusion);
    this.onlyPrefixExceptions = !this.patterns.some((p) => p.exclusion && /[*[\]?^\\]/.test(withoutTrailingGlob(p.pattern)));
  }
  source;
  patterns;
  /** True when some pattern is an exception (`!`). */
  hasExclusions;
  /** False when some exception has wildcards: then no excluded directory may be skipped. */
  onlyPrefixExceptions;
  /** Matches one path given its parent directory's results (patternmatcher `MatchesUsingParentResults`). */
  matchWithParent(relPath, parent) {
    let matched = false;
    const info = new Array(this.patterns.length).fill(false);
    this.patterns.forEach((pat, i) => {
      let m = parent ? parent[i] : false;
      if (!m) {
        if (pat.exclusion !== matched) return;
        m = pat.match(relPath);
        if (!m && !parent) {
          const dir = path3.posix.dirname(relPath);
          if (dir !== ".") {
            const parts = dir.split("/");
            for (let j = 1; j <= parts.length && !m; j++) m = pat.match(parts.slice(0, j).join("/"));
          }
        }
      }
      info[i] = m;
      if (m) matched = !pat.exclusion;
    });
    return { ignored: matched, info };
  }
  /** True when the context path (slash-separated, relative to the context root) is excluded. */
  ignores(relPath, _isDir = false) {
    const clean = cleanPath(relPath.replace(/^\/+/, ""));
    if (clean === "." || this.patterns.length === 0) return false;
    let info;
    let ignored = false;
    const parts = clean.split("/");
    for (let j = 1; j <= parts.length; j++) {
      const r = this.matchWithParent(parts.slice(0, j).join("/"), info);
      info = r.info;
      ignored = r.ignored;
    }
    return ignored;
  }
  /** True when an excluded directory can be skipped whole: no exception could re-include anything under it. */
  shouldSkipDir(relDir) {
    if (!this.ignores(relDir, true) || !this.onlyPrefixExceptions) return false;
    if (!this.hasExclusions) return true;
    const dirSlash = `${cleanPath(relDir)}/`;
    return !this.patterns.some((p) => p.exclusion && `${withoutTrailingGlob(p.pattern)}/`.startsWith(dirSlash));
  }
};
function withoutTrailingGlob(p) {
  if (p.endsWith("/**")) p = p.slice(0, -3);
  if (p.endsWith("/*")) p = p.slice(0, -2);
  return p;
}
async function loadDockerignore(contextDir, dockerfilePath, before = []) {
  const inContext = (await resolveInRoot(contextDir, "/.dockerignore").catch(() => void 0))?.hostPath;
  const candidates = [...dockerfilePath ? [`${dockerfilePath}.dockerignore`] : [], ...inContext ? [inContext] : []];
  for (const file of candidates) {
    let text;
    try {
      text = await readFile2(file, "utf8");
    } catch (e) {
      if (["ENOENT", "ENOTDIR", "EISDIR"].includes(e.code ?? "")) continue;
      throw e;
    }
    try {
      return new IgnoreMatcher([...before, ...parseDockerignore(text)], file);
    } catch (e) {
      throw new Error(`${file}: ${e.message}`);
    }
  }
  return new IgnoreMatcher([...before]);
}
async function listContextFiles(contextDir, matcher) {
  const out = [];
  const walk = async (absDir, relDir, info, parents) => {
    const names = (await readdir(absDir)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    for (const name of names) {
      const rel = relDir ? `${relDir}/${name}` : name;
      const st = await lstat2(path3.join(absDir, name));
      const type = st.isDirectory() ? "dir" : st.isFile() ? "file" : st.isSymbolicLink() ? "symlink" : "other";
      const r = matcher.patterns.length ? matcher.matchWithParent(rel, info) : { ignored: false, info: [] };
      if (r.ignored && type === "dir" && matcher.shouldSkipDir(rel)) continue;
      if (!r.ignored) {
        for (const p of parents) {
          if (!p.emitted) {
            out.push({ path: p.rel, type: "dir" });
            p.emitted = true;
          }
        }
        out.push({ path: rel, type });
      }
      if (type === "dir") await walk(path3.join(absDir, name), rel, r.info, [...parents, { rel, emitted: !r.ignored }]);
    }
  };
  await walk(contextDir, "", void 0, []);
  return out;
}

// src/context/context.ts
import { existsSync, lstatSync, readdirSync, readlinkSync } from "node:fs";
import path4 from "node:path";
import { realpath as realpath2 } from "node:fs/promises";

// src/context/glob.ts
var BadPatternError = class extends Error {
  constructor(pattern) {
    super(`syntax error in pattern "${pattern}"`);
    this.pattern = pattern;
    this.name = "BadPatternError";
  }
  pattern;
};
var cache = /* @__PURE__ */ new Map();
function escapeRe2(ch, inClass = false) {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) || inClass && ch === "-" ? `\\${ch}` : ch;
}
function compileComponent(pattern) {
  const hit = cache.get(pattern);
  if (hit) return hit;
  let re = "";
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "\\") {
      i++;
      if (i >= chars.length) throw new BadPatternError(pattern);
      re += escapeRe2(chars[i]);
    } else if (c === "[") {
      i++;
      let cls = "";
      if (chars[i] === "^") {
        cls += "^";
        i++;
      }
      let first = true;
      for (; ; ) {
        if (i >= chars.length) throw new BadPatternError(pattern);
        let ch = chars[i];
        if (ch === "]" && !first) break;
        first = false;
        if (ch === "\\") {
          i++;
          if (i >= chars.length) throw new BadPatternError(pattern);
          ch = chars[i];
        }
        let lo = ch;
        let hi = ch;
        if (chars[i + 1] === "-" && chars[i + 2] !== void 0 && chars[i + 2] !== "]") {
          i += 2;
          hi = chars[i];
          if (hi === "\\") {
            i++;
            if (i >= chars.length) throw new BadPatternError(pattern);
            hi = chars[i];
          }
          if (hi < lo) throw new BadPatternError(pattern);
        }
        cls += lo === hi ? escapeRe2(lo, true) : `${escapeRe2(lo, true)}-${escapeRe2(hi, true)}`;
        i++;
      }
      if (cls === "" || cls === "^") throw new BadPatternError(pattern);
      re += cls.startsWith("^") ? `(?![/])[${cls}]` : `[${cls}]`;
    } else re += escapeRe2(c);
  }
  const compiled = new RegExp(`^${re}$`, "su");
  cache.set(pattern, compiled);
  return compiled;
}
function hasWildcards(pattern) {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "*" || c === "?" || c === "[") return true;
  }
  return false;
}
function unescapeLiteral(pattern) {
  return pattern.replace(/\\(.)/gsu, "$1");
}

// src/context/tree.ts
var SourceNotFoundError = class extends Error {
  /** `resolved`: the path after the tree's symlinks, which BuildKit names (`"/shared/config.yml": not found`). */
  constructor(source, where, resolved) {
    super(`"${source}" not found in ${where}`);
    this.source = source;
    this.resolved = resolved;
    this.name = "SourceNotFoundError";
  }
  source;
  resolved;
};
var WildcardDirMissingError = class extends Error {
  constructor(source, dir, where) {
    super(`lstat /${dir}: no such file or directory (the directory of "${source}" in ${where})`);
    this.source = source;
    this.name = "WildcardDirMissingError";
  }
  source;
};
function cleanSource(rel) {
  const out = [];
  for (const p of rel.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") out.pop();
    else out.push(p);
  }
  return out.join("/");
}
async function resolveSourceIn(tree, source, where, opts = {}) {
  const cleaned = cleanSource(source);
  if (!hasWildcards(cleaned)) {
    const rel = cleanSource(unescapeLiteral(cleaned));
    const resolved = rel === "" ? "" : await tree.resolve(rel);
    if (rel !== "" && !await tree.lstat(resolved)) throw new SourceNotFoundError(source, where, resolved);
    return [rel];
  }
  const parts = cleaned.split("/");
  const first = parts.findIndex((p) => hasWildcards(p));
  const base2 = cleanSource(parts.slice(0, first).map(unescapeLiteral).join("/"));
  const patterns = parts.slice(first).map((p) => compileComponent(p));
  const globstar = parts.slice(first).map((p) => opts.globstar === true && p === "**");
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = async (dirRel, depth, shownPrefix) => {
    if (globstar[depth] && depth < patterns.length - 1) {
      await visit(dirRel, depth + 1, shownPrefix);
      for (const name of await tree.readdir(dirRel)) {
        const childRel = dirRel === "" ? name : `${dirRel}/${name}`;
        const st2 = await tree.lstat(await tree.resolve(childRel));
        if (st2?.type === "dir") await visit(await tree.resolve(childRel), depth, shownPrefix === "" ? name : `${shownPrefix}/${name}`);
      }
      return;
    }
    for (const name of await tree.readdir(dirRel)) {
      if (!patterns[depth].test(name)) continue;
      const childRel = dirRel === "" ? name : `${dirRel}/${name}`;
      const shown = shownPrefix === "" ? name : `${shownPrefix}/${name}`;
      if (depth === patterns.length - 1) {
        if (!seen.has(shown)) {
          seen.add(shown);
          out.push(shown);
        }
      } else {
        const st2 = await tree.lstat(await tree.resolve(childRel));
        if (st2?.type === "dir") await visit(await tree.resolve(childRel), depth + 1, shown);
      }
    }
  };
  const baseResolved = await tree.resolve(base2);
  const st = baseResolved === "" ? { type: "dir" } : await tree.lstat(baseResolved);
  if (!st) throw new WildcardDirMissingError(source, base2, where);
  if (st.type === "dir") await visit(baseResolved, 0, base2);
  return out;
}

// src/context/context.ts
var lstatOrUndefined = (p) => {
  try {
    return lstatSync(p, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
};
var EMPTY_FILE = "/dev/null";
var ContextPathError = class extends Error {
  constructor(source, reason, separator = "") {
    super(`"${source}"${separator} ${reason}`);
    this.source = source;
    this.name = "ContextPathError";
  }
  source;
};
function byteOrder(a, b) {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
var BuildContext = class {
  constructor(root, ignore) {
    this.root = root;
    this.ignore = ignore;
  }
  root;
  ignore;
  /** The .dockerignore rules applied, when there are any (the build checks' CopyIgnoredFile reads them). */
  get dockerignore() {
    return this.ignore;
  }
  /** Absolute host path of a relative context path. */
  abs(rel) {
    return rel === "" ? this.root : path4.join(this.root, rel);
  }
  /** True when .dockerignore hides this path (and nothing under it is re-included). */
  isHidden(rel, isDir) {
    if (!this.ignore || rel === "") return false;
    if (!this.ignore.ignores(rel, isDir)) return false;
    return !(isDir && this.ignore.mayIncludeUnder?.(rel));
  }
  /** True when neither the path nor a parent of it is excluded (a parent is a directory). */
  visible(rel, isDir) {
    if (this.isHidden(rel, isDir)) return false;
    let parent = rel;
    while (parent.includes("/")) {
      parent = parent.slice(0, parent.lastIndexOf("/"));
      if (this.isHidden(parent, true)) return false;
    }
    return true;
  }
  /** Node's lstat of a visible path, or undefined when it is missing or excluded. */
  async lstatRaw(rel) {
    const st = lstatOrUndefined(this.abs(rel));
    if (!st) return void 0;
    if (!this.visible(rel, st.isDirectory())) return void 0;
    if (st.isDirectory() && this.ignore?.ignores(rel, true) && !this.hasVisibleDescendant(rel)) return void 0;
    return st;
  }
  /** Resolves symlinks of a context path inside the context root (securejoin semantics). */
  async resolve(rel, followLast = true) {
    return this.resolveSync(rel, followLast);
  }
  /** `resolve`, synchronously. */
  resolveSync(rel, followLast = true) {
    let pending = cleanSource(rel).split("/").filter(Boolean);
    const done = [];
    let hops = 0;
    while (pending.length) {
      const part = pending.shift();
      const candidate = [...done, part].join("/");
      const st = lstatOrUndefined(this.abs(candidate));
      if (st?.isSymbolicLink() && (pending.length > 0 || followLast) && this.visible(candidate, false)) {
        if (++hops > 255) throw new ContextPathError(rel, "too many levels of symbolic links");
        const target = readlinkSync(this.abs(candidate));
        if (target.startsWith("/")) done.length = 0;
        pending = [...target.split("/").filter((x) => x && x !== "."), ...pending];
        continue;
      }
      if (part === "..") done.pop();
      else done.push(part);
    }
    return done.join("/");
  }
  /** Visible children of a directory, in byte order. */
  async readdir(rel) {
    return this.readdirSync(rel);
  }
  readdirSync(rel) {
    let names;
    try {
      names = readdirSync(this.abs(rel));
    } catch {
      return [];
    }
    const out = [];
    for (const name of names.sort(byteOrder)) {
      const child = rel === "" ? name : `${rel}/${name}`;
      if (!this.ignore) {
        out.push(name);
        continue;
      }
      const st = lstatOrUndefined(this.abs(child));
      if (!st || this.isHidden(child, st.isDirectory())) continue;
      if (st.isDirectory() && this.ignore.ignores(child, true) && !this.hasVisibleDescendant(child)) continue;
      out.push(name);
    }
    return out;
  }
  hasVisibleDescendant(dir) {
    for (const name of this.readdirSync(dir)) {
      const child = `${dir}/${name}`;
      const st = lstatOrUndefined(this.abs(child));
      if (!st) continue;
      if (!this.ignore.ignores(child, st.isDirectory())) return true;
      if (st.isDirectory() && this.hasVisibleDescendant(child)) return true;
    }
    return false;
  }
  /**
   * Walks a visible subtree in byte order (the entry itself first, then children), yielding each visible entry.
   * A directory excluded by .dockerignore but holding re-included entries is yielded as their parent.
   */
  async *walk(rel) {
    yield* this.walkSync(rel);
  }
  /** `walk`, synchronously (throws when `rel` itself is missing). */
  *walkSync(rel) {
    const abs = this.abs(rel);
    const st = lstatSync(abs);
    yield { rel, abs, stat: st };
    if (!st.isDirectory()) return;
    for (const name of this.readdirSync(rel)) yield* this.walkSync(rel === "" ? name : `${rel}/${name}`);
  }
  /** SourceTree: metadata of a visible path without following symlinks. */
  async lstat(rel) {
    const st = await this.lstatRaw(rel);
    if (!st) return void 0;
    const type = st.isFile() || st.isSocket() ? "file" : st.isDirectory() ? "dir" : st.isSymbolicLink() ? "symlink" : st.isFIFO() ? "fifo" : st.isCharacterDevice() ? "char" : "block";
    const out = { type, mode: st.mode & 4095, uid: st.uid, gid: st.gid, mtime: st.mtimeMs / 1e3, size: st.isFile() ? st.size : 0 };
    if (type === "file" && st.nlink > 1) out.linkId = `${st.dev}:${st.ino}`;
    if (type === "symlink") out.linkname = readlinkSync(this.abs(rel));
    return out;
  }
  /** SourceTree: host path of a file's bytes. */
  async contentPath(rel) {
    const abs = this.abs(rel);
    return lstatOrUndefined(abs)?.isSocket() ? EMPTY_FILE : abs;
  }
  /** Resolves one COPY/ADD source against the context (see resolveSourceIn). */
  async resolveSource(source, opts = {}) {
    try {
      return await resolveSourceIn(this, source, "the build context (or excluded by .dockerignore)", opts);
    } catch (e) {
      if (e instanceof SourceNotFoundError) throw new ContextPathError(`/${e.resolved || cleanSource(source)}`, "not found in the build context (or excluded by .dockerignore)", ":");
      throw e;
    }
  }
};
async function openBuildContext(given, dockerfilePath, ignoreFirst = []) {
  const dir = await realpath2(given).catch(() => given);
  const ignore = await loadDockerignore(dir, dockerfilePath, ignoreFirst);
  return new BuildContext(dir, ignore.patterns.length ? { ignores: (p, d) => ignore.ignores(p, d), mayIncludeUnder: (d) => !ignore.shouldSkipDir(d), hasExclusions: ignore.hasExclusions } : void 0);
}
function defaultDockerfilePath(dir) {
  const upper = path4.join(dir, "Dockerfile");
  if (existsSync(upper)) return upper;
  const lower = path4.join(dir, "dockerfile");
  return existsSync(lower) ? lower : upper;
}

// src/dockerfile/errors.ts
var DockerfileError = class extends Error {
  constructor(file, line, detail, endLine = line) {
    super(line > 0 ? `${file}:${line}: ${detail}` : `${file}: ${detail}`);
    this.file = file;
    this.line = line;
    this.endLine = endLine;
    this.name = "DockerfileError";
    this.detail = detail;
  }
  file;
  line;
  endLine;
  /** The bare message, without the `file:line: ` prefix. */
  detail;
};
function formatWarning(w) {
  return w.line > 0 ? `${w.file}:${w.line}: ${w.message}` : `${w.file}: ${w.message}`;
}
var ExpansionError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ExpansionError";
  }
};

// src/dockerfile/directives.ts
var DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/u;
var VALID = /* @__PURE__ */ new Set(["syntax", "escape", "check"]);
var DirectiveReader = class {
  done = false;
  seen = /* @__PURE__ */ new Set();
  /** Reads one line (left-trimmed, without line ending); throws on a repeated or invalid directive. */
  feed(line) {
    if (this.done) return void 0;
    if (!line.startsWith("#")) {
      this.done = true;
      return void 0;
    }
    const m = DIRECTIVE.exec(line.slice(1).replace(/^\s+/u, ""));
    if (!m) {
      this.done = true;
      return void 0;
    }
    const name = m[1].toLowerCase();
    if (!VALID.has(name)) {
      this.done = true;
      return void 0;
    }
    if (this.seen.has(name)) throw new Error(`only one ${name} parser directive can be used`);
    this.seen.add(name);
    if (name === "escape" && m[2] !== "`" && m[2] !== "\\") {
      throw new Error(`invalid escape token '${m[2]}' does not match \` or \\`);
    }
    return { name, value: m[2] };
  }
};

// src/dockerfile/shell-pattern.ts
var REGEX_SPECIAL = /* @__PURE__ */ new Set(["[", "]", "{", "}", ".", "+", "(", ")", "|", "^", "$"]);
function shellPatternToRegex(pattern, greedy, anchored, flags2 = "u") {
  const chars = Array.from(pattern);
  let out = anchored ? "^" : "";
  const star = greedy ? ".*" : ".*?";
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === "*") out += star;
    else if (c === "?") out += ".";
    else if (c === "\\") {
      const next = chars[i + 1];
      if (next === "}" || next === "/") continue;
      if (next !== "*" && next !== "?" && next !== "\\") {
        throw new ExpansionError(`invalid escape '\\${next ?? ""}'`);
      }
      out += `\\${next}`;
      i++;
    } else if (REGEX_SPECIAL.has(c)) out += `\\${c}`;
    else out += c;
  }
  return new RegExp(out, flags2);
}
function reversePattern(pattern) {
  const chars = Array.from(pattern);
  const out = new Array(chars.length);
  const last = chars.length - 1;
  for (let i = 0; i <= last; ) {
    const outIdx = last - i;
    if (chars[i] === "\\" && i !== last) {
      out[outIdx - 1] = "\\";
      out[outIdx] = chars[i + 1];
      i += 2;
    } else {
      out[outIdx] = chars[i];
      i++;
    }
  }
  return out.join("");
}
function reverseString(s) {
  return Array.from(s).reverse().join("");
}
function patternError(pattern, e) {
  return new ExpansionError(`invalid pattern (${pattern}) in substitution: ${e.message}`);
}
function trimPrefix(pattern, value, greedy) {
  let re;
  try {
    re = shellPatternToRegex(pattern, greedy, true);
  } catch (e) {
    throw patternError(pattern, e);
  }
  const m = re.exec(value);
  return m ? value.slice(m.index + m[0].length) : value;
}
function trimSuffix(pattern, value, greedy) {
  return reverseString(trimPrefix(reversePattern(pattern), reverseString(value), greedy));
}
function replacePattern(value, pattern, replacement, all) {
  let re;
  try {
    re = shellPatternToRegex(pattern, true, false, all ? "gu" : "u");
  } catch (e) {
    throw patternError(pattern, e);
  }
  return value.replace(re, () => replacement);
}

// src/dockerfile/lexer.ts
var EOF = "";
var SPECIAL_PARAMS = /* @__PURE__ */ new Set(["@", "*", "#", "?", "-", "$", "!", "0"]);
var isSpace = (c) => c === " " || c === "	" || c === "\n" || c === "\r" || c === "\v" || c === "\f" ? true : c < "\x80" ? false : c === "\x85" || c !== "\uFEFF" && /^\s$/u.test(c);
var isDigit = (c) => c >= "0" && c <= "9" || c >= "\x80" && new RegExp("^\\p{Nd}$", "u").test(c);
var isLetter = (c) => c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c >= "\x80" && new RegExp("^\\p{L}$", "u").test(c);
var Words = class {
  word = "";
  words = [];
  inWord = false;
  addChar(c) {
    if (isSpace(c)) {
      if (this.inWord && this.word.length !== 0) {
        this.words.push(this.word);
        this.word = "";
        this.inWord = false;
      }
    } else this.addRawChar(c);
  }
  addRawChar(c) {
    this.word += c;
    this.inWord = true;
  }
  addString(s) {
    for (const c of s) this.addChar(c);
  }
  addRawString(s) {
    this.word += s;
    this.inWord = true;
  }
  get() {
    if (this.word.length > 0) {
      this.words.push(this.word);
      this.word = "";
      this.inWord = false;
    }
    return this.words;
  }
};
var Scanner = class {
  constructor(input, env, opt) {
    this.env = env;
    this.opt = opt;
    this.chars = Array.from(input);
    this.rawEscapes = opt.rawEscapes;
  }
  env;
  opt;
  pos = 0;
  chars;
  rawEscapes;
  matched = /* @__PURE__ */ new Set();
  unmatched = /* @__PURE__ */ new Set();
  peek() {
    return this.pos < this.chars.length ? this.chars[this.pos] : EOF;
  }
  next() {
    return this.pos < this.chars.length ? this.chars[this.pos++] : EOF;
  }
  getEnv(name) {
    const v = this.env(name);
    if (v === void 0) this.unmatched.add(name);
    else this.matched.add(name);
    return v;
  }
  /** Processes up to `stop` (consumed) or the end of input when `stop` is EOF. */
  processStopOn(stop, rawEscapes) {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      return this.stopOn(stop);
    } finally {
      this.rawEscapes = saved;
    }
  }
  stopOn(stop) {
    let result = "";
    const words = new Words();
    const esc = this.opt.escapeToken;
    while (this.peek() !== EOF) {
      let ch = this.peek();
      if (stop !== EOF && ch === stop) {
        this.next();
        return { result, words: words.get() };
      }
      if (ch === "$") {
        const s = this.processDollar();
        result += s;
        words.addString(s);
      } else if (!this.opt.skipProcessQuotes && (ch === "'" || ch === '"')) {
        const s = ch === "'" ? this.processSingleQuote() : this.processDoubleQuote();
        result += s;
        words.addRawString(s);
      } else {
        ch = this.next();
        if (ch === esc) {
          if (this.rawEscapes) {
            words.addRawChar(ch);
            result += ch;
          }
          ch = this.next();
          if (ch === EOF) break;
          words.addRawChar(ch);
        } else {
          words.addChar(ch);
        }
        result += ch;
      }
    }
    if (stop !== EOF) throw new ExpansionError(`unexpected end of statement while looking for matching ${stop}`);
    return { result, words: words.get() };
  }
  processSingleQuote() {
    let result = "";
    let ch = this.next();
    if (this.opt.rawQuotes) result += ch;
    for (; ; ) {
      ch = this.next();
      if (ch === EOF) throw new ExpansionError("unexpected end of statement while looking for matching single-quote");
      if (ch === "'") {
        if (this.opt.rawQuotes) result += ch;
        return result;
      }
      result += ch;
    }
  }
  processDoubleQuote() {
    let result = "";
    const esc = this.opt.escapeToken;
    let ch = this.next();
    if (this.opt.rawQuotes) result += ch;
    for (; ; ) {
      const p = this.peek();
      if (p === EOF) throw new ExpansionError("unexpected end of statement while looking for matching double-quote");
      if (p === '"') {
        ch = this.next();
        if (this.opt.rawQuotes) result += ch;
        return result;
      }
      if (p === "$") {
        result += this.processDollar();
        continue;
      }
      ch = this.next();
      if (ch === esc) {
        if (this.rawEscapes) result += ch;
        const n = this.peek();
        if (n === EOF) continue;
        if (n === '"' || n === "$" || n === esc) ch = this.next();
      }
      result += ch;
    }
  }
  processDollar() {
    this.next();
    if (this.peek() !== "{") {
      const name2 = this.processName();
      if (name2 === "") return "$";
      const value2 = this.getEnv(name2);
      if (value2 === void 0 && this.opt.skipUnsetEnv) return `$${name2}`;
      return value2 ?? "";
    }
    this.next();
    const first = this.peek();
    if (first === EOF) throw new ExpansionError("syntax error: missing '}'");
    if (first === "{" || first === "}" || first === ":") throw new ExpansionError("syntax error: bad substitution");
    const name = this.processName();
    let ch = this.next();
    let chs = ch === EOF ? "\uFFFD" : ch;
    if (ch === "}") {
      const value2 = this.getEnv(name);
      if (value2 === void 0 && this.opt.skipUnsetEnv) return `\${${name}}`;
      return value2 ?? "";
    }
    if (ch === "/") return this.processReplace(name);
    let nullIsUnset = false;
    if (ch === ":") {
      nullIsUnset = true;
      ch = this.next();
      chs += ch === EOF ? "\uFFFD" : ch;
    } else if (!["+", "-", "?", "#", "%"].includes(ch)) {
      throw new ExpansionError(`unsupported modifier (${chs}) in substitution`);
    }
    let word;
    try {
      word = this.processStopOn("}", ch === "#" || ch === "%").result;
    } catch (e) {
      if (this.peek() === EOF) throw new ExpansionError("syntax error: missing '}'");
      throw e;
    }
    const value = this.getEnv(name);
    if (value === void 0 && this.opt.skipUnsetEnv) return `\${${name}${chs}${word}}`;
    const unset = value === void 0 || nullIsUnset && value === "";
    switch (ch) {
      case "-":
        return unset ? word : value;
      case "+":
        return unset ? "" : word;
      case "?":
        if (value === void 0) throw new ExpansionError(`${name}: ${word || "is not allowed to be unset"}`);
        if (nullIsUnset && value === "") throw new ExpansionError(`${name}: ${word || "is not allowed to be empty"}`);
        return value;
      case "%":
      case "#": {
        let greedy = false;
        if (word.length > 0 && word[0] === ch) {
          greedy = true;
          word = word.slice(1);
        }
        return ch === "%" ? trimSuffix(word, value ?? "", greedy) : trimPrefix(word, value ?? "", greedy);
      }
      default:
        throw new ExpansionError(`unsupported modifier (${chs}) in substitution`);
    }
  }
  processReplace(name) {
    const all = this.peek() === "/";
    if (all) this.next();
    let pattern;
    try {
      pattern = this.processStopOn("/", true).result;
    } catch (e) {
      if (this.peek() === EOF) throw new ExpansionError("syntax error: missing '/' in ${}");
      throw e;
    }
    let replacement;
    try {
      replacement = this.processStopOn("}", true).result;
    } catch (e) {
      if (this.peek() === EOF) throw new ExpansionError("syntax error: missing '}'");
      throw e;
    }
    const value = this.getEnv(name);
    if (value === void 0 && this.opt.skipUnsetEnv) return `\${${name}/${pattern}/${replacement}}`;
    return replacePattern(value ?? "", pattern, replacement, all);
  }
  processName() {
    let name = "";
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (name.length === 0 && isDigit(ch)) {
        while (this.peek() !== EOF && isDigit(this.peek())) name += this.next();
        return name;
      }
      if (name.length === 0 && SPECIAL_PARAMS.has(ch)) return this.next();
      if (!isLetter(ch) && !isDigit(ch) && ch !== "_") break;
      name += this.next();
    }
    return name;
  }
};
var ShellLex = class {
  opt;
  constructor(opts = {}) {
    this.opt = {
      escapeToken: opts.escapeToken ?? "\\",
      rawQuotes: opts.rawQuotes ?? false,
      rawEscapes: opts.rawEscapes ?? false,
      skipProcessQuotes: opts.skipProcessQuotes ?? false,
      skipUnsetEnv: opts.skipUnsetEnv ?? false
    };
  }
  /** Expands `word`; throws ExpansionError (`failed to process "<word>": ...`) on a syntax error. */
  process(word, env) {
    const sc = new Scanner(word, env, this.opt);
    try {
      const { result, words } = sc.processStopOn(EOF, this.opt.rawEscapes);
      return { result, words, matched: sc.matched, unmatched: sc.unmatched };
    } catch (e) {
      if (e instanceof ExpansionError) throw new ExpansionError(`failed to process ${JSON.stringify(word)}: ${e.message}`);
      throw e;
    }
  }
  /** Expands one word and returns the text (BuildKit `ProcessWord`). */
  processWord(word, env) {
    return this.process(word, env).result;
  }
  /** Expands and splits into words (BuildKit `ProcessWords`), as used by EXPOSE. */
  processWords(word, env) {
    return this.process(word, env).words;
  }
};

// src/dockerfile/line-parsers.ts
var NotStringArrayError = class extends Error {
  constructor() {
    super("when using JSON array syntax, arrays must be comprised of strings only");
  }
};
var isSpace2 = (c) => c === " " || c === "	" || c === "\n" || c === "\r" || c === "\v" || c === "\f" ? true : c < "\x80" ? false : c === "\x85" || c !== "\uFEFF" && /^\s$/u.test(c);
var WHITESPACE = /[\t\v\f\r ]+/;
function parseWords(rest, escape) {
  const words = [];
  const chars = Array.from(rest);
  let phase = "spaces";
  let quote = "";
  let blankOK = false;
  let word = "";
  for (let pos = 0; pos <= chars.length; pos++) {
    const atEnd = pos === chars.length;
    let ch = atEnd ? "" : chars[pos];
    if (phase === "spaces") {
      if (atEnd) break;
      if (isSpace2(ch)) continue;
      phase = "word";
    }
    if (atEnd) {
      if (blankOK || word.length > 0) words.push(word);
      break;
    }
    if (phase === "word") {
      if (isSpace2(ch)) {
        phase = "spaces";
        if (blankOK || word.length > 0) words.push(word);
        word = "";
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = "quote";
      }
      if (ch === escape) {
        if (pos + 1 === chars.length) continue;
        word += ch;
        pos++;
        ch = chars[pos];
      }
      word += ch;
      continue;
    }
    if (ch === quote) phase = "word";
    if (ch === escape && quote !== "'") {
      if (pos + 1 === chars.length) {
        phase = "word";
        continue;
      }
      pos++;
      word += ch;
      ch = chars[pos];
    }
    word += ch;
  }
  return words;
}
function parseNameVal(rest, keyword, escape) {
  const words = parseWords(rest, escape);
  if (words.length === 0) return { args: [], json: false, pairs: [] };
  if (!words[0].includes("=")) {
    const parts = splitN(rest, WHITESPACE, 2);
    if (parts.length < 2) throw new Error(`${keyword} must have two arguments`);
    return { args: [parts[0], parts[1]], json: false, pairs: [{ key: parts[0], value: parts[1] }], legacy: true };
  }
  const pairs = words.map((w) => {
    const i = w.indexOf("=");
    if (i < 0) throw new Error(`Syntax error - can't find = in "${w}". Must be of the form: name=value`);
    return { key: w.slice(0, i), value: w.slice(i + 1) };
  });
  return { args: pairs.flatMap((p) => [p.key, p.value]), json: false, pairs };
}
function splitN(s, re, n) {
  const m = re.exec(s);
  if (!m || n < 2) return [s];
  return [s.slice(0, m.index), s.slice(m.index + m[0].length)];
}
function parseWhitespaceList(rest) {
  if (rest === "") return [];
  return rest.split(WHITESPACE);
}
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function jsonArrayEnd(t) {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '"') {
      for (i++; i < t.length && t[i] !== '"'; i++) if (t[i] === "\\") i++;
    } else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}
function parseJSONArray(rest) {
  const t = rest.replace(/^\s+/u, "");
  if (!t.startsWith("[")) return void 0;
  const end = jsonArrayEnd(t);
  if (end < 0) return void 0;
  let v;
  try {
    v = JSON.parse(t.slice(0, end));
  } catch {
    return void 0;
  }
  if (!Array.isArray(v)) return void 0;
  if (!v.every((x) => typeof x === "string")) throw new NotStringArrayError();
  return v.map((x) => x.replace(LONE_SURROGATE, "\uFFFD"));
}
function parseMaybeJSON(rest) {
  if (rest === "") return { args: [], json: false };
  const arr = parseJSONArray(rest);
  if (arr) return { args: arr, json: true };
  return { args: [rest], json: false };
}
function parseMaybeJSONToList(rest) {
  const arr = parseJSONArray(rest);
  if (arr) return { args: arr, json: true };
  return { args: parseWhitespaceList(rest), json: false };
}
function parseHealthConfig(rest) {
  let sep = 0;
  while (sep < rest.length && !isSpace2(rest[sep])) sep++;
  let next = sep;
  while (next < rest.length && isSpace2(rest[next])) next++;
  if (sep === 0) return { args: [], json: false };
  const cmd = parseMaybeJSON(rest.slice(next));
  return { args: [rest.slice(0, sep), ...cmd.args], json: cmd.json };
}
function splitCommand(line) {
  const trimmed = line.trim();
  const m = /[\t\v\f\r ]+/.exec(trimmed);
  if (!m) return { keyword: trimmed, flags: [], rest: "" };
  const keyword = trimmed.slice(0, m.index);
  const { rest, flags: flags2 } = extractFlags(trimmed.slice(m.index + m[0].length));
  return { keyword, flags: flags2, rest: rest.trim() };
}
function extractFlags(line) {
  const words = [];
  let phase = "spaces";
  let word = "";
  let quote = "";
  let blankOK = false;
  for (let pos = 0; pos <= line.length; pos++) {
    const atEnd = pos === line.length;
    let ch = atEnd ? "" : line[pos];
    if (phase === "spaces") {
      if (atEnd) break;
      if (isSpace2(ch)) continue;
      if (ch !== "-" || pos + 1 === line.length || line[pos + 1] !== "-") return { rest: line.slice(pos), flags: words };
      phase = "word";
    }
    if (atEnd) {
      if (word !== "--" && (blankOK || word.length > 0)) words.push(word);
      break;
    }
    if (phase === "word") {
      if (isSpace2(ch)) {
        phase = "spaces";
        if (word === "--") return { rest: line.slice(pos), flags: words };
        if (blankOK || word.length > 0) words.push(word);
        word = "";
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = "quote";
        continue;
      }
      if (ch === "\\") {
        if (pos + 1 === line.length) continue;
        pos++;
        ch = line[pos];
      }
      word += ch;
      continue;
    }
    if (ch === quote) {
      phase = "word";
      continue;
    }
    if (ch === "\\") {
      if (pos + 1 === line.length) {
        phase = "word";
        continue;
      }
      pos++;
      ch = line[pos];
    }
    word += ch;
  }
  return { rest: "", flags: words };
}

// src/dockerfile/syntax.ts
var HEREDOC_INSTRUCTIONS = /* @__PURE__ */ new Set(["run", "copy", "add"]);
var HEREDOC_WORD = /^(\d*)<<(-?)([^<]*)$/;
function splitLines(text) {
  const lines = [];
  let start = 0;
  for (; ; ) {
    const i = text.indexOf("\n", start);
    if (i < 0) break;
    lines.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}
var trimNewline = (s) => s.replace(/[\r\n]+$/, "");
var trimLeft = (s) => s.replace(/^[\s\u0085]+/u, "");
var isComment = (s) => trimLeft(s).startsWith("#");
function parseHeredocWord(word) {
  const m = HEREDOC_WORD.exec(word);
  if (!m || m[3].length === 0) return void 0;
  const rest = m[3];
  const env = () => void 0;
  const words = new ShellLex({ skipUnsetEnv: true }).processWords(rest, env);
  if (words.length !== 1) return void 0;
  const raw = new ShellLex({ skipUnsetEnv: true, rawQuotes: true }).processWords(rest, env);
  if (raw.length !== words.length) throw new Error(`internal lexing of heredoc produced inconsistent results: ${rest}`);
  const quotes = (s) => (s.match(/['"]/g) ?? []).length;
  return { name: words[0], expand: quotes(words[0]) === quotes(raw[0]), chomp: m[2] === "-", fd: m[1] ? Number(m[1]) : 0 };
}
function heredocsFromLine(line) {
  let words;
  try {
    words = new ShellLex({ rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).processWords(line, () => void 0);
  } catch {
    return [];
  }
  const out = [];
  for (const w of words) {
    const h = parseHeredocWord(w);
    if (h) out.push(h);
  }
  return out;
}
function argsFor(keyword, rest, escape) {
  switch (keyword) {
    case "add":
    case "copy":
    case "volume":
      return parseMaybeJSONToList(rest);
    case "arg":
      return { args: parseWords(rest, escape), json: false };
    case "cmd":
    case "entrypoint":
    case "run":
    case "shell":
      return parseMaybeJSON(rest);
    case "env":
      return parseNameVal(rest, "ENV", escape);
    case "label":
      return parseNameVal(rest, "LABEL", escape);
    case "expose":
    case "from":
      return { args: parseWhitespaceList(rest), json: false };
    case "healthcheck":
      return parseHealthConfig(rest);
    case "maintainer":
    case "stopsignal":
    case "user":
    case "workdir":
      return { args: rest === "" ? [] : [rest], json: false };
    default:
      return { args: [], json: false };
  }
}
function nodeFromLine(line, escape) {
  const { keyword, flags: flags2, rest } = splitCommand(line);
  const lower = keyword.toLowerCase();
  let child;
  let parsed;
  if (lower === "onbuild") {
    if (rest !== "") child = nodeFromLine(rest, escape);
    parsed = { args: child ? [child.keyword, ...child.args] : [], json: child?.json ?? false };
  } else {
    parsed = argsFor(lower, rest, escape);
  }
  return {
    keyword,
    flags: flags2,
    args: parsed.args,
    json: parsed.json,
    pairs: parsed.pairs,
    ...parsed.legacy ? { legacy: true } : {},
    rest,
    child,
    heredocs: [],
    original: line,
    startLine: 0,
    endLine: 0,
    comments: []
  };
}
function canContainHeredoc(node) {
  const n = node.keyword.toLowerCase() === "onbuild" && node.child ? node.child : node;
  return HEREDOC_INSTRUCTIONS.has(n.keyword.toLowerCase()) && !n.json;
}
function parseSyntax(text, file) {
  const lines = splitLines(text);
  if (lines.length > 0 && lines[0].startsWith("\uFEFF")) lines[0] = lines[0].slice(1);
  const reader = new DirectiveReader();
  const directives = { escape: "\\" };
  let escape = "\\";
  let continuation = /([^\\])\\[ \t]*$|^\\[ \t]*$/;
  const nodes = [];
  let comments = [];
  let i = 0;
  const readDirective = (line, lineNo) => {
    let d;
    try {
      d = reader.feed(line);
    } catch (e) {
      throw new DockerfileError(file, lineNo, e.message);
    }
    if (!d) return false;
    if (d.name === "escape") {
      escape = d.value;
      directives.escape = d.value;
      continuation = escape === "`" ? /([^`])`[ \t]*$|^`[ \t]*$/ : /([^\\])\\[ \t]*$|^\\[ \t]*$/;
    } else if (d.name === "syntax") directives.syntax = d.value;
    else if (d.name === "check") directives.check = d.value;
    return true;
  };
  const trimContinuation = (line) => {
    if (continuation.test(line)) return { line: line.replace(continuation, "$1"), end: false };
    return { line, end: true };
  };
  while (i < lines.length) {
    const raw = lines[i++];
    const lineNo = i;
    if (isComment(raw)) {
      const c = trimNewline(trimLeft(raw)).slice(1).trim();
      comments = c === "" ? [] : [...comments, c];
    }
    const first = trimLeft(trimNewline(raw));
    if (readDirective(first, lineNo)) {
      comments = comments.slice(0, -1);
      continue;
    }
    if (first.startsWith("#")) continue;
    let { line: buf, end } = trimContinuation(first);
    if (end && buf === "") continue;
    let emptyContinuation = false;
    while (!end && i < lines.length) {
      const next = lines[i++];
      const body = trimNewline(next);
      readDirective(body, i);
      if (isComment(next)) continue;
      if (trimLeft(body) === "") {
        emptyContinuation = true;
        continue;
      }
      const t = trimContinuation(body);
      buf += t.line;
      end = t.end;
    }
    const startLine = lineNo;
    const lastLine = i;
    let node;
    try {
      node = nodeFromLine(buf, escape);
    } catch (e) {
      const msg = e instanceof NotStringArrayError ? e.message : e.message;
      throw new DockerfileError(file, startLine, msg, i);
    }
    if (canContainHeredoc(node) && buf.includes("<<")) {
      let docs;
      try {
        docs = heredocsFromLine(buf);
      } catch (e) {
        throw new DockerfileError(file, startLine, e.message, i);
      }
      for (const doc of docs) {
        let body = "";
        let terminated = false;
        while (i < lines.length) {
          const l = lines[i++];
          let candidate = trimNewline(l);
          if (doc.chomp) candidate = candidate.replace(/^\t+/, "");
          if (candidate === doc.name) {
            terminated = true;
            break;
          }
          body += l;
        }
        if (!terminated) throw new DockerfileError(file, startLine, `unterminated heredoc ${doc.name}`, i);
        node.heredocs.push({ ...doc, body });
      }
    }
    node.startLine = startLine;
    node.endLine = i;
    if (emptyContinuation) node.emptyContinuationLine = lastLine;
    node.comments = comments;
    if (node.child) {
      node.child.startLine = startLine;
      node.child.endLine = i;
      node.child.heredocs = node.heredocs;
    }
    nodes.push(node);
    comments = [];
  }
  if (nodes.length === 0) throw new DockerfileError(file, Math.max(1, lines.length), "file with no instructions");
  return { directives, nodes };
}

// src/dockerfile/duration.ts
var UNITS = { ns: 1, us: 1e3, "\xB5s": 1e3, "\u03BCs": 1e3, ms: 1e6, s: 1e9, m: 6e10, h: 36e11 };
function parseGoDuration(s) {
  const bad = () => new Error(`time: invalid duration "${s}"`);
  let rest = s;
  let sign = 1;
  if (rest.startsWith("-") || rest.startsWith("+")) {
    if (rest[0] === "-") sign = -1;
    rest = rest.slice(1);
  }
  if (rest === "0") return 0;
  if (rest === "") throw bad();
  let total = 0;
  const re = /^(\d*)(?:\.(\d*))?([^\d.]*)/u;
  while (rest !== "") {
    const m = re.exec(rest);
    if (!m || m[1] === "" && (m[2] === void 0 || m[2] === "")) throw bad();
    if (!m[3]) throw new Error(`time: missing unit in duration "${s}"`);
    if (!Object.hasOwn(UNITS, m[3])) throw new Error(`time: unknown unit "${m[3]}" in duration "${s}"`);
    const num = Number(`${m[1] || "0"}.${m[2] ?? "0"}`);
    total += num * UNITS[m[3]];
    rest = rest.slice(m[0].length);
  }
  return sign * Math.round(total);
}

// src/dockerfile/flags.ts
function parseFlags(words, spec) {
  const out = {};
  for (const word of words) {
    if (!word.startsWith("--")) throw new Error(`arg should start with -- : ${word}`);
    if (word === "--") break;
    let name = word.slice(2);
    let value = "";
    const eq = name.indexOf("=");
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    const type = Object.prototype.hasOwnProperty.call(spec, name) ? spec[name] : void 0;
    if (!type) throw new Error(withSuggestion(`unknown flag: ${name}`, name, Object.keys(spec), true));
    if (name in out && type !== "strings") throw new Error(`duplicate flag specified: ${name}`);
    if (type === "bool") {
      if (eq >= 0 && value === "") throw new Error(`missing a value on flag: ${name}`);
      const lower = value.toLowerCase();
      if (lower === "") out[name] = true;
      else if (lower === "true" || lower === "false") out[name] = lower === "true";
      else throw new Error(`expecting boolean value for flag ${name}, not: ${value}`);
    } else {
      if (eq < 0) throw new Error(`missing a value on flag: ${name}`);
      if (type === "string") out[name] = value;
      else out[name] = [...out[name] ?? [], value];
    }
  }
  return out;
}

// src/dockerfile/instructions.ts
var INSTRUCTION_KINDS = [
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
];

// src/dockerfile/typed.ts
var NETWORKS = ["default", "none", "host"];
var SECURITY = ["sandbox", "insecure"];
var STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
var MIN_DURATION = 1e6;
var atLeastOne = (k) => new Error(`${k} requires at least one argument`);
var exactlyOne = (k) => new Error(`${k} requires exactly one argument`);
function base(kind, node) {
  return { kind, startLine: node.startLine, endLine: node.endLine, original: node.original, flagWords: [...node.flags] };
}
function flags(node, spec) {
  return parseFlags(node.flags, spec);
}
function commandLine(node) {
  if (node.json) return { form: "exec", args: [...node.args] };
  return { form: "shell", command: node.args.join(" ") };
}
var str = (v) => typeof v === "string" ? v : void 0;
var bool = (v) => v === true;
var strs = (v) => Array.isArray(v) ? v : [];
function sourcesAndDest(node, kw) {
  if (node.args.length < 2) {
    throw new Error(`${kw} requires at least two arguments, but only one was provided. Destination could not be determined`);
  }
  const dest = node.args[node.args.length - 1];
  if (parseHeredocWord(dest)) throw new Error(`${kw} cannot accept a heredoc as a destination`);
  const bodies = new Map(node.heredocs.map((h) => [h.name, h]));
  const sources = [];
  const heredocs = [];
  for (const src of node.args.slice(0, -1)) {
    const h = node.json ? void 0 : parseHeredocWord(src);
    if (h) {
      let data = bodies.get(h.name)?.body ?? "";
      if (h.chomp) data = data.replace(/^\t+/gm, "");
      heredocs.push({ path: h.name, data, expand: h.expand });
    } else sources.push(src);
  }
  return { sources, dest, heredocs };
}
function durationFlag(name, v) {
  if (v === void 0 || v === "") return void 0;
  const d = parseGoDuration(v);
  if (d === 0) return 0;
  if (d < MIN_DURATION) throw new Error(`Interval "${name}" cannot be less than 1ms`);
  return d;
}
function healthcheck(node) {
  if (node.args.length === 0) throw atLeastOne("HEALTHCHECK");
  const typ = node.args[0].toUpperCase();
  const args = node.args.slice(1);
  if (typ === "NONE") {
    if (args.length !== 0) throw new Error("HEALTHCHECK NONE takes no arguments");
    return { kind: "NONE" };
  }
  const f = flags(node, { interval: "string", timeout: "string", "start-period": "string", "start-interval": "string", retries: "string" });
  if (typ !== "CMD") throw new Error(`Unknown type "${typ}" in HEALTHCHECK (try CMD)`);
  if (args.length === 0 || !node.json && args.join(" ") === "") throw new Error("Missing command after HEALTHCHECK CMD");
  const h = { kind: "CMD", test: node.json ? ["CMD", ...args] : ["CMD-SHELL", args.join(" ")] };
  const set = (k, flag) => {
    const d = durationFlag(flag, str(f[flag]));
    if (d !== void 0) h[k] = d;
  };
  set("interval", "interval");
  set("timeout", "timeout");
  set("startPeriod", "start-period");
  set("startInterval", "start-interval");
  const retries = str(f.retries);
  if (retries !== void 0 && retries !== "") {
    if (!/^[+-]?\d+$/.test(retries)) throw new Error(`strconv.ParseInt: parsing "${retries}": invalid syntax`);
    if (Number(retries) > 2 ** 31 - 1 || Number(retries) < -(2 ** 31)) throw new Error(`strconv.ParseInt: parsing "${retries}": value out of range`);
    const n = Number(retries);
    if (n < 0) throw new Error(`--retries cannot be negative (${n})`);
    h.retries = n;
  }
  return h;
}
function typeNode(node) {
  const kw = node.keyword.toUpperCase();
  switch (kw) {
    case "FROM": {
      const a = node.args;
      let name;
      if (a.length === 3 && a[1].toLowerCase() === "as") {
        name = a[2].toLowerCase();
        if (!STAGE_NAME.test(name)) {
          throw new Error(`invalid name for build stage: "${a[2]}", name can't start with a number or contain symbols`);
        }
      } else if (a.length !== 1) throw new Error("FROM requires either one or three arguments");
      const f = flags(node, { platform: "string" });
      const out = { ...base("FROM", node), image: a[0] };
      if (name !== void 0) out.name = name;
      if (str(f.platform) !== void 0) out.platform = str(f.platform);
      return out;
    }
    case "ARG": {
      if (node.args.length === 0) throw atLeastOne("ARG");
      const args = node.args.map((w) => {
        const eq = w.indexOf("=");
        if (eq < 0) return { key: w };
        if (eq === 0) throw new Error("ARG names can not be blank");
        return { key: w.slice(0, eq), value: w.slice(eq + 1) };
      });
      return { ...base("ARG", node), args };
    }
    case "ENV":
    case "LABEL": {
      flags(node, {});
      const pairs = node.pairs ?? [];
      if (pairs.length === 0) throw atLeastOne(kw);
      if (pairs.some((p) => p.key === "")) throw new Error(`${kw} names can not be blank`);
      return { ...base(kw, node), pairs: pairs.map((p) => ({ ...p })) };
    }
    case "MAINTAINER":
      if (node.args.length !== 1) throw exactlyOne("MAINTAINER");
      flags(node, {});
      return { ...base("MAINTAINER", node), maintainer: node.args[0] };
    case "WORKDIR":
      if (node.args.length !== 1) throw exactlyOne("WORKDIR");
      flags(node, {});
      return { ...base("WORKDIR", node), path: node.args[0] };
    case "USER":
      if (node.args.length !== 1) throw exactlyOne("USER");
      flags(node, {});
      return { ...base("USER", node), user: node.args[0] };
    case "STOPSIGNAL":
      if (node.args.length !== 1) throw exactlyOne("STOPSIGNAL");
      return { ...base("STOPSIGNAL", node), signal: node.args[0] };
    case "EXPOSE":
      if (node.args.length === 0) throw atLeastOne("EXPOSE");
      flags(node, {});
      return { ...base("EXPOSE", node), ports: [...node.args].sort() };
    case "VOLUME": {
      if (node.args.length === 0) throw atLeastOne("VOLUME");
      flags(node, {});
      const volumes = node.args.map((v) => v.trim());
      if (volumes.some((v) => v === "")) throw new Error("VOLUME specified can not be an empty string");
      return { ...base("VOLUME", node), volumes };
    }
    case "COPY": {
      if (node.args.length < 2) sourcesAndDest(node, "COPY");
      const f = flags(node, { chown: "string", from: "string", chmod: "string", link: "bool", exclude: "strings", parents: "bool" });
      const out = { ...base("COPY", node), ...sourcesAndDest(node, "COPY"), link: bool(f.link), exclude: strs(f.exclude), parents: bool(f.parents), json: node.json };
      if (str(f.from) !== void 0) out.from = str(f.from);
      if (str(f.chown) !== void 0) out.chown = str(f.chown);
      if (str(f.chmod) !== void 0) out.chmod = str(f.chmod);
      return out;
    }
    case "ADD": {
      if (node.args.length < 2) sourcesAndDest(node, "ADD");
      const f = flags(node, { exclude: "strings", chown: "string", chmod: "string", link: "bool", "keep-git-dir": "bool", checksum: "string", unpack: "bool" });
      const out = { ...base("ADD", node), ...sourcesAndDest(node, "ADD"), link: bool(f.link), exclude: strs(f.exclude), keepGitDir: bool(f["keep-git-dir"]), json: node.json };
      if (str(f.chown) !== void 0) out.chown = str(f.chown);
      if (str(f.chmod) !== void 0) out.chmod = str(f.chmod);
      if (str(f.checksum) !== void 0) out.checksum = str(f.checksum);
      if (typeof f.unpack === "boolean") out.unpack = f.unpack;
      return out;
    }
    case "RUN": {
      const f = flags(node, { mount: "strings", network: "string", security: "string" });
      const network = str(f.network);
      if (network !== void 0 && !NETWORKS.includes(network)) throw new Error(`invalid network mode "${network}"`);
      const security = str(f.security);
      if (security !== void 0 && !SECURITY.includes(security)) throw new Error(`unsupported security mode "${security}"`);
      const mountSpecs = strs(f.mount);
      const mounts = mountSpecs.map((s) => parseMount(s));
      const out = { ...base("RUN", node), ...commandLine(node), heredocs: node.heredocs.map((h) => ({ ...h })), mountSpecs, mounts };
      if (network !== void 0) out.network = network;
      if (security !== void 0) out.security = security;
      return out;
    }
    case "CMD":
      flags(node, {});
      return { ...base("CMD", node), ...commandLine(node) };
    case "ENTRYPOINT":
      flags(node, {});
      return { ...base("ENTRYPOINT", node), ...commandLine(node) };
    case "SHELL":
      flags(node, {});
      if (node.args.length === 0) throw atLeastOne("SHELL");
      if (!node.json) throw new Error(`SHELL requires the arguments to be in JSON form`);
      return { ...base("SHELL", node), form: "exec", args: [...node.args] };
    case "HEALTHCHECK":
      return { ...base("HEALTHCHECK", node), health: healthcheck(node) };
    case "ONBUILD": {
      if (!node.child) throw atLeastOne("ONBUILD");
      flags(node, {});
      const trig = node.child.keyword.toUpperCase();
      if (trig === "ONBUILD") throw new Error("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
      if (trig === "MAINTAINER" || trig === "FROM") throw new Error(`${trig} isn't allowed as an ONBUILD trigger`);
      let expression = node.original.replace(/^\s*ONBUILD\s*/i, "");
      for (const h of node.heredocs) expression += `
${h.body}${h.name}`;
      let trigger;
      try {
        trigger = typeNode(node.child);
      } catch {
        trigger = void 0;
      }
      return { ...base("ONBUILD", node), ...trigger ? { trigger } : {}, expression };
    }
    default:
      throw new Error(withSuggestion(`unknown instruction: ${node.keyword}`, node.keyword, INSTRUCTION_KINDS));
  }
}

// src/dockerfile/parse.ts
function parseDockerfile(text, opts) {
  const file = opts.file;
  checkLineSizes(text, file);
  const tree = parseSyntax(text, file);
  const instructions = [];
  const globalArgs = [];
  const stages = [];
  for (const node of tree.nodes) {
    let instr;
    try {
      instr = typeNode(node);
    } catch (e) {
      throw new DockerfileError(file, node.startLine, e.message, node.endLine);
    }
    instructions.push(instr);
    if (instr.kind === "FROM") {
      stages.push({ index: stages.length, name: instr.name, from: instr, instructions: [] });
      continue;
    }
    if (stages.length === 0) {
      if (instr.kind === "ARG") {
        globalArgs.push(instr);
        continue;
      }
      throw new DockerfileError(file, node.startLine, "no build stage in current context", node.endLine);
    }
    stages[stages.length - 1].instructions.push(instr);
  }
  if (stages.length === 0) throw new DockerfileError(file, tree.nodes[tree.nodes.length - 1].startLine, "dockerfile contains no stages to build");
  return {
    file,
    directives: tree.directives,
    escapeToken: tree.directives.escape,
    globalArgs,
    stages,
    instructions,
    nodes: tree.nodes
  };
}
function parseInstruction(text, opts) {
  const line = opts.line ?? 1;
  const escape = opts.escape ?? "\\";
  let instr;
  try {
    if (text.includes("\n")) {
      const prefix = escape === "`" ? "# escape=`\n" : "";
      const tree = parseSyntax(prefix + text, opts.file);
      if (tree.nodes.length !== 1) throw new Error(`expected one instruction, got ${tree.nodes.length}`);
      instr = typeNode(tree.nodes[0]);
    } else {
      const node = nodeFromLine(text.replace(/^\s+/, ""), escape);
      node.startLine = 1;
      node.endLine = 1;
      instr = typeNode(node);
    }
  } catch (e) {
    if (e instanceof DockerfileError) throw new DockerfileError(opts.file, line, e.detail);
    throw new DockerfileError(opts.file, line, e.message);
  }
  return relocate(instr, line);
}
function relocate(instr, line) {
  const span = instr.endLine - instr.startLine;
  const out = { ...instr, startLine: line, endLine: line + span };
  if (out.kind === "ONBUILD" && out.trigger) out.trigger = relocate(out.trigger, line);
  return out;
}
var MAX_LINE_BYTES = 65535;
function checkLineSizes(text, file) {
  if (text.length * 3 <= MAX_LINE_BYTES) return;
  for (const line of text.split("\n")) {
    if (line.length > MAX_LINE_BYTES / 3 && Buffer.byteLength(line) > MAX_LINE_BYTES) throw new DockerfileError(file, 1, `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES}`);
  }
}

// src/dockerfile/args.ts
var PROXY_ARGS = [
  "HTTP_PROXY",
  "http_proxy",
  "HTTPS_PROXY",
  "https_proxy",
  "FTP_PROXY",
  "ftp_proxy",
  "NO_PROXY",
  "no_proxy",
  "ALL_PROXY",
  "all_proxy"
];
var BUILTIN_ARGS = [
  "SOURCE_DATE_EPOCH",
  "BUILDKIT_SYNTAX",
  "BUILDKIT_CACHE_MOUNT_NS",
  "BUILDKIT_CONTEXT_KEEP_GIT_DIR",
  "BUILDKIT_INLINE_CACHE",
  "BUILDKIT_MULTI_PLATFORM",
  "BUILDKIT_SANDBOX_HOSTNAME",
  "BUILDKIT_DOCKERFILE_CHECK"
];
function platformArgs(target, build) {
  return /* @__PURE__ */ new Map([
    ["TARGETPLATFORM", formatPlatform(target)],
    ["TARGETOS", target.os],
    ["TARGETARCH", target.architecture],
    ["TARGETVARIANT", target.variant ?? ""],
    ["BUILDPLATFORM", formatPlatform(build)],
    ["BUILDOS", build.os],
    ["BUILDARCH", build.architecture],
    ["BUILDVARIANT", build.variant ?? ""]
  ]);
}
var DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

// src/dockerfile/plan.ts
function resolveGlobalArgs(df, opts, lex) {
  const globals = new Map(platformArgs(opts.targetPlatform, opts.buildPlatform));
  for (const [k, v] of Object.entries(opts.buildArgs)) if (globals.has(k)) globals.set(k, v);
  for (const instr of df.globalArgs) {
    for (const def of instr.args) {
      let value;
      if (Object.prototype.hasOwnProperty.call(opts.buildArgs, def.key)) value = opts.buildArgs[def.key];
      else if (def.value !== void 0) value = opts.legacyFrontend ? expandOrEmpty(lex, def.value, globals) : expand(lex, def.value, globals, df.file, instr);
      else if (!opts.legacyFrontend && globals.get(def.key) !== void 0) continue;
      globals.set(def.key, value);
    }
  }
  return globals;
}
function expandOrEmpty(lex, word, env) {
  try {
    return lex.process(word, (n) => env.get(n)).result;
  } catch (e) {
    if (e instanceof ExpansionError) return "";
    throw e;
  }
}
function expand(lex, word, env, file, at, unmatched) {
  try {
    const r = lex.process(word, (n) => env.get(n));
    for (const u of r.unmatched) unmatched?.add(u);
    return r.result;
  } catch (e) {
    if (e instanceof ExpansionError) throw new DockerfileError(file, at.startLine, e.message, at.endLine);
    throw e;
  }
}
function stageLabel(s) {
  return s.name ?? `stage-${s.index}`;
}
function stageByRef(stages, value) {
  const lower = value.toLowerCase();
  const byName = stages.filter((s) => s.name === lower).pop();
  if (byName) return byName;
  if (/^\d+$/.test(value)) return stages.find((s) => s.index === Number(value));
  return void 0;
}
function resolveRef(df, value, at, what, named) {
  const lower = value.toLowerCase();
  const found = stageByRef(df.stages, value);
  if (found) return found.index;
  if (/^\d+$/.test(value)) throw new DockerfileError(df.file, at.startLine, `invalid stage index ${Number(value)}`, at.endLine);
  if (!/[:/@.]/.test(value) && !lookupNamedContext(named, value)) {
    const names = df.stages.flatMap((s) => s.name ? [s.name] : []);
    const hint = suggest(lower, names, true);
    if (hint) throw new DockerfileError(df.file, at.startLine, `${what}=${value}: no build stage named "${value}" (did you mean ${hint}?)`, at.endLine);
  }
  return void 0;
}
function dependencies(df, stage, forward, named, legacyFrontend = false) {
  const deps = /* @__PURE__ */ new Map();
  const add = (i, line) => {
    if (!deps.has(i)) deps.set(i, line);
  };
  const current = stageLabel(stage);
  for (const instr of stage.instructions) {
    if (instr.kind === "COPY" && instr.from !== void 0) {
      if (instr.from.includes("$")) {
        const message = legacyFrontend ? `failed to parse stage name "${instr.from}": ${goReferenceError(instr.from)}` : "variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround";
        throw new DockerfileError(df.file, instr.startLine, message, instr.endLine);
      }
      const i = resolveRef(df, instr.from, instr, "COPY --from", named);
      if (i !== void 0 && i >= stage.index) {
        forward.push({ line: instr.startLine, endLine: instr.endLine, message: `cannot copy from stage "${instr.from}", it needs to be defined before current stage "${current}"` });
      }
      if (i !== void 0) add(i, instr.startLine);
    } else if (instr.kind === "RUN") {
      for (const spec of instr.mountSpecs) {
        const fields = splitCsv(spec);
        let target = "";
        for (const field of fields) {
          const eq = field.indexOf("=");
          if (eq >= 0 && ["target", "dst", "destination"].includes(field.slice(0, eq).toLowerCase())) target = field.slice(eq + 1);
        }
        for (const field of fields) {
          const eq = field.indexOf("=");
          if (eq < 0 || field.slice(0, eq).toLowerCase() !== "from") continue;
          const from = field.slice(eq + 1);
          const i = resolveRef(df, from, instr, "RUN --mount from", named);
          if (i !== void 0 && i >= stage.index) {
            forward.push({ line: instr.startLine, endLine: instr.endLine, message: `cannot mount from stage "${from}" to "${target}", stage needs to be defined before current command` });
          }
          if (i !== void 0) add(i, instr.startLine);
        }
      }
    }
  }
  return deps;
}
function planStages(df, opts) {
  const lex = new ShellLex({ escapeToken: df.escapeToken });
  const warnings = [];
  const globals = resolveGlobalArgs(df, opts, lex);
  const defined = new Map([...globals].filter(([, v]) => v !== void 0));
  const all = [];
  const depLines = /* @__PURE__ */ new Map();
  const forwardRefs = /* @__PURE__ */ new Map();
  const cmdDeps = /* @__PURE__ */ new Map();
  for (const stage of df.stages) {
    const from = stage.from;
    const unmatched = /* @__PURE__ */ new Set();
    const image = expand(lex, from.image, defined, df.file, from, unmatched);
    let platform;
    if (from.platform !== void 0) {
      platform = expand(lex, from.platform, defined, df.file, from, unmatched);
      try {
        parsePlatformSpecifier(platform);
      } catch (e) {
        throw new DockerfileError(df.file, from.startLine, `failed to parse platform ${platform}: ${e.message}`);
      }
    }
    if (image === "") throw new DockerfileError(df.file, from.startLine, `base name (${from.image}) should not be blank`);
    let base2;
    const parent = df.stages.filter((s) => s.index < stage.index && s.name === image).pop();
    const replaced = stage.name !== void 0 ? lookupNamedContext(opts.namedContexts, stage.name) : void 0;
    const named = parent ? void 0 : lookupNamedContext(opts.namedContexts, image);
    const viaContext = replaced ?? named;
    if (viaContext) base2 = viaContext.kind === "image" ? viaContext.ref === "scratch" ? { kind: "scratch" } : { kind: "image", ref: viaContext.ref } : { kind: "context", name: contextKey(replaced ? stage.name : image) };
    else if (parent) base2 = { kind: "stage", stage: parent.index };
    else if (image === "scratch") base2 = { kind: "scratch" };
    else base2 = { kind: "image", ref: image };
    const fwd = [];
    forwardRefs.set(stage.index, fwd);
    const deps = replaced ? /* @__PURE__ */ new Map() : dependencies(df, stage, fwd, opts.namedContexts, opts.legacyFrontend);
    cmdDeps.set(stage.index, [...deps.keys()].sort((a, b) => a - b));
    if (parent && !replaced && !deps.has(parent.index)) deps.set(parent.index, from.startLine);
    depLines.set(stage.index, deps);
    const p = { index: stage.index, ast: replaced ? { ...stage, instructions: [] } : stage, base: base2, dependsOn: [...deps.keys()].sort((a, b) => a - b) };
    if (stage.name !== void 0) p.name = stage.name;
    if (platform !== void 0) p.platform = platform;
    all.push(p);
  }
  let target = all[all.length - 1];
  if (opts.target !== void 0) {
    const t = all.filter((s) => s.name === opts.target.toLowerCase()).pop();
    if (!t) {
      const close = suggest(opts.target, all.flatMap((s) => s.name !== void 0 ? [s.name] : []), true);
      throw new DockerfileError(df.file, 0, `target stage "${opts.target}" could not be found${close !== void 0 ? ` (did you mean ${close}?)` : ""}`);
    }
    target = t;
  }
  const seen = /* @__PURE__ */ new Set();
  const onPath = /* @__PURE__ */ new Set();
  const cyclic = (i) => {
    if (seen.has(i)) return false;
    seen.add(i);
    onPath.add(i);
    for (const d of cmdDeps.get(i) ?? []) if (onPath.has(d) || cyclic(d)) return true;
    onPath.delete(i);
    return false;
  };
  for (const s of all) {
    if (seen.has(s.index)) continue;
    seen.add(s.index);
    onPath.add(s.index);
    for (const d of cmdDeps.get(s.index) ?? []) {
      if (onPath.has(d) || cyclic(d)) {
        const line = depLines.get(s.index)?.get(d) ?? df.stages[s.index].from.startLine;
        throw new DockerfileError(df.file, line, `circular dependency detected on stage: ${stageLabel(df.stages[s.index])}`);
      }
    }
    onPath.delete(s.index);
  }
  const reachable = /* @__PURE__ */ new Set();
  const reach = (i) => {
    if (reachable.has(i)) return;
    reachable.add(i);
    for (const d of all[i].dependsOn) reach(d);
  };
  reach(target.index);
  for (const i of [...reachable].sort((a, b) => a - b)) {
    const f = forwardRefs.get(i)?.[0];
    if (f) throw new DockerfileError(df.file, f.line, f.message, f.endLine);
  }
  const order = [];
  const state = /* @__PURE__ */ new Map();
  const visit = (s) => {
    if (state.get(s.index) === "done") return;
    state.set(s.index, "visiting");
    for (const d of [...s.dependsOn].sort((a, b) => a - b)) {
      if (state.get(d) === "visiting") {
        const line = depLines.get(s.index)?.get(d) ?? df.stages[s.index].from.startLine;
        throw new DockerfileError(df.file, line, `circular dependency detected on stage: ${stageLabel(df.stages[d])}`);
      }
      visit(all[d]);
    }
    state.set(s.index, "done");
    order.push(s);
  };
  visit(target);
  warnings.push(...unusedBuildArgs(df, opts, order));
  if (/^(1|t|true)$/i.test(opts.buildArgs.BUILDKIT_INLINE_CACHE ?? "")) {
    warnings.push({ file: df.file, line: 0, message: "build-arg BUILDKIT_INLINE_CACHE: no inline cache is written into the image (hoist keeps its layer cache in the Actions cache, a --cache-dir or a registry cache: --cache-to)" });
  }
  return { stages: order, target, globalArgs: globals, allStages: all, buildArgs: { ...opts.buildArgs }, ...opts.legacyFrontend ? { legacyFrontend: true } : {}, escapeToken: df.escapeToken, file: df.file, warnings };
}
function unusedBuildArgs(df, opts, stages) {
  const declared = /* @__PURE__ */ new Set([...PROXY_ARGS, ...BUILTIN_ARGS, ...platformArgs(opts.targetPlatform, opts.buildPlatform).keys()]);
  for (const a of df.globalArgs) for (const d of a.args) declared.add(d.key);
  for (const s of stages) {
    for (const i of s.ast.instructions) if (i.kind === "ARG") for (const d of i.args) declared.add(d.key);
  }
  if ([...declared].some((k) => k.includes("$"))) return [];
  const unused = Object.keys(opts.buildArgs).filter((k) => !declared.has(k));
  return unused.map((k) => ({ file: df.file, line: 0, message: `build-arg "${k}" was not consumed: no ARG declares it in the stages built` }));
}

// src/dockerfile/scope.ts
function splitEnv(e) {
  const i = e.indexOf("=");
  return i < 0 ? [e, ""] : [e.slice(0, i), e.slice(i + 1)];
}
var StageScope = class {
  /** Variables visible to expansion and RUN (ENV and ARG values, in write order). */
  vars;
  /** The image config's Env (ENV only). */
  config;
  /** ARGs declared in this stage (or inherited from the parent stage) that have a value. */
  declared;
  lex;
  rawLex = new ShellLex({ skipProcessQuotes: true });
  plan;
  stage;
  /** Every ARG name declared so far (with or without a value, the parent stage's included). */
  argKeys;
  /** While positive, unknown variables are not recorded (EXPOSE, an ARG default a --build-arg replaces). */
  quiet = 0;
  /**
   * Variables used before any ARG or ENV defines them (BuildKit's UndefinedVar check), once per instruction, with
   * a close defined name or a hint (declared later in the stage; a global ARG not imported).
   */
  undefinedUses = [];
  constructor(opts) {
    this.plan = opts.plan;
    this.stage = opts.stage;
    this.lex = new ShellLex({ escapeToken: opts.plan.escapeToken });
    if (opts.parentScope) {
      this.config = opts.parentScope.env().map(splitEnv);
      this.vars = new Map(opts.parentScope.vars);
      this.declared = new Map(opts.parentScope.declared);
      this.argKeys = new Set(opts.parentScope.argKeys);
    } else {
      this.config = opts.baseEnv.map(splitEnv);
      if (!this.config.some(([k]) => k === "PATH")) this.config.push(["PATH", DEFAULT_PATH]);
      this.vars = new Map(this.config);
      this.declared = /* @__PURE__ */ new Map();
      this.argKeys = /* @__PURE__ */ new Set();
    }
  }
  /** ARG name -> value visible now, for RUN's environment, history and cache keys. */
  args() {
    return new Map(this.declared);
  }
  /** ENV as the image config holds it now (`KEY=VAL`, in order). */
  env() {
    return this.config.map(([k, v]) => `${k}=${v}`);
  }
  /** Proxy build args not declared by an ARG: they reach RUN's environment but not history or cache keys. */
  proxyArgs() {
    const out = /* @__PURE__ */ new Map();
    for (const k of PROXY_ARGS) {
      if (Object.prototype.hasOwnProperty.call(this.plan.buildArgs, k) && !this.declared.has(k)) out.set(k, this.plan.buildArgs[k]);
    }
    return out;
  }
  /** Applies ARG/ENV side effects and returns the instruction with every field Docker expands expanded. */
  expand(instr) {
    const w = (s) => this.word(s, instr);
    switch (instr.kind) {
      case "FROM": {
        const out = { ...instr, image: this.stage.base.kind === "image" ? this.stage.base.ref : instr.image };
        if (this.stage.platform !== void 0) out.platform = this.stage.platform;
        return out;
      }
      case "ARG": {
        const keys = this.quietly(() => instr.args.map((d) => w(d.key)));
        for (const k of keys) this.argKeys.add(k);
        const expandDefault = (d, key) => d.value === void 0 ? void 0 : Object.prototype.hasOwnProperty.call(this.plan.buildArgs, key) ? this.quietly(() => w(d.value)) : w(d.value);
        const defaults = this.plan.legacyFrontend ? instr.args.map((d, i) => expandDefault(d, keys[i])) : void 0;
        return {
          ...instr,
          args: instr.args.map((d, i) => {
            const written = defaults ? defaults[i] : expandDefault(d, keys[i]);
            return { ...this.declare(keys[i], written, d.value !== void 0), written };
          })
        };
      }
      case "ENV": {
        const pairs = instr.pairs.map((p) => ({ key: w(p.key), value: w(p.value) }));
        for (const p of pairs) this.setEnv(p.key, p.value);
        return { ...instr, pairs };
      }
      case "LABEL":
        return { ...instr, pairs: instr.pairs.map((p) => ({ key: w(p.key), value: w(p.value) })) };
      case "WORKDIR":
        return { ...instr, path: w(instr.path) };
      case "USER":
        return { ...instr, user: w(instr.user) };
      case "STOPSIGNAL":
        return { ...instr, signal: w(instr.signal) };
      case "VOLUME":
        return { ...instr, volumes: instr.volumes.map(w) };
      case "EXPOSE":
        return { ...instr, ports: this.quietly(() => instr.ports.flatMap((p) => this.words(p, instr))) };
      case "COPY":
      case "ADD": {
        const out = {
          ...instr,
          sources: instr.sources.map(w),
          dest: w(instr.dest),
          exclude: instr.exclude.map(w),
          heredocs: instr.heredocs.map((h) => h.expand ? { ...h, data: this.raw(h.data, instr) } : { ...h })
        };
        if (out.chown !== void 0) out.chown = w(out.chown);
        if (out.chmod !== void 0 && !this.plan.legacyFrontend) out.chmod = w(out.chmod);
        if (out.kind === "ADD" && out.checksum !== void 0) out.checksum = w(out.checksum);
        return out;
      }
      case "RUN": {
        const mounts = instr.mountSpecs.map((s) => {
          try {
            return parseMount(s, w);
          } catch (e) {
            if (e instanceof DockerfileError) throw e;
            throw new DockerfileError(this.plan.file, instr.startLine, e.message, instr.endLine);
          }
        });
        return { ...instr, mounts };
      }
      default:
        return instr;
    }
  }
  declare(key, expandedDefault, hasDefault) {
    const buildArgs = this.plan.buildArgs;
    let value;
    if (Object.prototype.hasOwnProperty.call(buildArgs, key)) value = buildArgs[key];
    else if (hasDefault) value = expandedDefault;
    else value = this.plan.globalArgs.get(key);
    if (value === void 0) return { key };
    this.declared.set(key, value);
    this.vars.delete(key);
    this.vars.set(key, value);
    return { key, value };
  }
  setEnv(key, value) {
    const i = this.config.findIndex(([k]) => k === key);
    if (i >= 0) this.config[i] = [key, value];
    else this.config.push([key, value]);
    this.vars.delete(key);
    this.vars.set(key, value);
  }
  run(at, f) {
    let r;
    try {
      r = f();
    } catch (e) {
      if (e instanceof ExpansionError) throw new DockerfileError(this.plan.file, at.startLine, e.message, at.endLine);
      throw e;
    }
    if (this.quiet === 0) for (const name of r.unmatched) this.noteUndefined(name, at);
    return r.out;
  }
  quietly(f) {
    this.quiet++;
    try {
      return f();
    } finally {
      this.quiet--;
    }
  }
  word(s, at) {
    return this.run(at, () => {
      const r = this.lex.process(s, (n) => this.vars.get(n));
      return { out: r.result, unmatched: r.unmatched };
    });
  }
  words(s, at) {
    return this.run(at, () => {
      const r = this.lex.process(s, (n) => this.vars.get(n));
      return { out: r.words, unmatched: r.unmatched };
    });
  }
  /** Heredoc bodies: variables expand, quotes and escapes (other than `\$`) stay. */
  raw(s, at) {
    return this.run(at, () => {
      const r = this.rawLex.process(s, (n) => this.vars.get(n));
      return { out: r.result, unmatched: r.unmatched };
    });
  }
  /**
   * Records a variable no ARG or ENV defined (a declared ARG without a value counts as defined, as in BuildKit):
   * once per word that uses it, as BuildKit reports it for each word it expands.
   */
  noteUndefined(name, at) {
    if (this.argKeys.has(name) || name === "BUILDKIT_SBOM_SCAN_CONTEXT" || name === "BUILDKIT_SBOM_SCAN_STAGE") return;
    const later = this.stage.ast.instructions.find(
      (i) => i.startLine > at.startLine && (i.kind === "ARG" && i.args.some((d) => d.key === name) || i.kind === "ENV" && i.pairs.some((p) => p.key === name))
    );
    const use = { name, at };
    const close = suggest(name, [...this.vars.keys()], true);
    if (close !== void 0) use.suggestion = close;
    else if (later) use.hint = `${later.kind} ${name} is declared later, on line ${later.startLine}`;
    else if (this.plan.globalArgs.has(name)) use.hint = `global ARG ${name} needs "ARG ${name}" in the stage to be visible`;
    this.undefinedUses.push(use);
  }
};

// src/dockerfile/checks.ts
import path5 from "node:path";
var kebab = (name) => name.replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2").replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
var rule = (name, description, experimental = false) => ({
  name,
  description,
  url: `https://docs.docker.com/go/dockerfile/rule/${kebab(name)}/`,
  ...experimental ? { experimental } : {}
});
var RULES = {
  StageNameCasing: rule("StageNameCasing", "Stage names should be lowercase"),
  FromAsCasing: rule("FromAsCasing", "The 'as' keyword should match the case of the 'from' keyword"),
  NoEmptyContinuation: rule("NoEmptyContinuation", "Empty continuation lines will become errors in a future release"),
  ConsistentInstructionCasing: rule("ConsistentInstructionCasing", "All commands within the Dockerfile should use the same casing (either upper or lower)"),
  DuplicateStageName: rule("DuplicateStageName", "Stage names should be unique"),
  ReservedStageName: rule("ReservedStageName", "Reserved words should not be used as stage names"),
  JSONArgsRecommended: rule("JSONArgsRecommended", "JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals"),
  MaintainerDeprecated: rule("MaintainerDeprecated", "The MAINTAINER instruction is deprecated, use a label instead to define an image author"),
  UndefinedArgInFrom: rule("UndefinedArgInFrom", "FROM command must use declared ARGs"),
  WorkdirRelativePath: rule("WorkdirRelativePath", "Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes"),
  UndefinedVar: rule("UndefinedVar", "Variables should be defined before their use"),
  MultipleInstructionsDisallowed: rule("MultipleInstructionsDisallowed", "Multiple instructions of the same type should not be used in the same stage"),
  LegacyKeyValueFormat: rule("LegacyKeyValueFormat", "Legacy key/value format with whitespace separator should not be used"),
  InvalidBaseImagePlatform: { ...rule("InvalidBaseImagePlatform", "Base image platform does not match expected target platform"), url: "" },
  RedundantTargetPlatform: rule("RedundantTargetPlatform", "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior"),
  SecretsUsedInArgOrEnv: rule("SecretsUsedInArgOrEnv", "Sensitive data should not be used in the ARG or ENV commands"),
  InvalidDefaultArgInFrom: rule("InvalidDefaultArgInFrom", "Default value for global ARG results in an empty or invalid base image name"),
  FromPlatformFlagConstDisallowed: rule("FromPlatformFlagConstDisallowed", "FROM --platform flag should not use a constant value"),
  ExposeProtoCasing: rule("ExposeProtoCasing", "Protocol in EXPOSE instruction should be lowercase"),
  ExposeInvalidFormat: rule("ExposeInvalidFormat", "IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release"),
  CopyIgnoredFile: rule("CopyIgnoredFile", "Attempting to Copy file that is excluded by .dockerignore")
};
function defaultChecks() {
  return { skipAll: false, skip: /* @__PURE__ */ new Set(), error: false, experimentalAll: false, experimental: /* @__PURE__ */ new Set() };
}
function skippedByComment(comments, rule2) {
  for (const c of comments) {
    const m = /^check\s*=(.*)$/i.exec(c);
    if (!m) continue;
    const reason = m[1].indexOf(" //");
    try {
      const cfg = parseCheckOptions(reason >= 0 ? m[1].slice(0, reason) : m[1]);
      if (cfg.skipAll || cfg.skip.has(rule2)) return true;
    } catch {
    }
  }
  return false;
}
function parseCheckOptions(value) {
  const cfg = defaultChecks();
  const v = value.trim();
  if (v === "") return cfg;
  const parts = v.split(";");
  const fields = parts.length > 3 ? [...parts.slice(0, 2), parts.slice(2).join(";")] : parts;
  for (const part of fields) {
    const eq = part.indexOf("=");
    if (eq < 0) throw new Error(`invalid check option "${part}"`);
    const key = part.slice(0, eq).trim();
    const val = part.slice(eq + 1);
    const list = () => val.trim() === "all" ? { all: true, names: /* @__PURE__ */ new Set() } : { all: false, names: new Set(val.split(",").map((x) => x.trim())) };
    if (key === "skip") {
      const l = list();
      cfg.skipAll = l.all;
      cfg.skip = l.names;
    } else if (key === "experimental") {
      const l = list();
      cfg.experimentalAll = l.all;
      cfg.experimental = l.names;
    } else if (key === "error") {
      const b = parseGoBool(val.trim());
      if (b === void 0) throw new Error(`failed to parse check option "${part}": strconv.ParseBool: parsing "${val.trim()}": invalid syntax`);
      cfg.error = b;
    } else throw new Error(`invalid check option "${key}"`);
  }
  return cfg;
}
function checkConfigOf(df, buildArgs) {
  if (Object.prototype.hasOwnProperty.call(buildArgs, "BUILDKIT_DOCKERFILE_CHECK")) {
    try {
      return parseCheckOptions(buildArgs.BUILDKIT_DOCKERFILE_CHECK);
    } catch (e) {
      throw new DockerfileError(df.file, 0, `failed to parse build-arg:BUILDKIT_DOCKERFILE_CHECK: ${e.message}`);
    }
  }
  if (df.directives.check === void 0) return defaultChecks();
  try {
    return parseCheckOptions(df.directives.check.trimStart().split(" ")[0]);
  } catch (e) {
    throw new DockerfileError(df.file, 0, `failed to parse check options: ${e.message}`);
  }
}
function checksOff(cfg) {
  return cfg.skipAll && !cfg.experimentalAll && cfg.experimental.size === 0;
}
function checkViolation(config, warnings) {
  if (!config.error || warnings.length === 0) return void 0;
  return `lint violation found for rules: ${[...new Set(warnings.map((w) => w.rule))].join(", ")}`;
}
var SECRET_WORDS = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
var PUBLIC_WORDS = /(?:_|^)(?:public|file|version)(?:_|$)/i;
var isLower = (s) => s === s.toLowerCase();
var isUpper = (s) => s === s.toUpperCase();
function runChecks(df, plan, opts) {
  const cfg = opts.config;
  const out = [];
  const enabled = (r) => r.experimental ? cfg.experimentalAll || cfg.experimental.has(r.name) : !cfg.skipAll && !cfg.skip.has(r.name);
  const nodeAt = new Map(df.nodes.map((n) => [n.startLine, n]));
  const report = (r, at, message, line = at.startLine) => {
    if (!enabled(r)) return;
    const comments = nodeAt.get(at.startLine)?.comments;
    if (comments && !r.experimental && skippedByComment(comments, r.name)) return;
    out.push({ rule: r.name, description: r.description, url: r.url, message, file: df.file, line, endLine: at.endLine });
  };
  if (checksOff(cfg)) return out;
  const nodeOf = /* @__PURE__ */ new Map();
  df.instructions.forEach((instr, i) => nodeOf.set(instr, df.nodes[i]));
  const keyword = (instr) => nodeOf.get(instr)?.keyword ?? instr.kind;
  for (const node of df.nodes) if (node.emptyContinuationLine !== void 0) report(RULES.NoEmptyContinuation, node, "Empty continuation line", node.emptyContinuationLine);
  for (const [i, instr] of df.instructions.entries()) {
    const node = df.nodes[i];
    if (instr.kind === "FROM" && node.args.length === 3) {
      const [, as, name] = node.args;
      if (name !== name.toLowerCase()) report(RULES.StageNameCasing, instr, `Stage name '${name}' should be lowercase`);
      const from = node.keyword;
      const mismatch = isLower(from) ? !isLower(as) : isUpper(from) ? !isUpper(as) : false;
      if (mismatch) report(RULES.FromAsCasing, instr, `'${as}' and '${from}' keywords' casing do not match`);
    }
    if (instr.kind === "MAINTAINER") report(RULES.MaintainerDeprecated, instr, "Maintainer instruction is deprecated in favor of using label");
  }
  const seen = /* @__PURE__ */ new Set();
  for (const s of df.stages) {
    if (s.name === void 0) continue;
    if (s.name === "scratch" || s.name === "context") report(RULES.ReservedStageName, s.from, `Stage name should not use the same name as reserved stage "${s.name}"`);
    if (seen.has(s.name)) report(RULES.DuplicateStageName, s.from, `Duplicate stage name "${s.name}", stage names should be unique`);
    seen.add(s.name);
  }
  instructionCasing(df, keyword, report);
  fromChecks(df, plan, opts, report);
  const stages = opts.stages ?? plan.stages;
  const scopes = /* @__PURE__ */ new Map();
  const shellSet = /* @__PURE__ */ new Map();
  const envKnown = /* @__PURE__ */ new Map();
  const workdirSet = /* @__PURE__ */ new Map();
  for (const stage of [...stages].sort((a, b) => a.index - b.index)) {
    const parent = stage.base.kind === "stage" ? stage.base.stage : void 0;
    const base2 = opts.baseConfig?.(stage);
    if (stage.base.kind === "image" && base2?.platform?.os && base2.platform.architecture) {
      const want = normalizePlatform(opts.platformOf?.(stage) ?? opts.targetPlatform);
      const got = normalizePlatform(base2.platform);
      if (got.os !== want.os || got.architecture !== want.architecture) {
        report(RULES.InvalidBaseImagePlatform, stage.ast.from, `Base image ${stage.base.ref} was pulled with platform "${formatPlatformOf(got)}", expected "${formatPlatformOf(want)}" for current build`);
      }
    }
    const known = parent !== void 0 ? envKnown.get(parent) ?? false : stage.base.kind === "scratch" || stage.base.kind === "image" && base2 !== void 0;
    envKnown.set(stage.index, known);
    const scope = new StageScope({ plan, stage, baseEnv: base2?.env ?? [], parentScope: parent !== void 0 ? scopes.get(parent) : void 0 });
    scopes.set(stage.index, scope);
    for (const trigger of parent === void 0 ? base2?.onBuild ?? [] : []) {
      try {
        const instr = parseInstruction(trigger, { file: df.file, line: stage.ast.from.startLine, escape: df.escapeToken });
        scope.expand(instr);
      } catch {
      }
    }
    scope.undefinedUses.length = 0;
    let shell = parent !== void 0 ? shellSet.get(parent) ?? false : (base2?.shell.length ?? 0) > 0;
    let workdir = parent !== void 0 ? workdirSet.get(parent) ?? false : false;
    const once = /* @__PURE__ */ new Map();
    for (const instr of stage.ast.instructions) {
      let x;
      const used = scope.undefinedUses.length;
      try {
        x = scope.expand(instr);
      } catch {
        break;
      }
      for (const u of scope.undefinedUses.slice(used)) {
        if (!known && u.hint === void 0) continue;
        const more = u.suggestion !== void 0 ? ` (did you mean $${u.suggestion}?)` : "";
        report(RULES.UndefinedVar, instr, `Usage of undefined variable '$${u.name}'${more}`);
      }
      const name = keyword(instr);
      switch (x.kind) {
        case "ENV":
        case "LABEL":
          if (nodeOf.get(instr)?.legacy) report(RULES.LegacyKeyValueFormat, instr, `"${name} key=value" should be used instead of legacy "${name} key value" format`);
          if (x.kind === "ENV") for (const p of x.pairs) secrets(p.key, "ENV", instr);
          break;
        case "ARG":
          for (const a of x.args) secrets(a.key, "ARG", instr);
          break;
        case "COPY":
        case "ADD":
          if (opts.dockerignore && !opts.dockerignore.hasExclusions && !(x.kind === "COPY" && x.from !== void 0)) {
            for (const src of x.sources) {
              if (isRemoteSource(src)) continue;
              const clean = path5.posix.normalize(src).replace(/\/+$/, "") || "/";
              if (clean !== "." && opts.dockerignore.ignores(clean, false)) report(RULES.CopyIgnoredFile, instr, `Attempting to ${x.kind === "ADD" ? "Add" : "Copy"} file ${JSON.stringify(clean)} that is excluded by .dockerignore`);
            }
          }
          break;
        case "WORKDIR":
          if (!workdir && !x.path.startsWith("/")) report(RULES.WorkdirRelativePath, instr, `Relative workdir ${JSON.stringify(x.path)} can have unexpected results if the base image changes`);
          workdir = true;
          break;
        case "SHELL":
          shell = true;
          break;
        case "CMD":
        case "ENTRYPOINT":
        case "HEALTHCHECK": {
          const prev = once.get(x.kind);
          if (prev) report(RULES.MultipleInstructionsDisallowed, prev, `Multiple ${name} instructions should not be used in the same stage because only the last one will be used`);
          once.set(x.kind, instr);
          if (x.kind !== "HEALTHCHECK" && x.form === "shell" && !shell && known) report(RULES.JSONArgsRecommended, instr, `JSON arguments recommended for ${name} to prevent unintended behavior related to OS signals`);
          break;
        }
        case "EXPOSE":
          for (const port of x.ports) {
            const slash = port.indexOf("/");
            if (slash >= 0 && port.slice(slash + 1) !== port.slice(slash + 1).toLowerCase()) report(RULES.ExposeProtoCasing, instr, `Defined protocol '${port}' in EXPOSE instruction should be lowercase`);
            if (port.includes(":")) report(RULES.ExposeInvalidFormat, instr, `EXPOSE instruction should not define an IP address or host-port mapping, found '${port}'`);
          }
          break;
        default:
          break;
      }
    }
    shellSet.set(stage.index, shell);
    workdirSet.set(stage.index, workdir);
  }
  return out.map((w, i) => ({ w, i })).sort((a, b) => a.w.line - b.w.line || a.i - b.i).map((e) => e.w);
  function secrets(key, kind, at) {
    if (SECRET_WORDS.test(key) && !PUBLIC_WORDS.test(key)) report(RULES.SecretsUsedInArgOrEnv, at, `Do not use ARG or ENV instructions for sensitive data (${kind} ${JSON.stringify(key)})`);
  }
}
function formatPlatformOf(p) {
  return [p.os, p.architecture, p.variant].filter((x) => x).join("/");
}
function instructionCasing(df, keyword, report) {
  const words = [];
  for (const s of df.stages) for (const instr of [s.from, ...s.instructions]) words.push({ instr, word: keyword(instr) });
  let lower = 0;
  let upper = 0;
  for (const { word } of words) {
    if (isLower(word)) lower++;
    else if (isUpper(word)) upper++;
  }
  const majorityLower = lower > upper;
  for (const { instr, word } of words) {
    if (majorityLower ? !isLower(word) : !isUpper(word)) {
      report(RULES.ConsistentInstructionCasing, instr, `Command '${word}' should match the case of the command majority (${majorityLower ? "lowercase" : "uppercase"})`);
    }
  }
}
function fromChecks(df, plan, opts, report) {
  const lex = new ShellLex({ escapeToken: df.escapeToken });
  const builtins = platformArgs(opts.targetPlatform, opts.buildPlatform);
  const defaults = new Map(builtins);
  invalidDefaults: {
    for (const a of df.globalArgs) {
      for (const d of a.args) {
        if (d.value === void 0) continue;
        try {
          defaults.set(d.key, lex.process(d.value, (n) => defaults.get(n)).result);
        } catch {
          break invalidDefaults;
        }
      }
    }
    for (const s of df.stages) {
      let name;
      try {
        name = lex.process(s.from.image, (n) => defaults.get(n)).result;
      } catch {
        break invalidDefaults;
      }
      if (!validBaseName(name)) report(RULES.InvalidDefaultArgInFrom, s.from, `Default value for ARG ${s.from.image} results in empty or invalid base image name`);
    }
  }
  const known = /* @__PURE__ */ new Set([...plan.globalArgs.keys(), ...builtins.keys()]);
  const values = (n) => plan.globalArgs.get(n) ?? void 0;
  const candidates = [...known];
  const undeclared = (from, unmatched) => {
    for (const n of unmatched) {
      if (known.has(n)) continue;
      const close = suggest(n, candidates, true);
      report(RULES.UndefinedArgInFrom, from, `FROM argument '${n}' is not declared${close !== void 0 ? ` (did you mean ${close}?)` : ""}`);
    }
  };
  for (const s of df.stages) {
    try {
      undeclared(s.from, lex.process(s.from.image, values).unmatched);
      const platform = s.from.platform;
      if (platform === void 0) continue;
      const r = lex.process(platform, values);
      undeclared(s.from, r.unmatched);
      const target = plan.globalArgs.get("TARGETPLATFORM");
      if (r.unmatched.size === 0 && r.matched.size === 1 && r.matched.has("TARGETPLATFORM") && r.result === target) {
        report(RULES.RedundantTargetPlatform, s.from, `Setting platform to predefined ${platform} in FROM is redundant as this is the default behavior`);
      }
      if (r.matched.size === 0 && r.unmatched.size === 0) {
        let p;
        try {
          p = parsePlatform(r.result);
        } catch {
          continue;
        }
        const stageName = s.name ?? "";
        if (!(stageName.includes(p.os) || stageName.includes(p.architecture))) {
          report(RULES.FromPlatformFlagConstDisallowed, s.from, `FROM --platform flag should not use constant value ${JSON.stringify(r.result)}`);
        }
      }
    } catch {
    }
  }
}
function validBaseName(name) {
  if (name === "") return false;
  try {
    parseReference(name);
    return true;
  } catch {
    return false;
  }
}

// src/dockerfile/describe.ts
function flagsOf(i) {
  const f = {};
  const put = (k, v, keep = false) => {
    if (v !== void 0 && v !== false && (keep || !(Array.isArray(v) && v.length === 0))) f[k] = v;
  };
  switch (i.kind) {
    case "FROM":
      put("platform", i.platform);
      break;
    case "COPY":
    case "ADD":
      if (i.kind === "COPY") put("from", i.from);
      put("chown", i.chown);
      put("chmod", i.chmod);
      put("link", i.link);
      put("exclude", i.exclude);
      if (i.kind === "COPY") put("parents", i.parents);
      if (i.kind === "ADD") {
        put("keepGitDir", i.keepGitDir);
        put("checksum", i.checksum);
        if (i.unpack !== void 0) f.unpack = i.unpack;
      }
      break;
    case "RUN":
      put("mount", i.mounts);
      put("network", i.network);
      put("security", i.security);
      break;
    case "HEALTHCHECK":
      if (i.health.kind === "CMD") {
        put("interval", i.health.interval);
        put("timeout", i.health.timeout);
        put("startPeriod", i.health.startPeriod);
        put("startInterval", i.health.startInterval);
        put("retries", i.health.retries);
      }
      break;
    default:
      break;
  }
  return f;
}
function argsOf(i) {
  switch (i.kind) {
    case "FROM":
      return i.name !== void 0 ? [i.image, "AS", i.name] : [i.image];
    case "ARG":
      return i.args.map((a) => a.value === void 0 ? a.key : `${a.key}=${a.value}`);
    case "ENV":
    case "LABEL":
      return i.pairs.map((p) => `${p.key}=${p.value}`);
    case "WORKDIR":
      return [i.path];
    case "USER":
      return [i.user];
    case "STOPSIGNAL":
      return [i.signal];
    case "MAINTAINER":
      return [i.maintainer];
    case "EXPOSE":
      return i.ports;
    case "VOLUME":
      return i.volumes;
    case "COPY":
    case "ADD":
      return [...i.sources, ...i.heredocs.map((h) => `<<${h.path}`), i.dest];
    case "RUN":
    case "CMD":
    case "ENTRYPOINT":
    case "SHELL":
      return i.form === "exec" ? i.args : [i.command];
    case "HEALTHCHECK":
      return i.health.kind === "NONE" ? ["NONE"] : i.health.test;
    case "ONBUILD":
      return [i.expression];
  }
}
function describe(i, stage) {
  const d = { name: i.kind, startLine: i.startLine, endLine: i.endLine, stage, args: argsOf(i), flags: flagsOf(i) };
  if (i.kind === "RUN" || i.kind === "CMD" || i.kind === "ENTRYPOINT" || i.kind === "SHELL") d.form = i.form;
  if (i.kind === "RUN") d.heredocs = i.heredocs.map((h) => ({ name: h.name, body: h.body, expand: h.expand, chomp: h.chomp }));
  if (i.kind === "COPY" || i.kind === "ADD") d.heredocs = i.heredocs.map((h) => ({ name: h.path, body: h.data, expand: h.expand, chomp: false }));
  if (d.heredocs?.length === 0) delete d.heredocs;
  return d;
}
function describeDockerfile(text, opts) {
  const df = parseDockerfile(text, { file: opts.file });
  const buildPlatform = opts.buildPlatform;
  let targetPlatform;
  try {
    targetPlatform = opts.platform ? parsePlatform(opts.platform) : buildPlatform;
  } catch (e) {
    throw new DockerfileError(opts.file, 0, e.message);
  }
  const plan = planStages(df, { buildArgs: opts.buildArgs ?? {}, target: opts.target, targetPlatform, buildPlatform });
  const needed = new Set(plan.stages.map((s) => s.index));
  const warnings = [...plan.warnings];
  for (const c of runChecks(df, plan, { config: checkConfigOf(df, opts.buildArgs ?? {}), targetPlatform, buildPlatform })) {
    warnings.push({ file: c.file, line: c.line, message: `${c.rule}: ${c.message}` });
  }
  const out = df.globalArgs.map((a) => {
    const d = describe(a, null);
    d.args = a.args.map((x) => {
      const v = plan.globalArgs.get(x.key);
      return v === void 0 ? x.key : `${x.key}=${v}`;
    });
    return d;
  });
  const scopes = /* @__PURE__ */ new Map();
  for (const planned of plan.allStages) {
    const parentScope = planned.base.kind === "stage" ? scopes.get(planned.base.stage) : void 0;
    const scope = new StageScope({ plan, stage: planned, baseEnv: [], parentScope });
    scopes.set(planned.index, scope);
    for (const instr of [planned.ast.from, ...planned.ast.instructions]) {
      try {
        out.push(describe(scope.expand(instr), planned.index));
      } catch (e) {
        if (needed.has(planned.index) || !(e instanceof DockerfileError)) throw e;
        warnings.push({ file: e.file, line: e.line, message: `${e.detail} (stage not built for this target)` });
        out.push({ ...describe(instr, planned.index), expanded: false });
      }
    }
  }
  out.sort((a, b) => a.startLine - b.startLine);
  warnings.sort((a, b) => a.line - b.line);
  const byIndex = (i) => plan.allStages[i].name;
  return {
    file: opts.file,
    directives: df.directives,
    target: plan.target.name !== void 0 ? { index: plan.target.index, name: plan.target.name } : { index: plan.target.index },
    stages: plan.stages.map((s) => {
      const base2 = s.base.kind === "stage" && byIndex(s.base.stage) !== void 0 ? { ...s.base, name: byIndex(s.base.stage) } : s.base;
      const r = { index: s.index, base: base2, dependsOn: s.dependsOn };
      if (s.name !== void 0) r.name = s.name;
      if (s.platform !== void 0) r.platform = s.platform;
      return r;
    }),
    instructions: out,
    warnings: warnings.map(formatWarning)
  };
}

export {
  GitContextError,
  redactUrl,
  isRemoteSource,
  parseGitContext,
  keepGitDirArg,
  formatGitContext,
  defaultGitContext,
  gitAuthToken,
  secretFileReader,
  assertInsideCheckout,
  fetchGitContext,
  resolveGitCommit,
  namedGitContextFetcher,
  NamedContextError,
  contextKey,
  localContextProblem,
  parseNamedContext,
  parseNamedContexts,
  lookupNamedContext,
  loadDockerignore,
  listContextFiles,
  compileComponent,
  cleanSource,
  resolveSourceIn,
  BuildContext,
  openBuildContext,
  defaultDockerfilePath,
  DockerfileError,
  formatWarning,
  parseDockerfile,
  parseInstruction,
  stageByRef,
  planStages,
  StageScope,
  defaultChecks,
  checkConfigOf,
  checksOff,
  checkViolation,
  runChecks,
  describeDockerfile
};
