import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lookupNamedContext } from '../dockerfile/named-contexts.js';
import { stageByRef, type PlannedStage } from '../dockerfile/plan.js';
import type { AddInstruction, CopyInstruction, Instruction, RunInstruction } from '../dockerfile/instructions.js';
import { BuildContext } from '../context/context.js';
import { digestOf, digestOfFile, parseDigest, type Digest } from '../oci/digest.js';
import { writeLayerBlob } from '../oci/layer/compress.js';
import { layerMediaType } from '../oci/media-types.js';
import { formatPlatform } from '../oci/platform.js';
import { resolveInRoot } from '../sandbox/paths.js';
import { processFailed, RunError, type RunMount } from '../sandbox/types.js';
import { goPathClean, goQuote } from './go-format.js';
import { stepKey } from './cache-key.js';
import { parseChmod, parseChmodLegacy } from './chmod.js';
import { shellOf } from './config.js';
import { planCopy, type CopySource, type InlineSource } from './copy.js';
import { addSources, unpackIfArchive } from './add.js';
import { FsView, normalizePath, summaryOf, type LayerSummary } from './fs-view.js';
import { LayerPlan, type EntryContent } from './layer-plan.js';
import { planToTar, summarizePlan, summarizeTarFile, type BuiltLayer } from './layers.js';
import type { BuildSession } from './session.js';
import type { ImageState } from './types.js';
import { chownNames, resolveOwner, type Owner } from './user.js';
import { withProxyEnv } from './proxy.js';
import { createExcludeMatcher } from './exclude.js';
import { ViewTree } from './view-tree.js';
import { emulationProblem } from './emulation.js';
import { resolveSourceIn, type TreeStat } from '../context/tree.js';
import { BaseImageError, resolveImageState, scratchState } from './image-source.js';

/** A build failure at a Dockerfile line; the message reads `file:line: message`. */
export class StepError extends Error {
  constructor(readonly file: string, readonly line: number, message: string, readonly detail?: string, cause?: unknown) {
    super(`${file}:${line}: ${message}`, cause === undefined ? undefined : { cause });
    this.name = 'StepError';
  }
}

/** What a layer step (WORKDIR, COPY, ADD, RUN) needs from its stage. */
export interface LayerStepInput {
  stage: PlannedStage;
  stageName: string;
  /** The instruction after expansion. */
  instr: Instruction;
  /** The instruction as written (for errors and logs). */
  raw: Instruction;
  state: ImageState;
  runEnv: string[];
  declaredArgs: string[];
  args: Map<string, string>;
  /** Called when the step's key is not in the cache (before the step is built). */
  onMiss?: () => void;
}

/** What a layer step produced. */
export interface LayerStepResult {
  key: string;
  layer?: BuiltLayer;
  cached: boolean;
  createdBy: string;
  buildkitSuffix: boolean;
  /** BuildKit's description of the layer's cache record, where it is not the step's progress name (RUN's). */
  description?: string;
}

/** The 32-byte gzip of an empty tar that BuildKit and containerd write for an empty layer (sha256:4f4fb700...). */
export const EMPTY_GZIP_LAYER = Buffer.from('1f8b08000000000000ff621805a360148c5800080000ffff2eafb5ef00040000', 'hex');
/** diff_id of an empty layer (1024 zero bytes). */
export const EMPTY_DIFF_ID = digestOf(Buffer.alloc(1024));

export function epoch(s: BuildSession): number | undefined {
  return s.opts.sourceDateEpoch;
}

export function nowSeconds(s: BuildSession): number {
  return epoch(s) ?? Math.floor(s.opts.now() / 1000);
}

function stageNoCache(s: BuildSession, stage: PlannedStage): boolean {
  if (s.opts.noCache) return true;
  const f = s.opts.noCacheFilter;
  if (!f || f.length === 0) return false;
  // BuildKit's `no-cache` option: the values joined by commas, split again; empty is every stage. Stages by name
  // only, ignoring case (strings.EqualFold): an empty entry (`x,`) matches the unnamed stages, an index nothing.
  const names = f.join(',').split(',');
  if (names.length === 1 && names[0] === '') return true;
  return names.some((n) => n.toLowerCase() === (stage.name ?? '').toLowerCase());
}

/** A --chmod as keyed: an octal mode as its number, a symbolic one as written, an ignored one not at all. */
function chmodKey(written: string | undefined, parsed: unknown): number | string | undefined {
  if (written === undefined || parsed === undefined) return undefined;
  return /^[0-7]+$/.test(written) ? parseInt(written, 8) & 0o7777 : written;
}

/** A COPY/ADD destination as BuildKit's FileOp has it: joined to WORKDIR and cleaned, `/` kept for a directory. */
function destKey(dest: string, workdir: string): string {
  const abs = goPathClean(dest.startsWith('/') ? dest : `/${workdir}/${dest}`);
  const dir = dest === '' || dest === '.' || dest.endsWith('/');
  return dir && abs !== '/' ? `${abs}/` : abs;
}

/** An absolute mount target that is not clean is keyed as written too: BuildKit keeps `/c/` apart from `/c`. */
function written(given: string | undefined, resolved: string): { written?: string } {
  return given !== undefined && given.startsWith('/') && given !== `/${resolved}` ? { written: given } : {};
}

/** Finds the stage a `--from` / `from=` value names (name, case-insensitive, or index), if any. */
export function findStage(s: BuildSession, from: string): PlannedStage | undefined {
  // The same resolution as the plan's (a later duplicate name wins); the plan made it a dependency.
  const found = stageByRef(s.plan.allStages, from);
  return found && s.plan.stages.find((st) => st.index === found.index);
}

/**
 * The state a `--from` (or a RUN mount's `from=`, `mountTarget` its target as written) names: a finished stage, or
 * an image resolved from the registry.
 */
