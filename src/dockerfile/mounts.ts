/** `RUN --mount=...` specs: CSV fields, types, options and validation (BuildKit `commands_runmount.go`). */
import type { Mount, MountType } from './instructions.js';
import { withSuggestion } from './suggest.js';

const TYPES: MountType[] = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const SHARING = ['shared', 'private', 'locked'] as const;
const KEYS = ['type', 'from', 'source', 'target', 'readonly', 'id', 'sharing', 'required', 'mode', 'uid', 'gid', 'src', 'dst', 'destination', 'ro', 'rw', 'readwrite', 'size', 'env'];

/** Splits one CSV record as Go's encoding/csv reads it (quoted fields, `""` escapes). */
export function splitCsv(line: string, what = 'mounts'): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) throw new Error(`failed to parse csv ${what}: parse error on line 1, column ${i + 1}: extraneous or missing " in quoted-field`);
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += line[i++];
      }
      if (i < line.length && line[i] !== ',') throw new Error(`failed to parse csv ${what}: parse error on line 1, column ${i + 1}: extraneous or missing " in quoted-field`);
    } else {
      while (i < line.length && line[i] !== ',') {
        if (line[i] === '"') throw new Error(`failed to parse csv ${what}: parse error on line 1, column ${i + 1}: bare " in non-quoted-field`);
        field += line[i++];
      }
    }
    fields.push(field);
    if (i >= line.length) break;
    i++; // comma
  }
  return fields;
}

/** Parses a size such as `64m`, `1g`, `1.5GiB` or `1024` into bytes (docker/go-units `RAMInBytes`). */
export function parseRamBytes(s: string): number {
  const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(s);
  if (!m) throw new Error(`invalid size: '${s}'`);
  const mult: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };
  return Math.floor(Number(m[1]) * (m[2] ? mult[m[2].toLowerCase()] : 1));
}

/** Go's strconv.ParseBool, as BuildKit and buildx read flag values; undefined for any other word. */
export function parseGoBool(v: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return undefined;
}

/** `parseGoBool` for a flag value: any other word is an error naming the key. */
export function parseBool(key: string, v: string): boolean {
  const b = parseGoBool(v);
  if (b === undefined) throw new Error(`invalid value for ${key}: ${v}`);
  return b;
}

function parseUint(v: string, radix: 8 | 10, what: string): number {
  const ok = radix === 8 ? /^[0-7]+$/.test(v) : /^\d+$/.test(v);
  const n = ok ? parseInt(v, radix) : NaN;
  if (!ok || n > 0xffffffff) throw new Error(`invalid value ${v} for ${what}`);
  return n;
}

/**
 * Parses one `--mount` value. `expand` maps each option value (variable expansion at dispatch time); without
 * it (parse time) values are taken as written, except that a value with a `$` is left for dispatch, as
 * BuildKit defers it (`uid=${UID}`), and `from` cannot have one. Throws with BuildKit's messages.
 */
export function parseMount(spec: string, expand?: (v: string) => string): Mount {
  const m: Mount = { type: 'bind', readOnly: false, required: false };
  let roAuto = true;
  // A value left for dispatch (it has a `$`): what the options allow together is checked then, with every value.
  let deferred = false;
  for (const field of splitCsv(spec)) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro') {
        m.readOnly = true;
        roAuto = false;
      } else if (key === 'readwrite' || key === 'rw') {
        m.readOnly = false;
        roAuto = false;
      } else if (key === 'required') {
        if (m.type !== 'secret' && m.type !== 'ssh') throw new Error(`unexpected key '${key}' for mount type '${m.type}'`);
        m.required = true;
      } else throw new Error(`invalid field '${field}' must be a key=value pair`);
      continue;
    }
    const raw = field.slice(eq + 1);
    if (!expand && key === 'from' && /\$./.test(raw)) throw new Error(`'${key}' doesn't support variable expansion, define alias stage instead`);
    if (!expand && raw.includes('$')) {
      deferred = true;
      continue;
    }
    const value = expand ? expand(raw) : raw;
    switch (key) {
      case 'type': {
        const t = value.toLowerCase() as MountType;
        if (!TYPES.includes(t)) throw new Error(withSuggestion(`unsupported mount type "${value}"`, value, TYPES, true));
        m.type = t;
        break;
      }
      case 'from':
        m.from = value;
        break;
      case 'source':
      case 'src':
        m.source = value;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        m.target = value;
        break;
      case 'readonly':
      case 'ro':
        m.readOnly = parseBool(key, value);
        roAuto = false;
        break;
      case 'readwrite':
      case 'rw':
        m.readOnly = !parseBool(key, value);
        roAuto = false;
        break;
      case 'required':
        if (m.type !== 'secret' && m.type !== 'ssh') throw new Error(`unexpected key '${key}' for mount type '${m.type}'`);
        m.required = parseBool(key, value);
        break;
      case 'size':
        if (m.type !== 'tmpfs') throw new Error(`unexpected key '${key}' for mount type '${m.type}'`);
        try {
          m.size = parseRamBytes(value);
        } catch {
          throw new Error(`invalid value for ${key}: ${value}`);
        }
        break;
      case 'id':
        m.id = value;
        break;
      case 'sharing': {
        const s = value.toLowerCase() as (typeof SHARING)[number];
        if (!SHARING.includes(s)) throw new Error(withSuggestion(`unsupported sharing value "${value}"`, value, SHARING, true));
        m.sharing = s;
        break;
      }
      case 'mode':
        m.mode = parseUint(value, 8, 'mode');
        break;
      case 'uid':
        m.uid = parseUint(value, 10, 'uid');
        break;
      case 'gid':
        m.gid = parseUint(value, 10, 'gid');
        break;
      case 'env':
        if (m.type !== 'secret') throw new Error(`unexpected key '${key}' for mount type '${m.type}'`);
        m.env = value;
        break;
      default:
        throw new Error(withSuggestion(`unexpected key '${key}' in '${field}'`, key, KEYS, true));
    }
  }
  if (!deferred) validateMount(m, roAuto);
  return m;
}

function validateMount(m: Mount, roAuto: boolean): void {
  const fileInfoAllowed = m.type === 'secret' || m.type === 'ssh' || m.type === 'cache';
  if (!fileInfoAllowed) {
    for (const k of ['mode', 'uid', 'gid'] as const) {
      if (m[k] !== undefined) throw new Error(`${k} not allowed for "${m.type}" type mounts`);
    }
  }
  if (roAuto) m.readOnly = !(m.type === 'cache' || m.type === 'tmpfs');
  if (m.type === 'secret') {
    if (m.from !== undefined) throw new Error('secret mount should not have a from');
    if (m.sharing !== undefined) throw new Error('secret mount should not define sharing');
    if (!m.source && !m.target && !m.id && !m.env) throw new Error('invalid secret mount. one of source, target required');
    if (m.source && m.id) throw new Error("both source and id can't be set");
  }
  if (m.sharing !== undefined && m.type !== 'cache') throw new Error(`invalid cache sharing set for ${m.type} mount`);
}
