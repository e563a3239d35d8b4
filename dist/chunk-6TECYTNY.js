import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  isIndexMediaType,
  parseDigest
} from "./chunk-A2LCJWYG.js";

// src/oci/platform.ts
var InvalidPlatformError = class extends Error {
  constructor(input, reason) {
    super(`invalid platform "${input}": ${reason}`);
    this.input = input;
    this.name = "InvalidPlatformError";
  }
  input;
};
var ARCH_ALIASES = {
  x86_64: "amd64",
  "x86-64": "amd64",
  aarch64: "arm64",
  armhf: "arm",
  armel: "arm",
  i386: "386",
  i686: "386"
};
function normalizePlatform(p) {
  const os = p.os.toLowerCase();
  let architecture = p.architecture.toLowerCase();
  let variant = p.variant?.toLowerCase() || void 0;
  if (architecture === "armhf") variant ??= "v7";
  if (architecture === "armel") variant ??= "v6";
  architecture = ARCH_ALIASES[architecture] ?? architecture;
  if (architecture === "arm64" && variant === "v8") variant = void 0;
  if (architecture === "arm" && variant === void 0) variant = "v7";
  if (architecture === "arm" && variant === "8") variant = "v8";
  if (architecture === "amd64" && variant === "v1") variant = void 0;
  const out = { os, architecture };
  if (variant) out.variant = variant;
  if (p["os.version"]) out["os.version"] = p["os.version"];
  return out;
}
function parsePlatform(input) {
  const parts = input.trim().split("/");
  if (parts.length < 2 || parts.length > 3 || parts.some((x) => x === "")) {
    throw new InvalidPlatformError(input, "expected os/arch or os/arch/variant");
  }
  if (!parts.every((x) => /^[A-Za-z0-9_.-]+$/.test(x))) throw new InvalidPlatformError(input, "unexpected characters");
  const [os, architecture, variant] = parts;
  return normalizePlatform({ os, architecture, variant });
}
function parseTargetPlatform(input, host = hostPlatform()) {
  return input.includes("/") ? parsePlatform(input) : parsePlatformSpecifier(input, host);
}
var KNOWN_OS = /* @__PURE__ */ new Set(["aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos"]);
var KNOWN_ARCH = /* @__PURE__ */ new Set(["386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "ppc64", "ppc64le", "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm"]);
function parsePlatformSpecifier(input, host = hostPlatform()) {
  const bad = (reason) => new Error(`${reason}: invalid argument`);
  if (input.includes("*")) throw bad(`"${input}": wildcards not yet supported`);
  const parts = input.split("/");
  const osAndVersion = /^([A-Za-z0-9_-]+)(?:\(([A-Za-z0-9_.-]*)\))?$/.exec(parts[0]);
  if (!osAndVersion) throw bad(`"${parts[0]}" is an invalid OS component of "${input}": OSAndVersion specifier component must match "^([A-Za-z0-9_-]+)(?:\\\\(([A-Za-z0-9_.-]*)\\\\))?$"`);
  const osVersion = osAndVersion[2] ? { "os.version": osAndVersion[2] } : {};
  parts[0] = osAndVersion[1];
  for (const part of parts.slice(1)) {
    if (!/^[A-Za-z0-9_-]+$/.test(part)) throw bad(`"${part}" is an invalid component of "${input}": platform specifier component must match "^[A-Za-z0-9_-]+$"`);
  }
  if (parts.length === 1) {
    const os2 = parts[0].toLowerCase() === "macos" ? "darwin" : parts[0].toLowerCase();
    if (KNOWN_OS.has(os2)) return normalizePlatform({ os: os2, architecture: host.architecture, variant: host.variant, ...osVersion });
    const arch = normalizePlatform({ os: "linux", architecture: parts[0] });
    if (KNOWN_ARCH.has(arch.architecture)) return arch;
    throw bad(`"${input}": unknown operating system or architecture`);
  }
  if (parts.length > 3) throw bad(`"${input}": cannot parse platform specifier`);
  const [os, architecture, variant] = parts;
  return normalizePlatform({ os: os.toLowerCase() === "macos" ? "darwin" : os, architecture, variant, ...osVersion });
}
function formatPlatform(p) {
  return [p.os, p.architecture, p.variant].filter(Boolean).join("/");
}
function platformMatches(candidate, wanted) {
  const c = normalizePlatform(candidate);
  const w = normalizePlatform(wanted);
  if (c.os !== w.os || c.architecture !== w.architecture) return false;
  if (w.variant === void 0) return true;
  return c.variant === w.variant;
}
function selectPlatform(entries, wanted) {
  const w = normalizePlatform(wanted);
  const exact = entries.find((e) => e.platform && platformMatches(e.platform, w));
  if (exact) return exact;
  if (w.architecture === "arm" && w.variant) {
    const order = ["v8", "v7", "v6", "v5"];
    for (const v of order.slice(order.indexOf(w.variant) + 1)) {
      const hit = entries.find((e) => e.platform && platformMatches(e.platform, { ...w, variant: v }));
      if (hit) return hit;
    }
  }
  return void 0;
}
function imageEntryFor(manifests, wanted) {
  const entries = manifests.filter((m) => !isIndexMediaType(m.mediaType));
  const entry = selectPlatform(entries, wanted);
  if (entry) return { entry };
  const have = entries.map((m) => m.platform ? formatPlatform(m.platform) : "unknown").join(", ");
  return { missing: `no image for platform ${formatPlatform(wanted)} (the index has ${have || "no images"})` };
}
function hostPlatform(arch = process.arch) {
  const map = {
    x64: { os: "linux", architecture: "amd64" },
    arm64: { os: "linux", architecture: "arm64" },
    arm: { os: "linux", architecture: "arm", variant: "v7" },
    ia32: { os: "linux", architecture: "386" },
    ppc64: { os: "linux", architecture: "ppc64le" },
    s390x: { os: "linux", architecture: "s390x" },
    riscv64: { os: "linux", architecture: "riscv64" }
  };
  return map[arch] ?? { os: "linux", architecture: arch };
}
function uniquePlatforms(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((p) => {
    const k = formatPlatform(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// src/registry/reference.ts
var DOCKER_HUB = "docker.io";
var DOCKER_HUB_API_HOST = "registry-1.docker.io";
var DOCKER_HUB_CREDENTIAL_KEY = "https://index.docker.io/v1/";
var InvalidReferenceError = class extends Error {
  constructor(input, reason) {
    super(`invalid reference "${input}": ${reason}`);
    this.input = input;
    this.name = "InvalidReferenceError";
  }
  input;
};
var COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
var IPV6 = /^\[[a-fA-F0-9:.]+(?:%[a-zA-Z0-9]+)?\]$/;
var PORT = /^[0-9]+$/;
var HEX64 = /^[a-f0-9]{64}$/;
var NAME_MAX = 255;
function isValidTag(tag) {
  return TAG.test(tag);
}
function checkDomain(domain, input) {
  let host = domain;
  let port;
  if (domain.startsWith("[")) {
    const close = domain.indexOf("]");
    host = domain.slice(0, close + 1);
    const rest = domain.slice(close + 1);
    if (close < 0 || !IPV6.test(host)) throw new InvalidReferenceError(input, `invalid registry host "${domain}"`);
    if (rest !== "") {
      if (!rest.startsWith(":")) throw new InvalidReferenceError(input, `invalid registry host "${domain}"`);
      port = rest.slice(1);
    }
  } else {
    const colon = domain.lastIndexOf(":");
    if (colon >= 0) {
      host = domain.slice(0, colon);
      port = domain.slice(colon + 1);
    }
    if (host === "" || !host.split(".").every((c) => DOMAIN_COMPONENT.test(c))) {
      throw new InvalidReferenceError(input, `invalid registry host "${domain}"`);
    }
  }
  if (port !== void 0 && (!PORT.test(port) || Number(port) > 65535)) {
    throw new InvalidReferenceError(input, `invalid port in registry "${domain}"`);
  }
}
function looksLikeDomain(first) {
  return first.includes(".") || first.includes(":") || first === "localhost" || first.startsWith("[") || first !== first.toLowerCase();
}
function checkRepository(repository, input) {
  if (repository === "") throw new InvalidReferenceError(input, "repository name is empty");
  for (const component of repository.split("/")) {
    if (COMPONENT.test(component)) continue;
    if (COMPONENT.test(component.toLowerCase())) throw new InvalidReferenceError(input, "repository name must be lowercase");
    throw new InvalidReferenceError(input, component === "" ? "repository name has an empty path component" : `invalid repository path component "${component}"`);
  }
}
function makeReference(registry, repository, tag, digest) {
  const input = `${registry}/${repository}${tag ? `:${tag}` : ""}${digest ? `@${digest}` : ""}`;
  let reg = registry;
  if (reg === "index.docker.io" || reg === "registry-1.docker.io") reg = DOCKER_HUB;
  checkDomain(reg, input);
  const repo = reg === DOCKER_HUB && !repository.includes("/") ? `library/${repository}` : repository;
  checkRepository(repo, input);
  if (`${reg}/${repo}`.length > NAME_MAX) throw new InvalidReferenceError(input, `repository name is longer than ${NAME_MAX} characters`);
  if (tag !== void 0 && !TAG.test(tag)) throw new InvalidReferenceError(input, `invalid tag "${tag}"`);
  let dig;
  if (digest !== void 0) {
    try {
      dig = parseDigest(digest);
    } catch (e) {
      throw new InvalidReferenceError(input, e.message);
    }
  }
  const hub = reg === DOCKER_HUB;
  const ref = {
    registry: reg,
    repository: repo,
    ...tag !== void 0 ? { tag } : {},
    ...dig !== void 0 ? { digest: dig } : {},
    apiHost: hub ? DOCKER_HUB_API_HOST : reg,
    credentialKey: hub ? DOCKER_HUB_CREDENTIAL_KEY : reg,
    toString: () => formatReference(ref)
  };
  return Object.freeze(ref);
}
function parseReference(input, opts = {}) {
  if (input === "") throw new InvalidReferenceError(input, "empty reference");
  if (/\s/.test(input)) throw new InvalidReferenceError(input, "contains white space");
  let rest = input;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (digest === "") throw new InvalidReferenceError(input, 'empty digest after "@"');
  }
  let tag;
  const lastColon = rest.lastIndexOf(":");
  if (lastColon > rest.lastIndexOf("/")) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (tag === "") throw new InvalidReferenceError(input, 'empty tag after ":"');
    if (!TAG.test(tag)) throw new InvalidReferenceError(input, `invalid tag "${tag}"`);
  }
  if (rest === "") throw new InvalidReferenceError(input, "repository name is empty");
  const slash = rest.indexOf("/");
  let registry = DOCKER_HUB;
  let repository = rest;
  if (slash >= 0 && looksLikeDomain(rest.slice(0, slash))) {
    registry = rest.slice(0, slash);
    repository = rest.slice(slash + 1);
  } else if (slash < 0 && HEX64.test(rest) && tag === void 0 && digest === void 0) {
    throw new InvalidReferenceError(input, "a 64-character hexadecimal string is an image ID, not a repository name");
  }
  if (tag === void 0 && digest === void 0 && opts.defaultTag !== null) tag = opts.defaultTag ?? "latest";
  try {
    return makeReference(registry, repository, tag, digest);
  } catch (e) {
    if (e instanceof InvalidReferenceError) throw new InvalidReferenceError(input, e.message.replace(/^invalid reference "[^"]*": /, ""));
    throw e;
  }
}
function goReferenceError(value) {
  if (/^[a-f0-9]{64}$/.test(value)) return `invalid repository name (${value}), cannot specify 64-byte hexadecimal strings`;
  const slash = value.indexOf("/");
  const dockerHub = slash < 0 || !looksLikeDomain(value.slice(0, slash));
  let remainder = dockerHub ? value : value.slice(slash + 1);
  if (dockerHub && !remainder.includes("/")) remainder = `library/${remainder}`;
  const colon = remainder.indexOf(":");
  const remote = colon < 0 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote) return `invalid reference format: repository name (${remote}) must be lowercase`;
  return "invalid reference format";
}
function repositoryName(ref) {
  return `${ref.registry}/${ref.repository}`;
}
function formatReference(ref, style = "familiar") {
  let name = repositoryName(ref);
  if (style === "familiar" && ref.registry === DOCKER_HUB) {
    name = ref.repository.startsWith("library/") && ref.repository.split("/").length === 2 ? ref.repository.slice(8) : ref.repository;
  }
  return `${name}${ref.tag !== void 0 ? `:${ref.tag}` : ""}${ref.digest !== void 0 ? `@${ref.digest}` : ""}`;
}
function withTag(ref, tag) {
  return makeReference(ref.registry, ref.repository, tag);
}
function withDigest(ref, digest) {
  return makeReference(ref.registry, ref.repository, void 0, digest);
}
function tagsByRepository(refs) {
  const repos = /* @__PURE__ */ new Map();
  for (const r of refs) {
    const key = `${r.registry}/${r.repository}`;
    const entry = repos.get(key) ?? { repo: repositoryOf(r), tags: [] };
    if (r.tag) entry.tags.push(r.tag);
    repos.set(key, entry);
  }
  return [...repos.values()];
}
function repositoryOf(ref) {
  return makeReference(ref.registry, ref.repository);
}
function manifestId(ref) {
  return ref.digest ?? ref.tag ?? "latest";
}

export {
  normalizePlatform,
  parsePlatform,
  parseTargetPlatform,
  parsePlatformSpecifier,
  formatPlatform,
  selectPlatform,
  imageEntryFor,
  hostPlatform,
  uniquePlatforms,
  DOCKER_HUB,
  DOCKER_HUB_API_HOST,
  DOCKER_HUB_CREDENTIAL_KEY,
  InvalidReferenceError,
  isValidTag,
  makeReference,
  parseReference,
  goReferenceError,
  repositoryName,
  formatReference,
  withTag,
  withDigest,
  tagsByRepository,
  repositoryOf,
  manifestId
};
