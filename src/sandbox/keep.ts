/**
 * After a successful step, its overlay upper dir *is* the step's layer unpacked for overlayfs (whiteouts as
 * 0/0 character devices, opaque directories marked), so it goes into the layer store under the layer tar's
 * diff_id instead of being thrown away and the tar unpacked again for the next step, as BuildKit stacks a
 * step's snapshot under the next. Mount stubs are removed first. What remains differs from an unpacked tar
 * only where it cannot change what a lower dir shows (whiteouts and opaque marks over nothing, copies of
 * lower entries), and in what BuildKit's next step sees too: nanosecond mtimes and every xattr.
 */
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { components, type CreatedTarget } from './paths.js';

/**
 * Moves `upper` to `<layersDir>/<diffHex>` (the hex sha256 of the layer tar it produced) unless that layer is
 * there already, after removing the mount stubs it created (`excluded` relative paths that are among the
 * created ones). Needs `upper` and `layersDir` on one filesystem; does nothing otherwise. The overlay must be
 * unmounted.
 */
export async function keepUpperAsLayer(upper: string, diffHex: string, layersDir: string, stubs: CreatedTarget[], excluded: string[]): Promise<boolean> {
  if (!/^[0-9a-f]{64}$/.test(diffHex)) throw new Error(`not a sha256 hex digest: ${diffHex}`);
  const [u, l] = await Promise.all([stat(upper), stat(layersDir).catch(() => undefined)]);
  if (!l || u.dev !== l.dev) return false;
  const final = path.join(layersDir, diffHex);
  if (await stat(final).then(() => true, () => false)) return false;
  const created = new Set(stubs.flatMap((s) => s.created.map((c) => components(c).join('/'))));
  // Deepest first; a created directory left in `excluded` holds only excluded stubs.
  for (const rel of excluded.filter((e) => created.has(e)).sort((a, b) => b.length - a.length)) {
    await rm(path.join(upper, rel), { recursive: true, force: true });
  }
  try {
    await rename(upper, final);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') return false;
    throw e;
  }
  return true;
}
