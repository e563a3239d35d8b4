import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);

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

export {
  normalizePlatform,
  parsePlatform,
  formatPlatform,
  selectPlatform,
  hostPlatform
};
