/**
 * Can the native sandbox run here, and how? Root runs it directly; otherwise passwordless `sudo -n` runs
 * the privileged worker (GitHub-hosted runners). Either way util-linux `setpriv`/`unshare` and overlayfs
 * must work, which a real probe (an overlay mount in a throwaway mount namespace) checks.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { sys, which } from './sys.js';

/** How the native sandbox gets its privileges. */
export interface NativeSupport {
  ok: true;
  /** [] for root, [sudo, '-n', '--'] otherwise. */
  privilege: string[];
  setpriv: string;
  unshare: string;
}

/** Why the native sandbox cannot run. */
export interface NoNativeSupport {
  ok: false;
  reason: string;
}

const PROBE = `set -e
cd "$1"
mkdir l u w m
echo x > l/f
mount -t overlay overlay -o lowerdir=l,upperdir=u,workdir=w m
rm m/f
[ -c u/f ]
`;

/**
 * Probes the native sandbox: privileges (root or `sudo -n`), tools, and an overlay mount with a whiteout
 * inside `tempDir` (which must be on a filesystem overlayfs accepts as upper).
 */
export async function probeNative(tempDir: string, uid = process.getuid?.() ?? -1): Promise<NativeSupport | NoNativeSupport> {
  const [setpriv, unshare, sh] = await Promise.all([which('setpriv'), which('unshare'), which('sh')]);
  if (!setpriv || !unshare || !sh) return { ok: false, reason: 'util-linux `setpriv` and `unshare` are not installed' };
  let privilege: string[] = [];
  if (uid !== 0) {
    const sudo = await which('sudo');
    if (!sudo) return { ok: false, reason: 'not root, and `sudo` is not installed' };
    const r = await sys(sudo, ['-n', 'true'], { allowFail: true }).catch(() => ({ code: 1, stderr: 'cannot run sudo' }));
    if (r.code !== 0) return { ok: false, reason: `not root, and passwordless sudo is not available (${r.stderr || 'sudo -n true failed'})` };
    privilege = [sudo, '-n', '--'];
  }
  const dir = await mkdtemp(path.join(tempDir, 'hoist-probe-'));
  try {
    const [cmd, ...args] = [...privilege, unshare, '--mount', '--propagation', 'private', '--', sh, '-c', PROBE, 'probe', dir];
    const r = await sys(cmd, args, { allowFail: true });
    if (r.code !== 0) return { ok: false, reason: `overlayfs with namespaces does not work in ${tempDir}: ${r.stderr || `exit ${r.code}`}` };
  } finally {
    if (privilege.length) await sys(privilege[0], [...privilege.slice(1), 'rm', '-rf', '--one-file-system', dir], { allowFail: true });
    else await rm(dir, { recursive: true, force: true });
  }
  return { ok: true, privilege, setpriv, unshare };
}
