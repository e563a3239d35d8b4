/**
 * buildx's `--cache-from` / `--cache-to` (build-push-action's `cache-from` / `cache-to` inputs) mapped onto
 * hoist's one layer cache, for the action and the CLI alike: `type=gha` (with `mode=` and `scope=`) is the Actions
 * cache, `type=local` (`dest=` / `src=`) a directory, `type=registry` (`ref=`, or a bare reference) a registry
 * repository. The Actions cache and a directory are one store read and written, so a cache-from alone also
 * writes; buildx's `cache-from: src=A` + `cache-to: dest=B` pattern reads A by starting B as a copy of it. A
 * registry cache looks up the cache-from refs and writes only the cache-to ref, as buildx (registry-store.ts).
 * Other backends (inline, s3, azblob) are not hoist's. Pure: paths are resolved by the caller's function.
 */
import { cp, stat } from 'node:fs/promises';
import { splitCsv } from '../dockerfile/mounts.js';
import { parseReference, type Reference } from '../registry/reference.js';

/** One cache spec as given: which flag or input, its text, and where it was (`cache-to line 2`, `--cache-to`). */
export interface BuildxCacheSpecText {
  input: 'cache-from' | 'cache-to';
  text: string;
  where: string;
}

/** A spec that cannot be read; `where` names the flag or input line. */
export class BuildxCacheSpecError extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(message);
    this.name = 'BuildxCacheSpecError';
  }
}

/** What the specs ask of hoist's cache: the store (`mode` only when a spec says or implies it), or why none. */
export type BuildxCacheChoice = (
  | { kind: 'gha'; mode?: 'min' | 'max'; scope?: string; reason: string }
  | { kind: 'dir'; dir: string; mode?: 'min' | 'max'; seedFrom?: string; reason: string }
  | { kind: 'registry'; from: Reference[]; to?: Reference; mode?: 'min' | 'max'; reason: string }
) & { /** Specs of backends hoist does not keep (inline, s3 ...), left out beside the chosen one. */ ignored?: string }
  | { kind: 'none'; notice: string };

interface Spec {
  input: 'cache-from' | 'cache-to';
  attrs: Map<string, string>;
  where: string;
}

/** One spec's key=value attributes; as buildx, a value without `=` is a registry reference. */
function parseSpec(s: BuildxCacheSpecText): Spec {
  const attrs = new Map<string, string>();
  let fields: string[];
  try {
    fields = splitCsv(s.text, 'cache').map((f) => f.trim()).filter(Boolean);
  } catch (e) {
    throw new BuildxCacheSpecError(s.where, (e as Error).message);
  }
  if (fields.length === 1 && !fields[0].includes('=')) attrs.set('type', 'registry').set('ref', fields[0]);
  else {
    for (const f of fields) {
      const eq = f.indexOf('=');
      if (eq <= 0) throw new BuildxCacheSpecError(s.where, `expected key=value attributes such as type=gha,mode=max, got "${f}"`);
      attrs.set(f.slice(0, eq).trim().toLowerCase(), f.slice(eq + 1).trim());
    }
  }
  if (!attrs.has('type')) throw new BuildxCacheSpecError(s.where, `type= is missing in "${s.text}"`);
  return { input: s.input, attrs, where: s.where };
}

/**
 * The cache the specs choose (cache-to lines first, then cache-from, the first gha, local or registry one wins); undefined
 * when there are none. `resolve` makes a `dest=`/`src=` path absolute. Throws BuildxCacheSpecError naming the line.
 */