async function fromState(s: BuildSession, input: LayerStepInput, from: string, mountTarget?: string): Promise<{ key: string; layers: BuiltLayer[] }> {
  const notDefinedBefore = () => (mountTarget === undefined ? notCopiedBefore(from, input.stageName) : `cannot mount from stage "${from}" to "${mountTarget}", stage needs to be defined before current command`);
  const stage = findStage(s, from);
  if (stage) {
    const st = s.stages.get(stage.index);
    if (!st) throw new StepError(s.dockerfile.file, input.raw.startLine, notDefinedBefore());
    return { key: st.key, layers: st.layers };
  }
  // A named build context of that name: a local directory's files, an image in an OCI layout, or another image.
  const named = lookupNamedContext(s.opts.namedContexts, from);
  if (named?.kind === 'local' || named?.kind === 'git' || named?.kind === 'oci-layout') {
    const st = await s.namedContext(from, input.state.platform).catch((e: Error) => {
      throw new StepError(s.dockerfile.file, input.raw.startLine, e.message);
    });
    return { key: st.key, layers: st.layers };
  }
  // A stage of this Dockerfile that the plan did not build first (an ONBUILD trigger's `--from`, which BuildKit
  // does not count as a dependency) is refused, as BuildKit refuses it; it is never taken for an image.
  if (!named && stageByRef(s.plan.allStages, from)) throw new StepError(s.dockerfile.file, input.raw.startLine, notDefinedBefore());
  const name = named?.kind === 'image' ? named.ref : from;
  // `scratch` (as written, or `docker-image://scratch`) is BuildKit's empty image, never pulled.
  const img = name === 'scratch' ? scratchState(input.state.platform) : await resolveImageState(s, name, input.state.platform, input.raw.startLine);
  return { key: img.key, layers: img.layers };
}

function notCopiedBefore(from: string, stage: string): string {
  return `cannot copy from stage "${from}", it needs to be defined before current stage "${stage}"`;
}

/** Context files carry their identity (mtime and digest): a later COPY of the same file changes nothing. */
export function contextIdentity(s: BuildSession, tree: BuildContext): (rel: string, st: TreeStat) => Promise<string | undefined> {
  return async (rel, st) => (st.type === 'symlink' ? `${st.mtime}:symlink` : `${st.mtime}:${await s.hasher.digestOfFile(await tree.contentPath(rel))}`);
}

/** The digest of what a layer plan writes to a path (LayerPlan.settle compares it with the lower file). */
export function writtenDigest(s: BuildSession): (c: EntryContent) => Promise<string> {
  return async (c) => (c.kind === 'data' ? createHash('sha256').update(c.data).digest('hex') : s.hasher.digestOfFile(c.path));
}

/** Mounts a read-only view of layers and registers its release for the end of the build. */
async function mountView(s: BuildSession, layers: BuiltLayer[], line: number): Promise<string> {
  if (!s.opts.mountRootfs) throw new StepError(s.dockerfile.file, line, 'reading another stage\'s files needs the sandbox (root or passwordless sudo)');
  const m = await s.opts.mountRootfs(layers.map((l) => s.layerSource(l)));
  s.cleanups.push(() => m.release());
  return m.path;
}

/** The filesystem view (metadata) of a state, from its layers' summaries. */
async function viewOf(s: BuildSession, state: ImageState): Promise<FsView> {
  const summaries: LayerSummary[] = [];
  for (const l of state.layers) summaries.push(await s.blobs.summary(l));
  return FsView.fromSummaries(summaries);
}

/**
 * Writes a layer tar as a blob in hoist's blob directory and returns the layer (and remembers it). The tar is a
 * stream, or a function opening one, called only when the tar is read (a file
 * stream opens lazily: one made for an empty layer, never read, could open its file after the caller removed it
 * and fail with nothing listening).
 */
export async function storeLayer(s: BuildSession, tarOrOpen: NodeJS.ReadableStream | (() => NodeJS.ReadableStream), summarize: (diffId: Digest) => Promise<LayerSummary>, empty: boolean): Promise<BuiltLayer> {
  const { family, compression, level } = s.opts.format;
  const mediaType = layerMediaType(family, compression);
  if (empty && compression === 'gzip') {
    const tar = typeof tarOrOpen === 'function' ? undefined : tarOrOpen;
    const digest = digestOf(EMPTY_GZIP_LAYER);
    const file = s.blobs.localPath(digest);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, EMPTY_GZIP_LAYER);
    (tar as (NodeJS.ReadableStream & { resume?: () => void }) | undefined)?.resume?.();
    const layer: BuiltLayer = { diffId: EMPTY_DIFF_ID, digest, size: EMPTY_GZIP_LAYER.length, mediaType, location: { kind: 'file', path: file } };
    layer.summary = { v: 1, diffId: EMPTY_DIFF_ID, entries: [], whiteouts: [], opaques: [], files: {} };
    return layer;
  }
  const tar = typeof tarOrOpen === 'function' ? tarOrOpen() : tarOrOpen;
  const blob = await writeLayerBlob(tar as never, { compression, dir: path.join(s.opts.stateDir, 'blobs'), level });
  const layer: BuiltLayer = { diffId: blob.diffId, digest: blob.digest, size: blob.size, mediaType, location: { kind: 'file', path: blob.path } };
  layer.summary = await summarize(blob.diffId);
  await s.blobs.rememberSummary(layer.summary);
  return layer;
}

/** A state a step reads besides its parent: another stage, a named context or an image (`COPY --from`, `RUN --mount from=`). */
export interface SourceState {
  key: string;
  layers: readonly BuiltLayer[];
}

/**
 * The layers a step was made from, as one digest kept in its record (`meta.inputs`): the parent's diff_ids (unless
 * the step is keyed without its parent, a linked COPY), then each source's. Keys name a step's inputs by the steps
 * that made them, not by their bytes, so a stage built again under the same keys (`--no-cache-filter`) leaves
 * records made from its old bytes; `findCached` compares this digest to tell them apart.
 */
function inputsDigest(parent: readonly BuiltLayer[] | undefined, sources: readonly SourceState[]): string {
  const chain = (layers: readonly BuiltLayer[]) => layers.map((l) => l.diffId);
  return digestOf(Buffer.from(JSON.stringify([parent ? chain(parent) : null, ...sources.map((x) => chain(x.layers))])));
}

/** Whether every layer of the states came from a cache record or an image (none was built by this build). */
function fromRecords(states: readonly (readonly BuiltLayer[])[]): boolean {
  return states.every((layers) => layers.every((l) => l.location.kind !== 'file' && !l.ready));
}

