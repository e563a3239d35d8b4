import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);

// src/dockerfile/suggest.ts
function editDistance(a, b) {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}
function matchCase(value, orig) {
  if (orig === orig.toLowerCase()) return value.toLowerCase();
  if (orig === orig.toUpperCase()) return value.toUpperCase();
  return value;
}
function suggest(value, options, caseSensitive = false) {
  if (value === "") return void 0;
  const v = caseSensitive ? value : value.toLowerCase();
  let best;
  let min = 3;
  for (const o of options) {
    const opt = caseSensitive ? o : o.toLowerCase();
    if (opt === v) return void 0;
    const d = editDistance(v, opt);
    if (d < min) {
      best = caseSensitive ? opt : matchCase(opt, value);
      min = d;
    }
  }
  return best;
}
function withSuggestion(message, value, options, caseSensitive = false) {
  const s = suggest(value, options, caseSensitive);
  return s === void 0 ? message : `${message} (did you mean ${s}?)`;
}

// src/dockerfile/mounts.ts
var TYPES = ["bind", "cache", "tmpfs", "secret", "ssh"];
var SHARING = ["shared", "private", "locked"];
var KEYS = ["type", "from", "source", "target", "readonly", "id", "sharing", "required", "mode", "uid", "gid", "src", "dst", "destination", "ro", "rw", "readwrite", "size", "env"];
function splitCsv(line, what = "mounts") {
  const fields = [];
  let i = 0;
  for (; ; ) {
    let field = "";
    if (line[i] === '"') {
      i++;
      for (; ; ) {
        if (i >= line.length) throw new Error(`failed to parse csv ${what}: parse error on line 1, column ${i + 1}: extraneous or missing " in quoted-field`);
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += line[i++];
      }
      if (i < line.length && line[i] !== ",") throw new Error(`failed to parse csv ${what}: parse error on line 1, column ${i + 1}: extraneous or missing " in quoted-field`);
    } else {
      while (i < line.length && line[i] !== ",") {
        if (line[i] === '"') throw new Error(`failed to parse csv ${what}: parse error on line 1, column ${i + 1}: bare " in non-quoted-field`);
        field += line[i++];
      }
    }
    fields.push(field);
    if (i >= line.length) break;
    i++;
  }
  return fields;
}
function parseRamBytes(s) {
  const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(s);
  if (!m) throw new Error(`invalid size: '${s}'`);
  const mult = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };
  return Math.floor(Number(m[1]) * (m[2] ? mult[m[2].toLowerCase()] : 1));
}
function parseGoBool(v) {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(v)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(v)) return false;
  return void 0;
}
function parseBool(key, v) {
  const b = parseGoBool(v);
  if (b === void 0) throw new Error(`invalid value for ${key}: ${v}`);
  return b;
}
function parseUint(v, radix, what) {
  const ok = radix === 8 ? /^[0-7]+$/.test(v) : /^\d+$/.test(v);
  const n = ok ? parseInt(v, radix) : NaN;
  if (!ok || n > 4294967295) throw new Error(`invalid value ${v} for ${what}`);
  return n;
}
function parseMount(spec, expand) {
  const m = { type: "bind", readOnly: false, required: false };
  let roAuto = true;
  let deferred = false;
  for (const field of splitCsv(spec)) {
    const eq = field.indexOf("=");
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    if (eq < 0) {
      if (key === "readonly" || key === "ro") {
        m.readOnly = true;
        roAuto = false;
      } else if (key === "readwrite" || key === "rw") {
        m.readOnly = false;
        roAuto = false;
      } else if (key === "required") {
        if (m.type !== "secret" && m.type !== "ssh") throw new Error(`unexpected key '${key}' for mount type '${m.type}'`);
        m.required = true;
      } else throw new Error(`invalid field '${field}' must be a key=value pair`);
      continue;
    }
    const raw = field.slice(eq + 1);
    if (!expand && key === "from" && /\$./.test(raw)) throw new Error(`'${key}' doesn't support variable expansion, define alias stage instead`);
    if (!expand && raw.includes("$")) {
      deferred = true;
      continue;
    }
    const value = expand ? expand(raw) : raw;
    switch (key) {
      case "type": {
        const t = value.toLowerCase();
        if (!TYPES.includes(t)) throw new Error(withSuggestion(`unsupported mount type "${value}"`, value, TYPES, true));
        m.type = t;
        break;
      }
      case "from":
        m.from = value;
        break;
      case "source":
      case "src":
        m.source = value;
        break;
      case "target":
      case "dst":
      case "destination":
        m.target = value;
        break;
      case "readonly":
      case "ro":
        m.readOnly = parseBool(key, value);
        roAuto = false;
        break;
      case "readwrite":
      case "rw":
        m.readOnly = !parseBool(key, value);
        roAuto = false;
        break;
      case "required":
        if (m.type !== "secret" && m.type !== "ssh") throw new Error(`unexpected key '${key}' for mount type '${m.type}'`);
        m.required = parseBool(key, value);
        break;
      case "size":
        if (m.type !== "tmpfs") throw new Error(`unexpected key '${key}' for mount type '${m.type}'`);
        try {
          m.size = parseRamBytes(value);
        } catch {
          throw new Error(`invalid value for ${key}: ${value}`);
        }
        break;
      case "id":
        m.id = value;
        break;
      case "sharing": {
        const s = value.toLowerCase();
        if (!SHARING.includes(s)) throw new Error(withSuggestion(`unsupported sharing value "${value}"`, value, SHARING, true));
        m.sharing = s;
        break;
      }
      case "mode":
        m.mode = parseUint(value, 8, "mode");
        break;
      case "uid":
        m.uid = parseUint(value, 10, "uid");
        break;
      case "gid":
        m.gid = parseUint(value, 10, "gid");
        break;
      case "env":
        if (m.type !== "secret") throw new Error(`unexpected key '${key}' for mount type '${m.type}'`);
        m.env = value;
        break;
      default:
        throw new Error(withSuggestion(`unexpected key '${key}' in '${field}'`, key, KEYS, true));
    }
  }
  if (!deferred) validateMount(m, roAuto);
  return m;
}
function validateMount(m, roAuto) {
  const fileInfoAllowed = m.type === "secret" || m.type === "ssh" || m.type === "cache";
  if (!fileInfoAllowed) {
    for (const k of ["mode", "uid", "gid"]) {
      if (m[k] !== void 0) throw new Error(`${k} not allowed for "${m.type}" type mounts`);
    }
  }
  if (roAuto) m.readOnly = !(m.type === "cache" || m.type === "tmpfs");
  if (m.type === "secret") {
    if (m.from !== void 0) throw new Error("secret mount should not have a from");
    if (m.sharing !== void 0) throw new Error("secret mount should not define sharing");
    if (!m.source && !m.target && !m.id && !m.env) throw new Error("invalid secret mount. one of source, target required");
    if (m.source && m.id) throw new Error("both source and id can't be set");
  }
  if (m.sharing !== void 0 && m.type !== "cache") throw new Error(`invalid cache sharing set for ${m.type} mount`);
}

export {
  suggest,
  withSuggestion,
  splitCsv,
  parseRamBytes,
  parseGoBool,
  parseBool,
  parseMount
};
