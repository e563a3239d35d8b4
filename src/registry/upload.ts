import type { Readable } from 'node:stream';
import type { Descriptor } from '../oci/types.js';
import { RegistryError } from './errors.js';
import { discard, headerValue, type HttpResponse } from './http.js';
import type { RegistryTransport } from './transport.js';

/**
 * Blob upload sessions (distribution-spec "Push"): POST to open (or mount), then either one PUT with the
 * whole blob (monolithic, the default) or PATCHes with Content-Range and a closing PUT (chunked, honouring
 * OCI-Chunk-Min-Length and accepting ECR's 201 for a PATCH). Bodies always carry Content-Length. A
 * relative Location is resolved against the request URL and its query (e.g. `_state`) kept byte for byte.
 */

/** Where an upload goes and how to describe it in errors. */
export interface UploadTarget {
  registry: string;
  repository: string;
  /** For errors, e.g. '127.0.0.1:5000/app'. */
  reference: string;
  scopes: readonly string[];
}

/** An open upload session. */
export interface UploadSession {
  location: URL;
  /** OCI-Chunk-Min-Length from the registry, if it sent one. */
  minChunkLength?: number;
}

/** The Location of an upload response, resolved against the request URL. */
export function sessionLocation(res: HttpResponse, target: UploadTarget, operation: string): URL {
  const loc = headerValue(res, 'location');
  if (!loc) throw new RegistryError({ operation, reference: target.reference, message: `${res.status} without a Location header` });
  return new URL(loc, res.url);
}