function record(s: BuildSession, input: LayerStepInput, key: string, layer: BuiltLayer, createdBy: string, volatile: boolean, sources: readonly SourceState[], run = false, onParent = true): void {
  s.newRecords.push({
    key,
    layer: { digest: layer.digest, diffId: layer.diffId, size: layer.size, mediaType: layer.mediaType },
    createdBy,
    parent: input.state.key,
    sources: sources.map((x) => x.key),
    volatile,
    run,
    final: s.finalStages.has(input.stage.index),
    meta: { summary: layer.summary, created: s.startedAt, inputs: inputsDigest(onParent ? input.state.layers : undefined, sources) },
  });
  if (layer.location.kind === 'file') s.newBlobs.push({ digest: layer.digest, size: layer.size, path: layer.location.path });
}

/**
 * Looks a key up in the cache; a hit becomes a layer read lazily from the cache. A miss calls `onMiss`.
 * `sources` are the keys of the stages the step reads (`COPY --from`, `RUN --mount from=`); `onParent` is false
 * for a step keyed without its parent (a linked COPY).
 */
function lookup(s: BuildSession, input: LayerStepInput, key: string, sources: readonly SourceState[] = [], onParent = true): BuiltLayer | undefined {
  const hit = findCached(s, input, key, sources, onParent);
  if (!hit) input.onMiss?.();
  return hit;
}

function findCached(s: BuildSession, input: LayerStepInput, key: string, sources: readonly SourceState[], onParent: boolean): BuiltLayer | undefined {
  if (!s.opts.cache) return undefined;
  // Built again under no-cache (--no-cache-filter), or on a state that was: a record under this key may be made
  // from other bytes (as BuildKit keys COPY --from by content, a stage built again reaches the steps that read it).
  if (stageNoCache(s, input.stage) || (onParent && s.forcedKeys.has(input.state.key)) || sources.some((x) => s.forcedKeys.has(x.key))) {
    s.forcedKeys.add(key);
    return undefined;
  }
  const rec = s.opts.cache.lookup(key);
  if (!rec?.layer) return undefined;
  // A record made from other bytes than the ones this build took from records under the same keys: an earlier
  // build rewrote them (--no-cache-filter of another target). Built again, and so is every step that reads it.
  // Inputs this build made itself are not compared (a stage `mode=min` did not save is built every time).
  const parent = onParent ? input.state.layers : undefined;
  const inputs = rec.meta?.inputs;
  if (typeof inputs === 'string' && fromRecords([...(parent ? [parent] : []), ...sources.map((x) => x.layers)]) && inputs !== inputsDigest(parent, sources)) {
    s.forcedKeys.add(key);
    return undefined;
  }
  if (s.badDigests.has(rec.layer.digest)) return undefined;
  const layer: BuiltLayer = { ...rec.layer, location: { kind: 'cache' } };
  const summary = summaryOf(rec.meta?.summary, layer.diffId);
  if (summary) layer.summary = summary;
  return layer;
}

/** COPY/ADD history text: `COPY [--parents] [--chown=..] [--chmod=..] src... <<heredoc dest`. */
function copyCreatedBy(instr: CopyInstruction | AddInstruction): string {
  const parts: string[] = [instr.kind];
  if (instr.kind === 'COPY' && instr.parents) parts.push('--parents');
  if (instr.chown) parts.push(`--chown=${instr.chown}`);
  if (instr.chmod) parts.push(`--chmod=${instr.chmod}`);
  parts.push(...instr.sources);
  parts.push(...instr.heredocs.map((h) => `<<${h.path}`));
  parts.push(instr.dest);
  return parts.join(' ');
}

