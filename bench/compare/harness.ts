/**
 * Runs the comparison: for each run, fixture and builder one sequence on fresh services (image registry and
 * cache registry behind counting proxies, an Actions cache service, the fixture's bases pushed, the context
 * written): cold, warm (edit 1), no-op, then warm-from-main (edit 2, on branch `feature`), each after the
 * builder's local state is wiped. Builders are interleaved within a run, so slow drifts in the machine's load
 * spread over all of them. A failed build is recorded and ends its sequence (the later scenarios need it).
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { request } from 'undici';
import { startGhaCacheService } from '../../__tests__/support/gha-cache-service.js';
import { startRegistry } from '../../__tests__/support/registry.js';
import { pushBases } from './bases.js';
import type { Builder, BuildSpec, SequenceEnv } from './builder.js';
import { startByteProxy } from './byte-proxy.js';
import type { Fixture } from './fixtures.js';
import type { Failure, Measure, Sample, Scenario } from './types.js';

/** The steps of a sequence: scenario, branch, and the source edit made before it. */
export const SEQUENCE: ReadonlyArray<{ scenario: Scenario; branch: 'main' | 'feature'; edit?: 1 | 2 }> = [
  { scenario: 'cold', branch: 'main' },
  { scenario: 'warm', branch: 'main', edit: 1 },
  { scenario: 'no-op', branch: 'main' },
  { scenario: 'warm-from-main', branch: 'feature', edit: 2 },
];

/** Where the samples and failures go as they are measured. */
export interface Sink {
  sample(s: Sample): void;
  failure(f: Failure): void;
  log(line: string): void;
}

/** Counts the cached steps a build's log reports. */
export function countCached(log: string, pattern: RegExp): number {
  return [...log.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].length;
}

async function manifestExists(registryUrl: string, repo: string, tag: string): Promise<boolean> {
  const res = await request(`${registryUrl}/v2/${repo}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json' },
  });
  await res.body.dump();
  return res.statusCode === 200;
}

/** One sequence of a fixture with a builder, run number `run`, in the scratch directory `work` (removed after). */
export async function runSequence(fixture: Fixture, builder: Builder, run: number, work: string, sink: Sink): Promise<void> {
  await rm(work, { recursive: true, force: true });
  await mkdir(path.join(work, 'logs'), { recursive: true });
  const images = await startRegistry();
  const caches = await startRegistry();
  const imageProxy = await startByteProxy(images.host);
  const cacheProxy = await startByteProxy(caches.host);
  const gha = await startGhaCacheService();
  const id = { fixture: fixture.id, builder: builder.info.id, run };
  try {
    const bases = await pushBases(images.host, imageProxy.host, fixture.bases);
    const context = path.join(work, 'context');
    await fixture.write(context, bases);
    const seq: SequenceEnv = { work, registry: imageProxy.host, cacheRegistry: cacheProxy.host, gha, repo: `bench/${fixture.id}` };
    for (let i = 0; i < SEQUENCE.length; i++) {
      const step = SEQUENCE[i];
      if (step.edit) await fixture.edit(context, step.edit);
      const spec: BuildSpec = { context, branch: step.branch, log: path.join(work, 'logs', `${i}-${step.scenario}.log`) };
      try {
        await builder.wipe(seq, spec);
        imageProxy.reset();
        cacheProxy.reset();
        gha.resetStats();
        const load = loadavg()[0];
        const outcome = await builder.build(seq, spec);
        if (!(await manifestExists(images.url, seq.repo, step.branch))) throw new Error(`the build exited 0 but ${seq.repo}:${step.branch} is not in the registry`);
        const m: Measure = { wallMs: outcome.ms, registryDown: imageProxy.counts().down, registryUp: imageProxy.counts().up, load };
        if (builder.channel === 'gha') Object.assign(m, { cacheDown: gha.stats().bytesDownloaded, cacheUp: gha.stats().bytesUploaded });
        if (builder.channel === 'cache-registry') Object.assign(m, { cacheDown: cacheProxy.counts().down, cacheUp: cacheProxy.counts().up });
        if (builder.channel === 'local-dir' && outcome.cache) Object.assign(m, outcome.cache);
        m.cachedSteps = countCached(await readFile(spec.log, 'utf8').catch(() => ''), builder.cachedPattern);
        sink.sample({ ...id, scenario: step.scenario, ...m });
      } catch (e) {
        const error = (e as Error).message;
        sink.failure({ ...id, scenario: step.scenario, error });
        for (const later of SEQUENCE.slice(i + 1)) sink.failure({ ...id, scenario: later.scenario, error: `not run: the ${step.scenario} build failed` });
        return;
      }
    }
  } finally {
    await gha.stop();
    await imageProxy.stop();
    await cacheProxy.stop();
    await images.stop();
    await caches.stop();
    await rm(images.dir, { recursive: true, force: true });
    await rm(caches.dir, { recursive: true, force: true });
  }
}
