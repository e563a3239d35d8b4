/**
 * `type=local` written by a caller that is not root (the action runs as the runner's user): read-only
 * directories (a 0555 /proc or /usr/bin, a 0500 directory with a file in it, a later layer writing into a
 * lower 0555 directory), a second export into the same destination, capability xattrs and device nodes it may
 * not create. The export runs as `nobody` (setpriv) from a bundle of export-fs.ts, and its tree is compared with
 * the same export made as root, owners apart.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { build } from 'esbuild';
import { createWriteStream, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { TarWriter } from '../../src/oci/tar/writer.js';
import type { TarEntry } from '../../src/oci/tar/types.js';

const exec = promisify(execFile);
const NOBODY = 65534;

type Spec = Omit<TarEntry, 'size' | 'uid' | 'gid' | 'mtime'> & { body?: string; uid?: number; gid?: number };

async function writeLayer(file: string, specs: Spec[]): Promise<void> {
  const out = createWriteStream(file);
  const w = new TarWriter(out);
  for (const { body, ...e } of specs) {
    const data = body === undefined ? undefined : Buffer.from(body);
    await w.add({ uid: 0, gid: 0, mtime: 1_600_000_000, ...e, size: data?.length ?? 0 }, data);
  }
  await w.finish();
  await new Promise<void>((r) => out.on('close', () => r()));
}

function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(root, rel)).sort()) {
      const p = rel ? `${rel}/${name}` : name;
      const st = lstatSync(path.join(root, p));
      const kind = st.isDirectory() ? 'd' : st.isFile() ? 'f' : st.isSymbolicLink() ? 'l' : st.isFIFO() ? 'p' : 'x';
      out[p] = `${kind} ${(st.mode & 0o7777).toString(8)} ${st.uid}:${st.gid}${st.isFile() ? ` ${readFileSync(path.join(root, p), 'utf8').trim()}` : ''}`;
      // A 0500 directory cannot be listed by root's test as another user would: root reads everything.
      if (st.isDirectory()) walk(p);
    }
  };
  walk('');
  return out;
}

describe('type=local as a caller that is not root', () => {
  let work: string;
  let script: string;
  beforeAll(async () => {
    work = await mkdtemp('/var/tmp/hoist-export-nonroot-');
    await chmod(work, 0o755);
    await writeLayer(path.join(work, 'l1.tar'), [
      { path: 'proc', type: 'dir', mode: 0o555 },
      { path: 'usr', type: 'dir', mode: 0o755 },
      { path: 'usr/bin', type: 'dir', mode: 0o555 },
      { path: 'usr/bin/tool', type: 'file', mode: 0o755, body: 'tool' },
      { path: 'ro', type: 'dir', mode: 0o500 },
      { path: 'ro/secret', type: 'file', mode: 0o400, body: 'secret' },
      { path: 'su', type: 'file', mode: 0o4755, uid: 1000, body: 'su' },
      { path: 'cap', type: 'file', mode: 0o755, body: 'cap', xattrs: { 'security.capability': Buffer.from('0100000200200000000000000000000000000000', 'hex'), 'user.note': Buffer.from('kept') } },
      { path: 'gone', type: 'file', mode: 0o644, body: 'gone' },
      { path: 'dev', type: 'dir', mode: 0o755 },
      { path: 'dev/null2', type: 'char', mode: 0o666, devmajor: 1, devminor: 3 },
      { path: 'fifo', type: 'fifo', mode: 0o600 },
    ]);
    await writeLayer(path.join(work, 'l2.tar'), [
      { path: 'usr/bin/tool2', type: 'file', mode: 0o755, body: 'tool2' },
      { path: '.wh.gone', type: 'file', mode: 0o644 },
      { path: 'ro/more', type: 'file', mode: 0o444, body: 'more' },
    ]);
    const entry = path.join(work, 'run-export.ts');
    await writeFile(
      entry,
      `import { createReadStream } from 'node:fs';
import { exportLocal } from ${JSON.stringify(path.resolve('src/build/export-fs.ts'))};
const [dest, ...layers] = process.argv.slice(2);
const image = { platform: { os: 'linux', architecture: 'amd64' }, layers: layers.map((f) => ({ file: f })) as never[], openTar: async (l: { file: string }) => createReadStream(l.file) };
exportLocal(dest, [image]).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(1); });
`,
    );
    script = path.join(work, 'run-export.mjs');
    await build({ entryPoints: [entry], outfile: script, bundle: true, platform: 'node', format: 'esm', target: 'node24', logLevel: 'warning', banner: { js: "import { createRequire as __req } from 'node:module'; const require = __req(import.meta.url);" } });
  }, 60_000);
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  async function exportAs(uid: number | undefined, dest: string): Promise<void> {
    const args = [script, dest, path.join(work, 'l1.tar'), path.join(work, 'l2.tar')];
    if (uid === undefined) await exec(process.execPath, args);
    else await exec('setpriv', [`--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', process.execPath, ...args]);
  }

  it('writes the same tree as root does, owned by the caller, and can export again over it', async () => {
    const asRoot = path.join(work, 'as-root');
    await exportAs(undefined, asRoot);
    const dest = path.join(work, 'as-nobody');
    await mkdir(dest);
    await chown(dest, NOBODY, NOBODY);
    await exportAs(NOBODY, dest);
    // Again, over the read-only directories the first export left.
    await exportAs(NOBODY, dest);

    const rootTree = tree(asRoot);
    const nobodyTree = tree(dest);
    expect(rootTree['proc']).toBe('d 555 0:0');
    expect(rootTree['usr/bin/tool2']).toBe('f 755 0:0 tool2');
    expect(rootTree['gone']).toBeUndefined();
    expect(rootTree['dev/null2']).toBeDefined();
    // As nobody: no device node (only root may make one); everything else alike, owned by nobody.
    const expected = Object.fromEntries(Object.entries(rootTree).filter(([p]) => p !== 'dev/null2').map(([p, v]) => [p, v.replace(' 0:0', ` ${NOBODY}:${NOBODY}`)]));
    expect(nobodyTree).toEqual(expected);
    expect(nobodyTree['ro']).toBe(`d 500 ${NOBODY}:${NOBODY}`);
    expect(nobodyTree['ro/more']).toBe(`f 444 ${NOBODY}:${NOBODY} more`);
    expect(nobodyTree['su']).toBe(`f 4755 ${NOBODY}:${NOBODY} su`);
    expect(nobodyTree['fifo']).toBe(`p 600 ${NOBODY}:${NOBODY}`);
    expect(readdirSync(dest).filter((n) => n.startsWith('.hoist-export-'))).toEqual([]);
  }, 120_000);
});
