/**
 * `--output` values (the CLI's `-o`, the action's `outputs` input) in hoist's short forms and in `docker buildx
 * build --output`'s CSV form:
 *
 *   oci:DIR                       an OCI layout directory (hoist's short form)
 *   docker:FILE                   a `docker load` archive (hoist's short form)
 *   type=oci,dest=FILE[,tar=false]   an OCI layout as a tarball (as BuildKit writes it), or a directory with tar=false
 *   type=docker,dest=FILE         a `docker load` archive
 *   type=docker (no dest)         loaded into the Docker daemon (DOCKER_HOST's unix socket), as buildx --load
 *   type=local,dest=DIR           the image's filesystem, files owned by the caller (as BuildKit's local exporter)
 *   type=tar,dest=FILE            the image's filesystem as one tarball, owners kept
 *   type=registry[,name=REF]      push (to the --tag references and any name=)
 *   type=image,push=true[,name=]  push; type=image without push, and type=cacheonly, write nothing
 *   ...,push-by-digest=true       push the manifest by digest only, no tag (a matrix leg of a multi-platform build)
 *   PATH                          type=local,dest=PATH, as buildx reads a value without `=`
 *
 * Pure: paths are resolved against the `cwd` passed in. Errors name the value given.
 */
import path from 'node:path';
import { parseBool as goParseBool, splitCsv } from '../dockerfile/mounts.js';

/** Where a build goes besides (or instead of) a registry. */
export type BuildOutput =
  | { kind: 'oci'; dir: string }
  | { kind: 'oci-tar'; file: string }
  | { kind: 'docker'; file: string }
  | { kind: 'local'; dir: string }
  | { kind: 'tar'; file: string }
  | { kind: 'load' };

/** What one `--output` value asks for. */
export interface OutputSpec {
  /** The file or directory output, when the value names one. */
  output?: BuildOutput;
  /** True for type=registry and type=image,push=true. */
  push: boolean;
  /** push-by-digest=true: the names' repositories get the image by digest, their tags nothing. */
  pushByDigest?: boolean;
  /** References from `name=` (image outputs), in the order given. */
  names: string[];
  /** Attributes that hoist accepts but does not act on (for a warning). */
  ignored: string[];
  /** Attributes no exporter of this type takes (ignored, as BuildKit ignores them). */
  unknown?: string[];
  /**
   * The image exporters' `annotation[-TYPE][[PLATFORM]].KEY=VALUE` attributes, as `--annotation` lines
   * (`TYPE[PLATFORM]:KEY=VALUE`, see annotations.ts). hoist applies them to the image every output gets.
   */
  annotations?: string[];
}

// BuildKit's attribute key (exptypes.ParseAnnotationKey): `annotation`, an optional `-TYPE`, an optional `[PLATFORM]`, `.KEY`.
const ANNOTATION_ATTR = /^annotation(?:-([a-z-]+))?(?:\[([A-Za-z0-9_/-]+)\])?\.(\S+)$/;

/** An output that writes a filesystem, not an image (`type=local`, `type=tar`): no image ID comes out of it. */
export function isFilesystemOutput(o: BuildOutput): boolean {
  return o.kind === 'local' || o.kind === 'tar';
}

/** The warning for a spec's unknown attributes (`unknown attributes a, b ignored`); undefined when there are none. */
export function unknownAttributesNotice(spec: OutputSpec): string | undefined {
  const u = spec.unknown ?? [];
  return u.length ? `unknown attribute${u.length > 1 ? 's' : ''} ${u.join(', ')} ignored` : undefined;
}

export class OutputSpecError extends Error {
  constructor(readonly value: string, detail: string) {
    super(`--output "${value}": ${detail}`);
    this.name = 'OutputSpecError';
  }
}

/** Attributes BuildKit's image exporters take that hoist does not act on (its format flags decide those). */
const IGNORED_IMAGE_ATTRS = new Set([
  'compression',
  'compression-level',
  'force-compression',
  'oci-mediatypes',
  'oci-artifact',
  'registry.insecure',
  'unpack',
  'store',
  'dangling-name-prefix',
  'name-canonical',
  'buildinfo',
  'buildinfo-attrs',
  'rewrite-timestamp',
]);

/** Attributes of the filesystem exporters that hoist does not act on. */
const IGNORED_FS_ATTRS = new Set(['platform-split']);

function parseBool(value: string, key: string, raw: string): boolean {
  try {
    return goParseBool(key, value);
  } catch {
    throw new OutputSpecError(raw, `${key} must be true or false, got "${value}"`);
  }
}

/** The value's fields, read as buildx reads them (Go's CSV rules: quoted fields, `""` escapes, no bare quotes). */
function fieldsOf(value: string, raw: string): string[] {
  try {
    return splitCsv(value, 'output');
  } catch (e) {
    throw new OutputSpecError(raw, (e as Error).message);
  }
}

