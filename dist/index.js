import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  MetaError,
  computeMetaWithRegistry,
  gitContextFromEnv,
  parse,
  parseImages,
  parseMetaEnvOptions,
  toEntries
} from "./chunk-BFXWB4LP.js";
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
  exportTarPrivileged,
  formatCheckReport,
  isFilesystemOutput,
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
  splitAnnotations,
  unknownAttributesNotice
} from "./chunk-MHX2VCEY.js";
import {
  DockerfileError,
  GitContextError,
  NamedContextError,
  assertInsideCheckout,
  defaultDockerfilePath,
  defaultGitContext,
  fetchGitContext,
  formatGitContext,
  gitAuthToken,
  keepGitDirArg,
  localContextProblem,
  namedGitContextFetcher,
  parseDockerfile,
  parseGitContext,
  parseNamedContext,
  planStages,
  redactUrl
} from "./chunk-FGUCFZVQ.js";
import "./chunk-E6I7JJGP.js";
import {
  readTextFile,
  spawnHelper
} from "./chunk-VIZGCWTY.js";
import {
  parseGoBool
} from "./chunk-TLRXKYUH.js";
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
} from "./chunk-PD4H4UT2.js";
import {
  InvalidReferenceError,
  formatPlatform,
  formatReference,
  hostPlatform,
  parseReference,
  parseTargetPlatform,
  repositoryName,
  repositoryOf,
  selectPlatform,
  uniquePlatforms
} from "./chunk-6TECYTNY.js";
import {
  memoryLayersWanted,
  prefetchLayerBlobs
} from "./chunk-GVXEUOC7.js";
import "./chunk-4PIROPUP.js";
import "./chunk-A2LCJWYG.js";
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
      if (check && opts.checkAnnotations === false) return log2.info(`warning: ${at.file}:${line ?? 0}: ${check.rule}: ${check.message}`);
      if (check) return log2.warning(check.url ? `${check.message}
More info: ${check.url}` : check.message, { ...at, title: check.description });
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
  const map2 = {};
  for (const l of config.logins) map2[normalizeCredentialKey(l.registry)] ??= l;
  const hit = lookupKey(map2, registry);
  if (hit) return hit;
  if (config.githubToken && normalizeCredentialKey(registry) === "ghcr.io") return { registry, username: actor || "x-access-token", password: config.githubToken, from: "github-token" };
  return void 0;
}
function derivedSecrets(logins) {
  return logins.flatMap((l) => [`${l.username}:${l.password}`, Buffer.from(`${l.username}:${l.password}`).toString("base64")]);
}

