import Handlebars from 'handlebars';
import { momentLib } from './libraries.js';
import { MetaError } from './types.js';

/** What the global expressions read. `sha` is the effective commit (the PR head with `prHeadSha`). */
export interface ExpressionContext {
  eventName: string;
  ref: string;
  sha: string;
  payload: Record<string, any>;
  now: Date;
  commitDate: Date;
  shortShaLength: number;
}

const HEADS = /^refs\/heads\//;
const TAGS = /^refs\/tags\//;
const PULL = /^refs\/pull\//;

/** The first `length` characters of `sha` (the whole SHA when it is shorter). */
export function shortSha(sha: string, length: number): string {
  return length >= sha.length ? sha : sha.substring(0, length);
}

/**
 * A Handlebars helper `{{name 'format' tz='Zone'}}` formatting `date` with moment-timezone (UTC by
 * default). Any hash key but `tz` is an error, as in metadata-action.
 */
export function dateHelper(date: Date, name: string) {
  return function (format: unknown, options?: { hash?: Record<string, unknown> }) {
    // Without arguments Handlebars calls the function bare; metadata-action then fails on `options.hash`.
    if (options === undefined) throw new MetaError(`{{${name}}} needs a format, e.g. {{${name} 'YYYYMMDD'}}`);
    let tz = 'UTC';
    for (const key of Object.keys(options.hash ?? {})) {
      if (key !== 'tz') throw new MetaError(`unknown ${key} attribute`);
      tz = String(options.hash?.[key]);
    }
    // moment-timezone only logs an unknown zone and keeps the machine's local time; that is never wanted.
    const moment = momentLib();
    if (!moment.tz.zone(tz)) throw new MetaError(`unknown time zone "${tz}"`);
    return moment(date).tz(tz).format(typeof format === 'string' ? format : undefined);
  };
}

/**
 * `{{is_default_branch}}` as metadata-action computes it: the ref with `refs/heads/` removed must equal
 * `payload.repository.default_branch`, or the event is one GitHub always runs on the default branch
 * (create, discussion, issues, schedule). A tag ref is never the default branch on other events.
 */
export function isDefaultBranch(ctx: Pick<ExpressionContext, 'ref' | 'eventName' | 'payload'>): boolean {
  const branch = ctx.ref.replace(HEADS, '');
  if (!branch) return false;
  if (ctx.payload?.repository?.default_branch == branch) return true;
  return /create|discussion|issues|schedule/.test(ctx.eventName);
}

/** The data object the global expressions are rendered against. */
function globals(ctx: ExpressionContext): Record<string, unknown> {
  return {
    branch: () => (HEADS.test(ctx.ref) ? ctx.ref.replace(HEADS, '') : ''),
    tag: () => (TAGS.test(ctx.ref) ? ctx.ref.replace(TAGS, '') : ''),
    sha: () => shortSha(ctx.sha, ctx.shortShaLength),
    base_ref: () => {
      if (TAGS.test(ctx.ref) && ctx.payload?.base_ref != undefined) return String(ctx.payload.base_ref).replace(HEADS, '');
      if (PULL.test(ctx.ref) && ctx.payload?.pull_request?.base?.ref != undefined) return String(ctx.payload.pull_request.base.ref);
      return '';
    },
    is_default_branch: () => String(isDefaultBranch(ctx)),
    is_not_default_branch: () => String(!isDefaultBranch(ctx)),
    date: dateHelper(ctx.now, 'date'),
    commit_date: dateHelper(ctx.commitDate, 'commit_date'),
  };
}

/**
 * Renders a template (a rule's `value`, `prefix`, `suffix`, `enable`, or a label) with the global
 * expressions. Handlebars' HTML escaping stays on, as in metadata-action. Template errors name `where`.
 */
export function renderGlobal(template: string, ctx: ExpressionContext, where?: string): string {
  return render(template, globals(ctx), where);
}

/** Renders a Handlebars template against `data`, turning template errors into errors that name `where`. */
export function render(template: string, data: unknown, where?: string): string {
  try {
    return Handlebars.compile(template)(data);
  } catch (e) {
    if (e instanceof MetaError) throw new MetaError(`${e.message} in "${template}"`, where);
    throw new MetaError(`cannot render "${template}": ${(e as Error).message}`, where);
  }
}

/** The date and commit_date helpers only, for `type=schedule` patterns. */
export function scheduleData(ctx: ExpressionContext): Record<string, unknown> {
  return { date: dateHelper(ctx.now, 'date'), commit_date: dateHelper(ctx.commitDate, 'commit_date') };
}
