/** Context tree hashes leave owners out: every context file is copied or mounted 0:0 (as buildx sends it). */
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { BuildContext } from '../../src/context/context.js';
import { ContextHasher } from '../../src/context/hash.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hoist-hash-owners-'));
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src/a.txt'), 'alpha\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hash = async () => (await ContextHasher.open()).hashTree(new BuildContext(dir), 'src', 'src');

// Changing a file's owner needs root, as every suite that builds does.
describe('ContextHasher owners', () => {
  test("a file's or a directory's owner does not change the hash; its mode and bytes do", async () => {
    const before = await hash();
    chownSync(path.join(dir, 'src/a.txt'), 1234, 1234);
    chownSync(path.join(dir, 'src'), 4321, 4321);
    expect(await hash()).toBe(before);
    chmodSync(path.join(dir, 'src/a.txt'), 0o755);
    const moded = await hash();
    expect(moded).not.toBe(before);
    writeFileSync(path.join(dir, 'src/a.txt'), 'beta!\n');
    expect(await hash()).not.toBe(moded);
  });
});
