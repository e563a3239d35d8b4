import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  components,
  ensureTarget,
  goParseInt,
  parseGroup,
  parsePasswd,
  resolveInRoot
} from "./chunk-4PIROPUP.js";
import {
  DigestStream,
  Digester,
  compressionOf,
  digestHex,
  digestOfFile,
  parseDigest
} from "./chunk-A2LCJWYG.js";

// src/sandbox/worker.ts
import { createReadStream as createReadStream3 } from "node:fs";
import { chown as chown5, mkdir as mkdir8, readdir as readdir7, stat as stat5 } from "node:fs/promises";
import path13 from "node:path";
import { createInterface } from "node:readline";

// src/oci/layer/diff.ts
import { createWriteStream, readdirSync, realpathSync } from "node:fs";
import { once as once2 } from "node:events";

// src/oci/tar/writer.ts
import { once } from "node:events";

// src/oci/tar/types.ts
var TarFormatError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "TarFormatError";
  }
};
function pathBytesOf(entry) {
  return entry.pathBytes ?? Buffer.from(entry.path, "utf8");
}
function linknameBytesOf(entry) {
  return entry.linknameBytes ?? Buffer.from(entry.linkname ?? "", "utf8");
}
function decodeName(bytes) {
  const text = bytes.toString("utf8");
  return Buffer.byteLength(text, "utf8") === bytes.length && Buffer.from(text, "utf8").equals(bytes) ? { text } : { text, bytes: Buffer.from(bytes) };
}

// src/oci/tar/header.ts
var BLOCK = 512;
var TYPEFLAG = {
  file: 48,
  hardlink: 49,
  symlink: 50,
  char: 51,
  block: 52,
  dir: 53,
  fifo: 54
};
function fitsInOctal(width, n) {
  return Number.isInteger(n) && n >= 0 && n < 8 ** (width - 1);
}
function putString(block, off, width, s) {
  s.copy(block, off, 0, Math.min(width, s.length));
  if (s.length < width) block[off + s.length] = 0;
  if (s.length > width && block[off + width - 1] === 47) {
    let n = width - 1;
    while (n > 0 && s[n - 1] === 47) n--;
    block[off + n] = 0;
  }
}
function putOctal(block, off, width, n) {
  const v = fitsInOctal(width, n) ? n : 0;
  putString(block, off, width, Buffer.from(v.toString(8).padStart(width - 1, "0"), "latin1"));
}
function isAscii(b) {
  for (const c of b) if (c >= 128) return false;
  return true;
}
function toAscii(b) {
  return isAscii(b) && !b.includes(0) ? b : Buffer.from(b.filter((c) => c !== 0 && c < 128));
}
function splitUstarPath(name) {
  let length = name.length;
  if (length <= 100 || !isAscii(name)) return void 0;
  if (length > 156) length = 156;
  else if (name[length - 1] === 47) length--;
  const i = name.subarray(0, length).lastIndexOf(47);
  const nlen = name.length - i - 1;
  if (i <= 0 || nlen > 100 || nlen === 0 || i > 155) return void 0;
  return [name.subarray(0, i), name.subarray(i + 1)];
}
function seal(block) {
  block.fill(32, 148, 156);
  let sum = 0;
  for (const c of block) sum += c;
  putOctal(block, 148, 7, sum);
  block[155] = 32;
  return block;
}
function setMagic(block) {
  block.write("ustar\x0000", 257, "latin1");
}
function paxRecord(key, value) {
  const body = Buffer.concat([Buffer.from(` ${key}=`, "utf8"), value, Buffer.from("\n")]);
  let size = body.length + String(body.length).length;
  if (String(size).length + body.length !== size) size = String(size).length + body.length;
  return Buffer.concat([Buffer.from(String(size), "latin1"), body]);
}
function paxHeaderName(name) {
  const s = name.toString("latin1");
  const slash = s.lastIndexOf("/");
  const dir = s.slice(0, slash + 1).replace(/\/+$/, "");
  const base = s.slice(slash + 1);
  const joined = [dir, "PaxHeaders.0", base].filter((p) => p !== "").join("/");
  let out = toAscii(Buffer.from(joined, "latin1"));
  if (out.length > 100) out = out.subarray(0, 100);
  let end = out.length;
  while (end > 0 && out[end - 1] === 47) end--;
  return out.subarray(0, end);
}
function checkName(what, bytes, entry) {
  if (bytes.includes(0)) throw new TarFormatError(`tar entry "${entry.path}": ${what} contains a NUL byte`);
}
function headerName(entry) {
  let raw = pathBytesOf(entry);
  let end = raw.length;
  while (end > 0 && raw[end - 1] === 47) end--;
  raw = raw.subarray(0, end);
  if (raw.length === 0) throw new TarFormatError(`tar entry has an empty path`);
  checkName("path", raw, entry);
  return entry.type === "dir" ? Buffer.concat([raw, Buffer.from("/")]) : raw;
}
function checkNumber(entry, field, n) {
  const v = n ?? 0;
  if (!Number.isSafeInteger(v) || v < 0) throw new TarFormatError(`tar entry "${entry.path}": ${field} ${n} is not a non-negative integer`);
  return v;
}
function encodeHeader(entry) {
  const name = headerName(entry);
  const link = entry.type === "symlink" || entry.type === "hardlink" ? linknameBytesOf(entry) : Buffer.alloc(0);
  checkName("link target", link, entry);
  if ((entry.type === "symlink" || entry.type === "hardlink") && link.length === 0) {
    throw new TarFormatError(`tar entry "${entry.path}": ${entry.type} without a target`);
  }
  const size = entry.type === "file" ? checkNumber(entry, "size", entry.size) : 0;
  const uid = checkNumber(entry, "uid", entry.uid);
  const gid = checkNumber(entry, "gid", entry.gid);
  const mode = checkNumber(entry, "mode", entry.mode) & 4095;
  if (!Number.isFinite(entry.mtime)) throw new TarFormatError(`tar entry "${entry.path}": mtime ${entry.mtime} is not a number`);
  const mtime = Math.floor(entry.mtime);
  const devmajor = checkNumber(entry, "devmajor", entry.devmajor);
  const devminor = checkNumber(entry, "devminor", entry.devminor);
  if (!fitsInOctal(8, devmajor) || !fitsInOctal(8, devminor)) {
    throw new TarFormatError(`tar entry "${entry.path}": device ${devmajor}:${devminor} does not fit a tar header`);
  }
  const records = /* @__PURE__ */ new Map();
  let ustar = true;
  if (!isAscii(name) || name.length > 100) {
    records.set("path", name);
    if (!splitUstarPath(name)) ustar = false;
  }
  if (!isAscii(link) || link.length > 100) {
    records.set("linkpath", link);
    ustar = false;
  }
  const numeric = [["uid", uid, 8], ["gid", gid, 8], ["size", size, 12], ["mtime", mtime, 12]];
  for (const [key, value, width] of numeric) {
    if (!fitsInOctal(width, value)) {
      records.set(key, Buffer.from(String(value), "latin1"));
      ustar = false;
    }
  }
  for (const [xname, value] of Object.entries(entry.xattrs ?? {})) {
    if (xname === "" || xname.includes("=") || xname.includes("\0")) {
      throw new TarFormatError(`tar entry "${entry.path}": xattr name "${xname}" cannot be written to a PAX record`);
    }
    records.set(`SCHILY.xattr.${xname}`, Buffer.from(value));
    ustar = false;
  }
  const main = Buffer.alloc(BLOCK);
  let fieldName = name;
  if (ustar) {
    const split = splitUstarPath(name);
    if (split) {
      putString(main, 345, 155, split[0]);
      fieldName = split[1];
    }
  } else {
    fieldName = toAscii(name);
  }
  putString(main, 0, 100, fieldName);
  putOctal(main, 100, 8, mode);
  putOctal(main, 108, 8, uid);
  putOctal(main, 116, 8, gid);
  putOctal(main, 124, 12, size);
  putOctal(main, 136, 12, mtime);
  main[156] = TYPEFLAG[entry.type];
  putString(main, 157, 100, ustar ? link : toAscii(link));
  setMagic(main);
  putOctal(main, 329, 8, devmajor);
  putOctal(main, 337, 8, devminor);
  seal(main);
  if (ustar) return main;
  const keys = [...records.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const data = Buffer.concat(keys.map((k) => paxRecord(k, records.get(k))));
  const pax = Buffer.alloc(BLOCK);
  putString(pax, 0, 100, paxHeaderName(name));
  putOctal(pax, 100, 8, 0);
  putOctal(pax, 108, 8, 0);
  putOctal(pax, 116, 8, 0);
  putOctal(pax, 124, 12, data.length);
  putOctal(pax, 136, 12, 0);
  pax[156] = 120;
  setMagic(pax);
  seal(pax);
  return Buffer.concat([pax, data, Buffer.alloc(padding(data.length)), main]);
}
function padding(size) {
  return (BLOCK - size % BLOCK) % BLOCK;
}
function getString(block, off, width) {
  const field = block.subarray(off, off + width);
  const nul = field.indexOf(0);
  return Buffer.from(nul < 0 ? field : field.subarray(0, nul));
}
function parseNumber(field, what) {
  if (field.length > 0 && field[0] & 128) {
    let v = BigInt(field[0] & 127);
    const negative = field[0] === 255;
    if (negative) v = 0xffn;
    for (let i = 1; i < field.length; i++) v = v << 8n | BigInt(field[i]);
    if (negative) v -= 1n << BigInt(8 * field.length);
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new TarFormatError(`${what}: base-256 number out of range`);
    }
    return Number(v);
  }
  const s = field.toString("latin1").replace(/^[ \0]+/, "").replace(/[ \0].*$/s, "");
  if (s === "") return 0;
  if (!/^[0-7]+$/.test(s)) throw new TarFormatError(`${what}: invalid octal number "${s}"`);
  return parseInt(s, 8);
}
function isZeroBlock(block) {
  for (const c of block) if (c !== 0) return false;
  return true;
}
function decodeHeader(block, where) {
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const c = i >= 148 && i < 156 ? 32 : block[i];
    unsigned += c;
    signed += c > 127 ? c - 256 : c;
  }
  const stored = parseNumber(block.subarray(148, 156), `${where}: checksum`);
  if (stored !== unsigned && stored !== signed) throw new TarFormatError(`${where}: header checksum mismatch (not a tar archive?)`);
  const magic = block.toString("latin1", 257, 263);
  let name = getString(block, 0, 100);
  if (magic === "ustar\0") {
    const prefix = getString(block, 345, 155);
    if (prefix.length > 0) name = Buffer.concat([prefix, Buffer.from("/"), name]);
  }
  return {
    name,
    mode: parseNumber(block.subarray(100, 108), `${where}: mode`),
    uid: parseNumber(block.subarray(108, 116), `${where}: uid`),
    gid: parseNumber(block.subarray(116, 124), `${where}: gid`),
    size: parseNumber(block.subarray(124, 136), `${where}: size`),
    mtime: parseNumber(block.subarray(136, 148), `${where}: mtime`),
    typeflag: String.fromCharCode(block[156]),
    linkname: getString(block, 157, 100),
    devmajor: magic.startsWith("ustar") ? parseNumber(block.subarray(329, 337), `${where}: devmajor`) : 0,
    devminor: magic.startsWith("ustar") ? parseNumber(block.subarray(337, 345), `${where}: devminor`) : 0
  };
}
function parsePaxRecords(data, where) {
  const out = /* @__PURE__ */ new Map();
  let off = 0;
  while (off < data.length) {
    if (data[off] === 0) break;
    const space = data.indexOf(32, off);
    const len = space < 0 ? NaN : Number(data.toString("latin1", off, space));
    if (!Number.isSafeInteger(len) || len <= 0 || off + len > data.length || data[off + len - 1] !== 10) {
      throw new TarFormatError(`${where}: malformed PAX record at byte ${off}`);
    }
    const rec = data.subarray(space + 1, off + len - 1);
    const eq = rec.indexOf(61);
    if (eq <= 0) throw new TarFormatError(`${where}: malformed PAX record at byte ${off}`);
    const key = rec.toString("utf8", 0, eq);
    const value = Buffer.from(rec.subarray(eq + 1));
    if (key === "GNU.sparse.offset" || key === "GNU.sparse.numbytes") {
      const map = out.get("GNU.sparse.map");
      out.set("GNU.sparse.map", map ? Buffer.concat([map, Buffer.from(","), value]) : value);
    } else out.set(key, value);
    off += len;
  }
  return out;
}

// src/oci/tar/writer.ts
var TarWriter = class {
  constructor(out, opts = {}) {
    this.out = out;
    this.opts = opts;
  }
  out;
  opts;
  written = 0;
  finished = false;
  busy = false;
  broken;
  /** Bytes written so far. */
  get bytesWritten() {
    return this.written;
  }
  /**
   * Adds one entry. A `file` needs a body of exactly `entry.size` bytes (a Buffer or a Readable); other
   * types take no body. Rejects, naming the entry, when the body is shorter or longer than `size`; an
   * invalid entry is refused before anything is written, but after a failing body the archive is broken
   * and every later call rejects.
   */
  async add(entry, body) {
    if (this.finished) throw new Error(`tar entry "${entry.path}": the archive is already finished`);
    if (this.busy) throw new Error(`tar entry "${entry.path}": add() called before the previous add() finished`);
    if (this.broken) throw new Error(`tar entry "${entry.path}": the archive is incomplete after an earlier error (${this.broken.message})`);
    const header = encodeHeader(entry);
    if (entry.type !== "file" && body !== void 0 && !(body instanceof Uint8Array && body.length === 0)) {
      throw new TarFormatError(`tar entry "${entry.path}": a ${entry.type} has no content`);
    }
    this.busy = true;
    try {
      await this.write(header);
      if (entry.type !== "file") return;
      let n = 0;
      if (body instanceof Uint8Array) {
        n = body.length;
        if (n !== entry.size) throw new TarFormatError(`tar entry "${entry.path}": body is ${n} bytes, header says ${entry.size}`);
        if (n > 0) await this.write(body);
      } else if (body !== void 0) {
        for await (const chunk of body) {
          n += chunk.length;
          if (n > entry.size) {
            body.destroy();
            throw new TarFormatError(`tar entry "${entry.path}": body is longer than the ${entry.size} bytes in its header`);
          }
          await this.write(chunk);
        }
        if (n !== entry.size) throw new TarFormatError(`tar entry "${entry.path}": body is ${n} bytes, header says ${entry.size}`);
      } else if (entry.size !== 0) {
        throw new TarFormatError(`tar entry "${entry.path}": no body for ${entry.size} bytes`);
      }
      const pad = padding(n);
      if (pad > 0) await this.write(Buffer.alloc(pad));
    } catch (e) {
      this.broken = e;
      throw e;
    } finally {
      this.busy = false;
    }
  }
  /** Writes the end-of-archive marker (two zero blocks) and, unless told otherwise, ends `out` and waits for it. */
  async finish() {
    if (this.finished) return;
    if (this.broken) throw new Error(`the archive is incomplete after an earlier error (${this.broken.message})`);
    this.finished = true;
    await this.write(Buffer.alloc(2 * BLOCK));
    if (this.opts.end === false) return;
    const done = once(this.out, "finish");
    this.out.end();
    await done;
  }
  async write(chunk) {
    if (this.out.destroyed) throw this.out.errored ?? new Error("tar output stream was destroyed");
    this.written += chunk.length;
    if (!this.out.write(chunk)) await drained(this.out);
  }
};
function drained(out) {
  return new Promise((resolve, reject) => {
    const done = (err) => {
      out.off("drain", onDrain);
      out.off("error", onError);
      out.off("close", onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (e) => done(e);
    const onClose = () => done(out.errored ?? new Error("tar output stream closed"));
    out.on("drain", onDrain);
    out.on("error", onError);
    out.on("close", onClose);
  });
}

// src/oci/layer/paths.ts
import { lstatSync, readlinkSync, mkdirSync, chmodSync } from "node:fs";
function byteString(b) {
  return b.toString("latin1");
}
function under(root, rel2) {
  return rel2 === "" ? root : Buffer.concat([root, Buffer.from("/"), Buffer.from(rel2, "latin1")]);
}
function display(rel2) {
  return Buffer.from(rel2, "latin1").toString("utf8");
}
function nameFields(rel2) {
  const d = decodeName(Buffer.from(rel2, "latin1"));
  return d.bytes ? { path: d.text, pathBytes: d.bytes } : { path: d.text };
}
function join(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}
var UnsafeLayerEntryError = class extends Error {
  constructor(entry, reason) {
    super(`layer entry "${entry}": ${reason}`);
    this.entry = entry;
    this.name = "UnsafeLayerEntryError";
  }
  entry;
};
function cleanRelative(rel2, what) {
  const out = [];
  for (const part of rel2.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length === 0) throw new UnsafeLayerEntryError(what, 'path climbs out of the layer root with ".."');
      out.pop();
    } else out.push(part);
  }
  return out;
}
function lstatOrUndefined(p) {
  return lstatSync(p, { throwIfNoEntry: false });
}
var RootResolver = class {
  constructor(root, impliedMode = 493) {
    this.root = root;
    this.impliedMode = impliedMode;
  }
  root;
  impliedMode;
  cache = /* @__PURE__ */ new Map();
  /** Directories created by resolveDir (relative, resolved), in creation order. */
  created = [];
  /** Forgets every cached resolution. */
  invalidate() {
    this.cache.clear();
  }
  /**
   * The resolved relative path of directory `rel` ('' for the root), following symlinks inside the root.
   * Missing directories are created (mode 0755, owned by the caller) when `create`, else the result is
   * undefined. Throws when a component is not a directory or symlinks loop.
   */
  resolveDir(rel2, create, what) {
    if (rel2 === "") return "";
    const hit = this.cache.get(rel2);
    if (hit !== void 0) return hit;
    const slash = rel2.lastIndexOf("/");
    const parent = this.resolveDir(slash < 0 ? "" : rel2.slice(0, slash), create, what);
    if (parent === void 0) return void 0;
    const resolved = this.step(parent, rel2.slice(slash + 1), create, what, { links: 0 });
    if (resolved !== void 0) this.cache.set(rel2, resolved);
    return resolved;
  }
  step(dir, name, create, what, budget) {
    if (name === "" || name === ".") return dir;
    if (name === "..") return dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "";
    const candidate = join(dir, name);
    const abs = under(this.root, candidate);
    const st = lstatOrUndefined(abs);
    if (!st) {
      if (!create) return void 0;
      mkdirSync(abs, { mode: 448 });
      chmodSync(abs, this.impliedMode);
      this.created.push(candidate);
      return candidate;
    }
    if (st.isSymbolicLink()) {
      if (++budget.links > 255) throw new UnsafeLayerEntryError(what, `too many levels of symbolic links at "${display(candidate)}"`);
      const target = byteString(readlinkSync(abs, { encoding: "buffer" }));
      let cur = target.startsWith("/") ? "" : dir;
      for (const part of target.split("/")) {
        cur = this.step(cur, part, create, what, budget);
        if (cur === void 0) return void 0;
      }
      return cur;
    }
    if (st.isDirectory()) return candidate;
    throw new UnsafeLayerEntryError(what, `"${display(candidate)}" is not a directory`);
  }
};