// src/action/failure.ts
import path2 from "node:path";

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code2 = map2.indexOf(data.charAt(idx));
      if (code2 > 64) continue;
      if (code2 < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/action/input-parsers.ts
var InputError = class extends Error {
  constructor(input, message) {
    super(`${input}: ${message}`);
    this.input = input;
    this.name = "InputError";
  }
  input;
};
function csvRecords(value, quote = true) {
  if (value.trim() === "") return [];
  try {
    const records = parse(value, {
      columns: false,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      comment: "#",
      comment_no_infix: true,
      info: true,
      quote: quote ? '"' : false
    });
    return records.map(({ record, info: info2 }) => ({ fields: record.map(String), line: info2.lines - record.join(",").split("\n").length + 1 }));
  } catch {
    return value.split(/\r?\n/).flatMap((text, i) => text.trim() === "" || text.trim().startsWith("#") ? [] : [{ fields: [text], line: i + 1 }]);
  }
}
function inputLines(value, opts = {}) {
  return csvRecords(value, opts.quote ?? true).map(({ fields, line }) => ({ text: (fields.length === 1 ? fields[0] : fields.join(",")).trim(), line })).filter((l) => l.text !== "");
}
function inputItems(value) {
  return csvRecords(value).flatMap(
    ({ fields, line }) => (fields.length === 1 ? fields[0].split(",") : fields).map((t) => t.trim()).filter(Boolean).map((text) => ({ text, line }))
  );
}
function commaList(value) {
  return inputItems(value).map((i) => i.text);
}
function parseBool(name, value, fallback) {
  const v = value.trim();
  if (v === "") return fallback;
  if (["true", "True", "TRUE"].includes(v)) return true;
  if (["false", "False", "FALSE"].includes(v)) return false;
  throw new InputError(name, `Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
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
function toLogin(entry, from) {
  const fields = {};
  for (const [k, v] of Object.entries(entry)) {
    if (!LOGIN_KEYS.has(k) && !IGNORED_KEYS.has(k)) throw new InputError(from, `unknown key "${k}" (registry, username, password)`);
    if (v === null || v === void 0) continue;
    if (typeof v === "object") throw new InputError(from, `${k} is not a single value`);
    fields[k] = String(v);
  }
  if (!fields.username) throw new InputError(from, "username is missing");
  if (!fields.password) throw new InputError(from, "password is missing");
  return { registry: fields.registry?.trim() || "docker.io", username: fields.username, password: fields.password, from };
}
function itemLines(text) {
  const lines = text.split(/\r?\n/);
  const items = lines.map((l, i) => ({ m: /^(\s*)-(\s|$)/.exec(l), i })).filter((x) => x.m);
  const indent = Math.min(...items.map((x) => x.m[1].length));
  return items.filter((x) => x.m[1].length === indent).map((x) => x.i + 1);
}
function parseRegistryAuth(value) {
  if (value.trim() === "") return [];
  let doc;
  try {
    doc = load(value);
  } catch (e) {
    const mark = e.mark;
    const reason = e.reason ?? "syntax error";
    throw new InputError(mark?.line !== void 0 ? `registry-auth line ${mark.line + 1}` : "registry-auth", `not valid YAML (${reason})`);
  }
  if (doc === null || doc === void 0) return [];
  if (!Array.isArray(doc)) throw new InputError("registry-auth", 'expected a YAML list of logins ("- registry: ...", "  username: ...", "  password: ...")');
  const lines = value.trimStart().startsWith("[") ? [] : itemLines(value);
  return doc.map((e, i) => {
    const from = lines.length === doc.length ? `registry-auth entry ${i + 1} (line ${lines[i]})` : `registry-auth entry ${i + 1}`;
    if (!e || typeof e !== "object" || Array.isArray(e)) throw new InputError(from, "expected a mapping with registry, username and password");
    return toLogin(e, from);
  });
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
    const tagged = referenceTags(plan, config.references);
    const refs = tagged.map((r) => String(r));
    out.tags = refs.join(sep);
    out["tag-names"] = tagged.map((r) => r.tag ?? "").join(sep);
    out.json = JSON.stringify({ ...plan.meta.json, tags: refs, "tag-names": tagged.map((r) => r.tag ?? "") });
  }
  return out;
}
function referenceTags(plan, references) {
  const given = new Set(references.map((r) => String(r.ref)));
  return plan.targets.filter((r) => given.has(String(r)));
}
function bakeFiles(plan, config, target) {
  const tags = config.references ? referenceTags(plan, config.references).map((r) => String(r)) : plan.meta.tags;
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
function metadataJson(outcome, plan, pushed, opts = {}) {
  const platforms = outcome.artifacts.map((a) => ({
    platform: formatPlatform(a.platform),
    digest: a.manifestDigest,
    config: a.configDigest,
    size: a.configBytes.length + a.layers.reduce((n, l) => n + l.size, 0)
  }));
  const extra = { pushed, refs: outcome.push?.refs ?? [], platforms };
  if (opts.filesOnly) return extra;
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
    // Fully qualified, as buildx writes it (`docker.io/library/app:latest`); pushed by digest, the repositories.
    "image.name": plan.targets.map((r) => formatReference(opts.pushByDigest ? repositoryOf(r) : r, "full")).join(","),
    ...extra
  };
}
function buildOutputs(outcome, plan, pushed, outputs = [], pushByDigest = false) {
  const files = outputs.some(isFilesystemOutput);
  const filesOnly = !pushed && outputs.length > 0 && outputs.every(isFilesystemOutput);
  return {
    ...filesOnly ? {} : { digest: outcome.digest },
    ...files ? {} : { imageid: outcome.imageId },
    metadata: JSON.stringify(metadataJson(outcome, plan, pushed, { filesOnly, pushByDigest }), null, 2)
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
    else if (/^No Docker (tag|image version) has been generated/.test(w) && (config.references || meta.images.length === 0)) continue;
    else deps.log.warning(w);
  }
  for (const n of config.outputNames ?? []) {
    if (targets.some((t) => String(t) === String(n.ref))) continue;
    targets.push(n.ref);
    if (!origins.has(repositoryName(n.ref))) origins.set(repositoryName(n.ref), n.where);
  }
  let problem;
  if (targets.length === 0) {
    const ref = deps.env.GITHUB_REF ?? "";
    const event = deps.env.GITHUB_EVENT_NAME ?? "";
    if (config.references) {
      if (config.push) problem = new PreflightError("images", "nothing to push: give images (with tag rules in tags) or tags (full image references), or set push: false");
      else deps.log.notice("No image name given (images and tags are empty): the image is built, not tagged and not pushed.");
    } else if (meta.images.length === 0) {
    } else if (config.push) {
      problem = new PreflightError("tags", `no tag was produced for ref "${ref}" (event "${event}"), so there is nothing to push. Add a rule that matches this event (for example type=ref,event=branch, type=sha, or type=raw,value=...), or set push: false.`);
    } else {
      deps.log.notice(`No tag was produced for ref "${ref}" (event "${event}"): the image is built but not tagged.`);
    }
  }
  return { meta, targets, origins, ...problem ? { problem } : {} };
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
    const stateOf = (t) => input.failure && input.pushedBeforeFailure?.includes(t) ? "pushed" : state;
    out.push(table(["Tag", ""], input.tags.map((t) => [code(t), stateOf(t)])), "");
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
  /** The same client for the registry cache, whose pushes are the cache save's, not the image's. */
  forCache() {
    return {
      getManifest: (ref) => this.getManifest(ref),
      readBlob: (repo, desc) => this.readBlob(repo, desc),
      getBlob: (repo, desc) => this.getBlob(repo, desc),
      hasBlob: (repo, digest) => this.hasBlob(repo, digest),
      pushBlob: (...args) => super.pushBlob(...args),
      putManifest: (ref, bytes, mediaType) => this.putManifest(ref, bytes, mediaType)
    };
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
    // The optional file forms too: without them the sandbox would unpack from a stream and write its own copy.
    ...cache.blobFile ? { blobFile: (d) => cache.blobFile(d) } : {},
    ...cache.stagedBlobFile ? { stagedBlobFile: (d) => cache.stagedBlobFile(d) } : {},
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
function registryCacheRefs(c) {
  if (c.kind !== "registry") return "";
  return [...c.registryTo ? [`to ${String(c.registryTo)}`] : [], ...c.registryFrom?.length ? [`from ${c.registryFrom.map(String).join(", ")}`] : []].map((p, i) => `${i ? "," : ""} ${p}`).join("");
}
function describeSettings(config) {
  return [
    `context: ${config.gitContext ? `Git ${formatGitContext(config.gitContext)}` : path4.relative(config.workspace, config.context) || "."}, Dockerfile: ${config.dockerfileLabel}${config.target ? `, target: ${config.target}` : ""}`,
    `platforms: ${config.platforms.map(formatPlatform).join(", ")}`,
    `push: ${config.push ? "yes" : "no"} (${config.pushReason})`,
    `cache: ${config.cache.kind}${config.cache.dir ? ` ${config.cache.dir}` : ""}${registryCacheRefs(config.cache)} (${config.cache.reason}), mode ${config.cache.mode}${config.noCache ? ", no-cache" : ""}`
  ];
}
async function preflight(config, registry, deps, onPlan) {
  const log2 = deps.log;
  for (const line of describeSettings(config)) log2.info(line);
  const createdAt = config.sourceDateEpoch !== void 0 ? new Date(config.sourceDateEpoch * 1e3) : void 0;
  const plan = await computeTags(config, { registry, env: deps.env, log: log2, now: new Date(deps.now()), createdAt, readFile: (p) => readFileSync(p, "utf8") });
  log2.info(`tags: ${plan.targets.length ? plan.targets.map(String).join(", ") : "(none)"}`);
  onPlan(plan);
  if (plan.problem) throw plan.problem;
  await checkDockerfile2(config);
  if (config.push && plan.targets.length) await checkRegistries(config, plan, registry, log2, deps.env.GITHUB_ACTOR);
  if (plan.targets.length) plan.previous = await previousImage(registry, plan.targets[0], config, log2);
  if (plan.previous) log2.info(`${plan.previous.ref} is ${plan.previous.digest} (${formatBytes(plan.previous.size)}) before this build`);
  return plan;
}
function envSwitch(value, fallback) {
  return parseGoBool(value?.trim() ?? "") ?? fallback;
}
async function runAction(load2, depsIn) {
  const started = depsIn.now();
  const log2 = depsIn.log;
  const summaryOn = envSwitch(depsIn.env.DOCKER_BUILD_SUMMARY, true) && !envSwitch(depsIn.env.DOCKER_BUILD_NO_SUMMARY, false);
  const deps = summaryOn ? depsIn : { ...depsIn, writeSummary: async () => void 0 };
  const checkAnnotations = envSwitch(depsIn.env.DOCKER_BUILD_CHECKS_ANNOTATIONS, true);
  let loaded;
  try {
    loaded = load2();
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
  const registry = new PushAwareClient({
    credentials: actionCredentials(config, deps.env),
    log: deps.env.HOIST_DEBUG ? (m) => log2.debug(m) : void 0,
    loginHint: "give the registry, username and password inputs, or registry-auth"
  });
  const outputs = {};
  const set2 = (o) => {
    for (const [k, v] of Object.entries(o)) {
      outputs[k] = v;
      deps.setOutput(k, v);
    }
  };
  const steps = [];
  let plan;
  let outcome;
  let pushed = false;
  let pushReason = config.pushReason;
  let cache;
  let tempDir;
  let gitDir;
  let namedGit;
  let sshAgents;
  let sshDir;
  let failure;
  const pushedRefs = [];
  try {
    const onPlan = (p) => {
      plan = p;
      const metaOutputs = planOutputs(p, config);
      set2(metaOutputs);
      const bake = writeBakeFiles(bakeFiles(p, config, config.bakeTarget), deps.env);
      set2(bake);
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
        const r = await checkDockerfile({ path: c.dockerfile, file: c.dockerfileLabel, buildArgs: c.buildArgs, target: c.target, namedContexts: c.namedContexts, platform: c.platforms[0], buildPlatform: hostPlatform(), registry, contextDir: c.context });
        const text = formatCheckReport(r).replace(/\n$/, "").split("\n");
        for (const line of text) log2.info(line);
        return { report: r, lines: text };
      });
      const annotate = buildLog(glog, { workspace: c.workspace, cwd: deps.cwd, checkAnnotations });
      for (const w of report.warnings) annotate.warning?.(w.message, c.dockerfile, w.line, w);
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
        registry: config.cache.kind === "registry" ? { client: registry.forCache(), from: config.cache.registryFrom ?? [], to: config.cache.registryTo } : void 0,
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
    const events = buildLog(glog, { workspace: config.workspace, cwd: deps.cwd, checkAnnotations });
    const stepEnd = events.stepEnd;
    events.stepEnd = (r) => {
      steps.push(r);
      stepEnd(r);
    };
    const annotations = splitAnnotations([...config.outputAnnotations ?? [], ...plan.meta.annotations], (line, why) => log2.warning(`annotations: "${line}" left out: ${why}`));
    const req = {
      contextDir: config.context,
      // The workspace as the default context leaves out .git, as build-push-action's default (the commit's Git
      // context) has none: actions/checkout keeps the job's token in .git/config, which a `COPY . .` would push.
      contextIgnore: config.contextGiven || config.gitContext ? void 0 : [".git"],
      dockerfile: config.dockerfile,
      buildArgs: config.buildArgs,
      target: config.target,
      namedContexts: config.namedContexts,
      platforms: config.platforms,
      platformsGiven: config.platformsGiven,
      labels: plan.meta.labels,
      annotations,
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
        exportTarPrivileged: (file, views, o) => exportTarPrivileged(views, file, { cacheDir: stateDir, tempDir: scratch, ...o }),
        buildPlatform: hostPlatform(),
        now: deps.now,
        signal: deps.signal,
        events,
        log: (m) => log2.info(m),
        // What reached a registry, for the summary when a later push fails.
        onPushed: (ref) => pushedRefs.push(ref)
      });
    } finally {
      events.flush();
      showHeld();
      glog.close();
    }
    pushed = Boolean(config.push && outcome.push);
    if (config.push && !pushed) pushReason = "no image name to push to";
    set2(buildOutputs(outcome, plan, pushed, config.outputs, config.pushByDigest));
    log2.info(`digest: ${outcome.digest}`);
    if (pushed && outcome.push) log2.info(config.pushByDigest ? `pushed by digest (push-by-digest, no tag): ${outcome.push.refs.join(", ")}` : `pushed: ${plan.targets.map(String).join(", ")}`);
    else log2.info(`not pushed (${pushReason})`);
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
        push: pushed,
        pushByDigest: config.pushByDigest,
        pushReason,
        outcome,
        steps,
        previous: plan?.previous,
        cache: { kind: config.cache.kind, reason: config.cache.reason, stats: cache?.stats() },
        failure: failure?.message,
        pushedBeforeFailure: failure ? pushedRefs : void 0,
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
  "cache-mode": "",
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
  if (choice.ignored) notices.push(`cache-from/cache-to: ${choice.ignored}`);
  if (choice.kind === "gha") return { cache: "gha", mode: choice.mode, scope: choice.scope, reason: choice.reason };
  if (choice.kind === "registry") return { mode: choice.mode, registry: { from: choice.from, to: choice.to }, reason: choice.reason };
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
  if (compat?.registry) return { kind: "registry", mode: choice.mode, scope: choice.scope, registryFrom: compat.registry.from, registryTo: compat.registry.to, reason: compat.reason };
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
function secretPairs(name, value, notices) {
  const out = [];
  for (const { text, line } of inputLines(value)) {
    const eq = text.indexOf("=");
    const id = eq > 0 ? text.slice(0, eq).trim() : "";
    const v = eq > 0 ? text.slice(eq + 1) : "";
    if (id === "" || v === "") notices.push(`${name} line ${line}: not a valid secret (expected ID=${name === "secrets" ? "VALUE" : "PATH"} with both non-empty); left out`);
    else out.push([id, v]);
  }
  return out;
}
function parseSecrets(raw, env, workspace, notices) {
  const out = [];
  for (const [id, value] of secretPairs("secrets", raw.secrets, notices)) out.push({ id, kind: "value", value });
  for (const [id, file] of secretPairs("secret-files", raw["secret-files"], notices)) out.push({ id, kind: "file", path: path5.resolve(workspace, file.trim()) });
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
  const annotations = [];
  const notices = [];
  const names = [];
  let push = false;
  let pushByDigest = false;
  const lines = inputLines(value, { quote: false });
  for (const { text, line } of lines) {
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
    annotations.push(...spec.annotations ?? []);
    push ||= spec.push;
    pushByDigest ||= spec.pushByDigest === true;
    if (spec.ignored.length) notices.push(`outputs line ${line}: ${spec.ignored.join(", ")} ignored`);
    const unknown = unknownAttributesNotice(spec);
    if (unknown) notices.push(`outputs line ${line}: ${unknown}`);
  }
  return { outputs, push, pushByDigest, names, notices, annotations, lines: lines.length };
}
function withDefaultContext(text, env, input) {
  const template = /\{\{\s*defaultContext\s*\}\}/g;
  if (!template.test(text)) return text;
  const def = defaultGitContext(env);
  if (!def) throw new InputError(input, "{{defaultContext}} needs GITHUB_REPOSITORY (it is the Git context of the workflow's repository)");
  return text.replace(template, () => def);
}
function parseBuildContextsInput(value, workspace, env = {}) {
  const out = /* @__PURE__ */ new Map();
  for (const { text: given, line } of inputLines(value)) {
    const text = withDefaultContext(given, env, `build-contexts line ${line}`);
    try {
      const [key, ctx] = parseNamedContext(text, workspace);
      if (out.has(key)) throw new NamedContextError(text, `the name "${key}" is given twice`);
      const problem = localContextProblem(key, ctx);
      if (problem) throw new InputError(`build-contexts line ${line}`, problem);
      out.set(key, ctx);
    } catch (e) {
      if (e instanceof NamedContextError) throw new InputError(`build-contexts line ${line}`, e.message);
      throw e;
    }
  }
  return out;
}
function withLoad(outputs, load2, env, platforms) {
  const all = load2 && !outputs.some((o) => o.kind === "load") ? [...outputs, { kind: "load" }] : outputs;
  if (!all.some((o) => o.kind === "load")) return all;
  const where = load2 ? "load" : "outputs";
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
  return uniquePlatforms(list.map((p) => {
    try {
      return parseTargetPlatform(p, host);
    } catch (e) {
      throw new InputError("platforms", e.message);
    }
  }));
}
function parseConfig(raw, env, cwd, host = hostPlatform()) {
  const notices = [];
  const workspace = env.GITHUB_WORKSPACE || cwd;
  const contextGiven = raw.context.trim() !== "";
  const contextInput = withDefaultContext(raw.context.trim(), env, "context");
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
  const dockerfile = gitContext ? fileInput || "Dockerfile" : fileInput ? path5.resolve(workspace, fileInput) : defaultDockerfilePath(context);
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
  const load2 = parseBool("load", raw.load, false);
  if (pushText === "auto" && push && !outs.push) {
    if (load2 || outs.lines > 0) {
      push = false;
      pushReason = `default: no push when ${load2 ? "load" : "outputs"} takes the image`;
    } else if (!images && !raw.tags.trim()) {
      push = false;
      pushReason = "default: no push without images or tags";
    }
  }
  const call = parseCall(raw.call);
  if (call === "check" && push) {
    push = false;
    pushReason = "call: check builds nothing";
  }
  const references = images ? void 0 : parseReferences(raw.tags, notices);
  const firstTag = references?.find((r) => r.ref.tag)?.ref.tag;
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
    namedContexts: parseBuildContextsInput(raw["build-contexts"], workspace, env),
    buildArgs: parseBuildArgLines("build-args", raw["build-args"], env),
    meta: {
      images: raw.images,
      tags: images ? raw.tags : firstTag ? `type=raw,value=${firstTag}` : "",
      flavor: raw.flavor,
      labels: raw.labels,
      annotations: raw.annotations,
      sepTags: raw["sep-tags"] || void 0,
      sepLabels: raw["sep-labels"] || void 0,
      sepAnnotations: raw["sep-annotations"] || void 0
    },
    references,
    bakeTarget: raw["bake-target"].trim() || INPUT_DEFAULTS["bake-target"],
    push,
    pushReason,
    pushByDigest: outs.pushByDigest,
    outputNames: outs.names,
    ...outs.annotations.length ? { outputAnnotations: outs.annotations } : {},
    logins: parseLogins(raw),
    githubToken: raw["github-token"] || void 0,
    ssh: commaList(raw.ssh),
    platforms: parsePlatformList(raw.platforms, host),
    platformsGiven: commaList(raw.platforms).length > 0,
    cache: parseCache(raw, env, workspace, notices),
    call,
    noCache: parseBool("no-cache", raw["no-cache"], false),
    noCacheFilters: commaList(raw["no-cache-filters"]),
    outputs: withLoad(outs.outputs, load2, env, parsePlatformList(raw.platforms, host).length),
    secrets: parseSecrets(raw, env, workspace, notices),
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
  parseBool("pull", raw.pull, false);
  notices.push(...compatNotices(raw));
  return { config, notices };
}
function runOption(input, parse2) {
  try {
    return parse2();
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
  if (raw.provenance.trim()) take("provenance", raw.provenance);
  else {
    for (const { text } of inputLines(raw.attests)) {
      if (attestType(text) === "provenance") take("attests", text);
    }
  }
  if (!out) return void 0;
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const attempt = env.GITHUB_RUN_ATTEMPT?.trim() || "1";
  if (!out.builderId && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) out.builderId = `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${attempt}`;
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
