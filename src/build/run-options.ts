/**
 * Build-wide RUN options, as `docker buildx build` takes them: `--network` (the network of every RUN without its
 * own `--network`), `--add-host` (lines added to the /etc/hosts a RUN sees), `--shm-size` (the size of the
 * tmpfs every RUN gets at /dev/shm) and `--ulimit` (resource limits of RUN's processes). Pure parsers; errors
 * name the value.
 */
import { isIP } from 'node:net';
import { parseRamBytes } from '../dockerfile/mounts.js';
import type { RunNetwork, Ulimit } from '../sandbox/types.js';

/** One `--add-host`: a name and the address it resolves to in RUN steps. */
export interface ExtraHost {
  host: string;
  ip: string;
}

export class RunOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunOptionError';
  }
}

/**
 * `--network`: `default` (BuildKit's own, here the host's network, as RUN steps have without the flag), `host`
 * or `none`. Other modes (a Docker network name) are BuildKit's "network mode not supported" error.
 */
export function parseNetworkMode(value: string): RunNetwork {
  const v = value.trim();
  if (v === '' || v === 'default') return 'default';
  if (v === 'host' || v === 'none') return v;
  throw new RunOptionError(`network mode "${v}" not supported: use default, host or none`);
}

/**
 * `--add-host NAME:IP` (or `NAME=IP`, as Docker accepts since 25; the split is at the first `=`, else the first
 * `:`, so an IPv6 address may follow a `:`). The address may be in brackets. `host-gateway` names the Docker
 * bridge's gateway, which hoist's RUN steps do not have (they share the host's network): refused.
 */
export function parseExtraHost(value: string): ExtraHost {
  const v = value.trim();
  let sep = v.indexOf('=');
  if (sep < 0) sep = v.indexOf(':');
  if (sep <= 0) throw new RunOptionError(`invalid extra host "${value}": expected NAME:IP`);
  const host = v.slice(0, sep);
  let ip = v.slice(sep + 1);
  if (/^\[.*\]$/.test(ip)) ip = ip.slice(1, -1);
  if (ip === 'host-gateway') throw new RunOptionError(`extra host "${value}": host-gateway is the Docker bridge's gateway; hoist's RUN steps share the host's network, so give an address (127.0.0.1 is the host)`);
  if (!isIP(ip)) throw new RunOptionError(`invalid extra host "${value}": "${ip}" is not an IP address`);
  if (/\s/.test(host)) throw new RunOptionError(`invalid extra host "${value}": the name has spaces`);
  return { host, ip };
}

/**
 * `--shm-size`: bytes, as Docker's go-units RAMInBytes reads them: a number (decimals allowed) and an optional
 * binary unit `k`, `m`, `g`, `t`, `p`, with an optional `i` and `b` (`128m`, `1.5g`, `64MiB`, `2 GB`). BuildKit
 * mounts a tmpfs of that size at /dev/shm in every RUN; 0 leaves the default.
 */
export function parseShmSize(value: string): number {
  try {
    return parseRamBytes(value.trim());
  } catch {
    throw new RunOptionError(`invalid shm size "${value}": expected a size such as 256m or 2g`);
  }
}

/** The resource names Docker's `--ulimit` takes (go-units), each prlimit's option of the same name. */
const ULIMITS = new Set(['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack']);

/** `--ulimit NAME=SOFT[:HARD]`, as go-units ParseUlimit reads it: HARD defaults to SOFT; -1 is unlimited. */
export function parseUlimit(value: string): Ulimit {
  const v = value.trim();
  const eq = v.indexOf('=');
  if (eq < 0) throw new RunOptionError(`invalid ulimit argument "${value}": expected NAME=SOFT[:HARD]`);
  const name = v.slice(0, eq);
  if (!ULIMITS.has(name)) throw new RunOptionError(`invalid ulimit type "${name}" (one of ${[...ULIMITS].join(', ')})`);
  const parts = v.slice(eq + 1).split(':');
  if (parts.length > 2 || !parts.every((p) => /^[-+]?\d+$/.test(p))) throw new RunOptionError(`invalid ulimit argument "${value}": expected NAME=SOFT[:HARD] with integers`);
  const num = (p: string): number => {
    const n = Number(p);
    // -1 is unlimited; other negative values and values past 2^53 are refused rather than passed on wrong.
    if ((n < 0 && n !== -1) || !Number.isSafeInteger(n)) throw new RunOptionError(`invalid ulimit argument "${value}": ${p} is out of range (-1 for unlimited)`);
    return n;
  };
  const soft = num(parts[0]);
  const hard = parts.length === 2 ? num(parts[1]) : soft;
  // go-units: soft may not exceed hard, unless hard is -1 (unlimited).
  if (hard !== -1 && (soft === -1 || soft > hard)) throw new RunOptionError(`ulimit "${value}": the soft limit must be less than or equal to the hard limit`);
  return { name, soft, hard };
}
