/**
 * The read-only views `mountRootfs` has mounted and not released yet. A view mounted after the executor's
 * worker started is not in that worker's mount namespace (a private copy made at its start), so a step
 * binding from one runs in a fresh worker instead (`native.ts`).
 */

const active = new Set<string>();

/** Records a mounted view root. */
export function addView(root: string): void {
  active.add(root);
}

/** Forgets a released view. */
export function removeView(root: string): void {
  active.delete(root);
}

/** True when `p` is a mounted view root or below one. */
export function underView(p: string): boolean {
  for (const v of active) if (p === v || p.startsWith(`${v}/`)) return true;
  return false;
}
