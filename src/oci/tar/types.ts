/** The kinds of tar entries hoist reads and writes (sockets are never written; callers skip them). */
export type TarEntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'char' | 'block' | 'fifo';

/**
 * One tar entry, independent of how its header is encoded (ustar fields, PAX records, GNU long names).
 *
 * Names: `path` is relative and '/'-separated, without a leading `./` or `/` and without a trailing `/`
 * (the writer adds the `/` for directories). Tar names are bytes; `path` and `linkname` are those bytes
 * decoded as UTF-8. When the bytes are not valid UTF-8 the exact bytes are kept in `pathBytes` /
 * `linknameBytes`, which then take precedence over the strings for writing and for file-system calls.
 */
export interface TarEntry {
  /** Relative '/'-separated name: no leading `./` or `/`, no trailing `/`. */
  path: string;
  type: TarEntryType;
  /** Permission bits including setuid, setgid and sticky (`0o7777`); the file type is in `type`. */
  mode: number;
  uid: number;
  gid: number;
  /** Content length; 0 for everything but `file`. */
  size: number;
  /** Modification time in seconds since the epoch (the reader keeps PAX fractions; the writer truncates). */
  mtime: number;
  /** Symlink target (as written, never resolved) or hardlink target (a path in the same archive). */
  linkname?: string;
  devmajor?: number;
  devminor?: number;
  /** Extended attributes by full name (e.g. `security.capability`), binary-safe. */
  xattrs?: Record<string, Buffer>;
  /** The header's name began with `/` (the reader drops it): `/` itself names the extraction root. */
  absolute?: boolean;
  /** The exact name bytes, present only when they are not valid UTF-8. */
  pathBytes?: Buffer;
  /** The exact link-target bytes, present only when they are not valid UTF-8. */
  linknameBytes?: Buffer;
}

/** Error for a malformed, unsupported or unsafe archive; names the entry (or byte offset) at fault. */
export class TarFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TarFormatError';
  }
}

/** The name bytes of an entry (`pathBytes` when present, else UTF-8 of `path`). */
export function pathBytesOf(entry: Pick<TarEntry, 'path' | 'pathBytes'>): Buffer {
  return entry.pathBytes ?? Buffer.from(entry.path, 'utf8');
}

/** The link-target bytes of an entry (`linknameBytes` when present, else UTF-8 of `linkname`). */
export function linknameBytesOf(entry: Pick<TarEntry, 'linkname' | 'linknameBytes'>): Buffer {
  return entry.linknameBytes ?? Buffer.from(entry.linkname ?? '', 'utf8');
}

/**
 * Decodes name bytes: the UTF-8 string, plus the bytes themselves when UTF-8 cannot represent them
 * exactly (invalid sequences would otherwise be replaced by U+FFFD and lost).
 */
export function decodeName(bytes: Buffer): { text: string; bytes?: Buffer } {
  const text = bytes.toString('utf8');
  return Buffer.byteLength(text, 'utf8') === bytes.length && Buffer.from(text, 'utf8').equals(bytes)
    ? { text }
    : { text, bytes: Buffer.from(bytes) };
}
