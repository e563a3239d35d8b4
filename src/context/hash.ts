import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { readFile, readlink, writeFile, rename, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BuildContext } from './context.js';

/**
 * Content hashes of build-context trees for cache keys: names, types, modes, owners, sizes, link targets and
 * bytes — never mtimes — with every record length-framed so different inputs can never run together
 * (kaniko's `-`-joined key collisions). A file's bytes are re-read only when its stat signature changed.
 */
export class ContextHasher {
  private readonly known = new Map<string, string>();
  private dirty = false;

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

  private async fileDigest(abs: string, sig: string): Promise<string> {
    const key = `${abs}\0${sig}`;
    const hit = this.known.get(key);
    if (hit) return hit;
    const hash = createHash('sha256');
    const size = Number(sig.split(':')[2]);
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
  async hashTree(tree: BuildContext, rel: string, name: string, exclude?: (rel: string, isDir: boolean) => boolean): Promise<string> {
    const root = await tree.resolve(rel);
    const hash = createHash('sha256');
    const record = (fields: unknown[]) => {
      const line = Buffer.from(JSON.stringify(fields));
      const len = Buffer.alloc(4);
      len.writeUInt32BE(line.length);
      hash.update(len);
      hash.update(line);
    };
    for await (const e of tree.walk(root)) {
      const relName = e.rel === root ? '' : e.rel.slice(root === '' ? 0 : root.length + 1);
      const st = e.stat;
      if (relName !== '' && exclude?.(relName, st.isDirectory())) continue;
      const type = st.isFile() ? 'f' : st.isDirectory() ? 'd' : st.isSymbolicLink() ? 'l' : st.isFIFO() ? 'p' : st.isCharacterDevice() ? 'c' : st.isBlockDevice() ? 'b' : 's';
      if (type === 's') continue;
      const fields: unknown[] = [relName === '' ? name : relName, type, st.mode & 0o7777, st.uid, st.gid];
      if (type === 'f') {
        const sig = `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
        fields.push(st.size, await this.fileDigest(e.abs, sig));
      } else if (type === 'l') fields.push(await readlink(e.abs));
      else if (type === 'c' || type === 'b') fields.push(Number(st.rdev));
      record(fields);
    }
    return hash.digest('hex');
  }
}
