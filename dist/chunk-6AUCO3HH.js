import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  fetchGitContext,
  gitAuthToken,
  parseGitContext,
  redactUrl,
  resolveGitCommit,
  secretFileReader
} from "./chunk-ZJ5SKQ7P.js";
import {
  SNIFF_BYTES,
  openArchive,
  peekStream,
  readTar,
  sniffArchive
} from "./chunk-BUUB24WL.js";
import {
  Digester,
  parseDigest
} from "./chunk-A2LCJWYG.js";

// src/build/add.ts
import { createReadStream, createWriteStream } from "node:fs";
import { chmod, mkdtemp, utimes } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

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
function escapeRe(ch, inClass = false) {
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
      re += escapeRe(chars[i]);
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
        cls += lo === hi ? escapeRe(lo, true) : `${escapeRe(lo, true)}-${escapeRe(hi, true)}`;
        i++;
      }
      if (cls === "" || cls === "^") throw new BadPatternError(pattern);
      re += cls.startsWith("^") ? `(?![/])[${cls}]` : `[${cls}]`;
    } else re += escapeRe(c);
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
  constructor(source, where) {
    super(`"${source}" not found in ${where}`);
    this.source = source;
    this.name = "SourceNotFoundError";
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
    if (rel !== "" && !await tree.lstat(await tree.resolve(rel))) throw new SourceNotFoundError(source, where);
    return [rel];
  }
  const parts = cleaned.split("/");
  const first = parts.findIndex((p) => hasWildcards(p));
  const base = cleanSource(parts.slice(0, first).map(unescapeLiteral).join("/"));
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
        if (!seen.has(shown)) out.push(shown);
        seen.add(shown);
      } else {
        const st2 = await tree.lstat(await tree.resolve(childRel));
        if (st2?.type === "dir") await visit(await tree.resolve(childRel), depth + 1, shown);
      }
    }
  };
  const baseResolved = await tree.resolve(base);
  const st = baseResolved === "" ? { type: "dir" } : await tree.lstat(baseResolved);
  if (st?.type === "dir") await visit(baseResolved, 0, base);
  return out;
}

