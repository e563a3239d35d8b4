/**
 * The byte protocol between hoist and its privileged sandbox worker (a Node process run directly as root,
 * or through `sudo -n`, which closes every descriptor above 2, so everything travels over stdin/stdout).
 * One worker serves many requests at once; every request has an id.
 *
 * hoist -> worker (stdin): JSON lines, `{"id":n,"req":{...}}` to start a request, `{"cancel":n}` to cancel
 * one. End of stdin means hoist is done or gone: the worker cancels everything, cleans up and exits.
 *
 * worker -> hoist (stdout): frames of [type u8][request id u32 BE][length u32 BE][payload]: a step's stdout
 * (1) and stderr (2) bytes, and JSON messages (3): `{kind:'log'|'result'|'error', ...}`.
 */

/** Frame types. */
export const FrameType = { stdout: 1, stderr: 2, message: 3 } as const;

/** A frame's type. */
export type FrameKind = (typeof FrameType)[keyof typeof FrameType];

const HEAD = 9;

/** Encodes one frame of request `id`. */
export function encodeFrame(type: FrameKind, id: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(HEAD);
  head[0] = type;
  head.writeUInt32BE(id, 1);
  head.writeUInt32BE(payload.length, 5);
  return Buffer.concat([head, payload]);
}

/** Encodes a JSON message frame of request `id`. */
export function encodeMessage(id: number, msg: WorkerMessage): Buffer {
  return encodeFrame(FrameType.message, id, Buffer.from(JSON.stringify(msg), 'utf8'));
}

/** Messages the worker sends. */
export type WorkerMessage =
  | { kind: 'log'; message: string }
  | { kind: 'result'; value: unknown }
  | { kind: 'error'; message: string; name?: string; exitCode?: number; lastOutput?: string[] };

/** A decoded frame. */
export interface Frame {
  type: FrameKind;
  id: number;
  payload: Buffer;
}

/** Splits a byte stream into frames; throws on a corrupt stream (unknown frame type). */
export class FrameDecoder {
  private buf: Buffer = Buffer.alloc(0);

  /** Adds bytes; returns the frames now complete. */
  push(chunk: Buffer): Frame[] {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    const out: Frame[] = [];
    while (this.buf.length >= HEAD) {
      const type = this.buf[0];
      if (type !== 1 && type !== 2 && type !== 3) throw new Error(`sandbox worker: corrupt output (frame type ${type})`);
      const len = this.buf.readUInt32BE(5);
      if (this.buf.length < HEAD + len) break;
      out.push({ type: type as FrameKind, id: this.buf.readUInt32BE(1), payload: this.buf.subarray(HEAD, HEAD + len) });
      this.buf = this.buf.subarray(HEAD + len);
    }
    return out;
  }

  /** Bytes left over (a truncated frame) when the stream ended. */
  get pending(): number {
    return this.buf.length;
  }
}

/** Keeps the last lines of a byte stream (for error messages). */
export class LastLines {
  private lines: string[] = [];
  private partial = '';
  constructor(private readonly max = 20) {}

  /** Adds bytes. */
  push(chunk: Buffer): void {
    const parts = (this.partial + chunk.toString('utf8')).split('\n');
    this.partial = parts.pop() ?? '';
    for (const p of parts) this.add(p);
    if (this.partial.length > 4096) {
      this.add(this.partial);
      this.partial = '';
    }
  }

  private add(line: string): void {
    this.lines.push(line.replace(/\r$/, ''));
    if (this.lines.length > this.max) this.lines.shift();
  }

  /** The last lines, the unterminated one included. */
  get(): string[] {
    const all = this.partial ? [...this.lines, this.partial] : [...this.lines];
    return all.slice(-this.max);
  }
}
