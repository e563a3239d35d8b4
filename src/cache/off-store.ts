import { emptyReport, newStats } from './stats.js';
import type { CacheStore } from './types.js';

/** A store that caches nothing (`--cache off`): every lookup misses, save writes nothing. */
export function offStore(): CacheStore {
  const s = newStats('off');
  return {
    kind: 'off',
    load: async () => undefined,
    lookup: () => {
      s.lookups++;
      return undefined;
    },
    hasBlob: () => false,
    openBlob: async () => undefined,
    save: async () => ({ ...emptyReport(), skipped: 'the cache is off' }),
    stats: () => structuredClone(s),
    close: async () => undefined,
  };
}
