/** "did you mean" hints as BuildKit gives them: the closest option within edit distance 2. */

/** Levenshtein distance between two strings (by code point). */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

function matchCase(value: string, orig: string): string {
  if (orig === orig.toLowerCase()) return value.toLowerCase();
  if (orig === orig.toUpperCase()) return value.toUpperCase();
  return value;
}

/**
 * The option closest to `value` (distance < 3), or undefined when none is close or `value` is itself an
 * option. Case-insensitive matching returns the suggestion in the case of the input.
 */
export function suggest(value: string, options: readonly string[], caseSensitive = false): string | undefined {
  if (value === '') return undefined;
  const v = caseSensitive ? value : value.toLowerCase();
  let best: string | undefined;
  let min = 3;
  for (const o of options) {
    const opt = caseSensitive ? o : o.toLowerCase();
    if (opt === v) return undefined;
    const d = editDistance(v, opt);
    if (d < min) {
      best = caseSensitive ? opt : matchCase(opt, value);
      min = d;
    }
  }
  return best;
}

/** Appends ` (did you mean X?)` to a message when a close option exists. */
export function withSuggestion(message: string, value: string, options: readonly string[], caseSensitive = false): string {
  const s = suggest(value, options, caseSensitive);
  return s === undefined ? message : `${message} (did you mean ${s}?)`;
}
