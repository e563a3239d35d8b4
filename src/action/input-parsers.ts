/**
 * Parsers for action input strings: booleans, newline lists, `KEY=VALUE` lines, platform lists and the
 * `registry-auth` list of logins. Pure. Every error is an `InputError` naming the input (and the line), and
 * never quotes a value that may be a secret.
 */
import { parse } from 'csv-parse/sync';
import { load as loadYaml } from 'js-yaml';

/** An invalid action input. `input` names it (`push`, `build-args line 2`). */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`);
    this.name = 'InputError';
  }
}

/** One line of a list input with its 1-based line number. */
export interface InputLine {
  text: string;
  line: number;
}

/**
 * The records of a list input as docker/actions-toolkit's `Util.getList` reads them (csv-parse, relaxed quotes and
 * column count, empty lines skipped), with whole-line `#` comments dropped; each with the line it starts on.
 * Input that is not valid CSV (a quote never closed) falls back to one record per line.
 */
function csvRecords(value: string, quote = true): { fields: string[]; line: number }[] {
  if (value.trim() === '') return [];
  try {
    const records = parse(value, {
      columns: false,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      comment: '#',
      comment_no_infix: true,
      info: true,
      quote: quote ? '"' : false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ fields: record.map(String), line: info.lines - record.join(',').split('\n').length + 1 }));
  } catch {
    return value.split(/\r?\n/).flatMap((text, i) => (text.trim() === '' || text.trim().startsWith('#') ? [] : [{ fields: [text], line: i + 1 }]));
  }
}

/**
 * A newline-separated list, as build-push-action reads its `ignoreComma` inputs (`build-args`, `secrets`,
 * `labels`, `cache-from`, ...): each line is read as CSV, so a quoted field loses its quotes (`""` is a quote) and
 * may span lines (`"KEY=line 1` ... `line 2"`: a multi-line secret); the fields of a line are joined again with
 * commas (`A=a,"b,c"` is `A=a,b,c`); entries trimmed, empty ones and whole-line `#` comments dropped. Each keeps
 * the line it starts on. `quote: false` (build-push-action's `outputs`) leaves quotes as they are, for the
 * consumer's own CSV.
 */
export function inputLines(value: string, opts: { quote?: boolean } = {}): InputLine[] {
  return csvRecords(value, opts.quote ?? true)
    .map(({ fields, line }) => ({ text: (fields.length === 1 ? fields[0] : fields.join(',')).trim(), line }))
    .filter((l) => l.text !== '');
}

/**
 * A list split by newlines and commas, as build-push-action reads the inputs it does not read with `ignoreComma`
 * (`platforms`, `secret-envs`, `ssh`, `add-hosts`, ...): a line of one CSV field is split on commas (so a quoted
 * line is unquoted first), a line of several fields gives each field (a quoted field keeps its commas); entries
 * trimmed, empty ones dropped. Each item keeps its line number.
 */
export function inputItems(value: string): InputLine[] {
  return csvRecords(value).flatMap(({ fields, line }) =>
    (fields.length === 1 ? fields[0].split(',') : fields)
      .map((t) => t.trim())
      .filter(Boolean)
      .map((text) => ({ text, line })),
  );
}

/** `inputItems` without line numbers (`platforms`, `no-cache-filters`, `allow`, `ssh`, `add-hosts`). */
export function commaList(value: string): string[] {
  return inputItems(value).map((i) => i.text);
}