// src/oci/layer/walk.ts
import { createReadStream, lstatSync as lstatSync2, readFileSync, readlinkSync as readlinkSync2 } from "node:fs";
var SMALL_FILE = 1024 * 1024;
function defaultXattrFilter(name) {
  if (name.startsWith("trusted.overlay.") || name.startsWith("user.overlay.")) return false;
  return name === "security.capability" || name.startsWith("user.") || name.startsWith("trusted.");
}
function devNumbers(rdev) {
  return {
    devmajor: Number(rdev >> 8n & 0xfffn | rdev >> 32n & ~0xfffn),
    devminor: Number(rdev & 0xffn | rdev >> 12n & ~0xffn)
  };
}
function wholeSeconds(ns) {
  const s = ns / 1000000000n;
  return Number(ns < 0n && s * 1000000000n !== ns ? s - 1n : s);
}
function entryType(st) {
  if (st.isFile()) return "file";
  if (st.isDirectory()) return "dir";
  if (st.isSymbolicLink()) return "symlink";
  if (st.isCharacterDevice()) return "char";
  if (st.isBlockDevice()) return "block";
  if (st.isFIFO()) return "fifo";
  return void 0;
}
function lstatExact(root, rel2) {
  return lstatSync2(under(root, rel2), { bigint: true });
}
function diskEntry(root, rel2, st, xattrs, opts) {
  const type = entryType(st);
  if (!type) return void 0;
  let mtime = opts.mtime ?? wholeSeconds(st.mtimeNs);
  if (opts.mtimeCap !== void 0 && mtime > opts.mtimeCap) mtime = opts.mtimeCap;
  const entry = { ...nameFields(rel2), type, mode: Number(st.mode & 0o7777n), uid: Number(st.uid), gid: Number(st.gid), size: 0, mtime };
  if (type !== "dir" && st.nlink > 1n) {
    const key = `${st.dev}:${st.ino}`;
    const first = opts.links.get(key);
    if (first !== void 0) {
      const name = decodeName(Buffer.from(first, "latin1"));
      return { rel: rel2, entry: { ...entry, type: "hardlink", linkname: name.text, ...name.bytes ? { linknameBytes: name.bytes } : {} } };
    }
    opts.links.set(key, rel2);
  }
  if (type === "file") entry.size = Number(st.size);
  if (type === "symlink") {
    const target = decodeName(readlinkSync2(under(root, rel2), { encoding: "buffer" }));
    entry.linkname = target.text;
    if (target.bytes) entry.linknameBytes = target.bytes;
  }
  if (type === "char" || type === "block") Object.assign(entry, devNumbers(st.rdev));
  const kept = Object.entries(xattrs ?? {}).filter(([n]) => opts.keepXattr(n));
  if (kept.length > 0) entry.xattrs = Object.fromEntries(kept);
  return { rel: rel2, entry, source: type === "file" ? under(root, rel2) : void 0 };
}
function contentOf(d) {
  if (d.entry.type !== "file" || !d.source) return void 0;
  return d.entry.size <= SMALL_FILE ? readFileSync(d.source) : createReadStream(d.source);
}
function callbackPath(rel2) {
  return Buffer.from(rel2, "latin1").toString("utf8");
}

// src/oci/layer/xattr.ts
import { spawn } from "node:child_process";
function runProgram(cmd, args, input, okCodes = [0]) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } });
    const out = [];
    let err = "";
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.setEncoding("utf8").on("data", (s) => err += s);
    child.on("error", (e) => reject(new Error(`${cmd}: ${e.message} (install the "attr" package)`)));
    child.on("close", (code) => {
      if (okCodes.includes(code ?? -1)) resolve(Buffer.concat(out));
      else reject(new Error(`${cmd} ${args.join(" ")} failed (exit ${code}): ${err.trim().split("\n").slice(0, 5).join("; ")}`));
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(input ?? Buffer.alloc(0));
  });
}
function unquote(b) {
  if (!b.includes(92)) return b;
  const out = [];
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 92 && i + 3 < b.length && /^[0-7]{3}$/.test(b.toString("latin1", i + 1, i + 4))) {
      out.push(parseInt(b.toString("latin1", i + 1, i + 4), 8));
      i += 3;
    } else out.push(b[i]);
  }
  return Buffer.from(out);
}
function quote(p) {
  let s = "";
  for (const c of p) s += c <= 32 || c >= 127 || c === 92 ? `\\${c.toString(8).padStart(3, "0")}` : String.fromCharCode(c);
  return s;
}
async function readTreeXattrs(root) {
  const rootBytes = Buffer.from(root.replace(/\/+$/, "") || "/");
  const out = await runProgram("getfattr", ["-R", "-P", "-h", "-d", "-m", "-", "-e", "hex", "--absolute-names", "--", root]);
  const result = /* @__PURE__ */ new Map();
  let current;
  let start = 0;
  while (start < out.length) {
    let end = out.indexOf(10, start);
    if (end < 0) end = out.length;
    const line = out.subarray(start, end);
    start = end + 1;
    if (line.length === 0) continue;
    if (line.toString("latin1", 0, 8) === "# file: ") {
      const abs = unquote(line.subarray(8));
      let rel2;
      if (abs.equals(rootBytes)) rel2 = "";
      else if (abs.subarray(0, rootBytes.length + 1).equals(Buffer.concat([rootBytes, Buffer.from("/")]))) rel2 = byteString(abs.subarray(rootBytes.length + 1));
      else throw new Error(`getfattr: unexpected path ${abs.toString()} outside ${root}`);
      current = {};
      result.set(rel2, current);
      continue;
    }
    const text = line.toString("latin1");
    const eq = text.indexOf("=");
    if (!current || eq <= 0) continue;
    const value = text.slice(eq + 1);
    current[unquote(line.subarray(0, eq)).toString("utf8")] = value.startsWith("0x") ? Buffer.from(value.slice(2), "hex") : Buffer.alloc(0);
  }
  return result;
}
async function writeXattrs(root, files) {
  if (files.size === 0) return;
  let script = "";
  for (const [rel2, attrs] of files) {
    const names = Object.keys(attrs);
    if (names.length === 0) continue;
    script += `# file: ${quote(under(root, rel2))}
`;
    for (const name of names) script += `${quote(Buffer.from(name))}=0x${attrs[name].toString("hex")}
`;
    script += "\n";
  }
  if (script !== "") await runProgram("setfattr", ["-h", "--restore=-"], Buffer.from(script, "latin1"));
}

// src/oci/layer/diff.ts
var WH = ".wh.";
function excluder(ex) {
  if (!ex) return () => false;
  if (typeof ex === "function") return ex;
  const set = new Set(ex.map((p) => p.replace(/^\/+/, "").replace(/\/+$/, "")));
  return (rel2) => set.has(rel2);
}
async function writeEntries(items, out) {
  const stream = typeof out === "string" ? createWriteStream(out, { highWaterMark: 1024 * 1024 }) : out;
  try {
    if (typeof out === "string") await once2(stream, "open");
    const w = new TarWriter(stream);
    for (const d of items) await w.add(d.entry, contentOf(d));
    await w.finish();
  } catch (e) {
    if (typeof out === "string") stream.destroy();
    throw e;
  }
  return items.length;
}
async function convert(what, dir, opts, out) {
  try {
    return await writeEntries(await walk(realpathSync(dir), opts), out);
  } catch (e) {
    throw new Error(`${what} ${dir}: ${e.message}`, { cause: e });
  }
}
async function walk(rootText, opts) {
  const root = Buffer.from(rootText);
  const xattrs = await readTreeXattrs(rootText);
  const links = /* @__PURE__ */ new Map();
  const items = [];
  const prunable = /* @__PURE__ */ new Set();
  const upper = opts.upper;
  const whiteout = (dirRel, name) => ({ rel: join(dirRel, WH + name), entry: { ...nameFields(join(dirRel, WH + name)), type: "file", mode: 0, uid: 0, gid: 0, size: 0, mtime: 0 } });
  const at = (rel2) => [callbackPath(rel2), Buffer.from(rel2, "latin1")];
  const visit = async (dirRel, hidden, replaces = false) => {
    const names = readdirSync(under(root, dirRel), { encoding: "buffer" }).sort(Buffer.compare);
    const whiteouts = [];
    if (replaces && upper) {
      const present = new Set(names.map((n) => byteString(n)));
      for (const nameBytes of [...await upper.lowerChildren(...at(dirRel))].sort(Buffer.compare)) {
        const name = byteString(nameBytes);
        if (present.has(name) || opts.exclude(callbackPath(join(dirRel, name)))) continue;
        whiteouts.push(whiteout(dirRel, name));
      }
    }
    const rest = [];
    for (const nameBytes of names) {
      const name = byteString(nameBytes);
      const rel2 = join(dirRel, name);
      if (opts.exclude(callbackPath(rel2))) continue;
      if (name.startsWith(WH)) {
        throw new Error(`${display(rel2)}: file names starting with "${WH}" are reserved for whiteouts and cannot be put in a layer`);
      }
      const st = lstatExact(root, rel2);
      if (upper && st.isCharacterDevice() && st.rdev === 0n) {
        if (!replaces && await upper.lowerHas(...at(rel2))) whiteouts.push(whiteout(dirRel, name));
        continue;
      }
      rest.push({ rel: rel2, st });
    }
    items.push(...whiteouts);
    for (const { rel: rel2, st } of rest) {
      const x = xattrs.get(rel2);
      if (upper && x) {
        for (const name of Object.keys(x)) {
          if (/^(trusted|user)\.overlay\.(redirect|metacopy)$/.test(name)) {
            throw new Error(`${display(rel2)}: overlayfs ${name} is not supported (mount the overlay with redirect_dir=off,metacopy=off)`);
          }
        }
      }
      const d = diskEntry(root, rel2, st, x, { links, keepXattr: opts.keepXattr, mtimeCap: opts.mtimeCap, mtime: opts.mtime });
      if (!d) continue;
      items.push(d);
      if (d.entry.type !== "dir") continue;
      const opaque = upper && x && (x["trusted.overlay.opaque"]?.toString() === "y" || x["user.overlay.opaque"]?.toString() === "y");
      const hides = hidden || Boolean(opaque);
      const replacesLower = hides && upper !== void 0 && await upper.lowerIsDir(...at(rel2));
      if (upper?.lowerDirStat) {
        const lower = await upper.lowerDirStat(...at(rel2));
        const e = d.entry;
        if (lower && lower.mode === e.mode && lower.uid === e.uid && lower.gid === e.gid && !e.xattrs) prunable.add(rel2);
      }
      await visit(rel2, hides, replacesLower);
    }
  };
  await visit("", false);
  return prunable.size === 0 ? items : prune(items, prunable);
}
function prune(items, prunable) {
  const needed = /* @__PURE__ */ new Set();
  const kept = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const d = items[i];
    if (prunable.has(d.rel) && !needed.has(d.rel)) continue;
    kept.push(d);
    for (let j = d.rel.lastIndexOf("/"); j > 0; j = d.rel.lastIndexOf("/", j - 1)) needed.add(d.rel.slice(0, j));
  }
  return kept.reverse();
}
async function writeUpperDirAsLayer(upperDir, out, opts) {
  const walkOpts = { upper: opts, exclude: excluder(opts.exclude), keepXattr: opts.xattrs ?? defaultXattrFilter, mtimeCap: opts.sourceDateEpoch };
  const entries = await convert("upper dir", upperDir, walkOpts, out);
  return { entries, empty: entries === 0 };
}
async function writeDirAsLayer(dir, out, opts = {}) {
  const walkOpts = { exclude: excluder(opts.exclude), keepXattr: opts.xattrs ?? defaultXattrFilter, mtimeCap: opts.sourceDateEpoch, mtime: opts.mtime };
  return { entries: await convert("directory", dir, walkOpts, out) };
}

// src/sandbox/growing-file.ts
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
var CHUNK = 1 << 20;
var POLL_MS = 5;
async function openEither(f) {
  try {
    return await open(f.path, "r");
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
    return open(f.final, "r");
  }
}
function readGrowingFile(f, signal, pollMs = POLL_MS) {
  let fh;
  let pos = 0;
  return new Readable({
    highWaterMark: CHUNK,
    async read() {
      try {
        if (!fh) {
          const opened = await openEither(f);
          if (this.destroyed) return void await opened.close();
          fh = opened;
        }
        for (; ; ) {
          if (signal?.aborted) throw new Error(`reading ${f.path}: cancelled`);
          if (pos >= f.size) {
            this.push(null);
            return;
          }
          const buf = Buffer.allocUnsafe(Math.min(CHUNK, f.size - pos));
          const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
          if (bytesRead > 0) {
            pos += bytesRead;
            this.push(buf.subarray(0, bytesRead));
            return;
          }
          await new Promise((r) => setTimeout(r, pollMs));
        }
      } catch (e) {
        this.destroy(e);
      }
    },
    destroy(err, cb) {
      const h = fh;
      fh = void 0;
      if (!h) return cb(err);
      h.close().then(() => cb(err), () => cb(err));
    }
  });
}

// src/sandbox/layer-store.ts
import { randomBytes } from "node:crypto";
import { mkdir as mkdir2, readdir, rename as rename2, rm as rm3, stat } from "node:fs/promises";
import path4 from "node:path";
import { pipeline as pipeline2 } from "node:stream/promises";
import { PassThrough as PassThrough3 } from "node:stream";

// src/oci/layer/compress.ts
import { spawn as spawn2 } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdir, rename, rm } from "node:fs/promises";
import { createWriteStream as createWriteStream2 } from "node:fs";
import path from "node:path";
import { PassThrough as PassThrough2, Transform, pipeline as pipelineCb } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib2 from "node:zlib";

// src/oci/layer/zstd-frames.ts
import { once as once3 } from "node:events";
import { PassThrough } from "node:stream";
import zlib from "node:zlib";
var ZSTD_MAGIC = 4247762216;
var SKIPPABLE_MASK = 4294967280;
var SKIPPABLE_MAGIC = 407710288;
var ZstdFrameWalker = class {
  phase = "magic";
  field = [];
  skip = 0;
  /** After the current skip: more blocks, the frame's end, or a checksum then the end. */
  afterSkip = "end";
  checksum = false;
  started = false;
  /** Whether the bytes pushed so far end inside a frame (a truncated stream). */
  get midFrame() {
    return this.phase !== "invalid" && this.started;
  }
  /** Feeds a chunk; returns the offsets in it just after each frame that ends there. */
  push(chunk) {
    const ends = [];
    let i = 0;
    while (i < chunk.length && this.phase !== "invalid") {
      this.started = true;
      if (this.phase === "skip") {
        const n = Math.min(this.skip, chunk.length - i);
        i += n;
        this.skip -= n;
        if (this.skip === 0 && this.afterSkipDone()) ends.push(i);
        continue;
      }
      this.field.push(chunk[i++]);
      if (this.fieldComplete() && this.takeField()) ends.push(i);
    }
    return ends;
  }
  fieldComplete() {
    const want = { magic: 4, descriptor: 1, "skippable-size": 4, "block-header": 3 }[this.phase];
    return this.field.length === want;
  }
  /** Interprets a complete field; true when it ends the frame. */
  takeField() {
    const f = this.field;
    this.field = [];
    const le = (b) => b.reduce((v, x, k) => v + x * 2 ** (8 * k), 0);
    switch (this.phase) {
      case "magic": {
        const magic = le(f);
        if (magic === ZSTD_MAGIC) this.phase = "descriptor";
        else if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE_MAGIC) this.phase = "skippable-size";
        else this.phase = "invalid";
        return false;
      }
      case "descriptor": {
        const d = f[0];
        const fcsFlag = d >> 6;
        const singleSegment = d >> 5 & 1;
        this.checksum = (d >> 2 & 1) === 1;
        const didSize = [0, 1, 2, 4][d & 3];
        const fcsSize = [singleSegment ? 1 : 0, 2, 4, 8][fcsFlag];
        return this.skipThen((singleSegment ? 0 : 1) + didSize + fcsSize, "block-header");
      }
      case "skippable-size":
        return this.skipThen(le(f), "end");
      case "block-header": {
        const h = le(f);
        const last = (h & 1) === 1;
        const type = h >> 1 & 3;
        const size = h >>> 3;
        if (type === 3) {
          this.phase = "invalid";
          return false;
        }
        return this.skipThen(type === 1 ? 1 : size, last ? this.checksum ? "checksum" : "end" : "block-header");
      }
      default:
        return false;
    }
  }
  /** Skips `n` bytes, then goes on to `next`; true when that ends the frame at once (n = 0). */
  skipThen(n, next) {
    this.afterSkip = next;
    this.skip = n;
    this.phase = "skip";
    return n === 0 && this.afterSkipDone();
  }
  /** The skip is over: true when the frame ends here. */
  afterSkipDone() {
    if (this.afterSkip === "checksum") return this.skipThen(4, "end");
    if (this.afterSkip === "block-header") {
      this.phase = "block-header";
      return false;
    }
    this.phase = "magic";
    this.started = false;
    return true;
  }
};
function zstdDecompressFrames(input, opts) {
  const out = new PassThrough({ highWaterMark: opts.highWaterMark });
  const walker = new ZstdFrameWalker();
  let decoder;
  let ended;
  const write = async (data) => {
    if (data.length === 0) return;
    if (!decoder) {
      decoder = zlib.createZstdDecompress({ chunkSize: opts.chunkSize });
      decoder.pipe(out, { end: false });
      decoder.on("error", (e) => out.destroy(e));
      ended = once3(decoder, "end");
      ended.catch(() => void 0);
    }
    if (!decoder.write(data)) await once3(decoder, "drain");
  };
  const finishFrame = async () => {
    if (!decoder) return;
    decoder.end();
    await ended;
    decoder = void 0;
  };
  out.on("close", () => {
    decoder?.destroy();
    input.destroy();
  });
  (async () => {
    for await (const chunk of input) {
      let at = 0;
      for (const end of walker.push(chunk)) {
        await write(chunk.subarray(at, end));
        await finishFrame();
        at = end;
      }
      await write(chunk.subarray(at));
    }
    const truncated = walker.midFrame;
    await finishFrame();
    if (truncated) throw new Error("zstd: the data ends inside a frame (truncated)");
    out.end();
  })().catch((e) => out.destroy(e));
  return out;
}

