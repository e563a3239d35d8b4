import { compileComponent, hasWildcards, unescapeLiteral } from './glob.js';

/** Metadata of a source entry, whatever backs the tree (a directory on disk, or an image's layers). */
export interface TreeStat {
  type: 'file' | 'dir' | 'symlink' | 'hardlink' | 'char' | 'block' | 'fifo' | 'socket';
  /** Permission bits (0o7777). */
  mode: number;
  uid: number;
  gid: number;
  /** Seconds since the epoch (fractions allowed). */
  mtime: number;
  size: number;
  /** Identity of the file's data: entries sharing one are hardlinks of each other. */
  linkId?: string;
  /** Symlink target. */
  linkname?: string;
  /** A device node's numbers. */
  devmajor?: number;
  devminor?: number;
  /** The xattrs a copy keeps (`security.capability`). */
  xattrs?: Record<string, Buffer>;
}

/** A tree COPY and ADD read from: the build context, or a stage's or image's filesystem. */
export interface SourceTree {
  /** Entry at exactly this path (no symlink following), or undefined when missing or hidden. */
  lstat(rel: string): Promise<TreeStat | undefined>;
  /** Visible children of a directory, in byte order. */
  readdir(rel: string): Promise<string[]>;
  /** Resolves symlinks inside the tree's root (securejoin semantics). */
  resolve(rel: string, followLast?: boolean): Promise<string>;
  /** Host path of a regular file's bytes. */
  contentPath(rel: string): Promise<string>;
}

/** Error for a source that does not exist in its tree. */
export class SourceNotFoundError extends Error {
  /** `resolved`: the path after the tree's symlinks, which BuildKit names (`"/shared/config.yml": not found`). */
  constructor(readonly source: string, where: string, readonly resolved?: string) {
    super(`"${source}" not found in ${where}`);
    this.name = 'SourceNotFoundError';
  }
}

/**
 * A wildcard source whose directory (the part before the first wildcard) is missing: BuildKit walks that directory
 * for matches and fails with the walk's `lstat` error. (An existing directory with no match is an empty copy.)
 */
export class WildcardDirMissingError extends Error {
  constructor(readonly source: string, dir: string, where: string) {
    super(`lstat /${dir}: no such file or directory (the directory of "${source}" in ${where})`);
    this.name = 'WildcardDirMissingError';
  }
}

/** Cleans a source path: clamps '..' and a leading '/' to the root, drops '.' and trailing slashes. */
export function cleanSource(rel: string): string {
  const out: string[] = [];
  for (const p of rel.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return out.join('/');
}

/**
 * Resolves one COPY/ADD source to the paths it names, as BuildKit does: clamped to the root; wildcards
 * (Go filepath.Match per component, `*` never crossing '/') match from the first wildcard component on; a
 * matched directory is not searched further; an empty wildcard match is allowed, a missing literal is an error, and
 * so is a wildcard's missing directory (WildcardDirMissingError; a symlink to nowhere is missing).
 */
export async function resolveSourceIn(tree: SourceTree, source: string, where: string, opts: { globstar?: boolean } = {}): Promise<string[]> {
  const cleaned = cleanSource(source);
  if (!hasWildcards(cleaned)) {
    const rel = cleanSource(unescapeLiteral(cleaned));
    const resolved = rel === '' ? '' : await tree.resolve(rel);
    if (rel !== '' && !(await tree.lstat(resolved))) throw new SourceNotFoundError(source, where, resolved);
    return [rel];
  }
  const parts = cleaned.split('/');
  const first = parts.findIndex((p) => hasWildcards(p));
  const base = cleanSource(parts.slice(0, first).map(unescapeLiteral).join('/'));
  const patterns = parts.slice(first).map((p) => compileComponent(p));
  // `COPY --parents` matches as BuildKit's include patterns do: a `**` component is any number of directories.
  const globstar = parts.slice(first).map((p) => opts.globstar === true && p === '**');
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = async (dirRel: string, depth: number, shownPrefix: string): Promise<void> => {
    if (globstar[depth] && depth < patterns.length - 1) {
      // Zero directories here, then one more level for each subdirectory.
      await visit(dirRel, depth + 1, shownPrefix);
      for (const name of await tree.readdir(dirRel)) {
        const childRel = dirRel === '' ? name : `${dirRel}/${name}`;
        const st = await tree.lstat(await tree.resolve(childRel));
        if (st?.type === 'dir') await visit(await tree.resolve(childRel), depth, shownPrefix === '' ? name : `${shownPrefix}/${name}`);
      }
      return;
    }
    for (const name of await tree.readdir(dirRel)) {
      if (!patterns[depth].test(name)) continue;
      const childRel = dirRel === '' ? name : `${dirRel}/${name}`;
      const shown = shownPrefix === '' ? name : `${shownPrefix}/${name}`;
      if (depth === patterns.length - 1) {
        // `**` can reach one path by several routes.
        if (!seen.has(shown)) {
          seen.add(shown);
          out.push(shown);
        }
      } else {
        const st = await tree.lstat(await tree.resolve(childRel));
        if (st?.type === 'dir') await visit(await tree.resolve(childRel), depth + 1, shown);
      }
    }
  };
  const baseResolved = await tree.resolve(base);
  const st = baseResolved === '' ? { type: 'dir' } : await tree.lstat(baseResolved);
  if (!st) throw new WildcardDirMissingError(source, base, where);
  if (st.type === 'dir') await visit(baseResolved, 0, base);
  return out;
}
