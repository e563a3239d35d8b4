/**
 * The no-op rebuild (or, with --scenario warm, the one-file-changed rebuild), measured alone and many times: one
 * fixture is built cold once with hoist's Actions cache (hoist-gha, as in bench/compare.ts), then rebuilt N times
 * per CLI bundle (unchanged, or after the warm scenario's source edit, made anew before each build), state wiped
 * before each build, the bundles interleaved so load drifts hit them alike. Prints each bundle's median, min and max.
 *
 *   node bench/ts.mjs bench/noop.ts [--fixture busybox-app] [--scenario no-op|warm] [--repeats 15] [--bundle DIR]... [--scratch DIR]
 *
 * A bundle is a directory made by `node scripts/bundle.mjs DIR` (default: the working tree, bundled fresh); pass
 * two to compare a change against a baseline, e.g. one built from a `git worktree` of the previous commit.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startGhaCacheService } from '../__tests__/support/gha-cache-service.js';
import { startRegistry } from '../__tests__/support/registry.js';
import { pushBases } from './compare/bases.js';
import type { SequenceEnv } from './compare/builder.js';
import { hoistGha, useCli } from './compare/builders/hoist.js';
import { run } from './compare/exec.js';
import { FIXTURES } from './compare/fixtures.js';
import { SEQUENCE } from './compare/harness.js';
import { summarize } from './compare/stats.js';

const { values } = parseArgs({
  options: {
    fixture: { type: 'string', default: 'busybox-app' },
    scenario: { type: 'string', default: 'no-op' },
    repeats: { type: 'string', default: '15' },
    bundle: { type: 'string', multiple: true },
    scratch: { type: 'string', default: '/var/tmp/hoist-bench-noop' },
  },
});
const fixture = FIXTURES.find((f) => f.id === values.fixture);
if (!fixture) throw new Error(`--fixture: no fixture ${values.fixture} (have ${FIXTURES.map((f) => f.id).join(', ')})`);
// The scenario as the comparison's sequence names it, with that sequence's source edit (none for the no-op).
const step = SEQUENCE.find((s) => s.branch === 'main' && s.scenario === values.scenario && s.scenario !== 'cold');
if (!step) throw new Error(`--scenario: ${values.scenario} is not no-op or warm`);
const { scenario, edit } = step;
const repeats = Number(values.repeats);
if (!Number.isInteger(repeats) || repeats < 1) throw new Error(`--repeats: ${values.repeats} is not a positive integer`);
// bench/ts.mjs runs a bundle from a temporary directory, so the repository is the working directory, as in compare.ts.
const repo = process.cwd();
if (!existsSync(path.join(repo, 'scripts/bundle.mjs'))) throw new Error(`run from the repository root (no scripts/bundle.mjs in ${repo})`);
const scratch = path.resolve(values.scratch!);
await rm(scratch, { recursive: true, force: true });
await mkdir(scratch, { recursive: true });

let bundles = (values.bundle ?? []).map((b) => path.resolve(b));
if (bundles.length === 0) {
  const dir = path.join(scratch, 'working-tree');
  await run(process.execPath, [path.join(repo, 'scripts/bundle.mjs'), dir], { cwd: repo });
  bundles = [dir];
}

const images = await startRegistry();
const gha = await startGhaCacheService();
const times = new Map<string, number[]>(bundles.map((b) => [b, []]));
try {
  const bases = await pushBases(images.host, images.host, fixture.bases);
  const context = path.join(scratch, 'context');
  await fixture.write(context, bases);
  const seq: SequenceEnv = { work: scratch, registry: images.host, cacheRegistry: images.host, gha, repo: `bench/${fixture.id}` };
  const spec = (log: string) => ({ context, branch: 'main' as const, log: path.join(scratch, `${log}.log`) });
  useCli(path.join(bundles[0], 'cli.js'));
  await hoistGha.wipe(seq, spec('cold'));
  const cold = await hoistGha.build(seq, spec('cold'));
  console.error(`${fixture.id}: cold build ${(cold.ms / 1000).toFixed(2)} s; ${repeats} ${scenario} builds per bundle`);
  for (let r = 0; r < repeats; r++) {
    for (const [i, b] of bundles.entries()) {
      useCli(path.join(b, 'cli.js'));
      // An edit appends to a source file, so every warm build sees a change the cache has not seen.
      if (edit) await fixture.edit(context, edit);
      await hoistGha.wipe(seq, spec(`${scenario}-${i}-${r}`));
      const out = await hoistGha.build(seq, spec(`${scenario}-${i}-${r}`));
      times.get(b)!.push(out.ms);
    }
  }
} finally {
  await gha.stop();
  await images.stop();
  await rm(images.dir, { recursive: true, force: true });
}
const sec = (ms: number) => (ms / 1000).toFixed(3);
for (const [b, ms] of times) {
  const s = summarize(ms);
  if (s) console.log(`${b}: ${scenario} median ${sec(s.median)} s, min ${sec(s.min)}, max ${sec(s.max)} (n=${s.n})`);
}
