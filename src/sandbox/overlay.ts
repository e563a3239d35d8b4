/**
 * overlayfs mounts: the step's writable tree (unpacked layers as lower dirs + a fresh upper dir) and the
 * read-only view of the lower dirs alone (what the step started from).
 *
 * Lower dirs that share one parent (the layer store) are named relative to it, the mount running there; a
 * stack too long for the one-page mount option limit that way goes through short symlinks (`<dir>/l/<n>`)
 * instead, so 100+ layers fit, as containers/storage does with its `l/` links.
 * `redirect_dir=off`, `metacopy=off` and `index=off` keep every change as a plain copy in the upper dir,
 * which is what makes the upper dir convertible to a tar; `volatile` skips syncs for a tree that is
 * thrown away anyway (dropped on kernels that lack it).
 */
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { MountBatch } from './mounter.js';

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

/** mount(2) takes one page of options; what is left of it after lowerdir's value. */
const OPTION_BYTES = 4095;
const OTHER_OPTIONS = 200;

/**
 * The lowerdir value (top first) and the directory to mount from. Names relative to the lowers' common
 * parent when they all have one and the value fits; `fixed` (already short) entries go below them as given.
 * Otherwise `<dir>/l/<n>` links (creating them).
 */
async function lowerValue(dir: string, lowers: string[], fixed: string[], extraBytes: number): Promise<{ cwd: string; value: string }> {
  const parent = lowers.length ? path.dirname(lowers[0]) : undefined;
  if (parent && lowers.every((l) => path.dirname(l) === parent && !path.basename(l).includes(':') && !path.basename(l).includes(','))) {
    const value = [...lowers.map((l) => path.basename(l)).reverse(), ...fixed.slice().reverse()].join(':');
    if (Buffer.byteLength(value) + extraBytes + OTHER_OPTIONS < OPTION_BYTES) return { cwd: parent, value };
  }
  return { cwd: path.join(dir, 'l'), value: await lowerLinks(dir, [...fixed, ...lowers]) };
}

/** Creates `<dir>/l/<n>` links to the lower dirs (bottom to top) and returns the relative lowerdir value (top first). */
async function lowerLinks(dir: string, all: string[]): Promise<string> {
  const links = path.join(dir, 'l');
  await mkdir(links, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const name = i.toString(36);
    await symlink(all[i], path.join(links, name));
    names.push(name);
  }
  return names.reverse().join(':');
}

/**
 * The lower dirs (bottom to top) with each directory only at its topmost place: overlayfs refuses a lowerdir
 * listed twice ("conflicting lowerdir path"), which a stack has whenever two steps gave the same layer (two
 * RUNs that changed nothing, the same COPY twice). The topmost copy already adds, replaces and whites out
 * everything the lower one would, so the merged tree is the same.
 */
export function topmostLowers(lowers: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = lowers.length - 1; i >= 0; i--) {
    const key = path.resolve(lowers[i]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(lowers[i]);
  }
  return out.reverse();
}

/** Options of an overlay mount, first the preferred set, then fallbacks for older kernels. */
function optionSets(lowerdir: string, extra: string[], ro: boolean): string[] {
  // volatile needs an upper dir: read-only views skip it.
  const sets = ro ? OPTION_SETS.filter((o) => !o.includes('volatile')) : OPTION_SETS;
  return sets.map((opts) => [`lowerdir=${lowerdir}`, ...extra, ...opts].join(','));
}

/** Adds an overlay mount to a batch: from `cwd` (relative lower dirs), the first option set that mounts. */
function addOverlay(b: MountBatch, cwd: string, target: string, sets: string[], ro: boolean): void {
  b.cd(cwd).mount('overlay', 'overlay', target, ro ? ['ro'] : [], sets);
}

/**
 * Mounts the step's tree under `dir` in one go: `merged` = lower dirs (bottom to top) + a fresh upper dir,
 * and `lower` = the read-only view of the lower dirs alone. `dir` must be empty and on a filesystem
 * overlayfs accepts as upper (ext4, xfs, btrfs, tmpfs).
 */
export async function mountStepOverlays(dir: string, layerDirs: string[]): Promise<OverlayDirs & { lower: string }> {
  const lowers = topmostLowers(layerDirs);
  const d = { upper: path.join(dir, 'upper'), work: path.join(dir, 'work'), merged: path.join(dir, 'merged'), lower: path.join(dir, 'lower') };
  const empty = path.join(dir, 'empty');
  const empty2 = path.join(dir, 'empty2');
  for (const p of [d.upper, d.work, d.merged, d.lower, empty, ...(lowers.length ? [] : [empty2])]) await mkdir(p, { mode: 0o755 });
  const upperOpts = [`upperdir=${d.upper}`, `workdir=${d.work}`];
  const step = lowers.length ? await lowerValue(path.join(dir, 's'), lowers, [], upperOpts.join(',').length) : { cwd: dir, value: 'empty' };
  const view = lowers.length ? await lowerValue(path.join(dir, 'v'), lowers, [empty], 0) : { cwd: dir, value: 'empty2:empty' };
  const b = new MountBatch();
  addOverlay(b, step.cwd, d.merged, optionSets(step.value, upperOpts, false), false);
  addOverlay(b, view.cwd, d.lower, optionSets(view.value, [], true), true);
  await b.run(`mounting the step's overlay in ${dir} (needs root and overlayfs with upper dirs on this filesystem)`);
  return d;
}

/**
 * Mounts a read-only view of the lower dirs (bottom to top) at `target`, using links under `linkDir`. An
 * empty directory is stacked at the bottom (overlayfs wants two lowers without an upper dir).
 */
export async function mountLowerView(linkDir: string, layerDirs: string[], target: string): Promise<void> {
  const lowers = topmostLowers(layerDirs);
  const empty = path.join(linkDir, 'empty');
  const empty2 = path.join(linkDir, 'empty2');
  for (const p of [empty, empty2, target]) await mkdir(p, { recursive: true });
  const view = lowers.length ? await lowerValue(linkDir, lowers, [empty], 0) : { cwd: linkDir, value: 'empty2:empty' };
  const b = new MountBatch();
  addOverlay(b, view.cwd, target, optionSets(view.value, [], true), true);
  await b.run(`mounting a read-only view at ${target}`);
}
