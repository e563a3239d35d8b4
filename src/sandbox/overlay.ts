/**
 * overlayfs mounts: the step's writable tree (unpacked layers as lower dirs + a fresh upper dir) and the
 * read-only view of the lower dirs alone (what the step started from).
 *
 * Lower dirs are passed through short symlinks (`<dir>/l/<n>`) and relative names, so a stack of 100+
 * layers fits the one-page mount option limit, as containers/storage does with its `l/` links.
 * `redirect_dir=off`, `metacopy=off` and `index=off` keep every change as a plain copy in the upper dir,
 * which is what makes the upper dir convertible to a tar; `volatile` skips syncs for a tree that is
 * thrown away anyway (dropped on kernels that lack it).
 */
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { sys } from './sys.js';
import { SandboxError } from './types.js';

/** The directories of one writable overlay. */
export interface OverlayDirs {
  upper: string;
  work: string;
  merged: string;
}

const OPTION_SETS = [
  ['index=off', 'redirect_dir=off', 'metacopy=off', 'volatile'],
  ['index=off', 'redirect_dir=off', 'metacopy=off'],
  ['index=off', 'redirect_dir=off'],
  [],
];

/** Creates `<dir>/l/<n>` links to the lower dirs and returns the relative lowerdir value (top first). */
async function lowerLinks(dir: string, lowers: string[], empty: string): Promise<string> {
  const links = path.join(dir, 'l');
  await mkdir(links, { recursive: true });
  const all = lowers.length ? lowers : [empty];
  const names: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const name = i.toString(36);
    await symlink(all[i], path.join(links, name));
    names.push(name);
  }
  return names.reverse().join(':');
}

async function tryMount(what: string, lowerdir: string, cwd: string, target: string, extra: string[], ro: boolean): Promise<void> {
  let lastErr = '';
  for (const opts of OPTION_SETS) {
    const o = [`lowerdir=${lowerdir}`, ...extra, ...opts].join(',');
    const r = await sys('mount', ['-t', 'overlay', 'overlay', '-o', ro ? `ro,${o}` : o, target], { cwd, allowFail: true });
    if (r.code === 0) return;
    lastErr = r.stderr;
  }
  throw new SandboxError(`cannot mount the ${what} overlay at ${target}: ${lastErr} (needs root and overlayfs with upper dirs on ${path.dirname(target)})`);
}

/**
 * Mounts the step's tree under `dir`: `merged` = lower dirs (bottom to top) + a fresh upper dir.
 * `dir` must be empty and on a filesystem overlayfs accepts as upper (ext4, xfs, btrfs, tmpfs).
 */
export async function mountStepOverlay(dir: string, lowers: string[]): Promise<OverlayDirs> {
  const d: OverlayDirs = { upper: path.join(dir, 'upper'), work: path.join(dir, 'work'), merged: path.join(dir, 'merged') };
  const empty = path.join(dir, 'empty');
  for (const p of [d.upper, d.work, d.merged, empty]) await mkdir(p, { recursive: true, mode: 0o755 });
  const lowerdir = await lowerLinks(dir, lowers, empty);
  await tryMount('step', lowerdir, path.join(dir, 'l'), d.merged, [`upperdir=${d.upper}`, `workdir=${d.work}`], false);
  return d;
}

/**
 * Mounts a read-only view of the lower dirs (bottom to top) at `target`, using `<linkDir>/l`-style links
 * under `linkDir`. An empty directory is stacked at the bottom (overlayfs wants two lowers without upper).
 */
export async function mountLowerView(linkDir: string, lowers: string[], target: string): Promise<void> {
  const empty = path.join(linkDir, 'empty');
  const empty2 = path.join(linkDir, 'empty2');
  for (const p of [empty, empty2, target]) await mkdir(p, { recursive: true });
  const stack = [empty, ...(lowers.length ? lowers : [empty2])];
  const lowerdir = await lowerLinks(linkDir, stack, empty);
  await tryMount('read-only', lowerdir, path.join(linkDir, 'l'), target, [], true);
}
