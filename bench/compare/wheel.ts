/**
 * Pure-Python wheels made in memory, so the Debian fixture's dependency step (`pip install --no-index
 * --find-links`) runs offline: a minimal zip writer (deflate, fixed 1980 timestamps, Unix modes) and the
 * `.dist-info` files pip reads (METADATA, WHEEL, RECORD with sha256 hashes).
 */
import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';

/** A file of an archive. */
export interface ZipFile {
  name: string;
  data: Buffer;
}

const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1;

/** A zip archive of the files, in the order given (deflated, mtime 1980-01-01, mode 0644). */
export function zip(files: readonly ZipFile[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const body = deflateRawSync(f.data, { level: 6 });
    const crc = crc32(f.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE_1980, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(f.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, 2.0
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt16LE(0, 12);
    cd.writeUInt16LE(DOS_DATE_1980, 14);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(f.data.length, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(((0o100644 << 16) >>> 0), 38);
    cd.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(cd, name);
    offset += local.length + name.length + body.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cdBytes, end]);
}

/** A wheel's distribution name, version and files (paths inside the install root, e.g. `pkg/__init__.py`). */
export interface WheelSpec {
  name: string;
  version: string;
  files: readonly ZipFile[];
  /** `Requires-Dist` lines. */
  requires?: readonly string[];
}

/** The wheel's file name: `<name>-<version>-py3-none-any.whl` (name normalised as pip expects). */
export function wheelFileName(spec: Pick<WheelSpec, 'name' | 'version'>): string {
  return `${spec.name.replace(/[-.]+/g, '_')}-${spec.version}-py3-none-any.whl`;
}

const recordHash = (data: Buffer) => `sha256=${createHash('sha256').update(data).digest('base64url')}`;

/** A pure-Python wheel: the files plus METADATA, WHEEL and RECORD under `<name>-<version>.dist-info/`. */
export function makeWheel(spec: WheelSpec): Buffer {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(spec.name)) throw new Error(`wheel: invalid distribution name "${spec.name}"`);
  const info = `${spec.name.replace(/[-.]+/g, '_')}-${spec.version}.dist-info`;
  const metadata = ['Metadata-Version: 2.1', `Name: ${spec.name}`, `Version: ${spec.version}`, ...(spec.requires ?? []).map((r) => `Requires-Dist: ${r}`), ''].join('\n');
  const wheel = ['Wheel-Version: 1.0', 'Generator: hoist-bench', 'Root-Is-Purelib: true', 'Tag: py3-none-any', ''].join('\n');
  const files: ZipFile[] = [...spec.files, { name: `${info}/METADATA`, data: Buffer.from(metadata) }, { name: `${info}/WHEEL`, data: Buffer.from(wheel) }];
  const record = [...files.map((f) => `${f.name},${recordHash(f.data)},${f.data.length}`), `${info}/RECORD,,`, ''].join('\n');
  return zip([...files, { name: `${info}/RECORD`, data: Buffer.from(record) }]);
}