async function copyStep(s: BuildSession, input: LayerStepInput, instr: CopyInstruction | AddInstruction): Promise<LayerStepResult> {
  const line = input.raw.startLine;
  const fail = (e: unknown): never => {
    // A `--from` image that cannot be resolved already names the file and line.
    if (e instanceof StepError || e instanceof BaseImageError) throw e;
    throw new StepError(s.dockerfile.file, line, `${instr.kind} failed: ${(e as Error).message}`, undefined, e);
  };
  const from = instr.kind === 'COPY' ? instr.from : undefined;
  const createdBy = copyCreatedBy(instr);
  const workdir = input.state.config.config?.WorkingDir || '/';
  const exclude = instr.exclude.length ? createExcludeMatcher(instr.exclude) : undefined;
  let chmod;
  try {
    // Engine 26's frontend (no syntax pin) ignores a value that is not octal; today's takes symbolic modes too.
    chmod = !instr.chmod ? undefined : s.opts.legacyFrontend ? parseChmodLegacy(instr.chmod) : parseChmod(instr.chmod);
  } catch (e) {
    fail(e);
  }
  // Key material: everything that decides the layer's bytes.
  let sourceKeys: unknown[] = [];
  let fromInfo: { key: string; layers: BuiltLayer[] } | undefined;
  // Files already hashed by this step, by inode: COPY makes their later names hardlinks.
  const hardlinks = new Map<string, string>();
  const addPrepared = instr.kind === 'ADD' ? await addSources(s, instr).catch(fail) : undefined;
  try {
    if (from) {
      fromInfo = await fromState(s, input, from);
      // Paths as BuildKit keys them: cleaned from the stage's root (`out/a`, `/out/./a`, `/out/` are `/out/a`, `/out`).
      sourceKeys = [{ from: fromInfo.key, paths: instr.sources.map((p) => goPathClean(`/${p}`)) }];
    } else {
      for (const src of instr.sources) {
        const local = addPrepared?.get(src);
        if (local) {
          sourceKeys.push(local.key);
          continue;
        }
        const matches = await s.context.resolveSource(src, { globstar: instr.kind === 'COPY' && instr.parents });
        const hashes: unknown[] = [];
        for (const m of matches) hashes.push([m, await s.hasher.hashTree(s.context, m, path.posix.basename(normalizePath(m)) || '.', exclude?.test, { seen: hardlinks, at: `${sourceKeys.length}\0${m}` })]);
        // The source as BuildKit keys it: cleaned from the context's root (`./a`, `a`, `/a` and `a/` are one).
        sourceKeys.push({ src: goPathClean(`/${src}`), hashes });
      }
    }
  } catch (e) {
    fail(e);
  }
  // BuildKit links (copies onto scratch, then merges) only without --chmod: with one, --link is a plain copy
  // onto the stage (existing directories keep their owner and mode, symlinked parents are followed).
  const link = instr.link && !instr.chmod;
  // A linked copy has no image to look a --chown user or group *name* up in: BuildKit fails the step
  // ("invalid user index: -1", Engine 26; later frontends reject it when parsing). Ids and `root` work.
  if (link && instr.chown) {
    const names = chownNames(instr.chown);
    if (names.length > 0) fail(new Error(`--link with --chown=${instr.chown}: a user or group name (${[...new Set(names)].join(', ')}) cannot be looked up in a linked copy, as in docker build ("invalid user index: -1"); use numeric ids, or drop --link`));
  } else if (instr.chown && input.state.key === scratchState(input.state.platform).key) {
    // Nor has a stage still at `FROM scratch` (no layer step yet): BuildKit fails the same way. After a COPY or
    // WORKDIR there is a state, and a name without /etc/passwd gives 0.
    const names = chownNames(instr.chown);
    if (names.length > 0) fail(new Error(`--chown=${instr.chown}: a user or group name (${[...new Set(names)].join(', ')}) cannot be looked up in an empty FROM scratch stage, as in docker build ("invalid user index: -1"); use numeric ids`));
  }
  const material = {
    op: instr.kind,
    sources: sourceKeys,
    heredocs: instr.heredocs.map((h) => [h.path, digestOf(h.data)]),
    // The destination as BuildKit keys it: absolute and clean, a trailing `/` (or `.`) kept as "a directory".
    dest: destKey(instr.dest, workdir),
    chown: instr.chown,
    // The mode it gives (`755` and `0755` are one; a value Engine 26's frontend ignores is none).
    chmod: chmodKey(instr.chmod, chmod),
    link,
    parents: instr.kind === 'COPY' ? instr.parents : false,
    exclude: instr.exclude,
    unpack: instr.kind === 'ADD' ? instr.unpack : undefined,
    checksum: instr.kind === 'ADD' ? instr.checksum : undefined,
    platform: formatPlatform(input.state.platform),
  };
  const key = stepKey(link ? 'link' : input.state.key, material);
  // The state a linked COPY makes is keyed on its parent: built again (forced) when the parent or the copy was.
  const stateKey = (): string => {
    if (!link) return key;
    const out = stepKey(input.state.key, { link: key });
    if (s.forcedKeys.has(key) || s.forcedKeys.has(input.state.key)) s.forcedKeys.add(out);
    return out;
  };
  const hit = lookup(s, input, key, fromInfo ? [fromInfo] : [], !link);
  if (hit) return { key: stateKey(), layer: hit, cached: true, createdBy, buildkitSuffix: true };

  const result = await (async () => {
    const fullView = await viewOf(s, input.state);
    const view = link ? new FsView() : fullView;
    let chown: Owner | undefined;
    if (instr.chown) {
      const r = resolveOwner(instr.chown, { passwd: fullView.readSmallFile('etc/passwd'), group: fullView.readSmallFile('etc/group') });
      chown = r.owner;
      // As BuildKit: not an error. Said, since it is rarely what was meant.
      if (r.unknown.length > 0) {
        s.opts.events?.warning?.(`${instr.kind} --chown=${instr.chown}: ${r.unknown.join(' and ')}; using ${chown.uid}:${chown.gid}, as BuildKit does`, s.dockerfile.file, input.raw.startLine);
      }
    }
    const plan = new LayerPlan(view, nowSeconds(s));
    const sources: CopySource[] = [];
    if (fromInfo) {
      const summaries = await Promise.all(fromInfo.layers.map((l) => s.blobs.summary(l)));
      const srcView = FsView.fromSummaries(summaries);
      const tree = new ViewTree(srcView, await mkdtemp(path.join(s.opts.tempDir, 'from-')));
      const roots: string[] = [];
      for (const p of instr.sources) for (const m of await resolveSourceIn(tree, p, `stage ${from}`)) roots.push(await tree.resolve(m));
      await tree.extract(fromInfo.layers, roots, (l) => s.openLayerTar(l), summaries);
      // A file keeps its content identity (a context file's mtime to the ns and digest) through a stage.
      sources.push({ tree, where: `stage ${from}`, preserveOwner: true, paths: instr.sources, identify: async (rel) => srcView.lstat(normalizePath(rel))?.id });
    } else {
      const ctxPaths = instr.sources.filter((p) => !addPrepared?.has(p));
      if (ctxPaths.length) sources.push({ tree: s.context, where: 'the build context', preserveOwner: false, paths: ctxPaths, identify: contextIdentity(s, s.context) });
      for (const [src, local] of addPrepared ?? []) {
        const { dir, name } = await local.stage();
        sources.push({ tree: new BuildContext(dir), where: src, preserveOwner: false, paths: [name] });
      }
    }
    const inline: InlineSource[] = instr.heredocs.map((h) => ({ name: h.path, data: Buffer.from(h.data), ...heredocIdentity(s, h.path, h.data) }));
    await planCopy(plan, sources, inline, {
      dest: instr.dest,
      workdir,
      chown,
      chmod,
      parents: instr.kind === 'COPY' ? instr.parents : false,
      exclude: exclude?.test,
      now: nowSeconds(s),
      onFile: instr.kind === 'ADD' && instr.unpack !== false ? unpackIfArchive(s, chown) : undefined,
    });
    // Written files whose lower counterparts only their bytes can tell from (whole-second mtimes on both sides:
    // image layers, archives, downloads) are compared by content, the lower ones read from the stage's layers.
    await plan.settle(
      writtenDigest(s),
      async (paths) => {
        const summaries = await Promise.all(input.state.layers.map((l) => s.blobs.summary(l)));
        const tree = new ViewTree(view, await mkdtemp(path.join(s.opts.tempDir, 'lower-')));
        await tree.extract(input.state.layers, paths, (l) => s.openLayerTar(l), summaries);
        const out = new Map<string, string>();
        for (const p of paths) out.set(p, await s.hasher.digestOfFile(await tree.contentPath(p)).catch(() => ''));
        return out;
      },
    );
    return storeLayer(s, planToTar(plan, epoch(s)), (diffId) => summarizePlan(plan, diffId, epoch(s)), false);
  })().catch(fail);
  record(s, input, key, result, createdBy, !from, fromInfo ? [fromInfo] : [], false, !link);
  return { key: stateKey(), layer: result, cached: false, createdBy, buildkitSuffix: true };
}

/** Per build: the time and content identity of each inline document (heredoc), by name and content. */
const heredocs = new WeakMap<BuildSession, Map<string, { mtime: number; id: string }>>();

