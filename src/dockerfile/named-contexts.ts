/**
 * Named build contexts (`docker buildx build --build-context NAME=VALUE`, build-push-action's `build-contexts`):
 * a name the Dockerfile uses as a stage, a FROM image or a `--from` source is replaced.
 *
 *   NAME=docker-image://REF   the image REF instead (a stage of that name is not built; its FROM is REF)
 *   NAME=oci-layout://DIR[:TAG][@DIGEST]
 *                             an image in a local OCI image layout, as buildx reads one: the manifest (or index)
 *                             DIGEST names, else the index.json entry whose io.containerd.image.name, or else
 *                             org.opencontainers.image.ref.name, is TAG (default `latest`), else the only entry
 *   NAME=GIT-URL[#REF[:DIR]]  a Git repository's files (https://host/o/r.git, git@host:o/r.git...), fetched first
 *   NAME=PATH                 a local directory: FROM NAME starts from its files, COPY --from=NAME and
 *                             RUN --mount from=NAME read them (its own .dockerignore applies)
 *
 * Names are matched as BuildKit's dockerui does: both sides in the familiar reference form with `:latest`
 * dropped, so `alpine` matches `FROM alpine`, `FROM alpine:latest` and `FROM docker.io/library/alpine`.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseDigest } from '../oci/digest.js';
import { parseReference } from '../registry/reference.js';
import { parseGitContext, type GitContextRef } from '../context/git-context.js';

export type NamedContext =
  | { kind: 'image'; ref: string }
  | { kind: 'local'; dir: string }
  | { kind: 'oci-layout'; dir: string; tag: string; digest?: string }
  /** A Git repository (BuildKit's Git URL forms), fetched as a local directory when the build first uses it (BuildDeps.fetchGitContext). */
  | { kind: 'git'; git: GitContextRef };

/** Named contexts by normalized name. */
export type NamedContexts = ReadonlyMap<string, NamedContext>;

export class NamedContextError extends Error {
  constructor(readonly spec: string, detail: string) {
    super(`build context "${spec}": ${detail}`);
    this.name = 'NamedContextError';
  }
}

/** BuildKit's key for a name: the familiar reference without `:latest`; undefined when it is not a reference. */
export function contextKey(name: string): string | undefined {
  try {
    return String(parseReference(name, { defaultTag: null })).replace(/:latest$/, '');
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with a local named context's directory, in buildx's words (`failed to get build context NAME: DIR:
 * no such file or directory`), checked before a build starts; undefined when it is a directory or not local.
 */
export function localContextProblem(name: string, ctx: NamedContext): string | undefined {
  if (ctx.kind !== 'local') return undefined;
  const st = statSync(ctx.dir, { throwIfNoEntry: false });
  return st?.isDirectory() ? undefined : `failed to get build context ${name}: ${ctx.dir}: ${st ? 'not a directory' : 'no such file or directory'}`;
}

/** Parses one `NAME=VALUE`; a relative path resolves against `cwd`. */
export function parseNamedContext(spec: string, cwd: string): [string, NamedContext] {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new NamedContextError(spec, 'expected NAME=VALUE (VALUE a directory, docker-image://REF or oci-layout://DIR)');
  const name = spec.slice(0, eq).trim();
  const value = spec.slice(eq + 1).trim();
  const key = contextKey(name);
  if (!key) throw new NamedContextError(spec, `"${name}" is not a valid context name (a stage name or an image reference)`);
  if (value === '') throw new NamedContextError(spec, 'empty value');
  if (value.startsWith('docker-image://')) {
    const ref = value.slice('docker-image://'.length);
    try {
      parseReference(ref);
    } catch (e) {
      throw new NamedContextError(spec, (e as Error).message);
    }
    return [key, { kind: 'image', ref }];
  }
  if (value.startsWith('oci-layout://')) return [key, parseLayoutContext(spec, value.slice('oci-layout://'.length), cwd)];
  let git: GitContextRef | undefined;
  try {
    git = parseGitContext(value);
  } catch (e) {
    throw new NamedContextError(spec, (e as Error).message);
  }
  if (git) return [key, { kind: 'git', git }];
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    const scheme = value.slice(0, value.indexOf(':'));
    throw new NamedContextError(spec, `${scheme}:// contexts are not supported: give a directory, a Git URL (ending in .git), docker-image://REF or oci-layout://DIR`);
  }
  if (/^target:/.test(value)) throw new NamedContextError(spec, 'target: contexts (docker buildx bake) are not supported: give a directory, docker-image://REF or oci-layout://DIR');
  return [key, { kind: 'local', dir: path.resolve(cwd, value) }];
}

/**
 * `DIR[:TAG][@DIGEST]` of an `oci-layout://` value, split as buildx splits it: the digest after the first `@`,
 * then the tag after the first `:` (so DIR holds neither); TAG defaults to `latest`.
 */
function parseLayoutContext(spec: string, rest: string, cwd: string): NamedContext {
  const at = rest.indexOf('@');
  const digest = at < 0 ? undefined : rest.slice(at + 1);
  const dirTag = at < 0 ? rest : rest.slice(0, at);
  const colon = dirTag.indexOf(':');
  const dir = colon < 0 ? dirTag : dirTag.slice(0, colon);
  const tag = colon < 0 ? 'latest' : dirTag.slice(colon + 1);
  if (dir === '') throw new NamedContextError(spec, 'oci-layout:// needs a directory');
  if (digest !== undefined) {
    try {
      parseDigest(digest);
    } catch (e) {
      throw new NamedContextError(spec, (e as Error).message);
    }
  }
  return { kind: 'oci-layout', dir: path.resolve(cwd, dir), tag, ...(digest !== undefined ? { digest } : {}) };
}

/** Parses every `NAME=VALUE`; a name given twice is an error. */
export function parseNamedContexts(specs: readonly string[], cwd: string): Map<string, NamedContext> {
  const out = new Map<string, NamedContext>();
  for (const spec of specs) {
    const [key, ctx] = parseNamedContext(spec, cwd);
    if (out.has(key)) throw new NamedContextError(spec, `the name "${key}" is given twice`);
    out.set(key, ctx);
  }
  return out;
}

/** The context a Dockerfile name (stage name, FROM image, --from value) stands for, if any. */
export function lookupNamedContext(contexts: NamedContexts | undefined, name: string): NamedContext | undefined {
  if (!contexts?.size) return undefined;
  const key = contextKey(name);
  return key === undefined ? undefined : contexts.get(key);
}