/** Appends `name=value` to a URL's query, keeping the existing query bytes exactly. */
export function appendQuery(url: URL, name: string, value: string): URL {
  const out = new URL(url);
  const extra = `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
  out.search = out.search && out.search !== '?' ? `${out.search}&${extra}` : `?${extra}`;
  return out;
}

/** Opens an upload session with POST. */
export async function openSession(t: RegistryTransport, target: UploadTarget, what: string): Promise<UploadSession> {
  const res = await t.send({
    registry: target.registry,
    repository: target.repository,
    method: 'POST',
    target: `/v2/${target.repository}/blobs/uploads/`,
    headers: { 'content-length': '0' },
    scopes: target.scopes,
    operation: `start upload of ${what} to`,
    reference: target.reference,
    expect: [202],
  });
  await discard(res);
  const min = Number(headerValue(res, 'oci-chunk-min-length'));
  return { location: sessionLocation(res, target, 'start upload'), ...(Number.isSafeInteger(min) && min > 0 ? { minChunkLength: min } : {}) };
}

/**
 * Tries a cross-repository mount. Resolves 'mounted' on 201, or the upload session the registry opened
 * instead (202: the blob is not mountable from there).
 */
export async function tryMount(t: RegistryTransport, target: UploadTarget, digest: string, from: string): Promise<'mounted' | UploadSession> {
  const res = await t.send({
    registry: target.registry,
    repository: target.repository,
    method: 'POST',
    target: `/v2/${target.repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`,
    headers: { 'content-length': '0' },
    scopes: target.scopes,
    operation: `mount ${digest} from ${from} into`,
    reference: target.reference,
    expect: [201, 202],
  });
  await discard(res);
  if (res.status === 201) return 'mounted';
  const min = Number(headerValue(res, 'oci-chunk-min-length'));
  return { location: sessionLocation(res, target, 'mount'), ...(Number.isSafeInteger(min) && min > 0 ? { minChunkLength: min } : {}) };
}

/** Cancels an upload session (best effort: distribution wants the `delete` action, which pushers may lack). */
export async function cancelSession(t: RegistryTransport, target: UploadTarget, session: UploadSession): Promise<void> {
  try {
    const res = await t.send({ registry: target.registry, repository: target.repository, method: 'DELETE', target: session.location, scopes: target.scopes, operation: 'cancel upload to', reference: target.reference, expect: [200, 202, 204, 404], retry: false, renew: false });
    await discard(res);
  } catch {
    /* the session expires on its own */
  }
}

function checkDigestHeader(res: HttpResponse, desc: Descriptor, target: UploadTarget, operation: string): void {
  const got = headerValue(res, 'docker-content-digest');
  if (got && got !== desc.digest) {
    throw new RegistryError({ operation, reference: target.reference, message: `the registry stored digest ${got}, expected ${desc.digest}` });
  }
}

/** Uploads the whole blob with one PUT `<location>&digest=<d>` (Content-Length = descriptor size). */
export async function putMonolithic(t: RegistryTransport, target: UploadTarget, session: UploadSession, desc: Descriptor, open: () => Readable | Promise<Readable>): Promise<void> {
  const operation = `upload blob ${desc.digest} to`;
  const res = await t.send({
    registry: target.registry,
    repository: target.repository,
    method: 'PUT',
    target: appendQuery(session.location, 'digest', desc.digest),
    headers: { 'content-type': 'application/octet-stream', 'content-length': String(desc.size) },
    body: desc.size === 0 ? Buffer.alloc(0) : open,
    scopes: target.scopes,
    operation,
    reference: target.reference,
    expect: [201],
    retry: false,
  });
  await discard(res);
  checkDigestHeader(res, desc, target, operation);
}

/** Reads a stream into chunks of exactly `size` bytes (the last may be shorter). */
export async function* chunksOf(stream: Readable, size: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let have = 0;
  for await (const c of stream) {
    let chunk = c as Buffer;
    while (chunk.length > 0) {
      const take = Math.min(size - have, chunk.length);
      parts.push(chunk.subarray(0, take));
      have += take;
      chunk = chunk.subarray(take);
      if (have === size) {
        yield Buffer.concat(parts, size);
        parts = [];
        have = 0;
      }
    }
  }
  if (have > 0) yield Buffer.concat(parts, have);
}

/**
 * Uploads in PATCH chunks of at least `chunkSize` (raised to the registry's OCI-Chunk-Min-Length), each
 * with `Content-Range: start-end`, following each new Location; closes with an empty PUT `?digest=`.
 * Accepts 201 as well as 202 for a PATCH (ECR answers 201).
 */
export async function putChunked(t: RegistryTransport, target: UploadTarget, session: UploadSession, desc: Descriptor, open: () => Readable | Promise<Readable>, chunkSize: number): Promise<void> {
  const operation = `upload blob ${desc.digest} to`;
  const size = Math.max(chunkSize, session.minChunkLength ?? 0);
  let location = session.location;
  let offset = 0;
  if (desc.size > 0) {
    const source = await open();
    try {
      for await (const chunk of chunksOf(source, size)) {
        const end = offset + chunk.length - 1;
        const res = await t.send({
          registry: target.registry,
          repository: target.repository,
          method: 'PATCH',
          target: location,
          headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${end}`, 'content-length': String(chunk.length) },
          body: chunk,
          scopes: target.scopes,
          operation: `${operation} (chunk ${offset}-${end})`,
          reference: target.reference,
          expect: [201, 202],
          retry: false,
        });
        await discard(res);
        const range = headerValue(res, 'range');
        if (range && !new RegExp(`^(bytes=)?0-${end}$`).test(range.trim())) {
          throw new RegistryError({ operation, reference: target.reference, message: `the registry holds range ${range} after chunk ${offset}-${end}`, temporary: true });
        }
        if (headerValue(res, 'location')) location = sessionLocation(res, target, operation);
        offset = end + 1;
      }
    } finally {
      source.destroy();
    }
    if (offset !== desc.size) throw new RegistryError({ operation, reference: target.reference, message: `the source gave ${offset} bytes, the descriptor says ${desc.size}` });
  }
  const res = await t.send({
    registry: target.registry,
    repository: target.repository,
    method: 'PUT',
    target: appendQuery(location, 'digest', desc.digest),
    headers: { 'content-type': 'application/octet-stream', 'content-length': '0' },
    body: Buffer.alloc(0),
    scopes: target.scopes,
    operation,
    reference: target.reference,
    expect: [201],
    retry: false,
  });
  await discard(res);
  checkDigestHeader(res, desc, target, operation);
}
