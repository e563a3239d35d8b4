import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);

// src/oci/passwd.ts
var DECIMAL = /^[+-]?[0-9]+$/;
function goParseInt(s, bits) {
  if (!DECIMAL.test(s)) return void 0;
  const n = BigInt(s);
  const max = (1n << BigInt(bits - 1)) - 1n;
  return n >= -max - 1n && n <= max ? Number(n) : void 0;
}
function goAtoi(s) {
  const n = goParseInt(s, 64);
  if (n !== void 0 || !DECIMAL.test(s)) return n ?? 0;
  return Number(s.startsWith("-") ? -(1n << 63n) : (1n << 63n) - 1n);
}
var GO_SPACE = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
var GO_TRIM = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, "g");
function goTrimSpace(s) {
  return s.replace(GO_TRIM, "");
}
function lines(text, comments) {
  const out = [];
  for (const raw of text.split("\n")) {
    const line = goTrimSpace(raw);
    if (line !== "" && !(comments && line.startsWith("#"))) out.push(line.split(":"));
  }
  return out;
}
function parsePasswd(text) {
  if (!text) return [];
  if (text.split("\n").some((l) => Buffer.byteLength(l) >= 65536)) throw new Error("bufio.Scanner: token too long");
  return lines(text, false).map((f) => ({ name: f[0], uid: goAtoi(f[2] ?? ""), gid: goAtoi(f[3] ?? ""), home: f[5] ?? "" }));
}
function parseGroup(text) {
  if (!text) return [];
  return lines(text, true).map((f) => ({ name: f[0], gid: goAtoi(f[2] ?? ""), members: f[3] ? f[3].split(",") : [] }));
}

// src/sandbox/paths.ts
import { lstat, mkdir, readlink, writeFile, utimes } from "node:fs/promises";
import path from "node:path";
var MAX_LINKS = 40;
function components(p) {
  return p.split("/").filter((c) => c !== "" && c !== ".");
}
function errno(e) {
  return e.code;
}
async function resolveInRoot(root, p) {
  const done = [];
  const todo = components(p);
  let links = 0;
  while (todo.length > 0) {
    const c = todo.shift();
    if (c === "..") {
      done.pop();
      continue;
    }
    const host = path.join(root, ...done, c);
    let st;
    try {
      st = await lstat(host);
    } catch (e) {
      if (errno(e) !== "ENOENT") throw e;
      const rest = [c, ...todo];
      todo.length = 0;
      const first = done.length;
      let k = 0;
      let back = false;
      for (; k < rest.length && !back; k++) {
        if (rest[k] !== "..") done.push(rest[k]);
        else if (done.length > first) {
          done.pop();
          back = done.length === first;
        } else {
          done.pop();
          back = true;
        }
      }
      if (back) {
        todo.push(...rest.slice(k));
        continue;
      }
      return { hostPath: path.join(root, ...done), inRoot: "/" + done.join("/"), exists: false, firstMissing: first };
    }
    if (st.isSymbolicLink()) {
      if (++links > MAX_LINKS) throw new Error(`${p}: too many levels of symbolic links inside the rootfs`);
      const target = await readlink(host);
      if (target.startsWith("/")) done.length = 0;
      todo.unshift(...components(target));
      continue;
    }
    if (todo.length > 0 && !st.isDirectory()) {
      throw new Error(`${p}: /${[...done, c].join("/")} is not a directory in the rootfs`);
    }
    done.push(c);
  }
  return { hostPath: path.join(root, ...done), inRoot: "/" + done.join("/"), exists: true, firstMissing: done.length };
}
async function ensureTarget(root, p, kind, restoreParent = true) {
  const r = await resolveInRoot(root, p);
  if (r.exists) {
    const st = await lstat(r.hostPath);
    if (kind === "dir" && !st.isDirectory()) throw new Error(`mount target ${p}: ${r.inRoot} exists and is not a directory`);
    if (kind === "file" && st.isDirectory()) throw new Error(`mount target ${p}: ${r.inRoot} is a directory, a file is mounted there`);
    return { hostPath: r.hostPath, created: [] };
  }
  const comps = components(r.inRoot);
  const parentComps = comps.slice(0, r.firstMissing);
  const parentHost = path.join(root, ...parentComps);
  const pst = await lstat(parentHost);
  const parent = { inRoot: "/" + parentComps.join("/"), atimeMs: pst.atimeMs, mtimeMs: pst.mtimeMs };
  const created = [];
  for (let i = r.firstMissing; i < comps.length; i++) {
    const host = path.join(root, ...comps.slice(0, i + 1));
    const last = i === comps.length - 1;
    if (last && kind === "file") await writeFile(host, "", { flag: "wx", mode: 420 });
    else await mkdir(host, { mode: 493 });
    created.push("/" + comps.slice(0, i + 1).join("/"));
  }
  if (restoreParent) await utimes(parentHost, parent.atimeMs / 1e3, parent.mtimeMs / 1e3);
  return { hostPath: r.hostPath, created, parent };
}

export {
  goParseInt,
  goTrimSpace,
  parsePasswd,
  parseGroup,
  components,
  resolveInRoot,
  ensureTarget
};
