import { isIndexMediaType } from './media-types.js';
import type { Descriptor, Platform } from './types.js';

/** Error for a platform string that cannot be parsed. */
export class InvalidPlatformError extends Error {
  constructor(readonly input: string, reason: string) {
    super(`invalid platform "${input}": ${reason}`);
    this.name = 'InvalidPlatformError';
  }
}

const ARCH_ALIASES: Record<string, string> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  armhf: 'arm',
  armel: 'arm',
  i386: '386',
  i686: '386',
};

/**
 * Normalises a platform as containerd's `platforms.Normalize` does: lower case, architecture aliases,
 * `arm64` variant `v8` dropped, `arm` without a variant meaning `v7`.
 */
export function normalizePlatform(p: Platform): Platform {
  const os = p.os.toLowerCase();
  let architecture = p.architecture.toLowerCase();
  let variant = p.variant?.toLowerCase() || undefined;
  if (architecture === 'armhf') variant ??= 'v7';
  if (architecture === 'armel') variant ??= 'v6';
  architecture = ARCH_ALIASES[architecture] ?? architecture;
  if (architecture === 'arm64' && variant === 'v8') variant = undefined;
  if (architecture === 'arm' && variant === undefined) variant = 'v7';
  if (architecture === 'arm' && variant === '8') variant = 'v8';
  if (architecture === 'amd64' && variant === 'v1') variant = undefined;
  const out: Platform = { os, architecture };
  if (variant) out.variant = variant;
  if (p['os.version']) out['os.version'] = p['os.version'];
  return out;
}

/** Parses `os/arch[/variant]` (for example `linux/amd64` or `linux/arm/v7`). */
export function parsePlatform(input: string): Platform {
  const parts = input.trim().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((x) => x === '')) {
    throw new InvalidPlatformError(input, 'expected os/arch or os/arch/variant');
  }
  if (!parts.every((x) => /^[A-Za-z0-9_.-]+$/.test(x))) throw new InvalidPlatformError(input, 'unexpected characters');
  const [os, architecture, variant] = parts;
  return normalizePlatform({ os, architecture, variant });
}

/**
 * A target platform as buildx reads `--platform` (containerd's platforms.Parse): `os/arch[/variant]`, or one component,
 * an OS or an architecture, the rest the host's (`linux`, `arm64`).
 */
export function parseTargetPlatform(input: string, host: Platform = hostPlatform()): Platform {
  return input.includes('/') ? parsePlatform(input) : parsePlatformSpecifier(input, host);
}

const KNOWN_OS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'windows', 'zos']);
const KNOWN_ARCH = new Set(['386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'ppc64', 'ppc64le', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm']);

/**
 * Parses a platform specifier as containerd's `platforms.Parse` (what BuildKit applies to `FROM --platform`), with
 * its messages: one component is an OS (the architecture is the host's) or else an architecture (the OS is linux),
 * components are `[A-Za-z0-9_-]+`, at most three of them.
 */