export function mapBuildxCache(specTexts: BuildxCacheSpecText[], resolve: (p: string) => string): BuildxCacheChoice | undefined {
  const specs = [...specTexts.filter((s) => s.input === 'cache-to'), ...specTexts.filter((s) => s.input === 'cache-from')].map(parseSpec);
  if (specs.length === 0) return undefined;
  const choice = pick(specs, resolve);
  if (choice.kind === 'none') return choice;
  // hoist keeps one cache: say which given specs it leaves out (types it does not keep, and known types beside
  // the chosen one; for a registry cache, cache-to lines after the first, which buildx would also write).
  const kept = choice.kind === 'dir' ? 'local' : choice.kind;
  const firstTo = specs.find((x) => x.input === 'cache-to' && x.attrs.get('type') === 'registry');
  const unknown = [...new Set(specs.map((x) => `type=${x.attrs.get('type')}`).filter((t) => !KNOWN.has(t)))];
  const unused = specs.filter((x) => KNOWN.has(`type=${x.attrs.get('type')}`) && (x.attrs.get('type') !== kept || (kept === 'registry' && x.input === 'cache-to' && x !== firstTo)));
  const parts = [
    ...(unknown.length ? [`${unknown.join(', ')} is not a cache hoist keeps; left out`] : []),
    ...(unused.length ? [`${unused.map((x) => `${x.where} (type=${x.attrs.get('type')})`).join(', ')} left out: hoist keeps one layer cache, ${choice.reason}`] : []),
  ];
  return parts.length ? { ...choice, ignored: parts.join('; ') } : choice;
}

const KNOWN = new Set(['type=gha', 'type=local', 'type=registry']);

function pick(specs: Spec[], resolve: (p: string) => string): BuildxCacheChoice {
  for (const { input, attrs, where } of specs) {
    const type = attrs.get('type')!;
    const mode = attrs.get('mode');
    if (mode !== undefined && mode !== 'min' && mode !== 'max') throw new BuildxCacheSpecError(where, `mode is min or max, got "${mode}"`);
    const to = input === 'cache-to';
    if (type === 'gha') {
      // buildx exports min unless told max; a cache-from alone says nothing about the mode.
      return { kind: 'gha', mode: to ? mode ?? 'min' : undefined, scope: attrs.get('scope'), reason: `${where} (type=gha)` };
    }
    if (type === 'registry') {
      // Every registry line counts: the first cache-to ref is written, the cache-from refs are read.
      const refOf = (x: Spec): Reference => {
        const text = x.attrs.get('ref');
        if (!text) throw new BuildxCacheSpecError(x.where, 'type=registry needs ref=');
        try {
          return parseReference(text);
        } catch (e) {
          throw new BuildxCacheSpecError(x.where, `ref: ${(e as Error).message}`);
        }
      };
      const registry = specs.filter((x) => x.attrs.get('type') === 'registry');
      const toSpec = registry.find((x) => x.input === 'cache-to');
      const toMode = toSpec?.attrs.get('mode');
      return {
        kind: 'registry',
        from: registry.filter((x) => x.input === 'cache-from').map(refOf),
        to: toSpec ? refOf(toSpec) : undefined,
        // As buildx: a cache-to exports min unless it says max.
        mode: toSpec ? (toMode === 'max' ? 'max' : 'min') : undefined,
        reason: `${where} (type=registry)`,
      };
    }
    if (type === 'local') {
      const dir = attrs.get('dest') ?? attrs.get('src');
      if (!dir) throw new BuildxCacheSpecError(where, 'type=local needs dest= (cache-to) or src= (cache-from)');
      // cache-from's src, when it is another directory, is what a new dest starts from.
      const src = specs.find((x) => x.input === 'cache-from' && x.attrs.get('type') === 'local' && x.attrs.get('src'))?.attrs.get('src');
      const seedFrom = src && resolve(src) !== resolve(dir) ? resolve(src) : undefined;
      return { kind: 'dir', dir: resolve(dir), mode: to ? mode ?? 'min' : mode, seedFrom, reason: `${where} (type=local)` };
    }
  }
  const types = [...new Set(specs.map((s) => `type=${s.attrs.get('type')}`))].join(', ');
  return { kind: 'none', notice: `${types} is not a cache hoist keeps (it uses the Actions cache, a directory or a registry)` };
}

/**
 * Starts directory `to` as a copy of `from` (buildx's local cache pattern reads one directory and writes
 * another), when `to` does not exist yet. Best effort: returns a warning instead of failing the build.
 */
export async function seedCacheDir(from: string, to: string): Promise<{ seeded: boolean; warning?: string }> {
  if (await stat(to).then(() => true, () => false)) return { seeded: false };
  if (!(await stat(from).then((st) => st.isDirectory(), () => false))) return { seeded: false };
  try {
    await cp(from, to, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
    return { seeded: true };
  } catch (e) {
    return { seeded: false, warning: `could not copy ${from} to ${to}: ${(e as Error).message}; starting empty` };
  }
}
