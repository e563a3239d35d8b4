// Benchmark: copy a 256 MB multi-layer image between two local registries with `hoist copy` and with
// `skopeo copy`, in the same run, and print both times and the ratio. Goal: hoist no slower than skopeo.
//
// Usage: node_modules/.bin/node bench/copy.mjs [--mb 256] [--layers 8] [--rounds 6]
// Needs docker-registry and skopeo on PATH. Prints numbers; not a test.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { build } from 'esbuild';

const exec = promisify(execFile);
const { values } = parseArgs({ options: { mb: { type: 'string', default: '256' }, layers: { type: 'string', default: '8' }, rounds: { type: 'string', default: '6' } } });
const totalMb = Number(values.mb);
const layers = Number(values.layers);
const rounds = Number(values.rounds);

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = await mkdtemp(path.join(tmpdir(), 'hoist-bench-copy-'));
const banner = { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" };
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node24', logLevel: 'warning', banner, absWorkingDir: root };

// The CLI exactly as `dist/` is built (scripts/bundle.mjs, split chunks), and the test support.
await exec(process.execPath, [path.join(root, 'scripts/bundle.mjs'), path.join(work, 'dist')], { cwd: root });
const cli = path.join(work, 'dist', 'cli.js');
await build({
  ...common,
  stdin: {
    contents: [
      "export { startRegistry } from './__tests__/support/registry.ts';",
      "export { makeRandomImage, pushTestImage } from './__tests__/support/images.ts';",
      "export { RegistryClient } from './src/registry/client.ts';",
      "export { parseReference } from './src/registry/reference.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  outfile: path.join(work, 'support.mjs'),
});
const support = await import(path.join(work, 'support.mjs'));

// Each timed run starts after dirty pages are flushed and the machine settles, so one run's disk
// writeback or a registry's start-up does not land on the next.
const settle = async () => {
  await exec('sync');
  await new Promise((r) => setTimeout(r, 500));
};
const time = async (fn) => {
  await settle();
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Each tool copies into a fresh destination registry every round: skopeo's blob-info cache remembers
// where blobs already are and would mount them instead of copying.
const src = await support.startRegistry();
const fresh = [];
const freshRegistry = async () => {
  const r = await support.startRegistry();
  fresh.push(r);
  return r;
};
try {
  const layerSize = Math.floor((totalMb * 1024 * 1024) / layers);
  const image = await support.makeRandomImage({ layers, layerSize });
  const bytes = [...image.blobs.values()].reduce((n, b) => n + b.length, 0);
  const client = new support.RegistryClient();
  await support.pushTestImage(client, support.parseReference(`${src.host}/bench/big:1`), image);
  await client.close();
  console.log(`image: ${layers} layers, ${(bytes / 1e6).toFixed(1)} MB compressed, ${image.digest}`);

  const hoistTimes = [];
  const skopeoTimes = [];
  for (let r = 0; r < rounds; r++) {
    const hoistDst = await freshRegistry();
    const skopeoDst = await freshRegistry();
    const runHoist = async () =>
      hoistTimes.push(await time(() => exec(process.execPath, [cli, 'copy', `${src.host}/bench/big:1`, `${hoistDst.host}/bench/big:1`], { env: { PATH: process.env.PATH, HOME: work } })));
    const runSkopeo = async () =>
      skopeoTimes.push(await time(() => exec('skopeo', ['copy', '--quiet', '--src-tls-verify=false', '--dest-tls-verify=false', `docker://${src.host}/bench/big:1`, `docker://${skopeoDst.host}/bench/big:1`])));
    // Alternate the order so neither tool always runs on a warmer page cache.
    if (r % 2 === 0) {
      await runHoist();
      await runSkopeo();
    } else {
      await runSkopeo();
      await runHoist();
    }
    console.log(`round ${r + 1}: hoist ${hoistTimes[r].toFixed(2)} s, skopeo ${skopeoTimes[r].toFixed(2)} s`);
    for (const d of fresh.splice(0)) {
      await d.stop();
      await rm(d.dir, { recursive: true, force: true });
    }
  }
  // Startup alone (Node, the bundle, the copy command's modules), for reading the result.
  const startup = [];
  for (let i = 0; i < 5; i++) startup.push(await time(() => exec(process.execPath, [cli, 'copy', '--help'], { env: { PATH: process.env.PATH, HOME: work } })));
  const h = median(hoistTimes);
  const s = median(skopeoTimes);
  console.log(`hoist copy:  ${h.toFixed(2)} s (median of ${rounds}, ${(bytes / 1e6 / h).toFixed(0)} MB/s)`);
  console.log(`skopeo copy: ${s.toFixed(2)} s (median of ${rounds}, ${(bytes / 1e6 / s).toFixed(0)} MB/s)`);
  console.log(`ratio hoist/skopeo: ${(h / s).toFixed(2)} (${h <= s ? 'goal met: hoist no slower than skopeo' : 'goal missed: hoist slower than skopeo'})`);
  console.log(`hoist CLI startup (node cli.js copy --help): ${median(startup).toFixed(2)} s (median of 5), included in the hoist time`);
  await mkdir(path.join(root, 'bench/results'), { recursive: true });
  await writeFile(path.join(root, 'bench/results/copy.json'), JSON.stringify({ when: new Date().toISOString(), mb: bytes / 1e6, layers, rounds, hoist: hoistTimes, skopeo: skopeoTimes, ratio: h / s, startup }, null, 2));
} finally {
  for (const d of [src, ...fresh]) {
    await d.stop();
    await rm(d.dir, { recursive: true, force: true });
  }
  await rm(work, { recursive: true, force: true });
}
