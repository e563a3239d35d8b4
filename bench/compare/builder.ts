/**
 * The contract between the comparison harness and a builder: prepared once, told to wipe its local state
 * before each build (a fresh runner; not timed), and asked to build and push one context (its commands timed
 * whole, as CI runs them). Also the local-directory cache accounting shared by the builders that keep
 * their cache in a directory (restored and saved by actions/cache on a real runner).
 */
import { cp, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { GhaCacheService } from '../../__tests__/support/gha-cache-service.js';
import type { BuilderInfo } from './types.js';

/** Where a builder's cache traffic is counted. */
export type CacheChannel = 'gha' | 'cache-registry' | 'local-dir' | 'image';

/** What one sequence (a fixture's cold, warm, no-op and warm-from-main builds, one run) gives the builders. */
export interface SequenceEnv {
  /** Scratch directory of this sequence (local caches live here). */
  work: string;
  /** Image registry (through its counting proxy), host:port. */
  registry: string;
  /** Cache registry (through its counting proxy), host:port. */
  cacheRegistry: string;
  /** The Actions cache service of this sequence. */
  gha: GhaCacheService;
  /** Repository of the image, e.g. `bench/busybox-app`. */
  repo: string;
}

/** One build: the context, the branch it runs on, and the log file for the builder's output. */
export interface BuildSpec {
  context: string;
  branch: 'main' | 'feature';
  log: string;
}

/** The cache refs a build reads, best first: its branch's, and main's for a branch build. */
export const branchRefs = (spec: BuildSpec): string[] => (spec.branch === 'main' ? ['main'] : [spec.branch, 'main']);

/** Cache bytes a builder measured itself (local-directory caches). */
export interface LocalCacheBytes {
  cacheDown: number;
  cacheUp: number;
}

/** A build's result: the wall time of its commands (build, and pull/push where separate), and local cache bytes. */
export interface BuildOutcome {
  ms: number;
  cache?: LocalCacheBytes;
}

/** What `prepare` found. */
export interface Prepared {
  version?: string;
  unavailable?: string;
}

/** Where `prepare` may work: a scratch directory for the run, and the repository (hoist's sources). */
export interface PrepareEnv {
  scratch: string;
  repo: string;
}

/** A builder configuration under test. */
export interface Builder {
  info: Omit<BuilderInfo, 'version' | 'unavailable'>;
  channel: CacheChannel;
  /** Matches each step the builder's output reports as taken from its cache (global flag). */
  cachedPattern: RegExp;
  /** Installs or starts what the builder needs; reports its version or why it cannot run here. */
  prepare(env: PrepareEnv): Promise<Prepared>;
  /** Wipes the builder's local state, as on a fresh runner (the remote caches and registries are kept). */
  wipe(seq: SequenceEnv, spec: BuildSpec): Promise<void>;
  /**
   * Builds `spec.context` and pushes it to `<registry>/<repo>:<branch>`, exporting its cache. Only the builder's
   * commands are timed (bookkeeping such as listing a cache directory is not).
   */
  build(seq: SequenceEnv, spec: BuildSpec): Promise<BuildOutcome>;
  /** Stops what `prepare` started. */
  finish(): Promise<void>;
}

/** Every regular file under `dir` (relative path -> size); empty when `dir` does not exist. */
export async function listing(dir: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    out.set(path.relative(dir, full), (await stat(full)).size);
  }
  return out;
}

/** Total bytes of a listing. */
export function listingBytes(l: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of l.values()) n += v;
  return n;
}

/** True when two listings name the same files with the same sizes. */
export function sameListing(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/**
 * Cache bytes of a local-directory cache persisted with actions/cache: the whole directory is downloaded before
 * the build (`before`), and uploaded whole after it when it changed (`after`), else nothing.
 */
export function localCacheBytes(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): LocalCacheBytes {
  return { cacheDown: listingBytes(before), cacheUp: sameListing(before, after) ? 0 : listingBytes(after) };
}

/** Replaces `dest` with a copy of `src` (or removes it when `src` does not exist). */
export async function replaceDir(src: string, dest: string): Promise<void> {
  await rm(dest, { recursive: true, force: true });
  await cp(src, dest, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
}
