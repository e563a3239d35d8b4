import { parseDigest, type Digest } from '../oci/digest.js';

/**
 * Image references, parsed once into a typed value (distribution/reference's grammar with Docker's
 * normalisation: `busybox` is `docker.io/library/busybox:latest`).
 *
 *   reference  := name [ ":" tag ] [ "@" digest ]
 *   name       := [ domain "/" ] path            (at most 255 characters)
 *   domain     := host [ ":" port ]              host: DNS name, IPv4 or [IPv6]
 *   path       := component ( "/" component )*   component: [a-z0-9]+ ( ( [._] | "__" | "-"+ ) [a-z0-9]+ )*
 *   tag        := [\w][\w.-]{0,127}
 */

/** The registry Docker Hub images live on when a reference names no registry. */
export const DOCKER_HUB = 'docker.io';
/** The host Docker Hub's registry API answers on. */
export const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
/** The key docker login stores Docker Hub credentials under in config.json. */
export const DOCKER_HUB_CREDENTIAL_KEY = 'https://index.docker.io/v1/';

/** A parsed image reference. Build one with `parseReference` or `makeReference`; never mutate it. */
export interface Reference {
  /** Registry as written (normalised for Docker Hub): 'docker.io', '127.0.0.1:5000', 'localhost', '[::1]:5000'. */
  readonly registry: string;
  /** Repository path inside the registry, e.g. 'library/busybox'. */
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: Digest;
  /** The host (and port) the registry API answers on, e.g. 'registry-1.docker.io'. */
  readonly apiHost: string;
  /** The key for this registry in docker's config.json (`https://index.docker.io/v1/` for Docker Hub). */
  readonly credentialKey: string;
  /** Familiar form: 'busybox:latest', 'user/app:1', '127.0.0.1:5000/app@sha256:...'. */
  toString(): string;
}

/** Error for a string that is not a valid image reference; the message quotes the input. */
export class InvalidReferenceError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`invalid reference "${input}": ${reason}`);
    this.name = 'InvalidReferenceError';
  }
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const IPV6 = /^\[[a-fA-F0-9:.]+(?:%[a-zA-Z0-9]+)?\]$/;
const PORT = /^[0-9]+$/;
const HEX64 = /^[a-f0-9]{64}$/;
const NAME_MAX = 255;

/** True for a valid tag (`[\w][\w.-]{0,127}`). */
export function isValidTag(tag: string): boolean {
  return TAG.test(tag);
}

/** Throws InvalidReferenceError (naming `input`) unless `domain` is a valid registry host[:port]. */
function checkDomain(domain: string, input: string): void {
  let host = domain;
  let port: string | undefined;
  if (domain.startsWith('[')) {
    const close = domain.indexOf(']');
    host = domain.slice(0, close + 1);
    const rest = domain.slice(close + 1);
    if (close < 0 || !IPV6.test(host)) throw new InvalidReferenceError(input, `invalid registry host "${domain}"`);
    if (rest !== '') {
      if (!rest.startsWith(':')) throw new InvalidReferenceError(input, `invalid registry host "${domain}"`);
      port = rest.slice(1);
    }
  } else {
    const colon = domain.lastIndexOf(':');
    if (colon >= 0) {
      host = domain.slice(0, colon);
      port = domain.slice(colon + 1);
    }
    if (host === '' || !host.split('.').every((c) => DOMAIN_COMPONENT.test(c))) {
      throw new InvalidReferenceError(input, `invalid registry host "${domain}"`);
    }
  }
  if (port !== undefined && (!PORT.test(port) || Number(port) > 65535)) {
    throw new InvalidReferenceError(input, `invalid port in registry "${domain}"`);
  }
}

/** Whether the first path segment names a registry (Docker's rule: has '.', ':' or upper case, or is localhost). */
function looksLikeDomain(first: string): boolean {
  return first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('[') || first !== first.toLowerCase();
}

/** Throws unless every path component is valid; upper case gets its own message. */
function checkRepository(repository: string, input: string): void {
  if (repository === '') throw new InvalidReferenceError(input, 'repository name is empty');
  for (const component of repository.split('/')) {
    if (COMPONENT.test(component)) continue;
    if (COMPONENT.test(component.toLowerCase())) throw new InvalidReferenceError(input, 'repository name must be lowercase');
    throw new InvalidReferenceError(input, component === '' ? 'repository name has an empty path component' : `invalid repository path component "${component}"`);
  }
}

