// The comparison benchmark's inputs: wheels pip can read (checked with unzip), deterministic fixtures whose
// edits change one file each, and a multi-stage C program that compiles (host gcc, as the build stage runs it).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { busyboxApp, debianApp, FIXTURES, multiStage, seededBytes } from '../../bench/compare/fixtures.js';
import { makeWheel, wheelFileName, zip } from '../../bench/compare/wheel.js';

const exec = promisify(execFile);
let top: string;
const BASES = { busybox: '127.0.0.1:5000/base/busybox:1', debian: '127.0.0.1:5000/base/debian:bookworm' };

beforeAll(async () => {
  top = await mkdtemp(path.join(tmpdir(), 'hoist-bench-fixtures-'));
});
afterAll(async () => {
  await rm(top, { recursive: true, force: true });
});

async function treeHashes(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    out.set(path.relative(dir, full), createHash('sha256').update(await readFile(full)).digest('hex'));
  }
  return out;
}

describe('zip and wheels', () => {
  test('unzip tests the archive and extracts the same bytes', async () => {
    const big = seededBytes('zip', 300_000);
    const file = path.join(top, 'a.zip');
    await writeFile(file, zip([{ name: 'dir/a.txt', data: Buffer.from('hello\n') }, { name: 'b.bin', data: big }, { name: 'empty', data: Buffer.alloc(0) }]));
    const t = await exec('unzip', ['-t', file]);
    expect(t.stdout).toContain('No errors detected');
    const list = await exec('unzip', ['-Z1', file]);
    expect(list.stdout.trim().split('\n')).toEqual(['dir/a.txt', 'b.bin', 'empty']);
    const b = await exec('unzip', ['-p', file, 'b.bin'], { encoding: 'buffer', maxBuffer: 1 << 20 });
    expect(Buffer.compare(b.stdout as unknown as Buffer, big)).toBe(0);
  });

  test('a wheel has METADATA, WHEEL and a RECORD whose hashes and sizes match its files', async () => {
    const file = path.join(top, wheelFileName({ name: 'bench-dep', version: '1.0' }));
    expect(path.basename(file)).toBe('bench_dep-1.0-py3-none-any.whl');
    await writeFile(file, makeWheel({ name: 'bench-dep', version: '1.0', files: [{ name: 'bench_dep/__init__.py', data: Buffer.from('X = 1\n') }] }));
    const read = async (n: string) => (await exec('unzip', ['-p', file, n])).stdout;
    expect(await read('bench_dep-1.0.dist-info/METADATA')).toBe('Metadata-Version: 2.1\nName: bench-dep\nVersion: 1.0\n');
    expect(await read('bench_dep-1.0.dist-info/WHEEL')).toContain('Root-Is-Purelib: true\nTag: py3-none-any\n');
    const record = (await read('bench_dep-1.0.dist-info/RECORD')).trim().split('\n');
    expect(record.at(-1)).toBe('bench_dep-1.0.dist-info/RECORD,,');
    for (const line of record.slice(0, -1)) {
      const [name, hash, size] = line.split(',');
      const data = Buffer.from(await read(name));
      expect(hash).toBe(`sha256=${createHash('sha256').update(data).digest('base64url')}`);
      expect(Number(size)).toBe(data.length);
    }
    expect(() => makeWheel({ name: 'bad name', version: '1', files: [] })).toThrow(/invalid distribution name "bad name"/);
  });
});

describe('fixtures', () => {
  test('seeded bytes are deterministic and differ by seed', () => {
    expect(seededBytes('a', 64)).toEqual(seededBytes('a', 64));
    expect(seededBytes('a', 64)).not.toEqual(seededBytes('b', 64));
  });

  test.each(FIXTURES.map((f) => [f.id, f] as const))('%s: written the same twice, Dockerfile names the bases, edits 1 and 2 change one different file each', async (id, fixture) => {
    const a = path.join(top, `${id}-a`);
    const b = path.join(top, `${id}-b`);
    await fixture.write(a, BASES);
    await fixture.write(b, BASES);
    const ha = await treeHashes(a);
    expect(await treeHashes(b)).toEqual(ha);
    const dockerfile = await readFile(path.join(a, 'Dockerfile'), 'utf8');
    for (const base of fixture.bases) expect(dockerfile).toContain(`FROM ${BASES[base]}`);
    await fixture.edit(a, 1);
    const h1 = await treeHashes(a);
    const changed1 = [...h1].filter(([k, v]) => ha.get(k) !== v).map(([k]) => k);
    expect(changed1).toHaveLength(1);
    await fixture.edit(a, 2);
    const h2 = await treeHashes(a);
    const changed2 = [...h2].filter(([k, v]) => h1.get(k) !== v).map(([k]) => k);
    expect(changed2).toHaveLength(1);
    expect(changed2[0]).not.toBe(changed1[0]);
  });

  test('busybox app: a 2,000-file tree, a 20 MB RUN layer, several RUN', async () => {
    const dir = path.join(top, 'busybox-app-a');
    const src = (await readdir(path.join(dir, 'src'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    expect(src).toHaveLength(2000);
    const dockerfile = await readFile(path.join(dir, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('head -c 20971520 /dev/urandom');
    expect(dockerfile.match(/^RUN /gm)!.length).toBeGreaterThanOrEqual(3);
    expect(busyboxApp.bases).toEqual(['busybox']);
  });

  test('Debian app: apt-get install, pip install of the wheels requirements.txt names, then the sources', async () => {
    const dir = path.join(top, 'debian-app-a');
    const reqs = (await readFile(path.join(dir, 'requirements.txt'), 'utf8')).trim().split('\n');
    const wheels = await readdir(path.join(dir, 'wheels'));
    expect(wheels.sort()).toEqual(reqs.map((r) => wheelFileName({ name: r.split('==')[0], version: '1.0' })).sort());
    const steps = (await readFile(path.join(dir, 'Dockerfile'), 'utf8')).split('\n').filter((l) => /^(RUN|COPY)/.test(l)).map((l) => l.split(' ').slice(0, 3).join(' '));
    expect(steps).toEqual(['RUN apt-get update', 'COPY requirements.txt ./', 'COPY wheels/ ./wheels/', 'RUN pip install', 'COPY src/ ./src/', 'RUN python3 -m']);
    expect(debianApp.bases).toEqual(['debian']);
  });

  test('multi-stage: the build stage\'s Makefile builds a static binary that runs', async () => {
    const dir = path.join(top, 'multi-stage-a');
    await exec('make', ['-j2', 'app'], { cwd: dir });
    const { stdout } = await exec(path.join(dir, 'app'), ['--self-test']);
    expect(stdout).toMatch(/^ok \d+\n$/);
    const file = (await exec('file', [path.join(dir, 'app')])).stdout;
    expect(file).toContain('statically linked');
    const dockerfile = await readFile(path.join(dir, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/AS build\n[\s\S]*\nFROM 127\.0\.0\.1:5000\/base\/busybox:1\nCOPY --from=build \/build\/app /);
    expect(multiStage.bases).toEqual(['debian', 'busybox']);
  });
});
