/**
 * Pure statistics of the comparison benchmark: median and spread of a cell's samples, ratios to hoist, and the
 * number formats the report uses.
 */

/** Median and spread of a list of numbers. */
export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}

/** The median (mean of the two middle values for an even count); NaN for an empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median, minimum and maximum; `undefined` for an empty list. */
export function summarize(values: readonly number[]): Summary | undefined {
  if (values.length === 0) return undefined;
  return { n: values.length, median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** How many times slower `other` is than `hoist` (other / hoist); `undefined` when either is missing or hoist is 0. */
export function ratio(other: number | undefined, hoist: number | undefined): number | undefined {
  if (other === undefined || hoist === undefined || !Number.isFinite(other) || !Number.isFinite(hoist) || hoist <= 0) return undefined;
  return other / hoist;
}

/** Seconds with two decimals below 10 s, one below 100 s, none above: `0.84 s`, `12.3 s`, `143 s`. */
export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${s < 10 ? s.toFixed(2) : s < 100 ? s.toFixed(1) : s.toFixed(0)} s`;
}

/** A summary as `median (min–max)` in seconds; `min–max` uses the same precision as the median. */
export function formatSummary(sum: Summary): string {
  if (sum.n === 1) return formatSeconds(sum.median);
  const unit = (ms: number) => formatSeconds(ms).replace(/ s$/, '');
  return `${formatSeconds(sum.median)} (${unit(sum.min)}–${unit(sum.max)})`;
}

/** A ratio as `3.4×` (two significant digits below 10, none above); `–` when undefined. */
export function formatRatio(r: number | undefined): string {
  if (r === undefined) return '–';
  return `${r < 10 ? r.toFixed(1) : r.toFixed(0)}×`;
}

/** Bytes in binary units: `512 B`, `3.4 KiB`, `21.0 MiB`, `1.20 GiB`; `–` when undefined. */
export function formatBytes(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return '–';
  const KiB = 1024;
  const MiB = KiB * 1024;
  const GiB = MiB * 1024;
  if (n >= GiB) return `${(n / GiB).toFixed(2)} GiB`;
  if (n >= MiB) return `${(n / MiB).toFixed(1)} MiB`;
  if (n >= KiB) return `${(n / KiB).toFixed(1)} KiB`;
  return `${Math.round(n)} B`;
}
