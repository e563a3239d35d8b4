import type { Readable } from 'node:stream';
import { digestAlgorithm, digestOf, parseDigest, type Digest } from '../oci/digest.js';
import { parseManifest, type ParsedManifest } from '../oci/manifest.js';
import { MANIFEST_ACCEPT } from '../oci/media-types.js';
import { imageEntryFor } from '../oci/platform.js';
import type { Descriptor, ImageConfig, Platform } from '../oci/types.js';
import { repositoryScope } from './challenge.js';
import { ResumableBlobStream } from './blob-stream.js';
import type { CredentialSource } from './credentials.js';
import { RegistryError } from './errors.js';
import { createHttpClient, discard, headerValue, type HttpClient, type HttpFn } from './http.js';
import { makeReference, manifestId, repositoryName, withDigest, type Reference } from './reference.js';
import { DEFAULT_RETRY, isRetryable, retryDelayMs, withRetry, type RetryPolicy } from './retry.js';
import { RegistryTransport } from './transport.js';
import { cancelSession, openSession, putChunked, putMonolithic, tryMount, type UploadSession, type UploadTarget } from './upload.js';

/** Options of a RegistryClient. Everything that touches the clock or the network can be injected. */
export interface RegistryClientOptions {
  credentials?: CredentialSource;
  /** Registries (host[:port]) that may be reached over plain HTTP besides loopback ones. */
  insecure?: string[];
  /** Extra CA certificate(s) (PEM) to trust, added to Node's roots. */
  ca?: string | Buffer | Array<string | Buffer>;
  retry?: RetryPolicy;
  userAgent?: string;
  log?: (msg: string) => void;
  sleep?: (ms: number) => Promise<void>;
  /** Epoch milliseconds (token expiry, Retry-After dates). */
  clock?: () => number;
  /** Upload in PATCH chunks of this many bytes instead of one PUT. */
  chunkSize?: number;
  /** How to give credentials, in an error when a registry needs some and none were found (the CLI's flags by default). */
  loginHint?: string;
  /** Replaces the undici transport (tests); `ca` is then ignored. */
  http?: HttpFn;
}

/** What `pushBlob` did: the blob was already there, was mounted from another repository, or was uploaded. */
export type PushBlobResult = 'exists' | 'mounted' | 'uploaded';

const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_CONFIG_BYTES = 64 * 1024 * 1024;

/** Reads a whole stream into a buffer, failing beyond `limit` bytes. */
async function collect(stream: Readable, limit: number, what: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let n = 0;
  for await (const c of stream) {
    n += (c as Buffer).length;
    if (n > limit) {
      stream.destroy();
      throw new Error(`${what} is larger than ${limit} bytes`);
    }
    parts.push(c as Buffer);
  }
  return Buffer.concat(parts, n);
}

/**
 * The registry client (distribution-spec over undici): manifests and blobs by reference, token auth,
 * retries, cross-repository mounts, and the rule that a manifest is put only after every blob (or child
 * manifest) it names is confirmed in the target repository.
 */
export class RegistryClient {
  private readonly transport: RegistryTransport;
  private readonly httpClient?: HttpClient;
  private readonly confirmed = new Map<string, Set<string>>();
  private readonly chunkSize?: number;

  constructor(opts: RegistryClientOptions = {}) {
    let http = opts.http;
    if (!http) {
      this.httpClient = createHttpClient({ ca: opts.ca });
      http = this.httpClient.http;
    }
    this.chunkSize = opts.chunkSize;
    this.transport = new RegistryTransport({
      http,
      credentials: opts.credentials,
      insecure: opts.insecure,
      retry: opts.retry ?? DEFAULT_RETRY,
      userAgent: opts.userAgent ?? 'hoist/0.1',
      clock: opts.clock ?? Date.now,
      sleep: opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      log: opts.log,
      loginHint: opts.loginHint,
    });
  }

  /** Closes pooled connections. */
  async close(): Promise<void> {
    await this.httpClient?.close();
  }

  private confirmedIn(repo: Reference): Set<string> {
    const key = repositoryName(repo);
    let s = this.confirmed.get(key);
    if (!s) this.confirmed.set(key, (s = new Set()));
    return s;
  }

  private pull(repo: Reference): string[] {
    return [repositoryScope(repo.repository, ['pull'])];
  }

