/**
 * Moving filesystems in and out of a Docker daemon for the Docker executor: a step's parent layers are
 * loaded as an image (`POST /images/load`, docker-archive format), and the step's committed layer is taken
 * back out of `GET /images/{name}/get` (legacy or OCI-layout archives: the last layer of manifest.json).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DigestStream, digestHex, chainId, type Digest } from '../../oci/digest.js';
import { readTar } from '../../oci/tar/reader.js';
import { TarWriter } from '../../oci/tar/writer.js';
import { SandboxError, type LayerSource } from '../types.js';
import type { DockerEngine } from './engine.js';

/** Repository the executor tags parent images with. */
export const PARENT_REPO = 'hoist-sandbox/parent';

/** sha256 of 1024 zero bytes: the diff_id of an empty layer tar. */
export const EMPTY_LAYER_DIFF_ID = 'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef' as Digest;

/**
 * The image reference of a stack of layers in the daemon, for one executor (`owner`: `<pid>-<random>`): each
 * executor loads and removes its own, so one build's cleanup never takes away the image another build on the
 * same daemon is about to run (the daemon shares the layers underneath).
 */
export function parentRef(layers: LayerSource[], owner: string): string {
  const chain = chainId(layers.map((l) => l.diffId)) ?? EMPTY_LAYER_DIFF_ID;
  return `${PARENT_REPO}:${digestHex(chain)}-${owner}`;
}

function dockerArch(): string {
  return ({ x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' } as Record<string, string>)[process.arch] ?? process.arch;
}

async function spool(src: Readable, file: string): Promise<{ digest: Digest; size: number }> {
  const d = new DigestStream();
  await pipeline(src, d, createWriteStream(file, { mode: 0o600 }));
  return { digest: d.digester.digest(), size: (await stat(file)).size };
}

/**
 * Makes sure the daemon has an image of exactly these layers, tagged `parentRef(layers)`; loads it when
 * missing. An empty stack becomes one empty layer (the daemon cannot run an image without layers).
 * Returns the compressed digests of the loaded blobs (to recognise them in a later export).
 */
export async function ensureParent(engine: DockerEngine, layers: LayerSource[], tempDir: string, known: Set<string>, owner: string): Promise<string> {
  const ref = parentRef(layers, owner);
  const exists = await engine.json('GET', `/images/${ref}/json`, { allow: [404] });
  if (exists) return ref;
  const files: { name: string; file: string; size: number }[] = [];
  const diffIds: string[] = [];
  try {
    for (const [i, l] of layers.entries()) {
      const file = path.join(tempDir, `hoist-load-${process.pid}-${Date.now()}-${i}`);
      const { digest, size } = await spool(await l.open(), file);
      known.add(digestHex(digest));
      known.add(digestHex(l.diffId));
      files.push({ name: `${digestHex(l.diffId)}/layer.tar`, file, size });
      diffIds.push(l.diffId);
    }
    const empty = Buffer.alloc(1024);
    if (layers.length === 0) diffIds.push(EMPTY_LAYER_DIFF_ID);
    const config = Buffer.from(JSON.stringify({ architecture: dockerArch(), os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: diffIds } }));
    const manifest = Buffer.from(JSON.stringify([{ Config: 'config.json', RepoTags: [ref], Layers: layers.length ? files.map((f) => f.name) : ['empty/layer.tar'] }]));
    const out = new PassThrough();
    const req = engine.request('POST', '/images/load', { query: { quiet: 1 }, body: out, headers: { 'content-type': 'application/x-tar' } });
    const w = new TarWriter(out);
    const base = { mode: 0o644, uid: 0, gid: 0, mtime: 0 };
    await w.add({ ...base, path: 'config.json', type: 'file', size: config.length }, config);
    for (const f of files) await w.add({ ...base, path: f.name, type: 'file', size: f.size }, createReadStream(f.file));
    if (layers.length === 0) await w.add({ ...base, path: 'empty/layer.tar', type: 'file', size: empty.length }, empty);
    await w.add({ ...base, path: 'manifest.json', type: 'file', size: manifest.length }, manifest);
    await w.finish();
    const res = await req;
    const text = await res.body.text();
    if (/"error"/.test(text)) throw new SandboxError(`docker executor: loading the parent image failed: ${text.trim()}`);
    return ref;
  } finally {
    await Promise.all(files.map((f) => rm(f.file, { force: true })));
  }
}

/**
 * Exports `ref` and writes its top layer (as stored: possibly compressed) to `outFile`. Blobs whose hex
 * digest is in `known` (the parents) are skipped without being stored.
 */
export async function exportTopLayer(engine: DockerEngine, ref: string, known: Set<string>, outFile: string, tempDir: string): Promise<void> {
  const res = await engine.request('GET', `/images/${encodeURIComponent(ref)}/get`);
  const spooled = new Map<string, string>();
  const small = new Map<string, Buffer>();
  let n = 0;
  try {
    for await (const { entry, body } of readTar(res.body)) {
      if (entry.type !== 'file') continue;
      const base = path.basename(entry.path);
      if (known.has(base) || (entry.path.endsWith('/layer.tar') && known.has(path.basename(path.dirname(entry.path))))) {
        body.resume();
        continue;
      }
      if (entry.size < 64 * 1024) {
        const chunks: Buffer[] = [];
        for await (const c of body) chunks.push(c as Buffer);
        small.set(entry.path, Buffer.concat(chunks));
      } else {
        const file = path.join(tempDir, `hoist-export-${process.pid}-${n++}`);
        await pipeline(body, createWriteStream(file, { mode: 0o600 }));
        spooled.set(entry.path, file);
      }
    }
    const manifest = small.get('manifest.json');
    if (!manifest) throw new SandboxError(`docker executor: the export of ${ref} has no manifest.json`);
    const layers = (JSON.parse(manifest.toString('utf8')) as { Layers: string[] }[])[0]?.Layers ?? [];
    const top = layers[layers.length - 1];
    if (!top) throw new SandboxError(`docker executor: the export of ${ref} lists no layers`);
    const file = spooled.get(top);
    const buf = small.get(top);
    if (file) {
      await rm(outFile, { force: true });
      await pipeline(createReadStream(file), createWriteStream(outFile, { mode: 0o600 }));
    } else if (buf) {
      await pipeline(async function* () {
        yield buf;
      }, createWriteStream(outFile, { mode: 0o600 }));
    } else if (path.basename(top) === digestHex(EMPTY_LAYER_DIFF_ID) || path.basename(path.dirname(top)) === digestHex(EMPTY_LAYER_DIFF_ID)) {
      await pipeline(async function* () {
        yield Buffer.alloc(1024);
      }, createWriteStream(outFile, { mode: 0o600 }));
    } else {
      throw new SandboxError(`docker executor: the top layer ${top} of ${ref} equals a parent layer; it was not kept`);
    }
  } finally {
    await Promise.all([...spooled.values()].map((f) => rm(f, { force: true })));
  }
}
