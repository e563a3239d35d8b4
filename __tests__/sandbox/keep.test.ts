/**
 * A step's upper dir kept as its unpacked layer (keep.ts) shows the same tree as the layer tar unpacked:
 * a step with mount stubs, whiteouts, an opaque directory, metadata changes and unchanged copy-ups is
 * viewed through both and compared (types, modes, owners, sizes, contents, link targets).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { digestHex } from '../../src/oci/digest.js';
import { mountRootfs } from '../../src/sandbox/index.js';
import type { Executor, LayerSource } from '../../src/sandbox/types.js';
import { busyboxLayer, type TestLayer } from '../support/rootfs.js';
import { keepLayer, makeDirs, nativeExecutor, removeDirs, sh, type Dirs } from './harness.js';

const exec = promisify(execFile);

async function tree(root: string): Promise<string> {
  const { stdout } = await exec('sh', ['-c', 'find . -printf "%p %y %m %U:%G %s %l\\n" | sort; find . -type f -exec md5sum {} + | sort -k2'], { cwd: root, maxBuffer: 64 << 20 });
  return stdout;
}

describe('a kept upper dir equals its layer unpacked', () => {
  let d: Dirs;
  let ex: Executor;
  let base: TestLayer;

  beforeAll(async () => {
    d = await makeDirs('keep');
    ex = await nativeExecutor(d);
    base = await busyboxLayer();
  });
  afterAll(async () => {
    await ex.close();
    await removeDirs(d);
  });

  it('after stubs, whiteouts, an opaque dir, metadata changes and unchanged copy-ups', async () => {
    const layers: LayerSource[] = [base];
    const steps = [
      'mkdir -p /d/sub /e && echo a > /d/f && echo s > /d/sub/s && echo k > /keep && echo e > /e/x && ln /keep /keep.link',
      'rm -rf /d && mkdir /d && echo n > /d/n && rm /keep && chmod 700 /e && chown 1000:1000 /e/x && chown root:root /etc/passwd && touch -d "2001-01-01" /keep.link && mkdir -p /run && echo new > /run/new',
    ];
    const mounts = [
      { type: 'tmpfs' as const, target: '/mnt/scratch/deep' },
      { type: 'cache' as const, id: 'k', target: '/var/cache/k', sharing: 'shared' as const, readonly: false },
    ];
    for (const [i, s] of steps.entries()) {
      const r = await sh(ex, layers, s, { mounts });
      layers.push(await keepLayer(r.result, path.join(d.base, 'layers'), `${i}`));
    }
    // The steps' layers are in the store as kept upper dirs...
    for (const l of layers.slice(1)) expect(existsSync(path.join(d.cacheDir, 'layers', digestHex(l.diffId)))).toBe(true);
    const kept = await mountRootfs(layers, { cacheDir: d.cacheDir, tempDir: d.tempDir });
    // ...and a fresh store unpacks the same layers from their tars.
    const fresh = path.join(d.base, 'fresh-cache');
    await mkdir(fresh, { recursive: true });
    const unpacked = await mountRootfs(layers, { cacheDir: fresh, tempDir: d.tempDir });
    try {
      const a = await tree(kept.path);
      expect(a).toContain('./d/n f 644');
      expect(a).not.toContain('./d/f');
      expect(a).not.toContain('./mnt');
      expect(a).toBe(await tree(unpacked.path));
    } finally {
      await kept.release();
      await unpacked.release();
    }
  });
});
