/**
 * Mount points the Docker daemon creates for a step's `--mount`s land in the container's layer; they are
 * found before the step starts (`HEAD /containers/{id}/archive`) and filtered out of the committed layer
 * afterwards, with the parent directories that appear only because of them.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { decompress } from '../../oci/layer/compress.js';
import { readTar } from '../../oci/tar/reader.js';
import { TarWriter } from '../../oci/tar/writer.js';
import type { TarEntry } from '../../oci/tar/types.js';
import { components } from '../paths.js';
import type { DockerEngine } from './engine.js';

/** What existed on the way to one mount target before the step ran. */
export interface TargetProbe {
  /** Relative paths the daemon will create (parents first); empty when the target exists. */
  created: string[];
  /** Existing ancestors (relative, deepest first) with their permission bits. */
  ancestors: { path: string; mode: number }[];
}

/** Permission bits (with setuid/setgid/sticky) of a Go os.FileMode. */
export function goModePerm(m: number): number {
  let perm = m & 0o777;
  if (m & (1 << 23)) perm |= 0o4000;
  if (m & (1 << 22)) perm |= 0o2000;
  if (m & (1 << 20)) perm |= 0o1000;
  return perm;
}

async function statIn(engine: DockerEngine, container: string, p: string): Promise<{ mode: number } | undefined> {
  const r = await engine.request('HEAD', `/containers/${container}/archive`, { query: { path: p }, allow: [404] });
  await r.body.text().catch(() => '');
  if (r.status === 404) return undefined;
  const h = r.headers['x-docker-container-path-stat'];
  const raw = Array.isArray(h) ? h[0] : h;
  if (!raw) return { mode: 0 };
  const st = JSON.parse(Buffer.from(raw, 'base64').toString('utf8')) as { mode: number };
  return { mode: goModePerm(st.mode) };
}

/** Probes each target in the (created, not started) container. */
export async function probeTargets(engine: DockerEngine, container: string, targets: string[]): Promise<TargetProbe[]> {
  const out: TargetProbe[] = [];
  for (const t of targets) {
    const comps = components(t);
    let existing = comps.length;
    const stats: { path: string; mode: number }[] = [];
    for (; existing > 0; existing--) {
      const p = comps.slice(0, existing).join('/');
      const st = await statIn(engine, container, '/' + p);
      if (st) break;
    }
    for (let i = existing; i > 0; i--) {
      const p = comps.slice(0, i).join('/');
      const st = await statIn(engine, container, '/' + p);
      if (st) stats.push({ path: p, mode: st.mode });
    }
    const created: string[] = [];
    for (let i = existing + 1; i <= comps.length; i++) created.push(comps.slice(0, i).join('/'));
    out.push({ created, ancestors: existing === comps.length ? [] : stats });
  }
  return out;
}

function under(p: string, dir: string): boolean {
  return p.startsWith(dir + '/');
}

/**
 * Copies the committed layer (`raw`, compressed or not) to `outTar` without the created mount points;
 * existing ancestors are kept only when something else below them is kept or their mode changed.
 */
export async function filterLayer(raw: string, outTar: string, probes: TargetProbe[]): Promise<{ entries: number }> {
  const created = new Set(probes.flatMap((p) => p.created));
  const ancestorMode = new Map<string, number>();
  for (const p of probes) for (const a of p.ancestors) ancestorMode.set(a.path, a.mode);
  const out = createWriteStream(outTar, { mode: 0o600 });
  const w = new TarWriter(out);
  const held: TarEntry[] = [];
  let entries = 0;
  const flushFor = async (p: string): Promise<void> => {
    for (let i = 0; i < held.length; ) {
      if (under(p, held[i].path)) {
        await w.add(held[i]);
        entries++;
        held.splice(i, 1);
      } else i++;
    }
  };
  const input = await decompress(createReadStream(raw));
  for await (const { entry, body } of readTar(input)) {
    const p = entry.path;
    if (p === '.' || p === '') {
      body.resume();
      continue;
    }
    if (created.has(p) && (entry.type === 'dir' || (entry.type === 'file' && entry.size === 0))) {
      body.resume();
      continue;
    }
    const mode = ancestorMode.get(p);
    if (mode !== undefined && entry.type === 'dir' && (entry.mode & 0o7777) === mode) {
      held.push(entry);
      body.resume();
      continue;
    }
    await flushFor(p);
    await w.add(entry, entry.type === 'file' ? body : undefined);
    if (entry.type !== 'file') body.resume();
    entries++;
  }
  await w.finish();
  return { entries };
}
