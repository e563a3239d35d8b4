import { createHash } from 'node:crypto';
import { createReadStream, lstatSync, readFileSync } from 'node:fs';
import { readFile, readlink, writeFile, rename, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BuildContext } from './context.js';
import { DigestPrefetch, signature } from './digest-prefetch.js';

/**
 * The files one COPY/ADD has hashed so far, by inode (`dev:ino`), with where each was first seen: hashTree
 * records a later name of the same file as a hardlink to the first, as COPY writes it. `at` names the tree
 * being hashed (its source and match).
 */
export interface HardlinkScope {
  seen: Map<string, string>;
  at: string;
}

/** Bounds of what `prefetch` reads ahead. */
export interface PrefetchLimits {
  files: number;
  bytes: number;
}
const PREFETCH_LIMITS: PrefetchLimits = { files: 100_000, bytes: 1 << 30 };

/**
 * Content hashes of build-context trees for cache keys: names, types, modes, sizes, link targets and bytes —
 * never mtimes, never owners (COPY, context bind mounts and named contexts make every context file 0:0, as buildx
 * sends the context with owners reset: an owner changes nothing a step makes) — with every record length-framed
 * so different inputs can never run together (kaniko's `-`-joined key collisions). A file's bytes are re-read
 * only when its stat signature changed.
 */
export class ContextHasher {
  private readonly known = new Map<string, string>();
  private dirty = false;
  private prefetched?: DigestPrefetch;

  private constructor(private readonly cacheFile?: string) {}

  /** A hasher that remembers file digests in `cacheFile` between builds (or only in memory). */
  static async open(cacheFile?: string): Promise<ContextHasher> {
    const h = new ContextHasher(cacheFile);
    if (cacheFile) {
      try {
        const data = JSON.parse(await readFile(cacheFile, 'utf8')) as Record<string, string>;
        for (const [k, v] of Object.entries(data)) h.known.set(k, v);
      } catch {
        // no cache yet, or unreadable: start empty
      }
    }
    return h;
  }

  /** Writes the remembered digests back (best effort). */
  async save(): Promise<void> {
    if (!this.cacheFile || !this.dirty) return;
    await mkdir(path.dirname(this.cacheFile), { recursive: true });
    const tmp = `${this.cacheFile}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(Object.fromEntries(this.known)));
    await rename(tmp, this.cacheFile);
    this.dirty = false;
  }

  /**
   * Starts reading the files under the COPY/ADD context sources a build will hash (`sources`, wildcards allowed,
   * resolved here as COPY resolves them) on a worker thread (digest-prefetch.ts) while the build does other
   * things; `hashTree` then waits for a digest instead of reading, when the worker read the file `hashTree` sees
   * (same stat signature) and has got near it. Missing sources are skipped, and files past the limits are left
   * to `hashTree`. Best effort: it never fails.
   */
  async prefetch(context: BuildContext, sources: readonly string[], limits: PrefetchLimits = PREFETCH_LIMITS): Promise<void> {
    const found = new Set<string>();
    for (const src of sources) {
      try {
        for (const m of await context.resolveSource(src)) found.add(context.resolveSync(m));
      } catch {
        // missing or unreadable: hashTree reports it if a step needs it
      }
    }
    const roots = [...found].sort();
    const outer = roots.filter((r) => !roots.some((a) => a !== r && (a === '' || r.startsWith(`${a}/`))));
    const paths: string[] = [];
    let bytes = 0;
    walk: for (const rel of outer) {
      try {
        for (const e of context.walkSync(rel)) {
          if (!e.stat.isFile() || this.known.has(`${e.abs}\0${signature(e.stat)}`)) continue;
          if (paths.length >= limits.files) break walk;
          if (bytes + e.stat.size > limits.bytes) continue;
          paths.push(e.abs);
          bytes += e.stat.size;
        }
      } catch {
        // vanished since: hashTree reports it if a step needs it
      }
    }
    if (paths.length === 0) return;
    void this.prefetched?.close();
    this.prefetched = new DigestPrefetch(paths);
  }

  /** Stops reading ahead (the build is over). */
  async close(): Promise<void> {
    await this.prefetched?.close();
    this.prefetched = undefined;
  }

  /** sha256 (hex) of a file's bytes, remembered by stat signature (read again only when the file changed). */
  async digestOfFile(abs: string): Promise<string> {
    // Synchronous: COPY asks this once per copied file, and a promise lstat costs ten times as much (35 µs a file).
    const st = lstatSync(abs);
    return this.fileDigest(abs, signature(st), st.size);
  }

  private async fileDigest(abs: string, sig: string, size: number): Promise<string> {
    const key = `${abs}\0${sig}`;
    const known = this.known.get(key);
    if (known) return known;
    const read = await this.prefetched?.near(abs);
    if (read?.sig === sig) {
      this.known.set(key, read.digest);
      this.dirty = true;
      return read.digest;
    }
    const hash = createHash('sha256');
    if (size <= 1 << 20) hash.update(readFileSync(abs));
    else for await (const chunk of createReadStream(abs)) hash.update(chunk as Buffer);
    const digest = hash.digest('hex');
    this.known.set(key, digest);
    this.dirty = true;
    return digest;
  }

  /**
   * Hash of the tree at `rel` (its root entry included, named `name`), following a symlink at the root as COPY
   * does. `exclude` is tested on paths relative to the tree root.
   */
  async hashTree(tree: BuildContext, rel: string, name: string, exclude?: (rel: string, isDir: boolean) => boolean, links?: HardlinkScope): Promise<string> {
    const root = await tree.resolve(rel);
    const hash = createHash('sha256');
    const record = (fields: unknown[]) => {
      const line = Buffer.from(JSON.stringify(fields));
      const len = Buffer.alloc(4);
      len.writeUInt32BE(line.length);
      hash.update(len);
      hash.update(line);
    };
    for (const e of tree.walkSync(root)) {
      const relName = e.rel === root ? '' : e.rel.slice(root === '' ? 0 : root.length + 1);
      const st = e.stat;
      if (relName !== '' && exclude?.(relName, st.isDirectory())) continue;
      const type = st.isFile() ? 'f' : st.isDirectory() ? 'd' : st.isSymbolicLink() ? 'l' : st.isFIFO() ? 'p' : st.isCharacterDevice() ? 'c' : st.isBlockDevice() ? 'b' : 's';
      // A socket is copied as an empty file with its mode (BuildContext.lstat).
      const fields: unknown[] = [relName === '' ? name : relName, type, st.mode & 0o7777];
      if (type === 'f') {
        fields.push(st.size, await this.fileDigest(e.abs, signature(st), st.size));
        // COPY writes a second name of a file it already copied (same inode) as a hardlink to the first: which
        // files are linked is part of the layer, so it is part of the key (only links inside the step count).
        if (links && st.nlink > 1) {
          const id = `${st.dev}:${st.ino}`;
          const first = links.seen.get(id);
          if (first !== undefined) fields.push(['hardlink', first]);
          else links.seen.set(id, `${links.at}\0${relName}`);
        }
      } else if (type === 'l') fields.push(await readlink(e.abs));
      else if (type === 'c' || type === 'b') fields.push(Number(st.rdev));
      record(fields);
    }
    return hash.digest('hex');
  }
}