// src/oci/layer/sniff.ts
import { Readable as Readable2 } from "node:stream";
var SNIFF_BYTES = 512;
function sniffArchive(head) {
  if (head.length >= 2 && head[0] === 31 && head[1] === 139) return "gzip";
  if (head.length >= 4 && head.toString("latin1", 0, 3) === "BZh" && head[3] >= 49 && head[3] <= 57) return "bzip2";
  if (head.length >= 6 && head.subarray(0, 6).equals(Buffer.from([253, 55, 122, 88, 90, 0]))) return "xz";
  if (head.length >= 4 && (head.readUInt32LE(0) === 4247762216 || (head.readUInt32LE(0) & 4294967280) >>> 0 === 407710288)) return "zstd";
  if (head.length >= 512 && !isZeroBlock(head.subarray(0, 512))) {
    try {
      decodeHeader(head.subarray(0, 512), "sniff");
      return "tar";
    } catch {
      return "unknown";
    }
  }
  return "unknown";
}
async function peekStream(input, n) {
  const it = input[Symbol.asyncIterator]();
  const parts = [];
  let length = 0;
  let done = false;
  while (length < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
    parts.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(parts);
  async function* replay() {
    if (head.length > 0) yield head;
    if (done) return;
    for (; ; ) {
      const r = await it.next();
      if (r.done) {
        done = true;
        return;
      }
      yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
    }
  }
  const stream = Readable2.from(replay(), { objectMode: false });
  stream.once("close", () => {
    if (!done) void it.return?.();
  });
  return { head: head.subarray(0, n), stream };
}

// src/oci/layer/compress.ts
var DEFAULT_GZIP_LEVEL = 1;
var DEFAULT_ZSTD_LEVEL = 3;
var FORMAT_NAMES = /* @__PURE__ */ new Set(["gzip", "zstd", "bzip2", "xz", "none", "tar"]);
function externalDecompress(program, input) {
  const child = spawn2(program, ["-dc"], { stdio: ["pipe", "pipe", "pipe"] });
  const out = new PassThrough2();
  let stderr = "";
  let failed;
  child.stderr.setEncoding("utf8").on("data", (s) => stderr += s);
  child.on("error", (e) => failed = new Error(`${program} -d: ${e.message} (is ${program} installed?)`));
  pipeline(input, child.stdin).catch((e) => {
    if (e.code !== "EPIPE" && e.code !== "ERR_STREAM_PREMATURE_CLOSE") failed ??= e;
  });
  child.stdout.pipe(out, { end: false });
  child.on("close", (code, signal) => {
    if (failed) out.destroy(failed);
    else if (code !== 0) out.destroy(new Error(`${program} -d failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`));
    else out.end();
  });
  out.on("close", () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  });
  return out;
}
function through(input, t) {
  pipelineCb(input, t, () => void 0);
  return t;
}
var INFLATE_CHUNK = 1 << 20;
var INFLATE_AHEAD = 4 << 20;
function decompressAs(format, input) {
  switch (format) {
    case "gzip":
      return through(input, zlib2.createGunzip({ chunkSize: INFLATE_CHUNK, highWaterMark: INFLATE_AHEAD }));
    case "zstd":
      return zstdDecompressFrames(input, { chunkSize: INFLATE_CHUNK, highWaterMark: INFLATE_AHEAD });
    case "bzip2":
    case "xz":
      return externalDecompress(format, input);
    default:
      return input;
  }
}
async function decompress(input, mediaTypeOrFormat) {
  if (mediaTypeOrFormat === void 0) return (await openArchive(input)).stream;
  if (mediaTypeOrFormat.includes("/")) return decompressAs(compressionOf(mediaTypeOrFormat), input);
  if (!FORMAT_NAMES.has(mediaTypeOrFormat)) throw new Error(`unknown compression "${mediaTypeOrFormat}" (gzip, zstd, bzip2, xz, none or a layer media type)`);
  return decompressAs(mediaTypeOrFormat, input);
}
async function openArchive(input) {
  const { head, stream } = await peekStream(input, SNIFF_BYTES);
  const format = sniffArchive(head);
  return { format, stream: decompressAs(format, stream) };
}
var COALESCE_BYTES = 128 * 1024;
var UncompressedTap = class extends Transform {
  digester = new Digester();
  crc = 0;
  held = [];
  heldBytes = 0;
  _transform(chunk, _enc, cb) {
    this.digester.update(chunk);
    this.crc = zlib2.crc32(chunk, this.crc);
    if (this.heldBytes === 0 && chunk.length >= COALESCE_BYTES) return cb(null, chunk);
    this.held.push(chunk);
    this.heldBytes += chunk.length;
    if (this.heldBytes < COALESCE_BYTES) return cb();
    cb(null, this.release());
  }
  _flush(cb) {
    cb(null, this.heldBytes > 0 ? this.release() : void 0);
  }
  release() {
    const out = this.held.length === 1 ? this.held[0] : Buffer.concat(this.held, this.heldBytes);
    this.held = [];
    this.heldBytes = 0;
    return out;
  }
};
var GzipFramer = class extends Transform {
  constructor(tap, level) {
    super();
    this.tap = tap;
    this.level = level;
  }
  tap;
  level;
  started = false;
  header() {
    const xfl = this.level === 1 ? 4 : this.level === 9 ? 2 : 0;
    return Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, xfl, 255]);
  }
  _transform(chunk, _enc, cb) {
    if (!this.started) {
      this.started = true;
      this.push(this.header());
    }
    cb(null, chunk);
  }
  _flush(cb) {
    if (!this.started) this.push(this.header());
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(this.tap.crc >>> 0, 0);
    trailer.writeUInt32LE(this.tap.digester.size % 2 ** 32, 4);
    cb(null, trailer);
  }
};
async function writeLayerBlob(tar, opts) {
  const blobDir = path.join(opts.dir, "sha256");
  tar.on("error", () => void 0);
  await mkdir(blobDir, { recursive: true });
  const tmp = path.join(blobDir, `.tmp-${randomUUID()}`);
  const tap = new UncompressedTap();
  const stored = new DigestStream();
  const stages = [tar, tap];
  if (opts.compression === "gzip") {
    const level = opts.level ?? DEFAULT_GZIP_LEVEL;
    stages.push(zlib2.createDeflateRaw({ level }), new GzipFramer(tap, level));
  } else if (opts.compression === "zstd") {
    const level = opts.level ?? DEFAULT_ZSTD_LEVEL;
    stages.push(zlib2.createZstdCompress({ params: { [zlib2.constants.ZSTD_c_compressionLevel]: level } }));
  } else if (opts.compression !== "none") {
    throw new Error(`unknown layer compression "${String(opts.compression)}"`);
  }
  stages.push(stored, createWriteStream2(tmp));
  try {
    await pipeline(stages);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new Error(`writing layer blob under ${blobDir}: ${e.message}`, { cause: e });
  }
  const digest = stored.digester.digest();
  const final = path.join(blobDir, digestHex(digest));
  await rename(tmp, final);
  return {
    diffId: tap.digester.digest(),
    digest,
    size: stored.digester.size,
    uncompressedSize: tap.digester.size,
    path: final,
    compression: opts.compression
  };
}

// src/oci/layer/unpack.ts
import { closeSync, constants, fchmodSync, fchownSync, futimesSync, lchownSync, linkSync, lstatSync as lstatSync3, lutimesSync, mkdirSync as mkdirSync2, openSync, readdirSync as readdirSync2, realpathSync as realpathSync2, rmSync, symlinkSync, unlinkSync, chmodSync as chmodSync2, writeSync } from "node:fs";

// src/oci/tar/reader.ts
import { open as open2 } from "node:fs/promises";
import { Readable as Readable4 } from "node:stream";

