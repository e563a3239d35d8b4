/**
 * Renders the comparison's results (`BenchResults`) as `docs/benchmarks.md` and as the README's headline: pure
 * functions of the results, so the page can be re-rendered from `bench/results/compare.json` without building.
 */
import { formatBytes, formatRatio, formatSeconds, formatSummary, median, ratio, summarize, type Summary } from './stats.js';
import { SCENARIOS, type BenchResults, type BuilderId, type Sample, type Scenario } from './types.js';

/** The reference builder of the ratios, and the peer the goals are stated against. */
export const REFERENCE: BuilderId = 'hoist-gha';
export const GOAL_PEER: BuilderId = 'buildx-registry';

/** The goals of issue 9: how many times faster hoist must be than BuildKit with a registry cache. */
export const GOALS: ReadonlyArray<{ scenario: Scenario; atLeast: number; text: string }> = [
  { scenario: 'warm', atLeast: 3, text: 'warm rebuild at least 3× faster' },
  { scenario: 'no-op', atLeast: 10, text: 'no-op at least 10× faster' },
  { scenario: 'cold', atLeast: 1, text: 'cold build no slower' },
];

/** One table cell: the samples of a fixture x scenario x builder, summarised. */
export interface Cell {
  wall: Summary;
  cacheDown?: number;
  cacheUp?: number;
  registryDown: number;
  registryUp: number;
  cachedSteps?: number;
}

const optMedian = (xs: Array<number | undefined>) => {
  const d = xs.filter((x): x is number => x !== undefined);
  return d.length ? median(d) : undefined;
};

/** Summarises the samples of one cell; `undefined` when there are none. */
export function cellOf(samples: readonly Sample[], fixture: string, scenario: Scenario, builder: BuilderId): Cell | undefined {
  const s = samples.filter((x) => x.fixture === fixture && x.scenario === scenario && x.builder === builder);
  const wall = summarize(s.map((x) => x.wallMs));
  if (!wall) return undefined;
  return {
    wall,
    cacheDown: optMedian(s.map((x) => x.cacheDown)),
    cacheUp: optMedian(s.map((x) => x.cacheUp)),
    registryDown: median(s.map((x) => x.registryDown)),
    registryUp: median(s.map((x) => x.registryUp)),
    cachedSteps: optMedian(s.map((x) => x.cachedSteps)),
  };
}

/** A goal's outcome for one fixture. */
export interface GoalResult {
  fixture: string;
  scenario: Scenario;
  text: string;
  hoistMs?: number;
  peerMs?: number;
  ratio?: number;
  met?: boolean;
}

/** The goals checked per fixture: hoist (Actions cache) against BuildKit with a registry cache, by median. */
export function goalResults(r: BenchResults): GoalResult[] {
  const out: GoalResult[] = [];
  for (const f of r.fixtures) {
    for (const g of GOALS) {
      const hoist = cellOf(r.samples, f.id, g.scenario, REFERENCE)?.wall.median;
      const peer = cellOf(r.samples, f.id, g.scenario, GOAL_PEER)?.wall.median;
      const x = ratio(peer, hoist);
      out.push({ fixture: f.id, scenario: g.scenario, text: g.text, hoistMs: hoist, peerMs: peer, ratio: x, met: x === undefined ? undefined : x >= g.atLeast });
    }
  }
  return out;
}

function machineLine(r: BenchResults): string {
  const m = r.machine;
  const loads = r.samples.map((s) => s.load).filter((x): x is number => x !== undefined);
  const during = loads.length ? `; 1-minute load average at the start of the builds: ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)}, median ${median(loads).toFixed(1)}` : '';
  return `${m.cpus} vCPU (${m.cpuModel}), ${m.memoryGiB} GiB RAM, ${m.os}, kernel ${m.kernel}; load average (1/5/15 min) ${m.loadBefore.map((x) => x.toFixed(1)).join(' / ')} before the run, ${m.loadAfter.length ? `${m.loadAfter.map((x) => x.toFixed(1)).join(' / ')} after` : 'run in progress'}${during}`;
}

