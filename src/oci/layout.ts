import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DigestStream, digestAlgorithm, digestHex, parseDigest, type Digest } from './digest.js';
import { MediaType } from './media-types.js';
import type { Descriptor, ImageIndex } from './types.js';

/**
 * An OCI image layout directory (image-spec image-layout.md): `oci-layout`, `index.json` whose entries
 * carry `org.opencontainers.image.ref.name`, and content-addressed `blobs/<alg>/<hex>`. Blobs are written
 * to a temporary file, verified, then renamed, so a reader never sees a partial blob.
 */

/** The annotation naming an index.json entry (a tag, for skopeo's and umoci's `oci:DIR:NAME`). */
export const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';

const LAYOUT_FILE = 'oci-layout';
const LAYOUT_VERSION = '1.0.0';

/** Error about a layout directory; names the directory. */
export class OciLayoutError extends Error {
  constructor(
    readonly dir: string,
    reason: string,
  ) {
    super(`OCI layout ${dir}: ${reason}`);
    this.name = 'OciLayoutError';
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}

/** A content descriptor's digest and size, as written. */
export interface WrittenBlob {
  digest: Digest;
  size: number;
}

/** An OCI image layout on disk. */
export class OciLayout {
  private constructor(readonly dir: string) {}

  /** Opens an existing layout; fails when `oci-layout` is missing or of another version. */
  static async open(dir: string): Promise<OciLayout> {
    let text: string;
    try {
      text = await readFile(path.join(dir, LAYOUT_FILE), 'utf8');
    } catch {
      throw new OciLayoutError(dir, `no ${LAYOUT_FILE} file; not an OCI image layout`);
    }
    let version: unknown;
    try {
      version = (JSON.parse(text) as { imageLayoutVersion?: unknown }).imageLayoutVersion;
    } catch {
      throw new OciLayoutError(dir, `${LAYOUT_FILE} is not JSON`);
    }
    if (version !== LAYOUT_VERSION) throw new OciLayoutError(dir, `unsupported imageLayoutVersion ${JSON.stringify(version)}`);
    return new OciLayout(dir);
  }

  /** Creates a layout (or opens the one already there). */
  static async create(dir: string): Promise<OciLayout> {
    if (await exists(path.join(dir, LAYOUT_FILE))) return OciLayout.open(dir);
    await mkdir(path.join(dir, 'blobs', 'sha256'), { recursive: true });
    await writeFile(path.join(dir, LAYOUT_FILE), JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
    if (!(await exists(path.join(dir, 'index.json')))) {
      const empty: ImageIndex = { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] };
      await writeFile(path.join(dir, 'index.json'), JSON.stringify(empty));
    }
    return new OciLayout(dir);
  }

  /** The path of a blob (`blobs/<alg>/<hex>`). */
  blobPath(digest: Digest): string {
    parseDigest(digest);
    return path.join(this.dir, 'blobs', digestAlgorithm(digest), digestHex(digest));
  }

  /** True when the blob file exists. */
  async hasBlob(digest: Digest): Promise<boolean> {
    return exists(this.blobPath(digest));
  }

  /** Size of a stored blob in bytes. */
  async blobSize(digest: Digest): Promise<number> {
    return (await stat(this.blobPath(digest))).size;
  }

  /** A read stream of a stored blob. */
  openBlob(digest: Digest): Readable {
    return createReadStream(this.blobPath(digest));
  }

  /** A stored blob, whole. */
  async readBlob(digest: Digest): Promise<Buffer> {
    try {
      return await readFile(this.blobPath(digest));
    } catch {
      throw new OciLayoutError(this.dir, `blob ${digest} is missing`);
    }
  }

