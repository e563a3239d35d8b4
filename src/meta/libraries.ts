/**
 * moment-timezone and @renovate/pep440, loaded only when a build's metadata inputs can use them: together
 * with their dependencies (xregexp, core-js) they cost about 100 ms of every action start otherwise.
 * `computeMetaWithRegistry` loads what the inputs need before it computes; `computeMeta` itself stays
 * synchronous and fails plainly when a library it reaches was not loaded.
 */
import type Pep440 from '@renovate/pep440';
import type Moment from 'moment-timezone';
import type { MetaInputs } from './types.js';

let moment: typeof Moment | undefined;
let pep440: typeof Pep440 | undefined;

/**
 * Which libraries these inputs may use: moment for any `{{date}}` or `{{commit_date}}`, pep440 for a
 * `type=pep440` rule (`latest=highest` reads versions with pep440 only when such a rule decided the version).
 * A text match, so it may load one that is not needed, never the other way round.
 */
export function librariesFor(inputs: MetaInputs): { moment: boolean; pep440: boolean } {
  const text = JSON.stringify(inputs);
  return { moment: /date/i.test(text), pep440: /pep440/i.test(text) };
}

/** Loads the libraries asked for (both by default); cheap once loaded. */
export async function loadMetaLibraries(need: { moment: boolean; pep440: boolean } = { moment: true, pep440: true }): Promise<void> {
  await Promise.all([
    need.moment && !moment ? import('moment-timezone').then((m) => (moment = m.default)) : undefined,
    need.pep440 && !pep440 ? import('@renovate/pep440').then((m) => (pep440 = m.default)) : undefined,
  ]);
}

const missing = (name: string) => new Error(`internal error: ${name} is not loaded (await loadMetaLibraries() before computeMeta)`);

/** moment-timezone, once loaded. */
export function momentLib(): typeof Moment {
  if (!moment) throw missing('moment-timezone');
  return moment;
}

/** @renovate/pep440, once loaded. */
export function pep440Lib(): typeof Pep440 {
  if (!pep440) throw missing('@renovate/pep440');
  return pep440;
}