// src/oci/tar/source.ts
import { readSync } from "node:fs";
var ByteSource = class {
  iter;
  chunks = [];
  buffered = 0;
  ended = false;
  /** Bytes handed out or skipped so far (the archive offset). */
  offset = 0;
  constructor(input) {
    this.iter = input[Symbol.asyncIterator]();
  }
  async pull() {
    if (this.ended) return false;
    const r = await this.iter.next();
    if (r.done) {
      this.ended = true;
      return false;
    }
    const chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
    if (chunk.length > 0) {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    return true;
  }
  take(n) {
    if (n === 0) return Buffer.alloc(0);
    const first = this.chunks[0];
    let out;
    if (first.length >= n) {
      out = first.subarray(0, n);
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
    } else {
      out = Buffer.allocUnsafe(n);
      let filled = 0;
      while (filled < n) {
        const c = this.chunks[0];
        const k = Math.min(c.length, n - filled);
        c.copy(out, filled, 0, k);
        filled += k;
        if (k === c.length) this.chunks.shift();
        else this.chunks[0] = c.subarray(k);
      }
    }
    this.buffered -= n;
    this.offset += n;
    return out;
  }
  /** Bytes pulled from the input but not yet used. */
  get pending() {
    return this.buffered;
  }
  /** Exactly `n` bytes, or undefined when the input ends first. */
  async read(n) {
    while (this.buffered < n) if (!await this.pull()) return void 0;
    return this.take(n);
  }
  /** Between 1 and `n` bytes (whatever is buffered, pulling once when nothing is); undefined at the end. */
  async readSome(n) {
    while (this.buffered === 0) if (!await this.pull()) return void 0;
    return this.take(Math.min(n, this.buffered));
  }
  /** Skips `n` bytes; false when the input ends first. */
  async skip(n) {
    let left = n;
    while (left > 0) {
      if (this.buffered === 0 && !await this.pull()) return false;
      const k = Math.min(left, this.buffered);
      this.take(k);
      left -= k;
    }
    return true;
  }
  /** Reads and discards everything up to the end of the input. */
  async drain() {
    this.chunks = [];
    this.buffered = 0;
    while (await this.pull()) {
      this.chunks = [];
      this.buffered = 0;
    }
  }
  /** Stops reading; destroys the input unless it already ended. */
  async close() {
    if (!this.ended) await this.iter.return?.();
    this.ended = true;
  }
};
var FILE_WINDOW = 32 * 1024;
var FileByteSource = class {
  constructor(file, size) {
    this.file = file;
    this.size = size;
  }
  file;
  size;
  offset = 0;
  window = Buffer.alloc(0);
  windowAt = 0;
  get pending() {
    return this.size - this.offset;
  }
  async readAt(position, length) {
    const out = Buffer.allocUnsafe(length);
    let filled = 0;
    while (filled < length) {
      const bytesRead = length <= FILE_WINDOW ? readSync(this.file.fd, out, filled, length - filled, position + filled) : (await this.file.read(out, filled, length - filled, position + filled)).bytesRead;
      if (bytesRead === 0) throw new Error(`the file ended at byte ${position + filled} (${this.size} expected): it changed while it was read`);
      filled += bytesRead;
    }
    return out;
  }
  async read(n) {
    if (this.offset + n > this.size) return void 0;
    const start = this.offset - this.windowAt;
    let out;
    if (start >= 0 && start + n <= this.window.length) out = this.window.subarray(start, start + n);
    else if (n >= FILE_WINDOW) out = await this.readAt(this.offset, n);
    else {
      this.windowAt = this.offset;
      this.window = await this.readAt(this.offset, Math.min(FILE_WINDOW, this.size - this.offset));
      out = this.window.subarray(0, n);
    }
    this.offset += n;
    return out;
  }
  async readSome(n) {
    if (this.offset >= this.size) return void 0;
    return this.read(Math.min(n, this.size - this.offset));
  }
  async skip(n) {
    if (this.offset + n > this.size) {
      this.offset = this.size;
      return false;
    }
    this.offset += n;
    return true;
  }
  async drain() {
    this.offset = this.size;
  }
  async close() {
    await this.file.close();
  }
};

// src/oci/tar/reader.ts
var MAX_META = 16 * 1024 * 1024;
var BODY_CHUNK = 256 * 1024;
var TYPES = {
  "0": "file",
  "\0": "file",
  "7": "file",
  "1": "hardlink",
  "2": "symlink",
  "3": "char",
  "4": "block",
  "5": "dir",
  "6": "fifo",
  D: "dir"
};
var EntryBody = class extends Readable4 {
  constructor(src, remaining, name) {
    super({ highWaterMark: BODY_CHUNK });
    this.src = src;
    this.remaining = remaining;
    this.name = name;
    if (remaining === 0) this.push(null);
  }
  src;
  remaining;
  name;
  pending;
  _read() {
    if (this.remaining === 0 || this.pending) return;
    this.pending = this.src.readSome(Math.min(this.remaining, BODY_CHUNK)).then(
      (chunk) => {
        this.pending = void 0;
        if (!chunk) {
          this.destroy(new TarFormatError(`tar entry "${this.name}": archive ends inside its content`));
          return;
        }
        this.remaining -= chunk.length;
        this.push(chunk);
        if (this.remaining === 0) this.push(null);
      },
      (err) => {
        this.pending = void 0;
        this.destroy(err);
      }
    );
  }
  /** Waits for an in-flight read, then skips what the consumer did not read. */
  async finish() {
    await this.pending;
    if (this.remaining > 0) {
      const left = this.remaining;
      this.remaining = 0;
      if (!this.destroyed) this.destroy();
      if (!await this.src.skip(left)) throw new TarFormatError(`tar entry "${this.name}": archive ends inside its content`);
    }
  }
};
function cleanName(b) {
  let s = 0;
  let e = b.length;
  for (; ; ) {
    if (b[s] === 47) s++;
    else if (b[s] === 46 && b[s + 1] === 47) s += 2;
    else break;
  }
  while (e > s && b[e - 1] === 47) e--;
  const out = b.subarray(s, e);
  return out.length === 0 || out.length === 1 && out[0] === 46 ? Buffer.from(".") : out;
}
function paxInt(v, key, where) {
  const s = v.toString("latin1");
  if (!/^[0-9]+$/.test(s) || !Number.isSafeInteger(Number(s))) throw new TarFormatError(`${where}: invalid PAX ${key} "${s}"`);
  return Number(s);
}
function paxTime(v, where) {
  const s = v.toString("latin1");
  if (!/^-?[0-9]+(\.[0-9]*)?$/.test(s)) throw new TarFormatError(`${where}: invalid PAX mtime "${s}"`);
  return Number(s);
}
function toEntry(h, pax, longName, longLink, where, sparse) {
  const rawName = (sparse ? pax.get("GNU.sparse.name") : void 0) ?? pax.get("path") ?? longName ?? h.name;
  const label = rawName.toString("utf8");
  if (!sparse) {
    for (const k of pax.keys()) {
      if (k.startsWith("GNU.sparse.")) throw new TarFormatError(`tar entry "${label}": sparse files are not supported (OCI layers should not use them)`);
    }
  }
  if (h.typeflag === "S") throw new TarFormatError(`tar entry "${label}": sparse files are not supported (OCI layers should not use them)`);
  let type = TYPES[h.typeflag];
  if (!type) throw new TarFormatError(`tar entry "${label}" (${where}): unsupported entry type "${h.typeflag.replace(/[^\x20-\x7e]/g, "?")}"`);
  if (type === "file" && h.typeflag === "\0" && rawName[rawName.length - 1] === 47) type = "dir";
  const name = decodeName(cleanName(rawName));
  const entry = {
    path: name.text,
    type,
    mode: h.mode & 4095,
    uid: pax.has("uid") ? paxInt(pax.get("uid"), "uid", where) : h.uid,
    gid: pax.has("gid") ? paxInt(pax.get("gid"), "gid", where) : h.gid,
    size: type === "file" ? pax.has("size") ? paxInt(pax.get("size"), "size", where) : h.size : 0,
    mtime: pax.has("mtime") ? paxTime(pax.get("mtime"), where) : h.mtime
  };
  if (name.bytes) entry.pathBytes = name.bytes;
  if (rawName[0] === 47) entry.absolute = true;
  if (type === "symlink" || type === "hardlink") {
    let link = pax.get("linkpath") ?? longLink ?? h.linkname;
    if (type === "hardlink") link = cleanName(link);
    const l = decodeName(link);
    entry.linkname = l.text;
    if (l.bytes) entry.linknameBytes = l.bytes;
  }
  if (type === "char" || type === "block") {
    entry.devmajor = h.devmajor;
    entry.devminor = h.devminor;
  }
  for (const [k, v] of pax) {
    if (k.startsWith("SCHILY.xattr.")) (entry.xattrs ??= {})[k.slice("SCHILY.xattr.".length)] = v;
  }
  return entry;
}
function readTar(input, opts = {}) {
  return readEntries(new ByteSource(input), opts);
}
function sparseHeaders(pax, physical, label) {
  const text = (k) => pax.get(k)?.toString("latin1") ?? "";
  const major = text("GNU.sparse.major");
  const minor = text("GNU.sparse.minor");
  let inData;
  if (major === "0" && (minor === "0" || minor === "1")) inData = false;
  else if (major === "1" && minor === "0") inData = true;
  else if (major !== "" || minor !== "") throw new TarFormatError(`tar entry "${label}": GNU sparse format ${major}.${minor} is not supported`);
  else if (text("GNU.sparse.map") !== "") inData = false;
  else return void 0;
  const sizeText = text("GNU.sparse.size") || text("GNU.sparse.realsize");
  const size = sizeText === "" ? physical : sparseNumber(sizeText, label);
  if (inData) return { size };
  const numbers = text("GNU.sparse.map").split(",").map((n) => sparseNumber(n, label));
  const blocks = text("GNU.sparse.numblocks");
  if (numbers.length % 2 !== 0 || blocks !== "" && sparseNumber(blocks, label) * 2 !== numbers.length) throw new TarFormatError(`tar entry "${label}": malformed GNU sparse map`);
  const fragments = [];
  for (let i = 0; i < numbers.length; i += 2) fragments.push({ offset: numbers[i], length: numbers[i + 1] });
  return { fragments, size };
}
function checkFragments(fragments, size, label) {
  let end = 0;
  for (const f of fragments) {
    if (f.offset < end || f.offset + f.length > size) throw new TarFormatError(`tar entry "${label}": malformed GNU sparse map`);
    end = f.offset + f.length;
  }
}
function sparseNumber(s, label) {
  if (!/^[0-9]+$/.test(s) || !Number.isSafeInteger(Number(s))) throw new TarFormatError(`tar entry "${label}": malformed GNU sparse number "${s}"`);
  return Number(s);
}
async function readSparseMapInData(src, physical, label) {
  let text = "";
  let bytes = 0;
  const next = async () => {
    for (; ; ) {
      const nl = text.indexOf("\n");
      if (nl >= 0) {
        const n = sparseNumber(text.slice(0, nl), label);
        text = text.slice(nl + 1);
        return n;
      }
      if (bytes + BLOCK > physical || bytes > MAX_META) throw new TarFormatError(`tar entry "${label}": malformed GNU sparse map`);
      const block = await src.read(BLOCK);
      if (!block) throw new TarFormatError(`tar entry "${label}": archive ends inside its sparse map`);
      bytes += BLOCK;
      text += block.toString("latin1");
    }
  };
  const count = await next();
  const fragments = [];
  for (let i = 0; i < count; i++) fragments.push({ offset: await next(), length: await next() });
  return { fragments, bytes };
}
async function* expandSparse(stored, fragments, size, label) {
  const zeros = function* (n) {
    for (; n > 0; n -= BODY_CHUNK) yield Buffer.alloc(Math.min(n, BODY_CHUNK));
  };
  const it = stored[Symbol.asyncIterator]();
  let buf = Buffer.alloc(0);
  let pos = 0;
  for (const { offset, length } of fragments) {
    yield* zeros(offset - pos);
    for (let need = length; need > 0; ) {
      if (buf.length === 0) {
        const r = await it.next();
        if (r.done) throw new TarFormatError(`tar entry "${label}": archive ends inside its sparse data`);
        buf = r.value;
      }
      const take = buf.subarray(0, need);
      buf = buf.subarray(take.length);
      need -= take.length;
      yield take;
    }
    pos = offset + length;
  }
  yield* zeros(size - pos);
  if (buf.length > 0 || !(await it.next()).done) throw new TarFormatError(`tar entry "${label}": sparse data its map does not name`);
}
async function* readTarFile(file) {
  const fh = await open2(file, "r");
  let src;
  try {
    src = new FileByteSource(fh, (await fh.stat()).size);
  } catch (e) {
    await fh.close();
    throw e;
  }
  yield* readEntries(src);
}
async function* readEntries(src, opts = {}) {
  const globals = /* @__PURE__ */ new Map();
  let pax = /* @__PURE__ */ new Map();
  let longName;
  let longLink;
  try {
    for (; ; ) {
      const offset = src.offset;
      const where = `tar header at byte ${offset}`;
      const block = await src.read(BLOCK);
      if (!block) {
        if (src.pending > 0) throw new TarFormatError(`${where}: archive is truncated inside a header`);
        return;
      }
      if (isZeroBlock(block)) {
        await src.drain();
        return;
      }
      const h = decodeHeader(block, where);
      if (h.typeflag === "x" || h.typeflag === "g" || h.typeflag === "L" || h.typeflag === "K") {
        if (h.size > MAX_META) throw new TarFormatError(`${where}: ${h.size}-byte metadata header is too large`);
        const data = await src.read(h.size);
        if (!data || !await src.skip(padding(h.size))) throw new TarFormatError(`${where}: archive ends inside a metadata header`);
        if (h.typeflag === "x") for (const [k, v] of parsePaxRecords(data, where)) pax.set(k, v);
        else if (h.typeflag === "g") for (const [k, v] of parsePaxRecords(data, where)) globals.set(k, v);
        else {
          const nul = data.indexOf(0);
          const value = Buffer.from(nul < 0 ? data : data.subarray(0, nul));
          if (h.typeflag === "L") longName = value;
          else longLink = value;
        }
        continue;
      }
      const records = new Map(globals);
      for (const k of ["path", "linkpath", "size"]) records.delete(k);
      for (const [k, v] of pax) records.set(k, v);
      const entry = toEntry(h, records, longName, longLink, where, opts.sparse === true);
      pax = /* @__PURE__ */ new Map();
      longName = void 0;
      longLink = void 0;
      const dataSize = entry.type === "file" || h.typeflag === "D" ? h.typeflag === "D" ? h.size : entry.size : 0;
      const sparse = opts.sparse && entry.type === "file" ? sparseHeaders(records, dataSize, entry.path) : void 0;
      if (sparse) {
        const inData = sparse.fragments ? void 0 : await readSparseMapInData(src, dataSize, entry.path);
        const fragments = sparse.fragments ?? inData.fragments;
        checkFragments(fragments, sparse.size, entry.path);
        const stored = new EntryBody(src, dataSize - (inData?.bytes ?? 0), entry.path);
        const body = Readable4.from(expandSparse(stored, fragments, sparse.size, entry.path), { objectMode: false });
        entry.size = sparse.size;
        yield { entry, body };
        if (!body.readableEnded) body.destroy();
        await stored.finish();
      } else {
        const body = new EntryBody(src, entry.type === "file" ? dataSize : 0, entry.path);
        yield { entry, body };
        await body.finish();
      }
      if (entry.type !== "file" && dataSize > 0 && !await src.skip(dataSize)) {
        throw new TarFormatError(`tar entry "${entry.path}": archive ends inside its content`);
      }
      if (!await src.skip(padding(dataSize))) throw new TarFormatError(`tar entry "${entry.path}": archive ends inside its padding`);
    }
  } finally {
    await src.close();
  }
}

// src/oci/layer/nodes.ts
import { spawn as spawn3 } from "node:child_process";
async function createSpecialFiles(root, entries) {
  if (entries.length === 0) return;
  const child = spawn3("tar", ["-x", "-f", "-", "-C", root, "--numeric-owner", "--same-owner", "--same-permissions", "--no-overwrite-dir"], {
    stdio: ["pipe", "ignore", "pipe"],
    env: { ...process.env, LC_ALL: "C" }
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (s) => stderr += s);
  const exited = new Promise((resolve, reject) => {
    child.on("error", (e) => reject(new Error(`tar: ${e.message} (GNU tar creates device nodes and FIFOs)`)));
    child.on("close", (code2) => resolve(code2));
  });
  child.stdin.on("error", () => void 0);
  const writer = new TarWriter(child.stdin);
  try {
    for (const e of entries) await writer.add(e);
    await writer.finish();
  } catch {
  }
  const code = await exited;
  if (code !== 0) throw new Error(`creating device nodes and FIFOs under ${root} with tar failed (exit ${code}): ${stderr.trim().split("\n").slice(0, 5).join("; ")}`);
}

// src/oci/layer/unpack.ts
var WH2 = ".wh.";
var YIELD_EVERY_MS = 5;
var OPAQUE = ".wh..wh..opq";
function forbiddenXattr(name) {
  return name.startsWith("trusted.overlay.") || name.startsWith("user.overlay.");
}
function lstatMaybe(p) {
  return lstatSync3(p, { throwIfNoEntry: false });
}
var Unpacker = class {
  constructor(root, rootText, opts) {
    this.root = root;
    this.rootText = rootText;
    this.opts = opts;
    this.resolver = new RootResolver(root);
  }
  root;
  rootText;
  opts;
  resolver;
  /** Paths (resolved, relative) this layer created; whiteouts never hide them. */
  written = /* @__PURE__ */ new Set();
  dirTimes = /* @__PURE__ */ new Map();
  xattrs = /* @__PURE__ */ new Map();
  opaque = /* @__PURE__ */ new Set();
  nodes = /* @__PURE__ */ new Map();
  /** Pending nodes that stand for whiteouts (overlay-lower). */
  whiteoutNodes = /* @__PURE__ */ new Set();
  whiteouts = 0;
  abs(rel2) {
    return under(this.root, rel2);
  }
  /** Drops pending work for `rel` (and everything under it when `subtree`). */
  purge(rel2, subtree) {
    const prefix = `${rel2}/`;
    for (const map of [this.dirTimes, this.xattrs, this.nodes]) {
      map.delete(rel2);
      if (subtree) {
        for (const k of map.keys()) if (k.startsWith(prefix)) map.delete(k);
      }
    }
    for (const set of [this.opaque, this.whiteoutNodes]) {
      set.delete(rel2);
      if (subtree) {
        for (const k of set) if (k.startsWith(prefix)) set.delete(k);
      }
    }
  }
  /** Removes whatever is at `rel` (a directory with its contents). */
  remove(rel2, st) {
    if (st.isDirectory()) rmSync(this.abs(rel2), { recursive: true, force: true });
    else unlinkSync(this.abs(rel2));
    if (st.isDirectory() || st.isSymbolicLink()) this.resolver.invalidate();
    this.purge(rel2, st.isDirectory());
  }
  /** Resolves an entry's parent directory (created when missing) and returns the entry's resolved path. */
  place(parts, what) {
    const parent = this.resolver.resolveDir(parts.slice(0, -1).join("/"), true, what);
    for (const d of this.resolver.created.splice(0)) this.written.add(d);
    return join(parent, parts[parts.length - 1]);
  }
  async entry(layerEntry, body) {
    const owner = this.opts.owner;
    const entry = owner ? { ...layerEntry, uid: owner.uid, gid: owner.gid } : layerEntry;
    const what = entry.path;
    const parts = cleanRelative(byteString(pathBytesOf(entry)), what);
    if (parts.length === 0) return;
    const name = parts[parts.length - 1];
    if (name.startsWith(WH2)) return this.whiteout(parts, entry, what);
    const target = this.place(parts, what);
    const existing = lstatMaybe(this.abs(target));
    if (this.nodes.has(target)) {
      const opaque = entry.type === "dir" && this.whiteoutNodes.has(target);
      this.purge(target, false);
      if (opaque) this.opaque.add(target);
    }
    if (existing && !(existing.isDirectory() && entry.type === "dir")) this.remove(target, existing);
    this.written.add(target);
    switch (entry.type) {
      case "file":
        await this.writeFile(target, entry, body);
        break;
      case "dir":
        if (!existing?.isDirectory()) mkdirSync2(this.abs(target), { mode: 448 });
        lchownSync(this.abs(target), entry.uid, entry.gid);
        if (this.opts.deferDirModes) {
          chmodSync2(this.abs(target), entry.mode | 448);
          this.opts.deferDirModes.set(target, entry.mode);
        } else chmodSync2(this.abs(target), entry.mode);
        this.dirTimes.set(target, entry.mtime);
        break;
      case "symlink":
        symlinkSync(linknameBytesOf(entry), this.abs(target));
        lchownSync(this.abs(target), entry.uid, entry.gid);
        lutimesSync(this.abs(target), entry.mtime, entry.mtime);
        break;
      case "hardlink":
        this.hardlink(target, entry, what);
        break;
      case "char":
      case "block":
        if (this.opts.devices === "refuse") throw new UnsafeLayerEntryError(what, `${entry.type} devices are not allowed here`);
        if (this.opts.devices === "skip") return;
        this.nodes.set(target, { ...entry, ...nameFields(target) });
        break;
      case "fifo":
        this.nodes.set(target, { ...entry, ...nameFields(target) });
        break;
    }
    if (entry.type === "hardlink") return;
    const keep = this.opts.keepXattr;
    const attrs = Object.entries(entry.xattrs ?? {}).filter(([n]) => !forbiddenXattr(n) && !(entry.type === "symlink" && n.startsWith("user.")) && (!keep || keep(n)));
    if (attrs.length > 0) this.xattrs.set(target, Object.fromEntries(attrs));
    else this.xattrs.delete(target);
  }
  async writeFile(target, entry, body) {
    const fd = openSync(this.abs(target), constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 384);
    try {
      for await (const chunk of body) {
        let off = 0;
        while (off < chunk.length) off += writeSync(fd, chunk, off);
      }
      fchownSync(fd, entry.uid, entry.gid);
      fchmodSync(fd, entry.mode);
      futimesSync(fd, entry.mtime, entry.mtime);
    } finally {
      closeSync(fd);
    }
  }
  hardlink(target, entry, what) {
    const parts = cleanRelative(byteString(linknameBytesOf(entry)), what);
    if (parts.length === 0) throw new UnsafeLayerEntryError(what, "hardlink to the layer root");
    const parent = this.resolver.resolveDir(parts.slice(0, -1).join("/"), false, what);
    const source = parent === void 0 ? void 0 : join(parent, parts[parts.length - 1]);
    if (source !== void 0 && this.nodes.has(source)) {
      this.nodes.set(target, { ...entry, ...nameFields(target), linkname: display(source), linknameBytes: Buffer.from(source, "latin1") });
      return;
    }
    const st = source === void 0 ? void 0 : lstatMaybe(this.abs(source));
    if (!st || source === void 0) throw new UnsafeLayerEntryError(what, `hardlink target "${entry.linkname}" does not exist in the layer root`);
    if (st.isDirectory()) throw new UnsafeLayerEntryError(what, `hardlink target "${entry.linkname}" is a directory`);
    linkSync(this.abs(source), this.abs(target));
    if (st.isFile()) {
      if (st.uid !== entry.uid || st.gid !== entry.gid) lchownSync(this.abs(target), entry.uid, entry.gid);
      if ((st.mode & 4095) !== entry.mode) chmodSync2(this.abs(target), entry.mode);
      lutimesSync(this.abs(target), entry.mtime, entry.mtime);
    }
  }
  whiteout(parts, entry, what) {
    this.whiteouts++;
    const name = parts[parts.length - 1];
    const lower = this.opts.mode === "overlay-lower";
    const dirParts = parts.slice(0, -1);
    const dir = this.resolver.resolveDir(dirParts.join("/"), true, what);
    for (const d of this.resolver.created.splice(0)) this.written.add(d);
    if (name === OPAQUE) {
      if (lower) this.opaque.add(dir);
      else this.clearLower(dir);
      return;
    }
    if (name.startsWith(`${WH2}${WH2}`)) return;
    const victim = name.slice(WH2.length);
    if (victim === "" || victim === "." || victim === "..") throw new UnsafeLayerEntryError(what, "invalid whiteout name");
    const target = join(dir, victim);
    if (this.written.has(target)) return;
    const existing = lstatMaybe(this.abs(target));
    if (existing) this.remove(target, existing);
    if (lower) {
      this.nodes.set(target, { ...nameFields(target), type: "char", mode: 0, uid: entry.uid, gid: entry.gid, size: 0, mtime: entry.mtime, devmajor: 0, devminor: 0 });
      this.whiteoutNodes.add(target);
    }
  }
  /** Opaque whiteout in apply mode: removes everything in `dir` that this layer did not write. */
  clearLower(dir) {
    for (const child of readdirSync2(this.abs(dir), { encoding: "buffer" })) {
      const rel2 = join(dir, byteString(child));
      const st = lstatSync3(this.abs(rel2));
      if (!this.written.has(rel2)) this.remove(rel2, st);
      else if (st.isDirectory()) this.clearLower(rel2);
    }
  }
  /** True when every parent of `rel` is still a real directory (not replaced by a symlink since). */
  parentsAreDirs(rel2, checked) {
    let i = rel2.indexOf("/");
    while (i >= 0) {
      const p = rel2.slice(0, i);
      if (!checked.has(p)) {
        const st = lstatMaybe(this.abs(p));
        if (!st || !st.isDirectory()) return false;
        checked.add(p);
      }
      i = rel2.indexOf("/", i + 1);
    }
    return true;
  }
  /** Creates the batched special files, sets batched xattrs, then directory mtimes. */
  async finish() {
    const checked = /* @__PURE__ */ new Set();
    const nodes = [...this.nodes.entries()].filter(([rel2]) => this.parentsAreDirs(rel2, checked));
    await createSpecialFiles(this.rootText, nodes.map(([, e]) => e));
    for (const [rel2, e] of nodes) if (e.type !== "hardlink") lutimesSync(this.abs(rel2), e.mtime, e.mtime);
    const attrs = /* @__PURE__ */ new Map();
    for (const [rel2, x] of this.xattrs) if (this.parentsAreDirs(rel2, checked)) attrs.set(rel2, x);
    for (const rel2 of this.opaque) {
      if (this.parentsAreDirs(rel2, checked)) attrs.set(rel2, { ...attrs.get(rel2), "trusted.overlay.opaque": Buffer.from("y") });
    }
    await writeXattrs(this.root, attrs);
    for (const [rel2, mtime] of this.dirTimes) {
      if (!this.parentsAreDirs(rel2, checked)) continue;
      const st = lstatMaybe(this.abs(rel2));
      if (st?.isDirectory()) lutimesSync(this.abs(rel2), mtime, mtime);
    }
  }
};
var LayerUnpackError = class extends Error {
  constructor(dir, entry, unsafe, cause) {
    const msg = cause.message;
    super(`unpacking layer into ${dir}: ${entry === void 0 || msg.includes(`"${entry}"`) ? "" : `layer entry "${entry}": `}${msg}`, { cause });
    this.dir = dir;
    this.entry = entry;
    this.unsafe = unsafe;
    this.name = "LayerUnpackError";
  }
  dir;
  entry;
  unsafe;
};
async function unpackLayer(tar, dir, opts) {
  mkdirSync2(dir, { recursive: true });
  const rootText = realpathSync2(dir);
  const u = new Unpacker(Buffer.from(rootText), rootText, opts);
  let entries = 0;
  let current;
  let ran = performance.now();
  try {
    for await (const { entry, body } of readTar(tar)) {
      entries++;
      current = entry.path;
      await u.entry(entry, body);
      if (performance.now() - ran > YIELD_EVERY_MS) {
        await new Promise((r) => setImmediate(r));
        ran = performance.now();
      }
    }
    current = void 0;
    await u.finish();
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    throw new LayerUnpackError(dir, current, err instanceof UnsafeLayerEntryError, err);
  }
  return { entries, whiteouts: u.whiteouts };
}

// src/sandbox/layer-io.ts
function decompressBlob(blob) {
  return decompress(blob);
}
async function unpackAsLower(tar, dir) {
  await unpackLayer(tar, dir, { mode: "overlay-lower" });
}
async function applyLayer(tar, dir) {
  await unpackLayer(tar, dir, { mode: "apply" });
}
function treeXattrs(root) {
  return readTreeXattrs(root);
}
function dockerXattrs(name) {
  return name === "security.capability";
}
async function upperToLayer(upper, outFile, opts) {
  const r = await writeUpperDirAsLayer(upper, outFile, {
    lowerHas: opts.lowerHas,
    lowerIsDir: opts.lowerIsDir,
    lowerDirStat: opts.lowerDirStat,
    lowerChildren: opts.lowerChildren,
    exclude: opts.exclude,
    sourceDateEpoch: opts.sourceDateEpoch,
    xattrs: dockerXattrs
  });
  return { entries: r.entries };
}

// src/sandbox/sys.ts
import { spawn as spawn4 } from "node:child_process";
import { access, constants as constants2, readFile, rm as rm2 } from "node:fs/promises";
import path3 from "node:path";

// src/build/go-format.ts
import path2 from "node:path";
var GO_PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
function goQuote(s) {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "	") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\x07") out += "\\a";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (ch === "\v") out += "\\v";
    else if (cp < 32 || cp === 127) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else if (cp >= 55296 && cp < 57344) out += "\uFFFD";
    else if (ch === " " || GO_PRINTABLE.test(ch)) out += ch;
    else if (cp < 65536) out += `\\u${cp.toString(16).padStart(4, "0")}`;
    else out += `\\U${cp.toString(16).padStart(8, "0")}`;
  }
  return `${out}"`;
}
function goQuoteSlice(items) {
  return `[${items.map(goQuote).join(" ")}]`;
}
function goSlice(items) {
  return `[${items.join(" ")}]`;
}
function fmtFrac(v, prec) {
  const s = v.toString().padStart(prec + 1, "0");
  const int = s.slice(0, s.length - prec);
  const frac = s.slice(s.length - prec).replace(/0+$/, "");
  return frac ? `${int}.${frac}` : int;
}
function goDuration(ns) {
  let d = BigInt(ns);
  if (d === 0n) return "0s";
  const neg = d < 0n;
  if (neg) d = -d;
  let out;
  if (d < 1000000000n) {
    if (d < 1000n) out = `${d}ns`;
    else if (d < 1000000n) out = `${fmtFrac(d, 3)}\xB5s`;
    else out = `${fmtFrac(d, 6)}ms`;
  } else {
    const h = d / 3600000000000n;
    const rem = d % 3600000000000n;
    const m = rem / 60000000000n;
    const s = rem % 60000000000n;
    out = `${fmtFrac(s, 9)}s`;
    if (h > 0n) out = `${h}h${m}m${out}`;
    else if (m > 0n) out = `${m}m${out}`;
  }
  return neg ? `-${out}` : out;
}
function goSetMap(keys) {
  return `map[${[...new Set(keys)].sort().map((k) => `${k}:{}`).join(" ")}]`;
}
function goQuoteRune(n) {
  const cp = Number.isInteger(n) && n >= 0 && n <= 1114111 && !(n >= 55296 && n <= 57343) ? n : 65533;
  const ch = String.fromCodePoint(cp);
  if (ch === "'") return "'\\''";
  if (ch === '"') return `'"'`;
  return `'${goQuote(ch).slice(1, -1)}'`;
}
function goTime(ms) {
  return new Date(ms).toISOString().replace(/\.?0+Z$/, "Z");
}
function goPathClean(p) {
  if (p === "") return ".";
  const c = path2.posix.normalize(p);
  return c.length > 1 && c.endsWith("/") ? c.slice(0, -1) : c;
}

// src/sandbox/types.ts
function processFailed(argv, exitCode) {
  return `process ${goQuote(argv.join(" "))} did not complete successfully: exit code: ${exitCode}`;
}
var RunError = class extends Error {
  constructor(argv, exitCode, lastOutput) {
    super(
      processFailed(argv, exitCode) + (lastOutput.length ? `
${lastOutput.map((l) => `  ${l}`).join("\n")}` : "")
    );
    this.argv = argv;
    this.exitCode = exitCode;
    this.lastOutput = lastOutput;
    this.name = "RunError";
  }
  argv;
  exitCode;
  lastOutput;
};
var RunCancelledError = class extends Error {
  constructor(argv) {
    super(`process "${argv.join(" ")}" was cancelled`);
    this.argv = argv;
    this.name = "RunCancelledError";
  }
  argv;
};
var SandboxError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "SandboxError";
  }
};

