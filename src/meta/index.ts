/**
 * Tags, labels and annotations from (rule inputs, git context, clock, options): docker/metadata-action v6
 * semantics, plus opt-in extras (`latest=highest`, hard error on no tags). Pure: no environment, clock,
 * file or network access; the callers pass those in.
 */
import type { ExpressionContext } from './expressions.js';
import { parseFlavor, type Flavor } from './flavor.js';
import { imageNames, parseImages } from './images.js';
import { toEntries } from './input-list.js';
import { mergeAnnotations, ociAnnotations, toLines, toRecord, withLevels } from './labels.js';
import { decideHighest } from './latest-highest.js';
import { librariesFor, loadMetaLibraries } from './libraries.js';
import { parseTagRules } from './rules.js';
import { MetaError, type GitContext, type MetaInputs, type MetaOptions, type MetaResult, type RepoInfo } from './types.js';
import { imageNameProblem, tagProblem } from './validate.js';
import { computeVersion, sanitizeTag, type Version } from './version.js';

export * from './types.js';
export { gitContextFromEnv, parseMetaEnvOptions, isRunnerEnv, type Env } from './git-env.js';
export { gitContextFromCheckout, parseRemote, type Runner } from './git-checkout.js';
export { parseList, toEntries } from './input-list.js';
export { sanitizeTag } from './version.js';
export { tagProblem, imageNameProblem } from './validate.js';
export { librariesFor, loadMetaLibraries } from './libraries.js';

const DEFAULT_SHORT_SHA_LENGTH = 7;

/**
 * The context metadata-action actually works with: on `pull_request_target` the ref becomes
 * `refs/pull/<number>/merge`; with `prHeadSha` on a pull request event the SHA becomes the PR head.
 */
export function effectiveContext(ctx: GitContext, opts: MetaOptions = {}): GitContext {
  let { ref, sha } = ctx;
  if (/pull_request_target/.test(ctx.eventName)) ref = `refs/pull/${ctx.payload?.number}/merge`;
  if (opts.prHeadSha && /pull_request/.test(ctx.eventName) && ctx.payload?.pull_request?.head?.sha != undefined) {
    sha = String(ctx.payload.pull_request.head.sha);
  }
  return { ...ctx, ref, sha };
}

