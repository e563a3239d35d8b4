/**
 * Longest suites first, on a fresh machine too. Jest's own order uses each suite's time from its cache, which a
 * fresh clone on a fresh machine does not have: it then runs the biggest files first, and the docker-comparison
 * suites (small files, minutes each) started last and ran alone at the end. Without a cached time a suite's time
 * is taken from KNOWN (seconds, from the .ci/run of 610b076 on a 2-vCPU machine, newer suites estimated from their time alone under load; only their order matters), and
 * suites in neither keep Jest's order after them.
 */
import Sequencer from '@jest/test-sequencer';

const KNOWN = {
  'sandbox/run-conformance': 556,
  'conformance/realistic': 260,
  'conformance/probe-debian': 198,
  'conformance/corpus': 145,
  'conformance/corpus3': 130,
  'sandbox/large-file': 138,
  'conformance/probe-copy': 138,
  'conformance/copy': 123,
  'conformance/probe-run': 118,
  'conformance/probe-frontend2': 101,
  'conformance/cache-invalidation': 90,
  'sandbox/layer-diff': 77,
  'cache/gha-store-faults': 60,
  'build/builder': 58,
  'conformance/named-contexts': 58,
  'sandbox/mounts': 55,
  'conformance/probe-frontend': 40,
  'conformance/probe-errors': 40,
  'conformance/multi-platform': 30,
  'sandbox/secret-build': 36,
  'oci/tar/reader': 34,
  'dockerfile/golden-docker': 32,
};

/** A suite's key in KNOWN: its path under __tests__ without `.test.ts`. */
export function suiteKey(testPath) {
  const m = /__tests__\/(.+)\.test\.ts$/.exec(testPath.replaceAll('\\', '/'));
  return m ? m[1] : testPath;
}

/** Seconds a suite is expected to take: its cached time, else KNOWN, else 0 (order kept). */
export function expectedSeconds(test) {
  if (test.duration != null) return test.duration / 1000;
  return KNOWN[suiteKey(test.path)] ?? 0;
}

export default class LongestFirst extends Sequencer {
  async sort(tests) {
    const ordered = await super.sort(tests);
    // Array.prototype.sort is stable: suites of equal weight keep Jest's order.
    return [...ordered].sort((a, b) => expectedSeconds(b) - expectedSeconds(a));
  }
}