// src/sandbox/mounter.ts
var FLAG_BITS = { ro: 1, nosuid: 2, nodev: 4, noexec: 8, strictatime: 1 << 24 };
var MS_REMOUNT = 32;
var MS_BIND = 4096;
var MS_REC = 16384;
var SYSCALLS = {
  x64: [165, 166, 259],
  arm64: [40, 39, 33]
};
var preferred = "auto";
var perlPath;
function setMounter(kind) {
  preferred = kind ?? "auto";
}
async function hostPerl() {
  if (preferred === "shell") return void 0;
  perlPath ??= which("perl");
  return perlPath;
}
async function perl() {
  if (!SYSCALLS[process.arch]) return void 0;
  perlPath ??= which("perl");
  return perlPath;
}
var MountBatch = class {
  ops = [];
  /** Changes the working directory (relative overlay lowerdir names are resolved against it). */
  cd(dir) {
    this.ops.push({ op: "cd", dir });
    return this;
  }
  /**
   * Mounts `fstype` at `target`, trying each of `data` (option strings) in turn until one works. If none
   * does: with `orBind`, a recursive bind of `orBind` instead (read-only if `ro`); with `optional`, nothing.
   */
  mount(fstype, source, target, flags, data = "", opts = {}) {
    this.ops.push({ op: "mount", fstype, source, target, flags, data: typeof data === "string" ? [data] : data, ...opts });
    return this;
  }
  /**
   * Bind-mounts `source` at `target` (recursively for `recursive`), then read-only for `readonly`, with `flags`
   * (nosuid... set by that read-only remount: a bind takes none of its own).
   */
  bind(source, target, opts = {}) {
    this.ops.push({ op: "bind", source, target, recursive: opts.recursive ?? false, readonly: opts.readonly ?? false, flags: opts.flags ?? [] });
    return this;
  }
  /** Creates a character device with exactly `mode`. */
  mknod(path14, mode, major, minor) {
    this.ops.push({ op: "mknod", path: path14, mode, major, minor });
    return this;
  }
  symlink(target, path14) {
    this.ops.push({ op: "symlink", target, path: path14 });
    return this;
  }
  /** Creates a directory with exactly `mode`. */
  mkdir(path14, mode) {
    this.ops.push({ op: "mkdir", path: path14, mode });
    return this;
  }
  /** Unmounts `target`, lazily when it is busy. */
  umount(target) {
    this.ops.push({ op: "umount", target });
    return this;
  }
  get empty() {
    return this.ops.length === 0;
  }
  /** The command line that makes the operations (for running it elsewhere, e.g. in a step's namespaces). */
  async commandLine(what, kind = preferred) {
    const perlBin = kind === "shell" ? void 0 : await perl();
    if (kind === "perl" && !perlBin) throw new SandboxError(`${what}: perl is not available for ${process.arch}`);
    return perlBin ? [perlBin, ["-e", PERL_PROGRAM, ...SYSCALLS[process.arch].map(String), ...perlArgs(this.ops)]] : ["sh", ["-c", ...shellScript(this.ops)]];
  }
  /** Runs the operations; `what` starts the error message. */
  async run(what, kind = preferred) {
    if (this.empty) return;
    const [cmd, args] = await this.commandLine(what, kind);
    const r = await sys(cmd, args, { allowFail: true });
    if (r.code !== 0) throw new SandboxError(`${what} failed: ${r.stderr || `exit ${r.code}`}`);
  }
};
function flagBits(flags) {
  return flags.reduce((n, f) => n | FLAG_BITS[f], 0);
}
function octal(mode) {
  return mode.toString(8).padStart(4, "0");
}
function perlArgs(ops) {
  const out = [];
  for (const o of ops) {
    switch (o.op) {
      case "cd":
        out.push("C", o.dir);
        break;
      case "mount":
        out.push("M", o.fstype, o.source, o.target, String(flagBits(o.flags)), o.orBind ?? "", o.optional ? "1" : "0", String(o.data.length), ...o.data);
        break;
      case "bind":
        out.push("B", o.source, o.target, String(MS_BIND | (o.recursive ? MS_REC : 0)), o.readonly ? "1" : "0", String(flagBits(o.flags)));
        break;
      case "mknod":
        out.push("N", o.path, String(o.mode), String(o.major), String(o.minor));
        break;
      case "symlink":
        out.push("S", o.target, o.path);
        break;
      case "mkdir":
        out.push("D", o.path, String(o.mode));
        break;
      case "umount":
        out.push("U", o.target);
        break;
    }
  }
  return out;
}
var PERL_PROGRAM = `
use strict; no warnings;
my ($SYS_MOUNT, $SYS_UMOUNT2, $SYS_MKNODAT) = map { $_ + 0 } splice(@ARGV, 0, 3);
umask(0);
sub sc_mount { my ($src, $tgt, $type, $flags, $data) = @_;
  my ($s, $t, $y, $d) = ($src, $tgt, $type, $data);
  return syscall($SYS_MOUNT, ($s eq '' ? 0 : $s), $t, ($y eq '' ? 0 : $y), $flags + 0, ($d eq '' ? 0 : $d)) == 0; }
sub bind_ro { my ($tgt, $flags) = @_; return sc_mount('', $tgt, '', ${MS_REMOUNT | MS_BIND} | 1 | $flags, ''); }
while (@ARGV) {
  my $op = shift @ARGV;
  if ($op eq 'C') { my $d = shift @ARGV; chdir($d) or die "cd $d: $!\\n"; }
  elsif ($op eq 'M') {
    my ($type, $src, $tgt, $flags, $orbind, $optional, $n) = splice(@ARGV, 0, 7);
    my @data = splice(@ARGV, 0, $n); my $ok = 0; my $err = '';
    for my $d (@data) { if (sc_mount($src, $tgt, $type, $flags, $d)) { $ok = 1; last } $err = "$!"; }
    if (!$ok && $orbind ne '') {
      sc_mount($orbind, $tgt, '', ${MS_BIND | MS_REC}, '') or die "bind $orbind on $tgt: $!\\n";
      if ($flags & 1) { bind_ro($tgt, 0) or die "remount $tgt read-only: $!\\n"; }
      $ok = 1;
    }
    $ok = 1 if $optional;
    die "mount $type on $tgt: $err\\n" unless $ok;
  }
  elsif ($op eq 'B') {
    my ($src, $tgt, $flags, $ro, $extra) = splice(@ARGV, 0, 5);
    sc_mount($src, $tgt, '', $flags, '') or die "bind $src on $tgt: $!\\n";
    if ($ro) { bind_ro($tgt, $extra + 0) or die "remount $tgt read-only: $!\\n"; }
  }
  elsif ($op eq 'N') {
    my ($p, $mode, $maj, $min) = splice(@ARGV, 0, 4); my $q = $p;
    syscall($SYS_MKNODAT, -100, $q, 0020000 | $mode, (($maj + 0) << 8) | ($min + 0)) == 0 or die "mknod $p: $!\\n";
    chmod($mode + 0, $p) or die "chmod $p: $!\\n";
  }
  elsif ($op eq 'S') { my ($t, $p) = splice(@ARGV, 0, 2); symlink($t, $p) or die "symlink $p: $!\\n"; }
  elsif ($op eq 'D') { my ($p, $mode) = splice(@ARGV, 0, 2); mkdir($p, $mode + 0) or die "mkdir $p: $!\\n"; chmod($mode + 0, $p) or die "chmod $p: $!\\n"; }
  elsif ($op eq 'U') { my $t = shift @ARGV; my $u = $t;
    if (syscall($SYS_UMOUNT2, $u, 0) != 0) { my $v = $t; syscall($SYS_UMOUNT2, $v, 2) == 0 or die "umount $t: $!\\n"; } }
  else { die "unknown operation $op\\n"; }
}
`;
function shellScript(ops) {
  const lines = ["set -e"];
  const args = [];
  const arg = (v) => {
    args.push(v);
    return `"\${${args.length}}"`;
  };
  const opts = (flags, data) => [...flags, ...data ? [data] : []].join(",");
  for (const o of ops) {
    switch (o.op) {
      case "cd":
        lines.push(`cd ${arg(o.dir)}`);
        break;
      case "mount": {
        const tries = o.data.map((d, i) => {
          const o2 = opts(o.flags, d);
          return `mount -t ${arg(o.fstype)}${o2 ? ` -o ${arg(o2)}` : ""} ${arg(o.source)} ${arg(o.target)}${i < o.data.length - 1 || o.orBind || o.optional ? " 2>/dev/null" : ""}`;
        });
        if (o.orBind) {
          const bindRo = o.flags.includes("ro") ? ` && mount -o remount,bind,ro ${arg(o.target)}` : "";
          tries.push(`{ mount --rbind ${arg(o.orBind)} ${arg(o.target)}${bindRo}; }`);
        }
        if (o.optional) tries.push("true");
        lines.push(tries.join(" || "));
        break;
      }
      case "bind": {
        const t = arg(o.target);
        lines.push(`mount ${o.recursive ? "--rbind" : "--bind"} ${arg(o.source)} ${t}`);
        if (o.readonly) lines.push(`mount -o ${["remount", "bind", "ro", ...o.flags].join(",")} ${t}`);
        break;
      }
      case "mknod": {
        const p = arg(o.path);
        lines.push(`mknod -m ${octal(o.mode)} ${p} c ${o.major} ${o.minor}`);
        break;
      }
      case "symlink":
        lines.push(`ln -s -- ${arg(o.target)} ${arg(o.path)}`);
        break;
      case "mkdir": {
        const p = arg(o.path);
        lines.push(`mkdir -m ${octal(o.mode)} -- ${p}`);
        break;
      }
      case "umount": {
        const t = arg(o.target);
        lines.push(`umount ${t} 2>/dev/null || umount -l ${t}`);
        break;
      }
    }
  }
  return [`${lines.join("\n")}
`, "hoist-mount", ...args];
}

// src/sandbox/sys.ts
var SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
var SYSTEM_ENV = { PATH: SYSTEM_PATH, LC_ALL: "C" };
function withEnvEntries(env, entries) {
  const out = [...env];
  for (const e of entries) {
    const name = e.slice(0, e.indexOf("=") + 1);
    const i = out.findIndex((x) => x.startsWith(name));
    if (i >= 0) out[i] = e;
    else out.push(e);
  }
  return out;
}
function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
function sys(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn4(cmd, args, { cwd: opts.cwd, env: SYSTEM_ENV, stdio: ["pipe", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (e) => reject(new SandboxError(`${cmd}: ${e.message}`)));
    child.on("close", (code, signal) => {
      const stdout = Buffer.concat(out).toString("utf8");
      const stderr = Buffer.concat(err).toString("utf8").trim();
      const c = code ?? 128;
      if (c !== 0 && !opts.allowFail) {
        reject(new SandboxError(`${cmd} ${args.join(" ")} failed (${signal ?? `exit ${c}`}): ${stderr}`));
      } else resolve({ code: c, stdout, stderr });
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(opts.input ?? "");
  });
}
async function which(name) {
  for (const dir of SYSTEM_PATH.split(":")) {
    const p = path3.join(dir, name);
    try {
      await access(p, constants2.X_OK);
      return p;
    } catch {
    }
  }
  return void 0;
}
async function mountsUnder(dir, mountinfo) {
  const text = mountinfo ?? await readFile("/proc/self/mountinfo", "utf8");
  const out = [];
  for (const line of text.split("\n")) {
    const f = line.split(" ");
    if (f.length < 5) continue;
    const mp = unescapeMountPath(f[4]);
    if (mp === dir || mp.startsWith(dir.endsWith("/") ? dir : dir + "/")) out.push(mp);
  }
  return out.reverse();
}
function unescapeMountPath(p) {
  return p.replace(/\\([0-7]{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8)));
}
function outermost(mps) {
  const sorted = [...mps].sort((a, b) => a.length - b.length);
  const out = [];
  for (const m of sorted) if (!out.some((o) => m === o || m.startsWith(o.endsWith("/") ? o : `${o}/`))) out.push(m);
  return out;
}
async function unmountAll(dir) {
  for (let round = 0; round < 3; round++) {
    const mps = await mountsUnder(dir);
    if (mps.length === 0) return;
    if (round === 0) {
      const b = new MountBatch();
      for (const mp of mps) b.umount(mp);
      if (await b.run(`unmounting ${dir}`).then(() => true, () => false)) continue;
    }
    const top = outermost(mps);
    const r = await sys("umount", ["-R", ...top], { allowFail: true });
    if (r.code !== 0 && (await sys("umount", ["-R", "-l", ...top], { allowFail: true })).code !== 0) {
      await sys("umount", ["-l", ...top], { allowFail: true });
    }
  }
  const left = await mountsUnder(dir);
  if (left.length) throw new SandboxError(`could not unmount ${left.join(", ")}`);
}
async function removeTree(dir) {
  const left = await mountsUnder(dir);
  if (left.length) throw new SandboxError(`refusing to remove ${dir}: still mounted: ${left.join(", ")}`);
  await rm2(dir, { recursive: true, force: true });
}

// src/sandbox/layer-store.ts
function layerDir(cacheDir, diffId) {
  return path4.join(cacheDir, "layers", digestHex(diffId));
}
async function exists(p) {
  return stat(p).then(() => true, () => false);
}
async function unpackInto(cacheDir, diffId, blob) {
  return unpackUnder(path4.join(cacheDir, "layers"), diffId, blob);
}
async function unpackUnder(root, diffId, blob) {
  const final = path4.join(root, digestHex(diffId));
  if (await exists(final)) {
    blob.destroy();
    return final;
  }
  await mkdir2(root, { recursive: true });
  const tmp = path4.join(root, `.tmp-${digestHex(diffId).slice(0, 16)}-${process.pid}-${randomBytes(4).toString("hex")}`);
  await mkdir2(tmp, { mode: 493 });
  try {
    const tar = await decompressBlob(blob);
    const digest = new DigestStream();
    const tee = new PassThrough3();
    const unpacked = unpackAsLower(tee, tmp).catch((e) => {
      tee.destroy(e);
      throw e;
    });
    await Promise.all([pipeline2(tar, digest, tee), unpacked]);
    const actual = digest.digester.digest();
    if (actual !== diffId) throw new Error(`layer ${diffId}: its content has diff_id ${actual}`);
    try {
      await rename2(tmp, final);
    } catch (e) {
      const code = e.code;
      if (code !== "ENOTEMPTY" && code !== "EEXIST") throw e;
      await rm3(tmp, { recursive: true, force: true });
    }
    return final;
  } catch (e) {
    await rm3(tmp, { recursive: true, force: true });
    throw e;
  }
}
function prefetchLayerBlobs(cacheDir, layers) {
  for (const l of layers) {
    if (!l.file) continue;
    void exists(layerDir(cacheDir, l.diffId)).then((there) => there ? void 0 : l.file()).catch(() => void 0);
  }
}
async function sweepLayerTemps(cacheDir) {
  const root = path4.join(cacheDir, "layers");
  const names = await readdir(root).catch(() => []);
  for (const n of names) {
    const m = /^\.tmp-[0-9a-f]+-(\d+)-/.exec(n);
    if (!m) continue;
    if (!pidAlive(Number(m[1]))) await rm3(path4.join(root, n), { recursive: true, force: true });
  }
}
var LayerStore = class {
  constructor(cacheDir) {
    this.cacheDir = cacheDir;
  }
  cacheDir;
  pending = /* @__PURE__ */ new Map();
  /** The unpacked directory of a layer, unpacking it first when needed. */
  ensure(layer) {
    const key = layer.diffId;
    let p = this.pending.get(key);
    if (!p) {
      p = (async () => {
        const dir = layerDir(this.cacheDir, layer.diffId);
        if (await exists(dir)) return dir;
        return unpackInto(this.cacheDir, layer.diffId, await layer.open());
      })();
      p.catch(() => this.pending.delete(key));
      this.pending.set(key, p);
    }
    return p;
  }
  /** Directories of all layers, bottom to top (unpacked in parallel, two at a time). */
  async ensureAll(layers) {
    const out = new Array(layers.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(2, layers.length) }, async () => {
      while (next < layers.length) {
        const i = next++;
        out[i] = await this.ensure(layers[i]);
      }
    });
    await Promise.all(workers);
    return out;
  }
};

// src/sandbox/memory-layers.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { lstat, mkdir as mkdir3, readdir as readdir2, readFile as readFile2, statfs } from "node:fs/promises";
import path5 from "node:path";
var MEMORY_ROOT = "/dev/shm";
var MEMORY_DIR_PREFIX = "hoist-layers-";
var MEMORY_DIR_NAME = new RegExp(`^${MEMORY_DIR_PREFIX}(\\d+)-[0-9a-f]+$`);
var TMPFS_MAGIC = 16914836;
var MEMORY_HEADROOM = 2 * 1024 ** 3;
function memoryLayersWanted(env) {
  const v = env.HOIST_MEMORY_LAYERS?.trim().toLowerCase();
  if (v === "1" || v === "true") return true;
  if (v === "0" || v === "false") return false;
  return env.RUNNER_ENVIRONMENT === "github-hosted";
}
function newMemoryDir() {
  return path5.join(MEMORY_ROOT, `${MEMORY_DIR_PREFIX}${process.pid}-${randomBytes2(6).toString("hex")}`);
}
function memoryDirOwner(dir, root = MEMORY_ROOT) {
  const m = path5.dirname(dir) === root ? MEMORY_DIR_NAME.exec(path5.basename(dir)) : null;
  return m ? Number(m[1]) : void 0;
}
async function onTmpfs(dir) {
  try {
    return (await statfs(dir)).type === TMPFS_MAGIC;
  } catch {
    return false;
  }
}
async function memAvailable() {
  try {
    const m = /^MemAvailable:\s+(\d+) kB/m.exec(await readFile2("/proc/meminfo", "utf8"));
    return m ? Number(m[1]) * 1024 : void 0;
  } catch {
    return void 0;
  }
}
function unpackedEstimate(blobBytes) {
  return blobBytes * 4 + 64 * 1024 * 1024;
}
async function fitsInMemory(dir, bytes, probe = { statfs, memAvailable }) {
  try {
    const fs = await probe.statfs(dir);
    if (fs.bavail * fs.bsize < bytes * 1.25) return false;
    const avail = await probe.memAvailable();
    return avail !== void 0 && avail - bytes >= MEMORY_HEADROOM;
  } catch {
    return false;
  }
}
function isNoSpace(e) {
  for (let cur = e, depth = 0; cur && depth < 10; cur = cur.cause, depth++) {
    const err = cur;
    if (err.code === "ENOSPC" || /\bENOSPC\b|no space left on device/i.test(String(err.message))) return true;
  }
  return false;
}
async function ownMemoryDir(dir) {
  try {
    await mkdir3(dir, { mode: 448 });
    return;
  } catch (e) {
    if (e.code !== "EEXIST") throw e;
  }
  const st = await lstat(dir);
  if (!st.isDirectory() || st.uid !== process.getuid?.()) throw new Error(`${dir} exists and is not a directory of this user's`);
}
async function unpackPreferringMemory(cacheDir, memoryDir, diffId, blob, opts) {
  const onDisk = layerDir(cacheDir, diffId);
  if (await exists(onDisk)) return onDisk;
  if (await (opts.fits ?? fitsInMemory)(path5.dirname(memoryDir), unpackedEstimate(blob.size))) {
    try {
      await ownMemoryDir(memoryDir);
      return await unpackUnder(memoryDir, diffId, blob.open());
    } catch (e) {
      if (opts.signal?.aborted) throw e;
      const why = isNoSpace(e) ? `${path5.dirname(memoryDir)} is full` : `unpacking it in memory failed (${e.message})`;
      opts.log(`layer ${diffId}: ${why}, unpacking it on disk instead`);
    }
  }
  return unpackInto(cacheDir, diffId, blob.open());
}
async function sweepMemoryDirs(own, root = MEMORY_ROOT) {
  const names = await readdir2(root).catch(() => []);
  for (const n of names) {
    const dir = path5.join(root, n);
    const pid = memoryDirOwner(dir, root);
    if (pid === void 0 || dir !== own && pidAlive(pid)) continue;
    const st = await lstat(dir).catch(() => void 0);
    if (!st?.isDirectory() || st.uid !== process.getuid?.()) continue;
    await removeTree(dir).catch(() => void 0);
  }
}

// src/sandbox/overlay.ts
import { mkdir as mkdir4, symlink } from "node:fs/promises";
import path6 from "node:path";
var OPTION_SETS = [
  ["index=off", "redirect_dir=off", "metacopy=off", "volatile"],
  ["index=off", "redirect_dir=off", "metacopy=off"],
  ["index=off", "redirect_dir=off"],
  []
];
var OPTION_BYTES = 4095;
var OTHER_OPTIONS = 200;
async function lowerValue(dir, lowers, fixed, extraBytes) {
  const parent = lowers.length ? path6.dirname(lowers[0]) : void 0;
  if (parent && lowers.every((l) => path6.dirname(l) === parent && !path6.basename(l).includes(":") && !path6.basename(l).includes(","))) {
    const value = [...lowers.map((l) => path6.basename(l)).reverse(), ...fixed.slice().reverse()].join(":");
    if (Buffer.byteLength(value) + extraBytes + OTHER_OPTIONS < OPTION_BYTES) return { cwd: parent, value };
  }
  return { cwd: path6.join(dir, "l"), value: await lowerLinks(dir, [...fixed, ...lowers]) };
}
async function lowerLinks(dir, all) {
  const links = path6.join(dir, "l");
  await mkdir4(links, { recursive: true });
  const names = [];
  for (let i = 0; i < all.length; i++) {
    const name = i.toString(36);
    await symlink(all[i], path6.join(links, name));
    names.push(name);
  }
  return names.reverse().join(":");
}
function topmostLowers(lowers) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (let i = lowers.length - 1; i >= 0; i--) {
    const key = path6.resolve(lowers[i]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(lowers[i]);
  }
  return out.reverse();
}
function optionSets(lowerdir, extra, ro) {
  const sets = ro ? OPTION_SETS.filter((o) => !o.includes("volatile")) : OPTION_SETS;
  return sets.map((opts) => [`lowerdir=${lowerdir}`, ...extra, ...opts].join(","));
}
function addOverlay(b, cwd, target, sets, ro) {
  b.cd(cwd).mount("overlay", "overlay", target, ro ? ["ro"] : [], sets);
}
async function mountStepOverlays(dir, layerDirs) {
  const lowers = topmostLowers(layerDirs);
  const d = { upper: path6.join(dir, "upper"), work: path6.join(dir, "work"), merged: path6.join(dir, "merged"), lower: path6.join(dir, "lower") };
  const empty = path6.join(dir, "empty");
  const empty2 = path6.join(dir, "empty2");
  for (const p of [d.upper, d.work, d.merged, d.lower, empty, ...lowers.length ? [] : [empty2]]) await mkdir4(p, { mode: 493 });
  const upperOpts = [`upperdir=${d.upper}`, `workdir=${d.work}`];
  const step = lowers.length ? await lowerValue(path6.join(dir, "s"), lowers, [], upperOpts.join(",").length) : { cwd: dir, value: "empty" };
  const view = lowers.length ? await lowerValue(path6.join(dir, "v"), lowers, [empty], 0) : { cwd: dir, value: "empty2:empty" };
  const b = new MountBatch();
  addOverlay(b, step.cwd, d.merged, optionSets(step.value, upperOpts, false), false);
  addOverlay(b, view.cwd, d.lower, optionSets(view.value, [], true), true);
  await b.run(`mounting the step's overlay in ${dir} (needs root and overlayfs with upper dirs on this filesystem)`);
  return d;
}
async function mountLowerView(linkDir, layerDirs, target) {
  const lowers = topmostLowers(layerDirs);
  const empty = path6.join(linkDir, "empty");
  const empty2 = path6.join(linkDir, "empty2");
  for (const p of [empty, empty2, target]) await mkdir4(p, { recursive: true });
  const view = lowers.length ? await lowerValue(linkDir, lowers, [empty], 0) : { cwd: linkDir, value: "empty2:empty" };
  const b = new MountBatch();
  addOverlay(b, view.cwd, target, optionSets(view.value, [], true), true);
  await b.run(`mounting a read-only view at ${target}`);
}

// src/sandbox/protocol.ts
var FrameType = { stdout: 1, stderr: 2, message: 3 };
var HEAD = 9;
function encodeFrame(type, id, payload) {
  const head = Buffer.alloc(HEAD);
  head[0] = type;
  head.writeUInt32BE(id, 1);
  head.writeUInt32BE(payload.length, 5);
  return Buffer.concat([head, payload]);
}
function encodeMessage(id, msg) {
  return encodeFrame(FrameType.message, id, Buffer.from(JSON.stringify(msg), "utf8"));
}
var FrameDecoder = class {
  buf = Buffer.alloc(0);
  /** Adds bytes; returns the frames now complete. */
  push(chunk) {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    const out = [];
    while (this.buf.length >= HEAD) {
      const type = this.buf[0];
      if (type !== 1 && type !== 2 && type !== 3) throw new Error(`sandbox worker: corrupt output (frame type ${type})`);
      const len = this.buf.readUInt32BE(5);
      if (this.buf.length < HEAD + len) break;
      out.push({ type, id: this.buf.readUInt32BE(1), payload: this.buf.subarray(HEAD, HEAD + len) });
      this.buf = this.buf.subarray(HEAD + len);
    }
    return out;
  }
  /** Bytes left over (a truncated frame) when the stream ended. */
  get pending() {
    return this.buf.length;
  }
};
var LastLines = class {
  constructor(max = 20) {
    this.max = max;
  }
  max;
  lines = [];
  partial = "";
  /** Adds bytes. */
  push(chunk) {
    const parts = (this.partial + chunk.toString("utf8")).split("\n");
    this.partial = parts.pop() ?? "";
    for (const p of parts) this.add(p);
    if (this.partial.length > 4096) {
      this.add(this.partial);
      this.partial = "";
    }
  }
  add(line) {
    this.lines.push(line.replace(/\r$/, ""));
    if (this.lines.length > this.max) this.lines.shift();
  }
  /** The last lines, the unterminated one included. */
  get() {
    const all = this.partial ? [...this.lines, this.partial] : [...this.lines];
    return all.slice(-this.max);
  }
};

// src/sandbox/sandbox-run.ts
import { chown as chown4, lstat as lstat5, mkdir as mkdir7, readdir as readdir6, readFile as readFile5, readlink as readlink3 } from "node:fs/promises";

// src/sandbox/etc-files.ts
var DEFAULT_HOSTNAME = "buildkitsandbox";
function hostsFile(hostname, extra = []) {
  const lines = [`127.0.0.1	localhost ${hostname}`, "::1	localhost ip6-localhost ip6-loopback"];
  for (const e of extra) lines.push(`${e.ip}	${e.host}`);
  return lines.join("\n") + "\n";
}
function isLoopback(ns) {
  const a = ns.toLowerCase();
  return a.startsWith("127.") || a === "::1" || a === "0:0:0:0:0:0:0:1" || a.startsWith("::ffff:127.");
}
function resolvConf(hostText, sharesHostNetwork) {
  const text = (hostText ?? "").replace(/\r\n/g, "\n");
  if (sharesHostNetwork && text.trim() !== "") return text.endsWith("\n") ? text : text + "\n";
  const out = [];
  let servers = 0;
  for (const line of text.split("\n")) {
    const m = /^\s*nameserver\s+(\S+)/.exec(line);
    if (m) {
      if (isLoopback(m[1])) continue;
      servers++;
    }
    if (line.trim() !== "") out.push(line);
  }
  if (servers === 0) out.push("nameserver 8.8.8.8", "nameserver 8.8.4.4");
  return out.join("\n") + "\n";
}

// src/sandbox/unchanged.ts
import { spawn as spawn5 } from "node:child_process";
import { createReadStream as createReadStream2 } from "node:fs";
import { lstat as lstat2, readdir as readdir3, readlink } from "node:fs/promises";
import path7 from "node:path";
async function sameContent(a, b) {
  const ra = createReadStream2(a, { highWaterMark: 1 << 20 });
  const rb = createReadStream2(b, { highWaterMark: 1 << 20 });
  const ia = ra[Symbol.asyncIterator]();
  const ib = rb[Symbol.asyncIterator]();
  let bufA = Buffer.alloc(0);
  let bufB = Buffer.alloc(0);
  try {
    for (; ; ) {
      if (bufA.length === 0) {
        const n = await ia.next();
        bufA = n.done ? Buffer.alloc(0) : n.value;
        if (n.done && bufB.length === 0) {
          const m = await ib.next();
          return m.done === true;
        }
      }
      if (bufB.length === 0) {
        const m = await ib.next();
        if (m.done) return false;
        bufB = m.value;
      }
      if (bufA.length === 0) return false;
      const k = Math.min(bufA.length, bufB.length);
      if (!bufA.subarray(0, k).equals(bufB.subarray(0, k))) return false;
      bufA = bufA.subarray(k);
      bufB = bufB.subarray(k);
    }
  } finally {
    ra.destroy();
    rb.destroy();
  }
}
function capabilities(files) {
  return new Promise((resolve) => {
    if (files.length === 0) return resolve(/* @__PURE__ */ new Map());
    const child = spawn5("getfattr", ["-h", "-n", "security.capability", "-e", "hex", "--absolute-names", "--", ...files], { stdio: ["ignore", "pipe", "ignore"], env: { PATH: "/usr/bin:/bin:/usr/sbin:/sbin", LC_ALL: "C" } });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (s) => out += s);
    child.on("error", () => resolve(/* @__PURE__ */ new Map([["", "unknown"]])));
    child.on("close", () => {
      const m = /* @__PURE__ */ new Map();
      let file = "";
      for (const line of out.split("\n")) {
        if (line.startsWith("# file: ")) file = line.slice(8);
        else if (line.startsWith("security.capability=")) m.set(file, line.slice("security.capability=".length));
      }
      resolve(m);
    });
  });
}
function sameMeta(u, l) {
  return u.mode === l.mode && u.uid === l.uid && u.gid === l.gid && u.size === l.size && u.mtimeNs === l.mtimeNs && u.rdev === l.rdev;
}
async function unchangedCopyUps(upper, lower, upperXattrs, lowerStat) {
  const candidates = [];
  const visit = async (rel2) => {
    const raw = await readdir3(path7.join(upper, rel2), { encoding: "buffer" }).catch(() => []);
    for (const bytes of raw) {
      const name = bytes.toString("utf8");
      if (!Buffer.from(name, "utf8").equals(bytes)) continue;
      const r = rel2 ? `${rel2}/${name}` : name;
      const up = await lstat2(path7.join(upper, r), { bigint: true });
      if (up.isDirectory()) {
        if ((await lowerStat(r))?.isDirectory()) await visit(r);
        continue;
      }
      if (!(up.isFile() || up.isSymbolicLink())) continue;
      const low = await lowerStat(r);
      if (!low || !sameMeta(up, low)) continue;
      if (up.isSymbolicLink()) {
        if (await readlink(path7.join(upper, r)) === await readlink(path7.join(lower, r))) candidates.push(r);
        continue;
      }
      if (await sameContent(path7.join(upper, r), path7.join(lower, r))) candidates.push(r);
    }
  };
  await visit("");
  if (candidates.length === 0) return [];
  const xattrs = await upperXattrs();
  const files = candidates.filter((r) => !r.includes("\n"));
  const lowerCaps = await capabilities(files.map((r) => path7.join(lower, r)));
  if (lowerCaps.has("")) return [];
  return files.filter((r) => {
    const up = xattrs.get(r)?.["security.capability"]?.toString("hex");
    const low = lowerCaps.get(path7.join(lower, r))?.replace(/^0x/, "");
    return up === low;
  });
}

