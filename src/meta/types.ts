/**
 * Types of the tag/label/annotation engine (docker/metadata-action v6 semantics plus opt-in extras).
 * Everything here is data: the clock, the environment and the registry are passed in by the caller.
 */

/**
 * A list input: the action input string (newline list, read like metadata-action's `getInputList`:
 * CSV-unquoted, `#` comment lines dropped), or lines already split (used as they are).
 */
export type ListInput = string | readonly string[];

/** The rule inputs, as the action inputs of the same names: newline-separated lists. */
export interface MetaInputs {
  images: ListInput;
  tags: ListInput;
  flavor: ListInput;
  labels: ListInput;
  annotations: ListInput;
  /** Separator of the `tags` and `tag-names` output strings (default newline). */
  sepTags?: string;
  /** Separator of the `labels` output string (default newline). */
  sepLabels?: string;
  /** Separator of the `annotations` output string (default newline). */
  sepAnnotations?: string;
}

/** Repository facts used by the OCI labels and by `type=edge` (metadata-action reads them from the GitHub API). */
export interface RepoInfo {
  /** Repository name without the owner (`org.opencontainers.image.title`). */
  name: string;
  description?: string | null;
  /** Web URL (`org.opencontainers.image.url` and `.source`). */
  htmlUrl: string;
  /** SPDX id of the license (`org.opencontainers.image.licenses`). */
  license?: string | null;
  defaultBranch?: string;
}

/** What the runner (or a local checkout) says about the commit being built. */
export interface GitContext {
  /** `GITHUB_EVENT_NAME`: push, pull_request, pull_request_target, schedule, release, workflow_dispatch, ... */
  eventName: string;
  /** `GITHUB_REF`, e.g. `refs/heads/main`, `refs/tags/v1.2.3`, `refs/pull/15/merge`. */
  ref: string;
  /** `GITHUB_SHA` (on pull requests: the merge commit). */
  sha: string;
  /** `owner/name`. */
  repository: string;
  /** `GITHUB_SERVER_URL`, e.g. `https://github.com`. */
  serverUrl: string;
  /** The repository's default branch (for `type=edge`). `{{is_default_branch}}` reads `payload.repository.default_branch`, as metadata-action does. */
  defaultBranch?: string;
  /** The event payload (`GITHUB_EVENT_PATH`), or `{}`. */
  payload: Record<string, any>;
  /** Repository facts for the labels; when absent they are derived from `repository` and `serverUrl`. */
  repo?: RepoInfo;
  /** Commit time for `{{commit_date}}`; when absent it is looked up in the payload, then `now` is used. */
  commitDate?: Date;
}

/** Options from the environment (metadata-action's variables) and hoist's opt-in behaviour. All default off. */
export interface MetaOptions {
  /** `DOCKER_METADATA_SHORT_SHA_LENGTH` (default 7). */
  shortShaLength?: number;
  /** `DOCKER_METADATA_PR_HEAD_SHA`: on pull_request(_target) use the PR head commit instead of the merge commit. */
  prHeadSha?: boolean;
  /** `DOCKER_METADATA_ANNOTATIONS_LEVELS` split on commas (default `['manifest']`). */
  annotationLevels?: string[];
  /**
   * `highest`: `latest` goes only to a semver release at least as high as every release tag already in the
   * registry (same as flavor `latest=highest`). Needs `existingTags`. An explicit flavor `latest=true|false` wins.
   */
  latest?: 'highest';
  /** Tags already in the registry, per image name as it appears in the output (lower-cased). For `latest=highest`. */
  existingTags?: Record<string, string[]>;
  /** Throw instead of warning when no tag is produced. */
  failOnNoTags?: boolean;
  /**
   * Keep tags that a registry would refuse (over 128 characters, leading `.` or `-`) instead of failing,
   * which is what metadata-action outputs. Default false: such a tag is an error naming its rule.
   */
  allowInvalidTags?: boolean;
  /**
   * Time of the `org.opencontainers.image.created` label and annotation (the action passes SOURCE_DATE_EPOCH
   * for reproducible labels); default the `now` that tag expressions such as `{{date}}` use, as metadata-action.
   */
  createdAt?: Date;
}

/** The outputs, as metadata-action names them (`tags`, `tag-names`, `labels`, `annotations`, `json`, `version`). */
export interface MetaResult {
  /** `version` output: the first tag produced (without image), or ''. */
  version: string;
  /** Full references `image:tag` (or bare tags when no image is enabled). */
  tags: string[];
  /** Tags without the image part. */
  tagNames: string[];
  /** OCI labels merged with the custom ones, keys sorted. */
  labels: Record<string, string>;
  /** The labels as `key=value` lines, in output order. */
  labelList: string[];
  /** `<level>:key=value` lines for every annotation level. */
  annotations: string[];
  /** The `json` output: `{tags, tag-names, labels, annotations}`. */
  json: { tags: string[]; 'tag-names': string[]; labels: Record<string, string>; annotations: string[] };
  /** Output strings joined with the separators, keyed by metadata-action's output names. */
  outputs: Record<'version' | 'tags' | 'tag-names' | 'labels' | 'annotations' | 'json', string>;
  /** Warnings metadata-action would print (invalid semver, no match, no tag, ...), plus hoist notices. */
  warnings: string[];
  /** Enabled image names after lower-casing (the `DOCKER_META_IMAGES` bake argument). */
  images: string[];
  /** Whether a `latest` tag was added. */
  latest: boolean;
}

/** An error in the rule inputs or the result; `input` names the input and line (e.g. `tags line 2`). */
export class MetaError extends Error {
  constructor(
    message: string,
    readonly input?: string,
  ) {
    super(input ? `${input}: ${message}` : message);
    this.name = 'MetaError';
  }
}
