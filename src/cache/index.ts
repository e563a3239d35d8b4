export * from './types.js';
export { createCacheStore } from './create.js';
export { DEFAULT_GHA_ROOT } from './gha-store.js';
export { masksTo } from './gha-actions.js';
export { resolveScope, type CacheScope, type ScopeParts } from './scope.js';
