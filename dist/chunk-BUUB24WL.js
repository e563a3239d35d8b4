import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  DigestStream,
  Digester,
  compressionOf,
  digestHex
} from "./chunk-A2LCJWYG.js";

// src/oci/layer/sniff.ts
import { Readable } from "node:stream";

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
    out.set(rec.toString("utf8", 0, eq), Buffer.from(rec.subarray(eq + 1)));
    off += len;
  }
  return out;
}

// src/oci/layer/sniff.ts
var SNIFF_BYTES = 512;
function sniffArchive(head) {
  if (head.length >= 2 && head[0] === 31 && head[1] === 139) return "gzip";
  if (head.length >= 4 && head.toString("latin1", 0, 3) === "BZh" && head[3] >= 49 && head[3] <= 57) return "bzip2";
  if (head.length >= 6 && head.subarray(0, 6).equals(Buffer.from([253, 55, 122, 88, 90, 0]))) return "xz";
  if (head.length >= 4 && head.readUInt32LE(0) === 4247762216) return "zstd";
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
    try {
      if (head.length > 0) yield head;
      if (done) return;
      for (; ; ) {
        const r = await it.next();
        if (r.done) return;
        yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
      }
    } finally {
      if (!done) await it.return?.();
    }
  }
  return { head: head.subarray(0, n), stream: Readable.from(replay(), { objectMode: false }) };
}

// src/oci/layer/compress.ts
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdir, rename, rm } from "node:fs/promises";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { PassThrough, Transform, pipeline as pipelineCb } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
var DEFAULT_GZIP_LEVEL = 1;
var DEFAULT_ZSTD_LEVEL = 3;
var FORMAT_NAMES = /* @__PURE__ */ new Set(["gzip", "zstd", "bzip2", "xz", "none", "tar"]);
function externalDecompress(program, input) {
  const child = spawn(program, ["-dc"], { stdio: ["pipe", "pipe", "pipe"] });
  const out = new PassThrough();
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
      return through(input, zlib.createGunzip({ chunkSize: INFLATE_CHUNK, highWaterMark: INFLATE_AHEAD }));
    case "zstd":
      return through(input, zlib.createZstdDecompress({ chunkSize: INFLATE_CHUNK, highWaterMark: INFLATE_AHEAD }));
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
    this.crc = zlib.crc32(chunk, this.crc);
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
    stages.push(zlib.createDeflateRaw({ level }), new GzipFramer(tap, level));
  } else if (opts.compression === "zstd") {
    const level = opts.level ?? DEFAULT_ZSTD_LEVEL;
    stages.push(zlib.createZstdCompress({ params: { [zlib.constants.ZSTD_c_compressionLevel]: level } }));
  } else if (opts.compression !== "none") {
    throw new Error(`unknown layer compression "${String(opts.compression)}"`);
  }
  stages.push(stored, createWriteStream(tmp));
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

// src/oci/tar/reader.ts
import { open } from "node:fs/promises";
import { Readable as Readable3 } from "node:stream";

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
var EntryBody = class extends Readable3 {
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
function toEntry(h, pax, longName, longLink, where) {
  const rawName = pax.get("path") ?? longName ?? h.name;
  const label = rawName.toString("utf8");
  for (const k of pax.keys()) {
    if (k.startsWith("GNU.sparse.")) throw new TarFormatError(`tar entry "${label}": sparse files are not supported (OCI layers should not use them)`);
  }
  if (h.typeflag === "S") throw new TarFormatError(`tar entry "${label}": sparse files are not supported (OCI layers should not use them)`);
  let type = TYPES[h.typeflag];
  if (!type) throw new TarFormatError(`tar entry "${label}" (${where}): unsupported entry type "${h.typeflag.replace(/[^\x20-\x7e]/g, "?")}"`);
  if (type === "file" && h.typeflag !== "7" && rawName[rawName.length - 1] === 47) type = "dir";
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
    else if (k.startsWith("LIBARCHIVE.xattr.")) {
      (entry.xattrs ??= {})[decodeURIComponent(k.slice("LIBARCHIVE.xattr.".length))] = Buffer.from(v.toString("latin1"), "base64");
    }
  }
  return entry;
}
function readTar(input) {
  return readEntries(new ByteSource(input));
}
async function* readTarFile(file) {
  const fh = await open(file, "r");
  let src;
  try {
    src = new FileByteSource(fh, (await fh.stat()).size);
  } catch (e) {
    await fh.close();
    throw e;
  }
  yield* readEntries(src);
}
async function* readEntries(src) {
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
      const entry = toEntry(h, records, longName, longLink, where);
      pax = /* @__PURE__ */ new Map();
      longName = void 0;
      longLink = void 0;
      const dataSize = entry.type === "file" || h.typeflag === "D" ? h.typeflag === "D" ? h.size : entry.size : 0;
      const body = new EntryBody(src, entry.type === "file" ? dataSize : 0, entry.path);
      yield { entry, body };
      await body.finish();
      if (entry.type !== "file" && dataSize > 0 && !await src.skip(dataSize)) {
        throw new TarFormatError(`tar entry "${entry.path}": archive ends inside its content`);
      }
      if (!await src.skip(padding(dataSize))) throw new TarFormatError(`tar entry "${entry.path}": archive ends inside its padding`);
    }
  } finally {
    await src.close();
  }
}

export {
  TarFormatError,
  pathBytesOf,
  linknameBytesOf,
  decodeName,
  BLOCK,
  encodeHeader,
  padding,
  SNIFF_BYTES,
  sniffArchive,
  peekStream,
  decompress,
  openArchive,
  writeLayerBlob,
  readTar,
  readTarFile
};