/**
 * BuildKit writes a heredoc of COPY as its own file operation (`Mkfile` of its name and bytes onto scratch) and
 * copies that: the same document in two steps is one operation, one file, one mtime, so the second copy of it
 * changes nothing. Each distinct document gets its own sub-second time, as a file written at a moment has.
 */
function heredocIdentity(s: BuildSession, name: string, data: string): { mtime: number; id: string } {
  let known = heredocs.get(s);
  if (!known) heredocs.set(s, (known = new Map()));
  const digest = createHash('sha256').update(data).digest('hex');
  const key = `${name}\0${digest}`;
  let v = known.get(key);
  if (!v) {
    const mtime = nowSeconds(s);
    v = { mtime, id: `${mtime}.${String(known.size + 1).padStart(6, '0')}1:${digest}` };
    known.set(key, v);
  }
  return v;
}

async function workdirStep(s: BuildSession, input: LayerStepInput): Promise<LayerStepResult> {
  const wd = input.state.config.config!.WorkingDir!;
  const user = input.state.config.config?.User ?? '';
  const createdBy = `WORKDIR ${wd}`;
  // The directory BuildKit makes, cleaned (`/a/../b` is `/b`); the config keeps the path as written.
  const key = stepKey(input.state.key, { op: 'WORKDIR', path: goPathClean(wd), user, platform: formatPlatform(input.state.platform) });
  const hit = lookup(s, input, key);
  if (hit) return { key, layer: hit, cached: true, createdBy, buildkitSuffix: false };
  const layer = await (async () => {
    const view = await viewOf(s, input.state);
    // Without USER no chown: root, and the group mkdir gives (a setgid parent's).
    const owner = user ? resolveOwner(user, { passwd: view.readSmallFile('etc/passwd'), group: view.readSmallFile('etc/group') }).owner : undefined;
    const plan = new LayerPlan(view, nowSeconds(s));
    plan.mkdirAll(plan.resolve(wd), owner, nowSeconds(s));
    return storeLayer(s, planToTar(plan, epoch(s)), (diffId) => summarizePlan(plan, diffId, epoch(s)), plan.empty);
  })().catch((e) => {
    throw new StepError(s.dockerfile.file, input.raw.startLine, `WORKDIR ${wd}: ${(e as Error).message}`, undefined, e);
  });
  record(s, input, key, layer, createdBy, false, []);
  return { key, layer, cached: false, createdBy, buildkitSuffix: false };
}

/**
 * BuildKit's runCommandString: `|N K=V ... argv...` with the stage's ARGs. Today's lists a name declared more than
 * once a single time, where it was first declared (moby/buildkit#5505); Engine 26's (`legacy`) lists every declaration.
 */
function runCommandString(argv: string[], declared: string[], env: string[], args: Map<string, string>, legacy = false): string {
  const kv: string[] = [];
  for (const k of legacy ? declared : [...new Set(declared)]) {
    const fromEnv = env.find((e) => e.startsWith(`${k}=`));
    // A declared ARG without a value is listed too, empty (BuildKit lists every declared ARG).
    const v = fromEnv !== undefined ? fromEnv.slice(k.length + 1) : args.get(k);
    kv.push(`${k}=${v ?? ''}`);
  }
  const prefix = kv.length ? [`|${kv.length}`, ...kv] : [];
  return [...prefix, ...argv].join(' ');
}