/** The YAML 1.2 core-schema booleans @actions/core accepts, with its `getBooleanInput` error; `fallback` when empty. */
export function parseBool(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim();
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new InputError(name, `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\nSupport boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}

/** `KEY=VALUE` lines (the value may contain `=`); a line without `=` is an error naming its line. */
export function parsePairs(name: string, value: string, opts: { secret?: boolean } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { text, line } of inputLines(value)) {
    const eq = text.indexOf('=');
    if (eq <= 0) throw new InputError(`${name} line ${line}`, opts.secret ? 'expected ID=VALUE' : `expected KEY=VALUE, got "${text}"`);
    out[text.slice(0, eq).trim()] = text.slice(eq + 1);
  }
  return out;
}

/**
 * build-push-action's `build-args`: `KEY=VALUE` lines, or `KEY` alone, which takes the value from the step's
 * environment and is left out when it is unset (buildx reads a bare --build-arg so), so a credential can come
 * from `env:` or a secret instead of the workflow text.
 */
export function parseBuildArgLines(name: string, value: string, env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { text, line } of inputLines(value)) {
    const eq = text.indexOf('=');
    if (eq === 0) throw new InputError(`${name} line ${line}`, `expected KEY=VALUE or KEY, got "${text}"`);
    if (eq > 0) out[text.slice(0, eq).trim()] = text.slice(eq + 1);
    else if (env[text.trim()] !== undefined) out[text.trim()] = env[text.trim()]!;
  }
  return out;
}

/** One registry login: login-action's `registry` / `username` / `password`. */
export interface Login {
  registry: string;
  username: string;
  password: string;
  /** Which input it came from (`username`, `registry-auth entry 2`), for messages. */
  from: string;
}

const LOGIN_KEYS = new Set(['registry', 'username', 'password']);
/** login-action keys hoist accepts and ignores (it never writes a docker config, so there is nothing to log out). */
const IGNORED_KEYS = new Set(['logout', 'ecr', 'scope']);

function toLogin(entry: Record<string, unknown>, from: string): Login {
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(entry)) {
    if (!LOGIN_KEYS.has(k) && !IGNORED_KEYS.has(k)) throw new InputError(from, `unknown key "${k}" (registry, username, password)`);
    if (v === null || v === undefined) continue;
    if (typeof v === 'object') throw new InputError(from, `${k} is not a single value`);
    fields[k] = String(v);
  }
  if (!fields.username) throw new InputError(from, 'username is missing');
  if (!fields.password) throw new InputError(from, 'password is missing');
  return { registry: fields.registry?.trim() || 'docker.io', username: fields.username, password: fields.password, from };
}

/** The 1-based lines of the top-level list items (`- ...`) of a block-style YAML list, to name entries by. */
function itemLines(text: string): number[] {
  const lines = text.split(/\r?\n/);
  const items = lines.map((l, i) => ({ m: /^(\s*)-(\s|$)/.exec(l), i })).filter((x) => x.m);
  const indent = Math.min(...items.map((x) => x.m![1].length));
  return items.filter((x) => x.m![1].length === indent).map((x) => x.i + 1);
}

/**
 * The `registry-auth` input, read as docker/login-action reads it (`yaml.load`, js-yaml): a YAML list of mappings
 * with `registry`, `username` and `password` (`registry` defaults to Docker Hub), block or flow style, comments
 * allowed; a JSON array is YAML too. Errors name the entry (and the line it starts on) or the line YAML stopped
 * at, never a value: the text holds passwords.
 */
export function parseRegistryAuth(value: string): Login[] {
  if (value.trim() === '') return [];
  let doc: unknown;
  try {
    doc = loadYaml(value);
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    const reason = (e as { reason?: string }).reason ?? 'syntax error';
    throw new InputError(mark?.line !== undefined ? `registry-auth line ${mark.line + 1}` : 'registry-auth', `not valid YAML (${reason})`);
  }
  if (doc === null || doc === undefined) return [];
  if (!Array.isArray(doc)) throw new InputError('registry-auth', 'expected a YAML list of logins ("- registry: ...", "  username: ...", "  password: ...")');
  const lines = value.trimStart().startsWith('[') ? [] : itemLines(value);
  return doc.map((e, i) => {
    const from = lines.length === doc.length ? `registry-auth entry ${i + 1} (line ${lines[i]})` : `registry-auth entry ${i + 1}`;
    if (!e || typeof e !== 'object' || Array.isArray(e)) throw new InputError(from, 'expected a mapping with registry, username and password');
    return toLogin(e as Record<string, unknown>, from);
  });
}