/** Parses one `--output` value; relative destinations resolve against `cwd`. */
export function parseOutputSpec(raw: string, cwd: string): OutputSpec {
  const value = raw.trim();
  if (value === '') throw new OutputSpecError(raw, 'empty value');
  if (value.startsWith('oci:')) {
    if (value.length === 4) throw new OutputSpecError(raw, 'oci:DIR needs a directory');
    return { output: { kind: 'oci', dir: path.resolve(cwd, value.slice(4)) }, push: false, names: [], ignored: [] };
  }
  if (value.startsWith('docker:')) {
    if (value.length === 7) throw new OutputSpecError(raw, 'docker:FILE needs a file');
    return { output: { kind: 'docker', file: path.resolve(cwd, value.slice(7)) }, push: false, names: [], ignored: [] };
  }
  const fields = fieldsOf(value, raw);
  // buildx: a value that is one field and does not start with `type=` is a destination directory (`-` would be
  // a tar on stdout).
  if (fields.length === 1 && fields[0] === value && !value.toLowerCase().startsWith('type=')) {
    if (fields[0] === '-') throw new OutputSpecError(raw, 'writing to stdout is not supported (hoist prints the image digest there); give a file');
    return { output: { kind: 'local', dir: path.resolve(cwd, fields[0]) }, push: false, names: [], ignored: [] };
  }
  const attrs = new Map<string, string>();
  for (const f of fields) {
    const eq = f.indexOf('=');
    if (eq <= 0) throw new OutputSpecError(raw, `"${f}" is not key=value`);
    // As buildx: keys are trimmed and case-insensitive, values taken as written, a repeated key's last value wins.
    attrs.set(f.slice(0, eq).trim().toLowerCase(), f.slice(eq + 1));
  }
  const type = attrs.get('type');
  if (type === undefined) throw new OutputSpecError(raw, 'type= is missing (local, tar, oci, docker, registry, image or cacheonly)');
  attrs.delete('type');
  const take = (key: string): string | undefined => {
    const v = attrs.get(key);
    attrs.delete(key);
    return v;
  };
  const dest = (): string => {
    const d = take('dest');
    if (d === undefined || d === '') throw new OutputSpecError(raw, `type=${type} needs dest=`);
    if (d === '-') throw new OutputSpecError(raw, 'dest=- (stdout) is not supported (hoist prints the image digest there); give a file');
    return path.resolve(cwd, d);
  };
  const names = (): string[] => (take('name') ?? '').split(',').map((n) => n.trim()).filter(Boolean);
  const byDigest = (): { pushByDigest?: boolean } => {
    const v = take('push-by-digest');
    return v !== undefined && parseBool(v, 'push-by-digest', raw) ? { pushByDigest: true } : {};
  };
  const finish = (spec: Omit<OutputSpec, 'ignored' | 'unknown'>, ignorable: Set<string>): OutputSpec => {
    const ignored: string[] = [];
    const unknown: string[] = [];
    const annotations: string[] = [];
    for (const [key, v] of attrs) {
      // The image exporters' annotations; the filesystem ones take none (unknown there, as in BuildKit).
      if (ignorable !== IGNORED_FS_ATTRS && /^annotation[-.[]/.test(key)) {
        const m = ANNOTATION_ATTR.exec(key);
        if (!m) throw new OutputSpecError(raw, `could not parse annotation ${key} (annotation[-TYPE][[PLATFORM]].KEY=VALUE)`);
        annotations.push(`${m[1] ?? 'manifest'}${m[2] ? `[${m[2]}]` : ''}:${m[3]}=${v}`);
      } else (ignorable.has(key) ? ignored : unknown).push(key);
    }
    // An attribute BuildKit's exporter does not know is ignored there too (the build goes on); hoist warns.
    return { ...spec, ignored, ...(unknown.length ? { unknown } : {}), ...(annotations.length ? { annotations } : {}) };
  };
  switch (type) {
    case 'local':
      return finish({ output: { kind: 'local', dir: dest() }, push: false, names: [] }, IGNORED_FS_ATTRS);
    case 'tar':
      return finish({ output: { kind: 'tar', file: dest() }, push: false, names: [] }, IGNORED_FS_ATTRS);
    case 'oci': {
      const d = dest();
      const tar = take('tar');
      const asTar = tar === undefined ? true : parseBool(tar, 'tar', raw);
      return finish({ output: asTar ? { kind: 'oci-tar', file: d } : { kind: 'oci', dir: d }, push: false, names: names() }, IGNORED_IMAGE_ATTRS);
    }
    case 'docker': {
      if (!attrs.has('dest')) {
        take('context');
        return finish({ output: { kind: 'load' }, push: false, names: names() }, IGNORED_IMAGE_ATTRS);
      }
      const d = dest();
      const tar = take('tar');
      if (tar !== undefined && !parseBool(tar, 'tar', raw)) throw new OutputSpecError(raw, 'type=docker is always a tarball (use type=oci,tar=false for a directory)');
      return finish({ output: { kind: 'docker', file: d }, push: false, names: names() }, IGNORED_IMAGE_ATTRS);
    }
    case 'registry': {
      // type=registry is type=image with push=true, which push=false turns off again (as buildx).
      const p = take('push');
      return finish({ push: p === undefined || parseBool(p, 'push', raw), ...byDigest(), names: names() }, IGNORED_IMAGE_ATTRS);
    }
    case 'image': {
      const p = take('push');
      return finish({ push: p !== undefined && parseBool(p, 'push', raw), ...byDigest(), names: names() }, IGNORED_IMAGE_ATTRS);
    }
    case 'cacheonly':
      return finish({ push: false, names: [] }, new Set());
    default:
      throw new OutputSpecError(raw, `unknown type "${type}" (local, tar, oci, docker, registry, image or cacheonly)`);
  }
}

/**
 * The directory name BuildKit gives each platform when several are exported to one place: the normalized
 * platform with `/` as `_` (`linux_amd64`, `linux_arm_v7`; arm64's default variant v8 is dropped, `linux_arm64`).
 */
export function platformDirName(p: { os: string; architecture: string; variant?: string }): string {
  const variant = p.architecture === 'arm64' && p.variant === 'v8' ? undefined : p.variant;
  return [p.os, p.architecture, variant].filter(Boolean).join('_');
}