// src/sandbox/keep.ts
import { rename as rename3, rm as rm4, stat as stat2 } from "node:fs/promises";
import path8 from "node:path";
async function keepUpperAsLayer(upper, diffHex, layersDir, stubs, excluded) {
  if (!/^[0-9a-f]{64}$/.test(diffHex)) throw new Error(`not a sha256 hex digest: ${diffHex}`);
  const [u, l] = await Promise.all([stat2(upper), stat2(layersDir).catch(() => void 0)]);
  if (!l || u.dev !== l.dev) return false;
  const final = path8.join(layersDir, diffHex);
  if (await stat2(final).then(() => true, () => false)) return false;
  const created = new Set(stubs.flatMap((s) => s.created.map((c) => components(c).join("/"))));
  for (const rel2 of excluded.filter((e) => created.has(e)).sort((a, b) => b.length - a.length)) {
    await rm4(path8.join(upper, rel2), { recursive: true, force: true });
  }
  try {
    await rename3(upper, final);
  } catch (e) {
    const code = e.code;
    if (code === "ENOTEMPTY" || code === "EEXIST") return false;
    throw e;
  }
  return true;
}

// src/sandbox/mounts.ts
import { chmod as chmod3, chown as chown3, lstat as lstat3, mkdir as mkdir6, readdir as readdir4, readFile as readFile4, readlink as readlink2, stat as stat4, writeFile as writeFile2 } from "node:fs/promises";
import path10 from "node:path";

// src/sandbox/cache-mounts.ts
import { createHash } from "node:crypto";
import { chmod, chown, mkdir as mkdir5, readFile as readFile3, rename as rename4, rm as rm5, stat as stat3, writeFile } from "node:fs/promises";
import path9 from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
async function tryLock(lockDir) {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await mkdir5(lockDir);
      await writeFile(path9.join(lockDir, "pid"), String(process.pid));
      return true;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
    const pid = Number(await readFile3(path9.join(lockDir, "pid"), "utf8").catch(() => ""));
    const age = await stat3(lockDir).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (pid > 0 && !alive(pid) || !(pid > 0) && age > 1e4) await rm5(lockDir, { recursive: true, force: true });
    else return false;
  }
  return false;
}
async function ensureDir(base, spec) {
  const data = path9.join(base, "data");
  if (await stat3(data).then(() => true, () => false)) return data;
  await mkdir5(base, { recursive: true });
  const tmp = path9.join(base, `.new-${process.pid}-${Date.now()}`);
  await mkdir5(tmp);
  if (spec.from) {
    await sys("cp", ["-a", "--", `${spec.from}/.`, `${tmp}/`]);
    const st = await stat3(spec.from);
    await chmod(tmp, st.mode & 4095);
    await chown(tmp, st.uid, st.gid);
  } else {
    await chmod(tmp, spec.mode ?? 493);
    await chown(tmp, spec.uid ?? 0, spec.gid ?? 0);
  }
  await writeFile(path9.join(base, "id"), spec.id);
  try {
    await rename4(tmp, data);
  } catch (e) {
    const code = e.code;
    if (code !== "ENOTEMPTY" && code !== "EEXIST") throw e;
    await rm5(tmp, { recursive: true, force: true });
  }
  return data;
}
function cacheKey(id) {
  return createHash("sha256").update(id).digest("hex").slice(0, 32);
}
async function takeCacheSlot(root, id, sharing, signal) {
  await mkdir5(root, { recursive: true });
  const key = cacheKey(id);
  if (sharing === "shared") return { slot: key, release: async () => void 0 };
  for (let n = 0, waited = 0; ; ) {
    signal?.throwIfAborted();
    const slot = n === 0 ? key : `${key}-${n}`;
    await mkdir5(path9.join(root, slot), { recursive: true });
    const lock = path9.join(root, slot, "lock");
    if (await tryLock(lock)) return { slot, release: () => rm5(lock, { recursive: true, force: true }) };
    if (sharing === "private") n++;
    else {
      await sleep(Math.min(50 + waited * 10, 250), void 0, { signal });
      waited++;
    }
  }
}
async function acquireCache(cacheDir, spec, signal) {
  const root = path9.join(cacheDir, "run-cache");
  const s = await takeCacheSlot(root, spec.id, spec.sharing, signal);
  try {
    const dir = await ensureDir(path9.join(root, s.slot), spec);
    return { dir, release: () => s.release() };
  } catch (e) {
    await s.release();
    throw e;
  }
}

