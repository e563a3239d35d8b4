/** A cache entry held by the local Actions cache service. */
export interface ServiceEntry {
  id: number;
  /** The git ref scope the entry was written in (from the writer's token). */
  scope: string;
  key: string;
  version: string;
  size: number;
  /** Creation order, strictly increasing: "newest" means the highest. */
  seq: number;
  createdAt: number;
  lastAccess: number;
  /** False while reserved (CreateCacheEntry done) but not finalized. */
  finalized: boolean;
  data?: Buffer;
}

/**
 * Key matching as the real service documents it ("Cache key matching"): for each readable scope in order
 * (the branch scope, then the default/base branch), an exact `key`, then the newest entry whose key starts
 * with `key`, then each restore key in order (exact, else the newest prefix match). Every step filters on
 * `version`; unfinalized entries are invisible.
 */
export function matchEntry(
  entries: Iterable<ServiceEntry>,
  scopes: readonly string[],
  key: string,
  restoreKeys: readonly string[],
  version: string,
): ServiceEntry | undefined {
  const all = [...entries].filter((e) => e.finalized && e.version === version);
  for (const scope of scopes) {
    const inScope = all.filter((e) => e.scope === scope);
    for (const k of [key, ...restoreKeys]) {
      const exact = inScope.find((e) => e.key === k);
      if (exact) return exact;
      const prefixed = inScope.filter((e) => e.key.startsWith(k)).sort((a, b) => b.seq - a.seq);
      if (prefixed.length > 0) return prefixed[0];
    }
  }
  return undefined;
}

/** Orders token scopes for reading: writable scopes (the run's own ref) first, then the others as listed. */
export function readOrder(scopes: readonly { Scope: string; Permission: number }[]): string[] {
  const readable = scopes.filter((s) => (s.Permission & 1) !== 0 || (s.Permission & 2) !== 0);
  const own = readable.filter((s) => (s.Permission & 2) !== 0).map((s) => s.Scope);
  const others = readable.filter((s) => (s.Permission & 2) === 0).map((s) => s.Scope);
  return [...new Set([...own, ...others])];
}
