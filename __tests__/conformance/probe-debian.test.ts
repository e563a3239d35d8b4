import { describe, expect, test } from '@jest/globals';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { conformanceSuite, runCase } from '../support/conformance.js';
import { debianLayer, pushLayerImage } from '../support/rootfs.js';
import { probeDebianCases } from './probe-debian-cases.js';

/**
 * Conformance of builds on a Debian base (found by a differential probe against `docker build`): `{{DEBIAN}}` is a
 * debootstrap'd bookworm minbase (cached per machine), pushed to the test registry once. Each case is built by hoist
 * (native sandbox) and by the reference engine; filesystems, layers, config and history must be equal apart from
 * what a case declares. Everything runs offline (no apt-get download): packages are built with dpkg-deb.
 */
describe('conformance: builds on a Debian base against docker build', () => {
  let debian: string;
  const suite = conformanceSuite(
    'probe-debian',
    async ({ env }) => {
      debian = `${env.registry.host}/base/debian:bookworm`;
      await pushLayerImage(env.client, debian, [await debianLayer()], ['bash']);
    },
    30 * 60_000,
  );
  const { sandbox } = suite;

  // umoci unpacks hoist's image of the first case only: the 130 MB Debian layer costs ~7 s per unpack.
  const first = probeDebianCases[0].name;
  test.each(probeDebianCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const skipUmociUnpack = c.name === first ? undefined : `the Debian base is unpacked by umoci in ${first}`;
    const { diffs, hoist } = await runCase(suite.env, { ...c, dockerfile: c.dockerfile.replaceAll('{{DEBIAN}}', debian), skipUmociUnpack }, sandbox);
    if (diffs.length) process.stdout.write(`${c.name}: ${diffs.length} differences\n  ${diffs.join('\n  ')}\n`);
    // PROBE_KEEP=DIR keeps both builds' layouts of a differing case (of every case with PROBE_KEEP_ALL=1), to read the files.
    if ((diffs.length || process.env.PROBE_KEEP_ALL) && process.env.PROBE_KEEP) await cp(path.join(suite.env.root, c.name), path.join(process.env.PROBE_KEEP, c.name), { recursive: true });
    expect(diffs).toEqual([]);
    expect(hoist.fs.size).toBeGreaterThan(0);
  }, 10 * 60_000);
});