  /**
   * Stores bytes or a stream as a blob, verifying `expected` (digest) when given. Resolves with the digest
   * and size; an existing blob of that digest is left as it is.
   */
  async writeBlob(data: Buffer | Readable, expected?: Digest): Promise<WrittenBlob> {
    const alg = expected ? digestAlgorithm(expected) : 'sha256';
    await mkdir(path.join(this.dir, 'blobs', alg), { recursive: true });
    const tmp = path.join(this.dir, 'blobs', alg, `.tmp-${randomBytes(8).toString('hex')}`);
    const hasher = new DigestStream(alg);
    try {
      await pipeline(Buffer.isBuffer(data) ? Readable.from([data]) : data, hasher, createWriteStream(tmp));
      const digest = hasher.digester.digest();
      if (expected && digest !== expected) throw new OciLayoutError(this.dir, `blob content has digest ${digest}, expected ${expected}`);
      await rename(tmp, this.blobPath(digest));
      return { digest, size: hasher.digester.size };
    } finally {
      await rm(tmp, { force: true });
    }
  }

  /** The layout's index.json. */
  async index(): Promise<ImageIndex> {
    let text: string;
    try {
      text = await readFile(path.join(this.dir, 'index.json'), 'utf8');
    } catch {
      throw new OciLayoutError(this.dir, 'index.json is missing');
    }
    try {
      const doc = JSON.parse(text) as ImageIndex;
      if (!Array.isArray(doc.manifests)) throw new Error('no manifests array');
      return doc;
    } catch (e) {
      throw new OciLayoutError(this.dir, `index.json is invalid: ${(e as Error).message}`);
    }
  }

  /**
   * Adds a manifest or index descriptor to index.json. With `refName`, any entry of that name is replaced
   * (names are unique, as in skopeo and umoci); without, the descriptor is added unless already listed.
   */
  async addManifest(desc: Descriptor, refName?: string): Promise<void> {
    const index = await this.index();
    const entry: Descriptor = { ...desc };
    if (refName !== undefined) {
      entry.annotations = { ...desc.annotations, [REF_NAME_ANNOTATION]: refName };
      index.manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME_ANNOTATION] !== refName);
    } else if (index.manifests.some((m) => m.digest === desc.digest && !m.annotations?.[REF_NAME_ANNOTATION])) {
      return;
    }
    index.manifests.push(entry);
    const tmp = path.join(this.dir, `.index.json.${randomBytes(6).toString('hex')}`);
    await writeFile(tmp, JSON.stringify(index));
    await rename(tmp, path.join(this.dir, 'index.json'));
  }

  /**
   * The index.json entry named `refName`, or, without a name, the only entry. Errors list the names there are.
   */
  async resolve(refName?: string): Promise<Descriptor> {
    const { manifests } = await this.index();
    const names = manifests.map((m) => m.annotations?.[REF_NAME_ANNOTATION]).filter((n): n is string => !!n);
    if (refName !== undefined) {
      const hit = manifests.find((m) => m.annotations?.[REF_NAME_ANNOTATION] === refName);
      if (!hit) throw new OciLayoutError(this.dir, `no image named "${refName}" (names: ${names.join(', ') || 'none'})`);
      return hit;
    }
    if (manifests.length === 1) return manifests[0];
    throw new OciLayoutError(this.dir, manifests.length === 0 ? 'index.json lists no images' : `index.json lists ${manifests.length} images; name one (${names.join(', ') || 'unnamed'})`);
  }
}

/** An `oci:DIR[:NAME]` target as skopeo writes it (the directory ends at the first ':'). */
export interface LayoutTarget {
  dir: string;
  refName?: string;
}

/** Parses `oci:DIR[:NAME]`; undefined when the string does not start with `oci:`. */
export function parseLayoutTarget(input: string): LayoutTarget | undefined {
  if (!input.startsWith('oci:')) return undefined;
  const rest = input.slice(4);
  const colon = rest.indexOf(':');
  const dir = colon < 0 ? rest : rest.slice(0, colon);
  const refName = colon < 0 ? undefined : rest.slice(colon + 1);
  if (dir === '') throw new OciLayoutError(input, 'no directory after "oci:"');
  if (refName !== undefined && !/^[A-Za-z0-9._\-:@/+]+$/.test(refName)) throw new OciLayoutError(dir, `invalid image name "${refName}"`);
  return refName ? { dir, refName } : { dir };
}
