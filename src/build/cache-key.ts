import { createHash } from 'node:crypto';

/** Version of hoist's cache-key scheme; bump it when key material changes meaning. */
export const CACHE_KEY_VERSION = 'hoist-step-v3';

/** JSON with object keys sorted, so the same material always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * A step's cache key: sha256 over the key-scheme version, the parent key and the step's material (the
 * instruction after expansion, the ARG/ENV values visible to it, platform, user, workdir, and for COPY/ADD the
 * content hash of the selected files). Keys chain, so any change invalidates every later step.
 */
export function stepKey(parent: string, material: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalJson({ v: CACHE_KEY_VERSION, parent, material })).digest('hex');
}
