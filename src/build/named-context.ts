/**
 * A local named build context (`--build-context NAME=DIR`) as a state other steps can use: its files (its own
 * `.dockerignore` applied) copied onto scratch as one layer, owned 0:0 with their modes and mtimes, as BuildKit
 * sends a local context. `FROM NAME` starts from it; `COPY --from=NAME` and `RUN --mount from=NAME` read it.
 * Its key is the content hash of the directory, so steps after it are cached while its files are unchanged.
 */
import { stat } from 'node:fs/promises';
import { openBuildContext } from '../context/context.js';
import type { Platform } from '../oci/types.js';
import { stepKey } from './cache-key.js';
import { planCopy } from './copy.js';
import { FsView } from './fs-view.js';
import { scratchState } from './image-source.js';
import { LayerPlan } from './layer-plan.js';
import { planToTar, summarizePlan } from './layers.js';
import type { BuildSession } from './session.js';
import { contextIdentity, epoch, nowSeconds, storeLayer, writtenDigest } from './steps.js';
import type { ImageState } from './types.js';

/** Builds the state of the local context `name` (directory `dir`) for `platform`. */
export async function localContextState(s: BuildSession, name: string, dir: string, platform: Platform): Promise<ImageState> {
  const where = `build context "${name}" (${dir})`;
  const st = await stat(dir).catch(() => undefined);
  if (!st?.isDirectory()) throw new Error(`${where}: not a directory`);
  const context = await openBuildContext(dir);
  const hash = await s.hasher.hashTree(context, '.', '.', undefined, { seen: new Map(), at: `named-context\0${name}` });
  const base = scratchState(platform);
  const now = nowSeconds(s);
  const plan = new LayerPlan(new FsView(), now);
  await planCopy(plan, [{ tree: context, where, preserveOwner: false, paths: ['.'], identify: contextIdentity(s, context) }], [], { dest: '/', workdir: '/', now });
  await plan.settle(writtenDigest(s), async () => new Map());
  const layer = await storeLayer(s, planToTar(plan, epoch(s)), (diffId) => summarizePlan(plan, diffId, epoch(s)), false);
  const config = structuredClone(base.config);
  config.rootfs = { type: 'layers', diff_ids: [layer.diffId] };
  // BuildKit records no history for this layer and its exporter appends a stand-in entry at the end of the final
  // image's history; hoist gives the layer its own entry, in place, so history and layers stay in step.
  config.history = [{ created: s.startedAt, created_by: `build context ${name}`, comment: 'hoist.named-context' }];
  return { platform, config, layers: [layer], key: stepKey(base.key, { namedContext: name, tree: hash }) };
}
