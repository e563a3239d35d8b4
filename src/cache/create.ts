import { DirCacheStore } from './dir-store.js';
import { GhaCacheStore } from './gha-store.js';
import { offStore } from './off-store.js';
import { RegistryCacheStore } from './registry-store.js';
import type { CacheStore, CacheStoreOptions } from './types.js';

/**
 * Creates the layer cache store a build uses: `gha` (the GitHub Actions cache, reading the ACTIONS_* variables
 * in `opts.env` as an action does), `dir` (a local directory, `opts.dir`), `registry` (a registry repository, `opts.registry`) or `off`. Nothing is read or
 * written before `load()`. Throws only for a `dir` store without a directory or a `registry` store without a reference.
 */
export function createCacheStore(opts: CacheStoreOptions): CacheStore {
  switch (opts.kind) {
    case 'gha':
      return new GhaCacheStore(opts);
    case 'dir':
      return new DirCacheStore(opts);
    case 'registry':
      return new RegistryCacheStore(opts);
    case 'off':
      return offStore();
    default:
      throw new Error(`unknown cache kind "${String((opts as { kind: unknown }).kind)}" (gha, dir, registry or off)`);
  }
}
