/**
 * Mount-target hygiene (buildah's `layerMountTargets`, BuildKit's `MountStubsCleaner`): the empty files and
 * directories the sandbox created as mount points, and the parent directories overlayfs copied up only
 * because of them, are left out of the layer, so a RUN never ships an empty /etc/hosts or a touched /etc.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { components, type CreatedTarget } from './paths.js';

async function lstatOrUndef(p: string): Promise<import('node:fs').Stats | undefined> {
  try {
    return await lstat(p);
  } catch {
    return undefined;
  }
}

function rel(p: string): string {
  return components(p).join('/');
}

function parentOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

async function onlyExcludedChildren(upper: string, dir: string, excluded: Set<string>): Promise<boolean> {
  const names = await readdir(path.join(upper, dir)).catch(() => [] as string[]);
  return names.every((n) => excluded.has(dir ? `${dir}/${n}` : n));
}

/**
 * Paths (relative, '/'-separated, as in a layer tar) of the upper dir to leave out: created stubs still
 * empty, and copied-up ancestors whose only upper content is excluded and whose mode, owner and mtime are
 * the lower's. `lower` is the read-only view of the layers the step started from.
 */
export async function stubExclusions(upper: string, lower: string, stubs: CreatedTarget[]): Promise<string[]> {
  const excluded = new Set<string>();
  const created = [...new Set(stubs.flatMap((s) => s.created.map(rel)))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const p of created) {
    const st = await lstatOrUndef(path.join(upper, p));
    if (!st) continue;
    if (!st.isDirectory() || (await onlyExcludedChildren(upper, p, excluded))) excluded.add(p);
  }
  // Ancestors of what was excluded, deepest first: copied up by the stub's creation only?
  const ancestors = new Set<string>();
  for (const p of excluded) for (let a = parentOf(p); a !== ''; a = parentOf(a)) ancestors.add(a);
  for (const s of stubs) if (s.parent) for (let a = rel(s.parent.inRoot); a !== ''; a = parentOf(a)) ancestors.add(a);
  const ordered = [...ancestors].filter((a) => !excluded.has(a)).sort((a, b) => components(b).length - components(a).length);
  for (const a of ordered) {
    const up = await lstatOrUndef(path.join(upper, a));
    if (!up || !up.isDirectory()) continue;
    const low = await lstatOrUndef(path.join(lower, a));
    if (!low || !low.isDirectory()) continue;
    const same = up.mode === low.mode && up.uid === low.uid && up.gid === low.gid && Math.abs(up.mtimeMs - low.mtimeMs) < 0.002;
    if (same && (await onlyExcludedChildren(upper, a, excluded))) excluded.add(a);
  }
  return [...excluded].sort();
}
