/**
 * Parsers for action input strings: booleans, newline lists, `KEY=VALUE` lines, platform lists and the
 * `registry-auth` list of logins. Pure. Every error is an `InputError` naming the input (and the line), and
 * never quotes a value that may be a secret.
 */

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

/** True when `text` (starting with `"`) has its closing quote (`""` is an escaped quote). */
function quoteClosed(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') i++;
    else return true;
  }
  return false;
}

/**
 * A newline-separated list: lines trimmed, empty lines and whole-line `#` comments dropped. A line wrapped in
 * double quotes loses them (build-push-action reads its lists as CSV, so users quote values with commas), and a
 * quoted entry may span lines, as in CSV (`"KEY=line 1` ... `line 2"`: a multi-line secret); it keeps the line
 * number it starts on.
 */
export function inputLines(value: string): InputLine[] {
  const out: InputLine[] = [];
  const lines = value.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    let text = lines[i].trim();
    if (text === '' || text.startsWith('#')) continue;
    if (text.startsWith('"') && !quoteClosed(text)) {
      let joined = text;
      let j = i;
      while (j + 1 < lines.length && !quoteClosed(joined)) joined += `\n${lines[++j]}`;
      if (quoteClosed(joined)) {
        text = joined.trimEnd();
        i = j;
      }
    }
    if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"');
    out.push({ text, line });
  }
  return out;
}

/**
 * A list split by newlines and commas, as build-push-action reads the inputs it does not read with `ignoreComma`
 * (`secret-envs`: `A=ENV_A,B=ENV_B`); each item keeps its line number.
 */
export function inputItems(value: string): InputLine[] {
  return inputLines(value).flatMap(({ text, line }) =>
    text
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t) => ({ text: t, line })),
  );
}

/** A list that may be split by newlines and commas (`platforms`, `no-cache-filters`). */
export function commaList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

/** The YAML 1.2 core-schema booleans @actions/core accepts; `fallback` when empty. */
export function parseBool(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim();
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new InputError(name, `expected true or false, got "${v}"`);
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

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) {
    const esc: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/' };
    return t.slice(1, -1).replace(/\\(.)/g, (all, c: string) => esc[c] ?? all);
  }
  return t;
}

function toLogin(entry: Record<string, string>, from: string): Login {
  for (const k of Object.keys(entry)) {
    if (!LOGIN_KEYS.has(k) && !IGNORED_KEYS.has(k)) throw new InputError(from, `unknown key "${k}" (registry, username, password)`);
  }
  if (!entry.username) throw new InputError(from, 'username is missing');
  if (!entry.password) throw new InputError(from, 'password is missing');
  return { registry: entry.registry?.trim() || 'docker.io', username: entry.username, password: entry.password, from };
}

/**
 * The `registry-auth` input, as docker/login-action reads it: a YAML list of mappings with `registry`,
 * `username` and `password` (plain, single- or double-quoted scalars; `registry` defaults to Docker Hub).
 * A JSON array of the same objects is accepted too. Values run to the end of their line.
 */
export function parseRegistryAuth(value: string): Login[] {
  const text = value.trim();
  if (text === '') return [];
  if (text.startsWith('[')) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      throw new InputError('registry-auth', 'not a valid JSON array');
    }
    if (!Array.isArray(doc)) throw new InputError('registry-auth', 'expected an array of logins');
    return doc.map((e, i) => {
      if (!e || typeof e !== 'object') throw new InputError(`registry-auth entry ${i + 1}`, 'expected an object');
      return toLogin(Object.fromEntries(Object.entries(e as object).map(([k, v]) => [k, String(v)])), `registry-auth entry ${i + 1}`);
    });
  }
  const entries: Array<{ fields: Record<string, string>; line: number }> = [];
  value.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    let body = raw.trimEnd();
    const dash = /^\s*-(\s+|$)/.exec(body);
    if (dash) {
      entries.push({ fields: {}, line });
      body = body.slice(dash[0].length);
      if (body.trim() === '') return;
    } else if (entries.length === 0) {
      throw new InputError(`registry-auth line ${line}`, 'expected a list item starting with "- "');
    }
    const m = /^\s*([A-Za-z][\w-]*)\s*:(?:\s+(.*))?$/.exec(body);
    if (!m) throw new InputError(`registry-auth line ${line}`, 'expected "key: value"');
    const current = entries[entries.length - 1].fields;
    const key = m[1].toLowerCase();
    if (key in current) throw new InputError(`registry-auth line ${line}`, `"${key}" is given twice in one entry`);
    current[key] = unquote(m[2] ?? '');
  });
  return entries.map((e, i) => toLogin(e.fields, `registry-auth entry ${i + 1} (line ${e.line})`));
}