/** Builds a Reference from parts (validated); Docker Hub names get `library/` when they have one component. */
export function makeReference(registry: string, repository: string, tag?: string, digest?: Digest | string): Reference {
  const input = `${registry}/${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
  let reg = registry;
  if (reg === 'index.docker.io' || reg === 'registry-1.docker.io') reg = DOCKER_HUB;
  checkDomain(reg, input);
  const repo = reg === DOCKER_HUB && !repository.includes('/') ? `library/${repository}` : repository;
  checkRepository(repo, input);
  if (`${reg}/${repo}`.length > NAME_MAX) throw new InvalidReferenceError(input, `repository name is longer than ${NAME_MAX} characters`);
  if (tag !== undefined && !TAG.test(tag)) throw new InvalidReferenceError(input, `invalid tag "${tag}"`);
  let dig: Digest | undefined;
  if (digest !== undefined) {
    try {
      dig = parseDigest(digest);
    } catch (e) {
      throw new InvalidReferenceError(input, (e as Error).message);
    }
  }
  const hub = reg === DOCKER_HUB;
  const ref: Reference = {
    registry: reg,
    repository: repo,
    ...(tag !== undefined ? { tag } : {}),
    ...(dig !== undefined ? { digest: dig } : {}),
    apiHost: hub ? DOCKER_HUB_API_HOST : reg,
    credentialKey: hub ? DOCKER_HUB_CREDENTIAL_KEY : reg,
    toString: () => formatReference(ref),
  };
  return Object.freeze(ref);
}

/**
 * Parses an image reference. Without a tag or digest the tag is `opts.defaultTag` (`latest`), unless
 * `defaultTag` is null. Throws InvalidReferenceError quoting the input.
 */
export function parseReference(input: string, opts: { defaultTag?: string | null } = {}): Reference {
  if (input === '') throw new InvalidReferenceError(input, 'empty reference');
  if (/\s/.test(input)) throw new InvalidReferenceError(input, 'contains white space');
  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (digest === '') throw new InvalidReferenceError(input, 'empty digest after "@"');
  }
  let tag: string | undefined;
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/')) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (tag === '') throw new InvalidReferenceError(input, 'empty tag after ":"');
    if (!TAG.test(tag)) throw new InvalidReferenceError(input, `invalid tag "${tag}"`);
  }
  if (rest === '') throw new InvalidReferenceError(input, 'repository name is empty');
  const slash = rest.indexOf('/');
  let registry = DOCKER_HUB;
  let repository = rest;
  if (slash >= 0 && looksLikeDomain(rest.slice(0, slash))) {
    registry = rest.slice(0, slash);
    repository = rest.slice(slash + 1);
  } else if (slash < 0 && HEX64.test(rest) && tag === undefined && digest === undefined) {
    throw new InvalidReferenceError(input, 'a 64-character hexadecimal string is an image ID, not a repository name');
  }
  if (tag === undefined && digest === undefined && opts.defaultTag !== null) tag = opts.defaultTag ?? 'latest';
  try {
    return makeReference(registry, repository, tag, digest);
  } catch (e) {
    if (e instanceof InvalidReferenceError) throw new InvalidReferenceError(input, e.message.replace(/^invalid reference "[^"]*": /, ''));
    throw e;
  }
}

/**
 * Why Go's `reference.ParseNormalizedNamed` (distribution/reference, which BuildKit's frontend uses for stage bases
 * and `--from`) refuses a value, in its words, for a value `parseReference` refused: a 64-hex id, then upper case in
 * the repository (docker.io's `library/` added, the tag left out), else `invalid reference format`.
 */
export function goReferenceError(value: string): string {
  if (/^[a-f0-9]{64}$/.test(value)) return `invalid repository name (${value}), cannot specify 64-byte hexadecimal strings`;
  const slash = value.indexOf('/');
  // Go's splitDockerDomain: the same rule as parseReference's.
  const dockerHub = slash < 0 || !looksLikeDomain(value.slice(0, slash));
  let remainder = dockerHub ? value : value.slice(slash + 1);
  if (dockerHub && !remainder.includes('/')) remainder = `library/${remainder}`;
  const colon = remainder.indexOf(':');
  const remote = colon < 0 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote) return `invalid reference format: repository name (${remote}) must be lowercase`;
  return 'invalid reference format';
}

/** Full name without tag or digest: 'docker.io/library/busybox', '127.0.0.1:5000/app'. */
export function repositoryName(ref: Reference): string {
  return `${ref.registry}/${ref.repository}`;
}

/**
 * Formats a reference. `familiar` (the default) drops `docker.io/` and `library/` as docker does;
 * `full` always names the registry.
 */
export function formatReference(ref: Reference, style: 'familiar' | 'full' = 'familiar'): string {
  let name = repositoryName(ref);
  if (style === 'familiar' && ref.registry === DOCKER_HUB) {
    name = ref.repository.startsWith('library/') && ref.repository.split('/').length === 2 ? ref.repository.slice(8) : ref.repository;
  }
  return `${name}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

/** The same repository with this tag and no digest. */
export function withTag(ref: Reference, tag: string): Reference {
  return makeReference(ref.registry, ref.repository, tag);
}

/** The same repository pinned to a digest (the tag is dropped). */
export function withDigest(ref: Reference, digest: Digest): Reference {
  return makeReference(ref.registry, ref.repository, undefined, digest);
}

/** References grouped by repository, in first-seen order, each with the tags named for it. */
export function tagsByRepository(refs: readonly Reference[]): Array<{ repo: Reference; tags: string[] }> {
  const repos = new Map<string, { repo: Reference; tags: string[] }>();
  for (const r of refs) {
    const key = `${r.registry}/${r.repository}`;
    const entry = repos.get(key) ?? { repo: repositoryOf(r), tags: [] };
    if (r.tag) entry.tags.push(r.tag);
    repos.set(key, entry);
  }
  return [...repos.values()];
}

/** The repository alone (no tag, no digest), for blob operations and scopes. */
export function repositoryOf(ref: Reference): Reference {
  return makeReference(ref.registry, ref.repository);
}

/** The manifest identifier the registry API takes: the digest when pinned, else the tag (`latest` if neither). */
export function manifestId(ref: Reference): string {
  return ref.digest ?? ref.tag ?? 'latest';
}
