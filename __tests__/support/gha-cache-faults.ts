import type { ServerResponse } from 'node:http';

/** The requests the local Actions cache service tells apart (3 Twirp methods, 5 blob shapes). */
export type GhaRoute =
  | 'CreateCacheEntry'
  | 'FinalizeCacheEntryUpload'
  | 'GetCacheEntryDownloadURL'
  | 'PutBlob'
  | 'PutBlock'
  | 'PutBlockList'
  | 'GetBlob'
  | 'HeadBlob';

/** One fault-injection rule. The first active rule matching a request applies. */
export interface FaultRule {
  /** Routes it applies to (default: all). */
  routes?: GhaRoute[];
  /** Apply only when the key of the request (Twirp) or of the blob's entry starts with this. */
  keyPrefix?: string;
  /** How many matching requests it affects (default: unlimited). */
  times?: number;
  /** Answer with this status (a Twirp JSON error, or an Azure XML error on blob routes). */
  status?: number;
  /** Seconds sent as `Retry-After` with the status. */
  retryAfter?: number;
  /** Wait this long first (then answer normally, or with `status`). */
  delayMs?: number;
  /** Never answer, until `faults.clear()` or `stop()` drops the connection. */
  hang?: boolean;
  /** GetBlob: flip one byte of the body (same length). */
  corrupt?: boolean;
  /** GetBlob: send half of the body, then drop the connection. */
  truncate?: boolean;
  /** Twirp: answer 200 with a body that is not JSON. */
  notJson?: boolean;
  /** Requests this rule has affected so far (output). */
  hits?: number;
}

/** The switches tests flip on the service. */
export interface GhaCacheFaults {
  /** Adds a rule; returns it (its `hits` counts what it did). */
  add(rule: FaultRule): FaultRule;
  /** Removes every rule and drops the connections of hung requests. */
  clear(): void;
  /** The next `times` matching requests get 429 with `Retry-After: retryAfter` (CreateCacheEntry by default). */
  rateLimit(times: number, retryAfter: number, routes?: GhaRoute[]): FaultRule;
  /** The next `times` matching requests get a 5xx (500 by default). */
  serverError(times: number, status?: number, routes?: GhaRoute[]): FaultRule;
  /** Every matching request is answered `delayMs` late. */
  slow(delayMs: number, routes?: GhaRoute[]): FaultRule;
  /** Matching requests are never answered. */
  hang(routes?: GhaRoute[]): FaultRule;
  /** The next `times` downloads have one byte flipped. */
  corruptDownloads(times?: number): FaultRule;
  /** Internal: the rule for a request, counted. */
  take(route: GhaRoute, key: string | undefined): FaultRule | undefined;
  /** Internal: keeps a hung response until clear(). */
  park(res: ServerResponse): void;
}

/** A fresh, empty set of fault rules. */
export function newFaults(): GhaCacheFaults {
  let rules: FaultRule[] = [];
  const parked = new Set<ServerResponse>();
  const add = (rule: FaultRule): FaultRule => {
    rule.hits = 0;
    rules.push(rule);
    return rule;
  };
  return {
    add,
    clear() {
      rules = [];
      for (const res of parked) res.destroy();
      parked.clear();
    },
    rateLimit: (times, retryAfter, routes = ['CreateCacheEntry']) => add({ routes, times, status: 429, retryAfter }),
    serverError: (times, status = 500, routes) => add({ routes, times, status }),
    slow: (delayMs, routes) => add({ routes, delayMs }),
    hang: (routes) => add({ routes, hang: true }),
    corruptDownloads: (times = Infinity) => add({ routes: ['GetBlob'], times, corrupt: true }),
    take(route, key) {
      for (const rule of rules) {
        if (rule.routes && !rule.routes.includes(route)) continue;
        if (rule.keyPrefix !== undefined && !(key ?? '').startsWith(rule.keyPrefix)) continue;
        if ((rule.hits ?? 0) >= (rule.times ?? Infinity)) continue;
        rule.hits = (rule.hits ?? 0) + 1;
        return rule;
      }
      return undefined;
    },
    park(res) {
      parked.add(res);
      res.on('close', () => parked.delete(res));
    },
  };
}