// src/sandbox/socket-proxy.ts
import { chmod as chmod2, chown as chown2, mkdtemp, rm as rm6 } from "node:fs/promises";
import { connect, createServer } from "node:net";
async function startSocketProxy(wanted, target, opts) {
  const shortDir = Buffer.byteLength(wanted) > 100 ? await mkdtemp("/tmp/hoist-ssh-") : void 0;
  const path14 = shortDir ? `${shortDir}/s.sock` : wanted;
  const removeDir = async () => {
    if (shortDir) await rm6(shortDir, { recursive: true, force: true }).catch(() => void 0);
  };
  const open3 = /* @__PURE__ */ new Set();
  const server = createServer((client) => {
    const upstream = connect(target);
    open3.add(client).add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
      open3.delete(client);
      open3.delete(upstream);
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise((resolve, reject) => {
    server.once("error", (e) => void removeDir().then(() => reject(e)));
    server.listen(path14, () => {
      server.off("error", reject);
      resolve();
    });
  });
  try {
    if (opts.owner) await chown2(path14, opts.owner.uid, opts.owner.gid);
    await chmod2(path14, opts.mode);
  } catch (e) {
    server.close();
    await removeDir();
    throw e;
  }
  return {
    path: path14,
    close: () => new Promise((resolve) => {
      for (const s of open3) s.destroy();
      server.close(() => void removeDir().then(resolve));
    })
  };
}

// src/sandbox/mounts.ts
var DEV_LINKS = [["fd", "/proc/self/fd"], ["stdin", "/proc/self/fd/0"], ["stdout", "/proc/self/fd/1"], ["stderr", "/proc/self/fd/2"], ["ptmx", "pts/ptmx"]];
var DEV_DIRS = [["pts", 493], ["shm", 1023], ["mqueue", 1023]];
var DEV_NODES = [["null", 1, 3], ["zero", 1, 5], ["full", 1, 7], ["random", 1, 8], ["urandom", 1, 9], ["tty", 5, 0]];
async function systemMounts(ctx, state, etcFiles, opts) {
  const dev = await ensureTarget(ctx.merged, "/dev", "dir");
  const sysfs = await ensureTarget(ctx.merged, "/sys", "dir");
  state.sysPath = sysfs.hostPath;
  state.devPath = dev.hostPath;
  const etc = [];
  for (const [target, source] of etcFiles) {
    const t = await ensureTarget(ctx.merged, target, "file");
    state.stubs.push(t);
    etc.push([source, t]);
  }
  const b = new MountBatch();
  b.mount("tmpfs", "tmpfs", dev.hostPath, ["nosuid", "strictatime"], "mode=755,size=65536k");
  b.cd(dev.hostPath);
  for (const [name, target] of DEV_LINKS) b.symlink(target, name);
  for (const [name, mode] of DEV_DIRS) b.mkdir(name, mode);
  for (const [name, major, minor] of DEV_NODES) b.mknod(name, 438, major, minor);
  b.mount("devpts", "devpts", "pts", ["nosuid", "noexec"], "newinstance,ptmxmode=0666,mode=0620,gid=5");
  if (opts.shm) b.mount("tmpfs", "shm", "shm", ["nosuid", "nodev", "noexec"], "mode=1777,size=65536k");
  b.mount("mqueue", "mqueue", "mqueue", ["nosuid", "nodev", "noexec"], "", { optional: true });
  b.cd("/");
  if (!ctx.ownSysfs) b.mount("sysfs", "sysfs", sysfs.hostPath, ["ro", "nosuid", "nodev", "noexec"], "", { orBind: "/sys" });
  for (const [source, t] of etc) b.bind(source, t.hostPath, { readonly: true });
  await b.run("mounting /dev, /sys and the /etc files");
}
async function bindFile(ctx, state, target, source, ro) {
  const t = await ensureTarget(ctx.merged, target, "file");
  state.stubs.push(t);
  await new MountBatch().bind(source, t.hostPath, { readonly: ro }).run(`mounting ${target}`);
}
async function bindDir(ctx, state, target, source, ro) {
  const t = await ensureTarget(ctx.merged, target, "dir");
  state.stubs.push(t);
  await new MountBatch().bind(source, t.hostPath, { recursive: true, readonly: ro }).run(`mounting ${target}`);
}
async function secretStore(ctx, state) {
  if (state.secrets) return state.secrets;
  const dir = path10.join(ctx.runDir, "secrets");
  await mkdir6(dir, { mode: 448 });
  await new MountBatch().mount("tmpfs", "hoist-secrets", dir, ["nosuid", "nodev", "noexec"], "mode=700,size=16m").run("mounting the secrets tmpfs");
  state.secrets = dir;
  return dir;
}
async function userMount(ctx, state, m, n) {
  switch (m.type) {
    case "bind": {
      const st = await stat4(m.source).catch(() => void 0);
      if (!st) throw new SandboxError(`mount source ${m.source} (target ${m.target}) does not exist`);
      if (!st.isDirectory()) {
        let src = m.source;
        if (!m.readonly) {
          src = path10.join(ctx.runDir, `bind-${n}`);
          await sys("cp", ["-a", "--", m.source, src]);
        }
        return bindFile(ctx, state, m.target, src, m.readonly);
      }
      if (m.readonly) return bindDir(ctx, state, m.target, m.source, true);
      const base = path10.join(ctx.runDir, `bind-${n}`);
      await mkdir6(path10.join(base, "upper"), { recursive: true });
      await mkdir6(path10.join(base, "work"), { recursive: true });
      const t = await ensureTarget(ctx.merged, m.target, "dir");
      state.stubs.push(t);
      await new MountBatch().mount("overlay", "overlay", t.hostPath, [], `lowerdir=${m.source},upperdir=${base}/upper,workdir=${base}/work`).run(`mounting ${m.target}`);
      return;
    }
    case "cache": {
      const held = state.cacheDirs?.get(m.id);
      if (held !== void 0) return bindDir(ctx, state, m.target, held, m.readonly);
      const lease = await acquireCache(ctx.cacheDir, m, ctx.signal);
      state.leases.push(lease);
      (state.cacheDirs ??= /* @__PURE__ */ new Map()).set(m.id, lease.dir);
      return bindDir(ctx, state, m.target, lease.dir, m.readonly);
    }
    case "tmpfs": {
      const t = await ensureTarget(ctx.merged, m.target, "dir");
      state.stubs.push(t);
      const data = [];
      if (t.created.length === 0) data.push(`mode=${((await stat4(t.hostPath)).mode & 4095).toString(8).padStart(4, "0")}`);
      if (m.size !== void 0) data.push(`size=${m.size}`);
      await new MountBatch().mount("tmpfs", "tmpfs", t.hostPath, ["nosuid"], data.join(",")).run(`mounting ${m.target}`);
      return;
    }
    case "secret": {
      const content = await readFile4(m.source).catch((e) => {
        if (e.code === "ENOENT" && !m.required) return void 0;
        throw new SandboxError(`secret for ${m.target}: cannot read its source (${e.code ?? e.message})`);
      });
      if (content === void 0) return;
      const file = path10.join(await secretStore(ctx, state), `s${n}`);
      await writeFile2(file, content, { mode: 384 });
      await chown3(file, m.uid, m.gid);
      await chmod3(file, m.mode);
      return bindFile(ctx, state, m.target, file, true);
    }
    case "ssh": {
      const proxy = await startSocketProxy(path10.join(ctx.runDir, `ssh-${n}.sock`), m.source, { mode: m.mode, owner: { uid: m.uid, gid: m.gid } }).catch((e) => {
        throw new SandboxError(`ssh agent for ${m.target}: ${e.message}`);
      });
      (state.proxies ??= []).push(proxy);
      return bindFile(ctx, state, m.target, proxy.path, false);
    }
  }
}
async function heredocs(ctx, state) {
  const devHost = path10.join(ctx.merged, "dev");
  for (const [i, f] of ctx.heredocFiles.entries()) {
    const comps = components(f.path);
    if (comps[0] === "dev" && comps.length > 1 && !comps.includes("..")) {
      const host = path10.join(devHost, ...comps.slice(1));
      await mkdir6(path10.dirname(host), { recursive: true, mode: 493 });
      await writeFile2(host, f.content, { mode: f.mode });
      await chmod3(host, f.mode);
    } else {
      const src = path10.join(ctx.runDir, `heredoc-${i}`);
      await writeFile2(src, f.content, { mode: f.mode });
      await chmod3(src, f.mode);
      await bindFile(ctx, state, f.path, src, true);
    }
  }
}
function newMountState() {
  return { stubs: [], procPath: "", leases: [] };
}
async function setupMounts(ctx, state) {
  const proc = await ensureTarget(ctx.merged, "/proc", "dir");
  state.procPath = proc.hostPath;
  const etcDir = path10.join(ctx.runDir, "etc");
  await mkdir6(etcDir, { recursive: true });
  const etcFiles = [];
  for (const [name, content] of [["hosts", ctx.etc.hosts], ["resolv.conf", ctx.etc.resolvConf], ["hostname", ctx.etc.hostname]]) {
    if (content === void 0) continue;
    const file = path10.join(etcDir, name);
    await writeFile2(file, content, { mode: 420 });
    etcFiles.push([`/etc/${name}`, file]);
  }
  await systemMounts(ctx, state, etcFiles, { shm: !ctx.mounts.some((m) => components(m.target).join("/") === "dev/shm") });
  await heredocs(ctx, state);
  const ordered = ctx.mounts.map((m, i) => ({ m, i })).sort((a, b) => components(a.m.target).length - components(b.m.target).length);
  for (const { m, i } of ordered) {
    if (components(m.target).length === 0) throw new SandboxError(`invalid mount target ${m.target}`);
    ctx.signal?.throwIfAborted();
    await userMount(ctx, state, m, i);
  }
  return state;
}
var READONLY_PROC = ["bus", "fs", "irq", "sys", "sysrq-trigger"];
var MASKED_PROC = ["acpi", "asound", "kcore", "keys", "latency_stats", "timer_list", "timer_stats", "sched_debug", "scsi"];
var MASKED_SYS = ["firmware", "devices/virtual/powercap"];
async function runcMasks(procPath, sysPath, devPath) {
  const kind = async (p) => {
    const st = await lstat3(p).catch(() => void 0);
    return st ? st.isDirectory() ? "dir" : "file" : void 0;
  };
  const b = new MountBatch();
  const masked = [];
  if (procPath) {
    for (const n of READONLY_PROC) {
      if (await kind(path10.join("/proc", n))) b.bind(path10.join(procPath, n), path10.join(procPath, n), { readonly: true });
    }
    masked.push(...MASKED_PROC.map((n) => [path10.join("/proc", n), path10.join(procPath, n)]));
  }
  if (sysPath) masked.push(...MASKED_SYS.map((n) => [path10.join("/sys", n), path10.join(sysPath, n)]));
  for (const [host, target] of masked) {
    const k = await kind(host);
    if (k === "dir") b.mount("tmpfs", "tmpfs", target, ["ro", "nosuid", "nodev", "noexec"], "");
    else if (k === "file") b.bind(devPath ? path10.join(devPath, "null") : "/dev/null", target);
  }
  if (sysPath) await cgroupMounts(b, path10.join(sysPath, "fs/cgroup"));
  return b;
}
async function cgroupMounts(b, target) {
  const mountinfo = await readFile4("/proc/self/mountinfo", "utf8").catch(() => "");
  const mounts = mountinfo.split("\n").filter(Boolean).map((line) => {
    const [pre, post = ""] = line.split(" - ");
    const f = pre.split(" ");
    const [fstype = "", , superOpts = ""] = post.split(" ");
    return { root: unescapeMountPath(f[3] ?? ""), point: unescapeMountPath(f[4] ?? ""), fstype, opts: superOpts.split(",") };
  });
  if (mounts.some((m) => m.fstype === "cgroup2" && m.point === "/sys/fs/cgroup")) {
    b.mount("cgroup2", "cgroup", target, ["ro", "nosuid", "nodev", "noexec"], "", { optional: true });
    return;
  }
  const v1 = mounts.filter((m) => m.fstype === "cgroup" && path10.dirname(m.point) === "/sys/fs/cgroup");
  if (!v1.length || !(await lstat3("/sys/fs/cgroup").catch(() => void 0))?.isDirectory()) return;
  const own = (await readFile4("/proc/self/cgroup", "utf8").catch(() => "")).split("\n").filter(Boolean).map((l) => {
    const [, controllers = "", ...rest] = l.split(":");
    return { controllers: controllers.split(",").filter(Boolean), path: rest.join(":") };
  });
  const binds = [];
  for (const m of v1) {
    const cg = own.find((c) => c.controllers.length > 0 && c.controllers.every((x) => m.opts.includes(x)));
    if (!cg) continue;
    const rel2 = path10.posix.relative(m.root, cg.path);
    const source = rel2.startsWith("..") ? m.point : path10.join(m.point, rel2);
    if ((await lstat3(source).catch(() => void 0))?.isDirectory()) binds.push([source, path10.basename(m.point)]);
  }
  if (!binds.length) return;
  const links = [];
  for (const name of await readdir4("/sys/fs/cgroup").catch(() => [])) {
    const l = await readlink2(path10.join("/sys/fs/cgroup", name)).catch(() => void 0);
    if (l !== void 0 && !l.includes("/")) links.push([l, name]);
  }
  b.mount("tmpfs", "tmpfs", target, ["nosuid", "nodev", "noexec"], "mode=755");
  for (const [source, name] of binds.sort((x, y) => x[1].localeCompare(y[1]))) {
    b.mkdir(path10.join(target, name), 493);
    b.bind(source, path10.join(target, name), { readonly: true, flags: ["nosuid", "nodev", "noexec"] });
  }
  for (const [to, name] of links) b.symlink(to, path10.join(target, name));
}
async function ensureCwd(merged, cwd, uid, gid) {
  const t = await ensureTarget(merged, cwd, "dir", false);
  for (const p of t.created) {
    const host = path10.join(merged, ...components(p));
    await chown3(host, uid, gid);
  }
  const written = components(cwd);
  if (written.includes("..")) {
    for (let i = 1; i <= written.length; i++) {
      if (written[i - 1] !== "..") await ensureTarget(merged, path10.posix.normalize(`/${written.slice(0, i).join("/")}`), "dir", false);
    }
  }
  return t;
}

// src/sandbox/step.ts
import { spawn as spawn6 } from "node:child_process";
import { closeSync as closeSync2, constants as fsConstants, openSync as openSync2 } from "node:fs";
import { mkdtemp as mkdtemp2, rm as rm7 } from "node:fs/promises";
import { Socket } from "node:net";
import { constants as constants3, tmpdir } from "node:os";
import path11 from "node:path";
var DEFAULT_CAPS = [
  "chown",
  "dac_override",
  "fowner",
  "fsetid",
  "kill",
  "setgid",
  "setuid",
  "setpcap",
  "net_bind_service",
  "net_raw",
  "sys_chroot",
  "mknod",
  "audit_write",
  "setfcap"
];
var STEP_EXEC = [
  "my ($nr, $root, $wd, $uid) = splice @ARGV, 0, 4;",
  'sub fail { print STDERR "hoist: $_[0]: $!\\n"; exit $_[1] }',
  'my @env; for (my $i = 0; defined $ENV{"HOIST_STEP_ENV_$i"}; $i++) { push @env, $ENV{"HOIST_STEP_ENV_$i"} }',
  'chroot $root or fail("cannot change root directory to $root", 1);',
  'chdir "/" or fail("cannot change directory to /", 1);',
  'chdir $wd or fail("cannot change directory to $wd", 1);',
  'syscall($nr + 0, $uid + 0) == 0 or fail("cannot set user id $uid", 1);',
  'pipe(my $in, my $out) or fail("cannot make a pipe for stdin", 1); close $out; open(STDIN, "<&", $in) or fail("cannot set stdin", 1); close $in;',
  "%ENV = ();",
  'for (@env) { my $i = index $_, "="; $ENV{substr $_, 0, $i} = substr $_, $i + 1 }',
  // runc's start: Go's exec.LookPath in the step's PATH (a file with an execute bit), then execve, which runs no
  // shell for a file without `#!` (execvp would). Each failure is exit status 1 with runc's words.
  'sub nostart { print STDERR "hoist: unable to start container process: $_[0]\\n"; exit 1 }',
  "sub runnable { my @s = stat $_[0]; @s && !-d _ && ($s[2] & 0111) }",
  "my $n = $ARGV[0]; my $p = $n;",
  'if (index($n, "/") < 0) { undef $p; for (split /:/, $ENV{PATH} // "", -1) { my $c = ($_ eq "" ? "." : $_) . "/$n"; if (runnable($c)) { $p = $c; last } }',
  '  defined $p or nostart("exec: \\"$n\\": executable file not found in \\$PATH") }',
  'else { stat $p or nostart("exec: \\"$n\\": stat $n: " . lc $!); runnable($p) or nostart("exec: \\"$n\\": permission denied") }',
  'if (open my $fh, "<", $p) { my $m = ""; read $fh, $m, 4; close $fh; $m eq "\\x7fELF" || substr($m, 0, 2) eq "#!" or nostart("exec $p: exec format error") }',
  "exec { $p } @ARGV;",
  'nostart("exec $p: " . lc $!);'
].join(" ");
var SETUID_SYSCALL = { x64: 105, arm64: 146 };
var STEP_ENV_PREFIX = "HOIST_STEP_ENV_";
function namespaceSetup(setup) {
  return [
    'printf %s "$1" > /proc/sys/kernel/hostname || exit 1',
    // The only sysfs at /sys (mounts.ts leaves it to this one, as runc mounts one): the worker's, bound read-only,
    // where the kernel refuses a new one.
    'if [ "$2" = none ]; then ip link set lo up 2>/dev/null || true; [ -z "$3" ] || mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$3" 2>/dev/null || { mount --rbind /sys "$3" && mount -o remount,bind,ro "$3"; } 2>/dev/null || true; fi',
    // Hardening only: where the kernel refuses one of these mounts the step still runs, with a warning.
    ...setup?.length ? [`${setup.map(shellQuote).join(" ")} || echo 'hoist: could not make /proc and /sys read-only or masked as runc does' >&2`] : [],
    "shift 3",
    'exec "$@"'
  ].join("; ");
}
function shellQuote(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
var CHAIN_VARS = ["PWD", "OLDPWD", "SHLVL", "_"];
var nameOf = (e) => e.slice(0, e.indexOf("="));
function stepVariables(s) {
  return withEnvEntries(s.env.filter((e) => e.indexOf("=") > 0), (s.secretEnv ?? []).filter((e) => e.indexOf("=") > 0));
}
function chainEnv(tools2, s) {
  const out = { ...SYSTEM_ENV };
  if (tools2.perl) stepVariables(s).forEach((e, i) => out[`${STEP_ENV_PREFIX}${i}`] = e);
  else for (const e of s.secretEnv ?? []) out[nameOf(e)] = e.slice(e.indexOf("=") + 1);
  return out;
}
function prlimitArgs(ulimits) {
  const v = (n) => n < 0 ? "unlimited" : String(n);
  return ulimits.map((u) => `--${u.name}=${v(u.soft)}:${v(u.hard)}`);
}
function stepCommand(tools2, s) {
  if (s.argv.length === 0) throw new Error("RUN needs a command");
  let limits = [];
  if (s.ulimits?.length) {
    if (!tools2.prlimit) throw new Error("--ulimit needs util-linux prlimit on the host");
    limits = [tools2.prlimit, ...prlimitArgs(s.ulimits), "--"];
  }
  return [
    tools2.setpriv,
    "--pdeathsig=KILL",
    "--",
    tools2.unshare,
    "--pid",
    "--fork",
    "--kill-child",
    "--uts",
    "--ipc",
    ...s.network === "none" ? ["--net"] : [],
    `--mount-proc=${s.procPath}`,
    "--",
    tools2.sh,
    "-c",
    namespaceSetup(s.setup),
    "hoist-step",
    s.hostname,
    s.network,
    s.sysPath ?? "",
    ...limits,
    tools2.setpriv,
    `--bounding-set=-all,${DEFAULT_CAPS.map((c) => `+${c}`).join(",")}`,
    `--regid=${s.gid}`,
    s.groups.length ? `--groups=${s.groups.join(",")}` : "--clear-groups",
    "--",
    ...tools2.perl ? [tools2.perl, "-e", STEP_EXEC, "--", String(setuidNumber()), s.root, s.cwd, String(s.uid)] : envTail(tools2, s),
    ...s.argv
  ];
}
function setuidNumber() {
  const nr = SETUID_SYSCALL[process.arch];
  if (nr === void 0) throw new Error(`no setuid system call number for ${process.arch}`);
  return nr;
}
var LOADER_VARS = /^(LD_.*|GCONV_PATH|GETCONF_DIR|GLIBC_TUNABLES|HOSTALIASES|LOCALDOMAIN|LOCPATH|MALLOC_.*|NIS_PATH|NLSPATH|RESOLV_HOST_CONF|RES_OPTIONS)$/;
function envTail(tools2, s) {
  for (const e of [...s.env, ...s.secretEnv ?? []]) {
    const name = nameOf(e);
    if (LOADER_VARS.test(name)) throw new SandboxError(`the step sets ${name}, which host tools would read before the chroot without perl; install perl (perl-base) to run it`);
  }
  const secretNames = new Set((s.secretEnv ?? []).map(nameOf));
  const env = s.env.filter((e) => e.indexOf("=") > 0 && !secretNames.has(nameOf(e)));
  const clear = secretNames.size ? [.../* @__PURE__ */ new Set([...Object.keys(SYSTEM_ENV), ...CHAIN_VARS])].filter((k) => !secretNames.has(k)).flatMap((k) => ["-u", k]) : ["-i"];
  return [tools2.env, ...clear, "--", ...env, tools2.unshare, `--root=${s.root}`, `--wd=${s.cwd}`, `--setuid=${s.uid}`, "--"];
}
function exitCodeOf(code, signal) {
  if (code !== null) return code;
  const n = signal ? constants3.signals[signal] : void 0;
  return 128 + (n ?? 0);
}
async function stdioPipes() {
  const dir = await mkdtemp2(path11.join(tmpdir(), "hoist-stdio-"));
  const fds = [];
  try {
    const names = [path11.join(dir, "out"), path11.join(dir, "err")];
    await sys("mkfifo", ["-m", "600", ...names]);
    const r = names.map((n) => {
      const fd = openSync2(n, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
      fds.push(fd);
      return fd;
    });
    const w = names.map((n) => {
      const fd = openSync2(n, fsConstants.O_WRONLY);
      fds.push(fd);
      return fd;
    });
    return { writers: [w[0], w[1]], readers: [new Socket({ fd: r[0], readable: true, writable: false }), new Socket({ fd: r[1], readable: true, writable: false })] };
  } catch (e) {
    for (const fd of fds) closeSync2(fd);
    throw e;
  } finally {
    await rm7(dir, { recursive: true, force: true });
  }
}
async function runStep(tools2, spec, onOutput, signal) {
  const [cmd, ...args] = stepCommand(tools2, spec);
  const pipes = await stdioPipes().catch(() => void 0);
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn6(cmd, args, { env: chainEnv(tools2, spec), stdio: ["ignore", pipes?.writers[0] ?? "pipe", pipes?.writers[1] ?? "pipe"], detached: true });
    } catch (e) {
      pipes?.readers.forEach((r) => r.destroy());
      throw e;
    } finally {
      for (const fd of pipes?.writers ?? []) closeSync2(fd);
    }
    const out = pipes?.readers[0] ?? child.stdout;
    const err = pipes?.readers[1] ?? child.stderr;
    let cancelled = false;
    const kill = () => {
      cancelled = true;
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    };
    if (signal?.aborted) kill();
    signal?.addEventListener("abort", kill, { once: true });
    out.on("data", (d) => onOutput("stdout", d));
    err.on("data", (d) => onOutput("stderr", d));
    const closed = (s) => new Promise((r) => {
      s.on("error", () => r());
      s.on("close", () => r());
    });
    const outputEnded = Promise.all([closed(out), closed(err)]);
    child.on("error", (e) => {
      signal?.removeEventListener("abort", kill);
      out.destroy();
      err.destroy();
      reject(e);
    });
    child.on("exit", (code, sig) => {
      void outputEnded.then(() => {
        signal?.removeEventListener("abort", kill);
        resolve({ exitCode: exitCodeOf(code, sig), cancelled });
      });
    });
  });
}

// src/sandbox/stubs.ts
import { lstat as lstat4, readdir as readdir5 } from "node:fs/promises";
import path12 from "node:path";
async function lstatOrUndef(p) {
  try {
    return await lstat4(p);
  } catch {
    return void 0;
  }
}
function rel(p) {
  return components(p).join("/");
}
function parentOf(p) {
  const i = p.lastIndexOf("/");
  return i < 0 ? "" : p.slice(0, i);
}
async function onlyExcludedChildren(upper, dir, excluded) {
  const names = await readdir5(path12.join(upper, dir)).catch(() => []);
  return names.every((n) => excluded.has(dir ? `${dir}/${n}` : n));
}
async function stubExclusions(upper, lower, stubs) {
  const excluded = /* @__PURE__ */ new Set();
  const created = [...new Set(stubs.flatMap((s) => s.created.map(rel)))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const p of created) {
    const st = await lstatOrUndef(path12.join(upper, p));
    if (!st) continue;
    if (!st.isDirectory() || await onlyExcludedChildren(upper, p, excluded)) excluded.add(p);
  }
  const ancestors = /* @__PURE__ */ new Set();
  for (const p of excluded) for (let a = parentOf(p); a !== ""; a = parentOf(a)) ancestors.add(a);
  for (const s of stubs) if (s.parent) for (let a = rel(s.parent.inRoot); a !== ""; a = parentOf(a)) ancestors.add(a);
  const ordered = [...ancestors].filter((a) => !excluded.has(a)).sort((a, b) => components(b).length - components(a).length);
  for (const a of ordered) {
    const up = await lstatOrUndef(path12.join(upper, a));
    if (!up || !up.isDirectory()) continue;
    const low = await lstatOrUndef(path12.join(lower, a));
    if (!low || !low.isDirectory()) continue;
    const same = up.mode === low.mode && up.uid === low.uid && up.gid === low.gid && Math.abs(up.mtimeMs - low.mtimeMs) < 2e-3;
    if (same && await onlyExcludedChildren(upper, a, excluded)) excluded.add(a);
  }
  return [...excluded].sort();
}

// src/sandbox/users.ts
var MAX_ID = 2 ** 31 - 1;
var UserLookupError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UserLookupError";
  }
};
var UserSetupError = class extends UserLookupError {
  constructor(message) {
    super(message);
    this.name = "UserSetupError";
  }
};
function parseId(s) {
  return goParseInt(s, 64);
}
var OUT_OF_RANGE = `runc run failed: unable to start container process: unable to setup user: uids and gids must be in range 0-${MAX_ID}`;
function checkRange(n) {
  if (n < 0 || n > MAX_ID) throw new UserLookupError(OUT_OF_RANGE);
  return n;
}
function fastPathId(s) {
  if (s === "root") return "0";
  return /^[0-9]+$/.test(s) && Number(s) <= 4294967295 ? s : void 0;
}
function resolveUser(spec, passwd, group) {
  const colon = spec.indexOf(":");
  const fields = spec.split(":");
  let userArg = fields[0];
  let groupArg = fields[1] ?? "";
  const fastUser = colon < 0 ? void 0 : fastPathId(userArg);
  const fastGroup = colon < 0 ? void 0 : fastPathId(groupArg);
  const fastPath = spec === "" || fastUser !== void 0 && fastGroup !== void 0;
  if (fastUser !== void 0 && fastGroup !== void 0) [userArg, groupArg] = [fastUser, fastGroup];
  if (!fastPath && passwd === void 0) throw new UserLookupError(`unable to find user ${userArg}: invalid argument`);
  let users;
  try {
    users = passwd === void 0 ? [] : parsePasswd(passwd);
  } catch (e) {
    throw new UserLookupError(`unable to find user ${userArg}: ${e.message}`);
  }
  const groups = group === void 0 ? [] : parseGroup(group);
  let uid = 0;
  let gid = 0;
  let matchedName;
  const uidArg = parseId(userArg);
  const found = users.find((u) => userArg === "" ? u.uid === 0 : uidArg !== void 0 ? u.uid === uidArg : u.name === userArg);
  if (found) {
    matchedName = found.name;
    uid = found.uid;
    gid = found.gid;
  } else if (userArg !== "") {
    if (uidArg === void 0) {
      throw new UserLookupError(`unable to find user ${userArg}: no matching entries in passwd file`);
    }
    uid = checkRange(uidArg);
  }
  if (!fastPath && group === void 0 && (groupArg !== "" || matchedName !== void 0)) {
    throw new UserLookupError(`unable to find groups for spec ${matchedName ?? ""}: invalid argument`);
  }
  let sgids = [];
  if (groupArg !== "") {
    const gidArg = parseId(groupArg);
    const g = groups.find((e) => gidArg !== void 0 ? e.gid === gidArg : e.name === groupArg);
    if (g) gid = g.gid;
    else if (gidArg !== void 0) gid = checkRange(gidArg);
    else throw new UserLookupError(`unable to find group ${groupArg}: no matching entries in group file`);
  } else if (matchedName !== void 0) {
    sgids = groups.filter((g) => g.members.includes(matchedName)).map((g) => g.gid);
  }
  const u32 = uid >>> 0;
  const g32 = gid >>> 0;
  if (u32 > MAX_ID && !users.some((u) => u.uid === u32) || g32 > MAX_ID && !groups.some((g) => g.gid === g32)) throw new UserSetupError(OUT_OF_RANGE);
  const all = [.../* @__PURE__ */ new Set([...sgids, gid])].sort((a, b) => a - b);
  const byUid = users.find((u) => u.uid === uid);
  return { uid, gid, groups: all, home: byUid ? byUid.home : "/" };
}
function withHome(env, user) {
  if (env.some((e) => e.startsWith("HOME=") && e !== "HOME=")) return env;
  return [...env.filter((e) => e !== "HOME="), `HOME=${user.home}`];
}

