import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);

// src/context/git-context.ts
import { spawn } from "node:child_process";
import { lstat, readFile, realpath, rm, stat } from "node:fs/promises";
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
function parseGitContext(s) {
  let text = s.trim();
  const github = text.startsWith("github.com/");
  if (github) text = `https://${text}`;
  const scp = /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:/.test(text) && !/^[a-z]+:\/\//i.test(text);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (!scp && !["git", "ssh", "http", "https"].includes(scheme ?? "")) return void 0;
  const hash = text.indexOf("#");
  const base = hash >= 0 ? text.slice(0, hash) : text;
  const fragment = hash >= 0 ? text.slice(hash + 1) : void 0;
  const q = base.indexOf("?");
  const url = q >= 0 ? base.slice(0, q) : base;
  const query = q >= 0 ? new URLSearchParams(base.slice(q + 1)) : void 0;
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
    const bool = (k) => {
      if (!query.has(k)) return void 0;
      const v = query.get(k).toLowerCase();
      if (["true", "1", ""].includes(v)) return true;
      if (["false", "0"].includes(v)) return false;
      throw new GitContextError(`${redactUrl(s)}: ${k}= takes true or false, got "${query.get(k)}"`);
    };
    keepGitDir = bool("keep-git-dir");
    submodules = bool("submodules");
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
  const { mkdir } = await import("node:fs/promises");
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
  if (g.keepGitDir && !/^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(g.url)) await run(["remote", "add", "origin", g.url], "naming the remote");
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

export {
  GitContextError,
  redactUrl,
  parseGitContext,
  keepGitDirArg,
  formatGitContext,
  defaultGitContext,
  gitAuthToken,
  secretFileReader,
  assertInsideCheckout,
  fetchGitContext,
  resolveGitCommit,
  namedGitContextFetcher
};
