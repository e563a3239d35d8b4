import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';

describe('dist/', () => {
  test('is the esbuild bundle of src/ (run `npm run build` and commit dist/)', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'hoist-dist-'));
    try {
      execFileSync(process.execPath, ['scripts/bundle.mjs', out], { stdio: 'pipe' });
      for (const file of ['index.js', 'cli.js']) {
        const fresh = readFileSync(path.join(out, file), 'utf8');
        const committed = readFileSync(path.join('dist', file), 'utf8');
        expect({ file, same: fresh === committed }).toEqual({ file, same: true });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('action.yml runs the bundle on node24', () => {
    const yml = readFileSync('action.yml', 'utf8');
    expect(yml).toMatch(/using:\s*['"]?node24['"]?/);
    expect(yml).toMatch(/main:\s*['"]?dist\/index\.js['"]?/);
  });
});