// src/sandbox/sandbox-run.ts
function wholeSeconds2(ns) {
  const s = ns / 1000000000n;
  return Number(ns < 0n && s * 1000000000n !== ns ? s - 1n : s);
}
var MAX_ID_FILE = 10 * 1024 * 1024;
async function tools() {
  const [setpriv, unshare, env, sh, prlimit, perl2] = await Promise.all([which("setpriv"), which("unshare"), which("env"), which("sh"), which("prlimit"), hostPerl()]);
  if (!setpriv || !unshare || !env || !sh) {
    throw new SandboxError("the native sandbox needs util-linux `setpriv` and `unshare`, coreutils `env` and `sh` on the host");
  }
  return { setpriv, unshare, env, sh, ...prlimit ? { prlimit } : {}, ...perl2 && SETUID_SYSCALL[process.arch] !== void 0 ? { perl: perl2 } : {} };
}
async function readIdFile(root, p) {
  const r = await resolveInRoot(root, p).catch(() => void 0);
  if (!r?.exists) return void 0;
  const st = await lstat5(r.hostPath);
  if (!st.isFile() || st.size > MAX_ID_FILE) return void 0;
  return readFile5(r.hostPath, "utf8");
}
function lowerLookup(lower) {
  return async (p) => {
    const comps = splitBytes(typeof p === "string" ? Buffer.from(p) : p);
    let host = Buffer.from(lower);
    for (let i = 0; i < comps.length; i++) {
      host = Buffer.concat([host, Buffer.from("/"), comps[i]]);
      const st = await lstat5(host, { bigint: true }).catch(() => void 0);
      if (!st) return void 0;
      if (i === comps.length - 1) return st;
      if (!st.isDirectory()) return void 0;
    }
    return lstat5(lower, { bigint: true });
  };
}
function splitBytes(p) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= p.length; i++) {
    if (i === p.length || p[i] === 47) {
      const c = p.subarray(start, i);
      if (c.length > 0 && !(c.length === 1 && c[0] === 46)) out.push(c);
      start = i + 1;
    }
  }
  return out;
}
async function assertPrivateMountNamespace() {
  const self = await readlink3("/proc/self/ns/mnt");
  const init = await readlink3("/proc/1/ns/mnt").catch(() => "");
  if (self === init) throw new SandboxError("sandbox worker: not in a private mount namespace (start it through unshare --mount)");
}
async function runInSandbox(req, onOutput, signal, log) {
  process.umask(18);
  setMounter(req.mounter);
  let t0 = performance.now();
  const phase = (name) => {
    if (!req.trace) return;
    const t2 = performance.now();
    log(`sandbox: ${name} ${(t2 - t0).toFixed(1)} ms`);
    t0 = t2;
  };
  await assertPrivateMountNamespace();
  const t = await tools();
  await mkdir7(req.runDir, { mode: 448 });
  const state = newMountState();
  const releaseLeases = async () => {
    const leases = state.leases;
    const proxies = state.proxies ?? [];
    state.leases = [];
    state.proxies = [];
    await Promise.all([...leases.map((l) => l.release()), ...proxies.map((p) => p.close())]);
  };
  try {
    const hostname = req.hostname || DEFAULT_HOSTNAME;
    phase("setup");
    const ov = await mountStepOverlays(req.runDir, req.layerDirs);
    const lower = ov.lower;
    signal.throwIfAborted();
    phase("overlays");
    const passwd = await readIdFile(ov.merged, "/etc/passwd");
    const group = await readIdFile(ov.merged, "/etc/group");
    let user;
    try {
      user = resolveUser(req.user, passwd, group);
    } catch (e) {
      if (e instanceof UserSetupError) throw new RunError(req.argv, 1, [e.message]);
      throw e;
    }
    const hostResolv = await readFile5("/etc/resolv.conf", "utf8").catch(() => void 0);
    const heredocFiles = (req.heredocFiles ?? []).map((f) => ({ path: f.path, mode: f.mode, content: Buffer.from(f.content, "base64") }));
    await setupMounts({
      merged: ov.merged,
      runDir: req.runDir,
      cacheDir: req.cacheDir,
      etc: {
        hosts: hostsFile(hostname, req.extraHosts),
        resolvConf: resolvConf(hostResolv, req.network !== "none")
        // No /etc/hostname, as in BuildKit's RUN: the image's own (or none) is seen, and a RUN writing one keeps it.
      },
      mounts: req.mounts,
      heredocFiles,
      signal,
      ownSysfs: req.network === "none"
    }, state);
    await ensureCwd(ov.merged, req.cwd, user.uid, user.gid);
    const under2 = (root) => req.mounts.some((m) => m.target === root || m.target.startsWith(`${root}/`));
    const masks = await runcMasks(under2("/proc") ? void 0 : state.procPath, under2("/sys") ? void 0 : state.sysPath, req.mounts.some((m) => m.target === "/dev") ? void 0 : state.devPath);
    const setup = masks.empty ? void 0 : await masks.commandLine("masking /proc and /sys");
    signal.throwIfAborted();
    phase("mounts");
    const last = new LastLines();
    const r = await runStep(
      t,
      {
        root: ov.merged,
        procPath: state.procPath,
        sysPath: state.sysPath,
        setup: setup ? [setup[0], ...setup[1]] : void 0,
        cwd: req.cwd,
        uid: user.uid,
        gid: user.gid,
        groups: user.groups,
        env: withHome(req.env, user),
        argv: req.argv,
        hostname,
        network: req.network === "none" ? "none" : "host",
        ulimits: req.ulimits,
        secretEnv: req.secretEnv
      },
      (s, c) => {
        last.push(c);
        onOutput(s, c);
      },
      signal
    );
    phase("step");
    await releaseLeases();
    if (r.cancelled || signal.aborted) throw new RunCancelledError(req.argv);
    if (r.exitCode !== 0) throw new RunError(req.argv, r.exitCode, last.get());
    const lookup = lowerLookup(lower);
    const stubs = await stubExclusions(ov.upper, lower, state.stubs);
    phase("stubs");
    const same = await unchangedCopyUps(ov.upper, lower, () => treeXattrs(ov.upper), lookup);
    phase("copy-ups");
    const { entries } = await upperToLayer(ov.upper, req.outTar, {
      lowerHas: async (_p, bytes) => await lookup(bytes) !== void 0,
      lowerIsDir: async (_p, bytes) => (await lookup(bytes))?.isDirectory() ?? false,
      lowerDirStat: async (_p, bytes) => {
        const st = await lookup(bytes);
        if (!st?.isDirectory()) return void 0;
        return { mode: Number(st.mode & 0o7777n), uid: Number(st.uid), gid: Number(st.gid), mtime: wholeSeconds2(st.mtimeNs) };
      },
      lowerChildren: async (_p, bytes) => (await lookup(bytes))?.isDirectory() ? readdir6(Buffer.concat([Buffer.from(lower), Buffer.from("/"), bytes]), { encoding: "buffer" }).catch(() => []) : [],
      exclude: [...stubs, ...same],
      sourceDateEpoch: req.sourceDateEpoch
    });
    if (req.owner) await chown4(req.outTar, req.owner.uid, req.owner.gid);
    const diffHex = entries > 0 ? digestHex(await digestOfFile(req.outTar)) : void 0;
    phase("diff");
    if (diffHex && req.layersDir) {
      await unmountAll(req.runDir);
      await keepUpperAsLayer(ov.upper, diffHex, req.layersDir, state.stubs, stubs).catch((e) => log(`sandbox: keeping the step's upper dir: ${e.message}`));
      phase("keep");
    }
    return { diffTar: req.outTar, empty: entries === 0, diffId: diffHex && `sha256:${diffHex}` };
  } catch (e) {
    if (signal.aborted && !(e instanceof RunError)) throw new RunCancelledError(req.argv);
    throw e;
  } finally {
    await releaseLeases().catch(() => void 0);
    await unmountAll(req.runDir).catch((e) => log(`cleanup: ${e.message}`));
    await removeTree(req.runDir).catch((e) => log(`cleanup: ${e.message}`));
    phase("cleanup");
  }
}

// src/sandbox/worker.ts
var EXPORT_TAR_FILE = "out.tar";
async function exportTarFromViews(req) {
  const root = path13.join(req.dir, "root");
  try {
    await mkdir8(root, { mode: 493 });
    for (const [i, v] of req.views.entries()) {
      if (req.views.length > 1 && (!/^[A-Za-z0-9_.-]+$/.test(v.name) || v.name.startsWith("."))) throw new Error(`bad view name ${JSON.stringify(v.name)}`);
      await mountLowerView(path13.join(req.dir, `links-${i}`), v.layerDirs, req.views.length > 1 ? path13.join(root, v.name) : root);
    }
    const out = path13.join(req.dir, EXPORT_TAR_FILE);
    await writeDirAsLayer(root, out, req.mtime !== void 0 ? { mtime: req.mtime } : {});
    await chown5(out, req.uid, req.gid);
  } finally {
    await unmountAll(req.dir);
    for (const name of await readdir7(req.dir)) if (name !== EXPORT_TAR_FILE) await removeTree(path13.join(req.dir, name));
  }
}
var RUN_DIR_PREFIX = "hoist-run-";
var VIEW_DIR_PREFIX = "hoist-view-";
async function sweepTemp(tempDir, log) {
  const names = await readdir7(tempDir).catch(() => []);
  for (const n of names) {
    const m = new RegExp(`^(?:${RUN_DIR_PREFIX}|${VIEW_DIR_PREFIX})(\\d+)-`).exec(n);
    if (!m || pidAlive(Number(m[1]))) continue;
    const dir = path13.join(tempDir, n);
    await unmountAll(dir).catch((e) => log(`sweep ${dir}: ${e.message}`));
    await removeTree(dir).catch((e) => log(`sweep ${dir}: ${e.message}`));
  }
}
function errorMessage(e) {
  if (e instanceof RunError) return { kind: "error", name: "RunError", message: e.message, exitCode: e.exitCode, lastOutput: e.lastOutput };
  const err = e;
  return { kind: "error", name: err?.name ?? "Error", message: err?.message ?? String(e) };
}
function memoryDirChecked(dir) {
  if (memoryDirOwner(dir) === void 0) throw new Error(`not an in-memory layer directory: ${dir}`);
  return dir;
}
async function handle(id, req, signal) {
  const log = (message) => void process.stdout.write(encodeMessage(id, { kind: "log", message }));
  switch (req.op) {
    case "run":
      return runInSandbox(
        req,
        (stream, chunk) => process.stdout.write(encodeFrame(stream === "stdout" ? FrameType.stdout : FrameType.stderr, id, chunk)),
        signal,
        log
      );
    case "unpack": {
      const { blob, growing } = req;
      const source = { size: growing?.size ?? (await stat5(blob)).size, open: () => growing ? readGrowingFile({ path: blob, ...growing }, signal) : createReadStream3(blob, { highWaterMark: 1 << 20 }) };
      if (req.memoryDir !== void 0) return { dir: await unpackPreferringMemory(req.cacheDir, memoryDirChecked(req.memoryDir), parseDigest(req.diffId), source, { log, signal }) };
      return { dir: await unpackInto(req.cacheDir, parseDigest(req.diffId), source.open()) };
    }
    case "sweep":
      await sweepTemp(req.tempDir, log);
      await sweepLayerTemps(req.cacheDir);
      await sweepMemoryDirs(req.memoryDir === void 0 ? void 0 : memoryDirChecked(req.memoryDir));
      return {};
    case "mount-view":
      await mountLowerView(path13.join(req.dir, "links"), req.layerDirs, path13.join(req.dir, "root"));
      return {};
    case "unmount-view":
      await unmountAll(req.dir);
      await removeTree(req.dir);
      return {};
    case "export-tar":
      await exportTarFromViews(req);
      return {};
  }
}
async function serveWorker() {
  const active = /* @__PURE__ */ new Map();
  const cancelAll = () => {
    for (const a of active.values()) a.abort.abort();
  };
  for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(sig, cancelAll);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      process.stderr.write(`hoist sandbox worker: bad request line
`);
      continue;
    }
    if (typeof msg.cancel === "number") {
      active.get(msg.cancel)?.abort.abort();
      continue;
    }
    if (typeof msg.id !== "number" || !msg.req) continue;
    const id = msg.id;
    const req = msg.req;
    const abort = new AbortController();
    const done = handle(id, req, abort.signal).then(
      (value) => void process.stdout.write(encodeMessage(id, { kind: "result", value })),
      (e) => {
        const cancelled = abort.signal.aborted && !(e instanceof RunError);
        process.stdout.write(encodeMessage(id, errorMessage(cancelled && !(e instanceof RunCancelledError) ? new RunCancelledError([]) : e)));
      }
    ).finally(() => active.delete(id));
    active.set(id, { abort, done });
  }
  cancelAll();
  await Promise.allSettled([...active.values()].map((a) => a.done));
  await new Promise((resolve) => process.stdout.write(Buffer.alloc(0), () => resolve()));
}

export {
  goQuote,
  goQuoteSlice,
  goSlice,
  goDuration,
  goSetMap,
  goQuoteRune,
  goTime,
  goPathClean,
  SNIFF_BYTES,
  sniffArchive,
  peekStream,
  decompress,
  openArchive,
  writeLayerBlob,
  TarWriter,
  readTar,
  readTarFile,
  processFailed,
  RunError,
  RunCancelledError,
  SandboxError,
  SYSTEM_PATH,
  SYSTEM_ENV,
  withEnvEntries,
  pidAlive,
  sys,
  which,
  unmountAll,
  removeTree,
  takeCacheSlot,
  DEFAULT_HOSTNAME,
  hostsFile,
  resolvConf,
  FrameType,
  FrameDecoder,
  LastLines,
  startSocketProxy,
  under,
  writeDirAsLayer,
  unpackLayer,
  decompressBlob,
  applyLayer,
  layerDir,
  prefetchLayerBlobs,
  sweepLayerTemps,
  LayerStore,
  MEMORY_ROOT,
  memoryLayersWanted,
  newMemoryDir,
  onTmpfs,
  sweepMemoryDirs,
  mountLowerView,
  EXPORT_TAR_FILE,
  RUN_DIR_PREFIX,
  VIEW_DIR_PREFIX,
  sweepTemp,
  serveWorker
};
