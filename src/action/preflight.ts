/**
 * Everything the action checks before it builds: the context and Dockerfile (parsed and planned, so a syntax
 * error fails at its line in a second), the tags (computed from the git context; none while pushing is an
 * error), and, when pushing, every target registry (reachable, credentials accepted) and repository (push
 * allowed). It also reads what the first tag points at now, for the summary's size change.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseDockerfile, planStages } from '../dockerfile/index.js';
import { computeMetaWithRegistry, gitContextFromEnv, parseMetaEnvOptions, toEntries, type MetaResult } from '../meta/index.js';
import { parseImages } from '../meta/images.js';
import { formatPlatform, hostPlatform, selectPlatform } from '../oci/platform.js';
import type { RegistryClient } from '../registry/client.js';
import { registryNotFound } from '../registry/errors.js';
import { parseReference, repositoryName, repositoryOf, type Reference } from '../registry/reference.js';
import type { ActionConfig } from './config.js';
import { loginFor } from './credentials.js';
import { PreflightError, explainRegistryError } from './failure.js';
import { InputError } from './input-parsers.js';
import type { ActionLogger } from './logger.js';

/** Environment as a plain map. */
type Env = Record<string, string | undefined>;

/** What the first tag pointed at before this build (for the summary's size change). */
export interface PreviousImage {
  ref: string;
  digest: string;
  /** Compressed bytes of the platform's config and layers. */
  size: number;
  platform: string;
}

/** The outcome of preflight: tags and labels, push targets, and the image the first tag pointed at. */
export interface Plan {
  meta: MetaResult;
  /** Every reference to tag (`registry/repo:tag`); pushed only when `config.push`. */
  targets: Reference[];
  /** The input each target repository came from (`images line 2`, `tags line 1`), by `registry/repo`. */
  origins: Map<string, string>;
  previous?: PreviousImage;
  /** Why there is nothing to push although push is on: thrown once the tag outputs are set (they are there anyway). */
  problem?: PreflightError;
}

/** What preflight reads besides the config. */
export interface PreflightDeps {
  registry: RegistryClient;
  env: Env;
  log: ActionLogger;
  /** The time tag expressions (`{{date}}`) use. */
  now: Date;
  /** The time of the `created` label (SOURCE_DATE_EPOCH); default `now`. */
  createdAt?: Date;
  readFile: (path: string) => string;
}

/** Checks the context, the secret files and the Dockerfile: they exist, the file parses and the target stage exists. */
export async function checkDockerfile(config: ActionConfig): Promise<void> {
  const st = await stat(config.context).catch(() => undefined);
  if (!st?.isDirectory()) throw new InputError('context', `${config.context} is not a directory`);
  let text: string;
  try {
    text = await readFile(config.dockerfile, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : (e as Error).message;
    if (config.fileGiven) throw new InputError('file', `${config.dockerfileLabel} ${why}`);
    throw new InputError('context', `there is no Dockerfile at ${config.dockerfileLabel} (${why}); set the file input when it is elsewhere`);
  }
  for (const secret of config.secrets) {
    if (secret.kind !== 'file') continue;
    const file = await stat(secret.path).catch(() => undefined);
    if (!file?.isFile()) throw new InputError('secret-files', `secret "${secret.id}": ${secret.path} is not a file`);
  }
  const df = parseDockerfile(text, { file: config.dockerfileLabel });
  for (const platform of config.platforms) {
    try {
      planStages(df, { buildArgs: config.buildArgs, target: config.target, targetPlatform: platform, buildPlatform: hostPlatform() });
    } catch (e) {
      if (config.target && /target stage "[^"]*" could not be found/.test((e as Error).message)) {
        const names = df.stages.map((s) => s.name).filter(Boolean);
        throw new InputError('target', `no stage "${config.target}" in ${config.dockerfileLabel}${names.length ? ` (stages: ${names.join(', ')})` : ' (it has no named stages)'}`);
      }
      throw e;
    }
  }
}

/** Where each image name came from in the `images` input, by lower-cased name. */
function imageOrigins(config: ActionConfig): Map<string, string> {
  const out = new Map<string, string>();
  try {
    for (const img of parseImages(toEntries(config.meta.images))) if (!out.has(img.name.toLowerCase())) out.set(img.name.toLowerCase(), img.where);
  } catch {
    /* computeMeta reports image errors */
  }
  return out;
}

