import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { decompress } from '../../src/oci/layer/compress.js';
import { assertOneFamily, parseManifest } from '../../src/oci/manifest.js';
import type { Descriptor, ImageConfig } from '../../src/oci/types.js';

/** Where the validator reads blobs from: an OCI layout directory, or a registry (through a reader). */
export interface BlobReader {
  read(desc: Descriptor): Promise<Buffer>;
  open(desc: Descriptor): Promise<Readable>;
}

/** Blobs of an OCI layout directory. */
export function layoutReader(dir: string): BlobReader {
  const p = (d: Descriptor) => path.join(dir, 'blobs', ...d.digest.split(':'));
  return { read: (d) => readFile(p(d)), open: async (d) => createReadStream(p(d)) };
}

async function sha256Of(stream: Readable): Promise<{ digest: string; size: number }> {
  const h = createHash('sha256');
  let size = 0;
  for await (const c of stream) {
    h.update(c as Buffer);
    size += (c as Buffer).length;
  }
  return { digest: `sha256:${h.digest('hex')}`, size };
}

/**
 * The shared image validator (issue 5): for one manifest descriptor, checks that manifest, config and layer
 * blobs match their digests and sizes, that diff_ids are the digests of the uncompressed layers, that the
 * non-empty history entries are as many as the layers, that one media-type family is used, and that the config
 * names os and architecture. Follows an index to every platform. Throws with every problem found.
 */
export async function validateImage(reader: BlobReader, desc: Descriptor): Promise<void> {
  const problems: string[] = [];
  const bytes = await reader.read(desc);
  const actual = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  if (actual !== desc.digest) problems.push(`manifest ${desc.digest}: content digest is ${actual}`);
  if (bytes.length !== desc.size) problems.push(`manifest ${desc.digest}: size ${bytes.length}, descriptor says ${desc.size}`);
  const parsed = parseManifest(bytes, desc.mediaType, desc.digest);
  if (parsed.mediaType !== desc.mediaType) problems.push(`manifest ${desc.digest}: mediaType ${parsed.mediaType}, descriptor says ${desc.mediaType}`);
  if (parsed.kind === 'index') {
    for (const m of parsed.index.manifests) await validateImage(reader, m);
  } else {
    const m = parsed.manifest;
    try {
      assertOneFamily(m, desc.digest);
    } catch (e) {
      problems.push((e as Error).message);
    }
    const cfgBytes = await reader.read(m.config);
    const cfgDigest = `sha256:${createHash('sha256').update(cfgBytes).digest('hex')}`;
    if (cfgDigest !== m.config.digest || cfgBytes.length !== m.config.size) problems.push(`config ${m.config.digest}: digest ${cfgDigest}, size ${cfgBytes.length}`);
    const config = JSON.parse(cfgBytes.toString('utf8')) as ImageConfig;
    if (!config.os || !config.architecture) problems.push('config lacks os or architecture');
    const diffIds = config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== m.layers.length) problems.push(`config has ${diffIds.length} diff_ids for ${m.layers.length} layers`);
    const nonEmpty = (config.history ?? []).filter((h) => !h.empty_layer).length;
    if (config.history && nonEmpty !== m.layers.length) problems.push(`history has ${nonEmpty} non-empty entries for ${m.layers.length} layers`);
    for (const [i, l] of m.layers.entries()) {
      const stored = await sha256Of(await reader.open(l));
      if (stored.digest !== l.digest || stored.size !== l.size) problems.push(`layer ${i} ${l.digest}: digest ${stored.digest}, size ${stored.size} (descriptor ${l.size})`);
      const raw = await sha256Of(await decompress(await reader.open(l), l.mediaType));
      if (raw.digest !== diffIds[i]) problems.push(`layer ${i}: uncompressed digest ${raw.digest}, diff_id ${diffIds[i]}`);
    }
  }
  if (problems.length) throw new Error(`invalid image ${desc.digest}:\n  ${problems.join('\n  ')}`);
}

/** Validates every image an OCI layout's index.json names. */
export async function validateLayout(dir: string): Promise<void> {
  const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as { manifests: Descriptor[] };
  if (!(await stat(path.join(dir, 'oci-layout')).catch(() => undefined))) throw new Error(`${dir}: no oci-layout file`);
  for (const m of index.manifests) await validateImage(layoutReader(dir), m);
}
