import { createReadStream } from 'node:fs';
import { copyFile, constants, link, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Digester, VerifyingStream, type Digest, digestAlgorithm } from '../oci/digest.js';

/** Why a local blob file cannot be used, or undefined when it matches its digest and size. */
export async function checkBlobFile(file: string, digest: Digest, size?: number): Promise<string | undefined> {
  let st;
  try {
    st = await stat(file);
  } catch {
    return 'missing';
  }
  if (size !== undefined && st.size !== size) return `size ${st.size}, expected ${size}`;
  const d = new Digester(digestAlgorithm(digest));
  try {
    for await (const chunk of createReadStream(file)) d.update(chunk as Buffer);
  } catch (e) {
    return `unreadable: ${(e as Error).message}`;
  }
  const actual = d.digest();
  return actual === digest ? undefined : `content digest is ${actual}`;
}

/** A read stream of a blob file that fails if the bytes (or the size, when given) do not match the digest. */
export function openVerifiedFile(file: string, digest: Digest, size: number | undefined, what: string): Readable {
  const source = createReadStream(file);
  const verify = new VerifyingStream(digest, size, what);
  source.on('error', (e) => verify.destroy(e));
  return source.pipe(verify);
}

/** Writes a file atomically (temporary name, then rename), safe for concurrent writers in any process. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, data);
  try {
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Places `src` at `dst` (hard link when possible, else a copy-on-write or plain copy), atomically. */
export async function placeFile(src: string, dst: string): Promise<void> {
  await mkdir(path.dirname(dst), { recursive: true });
  const tmp = `${dst}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await link(src, tmp);
  } catch {
    await copyFile(src, tmp, constants.COPYFILE_FICLONE);
  }
  try {
    await rename(tmp, dst);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
