import { readdirSync } from 'node:fs';
import { formatPlatform, hostPlatform, normalizePlatform } from '../oci/platform.js';
import type { Platform } from '../oci/types.js';

/** QEMU's name for an OCI architecture (binfmt_misc handlers are registered as `qemu-<name>`). */
const QEMU_ARCH: Record<string, string> = { amd64: 'x86_64', arm64: 'aarch64', arm: 'arm', '386': 'i386', ppc64le: 'ppc64le', s390x: 's390x', riscv64: 'riscv64', mips64le: 'mips64el' };

/**
 * Why RUN cannot execute binaries of `target` on this machine, or undefined when it can: the same architecture,
 * a 32-bit variant the CPU runs natively (arm on arm64, 386 on amd64), or a registered binfmt_misc handler
 * (QEMU). `binfmtEntries` lists /proc/sys/fs/binfmt_misc (passed in for tests).
 */
export function emulationProblem(target: Platform, host: Platform = hostPlatform(), binfmtEntries: () => string[] = listBinfmt): string | undefined {
  const t = normalizePlatform(target);
  const h = normalizePlatform(host);
  if (t.os !== 'linux') return `RUN cannot execute ${formatPlatform(t)} binaries on ${formatPlatform(h)}`;
  if (t.architecture === h.architecture) return undefined;
  if ((h.architecture === 'arm64' && t.architecture === 'arm') || (h.architecture === 'amd64' && t.architecture === '386')) return undefined;
  const qemu = QEMU_ARCH[t.architecture] ?? t.architecture;
  if (binfmtEntries().some((e) => e === `qemu-${qemu}` || e.startsWith(`qemu-${qemu}`))) return undefined;
  return `RUN needs to execute ${formatPlatform(t)} binaries on this ${formatPlatform(h)} machine: register QEMU with binfmt_misc first (on GitHub: docker/setup-qemu-action; on Debian: the qemu-user-static and binfmt-support packages), or build this platform on a native runner`;
}

function listBinfmt(): string[] {
  try {
    return readdirSync('/proc/sys/fs/binfmt_misc');
  } catch {
    return []; // not mounted
  }
}
