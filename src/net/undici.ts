/**
 * The parts of undici hoist uses (Agent, Pool and the `request` API on them), loaded without undici's index,
 * which also evaluates fetch, WebSocket, mocks, caches and interceptors: about 50 ms of every CLI start and
 * action run. This does what undici's index does for these parts: it puts the api methods (`request`, ...) on
 * the Dispatcher prototype. Types come from undici's own declarations.
 */
import type * as Undici from 'undici';
// Deep imports of undici's CommonJS files (the package has no `exports` map; the version is pinned by the lockfile).
import AgentImpl from 'undici/lib/dispatcher/agent.js';
import DispatcherImpl from 'undici/lib/dispatcher/dispatcher.js';
import PoolImpl from 'undici/lib/dispatcher/pool.js';
import api from 'undici/lib/api/index.js';

Object.assign((DispatcherImpl as { prototype: object }).prototype, api);

export const Agent = AgentImpl as unknown as typeof Undici.Agent;
export type Agent = Undici.Agent;
export const Pool = PoolImpl as unknown as typeof Undici.Pool;
export type Pool = Undici.Pool;
export type { Dispatcher } from 'undici';