/** The README's "Benchmarks" section body (headline ratios, date and machine), without its heading. */
export function renderHeadline(r: BenchResults): string {
  const lines: string[] = [];
  const day = r.date.slice(0, 10);
  const loads = r.samples.map((s) => s.load).filter((x): x is number => x !== undefined);
  const load = loads.length ? `1-minute load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} during the builds` : `load average ${r.machine.loadBefore[0].toFixed(1)} at the start`;
  lines.push(`BuildKit's median wall time (\`docker buildx build\`, registry cache, \`mode=max\`) divided by hoist's (Actions cache): above 1× hoist is faster, below 1× it is slower. ${r.runs} runs per cell, every build on a wiped local state (a fresh runner), pushing to a registry on the same machine; measured ${day} on ${r.machine.cpus} vCPU / ${r.machine.memoryGiB} GiB RAM (${r.machine.cpuModel}), ${load}:`);
  lines.push('');
  lines.push(`| fixture | cold | warm (1 file changed) | no-op | branch warming from main |`);
  lines.push('|---|---|---|---|---|');
  for (const f of r.fixtures) {
    const cells = SCENARIOS.map((s) => {
      const h = cellOf(r.samples, f.id, s, REFERENCE)?.wall.median;
      const p = cellOf(r.samples, f.id, s, GOAL_PEER)?.wall.median;
      const x = ratio(p, h);
      return x === undefined ? '–' : `${formatRatio(x)} (${formatSeconds(h!)} vs ${formatSeconds(p!)})`;
    });
    lines.push(`| ${f.label} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  const goals = goalResults(r);
  const missed = goals.filter((g) => g.met === false);
  lines.push(missed.length === 0 && goals.every((g) => g.met) ? 'Goals (warm ≥ 3×, no-op ≥ 10×, cold no slower): all met.' : `Goals (warm ≥ 3×, no-op ≥ 10×, cold no slower): ${goals.filter((g) => g.met).length} of ${goals.length} met; not met: ${missed.map((g) => `${g.fixture} ${g.scenario} (${formatRatio(g.ratio)})`).join(', ') || 'none'}${goals.some((g) => g.met === undefined) ? '; some not measured' : ''}.`);
  lines.push(`All builders, bytes moved and the command to reproduce: [docs/benchmarks.md](docs/benchmarks.md).`);
  return lines.join('\n');
}

function fixtureTable(r: BenchResults, fixture: string): string[] {
  const lines = ['| scenario | builder | wall, median (min–max) | × hoist | cache ↓ | cache ↑ | registry ↓ | registry ↑ | cached steps |', '|---|---|---|---|---|---|---|---|---|'];
  for (const s of SCENARIOS) {
    const ref = cellOf(r.samples, fixture, s, REFERENCE);
    for (const b of r.builders) {
      if (b.unavailable) continue;
      const c = cellOf(r.samples, fixture, s, b.id);
      const failed = r.failures.filter((f) => f.fixture === fixture && f.scenario === s && f.builder === b.id).length;
      const fail = failed ? ` (${failed} failed)` : '';
      if (!c) {
        lines.push(`| ${s} | ${b.label} | failed${fail} | – | – | – | – | – | – |`);
        continue;
      }
      const x = b.id === REFERENCE ? '1.0× (ref)' : formatRatio(ratio(c.wall.median, ref?.wall.median));
      lines.push(`| ${s} | ${b.label} | ${formatSummary(c.wall)}${fail} | ${x} | ${formatBytes(c.cacheDown)} | ${formatBytes(c.cacheUp)} | ${formatBytes(c.registryDown)} | ${formatBytes(c.registryUp)} | ${c.cachedSteps ?? '–'} |`);
    }
  }
  return lines;
}

/** The whole `docs/benchmarks.md`. `method` is the hand-written explanation placed after the tables. */
export function renderReport(r: BenchResults, method: string): string {
  const out: string[] = [];
  out.push('# Benchmarks: hoist against the builders users would pick instead');
  out.push('');
  out.push(`Generated by \`${r.command}\` on ${r.date.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')} (${formatSeconds(r.totalMs).replace(' s', '')} s in all). Every sample is listed at the end of this page (and written to \`bench/results/compare.json\`, which git ignores). Do not edit the tables by hand: re-run the benchmark.`);
  out.push('');
  out.push(`**Machine:** ${machineLine(r)}. Other jobs shared the machine during the run, so absolute times are noisy; every cell is the median of ${r.runs} runs and shows its spread.`);
  out.push('');
  out.push('**Versions:**');
  out.push('');
  for (const [k, v] of Object.entries(r.versions)) out.push(`- ${k}: ${v}`);
  out.push('');
  out.push('## Headline');
  out.push('');
  out.push(renderHeadline(r).replace(/\n[^\n]*docs\/benchmarks\.md\)\.$/, ''));
  out.push('');
  out.push('| fixture | goal | hoist (Actions cache) | BuildKit (registry cache) | ratio | met |');
  out.push('|---|---|---|---|---|---|');
  for (const g of goalResults(r)) out.push(`| ${g.fixture} | ${g.text} | ${g.hoistMs === undefined ? '–' : formatSeconds(g.hoistMs)} | ${g.peerMs === undefined ? '–' : formatSeconds(g.peerMs)} | ${formatRatio(g.ratio)} | ${g.met === undefined ? 'not measured' : g.met ? 'yes' : '**no**'} |`);
  out.push('');
  out.push('## Builders');
  out.push('');
  out.push('| builder | cache | version |');
  out.push('|---|---|---|');
  for (const b of r.builders) out.push(`| ${b.label} | ${b.cache} | ${b.unavailable ? `**not run:** ${b.unavailable}` : (b.version ?? '')} |`);
  out.push('');
  for (const f of r.fixtures) {
    out.push(`## ${f.label}`);
    out.push('');
    out.push(f.description + '.');
    out.push('');
    out.push(...fixtureTable(r, f.id));
    out.push('');
  }
  if (r.failures.length) {
    out.push('## Failed builds');
    out.push('');
    for (const f of r.failures) out.push(`- ${f.fixture} / ${f.scenario} / ${f.builder} (run ${f.run}): ${f.error.split('\n')[0].slice(0, 300)}`);
    out.push('');
  }
  out.push(method.trim());
  out.push('');
  out.push(...sampleList(r));
  return out.join('\n');
}

