/** Predefined build arguments: platform args, proxy args and BuildKit built-ins. */
import { formatPlatform } from '../oci/platform.js';
import type { Platform } from '../oci/types.js';

/** Proxy args: usable without an ARG declaration, passed to RUN, kept out of history and cache keys. */
export const PROXY_ARGS = [
  'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy',
];

/** Build args BuildKit itself understands; never reported as unused. */
export const BUILTIN_ARGS = [
  'SOURCE_DATE_EPOCH', 'BUILDKIT_SYNTAX', 'BUILDKIT_CACHE_MOUNT_NS', 'BUILDKIT_CONTEXT_KEEP_GIT_DIR', 'BUILDKIT_INLINE_CACHE',
  'BUILDKIT_MULTI_PLATFORM', 'BUILDKIT_SANDBOX_HOSTNAME', 'BUILDKIT_DOCKERFILE_CHECK',
];

/** The automatic platform args (global scope; a stage sees them only after a bare `ARG NAME`). */
export function platformArgs(target: Platform, build: Platform): Map<string, string> {
  return new Map([
    ['TARGETPLATFORM', formatPlatform(target)],
    ['TARGETOS', target.os],
    ['TARGETARCH', target.architecture],
    ['TARGETVARIANT', target.variant ?? ''],
    ['BUILDPLATFORM', formatPlatform(build)],
    ['BUILDOS', build.os],
    ['BUILDARCH', build.architecture],
    ['BUILDVARIANT', build.variant ?? ''],
  ]);
}

/** The default PATH BuildKit puts in a Linux image config that has none. */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