// src/build/fs-view.ts
function keptAttributes(e) {
  if (e.type === "char" || e.type === "block") return { devmajor: e.devmajor ?? 0, devminor: e.devminor ?? 0 };
  const cap = e.type === "file" ? e.xattrs?.["security.capability"] : void 0;
  return cap ? { xattrs: { "security.capability": cap } } : {};
}
function summaryOf(value, diffId) {
  const s = value;
  return s && s.v === 1 && s.diffId === diffId && Array.isArray(s.entries) ? s : void 0;
}
var SUMMARY_FILES = ["etc/passwd", "etc/group"];
var TYPE_CHARS = { file: "f", dir: "d", symlink: "l", hardlink: "h", char: "c", block: "b", fifo: "p" };
var CHAR_TYPES = Object.fromEntries(Object.entries(TYPE_CHARS).map(([k, v]) => [v, k]));
function summaryEntry(path2, n) {
  const e = [path2, TYPE_CHARS[n.type], n.mode, n.uid, n.gid, n.mtime, n.size];
  if (n.linkname !== void 0) e.push(n.linkname);
  return e;
}
var normalizePath = cleanSource;
function parentOf(p) {
  const i = p.lastIndexOf("/");
  return i < 0 ? "" : p.slice(0, i);
}
function baseOf(p) {
  return p.slice(p.lastIndexOf("/") + 1);
}
var ROOT = { type: "dir", mode: 493, uid: 0, gid: 0, mtime: 0, size: 0 };
var ResolveError = class extends Error {
  constructor(path2, reason) {
    super(`cannot resolve "/${path2}": ${reason}`);
    this.path = path2;
    this.name = "ResolveError";
  }
  path;
};
var FsView = class _FsView {
  nodes = /* @__PURE__ */ new Map();
  files = /* @__PURE__ */ new Map();
  childIndex;
  /** Builds a view from summaries, bottom layer first. */
  static fromSummaries(summaries) {
    const view = new _FsView();
    for (const s of summaries) view.apply(s);
    return view;
  }
  /** A copy of this view (views are cheap to copy: one Map copy). */
  clone() {
    const v = new _FsView();
    for (const [k, n] of this.nodes) v.nodes.set(k, n);
    for (const [k, f] of this.files) v.files.set(k, f);
    return v;
  }
  /** Applies one layer summary on top of this view. */
  apply(s) {
    this.childIndex = void 0;
    for (const dir of s.opaques) this.removeChildren(normalizePath(dir));
    for (const w of s.whiteouts) this.remove(normalizePath(w));
    for (const [path2, t, mode, uid, gid, mtime, size, linkname] of s.entries) {
      const p = normalizePath(path2);
      const node = { type: CHAR_TYPES[t] ?? "file", mode, uid, gid, mtime, size };
      if (linkname !== void 0) node.linkname = linkname;
      const id = s.ids?.[path2];
      if (id !== void 0) node.id = id;
      const old = this.nodes.get(p);
      if (old && old.type === "dir" && node.type !== "dir") this.removeChildren(p);
      this.set(p, node);
      this.files.delete(p);
    }
    for (const [p, content] of Object.entries(s.files)) this.files.set(normalizePath(p), content);
  }
  /** Sets (adds or replaces) one entry, creating nothing implicitly. */
  set(path2, node) {
    this.childIndex = void 0;
    if (path2 === "") return;
    this.nodes.set(path2, node);
  }
  /** Removes an entry and everything below it. */
  remove(path2) {
    this.childIndex = void 0;
    this.nodes.delete(path2);
    this.files.delete(path2);
    this.removeChildren(path2);
  }
  removeChildren(dir) {
    const prefix = dir === "" ? "" : `${dir}/`;
    for (const k of [...this.nodes.keys()]) if (k.startsWith(prefix) && k !== dir) this.nodes.delete(k);
    for (const k of [...this.files.keys()]) if (k.startsWith(prefix) && k !== dir) this.files.delete(k);
  }
  /** lstat: the entry at exactly this path (no symlink following); the root always exists. */
  lstat(path2) {
    return path2 === "" ? this.nodes.get("") ?? ROOT : this.nodes.get(path2);
  }
  /**
   * Resolves a path inside the root as securejoin does: every symlink met (and the last component when
   * `followLast`) is followed relative to the root; '..' never climbs above it. Returns the resolved path,
   * which may not exist. With `jail` (a path under the root), resolution is confined there instead: absolute
   * link targets start at the jail, and '..' stops at it (an archive's own view of where it is extracted).
   */
  resolve(path2, followLast = true, jail = "") {
    const base = normalizePath(jail).split("/").filter(Boolean);
    const rel = normalizePath(path2).split("/").filter(Boolean);
    if (base.some((p, i) => rel[i] !== p)) throw new ResolveError(path2, `is not under ${jail}`);
    let pending = rel.slice(base.length);
    const done = [...base];
    let hops = 0;
    while (pending.length > 0) {
      const part = pending.shift();
      if (part === "..") {
        if (done.length > base.length) done.pop();
        continue;
      }
      const candidate = [...done, part].join("/");
      const node = this.nodes.get(candidate);
      const isLast = pending.length === 0;
      if (node?.type === "symlink" && (!isLast || followLast)) {
        if (++hops > 255) throw new ResolveError(path2, "too many levels of symbolic links");
        const target = node.linkname ?? "";
        const parts = target.split("/").filter((x) => x !== "" && x !== ".");
        if (target.startsWith("/")) done.length = base.length;
        pending = [...parts, ...pending];
        continue;
      }
      done.push(part);
    }
    return done.join("/");
  }
  /** stat: follows symlinks (inside the root). */
  stat(path2) {
    return this.lstat(this.resolve(path2));
  }
  /** Content of a small file the summaries kept (e.g. etc/passwd), following symlinks. */
  readSmallFile(path2) {
    return this.files.get(this.resolve(path2));
  }
  /** Names of a directory's direct children, sorted by byte order. */
  children(dir) {
    if (!this.childIndex) {
      const idx = /* @__PURE__ */ new Map();
      for (const k of this.nodes.keys()) {
        const parent = parentOf(k);
        let list = idx.get(parent);
        if (!list) idx.set(parent, list = []);
        list.push(baseOf(k));
      }
      for (const list of idx.values()) list.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      this.childIndex = idx;
    }
    return this.childIndex.get(dir) ?? [];
  }
  /** Number of entries (for logs and tests). */
  get size() {
    return this.nodes.size;
  }
};