  private push(repo: Reference): string[] {
    return [repositoryScope(repo.repository, ['pull', 'push'])];
  }

  /** Preflight: the registry answers, and the credentials (if any) are accepted. */
  async ping(registry: string): Promise<void> {
    const res = await this.transport.send({ registry, method: 'GET', target: '/v2/', scopes: [], operation: 'ping', reference: registry, expect: [200] });
    await discard(res);
  }

  /** Preflight for pushing: opens an upload session in the repository and cancels it. */
  async checkPushAccess(repo: Reference): Promise<void> {
    const target = this.target(repo, this.push(repo));
    const session = await openSession(this.transport, target, 'a push-access check');
    await cancelSession(this.transport, target, session);
  }

  /** Fetches a manifest or index (Accept: all four media types), verified against the digest it is pinned to. */
  async getManifest(ref: Reference): Promise<ParsedManifest> {
    const what = String(ref);
    const res = await this.transport.send({
      registry: ref.registry,
      repository: ref.repository,
      method: 'GET',
      target: `/v2/${ref.repository}/manifests/${manifestId(ref)}`,
      headers: { accept: MANIFEST_ACCEPT.join(', ') },
      scopes: this.pull(ref),
      operation: 'get manifest',
      reference: what,
      expect: [200],
    });
    const bytes = await collect(res.body, MAX_MANIFEST_BYTES, `manifest ${what}`);
    const parsed = parseManifest(bytes, headerValue(res, 'content-type'), what);
    const expected = ref.digest ?? (headerValue(res, 'docker-content-digest') as Digest | undefined);
    if (expected) {
      const alg = digestAlgorithm(parseDigest(expected));
      const actual = alg === 'sha256' ? parsed.digest : digestOf(bytes, alg);
      if (actual !== expected) {
        throw new RegistryError({ operation: 'get manifest', reference: what, message: `content digest is ${actual}, expected ${expected}`, code: 'DIGEST_INVALID' });
      }
    }
    this.confirmedIn(ref).add(parsed.digest);
    return parsed;
  }

  /** HEAD of a manifest: its descriptor, or undefined when the registry does not have it. */
  async headManifest(ref: Reference): Promise<Descriptor | undefined> {
    const res = await this.transport.send({
      registry: ref.registry,
      repository: ref.repository,
      method: 'HEAD',
      target: `/v2/${ref.repository}/manifests/${manifestId(ref)}`,
      headers: { accept: MANIFEST_ACCEPT.join(', ') },
      scopes: this.pull(ref),
      operation: 'check manifest',
      reference: String(ref),
      expect: [200, 404],
    });
    await discard(res);
    if (res.status === 404) return undefined;
    const digest = headerValue(res, 'docker-content-digest');
    const mediaType = headerValue(res, 'content-type')?.split(';')[0].trim();
    if (!digest || !mediaType || (ref.digest && digest !== ref.digest)) {
      const m = await this.getManifest(ref);
      return { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length };
    }
    this.confirmedIn(ref).add(digest);
    return { mediaType, digest: parseDigest(digest), size: Number(headerValue(res, 'content-length') ?? 0) };
  }

  /**
   * Resolves a tag or digest to one platform's image: follows an index to the best entry for `platform`,
   * then reads and verifies the config.
   */
  async resolveImage(ref: Reference, platform: Platform): Promise<{ manifest: ParsedManifest & { kind: 'manifest' }; config: ImageConfig; configBytes: Buffer; index?: ParsedManifest }> {
    const top = await this.getManifest(ref);
    let manifest: ParsedManifest = top;
    let index: ParsedManifest | undefined;
    if (top.kind === 'index') {
      index = top;
      const pick = imageEntryFor(top.index.manifests, platform);
      if ('missing' in pick) throw new RegistryError({ operation: 'resolve image', reference: String(ref), message: pick.missing, code: 'MANIFEST_UNKNOWN' });
      manifest = await this.getManifest(withDigest(ref, pick.entry.digest));
      if (manifest.kind !== 'manifest') throw new RegistryError({ operation: 'resolve image', reference: String(ref), message: `index entry ${pick.entry.digest} is not an image manifest` });
    }
    const m = manifest as ParsedManifest & { kind: 'manifest' };
    const configBytes = await this.readBlob(ref, m.manifest.config);
    let config: ImageConfig;
    try {
      config = JSON.parse(configBytes.toString('utf8')) as ImageConfig;
    } catch (e) {
      throw new RegistryError({ operation: 'read config of', reference: String(ref), message: `config ${m.manifest.config.digest} is not JSON (${(e as Error).message})` });
    }
    return { manifest: m, config, configBytes, ...(index ? { index } : {}) };
  }

