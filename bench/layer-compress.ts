// Layer compression: time and size per gzip / zstd level, through writeLayerBlob (one pass: diff_id,
// digest, blob file). Prints one line per setting. Input: a tar of a directory (default: this project's
// node_modules, a realistic mix of text and binaries), written once to a temp file and read from there.
//
//   node_modules/.bin/esbuild --bundle --platform=node --format=esm --outfile=/tmp/layer-compress.mjs bench/layer-compress.ts
//   node_modules/.bin/node /tmp/layer-compress.mjs [dir] [max-MiB]
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeLayerBlob } from '../src/oci/layer/compress.js';

const source = path.resolve(process.argv[2] ?? 'node_modules');
const maxMiB = Number(process.argv[3] ?? 200);
const work = mkdtempSync(path.join(os.tmpdir(), 'hoist-bench-'));
try {
  const tar = path.join(work, 'input.tar');
  // GNU tar of the tree, cut at a whole number of blocks near max-MiB (the content is what matters here).
  execFileSync('bash', ['-c', `tar -C "$1" -cf - . | head -c ${maxMiB * 1024 * 1024} > "$2"`, 'bench', source, tar]);
  const size = statSync(tar).size;
  console.log(`input: ${(size / 2 ** 20).toFixed(1)} MiB tar of ${source}; node ${process.version}, zlib ${process.versions.zlib}, ${os.cpus()[0]?.model}`);
  const settings: [('gzip' | 'zstd' | 'none'), number][] = [['none', 0], ['gzip', 1], ['gzip', 3], ['gzip', 6], ['gzip', 9], ['zstd', 1], ['zstd', 3], ['zstd', 9]];
  for (const [compression, level] of settings) {
    const t0 = process.hrtime.bigint();
    const blob = await writeLayerBlob(createReadStream(tar), { compression, level, dir: path.join(work, 'blobs') });
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(
      `${compression} -${level}: ${s.toFixed(2)} s, ${(size / 2 ** 20 / s).toFixed(0)} MiB/s, ${(blob.size / 2 ** 20).toFixed(1)} MiB (${((100 * blob.size) / size).toFixed(1)} %)`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
