// Pure parts of the comparison benchmark (bench/compare): statistics, formats, the report and the README section.
import { describe, expect, test } from '@jest/globals';
import { formatBytes, formatRatio, formatSeconds, formatSummary, median, ratio, summarize } from '../../bench/compare/stats.js';
import { cellOf, goalResults, renderHeadline, renderReport, updateReadme } from '../../bench/compare/report.js';
import { SCENARIOS, type BenchResults, type BuilderId, type Sample, type Scenario } from '../../bench/compare/types.js';

describe('stats', () => {
  test('median of odd and even counts, unsorted input left alone', () => {
    const xs = [5, 1, 3];
    expect(median(xs)).toBe(3);
    expect(xs).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  test('summarize gives n, median, min and max', () => {
    expect(summarize([3000, 1000, 2000])).toEqual({ n: 3, median: 2000, min: 1000, max: 3000 });
    expect(summarize([])).toBeUndefined();
  });
  test('ratio is other / hoist and undefined without both', () => {
    expect(ratio(9000, 3000)).toBe(3);
    expect(ratio(undefined, 3000)).toBeUndefined();
    expect(ratio(3000, 0)).toBeUndefined();
    expect(ratio(3000, Number.NaN)).toBeUndefined();
  });
  test('formats', () => {
    expect(formatSeconds(840)).toBe('0.84 s');
    expect(formatSeconds(12_340)).toBe('12.3 s');
    expect(formatSeconds(143_400)).toBe('143 s');
    expect(formatSummary({ n: 3, median: 2000, min: 1500, max: 2600 })).toBe('2.00 s (1.50–2.60)');
    expect(formatSummary({ n: 1, median: 2000, min: 2000, max: 2000 })).toBe('2.00 s');
    expect(formatRatio(3.44)).toBe('3.4×');
    expect(formatRatio(12.6)).toBe('13×');
    expect(formatRatio(undefined)).toBe('–');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(3.4 * 1024)).toBe('3.4 KiB');
    expect(formatBytes(21 * 1024 * 1024)).toBe('21.0 MiB');
    expect(formatBytes(1.2 * 1024 ** 3)).toBe('1.20 GiB');
    expect(formatBytes(undefined)).toBe('–');
  });
});

const WALL: Record<BuilderId, Record<Scenario, number>> = {
  'hoist-gha': { cold: 10_000, warm: 2_000, 'no-op': 500, 'warm-from-main': 2_100 },
  'hoist-dir': { cold: 9_000, warm: 1_900, 'no-op': 450, 'warm-from-main': 2_000 },
  'hoist-registry': { cold: 10_500, warm: 2_200, 'no-op': 550, 'warm-from-main': 2_300 },
  'docker-legacy': { cold: 20_000, warm: 15_000, 'no-op': 9_000, 'warm-from-main': 15_500 },
  'buildx-registry': { cold: 9_000, warm: 7_000, 'no-op': 6_000, 'warm-from-main': 7_100 },
  'buildx-local': { cold: 9_500, warm: 6_500, 'no-op': 5_000, 'warm-from-main': 6_600 },
  buildah: { cold: 30_000, warm: 12_000, 'no-op': 8_000, 'warm-from-main': 12_100 },
};

function results(over: Partial<BenchResults> = {}): BenchResults {
  const samples: Sample[] = [];
  for (const builder of Object.keys(WALL) as BuilderId[]) {
    if (builder === 'buildah') continue; // unavailable below
    for (const scenario of SCENARIOS) {
      for (const [run, f] of [[1, 0.9], [2, 1], [3, 1.2]] as const) {
        samples.push({ fixture: 'busybox-app', scenario, builder, run, wallMs: WALL[builder][scenario] * f, registryDown: 1024 * run, registryUp: 2048, cacheDown: builder === 'docker-legacy' ? undefined : 4096, cacheUp: 0, cachedSteps: 3 });
      }
    }
  }
  return {
    date: '2026-12-01T14:00:00.000Z',
    runs: 3,
    machine: { cpus: 2, cpuModel: 'Test CPU', memoryGiB: 24, kernel: '6.1', os: 'Debian GNU/Linux 12 (bookworm)', loadBefore: [3.5, 3, 2], loadAfter: [4, 3, 2] },
    versions: { hoist: 'abc123' },
    command: 'npm run bench',
    builders: [
      { id: 'hoist-gha', label: 'hoist, Actions cache', cache: 'gha' },
      { id: 'hoist-dir', label: 'hoist, --cache-dir', cache: 'dir' },
      { id: 'hoist-registry', label: 'hoist, registry cache', cache: 'registry' },
      { id: 'docker-legacy', label: 'docker build (classic)', cache: 'image' },
      { id: 'buildx-registry', label: 'BuildKit, registry cache', cache: 'registry' },
      { id: 'buildx-local', label: 'BuildKit, local cache', cache: 'local' },
      { id: 'buildah', label: 'buildah bud --layers', cache: 'registry', unavailable: 'no buildah here' },
    ],
    fixtures: [{ id: 'busybox-app', label: 'busybox app', description: 'a busybox app' }],
    samples,
    failures: [],
    totalMs: 600_000,
    ...over,
  };
}

describe('report', () => {
  test('cellOf takes medians of wall time and bytes; undefined cache bytes stay undefined', () => {
    const r = results();
    const c = cellOf(r.samples, 'busybox-app', 'warm', 'buildx-registry')!;
    expect(c.wall).toEqual({ n: 3, median: 7000, min: 6300, max: 8400 });
    expect(c.registryDown).toBe(2048);
    expect(c.cacheDown).toBe(4096);
    expect(cellOf(r.samples, 'busybox-app', 'warm', 'docker-legacy')!.cacheDown).toBeUndefined();
    expect(cellOf(r.samples, 'busybox-app', 'warm', 'buildah')).toBeUndefined();
  });

  test('goals compare hoist (Actions cache) with BuildKit registry cache by median', () => {
    const g = goalResults(results());
    expect(g.map((x) => [x.scenario, x.ratio, x.met])).toEqual([
      ['warm', 3.5, true],
      ['no-op', 12, true],
      ['cold', 0.9, false],
    ]);
  });

  test('the page has versions, machine, goals, a row per available builder and scenario, unavailable reasons and every sample', () => {
    const r = results();
    const md = renderReport(r, '## Method\n\ntext');
    expect(md).toContain('2 vCPU (Test CPU), 24 GiB RAM');
    expect(md).toContain('- hoist: abc123');
    expect(md).toContain('| busybox-app | warm rebuild at least 3× faster | 2.00 s | 7.00 s | 3.5× | yes |');
    expect(md).toContain('| busybox-app | cold build no slower | 10.0 s | 9.00 s | 0.9× | **no** |');
    expect(md).toContain('| warm | BuildKit, registry cache | 7.00 s (6.30–8.40) | 3.5× | 4.0 KiB | 0 B | 2.0 KiB | 2.0 KiB | 3 |');
    expect(md).toContain('| no-op | hoist, Actions cache | 0.50 s (0.45–0.60) | 1.0× (ref) |');
    expect(md).toContain('**not run:** no buildah here');
    expect(md).not.toContain('| warm | buildah');
    expect((md.match(/^\| (cold|warm|no-op|warm-from-main) \| /gm) ?? []).length).toBe(4 * 6);
    expect(md).toContain('## Method\n\ntext\n\n## All samples');
    expect(md).toContain('| busybox-app | warm | buildx-registry | 3 | 8.40 s | 4.0 KiB | 0 B | 3.0 KiB | 2.0 KiB | 3 | – |');
    expect((md.match(/^\| busybox-app \| [a-z-]+ \| [a-z-]+ \| \d \| /gm) ?? []).length).toBe(r.samples.length);
  });

  test('failed builds are listed and marked in their cells', () => {
    const r = results();
    r.samples = r.samples.filter((s) => !(s.builder === 'buildx-local' && s.scenario === 'no-op'));
    r.failures.push({ fixture: 'busybox-app', scenario: 'no-op', builder: 'buildx-local', run: 1, error: 'docker buildx build exited with 1:\nboom' });
    const md = renderReport(r, '');
    expect(md).toContain('| no-op | BuildKit, local cache | failed (1 failed) |');
    expect(md).toContain('- busybox-app / no-op / buildx-local (run 1): docker buildx build exited with 1:');
  });

  test('the headline names date, machine, ratios per scenario and the goals outcome', () => {
    const h = renderHeadline(results());
    expect(h).toContain('above 1× hoist is faster, below 1× it is slower. 3 runs per cell');
    expect(h).toContain('measured 2026-12-01 on 2 vCPU / 24 GiB RAM (Test CPU), load average 3.5 at the start:');
    expect(h).toContain('| busybox app | 0.9× (10.0 s vs 9.00 s) | 3.5× (2.00 s vs 7.00 s) | 12× (0.50 s vs 6.00 s) | 3.4× (2.10 s vs 7.10 s) |');
    expect(h).toContain('2 of 3 met; not met: busybox-app cold (0.9×)');
  });
});

test('with per-build load averages, the headline and the page give their range', () => {
  const r = results();
  r.samples.forEach((s, i) => (s.load = 1 + (i % 3)));
  expect(renderHeadline(r)).toContain('(Test CPU), 1-minute load average 1.0–3.0 during the builds:');
  expect(renderReport(r, '')).toContain('at the start of the builds: 1.0 to 3.0, median 2.0');
});

describe('updateReadme', () => {
  const readme = '# hoist\n\nIntro.\n\n```sh\nnpm ci\nnpm test\n```\n\n(Work in progress.)\n';
  test('inserts the section after the first code block, then replaces only between its markers', () => {
    const once = updateReadme(readme, 'first');
    expect(once).toContain('```\n\n## Benchmarks\n\n<!-- bench:begin');
    expect(once).toContain('first\n<!-- bench:end -->\n\n(Work in progress.)\n');
    const twice = updateReadme(once, 'second');
    expect(twice).not.toContain('first');
    expect(twice.replace('second', 'first')).toBe(once);
    expect(twice.match(/## Benchmarks/g)).toHaveLength(1);
  });
  test('a README without a code block is an error naming the file', () => {
    expect(() => updateReadme('# x\n', 'body')).toThrow(/README\.md: no fenced code block/);
  });
});
