import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';

/** A validated content digest such as `sha256:<64 hex>` or `sha512:<128 hex>`. */
export type Digest = string & { readonly __digest: unique symbol };

/** The digest algorithms hoist accepts (the two the OCI image spec registers). */
export type DigestAlgorithm = 'sha256' | 'sha512';

const HEX_LENGTH: Record<DigestAlgorithm, number> = { sha256: 64, sha512: 128 };

/** Error for a string that is not a valid digest. */
export class InvalidDigestError extends Error {
  constructor(readonly input: string, reason: string) {
    super(`invalid digest "${input}": ${reason}`);
    this.name = 'InvalidDigestError';
  }
}

/** Parses and validates a digest string; throws InvalidDigestError naming the input. */
export function parseDigest(input: string): Digest {
  const colon = input.indexOf(':');
  if (colon <= 0) throw new InvalidDigestError(input, 'expected <algorithm>:<hex>');
  const algorithm = input.slice(0, colon);
  const hex = input.slice(colon + 1);
  if (algorithm !== 'sha256' && algorithm !== 'sha512') {
    throw new InvalidDigestError(input, `unsupported algorithm "${algorithm}" (sha256 or sha512)`);
  }
  if (hex.length !== HEX_LENGTH[algorithm] || !/^[a-f0-9]+$/.test(hex)) {
    throw new InvalidDigestError(input, `expected ${HEX_LENGTH[algorithm]} lowercase hex characters`);
  }
  return input as Digest;
}

/** True when the input is a valid digest. */
export function isDigest(input: string): input is Digest {
  try {
    parseDigest(input);
    return true;
  } catch {
    return false;
  }
}

/** The algorithm part of a digest. */
export function digestAlgorithm(digest: Digest): DigestAlgorithm {
  return digest.slice(0, digest.indexOf(':')) as DigestAlgorithm;
}

/** The hex part of a digest. */
export function digestHex(digest: Digest): string {
  return digest.slice(digest.indexOf(':') + 1);
}

/** Digest of a buffer or string (sha256 unless told otherwise). */
export function digestOf(data: Uint8Array | string, algorithm: DigestAlgorithm = 'sha256'): Digest {
  return `${algorithm}:${createHash(algorithm).update(data).digest('hex')}` as Digest;
}

/** An incremental digester: feed bytes, then read the digest and the byte count. */
export class Digester {
  private readonly hash: Hash;
  private count = 0;
  constructor(readonly algorithm: DigestAlgorithm = 'sha256') {
    this.hash = createHash(algorithm);
  }
  /** Adds bytes. */
  update(chunk: Uint8Array): void {
    this.hash.update(chunk);
    this.count += chunk.length;
  }
  /** Bytes seen so far. */
  get size(): number {
    return this.count;
  }
  /** The final digest; call once. */
  digest(): Digest {
    return `${this.algorithm}:${this.hash.digest('hex')}` as Digest;
  }
}

/** The digest of a file's bytes, read as a stream. */
export async function digestOfFile(file: string, algorithm: DigestAlgorithm = 'sha256'): Promise<Digest> {
  const d = new Digester(algorithm);
  for await (const c of createReadStream(file)) d.update(c as Buffer);
  return d.digest();
}

/** A pass-through stream that digests what flows through it. */
export class DigestStream extends Transform {
  readonly digester: Digester;
  constructor(algorithm: DigestAlgorithm = 'sha256') {
    super();
    this.digester = new Digester(algorithm);
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.digester.update(chunk);
    cb(null, chunk);
  }
}

/**
 * A pass-through stream that fails with a clear error when the bytes do not match the expected digest
 * (and, when given, the expected size). Used on every blob read from a registry or a cache.
 */
export class VerifyingStream extends Transform {
  private readonly digester: Digester;
  /** `failure` makes the error for a mismatch from its message (default: a plain Error). */
  constructor(
    readonly expected: Digest,
    readonly expectedSize?: number,
    readonly what = 'blob',
    private readonly failure: (message: string) => Error = (m) => new Error(m),
  ) {
    super();
    this.digester = new Digester(digestAlgorithm(expected));
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.digester.update(chunk);
    if (this.expectedSize !== undefined && this.digester.size > this.expectedSize) {
      cb(this.failure(`${this.what} ${this.expected}: more than the expected ${this.expectedSize} bytes`));
      return;
    }
    cb(null, chunk);
  }
  override _flush(cb: TransformCallback): void {
    const actual = this.digester.digest();
    if (this.expectedSize !== undefined && this.digester.size !== this.expectedSize) {
      cb(this.failure(`${this.what} ${this.expected}: got ${this.digester.size} bytes, expected ${this.expectedSize}`));
    } else if (actual !== this.expected) {
      cb(this.failure(`${this.what} ${this.expected}: content digest is ${actual}`));
    } else cb();
  }
}

/** ChainID of a list of diff_ids, as the image spec defines it. */
export function chainId(diffIds: readonly Digest[]): Digest | undefined {
  let chain: Digest | undefined;
  for (const d of diffIds) chain = chain === undefined ? d : digestOf(`${chain} ${d}`);
  return chain;
}