/** The commit time the payload records for `sha` (`commits[]`, then `head_commit`), if any. */
export function commitDateFromPayload(payload: Record<string, any>, sha: string): Date | undefined {
  const commits = Array.isArray(payload?.commits) ? (payload.commits as Array<{ id?: string; timestamp?: string }>) : [];
  const stamp = commits.find((c) => c?.id === sha)?.timestamp ?? (payload?.head_commit?.id === sha ? payload.head_commit.timestamp : undefined);
  if (!stamp) return undefined;
  const d = new Date(stamp);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Repository facts when the context has none: the name from `owner/name`, the URL from the server. */
function repoInfo(ctx: GitContext): RepoInfo {
  if (ctx.repo) return ctx.repo;
  const name = ctx.repository.split('/')[1] ?? '';
  return { name, description: null, htmlUrl: ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : '', license: null, defaultBranch: ctx.defaultBranch };
}

/** Whether `latest=highest` applies: flavor `latest=highest`, or the option when the flavor says `auto`. */
function wantsHighest(flavor: Flavor, opts: MetaOptions): boolean {
  return flavor.latest === 'highest' || (flavor.latest === 'auto' && opts.latest === 'highest');
}

/**
 * Computes the outputs of metadata-action for `inputs` in `ctx` at time `now`. Pure. Throws `MetaError`
 * (naming the input line) for invalid rules, for a tag or image name a registry would refuse (unless
 * `allowInvalidTags`), when `latest=highest` lacks the registry's tags, and with `failOnNoTags` when no
 * tag is produced.
 */
export function computeMeta(inputs: MetaInputs, ctx: GitContext, now: Date, opts: MetaOptions = {}): MetaResult {
  const warnings: string[] = [];
  const eff = effectiveContext(ctx, opts);
  const exprCtx: ExpressionContext = {
    eventName: eff.eventName,
    ref: eff.ref,
    sha: eff.sha,
    payload: eff.payload ?? {},
    now,
    commitDate: ctx.commitDate ?? commitDateFromPayload(eff.payload, eff.sha) ?? now,
    shortShaLength: opts.shortShaLength ?? DEFAULT_SHORT_SHA_LENGTH,
  };
  const images = parseImages(toEntries(inputs.images));
  const rules = parseTagRules(toEntries(inputs.tags));
  const flavor = parseFlavor(toEntries(inputs.flavor));
  const repo = repoInfo(eff);
  const version = computeVersion(rules, flavor, exprCtx, eff.defaultBranch ?? repo.defaultBranch, warnings);
  const names = imageNames(images, warnings);
  if (!opts.allowInvalidTags) {
    for (const image of images) {
      const problem = image.enable ? imageNameProblem(image.name.toLowerCase()) : undefined;
      if (problem) throw new MetaError(`image name "${image.name}": ${problem}`, image.where);
    }
  }

  let latest = version.latest;
  if (wantsHighest(flavor, opts) && version.main !== undefined && version.latest) {
    latest = highestLatest(version, flavor, names, opts, warnings);
  }
  const latestTag = sanitizeTag(`${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`);
  if (!opts.allowInvalidTags) validateTags(version, latest ? latestTag : undefined, flavor);

  const tagNames = version.main === undefined ? [] : [version.main, ...version.partial, ...(latest ? [latestTag] : [])];
  const tags = names.length > 0 ? names.flatMap((n) => tagNames.map((t) => `${n}:${t}`)) : [...tagNames];

  const base = ociAnnotations(repo, version.main, opts.createdAt ?? now, eff.sha);
  const labelPairs = mergeAnnotations(base, toEntries(inputs.labels), exprCtx, 'labels');
  const annotationPairs = mergeAnnotations(base, toEntries(inputs.annotations), exprCtx, 'annotations');
  const labels = toRecord(labelPairs);
  const labelList = toLines(labelPairs);
  const annotations = withLevels(annotationPairs, opts.annotationLevels ?? ['manifest']);

  if (tags.length === 0 && opts.failOnNoTags) {
    throw new MetaError(`no Docker tag has been generated for ref "${eff.ref}" (event "${eff.eventName}")${detail(warnings)}`, 'tags');
  }
  if (version.main === undefined) warnings.push('No Docker image version has been generated. Check tags input.');
  if (tags.length === 0) warnings.push('No Docker tag has been generated. Check tags input.');

  const json = { tags, 'tag-names': tagNames, labels, annotations };
  return {
    version: version.main ?? '',
    tags,
    tagNames,
    labels,
    labelList,
    annotations,
    json,
    outputs: {
      version: version.main ?? '',
      tags: tags.join(inputs.sepTags || '\n'),
      'tag-names': tagNames.join(inputs.sepTags || '\n'),
      labels: labelList.join(inputs.sepLabels || '\n'),
      annotations: annotations.join(inputs.sepAnnotations || '\n'),
      json: JSON.stringify(json),
    },
    warnings,
    images: names,
    latest,
  };
}

function detail(warnings: readonly string[]): string {
  return warnings.length > 0 ? `: ${warnings.join('; ')}` : '';
}

function highestLatest(version: Version, flavor: Flavor, names: readonly string[], opts: MetaOptions, warnings: string[]): boolean {
  if (names.length === 0) throw new MetaError('latest=highest needs at least one image to look up in its registry', flavor.latestWhere ?? 'flavor');
  const existing = names.map((image) => {
    const tags = opts.existingTags?.[image];
    if (!tags) throw new MetaError(`latest=highest needs the tags already in the registry for image "${image}" (existingTags)`, flavor.latestWhere ?? 'flavor');
    return { image, tags };
  });
  const decision = decideHighest(version, flavor, existing);
  if (!decision.latest) warnings.push(`latest=highest: latest not added: ${decision.reason}`);
  return decision.latest;
}

function validateTags(version: Version, latestTag: string | undefined, flavor: Flavor): void {
  for (const { value, rule } of version.produced) {
    const problem = tagProblem(value);
    if (problem) throw new MetaError(`tag "${value}" is not valid: ${problem} (rule "${rule.source}")`, rule.where);
  }
  if (latestTag !== undefined) {
    const problem = tagProblem(latestTag);
    if (problem) throw new MetaError(`latest tag "${latestTag}" is not valid: ${problem}`, flavor.latestWhere ?? 'flavor');
  }
}

/**
 * `computeMeta` for `latest=highest` against a live registry: lists the tags of every enabled image with
 * `listTags` (which should resolve `[]` for a repository that does not exist yet), then computes. Without
 * `latest=highest` it does not call `listTags`.
 */
export async function computeMetaWithRegistry(
  inputs: MetaInputs,
  ctx: GitContext,
  now: Date,
  opts: MetaOptions,
  listTags: (image: string) => Promise<string[]>,
): Promise<MetaResult> {
  await loadMetaLibraries(librariesFor(inputs));
  const flavor = parseFlavor(toEntries(inputs.flavor));
  if (!wantsHighest(flavor, opts)) return computeMeta(inputs, ctx, now, opts);
  const names = imageNames(parseImages(toEntries(inputs.images)), []);
  const lists = await Promise.all(names.map(async (n) => [n, await listTags(n)] as const));
  return computeMeta(inputs, ctx, now, { ...opts, existingTags: { ...opts.existingTags, ...Object.fromEntries(lists) } });
}

/** The `bake-file` output of metadata-action: tags, labels and the `DOCKER_META_*` args for one target. */
export function bakeDefinition(result: MetaResult, target = 'docker-metadata-action'): object {
  return {
    target: {
      [target]: {
        tags: result.tags,
        labels: result.labels,
        args: { DOCKER_META_IMAGES: result.images.join(','), DOCKER_META_VERSION: result.version },
      },
    },
  };
}