// src/build/add.ts
function isUrl(src) {
  return /^https?:\/\//i.test(src) || gitSource(src) !== void 0;
}
function gitSource(src) {
  try {
    return parseGitContext(src);
  } catch {
    return void 0;
  }
}
async function addSources(s, instr) {
  const out = /* @__PURE__ */ new Map();
  const urls = instr.sources.filter(isUrl);
  if (instr.checksum && (instr.sources.length !== 1 || urls.length !== 1)) {
    throw new Error(instr.sources.length !== 1 ? "checksum can't be specified for multiple sources" : s.opts.legacyFrontend ? "checksum can't be specified for non-HTTP sources" : "checksum requires HTTP(S) or Git sources");
  }
  for (const url of urls) {
    const git = gitSource(url);
    if (git) {
      out.set(url, await addGitSource(s, instr, url, git));
      continue;
    }
    if (instr.checksum) {
      const want = parseDigest(instr.checksum);
      out.set(url, { key: { url, digest: want }, stage: () => download(s, url, want) });
      continue;
    }
    const got = await download(s, url, void 0);
    out.set(url, { key: { url, digest: got.digest, mtime: got.mtime }, stage: async () => ({ dir: got.dir, name: got.name }) });
  }
  return out;
}
async function download(s, url, want) {
  const fetchFn = s.opts.fetch ?? globalThis.fetch;
  const res = await fetchFn(url, { redirect: "follow", signal: s.opts.signal });
  if (!res.ok || !res.body) throw new Error(`downloading ${redactUrl(url)}: HTTP ${res.status}`);
  let name = "__unnamed__";
  try {
    const base = path.posix.basename(new URL(url).pathname);
    if (base && base !== "/" && base !== ".") name = decodeURIComponent(base);
  } catch {
  }
  const dir = await mkdtemp(path.join(s.opts.tempDir, "add-"));
  const file = path.join(dir, name);
  const digester = new Digester("sha256");
  const body = Readable.fromWeb(res.body);
  body.on("data", (c) => digester.update(c));
  await pipeline(body, createWriteStream(file));
  const digest = digester.digest();
  if (want && want !== digest) throw new Error(`checksum mismatch for ${redactUrl(url)}: expected ${want}, got ${digest}`);
  const lm = res.headers.get("last-modified");
  const mtime = lm && !Number.isNaN(Date.parse(lm)) ? Math.floor(Date.parse(lm) / 1e3) : 0;
  await chmod(file, 384);
  await utimes(file, mtime, mtime);
  return { dir, name, digest, mtime };
}
async function addGitSource(s, instr, url, git) {
  const keepGitDir = git.keepGitDir ?? instr.keepGitDir;
  const token = await gitAuthToken(git, secretFileReader(s.opts.secrets ?? {}));
  const opts = { token, env: process.env, signal: s.opts.signal };
  const want = instr.checksum?.replace(/^sha1:|^sha256:/, "").toLowerCase();
  if (want !== void 0 && !/^[0-9a-f]{4,64}$/.test(want)) throw new Error(`--checksum of a Git source is a commit id, got "${instr.checksum}"`);
  const verify = (commit) => {
    if (want !== void 0 && !commit.startsWith(want)) throw new Error(`checksum mismatch for ${redactUrl(url)}: expected commit ${want}, got ${commit}`);
  };
  const fetch = async () => {
    const parent = await mkdtemp(path.join(s.opts.tempDir, "add-git-"));
    let commit = "";
    const dir = await fetchGitContext({ ...git, keepGitDir }, path.join(parent, "checkout"), { ...opts, onCommit: (c) => commit = c });
    return { dir, commit };
  };
  const resolved = await resolveGitCommit(git, opts);
  if (resolved === void 0) {
    const got = await fetch();
    verify(got.commit);
    return { key: { git: url, commit: got.commit, keepGitDir }, stage: async () => ({ dir: got.dir, name: "." }) };
  }
  verify(resolved);
  const stage = async () => {
    const got = await fetch();
    if (got.commit !== resolved) throw new Error(`${redactUrl(url)} moved from commit ${resolved} to ${got.commit} during the build; build again`);
    return { dir: got.dir, name: "." };
  };
  return { key: { git: url, commit: resolved, keepGitDir }, stage };
}
function unpackIfArchive(s, chown) {
  return async (plan, abs, destDir, st) => {
    if (st.size === 0) return false;
    const { head } = await peekStream(createReadStream(abs, { end: SNIFF_BYTES * 2 }), SNIFF_BYTES);
    const format = sniffArchive(head);
    if (format === "unknown") return false;
    if (format !== "tar") {
      const inner = await openArchive(createReadStream(abs));
      const peek = await peekStream(inner.stream, SNIFF_BYTES);
      peek.stream.destroy();
      if (sniffArchive(peek.head) !== "tar") return false;
    }
    const { stream } = await openArchive(createReadStream(abs));
    const stage = await mkdtemp(path.join(s.opts.tempDir, "untar-"));
    const root = normalizePath(destDir);
    plan.mkdirAll(root, chown ?? { uid: 0, gid: 0 }, plan.now);
    let n = 0;
    for await (const { entry, body } of readTar(stream)) {
      const rel = normalizePath(entry.path);
      if (rel === "") {
        body.resume();
        continue;
      }
      const slash = rel.lastIndexOf("/");
      const relParent = slash < 0 ? "" : rel.slice(0, slash);
      const parent = relParent === "" ? root : plan.resolve(root === "" ? relParent : `${root}/${relParent}`, true, root);
      const name = rel.slice(slash + 1);
      const target = parent === "" ? name : `${parent}/${name}`;
      const owner = { uid: entry.uid, gid: entry.gid };
      plan.mkdirAll(parent, { uid: 0, gid: 0 }, plan.now);
      const node = { type: entry.type, mode: entry.type === "symlink" ? 511 : entry.mode, uid: owner.uid, gid: owner.gid, mtime: Math.floor(entry.mtime), size: entry.type === "file" ? entry.size : 0 };
      if (entry.type === "dir") {
        if (plan.lstat(target)?.type === "dir") plan.updateDir(target, node);
        else plan.put(target, { node: { ...node } });
        body.resume();
      } else if (entry.type === "file") {
        const file = path.join(stage, String(n++));
        await pipeline(body, createWriteStream(file));
        plan.put(target, { node: { ...node, ...keptAttributes(entry) }, content: { kind: "file", path: file } });
      } else if (entry.type === "hardlink") {
        const linkTarget = normalizePath(entry.linkname ?? "");
        const linkPath = plan.resolve(root === "" ? linkTarget : `${root}/${linkTarget}`, false, root);
        const linked = plan.lstat(linkPath);
        if (!linked || linked.type === "dir") throw new Error(`extracting ${entry.path}: link /${linkPath} /${target}: ${linked ? "is a directory" : "no such file or directory"}`);
        let file = plan.written(linkPath);
        let filePath = linkPath;
        for (let hops = 0; file?.node.type === "hardlink" && hops < 64; hops++) {
          filePath = normalizePath(file.node.linkname ?? "");
          file = plan.written(filePath);
        }
        if (file?.node.type === "file") plan.put(filePath, { ...file, node: { ...file.node, mode: node.mode, uid: node.uid, gid: node.gid, mtime: node.mtime } });
        plan.put(target, { node: { ...node, linkname: linkPath } });
        body.resume();
      } else {
        plan.put(target, { node: { ...node, ...keptAttributes(entry), ...entry.linkname !== void 0 ? { linkname: entry.linkname } : {} } });
        body.resume();
      }
    }
    return true;
  };
}

export {
  compileComponent,
  SourceNotFoundError,
  cleanSource,
  resolveSourceIn,
  keptAttributes,
  summaryOf,
  SUMMARY_FILES,
  summaryEntry,
  normalizePath,
  parentOf,
  baseOf,
  FsView,
  isUrl,
  addSources,
  unpackIfArchive
};
