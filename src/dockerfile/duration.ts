/** Go `time.ParseDuration` (as HEALTHCHECK uses it), returning nanoseconds. */

const UNITS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** Parses `1h2m3.5s`, `90s`, `-1.5h`, `0`; throws `time: invalid duration "x"` like Go. */
export function parseGoDuration(s: string): number {
  const bad = (): Error => new Error(`time: invalid duration "${s}"`);
  let rest = s;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    if (rest[0] === '-') sign = -1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') throw bad();
  let total = 0;
  // As Go: the unit is everything up to the next digit or '.'.
  const re = /^(\d*)(?:\.(\d*))?([^\d.]*)/u;
  while (rest !== '') {
    const m = re.exec(rest);
    if (!m || (m[1] === '' && (m[2] === undefined || m[2] === ''))) throw bad();
    if (!m[3]) throw new Error(`time: missing unit in duration "${s}"`);
    if (!Object.hasOwn(UNITS, m[3])) throw new Error(`time: unknown unit "${m[3]}" in duration "${s}"`);
    const num = Number(`${m[1] || '0'}.${m[2] ?? '0'}`);
    total += num * UNITS[m[3]];
    rest = rest.slice(m[0].length);
  }
  return sign * Math.round(total);
}

/** Formats nanoseconds the way Go prints a time.Duration (`1m30s`, `500ms`, `0s`). */
export function formatGoDuration(ns: number): string {
  if (ns === 0) return '0s';
  const neg = ns < 0;
  let v = Math.abs(ns);
  let out: string;
  if (v < 1e3) out = `${v}ns`;
  else if (v < 1e6) out = `${trim(v / 1e3)}µs`;
  else if (v < 1e9) out = `${trim(v / 1e6)}ms`;
  else {
    const h = Math.floor(v / 3600e9);
    v -= h * 3600e9;
    const m = Math.floor(v / 60e9);
    v -= m * 60e9;
    out = `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${trim(v / 1e9)}s`;
  }
  return neg ? `-${out}` : out;
}

function trim(n: number): string {
  return String(Number(n.toFixed(9)));
}
