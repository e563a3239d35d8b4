/**
 * Files overlayfs copied up without changing them (a `chown` to the same owner, a `setfattr user.*` whose
 * attribute Docker does not keep, an open for writing that wrote nothing) are left out of the layer, as
 * BuildKit's overlay differ does: a path in the lower is a change unless type, mode, owner, size, mtime,
 * device, link target, `security.capability` and contents are all equal (link counts do not count: a file
 * copied up to get a new hardlink is left out, and the new name is written as a file). Files under an opaque
 * directory are compared too: the layer writer hides the lower entries there with whiteouts, not the marker.
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import type { Xattrs } from '../oci/layer/xattr.js';

type BigStat = import('node:fs').BigIntStats;

async function sameContent(a: string, b: string): Promise<boolean> {
  const ra = createReadStream(a, { highWaterMark: 1 << 20 });
  const rb = createReadStream(b, { highWaterMark: 1 << 20 });
  const ia = ra[Symbol.asyncIterator]();
  const ib = rb[Symbol.asyncIterator]();
  let bufA: Buffer = Buffer.alloc(0);
  let bufB: Buffer = Buffer.alloc(0);
  try {
    for (;;) {
      if (bufA.length === 0) {
        const n = await ia.next();
        bufA = n.done ? Buffer.alloc(0) : (n.value as Buffer);
        if (n.done && bufB.length === 0) {
          const m = await ib.next();
          return m.done === true;
        }
      }
      if (bufB.length === 0) {
        const m = await ib.next();
        if (m.done) return false;
        bufB = m.value as Buffer;
      }
      if (bufA.length === 0) return false;
      const k = Math.min(bufA.length, bufB.length);
      if (!bufA.subarray(0, k).equals(bufB.subarray(0, k))) return false;
      bufA = bufA.subarray(k);
      bufB = bufB.subarray(k);
    }
  } finally {
    ra.destroy();
    rb.destroy();
  }
}

/** security.capability of each file (hex), for files that have one. One getfattr run. */
function capabilities(files: string[]): Promise<Map<string, string>> {
  return new Promise((resolve) => {
    if (files.length === 0) return resolve(new Map());
    const child = spawn('getfattr', ['-h', '-n', 'security.capability', '-e', 'hex', '--absolute-names', '--', ...files], { stdio: ['ignore', 'pipe', 'ignore'], env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin', LC_ALL: 'C' } });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.on('error', () => resolve(new Map([['', 'unknown']])));
    child.on('close', () => {
      const m = new Map<string, string>();
      let file = '';
      for (const line of out.split('\n')) {
        if (line.startsWith('# file: ')) file = line.slice(8);
        else if (line.startsWith('security.capability=')) m.set(file, line.slice('security.capability='.length));
      }
      resolve(m);
    });
  });
}

function sameMeta(u: BigStat, l: BigStat): boolean {
  return u.mode === l.mode && u.uid === l.uid && u.gid === l.gid && u.size === l.size && u.mtimeNs === l.mtimeNs && u.rdev === l.rdev;
}

/**
 * Relative paths of upper-dir files and symlinks identical to what the lower view has at the same path.
 * `upperXattrs` reads the upper tree's xattrs (relative paths as keys; only called when there are
 * candidates), used for opaque directories and capabilities; `lowerStat` looks a path up in the lower view without following symlinks on the way.
 */
export async function unchangedCopyUps(
  upper: string,
  lower: string,
  upperXattrs: () => Promise<Map<string, Xattrs>>,
  lowerStat: (rel: string) => Promise<BigStat | undefined>,
): Promise<string[]> {
  const candidates: string[] = [];
  const visit = async (rel: string): Promise<void> => {
    const raw = await readdir(path.join(upper, rel), { encoding: 'buffer' }).catch(() => [] as Buffer[]);
    for (const bytes of raw) {
      const name = bytes.toString('utf8');
      // Names that are not UTF-8 are kept as they are (never compared).
      if (!Buffer.from(name, 'utf8').equals(bytes)) continue;
      const r = rel ? `${rel}/${name}` : name;
      const up = await lstat(path.join(upper, r), { bigint: true });
      if (up.isDirectory()) {
        // A directory the lower layers do not have holds no copy-ups: skip it whole.
        if ((await lowerStat(r))?.isDirectory()) await visit(r);
        continue;
      }
      if (!(up.isFile() || up.isSymbolicLink())) continue;
      const low = await lowerStat(r);
      if (!low || !sameMeta(up, low)) continue;
      if (up.isSymbolicLink()) {
        if ((await readlink(path.join(upper, r))) === (await readlink(path.join(lower, r)))) candidates.push(r);
        continue;
      }
      if (await sameContent(path.join(upper, r), path.join(lower, r))) candidates.push(r);
    }
  };
  await visit('');
  if (candidates.length === 0) return [];
  // Only now read the upper tree's xattrs (capabilities). A file below an opaque directory is compared too: the
  // layer writer hides the lower entries with whiteouts (never the marker), so a file written back as it was
  // (`cp -a` out, `rm -rf`, back in) is no change, as for BuildKit's differ, which compares the two trees.
  const xattrs = await upperXattrs();
  const files = candidates.filter((r) => !r.includes('\n'));
  const lowerCaps = await capabilities(files.map((r) => path.join(lower, r)));
  if (lowerCaps.has('')) return [];
  return files.filter((r) => {
    const up = xattrs.get(r)?.['security.capability']?.toString('hex');
    const low = lowerCaps.get(path.join(lower, r))?.replace(/^0x/, '');
    return up === low;
  });
}