/** Every sample, in a collapsed block at the end of the page. */
function sampleList(r: BenchResults): string[] {
  const out = ['## All samples', '', '<details><summary>' + `${r.samples.length} builds` + '</summary>', ''];
  out.push('| fixture | scenario | builder | run | wall | cache ↓ | cache ↑ | registry ↓ | registry ↑ | cached steps | load |');
  out.push('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const s of r.samples) {
    out.push(`| ${s.fixture} | ${s.scenario} | ${s.builder} | ${s.run} | ${formatSeconds(s.wallMs)} | ${formatBytes(s.cacheDown)} | ${formatBytes(s.cacheUp)} | ${formatBytes(s.registryDown)} | ${formatBytes(s.registryUp)} | ${s.cachedSteps ?? '–'} | ${s.load?.toFixed(1) ?? '–'} |`);
  }
  out.push('', '</details>', '');
  return out;
}

const BEGIN = '<!-- bench:begin (written by npm run bench) -->';
const END = '<!-- bench:end -->';

/**
 * The README with its "Benchmarks" section set to `body`: replaced between the section's markers when they exist,
 * else inserted (with the heading) right after the README's first fenced code block (the two commands).
 */
export function updateReadme(readme: string, body: string): string {
  const block = `${BEGIN}\n${body.trim()}\n${END}`;
  const b = readme.indexOf(BEGIN);
  const e = readme.indexOf(END);
  if (b >= 0 && e > b) return readme.slice(0, b) + block + readme.slice(e + END.length);
  const fence = /^```[^\n]*\n[\s\S]*?^```[ \t]*\n/m.exec(readme);
  if (!fence) throw new Error('README.md: no fenced code block (the two commands) to put the Benchmarks section after');
  const at = fence.index + fence[0].length;
  return `${readme.slice(0, at)}\n## Benchmarks\n\n${block}\n${readme.slice(at)}`;
}
