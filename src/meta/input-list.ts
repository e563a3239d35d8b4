import { parse } from 'csv-parse/sync';

/** One entry of a list input with the line it started on (1-based), so errors can name it. */
export interface ListEntry {
  text: string;
  line: number;
}

/**
 * Splits a list input the way metadata-action's `Util.getInputList(name, {ignoreComma, comment: '#',
 * commentNoInfix: true})` does: each line is read as CSV (quotes are removed, a quoted field may span
 * lines), whole-line `#` comments and empty lines are dropped, the fields of a line are joined again
 * with commas and the result is trimmed.
 */
export function parseList(input: string | undefined): ListEntry[] {
  if (!input) return [];
  const records = parse(input, {
    columns: false,
    relax_quotes: true,
    comment: '#',
    comment_no_infix: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  const out: ListEntry[] = [];
  for (const { record, info } of records) {
    const text = (record.length === 1 ? record[0] : record.join(',')).trim();
    if (text) out.push({ text, line: info.lines });
  }
  return out;
}

/**
 * The entries of an input given either as the action input string (parsed with `parseList`) or as an
 * array of lines already split, as metadata-action's `Meta` class receives them (no CSV unquoting).
 */
export function toEntries(input: string | readonly string[] | undefined): ListEntry[] {
  if (typeof input === 'string' || input === undefined) return parseList(input);
  const out: ListEntry[] = [];
  input.forEach((text, i) => {
    if (text.trim()) out.push({ text: text.trim(), line: i + 1 });
  });
  return out;
}

/**
 * Splits one rule line into its `key=value` fields as metadata-action does (`csv-parse`, relaxed column
 * count). Returns the first CSV record; an empty line gives no fields.
 */
export function parseFields(line: string): string[] {
  const records = parse(line, { relax_column_count: true, skip_empty_lines: true }) as string[][];
  return (records[0] ?? []).map((f) => String(f));
}
