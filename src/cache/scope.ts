import { createHash } from 'node:crypto';
import { canRead, canWrite, type TokenScope } from './token.js';

/** What an Actions-cache scope is derived from when none is given. */
export interface ScopeParts {
  image?: string;
  dockerfile?: string;
  target?: string;
  platform?: string;
}

/** A resolved cache scope: a readable name and the fixed-length id used in entry keys. */
export interface CacheScope {
  name: string;
  id: string;
}

/** First `length` hex characters of sha256(text). */
export function shortHash(text: string, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * The scope of a build's index: the explicit scope when given, else one derived from image, Dockerfile,
 * target and platform, so several images, targets and matrix legs in one repository never share an index.
 * The id is a fixed-length hash, so no scope's keys are a prefix of another's.
 */
export function resolveScope(explicit: string | undefined, parts: ScopeParts = {}): CacheScope {
  const name =
    explicit !== undefined && explicit.trim() !== ''
      ? explicit.trim()
      : [
          parts.image?.trim() || '-',
          parts.dockerfile?.trim() || 'Dockerfile',
          `target=${parts.target?.trim() || '-'}`,
          parts.platform?.trim() || '-',
        ].join(' ');
  return { name, id: shortHash(`hoist-scope\0${name}`) };
}

/** The refs whose index entries a build reads (in priority order) and the ref it writes to. */
export interface RefPlan {
  /** The ref new entries are written in (the token's writable scope), undefined when none is writable. */
  writeRef?: string;
  /** Refs to read, best first: the run's own ref, the pull request's base, the default branch, then other token scopes. */
  readRefs: string[];
}

/**
 * Plans the refs from the workflow context and, when it can be decoded, the runtime token's scopes
 * (which are exactly what the service lets the run read and write).
 */
export function planRefs(input: {
  ref?: string;
  baseRef?: string;
  defaultBranch?: string;
  tokenScopes?: TokenScope[];
  maxRefs?: number;
}): RefPlan {
  const branch = (name: string | undefined) => (name ? (name.startsWith('refs/') ? name : `refs/heads/${name}`) : undefined);
  const wanted = [input.ref, branch(input.baseRef), branch(input.defaultBranch)].filter((r): r is string => !!r);
  const max = input.maxRefs ?? 4;
  if (!input.tokenScopes) {
    return { writeRef: input.ref, readRefs: [...new Set(wanted)].slice(0, max) };
  }
  const readable = input.tokenScopes.filter(canRead).map((s) => s.scope);
  const writeRef = input.tokenScopes.find(canWrite)?.scope;
  const ordered = [...(writeRef ? [writeRef] : []), ...wanted.filter((r) => readable.includes(r)), ...readable];
  return { writeRef, readRefs: [...new Set(ordered)].slice(0, max) };
}
