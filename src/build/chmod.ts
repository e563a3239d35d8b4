/**
 * `--chmod` values: octal (`0755`, at most 07777) or symbolic (`u=rwX,go=rX`, `+x`, `a-w`), as BuildKit accepts.
 */

/** A parsed `--chmod`: a function from an entry's current mode (and whether it is a directory) to the new mode. */
export interface ModeSpec {
  text: string;
  apply(mode: number, isDir: boolean): number;
}

/** Error for a malformed `--chmod` value. */
export class ChmodError extends Error {
  constructor(readonly value: string) {
    super(`invalid chmod parameter: '${value}'. it should be octal string and between 0 and 07777, or symbolic (u=rwX,go=rX)`);
    this.name = 'ChmodError';
  }
}

const WHO: Record<string, number> = { u: 0o4700, g: 0o2070, o: 0o1007, a: 0o7777 };

/**
 * A `--chmod` value as Engine 26's Dockerfile frontend reads it (BuildOptions.legacyFrontend): base-8 digits only
 * (Go's ParseUint, 32 bits), the kernel keeping the low 07777; anything else is ignored, no error.
 */
export function parseChmodLegacy(value: string): ModeSpec | undefined {
  if (!/^[0-7]+$/.test(value)) return undefined;
  const n = parseInt(value, 8);
  if (n > 0xffffffff) return undefined;
  const mode = n & 0o7777;
  return { text: value, apply: () => mode };
}

/** Parses a `--chmod` value. */
export function parseChmod(value: string): ModeSpec {
  if (/^[0-7]+$/.test(value)) {
    const n = parseInt(value, 8);
    if (n > 0o7777) throw new ChmodError(value);
    return { text: value, apply: () => n };
  }
  if (/^[0-9]+$/.test(value)) throw new ChmodError(value);
  const clauses = value.split(',');
  const ops: { who: number; op: string; perm: string }[] = [];
  for (const clause of clauses) {
    const m = /^([ugoa]*)([-+=])([rwxXst]*|[ugo])$/.exec(clause);
    if (!m) throw new ChmodError(value);
    const whoMask = m[1] === '' ? 0o7777 : [...m[1]].reduce((acc, c) => acc | WHO[c], 0);
    ops.push({ who: whoMask, op: m[2], perm: m[3] });
  }
  return {
    text: value,
    apply(mode: number, isDir: boolean): number {
      let cur = mode & 0o7777;
      for (const { who, op, perm } of ops) {
        let bits = 0;
        if (perm === 'u' || perm === 'g' || perm === 'o') {
          const src = perm === 'u' ? (cur >> 6) & 7 : perm === 'g' ? (cur >> 3) & 7 : cur & 7;
          bits = (src << 6) | (src << 3) | src;
        } else {
          for (const p of perm) {
            if (p === 'r') bits |= 0o444;
            else if (p === 'w') bits |= 0o222;
            else if (p === 'x') bits |= 0o111;
            else if (p === 'X') {
              if (isDir || (cur & 0o111) !== 0) bits |= 0o111;
            } else if (p === 's') bits |= 0o6000;
            else if (p === 't') bits |= 0o1000;
          }
        }
        const mask = who & (0o777 | (who === 0o7777 ? 0o7000 : who & 0o7000));
        const applied = bits & mask;
        if (op === '+') cur |= applied;
        else if (op === '-') cur &= ~applied;
        else cur = (cur & ~(who & 0o7777 & (0o777 | 0o7000))) | applied;
      }
      return cur;
    },
  };
}