  /**
   * Puts a manifest by tag or digest with `Content-Type: mediaType`, after checking that every blob or
   * child manifest it names is in the repository; verifies the registry's Docker-Content-Digest.
   */
  async putManifest(ref: Reference, bytes: Buffer, mediaType: string): Promise<Digest> {
    const what = String(ref);
    const parsed = parseManifest(bytes, mediaType, what);
    if (parsed.mediaType !== mediaType) {
      throw new RegistryError({ operation: 'put manifest', reference: what, message: `Content-Type ${mediaType} differs from the manifest's mediaType ${parsed.mediaType}` });
    }
    if (ref.digest && ref.digest !== digestOf(bytes, digestAlgorithm(ref.digest))) {
      throw new RegistryError({ operation: 'put manifest', reference: what, message: `the bytes do not have digest ${ref.digest}` });
    }
    await this.assertReferencedContent(ref, parsed);
    const res = await this.transport.send({
      registry: ref.registry,
      repository: ref.repository,
      method: 'PUT',
      target: `/v2/${ref.repository}/manifests/${manifestId(ref)}`,
      headers: { 'content-type': mediaType },
      body: bytes,
      scopes: this.push(ref),
      operation: 'put manifest',
      reference: what,
      expect: [200, 201],
    });
    await discard(res);
    const got = headerValue(res, 'docker-content-digest');
    if (got && got !== parsed.digest && got !== ref.digest) {
      throw new RegistryError({ operation: 'put manifest', reference: what, message: `the registry stored digest ${got}, expected ${parsed.digest}`, code: 'DIGEST_INVALID' });
    }
    this.confirmedIn(ref).add(parsed.digest);
    return parsed.digest;
  }

  /** Refuses a manifest whose blobs or child manifests are not confirmed (or found by HEAD) in the target repository. */
  private async assertReferencedContent(ref: Reference, parsed: ParsedManifest): Promise<void> {
    const have = this.confirmedIn(ref);
    if (have.has(parsed.digest)) return;
    const repo = makeReference(ref.registry, ref.repository);
    if (parsed.kind === 'manifest') {
      const blobs = [parsed.manifest.config, ...parsed.manifest.layers].filter((d) => !d.urls?.length);
      for (const d of blobs) {
        if (!have.has(d.digest) && !(await this.hasBlob(repo, d.digest))) {
          throw new RegistryError({ operation: 'put manifest', reference: String(ref), message: `refusing to push: blob ${d.digest} is not in ${repositoryName(ref)}`, code: 'MANIFEST_BLOB_UNKNOWN' });
        }
      }
    } else {
      for (const d of parsed.index.manifests) {
        if (!have.has(d.digest) && !(await this.headManifest(withDigest(repo, d.digest)))) {
          throw new RegistryError({ operation: 'put manifest', reference: String(ref), message: `refusing to push: manifest ${d.digest} is not in ${repositoryName(ref)}`, code: 'MANIFEST_UNKNOWN' });
        }
      }
    }
  }

  /** HEAD of a blob in a repository. */
  async hasBlob(repo: Reference, digest: Digest): Promise<boolean> {
    if (this.confirmedIn(repo).has(digest)) return true;
    const res = await this.transport.send({
      registry: repo.registry,
      repository: repo.repository,
      method: 'HEAD',
      target: `/v2/${repo.repository}/blobs/${digest}`,
      scopes: this.pull(repo),
      operation: `check blob ${digest} in`,
      reference: repositoryName(repo),
      expect: [200, 404],
    });
    await discard(res);
    if (res.status === 200) this.confirmedIn(repo).add(digest);
    return res.status === 200;
  }

  /** Reads a small blob (a config) whole, verified. */
  async readBlob(repo: Reference, desc: Descriptor): Promise<Buffer> {
    return collect(await this.getBlob(repo, desc), Math.min(desc.size, MAX_CONFIG_BYTES), `blob ${desc.digest}`);
  }

