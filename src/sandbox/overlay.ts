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
import { ShellBatch } from './sys.js';

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

/** Options of an overlay mount, first the preferred set, then fallbacks for older kernels. */
function optionSets(lowerdir: string, extra: string[], ro: boolean): string[] {
  // volatile needs an upper dir: read-only views skip it.
  const sets = ro ? OPTION_SETS.filter((o) => !o.includes('volatile')) : OPTION_SETS;
  return sets.map((opts) => [...(ro ? ['ro'] : []), `lowerdir=${lowerdir}`, ...extra, ...opts].join(','));
}

/** Adds an overlay mount to a batch: `cd` to the links dir, try each option set until one mounts. */
function addOverlay(b: ShellBatch, linksDir: string, target: string, sets: string[]): void {
  const tries = sets.map(() => 'mount -t overlay overlay -o % % 2>>"$ERR"').join(' || ');
  b.add(`cd % && { ${tries} || { cat "$ERR" >&2; exit 1; }; }`, linksDir, ...sets.flatMap((o) => [o, target]));
}

/**
 * Mounts the step's tree under `dir` in one go: `merged` = lower dirs (bottom to top) + a fresh upper dir,
 * and `lower` = the read-only view of the lower dirs alone. `dir` must be empty and on a filesystem
 * overlayfs accepts as upper (ext4, xfs, btrfs, tmpfs).
 */
export async function mountStepOverlays(dir: string, lowers: string[]): Promise<OverlayDirs & { lower: string }> {
  const d = { upper: path.join(dir, 'upper'), work: path.join(dir, 'work'), merged: path.join(dir, 'merged'), lower: path.join(dir, 'lower') };
  const empty = path.join(dir, 'empty');
  const empty2 = path.join(dir, 'empty2');
  for (const p of [d.upper, d.work, d.merged, d.lower, empty, empty2]) await mkdir(p, { recursive: true, mode: 0o755 });
  const stepLower = await lowerLinks(path.join(dir, 's'), lowers, empty);
  const viewLower = await lowerLinks(path.join(dir, 'v'), [empty, ...(lowers.length ? lowers : [empty2])], empty);
  const b = new ShellBatch();
  b.add('ERR=%', path.join(dir, 'mount-errors'));
  addOverlay(b, path.join(dir, 's', 'l'), d.merged, optionSets(stepLower, [`upperdir=${d.upper}`, `workdir=${d.work}`], false));
  addOverlay(b, path.join(dir, 'v', 'l'), d.lower, optionSets(viewLower, [], true));
  await b.run(`mounting the step's overlay in ${dir} (needs root and overlayfs with upper dirs on this filesystem)`);
  return d;
}

/**
 * Mounts a read-only view of the lower dirs (bottom to top) at `target`, using links under `linkDir`. An
 * empty directory is stacked at the bottom (overlayfs wants two lowers without an upper dir).
 */
export async function mountLowerView(linkDir: string, lowers: string[], target: string): Promise<void> {
  const empty = path.join(linkDir, 'empty');
  const empty2 = path.join(linkDir, 'empty2');
  for (const p of [empty, empty2, target]) await mkdir(p, { recursive: true });
  const lowerdir = await lowerLinks(linkDir, [empty, ...(lowers.length ? lowers : [empty2])], empty);
  const b = new ShellBatch();
  b.add('ERR=%', path.join(linkDir, 'mount-errors'));
  addOverlay(b, path.join(linkDir, 'l'), target, optionSets(lowerdir, [], true));
  await b.run(`mounting a read-only view at ${target}`);
}
