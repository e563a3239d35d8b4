// Layer I/O on a real tree: unpackLayer (apply and overlay-lower) and writeDirAsLayer, next to GNU tar
// doing the same work. Prints files, MiB and seconds per step. Input: a directory (default: this
// project's node_modules: tens of thousands of small files).
//
//   node_modules/.bin/esbuild --bundle --platform=node --format=esm --outfile=/tmp/layer-unpack.mjs bench/layer-unpack.ts
//   node_modules/.bin/node /tmp/layer-unpack.mjs [dir]
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDirAsLayer } from '../src/oci/layer/diff.js';
import { unpackLayer } from '../src/oci/layer/unpack.js';

const source = path.resolve(process.argv[2] ?? 'node_modules');
const work = mkdtempSync(path.join(os.tmpdir(), 'hoist-bench-unpack-'));
const time = async (label: string, f: () => Promise<unknown> | unknown) => {
  const t0 = process.hrtime.bigint();
  await f();
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${label.padEnd(42)} ${s.toFixed(2)} s`);
};
try {
  const tar = path.join(work, 'layer.tar');
  const files = Number(execFileSync('bash', ['-c', 'find "$1" | wc -l', 'bench', source], { encoding: 'utf8' }).trim());
  console.log(`input: ${source}, ${files} paths; node ${process.version}, ${os.cpus()[0]?.model}, load ${os.loadavg()[0].toFixed(1)}`);
  await time('writeDirAsLayer (to a file)', () => writeDirAsLayer(source, tar));
  console.log(`  layer: ${(statSync(tar).size / 2 ** 20).toFixed(1)} MiB`);
  await time('GNU tar -c (to a file)', () => execFileSync('tar', ['-C', source, '-cf', path.join(work, 'gnu.tar'), '.']));
  await time('unpackLayer apply', () => unpackLayer(createReadStream(tar), path.join(work, 'apply'), { mode: 'apply' }));
  await time('unpackLayer overlay-lower', () => unpackLayer(createReadStream(tar), path.join(work, 'lower'), { mode: 'overlay-lower' }));
  await time('GNU tar -x', () => {
    execFileSync('mkdir', [path.join(work, 'gnu')]);
    execFileSync('tar', ['--xattrs', '--xattrs-include=*', '-xpf', tar, '-C', path.join(work, 'gnu')]);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
