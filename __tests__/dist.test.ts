import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';

describe('dist/', () => {
  test('is the esbuild bundle of src/ (run `npm run build` and commit dist/)', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'hoist-dist-'));
    try {
      execFileSync(process.execPath, ['scripts/bundle.mjs', out], { stdio: 'pipe' });
      const fresh = readdirSync(out).filter((f) => f.endsWith('.js') || f === 'package.json').sort();
      const committed = readdirSync('dist').filter((f) => f.endsWith('.js') || f === 'package.json').sort();
      expect(committed).toEqual(fresh);
      for (const file of fresh) {
        const same = readFileSync(path.join(out, file), 'utf8') === readFileSync(path.join('dist', file), 'utf8');
        expect({ file, same }).toEqual({ file, same: true });
      }
      expect(fresh).toEqual(expect.arrayContaining(['index.js', 'cli.js', 'sandbox-worker.js', 'package.json']));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  // Startup cost (scripts/bundle.mjs): @actions/http-client's own undici 6 would be a second ~780 KB to parse,
  // and an ESM import of node:http makes Node load its internal undici for the WebSocket getters.
  test('carries one undici and takes node:http through require', () => {
    const files = readdirSync('dist').filter((f) => f.endsWith('.js'));
    const text = files.map((f) => readFileSync(path.join('dist', f), 'utf8')).join('\n');
    expect(text).toContain('// node_modules/undici/lib/dispatcher/proxy-agent.js');
    expect(text).not.toMatch(/node_modules\/@actions\/http-client\/node_modules\/undici\//);
    expect(text.match(/^import .* from "(node:)?http";$/gm) ?? []).toEqual([]);
    expect(text).toMatch(/^var http\d* = __require\("node:http"\);$/m);
  });

  test('the bundled CLI runs and tells its version (package.json\'s, found from dist/)', () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
    expect(execFileSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' })).toBe(`hoist ${version}\n`);
  });

  test('action.yml runs the bundle on node24', () => {
    const yml = readFileSync('action.yml', 'utf8');
    expect(yml).toMatch(/using:\s*['"]?node24['"]?/);
    expect(yml).toMatch(/main:\s*['"]?dist\/index\.js['"]?/);
  });
});