function heredocArgv(instr: RunInstruction, shell: string[]): { argv: string[]; files: { path: string; content: Buffer; mode: number }[] } {
  if (instr.form === 'exec') return { argv: instr.args, files: [] };
  const hs = instr.heredocs;
  if (hs.length === 0) return { argv: [...shell, instr.command], files: [] };
  const only = /^<<-?\s*(["']?)([^"'\s]+)\1\s*$/.exec(instr.command.trim());
  if (hs.length === 1 && only && only[2] === hs[0].name) {
    let data = hs[0].body;
    if (hs[0].chomp) data = data.replace(/^\t+/gm, '');
    if (data.startsWith('#!')) {
      const p = `/dev/pipes/${hs[0].name}`;
      return { argv: [...shell, p], files: [{ path: p, content: Buffer.from(data), mode: 0o755 }] };
    }
    return { argv: [...shell, data], files: [] };
  }
  let script = instr.command;
  for (const h of hs) script += `\n${h.body}${h.name}`;
  return { argv: [...shell, script], files: [] };
}

/**
 * What `RUN --mount=type=bind` without `from` shows of the build context, as docker build shows it: the context
 * BuildKit was sent (.dockerignore applied: an ignored source is not found), owned by 0:0, modes and mtimes
 * kept. Made with COPY's own rules as a layer (unpacked once per content, so a later build reuses it) and
 * mounted read-only like a stage's files, once per source per build. The Docker executor (no root or sudo to
 * mount views) binds the host path instead: a documented difference.
 */
function contextBindSource(s: BuildSession, source: string, line: number): Promise<string> {
  let p = s.contextBinds.get(source);
  if (!p) {
    p = (async () => {
      const written = source === '' ? '.' : source;
      const { resolved, st } = await contextBindStat(s, source, line);
      if ((await s.executor()).name === 'docker') return s.context.abs(resolved);
      const plan = new LayerPlan(new FsView(), nowSeconds(s));
      await planCopy(plan, [{ tree: s.context, where: 'the build context', preserveOwner: false, paths: [written] }], [], { dest: '/', workdir: '/', now: nowSeconds(s) });
      // Not clamped to SOURCE_DATE_EPOCH: this is what the step reads, not what the image holds.
      const layer = await storeLayer(s, planToTar(plan), (diffId) => summarizePlan(plan, diffId), plan.empty);
      const root = await mountView(s, [layer], line);
      return st.type === 'dir' ? root : path.join(root, path.posix.basename(normalizePath(written)));
    })();
    s.contextBinds.set(source, p);
    p.catch(() => s.contextBinds.delete(source));
  }
  return p;
}

/** A context bind source as the context (with .dockerignore) has it; a missing one fails with the step's line. */
async function contextBindStat(s: BuildSession, source: string, line: number): Promise<{ resolved: string; st: { type: string } }> {
  const resolved = await s.context.resolve(source);
  const st = resolved === '' ? { type: 'dir' } : await s.context.lstat(resolved);
  if (!st) throw new StepError(s.dockerfile.file, line, `RUN --mount=type=bind: source "${source === '' ? '.' : source}" is not in the build context (or excluded by .dockerignore): "/${source}": not found`);
  return { resolved, st };
}

/**
 * A RUN's mounts: what its cache key needs of them (`keys`) now, and the mounts themselves (views of stages
 * and of the context mounted, cache seeds found) only when the step is not cached (`make`).
 */
async function runMounts(
  s: BuildSession,
  input: LayerStepInput,
  instr: RunInstruction,
): Promise<{ make: () => Promise<RunMount[]>; keys: unknown[]; sources: SourceState[]; sshTargets: string[]; secretEnvs: { name: string; source: string; required: boolean }[] }> {
  const mounts: (() => Promise<RunMount>)[] = [];
  const keys: unknown[] = [];
  /** Keys of the stages and images bind-mounted `from=` (a stage built again makes the step built again). */
  const sources: SourceState[] = [];
  const sshTargets: string[] = [];
  /** Secrets given to the step as environment variables (`env=`): read only when the step runs, never keyed. */
  const secretEnvs: { name: string; source: string; required: boolean }[] = [];
  const line = input.raw.startLine;
  const workdir = input.state.config.config?.WorkingDir || '/';
  /** A target as BuildKit resolves it: relative to WORKDIR, a missing one is the working directory itself. */
  const resolveTarget = (t: string) => normalizePath(t.startsWith('/') ? t : `${workdir}/${t}`);
  /** bind, cache and tmpfs mounts may not cover the whole root (BuildKit's words). */
  const mountTarget = (m: (typeof instr.mounts)[number]) => {
    const t = resolveTarget(m.target ?? '');
    if (!t) throw new StepError(s.dockerfile.file, line, `invalid mount target "/"`);
    return t;
  };
  for (const m of instr.mounts) {
    // secret and ssh mounts have a default target of their own when none is given.
    const givenTarget = m.target ? resolveTarget(m.target) : '';
    switch (m.type) {
      case 'bind': {
        const target = mountTarget(m);
        const source = normalizePath(m.source ?? '');
        if (m.from) {
          const st = await fromState(s, input, m.from, m.target ?? '');
          mounts.push(async () => ({ type: 'bind', source: await inView(await mountView(s, st.layers, line), source), target: `/${target}`, readonly: m.readOnly }));
          keys.push({ type: 'bind', from: st.key, source, target, ...written(m.target, target), rw: !m.readOnly });
          sources.push(st);
        } else {
          await contextBindStat(s, source, line);
          const hash = await s.hasher.hashTree(s.context, source, path.posix.basename(source) || '.');
          mounts.push(async () => ({ type: 'bind', source: await contextBindSource(s, source, line), target: `/${target}`, readonly: m.readOnly }));
          keys.push({ type: 'bind', source, hash, target, ...written(m.target, target), rw: !m.readOnly });
        }
        break;
      }
      case 'cache': {
        const target = mountTarget(m);
        const seed = m.from ? await fromState(s, input, m.from, m.target ?? '') : undefined;
        const seedSource = normalizePath(m.source ?? '');
        // A seeded cache is its own directory per seed, as BuildKit keys it (`cache-dir:<id>:<seed ref>`): another
        // seed (the stage's files changed, or another source=) starts a fresh copy, never the old seed's directory.
        // Without from=, uid=, gid= or mode= (any of them, defaults too) seed it with a directory of those (BuildKit's
        // "[internal] settings cache mount permissions"): each setting has its own directory, apart from the plain one.
        const perm = !seed && (m.uid !== undefined || m.gid !== undefined || m.mode !== undefined);
        const seedId = seed ? createHash('sha256').update(`${seed.key}\0${seedSource}`).digest('hex').slice(0, 16) : perm ? `perm:${m.uid ?? 0}:${m.gid ?? 0}:${(m.mode ?? 0o755).toString(8)}` : undefined;
        // The default id is the target as written, cleaned (BuildKit: path.Clean(mount.Target)), not resolved: `cache`
        // under two WORKDIRs is one cache, and `/b/cache` another.
        // `--build-arg BUILDKIT_CACHE_MOUNT_NS=NS` puts every cache id of the build under NS (BuildKit: `NS/id`).
        const ns = s.opts.buildArgs.BUILDKIT_CACHE_MOUNT_NS ?? '';
        const id = `${ns ? `${ns}/` : ''}${m.id ?? goPathClean(m.target ?? '')}`;
        mounts.push(async () => ({
          type: 'cache', id: seedId ? `${id}@${seedId}` : id, target: `/${target}`, sharing: m.sharing ?? 'shared', readonly: m.readOnly, mode: m.mode, uid: m.uid, gid: m.gid,
          from: seed && (await inView(await mountView(s, seed.layers, line), seedSource)),
        }));
        // Keyed as BuildKit keys it: the sharing mode and the seed (its stage and source) count, the id does not.
        keys.push({ type: 'cache', target, ...written(m.target, target), readonly: m.readOnly, mode: m.mode, uid: m.uid, gid: m.gid, ...(m.sharing && m.sharing !== 'shared' ? { sharing: m.sharing } : {}), ...(seed ? { from: seed.key, source: seedSource } : {}), ...(ns ? { ns } : {}) });
        if (seed) sources.push(seed);
        break;
      }
      case 'tmpfs': {
        const target = mountTarget(m);
        mounts.push(async () => ({ type: 'tmpfs', target: `/${target}`, size: m.size }));
        // size=0 is the default (no limit), keyed as unset.
        keys.push({ type: 'tmpfs', target, ...written(m.target, target), size: m.size || undefined });
        break;
      }
      case 'secret': {
        const id = m.id ?? (givenTarget ? path.posix.basename(givenTarget) : '');
        if (!id) throw new StepError(s.dockerfile.file, line, 'RUN --mount=type=secret needs an id or a target');
        const source = s.opts.secrets?.[id];
        const asEnv = m.env !== undefined ? { env: m.env } : {};
        // With env= the secret is an environment variable, and a file only when a target is given too (BuildKit).
        const secretTarget = givenTarget ? `/${givenTarget}` : m.env !== undefined ? undefined : `/run/secrets/${id}`;
        // The mount is part of the step whether the secret is given or not (BuildKit's SecretOpt): given later or
        // withdrawn, the step stays cached; its options count either way. required= is keyed (SecretOpt.Optional);
        // options at their defaults (uid=0, gid=0, mode=0400) key as if not written.
        keys.push({ type: 'secret', id, target: secretTarget, mode: m.mode === 0o400 ? undefined : m.mode, uid: m.uid || undefined, gid: m.gid || undefined, ...asEnv, ...(m.required ? { required: true } : {}) });
        if (!source) {
          if (m.required) throw new StepError(s.dockerfile.file, line, `secret "${id}" is required but was not given (--secret id=${id},src=FILE)`);
          break;
        }
        if (secretTarget) mounts.push(async () => ({ type: 'secret', source, target: secretTarget, mode: m.mode ?? 0o400, uid: m.uid ?? 0, gid: m.gid ?? 0, required: m.required }));
        if (m.env !== undefined) secretEnvs.push({ name: m.env, source, required: m.required ?? false });
        break;
      }
      case 'ssh': {
        const sshTarget = givenTarget ? `/${givenTarget}` : `/run/buildkit/ssh_agent.${sshTargets.length}`;
        const id = m.id ?? 'default';
        const agent = s.opts.ssh?.[id];
        sshTargets.push(sshTarget);
        // The agent is keyed by id and the socket's owner and mode only, given or not (BuildKit's SSHOpt is part of
        // the step either way): another agent, or none, is a hit.
        const uid = m.uid ?? 0;
        const gid = m.gid ?? 0;
        const mode = m.mode ?? 0o600;
        keys.push({ type: 'ssh', id, target: sshTarget, uid, gid, mode, ...(m.required ? { required: true } : {}) });
        if (!agent) {
          // Like BuildKit without that `--ssh` id: an optional socket is left out (the step still gets
          // SSH_AUTH_SOCK), a required one fails the step.
          if (m.required) throw new StepError(s.dockerfile.file, line, `RUN --mount=type=ssh,required=true needs the SSH agent "${id}": give it with --ssh ${id}[=SOCKET] (action input ssh)`);
          break;
        }
        mounts.push(async () => ({ type: 'ssh', source: agent, target: sshTarget, uid, gid, mode }));
        break;
      }
    }
  }
  // --shm-size: BuildKit adds a tmpfs of that size at /dev/shm after the step's own mounts (so it is keyed as one).
  const shmSize = s.opts.shmSize;
  if (shmSize) {
    mounts.push(async () => ({ type: 'tmpfs', target: '/dev/shm', size: shmSize }));
    keys.push({ type: 'tmpfs', target: 'dev/shm', size: shmSize });
  }
  const make = async (): Promise<RunMount[]> => {
    const out: RunMount[] = [];
    for (const f of mounts) out.push(await f());
    // Two mounts at one target: the last one is what the step sees, as in BuildKit (the other is not mounted).
    return out.filter((m, i) => !out.slice(i + 1).some((later) => later.target === m.target));
  };
  // BuildKit sorts an ExecOp's mounts by target: the order bind, cache and tmpfs mounts are written in is not keyed.
  const fsMount = (k: unknown) => ['bind', 'cache', 'tmpfs'].includes((k as { type: string }).type);
  const targetOf = (k: unknown) => (k as { target: string }).target;
  const byTarget = keys.filter(fsMount).sort((a, b) => (targetOf(a) < targetOf(b) ? -1 : targetOf(a) > targetOf(b) ? 1 : 0));
  return { make, keys: [...byTarget, ...keys.filter((k) => !fsMount(k))], sources, sshTargets, secretEnvs };
}

/**
 * `NAME=value` of each secret a RUN takes as an environment variable, read from its file; an optional secret
 * whose file is gone is left out (as a missing optional secret file mount is), a required one fails.
 */
async function readSecretEnvs(secretEnvs: { name: string; source: string; required: boolean }[]): Promise<string[]> {
  const out: string[] = [];
  for (const e of secretEnvs) {
    let value: string;
    try {
      value = await readFile(e.source, 'utf8');
    } catch (err) {
      if (!e.required && (err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new Error(`secret for ${e.name}: cannot read ${e.source} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    out.push(`${e.name}=${value.replace(/\0/g, '')}`);
  }
  return out;
}

/**
 * The host path of `source` in a stage or image mounted at `root`, its symlinks resolved inside it as BuildKit
 * resolves a mount's source in its snapshot: an absolute link names the stage's path, never the host's.
 */
async function inView(root: string, source: string): Promise<string> {
  return (await resolveInRoot(root, `/${source}`)).hostPath;
}

async function runStep(s: BuildSession, input: LayerStepInput, instr: RunInstruction): Promise<LayerStepResult> {
  const line = input.raw.startLine;
  const config = input.state.config;
  const { argv, files } = heredocArgv(instr, shellOf(config));
  const createdBy = `RUN ${runCommandString(argv, input.declaredArgs, input.runEnv, input.args, s.opts.legacyFrontend)}`;
  const { make: makeMounts, keys: mountKeys, sources: mountSources, sshTargets, secretEnvs } = await runMounts(s, input, instr);
  // BuildKit points SSH_AUTH_SOCK at the first ssh mount's socket unless the environment has one.
  const runEnv = sshTargets.length && !input.runEnv.some((e) => e.startsWith('SSH_AUTH_SOCK=')) ? [...input.runEnv, `SSH_AUTH_SOCK=${sshTargets[0]}`] : input.runEnv;
  const cwd = config.config?.WorkingDir || '/';
  const user = config.config?.User ?? '';
  // RUN --network=default is the build's network, as a RUN without the flag (BuildKit sets no mode on the op).
  const network = instr.network && instr.network !== 'default' ? instr.network : s.opts.network ?? 'default';
  const extraHosts = s.opts.extraHosts ?? [];
  const ulimits = s.opts.ulimits ?? [];
  // `--build-arg BUILDKIT_SANDBOX_HOSTNAME=NAME` names the step's host (hostname, /etc/hostname, /etc/hosts), as the
  // Dockerfile frontend sets it on every ExecOp; a Dockerfile ARG of that name does not.
  const hostname = s.opts.buildArgs.BUILDKIT_SANDBOX_HOSTNAME || undefined;
  const key = stepKey(input.state.key, {
    op: 'RUN',
    argv,
    env: input.runEnv,
    cwd,
    user,
    network,
    // Part of BuildKit's ExecOp, so of its cache key; left out when there are none (keys made before stay valid).
    // By name only: BuildKit leaves the addresses out of the key (a changed IP keeps the step cached).
    ...(extraHosts.length ? { extraHosts: extraHosts.map((h) => h.host) } : {}),
    ...(ulimits.length ? { ulimits: ulimits.map((u) => `${u.name}=${u.soft}:${u.hard}`) } : {}),
    ...(hostname ? { hostname } : {}),
    security: instr.security ?? 'sandbox',
    mounts: mountKeys,
    files: files.map((f) => [f.path, digestOf(f.content)]),
    platform: formatPlatform(input.state.platform),
  });
  const hit = lookup(s, input, key, mountSources);
  const description = `mount / from exec ${argv.join(' ')}`;
  if (hit) return { key, layer: hit, cached: true, createdBy, buildkitSuffix: true, description };
  const emulation = emulationProblem(input.state.platform);
  if (emulation) throw new StepError(s.dockerfile.file, line, emulation);
  // runc refuses a variable without a name (`ENV $UNSET=x`): the process never starts, exit code 1.
  const nameless = runEnv.find((e) => e.startsWith('='));
  if (nameless !== undefined) {
    const tail = `\nrunc run failed: unable to start container process: error during container init: environment variable name can't be empty: ${goQuote(nameless)}`;
    throw new StepError(s.dockerfile.file, line, `[${input.stageName}] RUN: ${processFailed(argv, 1)}${tail}`, tail);
  }
  const mounts = await makeMounts();
  const executor = await s.executor().catch((e) => {
    throw new StepError(s.dockerfile.file, line, `RUN needs a sandbox: ${(e as Error).message}`);
  });
  let result;
  try {
    result = await executor.run({
      layers: input.state.layers.map((l) => s.layerSource(l)),
      argv,
      // Secret values join the environment here only: not in the key, the history or the image config.
      env: withProxyEnv(runEnv, s.opts.buildArgs),
      secretEnv: await readSecretEnvs(secretEnvs),
      cwd,
      user,
      network,
      extraHosts,
      ulimits,
      ...(hostname ? { hostname } : {}),
      mounts,
      heredocFiles: files,
      sourceDateEpoch: epoch(s),
      onOutput: (stream, chunk) => s.opts.events?.output?.(input.stageName, line, stream, chunk),
      signal: s.opts.signal,
    });
  } catch (e) {
    if (e instanceof RunError) {
      const tail = e.lastOutput.length ? `\n${e.lastOutput.join('\n')}` : '';
      // BuildKit's words, the stage named as in the step log (`[stage] RUN`, as BuildKit's `[stage N/M] RUN ...`).
      throw new StepError(s.dockerfile.file, line, `[${input.stageName}] RUN: ${processFailed(argv, e.exitCode)}${tail}`, tail);
    }
    throw new StepError(s.dockerfile.file, line, `[${input.stageName}] RUN failed: ${(e as Error).message}`, undefined, e);
  }
  if (result.empty) {
    try {
      const layer = await storeLayer(s, () => createReadStream(result.diffTar), (diffId) => summarizeTarFile(result.diffTar, diffId), true);
      record(s, input, key, layer, createdBy, false, mountSources, true);
      return { key, layer, cached: false, createdBy, buildkitSuffix: true, description };
    } finally {
      await result.release();
    }
  }
  let diffId: Digest;
  try {
    diffId = result.diffId ? parseDigest(result.diffId) : await digestOfFile(result.diffTar);
  } catch (e) {
    await result.release();
    throw e;
  }
  // Recorded once stored, when the stage has moved on: the parent's layers as this step saw them.
  const parent = { ...input, state: { ...input.state, layers: [...input.state.layers] } };
  const layer = storeLayerInBackground(s, diffId, result.diffTar, result.release, (stored) => record(s, parent, key, stored, createdBy, false, mountSources, true));
  return { key, layer, cached: false, createdBy, buildkitSuffix: true, description };
}

/**
 * A RUN layer whose diff_id is known (the next step stacks the step's kept upper dir by it) while its blob is
 * compressed and summarised in the background: compressing a big layer costs more than running most steps,
 * and nothing needs the compressed blob before the image is written (BuildKit compresses on export too).
 * The layer's `ready` settles when digest, size, location and summary are final; `stored` runs then, and
 * the tar is released either way. The session's `background` list makes the build wait for it.
 */
function storeLayerInBackground(s: BuildSession, diffId: Digest, tarFile: string, release: () => Promise<void>, stored: (layer: BuiltLayer) => void): BuiltLayer {
  const { family, compression } = s.opts.format;
  const layer: BuiltLayer = { diffId, digest: diffId, size: 0, mediaType: layerMediaType(family, compression), location: { kind: 'file', path: tarFile } };
  // The summary is read first, from the tar: the next step's WORKDIR or COPY needs it, not the compressed blob.
  const summary = summarizeTarFile(tarFile, diffId);
  summary.catch(() => undefined);
  layer.summaryReady = summary;
  const ready = (async () => {
    try {
      const done = await storeLayer(s, createReadStream(tarFile), () => summary, false);
      if (done.diffId !== diffId) throw new Error(`the RUN layer's tar changed while it was stored (diff_id ${done.diffId}, expected ${diffId})`);
      layer.digest = done.digest;
      layer.size = done.size;
      layer.location = done.location;
      layer.summary = done.summary;
      delete layer.ready;
      delete layer.summaryReady;
      stored(layer);
    } finally {
      await summary.catch(() => undefined);
      await release();
    }
  })();
  // Awaited through `layer.ready` and `s.background`; marked handled here so a failure surfaces there only.
  ready.catch(() => undefined);
  layer.ready = ready;
  s.background.push(ready);
  return layer;
}

/** Runs one layer step: computes its cache key, reuses a cached layer or builds it. */
export async function runLayerStep(s: BuildSession, input: LayerStepInput): Promise<LayerStepResult> {
  const instr = input.instr;
  switch (instr.kind) {
    case 'COPY':
    case 'ADD':
      return copyStep(s, input, instr);
    case 'WORKDIR':
      return workdirStep(s, input);
    case 'RUN':
      return runStep(s, input, instr);
    default:
      throw new StepError(s.dockerfile.file, input.raw.startLine, `${instr.kind} does not make a layer`);
  }
}