/** Computes tags and labels (metadata-action rules) and the push targets; logs the notices and warnings. */
export async function computeTags(config: ActionConfig, deps: PreflightDeps): Promise<Plan> {
  const ctx = gitContextFromEnv(deps.env, deps.readFile);
  const listTags = async (image: string) => {
    try {
      return await deps.registry.listTags(parseReference(image, { defaultTag: null }));
    } catch (e) {
      if (registryNotFound(e)) return [];
      throw e;
    }
  };
  const meta = await computeMetaWithRegistry(config.meta, ctx, deps.now, { ...parseMetaEnvOptions(deps.env), createdAt: deps.createdAt }, listTags);
  const origins = new Map<string, string>();
  let targets: Reference[];
  if (config.references) {
    targets = config.references.map((r) => r.ref);
    for (const r of config.references) if (!origins.has(repositoryName(r.ref))) origins.set(repositoryName(r.ref), r.where);
  } else if (meta.images.length === 0) {
    // Every image disabled (`enable=false`): metadata-action still outputs bare tags (`main`), which as references
    // would name Docker Hub images; nothing is tagged or pushed then.
    targets = [];
    deps.log.notice('Every image in images is disabled (enable=false): the image is built, not tagged and not pushed.');
  } else {
    targets = meta.tags.map((t) => parseReference(t));
    const byName = imageOrigins(config);
    for (const t of targets) {
      const name = repositoryName(t);
      const where = [...byName].find(([n]) => repositoryName(parseReference(n, { defaultTag: null })) === name)?.[1] ?? 'images';
      if (!origins.has(name)) origins.set(name, where);
    }
  }
  for (const w of meta.warnings) {
    if (/lower-cased/.test(w)) deps.log.notice(w);
    // metadata-action's own warnings when the rules make nothing, where its tag rules are used (images given).
    else if (/^No Docker (tag|image version) has been generated/.test(w) && (config.references || meta.images.length === 0)) continue;
    else deps.log.warning(w);
  }
  for (const n of config.outputNames ?? []) {
    if (targets.some((t) => String(t) === String(n.ref))) continue;
    targets.push(n.ref);
    if (!origins.has(repositoryName(n.ref))) origins.set(repositoryName(n.ref), n.where);
  }
  let problem: PreflightError | undefined;
  if (targets.length === 0) {
    const ref = deps.env.GITHUB_REF ?? '';
    const event = deps.env.GITHUB_EVENT_NAME ?? '';
    if (config.references) {
      if (config.push) problem = new PreflightError('images', 'nothing to push: give images (with tag rules in tags) or tags (full image references), or set push: false');
      else deps.log.notice('No image name given (images and tags are empty): the image is built, not tagged and not pushed.');
    } else if (meta.images.length === 0) {
      // Said above.
    } else if (config.push) {
      problem = new PreflightError('tags', `no tag was produced for ref "${ref}" (event "${event}"), so there is nothing to push. Add a rule that matches this event (for example type=ref,event=branch, type=sha, or type=raw,value=...), or set push: false.`);
    } else {
      deps.log.notice(`No tag was produced for ref "${ref}" (event "${event}"): the image is built but not tagged.`);
    }
  }
  return { meta, targets, origins, ...(problem ? { problem } : {}) };
}

/**
 * Checks every target before the build: each registry answers and accepts the credentials, and each
 * repository accepts a push (an upload session is opened and cancelled). Fails with a message naming the
 * input and a hint (ghcr.io: `packages: write`).
 */
export async function checkRegistries(config: ActionConfig, plan: Plan, registry: RegistryClient, log: ActionLogger, actor?: string): Promise<void> {
  const repos = new Map<string, Reference>();
  for (const t of plan.targets) repos.set(repositoryName(t), repositoryOf(t));
  const registries = new Map<string, string>();
  for (const [name, r] of repos) if (!registries.has(r.registry)) registries.set(r.registry, plan.origins.get(name) ?? 'images');
  await Promise.all(
    [...registries].map(async ([host, where]) => {
      try {
        await registry.ping(host);
      } catch (e) {
        throw explainRegistryError(e, { registry: host, where, login: loginFor(config, host, actor), operation: 'reach' });
      }
    }),
  );
  await Promise.all(
    [...repos].map(async ([name, repo]) => {
      try {
        await registry.checkPushAccess(repo);
        log.info(`push access to ${name}: ok`);
      } catch (e) {
        throw explainRegistryError(e, { registry: repo.registry, repository: repo.repository, where: plan.origins.get(name) ?? 'images', login: loginFor(config, repo.registry, actor), operation: 'push' });
      }
    }),
  );
}

/** Reads what `ref` points at now (best effort): its size for the first platform, or undefined. */
export async function previousImage(registry: RegistryClient, ref: Reference, config: ActionConfig, log: ActionLogger): Promise<PreviousImage | undefined> {
  try {
    const desc = await registry.headManifest(ref);
    if (!desc) return undefined;
    let m = await registry.getManifest(ref);
    const platform = config.platforms[0];
    if (m.kind === 'index') {
      const entry = selectPlatform(m.index.manifests, platform);
      if (!entry) return undefined;
      m = await registry.getManifest(parseReference(`${repositoryName(ref)}@${entry.digest}`));
    }
    if (m.kind !== 'manifest') return undefined;
    const size = m.manifest.config.size + m.manifest.layers.reduce((n, l) => n + l.size, 0);
    return { ref: String(ref), digest: desc.digest, size, platform: formatPlatform(platform) };
  } catch (e) {
    log.debug(`could not read the current ${String(ref)}: ${(e as Error).message}`);
    return undefined;
  }
}