export function parsePlatformSpecifier(input: string, host: Platform = hostPlatform()): Platform {
  const bad = (reason: string): Error => new Error(`${reason}: invalid argument`);
  if (input.includes('*')) throw bad(`"${input}": wildcards not yet supported`);
  const parts = input.split('/');
  // The first component is `os[(os.version)]`, the others plain (containerd/platforms 0.2, Engine 26's).
  const osAndVersion = /^([A-Za-z0-9_-]+)(?:\(([A-Za-z0-9_.-]*)\))?$/.exec(parts[0]);
  if (!osAndVersion) throw bad(`"${parts[0]}" is an invalid OS component of "${input}": OSAndVersion specifier component must match "^([A-Za-z0-9_-]+)(?:\\\\(([A-Za-z0-9_.-]*)\\\\))?$"`);
  const osVersion = osAndVersion[2] ? { 'os.version': osAndVersion[2] } : {};
  parts[0] = osAndVersion[1];
  for (const part of parts.slice(1)) {
    if (!/^[A-Za-z0-9_-]+$/.test(part)) throw bad(`"${part}" is an invalid component of "${input}": platform specifier component must match "^[A-Za-z0-9_-]+$"`);
  }
  if (parts.length === 1) {
    const os = parts[0].toLowerCase() === 'macos' ? 'darwin' : parts[0].toLowerCase();
    if (KNOWN_OS.has(os)) return normalizePlatform({ os, architecture: host.architecture, variant: host.variant, ...osVersion });
    const arch = normalizePlatform({ os: 'linux', architecture: parts[0] });
    if (KNOWN_ARCH.has(arch.architecture)) return arch;
    throw bad(`"${input}": unknown operating system or architecture`);
  }
  if (parts.length > 3) throw bad(`"${input}": cannot parse platform specifier`);
  const [os, architecture, variant] = parts;
  return normalizePlatform({ os: os.toLowerCase() === 'macos' ? 'darwin' : os, architecture, variant, ...osVersion });
}

/** Formats a platform as `os/arch[/variant]`. */
export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/** True when an index entry's platform satisfies the wanted one (after normalisation). */
export function platformMatches(candidate: Platform, wanted: Platform): boolean {
  const c = normalizePlatform(candidate);
  const w = normalizePlatform(wanted);
  if (c.os !== w.os || c.architecture !== w.architecture) return false;
  if (w.variant === undefined) return true;
  return c.variant === w.variant;
}

/**
 * Picks the best entry for a platform from index entries: an exact variant match first, then for arm an
 * older compatible variant (v7 runs v6 and v5 images), as containerd's matcher orders them.
 */
export function selectPlatform<T extends { platform?: Platform }>(entries: readonly T[], wanted: Platform): T | undefined {
  const w = normalizePlatform(wanted);
  const exact = entries.find((e) => e.platform && platformMatches(e.platform, w));
  if (exact) return exact;
  if (w.architecture === 'arm' && w.variant) {
    const order = ['v8', 'v7', 'v6', 'v5'];
    for (const v of order.slice(order.indexOf(w.variant) + 1)) {
      const hit = entries.find((e) => e.platform && platformMatches(e.platform, { ...w, variant: v }));
      if (hit) return hit;
    }
  }
  return undefined;
}

/** The image manifest entry of an index for `wanted` (nested indexes left out), or why there is none. */
export function imageEntryFor(manifests: readonly Descriptor[], wanted: Platform): { entry: Descriptor } | { missing: string } {
  const entries = manifests.filter((m) => !isIndexMediaType(m.mediaType));
  const entry = selectPlatform(entries, wanted);
  if (entry) return { entry };
  const have = entries.map((m) => (m.platform ? formatPlatform(m.platform) : 'unknown')).join(', ');
  return { missing: `no image for platform ${formatPlatform(wanted)} (the index has ${have || 'no images'})` };
}

/** The platform of the machine running hoist (Linux, Node's arch names mapped to OCI's). */
export function hostPlatform(arch: string = process.arch): Platform {
  const map: Record<string, Platform> = {
    x64: { os: 'linux', architecture: 'amd64' },
    arm64: { os: 'linux', architecture: 'arm64' },
    arm: { os: 'linux', architecture: 'arm', variant: 'v7' },
    ia32: { os: 'linux', architecture: '386' },
    ppc64: { os: 'linux', architecture: 'ppc64le' },
    s390x: { os: 'linux', architecture: 's390x' },
    riscv64: { os: 'linux', architecture: 'riscv64' },
  };
  return map[arch] ?? { os: 'linux', architecture: arch };
}

/** The platforms without repeats (`linux/amd64,linux/x86_64` is one), first spelling kept, as buildx dedupes them. */
export function uniquePlatforms(list: Platform[]): Platform[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const k = formatPlatform(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
