/**
 * `WWW-Authenticate` challenges (RFC 7235): `Bearer realm="...",service="...",scope="repository:a:pull,push"`,
 * `Basic realm="..."`, several challenges in one header or in several headers. Quoted values may hold
 * commas and backslash escapes.
 */

/** One authentication challenge; the scheme is lower-cased, parameter names too. */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/;

/** Parses one or more WWW-Authenticate header values into challenges (malformed parts are skipped). */
export function parseChallenges(header: string | string[] | undefined): Challenge[] {
  if (header === undefined) return [];
  if (Array.isArray(header)) return header.flatMap((h) => parseChallenges(h));
  const out: Challenge[] = [];
  let s = header;
  let current: Challenge | undefined;
  const skip = (re: RegExp) => {
    const m = re.exec(s);
    if (m) s = s.slice(m[0].length);
  };
  while (s.length > 0) {
    skip(/^[\s,]+/);
    const tok = TOKEN.exec(s);
    if (!tok) {
      s = s.slice(1);
      continue;
    }
    const name = tok[0];
    const after = s.slice(name.length);
    const eq = /^\s*=\s*/.exec(after);
    if (eq && current && !after.slice(eq[0].length).startsWith('=')) {
      // auth-param: name=value or name="quoted"
      s = after.slice(eq[0].length);
      let value = '';
      if (s.startsWith('"')) {
        let i = 1;
        while (i < s.length && s[i] !== '"') {
          if (s[i] === '\\' && i + 1 < s.length) i++;
          value += s[i];
          i++;
        }
        s = s.slice(i + 1);
      } else {
        value = /^[^,\s]*/.exec(s)![0];
        s = s.slice(value.length);
      }
      current.params[name.toLowerCase()] = value;
      continue;
    }
    if (eq) {
      // token68 (e.g. "Negotiate abc==") or garbage before any scheme
      s = after.replace(/^[=\s]*/, '');
      continue;
    }
    current = { scheme: name.toLowerCase(), params: {} };
    out.push(current);
    s = after;
  }
  return out;
}

/** The challenge to answer: Bearer preferred over Basic, other schemes ignored. */
export function pickChallenge(challenges: Challenge[]): Challenge | undefined {
  return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}

/** `repository:<name>:<actions>` scope strings for a token request. */
export function repositoryScope(repository: string, actions: ReadonlyArray<'pull' | 'push' | 'delete' | '*'>): string {
  return `repository:${repository}:${actions.join(',')}`;
}

/**
 * Merges scope strings so each resource appears once with the union of its actions, sorted: the cache
 * key of a token. `repository:a:pull` + `repository:a:push` = `repository:a:pull,push`.
 */
export function normalizeScopes(scopes: readonly string[]): string[] {
  const byResource = new Map<string, Set<string>>();
  for (const scope of scopes.flatMap((s) => s.split(' ')).filter(Boolean)) {
    const colon = scope.lastIndexOf(':');
    const resource = colon > 0 ? scope.slice(0, colon) : scope;
    const actions = colon > 0 ? scope.slice(colon + 1).split(',').filter(Boolean) : [];
    const set = byResource.get(resource) ?? new Set<string>();
    actions.forEach((a) => set.add(a));
    byResource.set(resource, set);
  }
  return [...byResource.entries()].map(([r, a]) => (a.size ? `${r}:${[...a].sort().join(',')}` : r)).sort();
}

/** True when the granted scope set covers every wanted scope (action by action). */
export function scopesCover(granted: readonly string[], wanted: readonly string[]): boolean {
  const g = new Map(normalizeScopes(granted).map((s) => [s.slice(0, s.lastIndexOf(':')), new Set(s.slice(s.lastIndexOf(':') + 1).split(','))]));
  return normalizeScopes(wanted).every((s) => {
    const actions = g.get(s.slice(0, s.lastIndexOf(':')));
    return actions !== undefined && s.slice(s.lastIndexOf(':') + 1).split(',').every((a) => actions.has(a) || actions.has('*'));
  });
}
