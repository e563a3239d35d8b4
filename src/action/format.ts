/** Number formatting shared by the log and the job summary. Pure. */

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** `1536` -> `1.5 KiB`; bytes below 1024 stay exact (`512 B`). */
export function formatBytes(n: number): string {
  let v = Math.abs(n);
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  const text = u === 0 ? `${v} B` : `${v.toFixed(v >= 100 ? 0 : 1)} ${UNITS[u]}`;
  return n < 0 ? `-${text}` : text;
}

/** A size change: `+1.5 KiB (+3.2%)`, `-20 B (-0.1%)`, `no change`. */
export function formatDelta(now: number, before: number): string {
  const d = now - before;
  if (d === 0) return 'no change';
  const p = (d / before) * 100;
  const pct = before > 0 ? ` (${d > 0 ? '+' : ''}${p.toFixed(Math.abs(p) < 0.1 ? 2 : 1)}%)` : '';
  return `${d > 0 ? '+' : '-'}${formatBytes(Math.abs(d))}${pct}`;
}

/** `340` -> `0.3s`, `83000` -> `1m 23s`. */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}

/** The first line of an instruction, cut to `max` characters (`…` marks a cut). */
export function firstLine(text: string, max = 100): string {
  const lines = text.split('\n');
  const line = lines[0].replace(/\s*\\$/, '').trim();
  const cut = line.length > max ? `${line.slice(0, max - 1)}…` : line;
  return lines.length > 1 && cut === line ? `${cut} …` : cut;
}

/** `sha256:0123456789ab…` -> `0123456789ab` (12 hex digits, as docker shows image IDs). */
export function shortDigest(digest: string): string {
  return digest.replace(/^[a-z0-9]+:/, '').slice(0, 12);
}