  /**
   * Streams a blob, verified against its digest and size. A connection lost mid-blob is resumed with a
   * Range request (or re-read and skipped) under the retry policy.
   */
  async getBlob(repo: Reference, desc: Descriptor): Promise<Readable> {
    const what = repositoryName(repo);
    const policy = this.transport.policy;
    const open = async (offset: number) => {
      const res = await this.transport.send({
        registry: repo.registry,
        repository: repo.repository,
        method: 'GET',
        target: `/v2/${repo.repository}/blobs/${desc.digest}`,
        headers: offset > 0 ? { range: `bytes=${offset}-` } : {},
        scopes: this.pull(repo),
        operation: `get blob ${desc.digest} from`,
        reference: what,
        expect: offset > 0 ? [200, 206] : [200],
      });
      return { body: res.body as Readable, skip: offset > 0 && res.status === 200 ? offset : 0 };
    };
    const transport = this.transport;
    return new ResumableBlobStream(await open(0), {
      digest: desc.digest,
      size: desc.size,
      what: `blob ${desc.digest} from ${what}`,
      reopen: open,
      shouldResume: (err, failures) => (failures < policy.attempts && isRetryable(policy, err) ? retryDelayMs(policy, failures) : undefined),
      sleep: (ms) => transport.sleep(ms),
      log: (m) => transport.log(m),
    });
  }

  private target(repo: Reference, scopes: string[]): UploadTarget {
    return { registry: repo.registry, repository: repo.repository, reference: repositoryName(repo), scopes };
  }

  /**
   * Makes a blob present in `repo`: HEAD (skip when present), then a cross-repository mount from each of
   * `mountFrom` on the same registry, then an upload from `open()` (monolithic, or chunked when the client
   * has a chunk size). Failed uploads restart from a new session under the retry policy.
   */
  async pushBlob(repo: Reference, desc: Descriptor, open: () => Readable | Promise<Readable>, opts: { mountFrom?: Reference[] } = {}): Promise<PushBlobResult> {
    if (await this.hasBlob(repo, desc.digest)) return 'exists';
    const sources = (opts.mountFrom ?? []).filter((s) => s.registry === repo.registry && s.repository !== repo.repository);
    const scopes = [...this.push(repo), ...sources.map((s) => repositoryScope(s.repository, ['pull']))];
    const target = this.target(repo, scopes);
    let session: UploadSession | undefined;
    for (const [i, from] of sources.entries()) {
      const r = await tryMount(this.transport, target, desc.digest, from.repository);
      if (r === 'mounted') {
        this.confirmedIn(repo).add(desc.digest);
        return 'mounted';
      }
      if (i < sources.length - 1) await cancelSession(this.transport, target, r);
      else session = r;
    }
    await withRetry(
      this.transport.policy,
      (ms) => this.transport.sleep(ms),
      async (attempt) => {
        if (attempt > 1 && (await this.hasBlob(repo, desc.digest))) return;
        const s = session ?? (await openSession(this.transport, target, `blob ${desc.digest}`));
        session = undefined;
        try {
          if (this.chunkSize) await putChunked(this.transport, target, s, desc, open, this.chunkSize);
          else await putMonolithic(this.transport, target, s, desc, open);
        } catch (e) {
          await cancelSession(this.transport, target, s);
          throw e;
        }
      },
      (err, attempt, delay) => this.transport.log(`upload of ${desc.digest} to ${target.reference} failed (${(err as Error).message}); retry ${attempt} in ${delay} ms`),
    );
    this.confirmedIn(repo).add(desc.digest);
    return 'uploaded';
  }

  /** Every tag of a repository (following `Link: <…>; rel="next"` pages). */
  async listTags(repo: Reference): Promise<string[]> {
    const tags: string[] = [];
    let target: string | URL = `/v2/${repo.repository}/tags/list`;
    for (let page = 0; page < 1000; page++) {
      const res = await this.transport.send({ registry: repo.registry, repository: repo.repository, method: 'GET', target, scopes: this.pull(repo), operation: 'list tags of', reference: repositoryName(repo), expect: [200] });
      const doc = JSON.parse((await collect(res.body, 16 * 1024 * 1024, 'tag list')).toString('utf8')) as { tags?: string[] | null };
      tags.push(...(doc.tags ?? []));
      const next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(headerValue(res, 'link') ?? '');
      if (!next) break;
      target = new URL(next[1], res.url);
    }
    return tags;
  }

}
