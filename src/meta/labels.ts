import { renderGlobal, type ExpressionContext } from './expressions.js';
import type { ListEntry } from './input-list.js';
import type { RepoInfo } from './types.js';

/** The eight OCI keys metadata-action always sets, in the order it lists them. */
export function ociAnnotations(repo: RepoInfo, version: string | undefined, now: Date, sha: string): string[] {
  return [
    `org.opencontainers.image.title=${repo.name || ''}`,
    `org.opencontainers.image.description=${repo.description || ''}`,
    `org.opencontainers.image.url=${repo.htmlUrl || ''}`,
    `org.opencontainers.image.source=${repo.htmlUrl || ''}`,
    `org.opencontainers.image.version=${version || ''}`,
    `org.opencontainers.image.created=${now.toISOString()}`,
    `org.opencontainers.image.revision=${sha || ''}`,
    `org.opencontainers.image.licenses=${repo.license || ''}`,
  ];
}

/**
 * The OCI keys overridden by the custom lines (rendered with the global expressions), as `[key, value]`
 * pairs sorted by key. A line without `=` is dropped; a later key replaces an earlier one; a value may
 * contain `=`.
 */
export function mergeAnnotations(base: readonly string[], custom: readonly ListEntry[], ctx: ExpressionContext, input: string): Array<[string, string]> {
  const lines = [...base, ...custom.map((c) => renderGlobal(c.text, ctx, `${input} line ${c.line}`))];
  const map = new Map<string, string>();
  for (const line of lines) {
    const [key, ...values] = line.split('=');
    if (values.length === 0) continue;
    map.set(key, values.join('='));
  }
  // metadata-action sorts with localeCompare; a fixed locale keeps the order the same on every machine.
  return [...map].sort((a, b) => a[0].localeCompare(b[0], 'en'));
}

/** `key=value` lines of pairs. */
export function toLines(pairs: ReadonlyArray<[string, string]>): string[] {
  return pairs.map(([k, v]) => `${k}=${v}`);
}

/** The pairs as an object (metadata-action's `json.labels`; key order is kept for non-numeric keys). */
export function toRecord(pairs: ReadonlyArray<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of pairs) out[k] = v;
  return out;
}

/**
 * An annotation key that names its levels already, as buildx's `--annotation` takes it (`index:KEY`,
 * `manifest[linux/amd64]:KEY`, several at once: `index,manifest:KEY`).
 */
const LEVEL = String.raw`(?:manifest|index|manifest-descriptor|index-descriptor)(?:\[[^\]]*\])?`;
const LEVELED = new RegExp(`^${LEVEL}(?:,${LEVEL})*:`);

/**
 * Each annotation line prefixed with each level (`manifest:key=value`), level by level. A line that names its level
 * (`index:org.opencontainers.image.description=...`, as build-push-action's `annotations` input is written) keeps
 * it and is listed once, after the leveled ones: metadata-action would prefix it again (`manifest:index:...`), an
 * annotation key no one means.
 */
export function withLevels(pairs: ReadonlyArray<[string, string]>, levels: readonly string[]): string[] {
  const plain = pairs.filter(([k]) => !LEVELED.test(k));
  return [...levels.flatMap((level) => plain.map(([k, v]) => `${level}:${k}=${v}`)), ...pairs.filter(([k]) => LEVELED.test(k)).map(([k, v]) => `${k}=${v}`)];
}
