/**
 * A stand-in for hoist's builder, playing its part against a CacheStore: it walks a described Dockerfile,
 * computes chained step keys, looks each step up, follows the lazy-materialisation rule (a cached layer is
 * opened only when a later RUN / COPY --from that is rebuilt needs the filesystem, or the registry lacks the
 * blob), "builds" missed steps by writing a deterministic blob, pushes what the registry lacks and saves.
 *
 * It is written so a real build can replace `runFakeBuild` later: the measurements (BuildMeasure) are what the
 * benchmark prints and the tests assert, whatever runs the build.
 */
import { createCipheriv, createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { digestOf, type Digest } from '../../src/oci/digest.js';
import type { BlobFile, CacheRecord, CacheSaveReport, CacheStore } from '../../src/cache/types.js';

/** One Dockerfile step of a fake build. */
export interface FakeStep {
  /** e.g. `RUN apt-get install -y gcc`, `COPY src/ /app/`, `COPY --from=build /out /usr/bin/`. */
  instruction: string;
  /** What else decides the key (a content hash of copied files, a build arg ...). */
  input?: string;
  /** Size of the layer blob the step makes; 0 or absent: no layer. */
  layerBytes?: number;
}

/** One stage. `from` names an earlier stage as base, else `base` is a registry image (its layers are in the registry). */
export interface FakeStage {
  name: string;
  base?: string;
  from?: string;
  steps: FakeStep[];
}

/** The registry side: blobs it has, and what was pushed. Survives "fresh machines", like a real registry. */
export interface FakeRegistry {
  blobs: Set<Digest>;
  bytesUploaded: number;
}

/** What one build did, for tests and the benchmark. */
export interface BuildMeasure {
  wallMs: number;
  steps: number;
  hits: number;
  rebuilt: number;
  /** Cached layers opened, and why. */
  openedForRun: Digest[];
  openedForRegistry: Digest[];
  /** Bytes of the cached layers a rebuilt step needed (the goal's "layers a later RUN needs"). */
  neededBytes: number;
  /** Cached layers that could not be opened (evicted, corrupt, fault) and were rebuilt. */
  unavailable: Digest[];
  cacheBytesDownloaded: number;
  cacheBytesUploaded: number;
  registryBytesUploaded: number;
  entriesCreated: number;
  save: CacheSaveReport;
  warnings: string[];
  /** The final image's layer digests, bottom first (base image layers excluded). */
  imageLayers: Digest[];
  /** Blobs this build produced (passed to save). */
  newBlobs: Digest[];
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Deterministic, incompressible bytes for a layer (so the same step always yields the same blob). */
export function layerBytes(seed: string, size: number): Buffer {
  const key = createHash('sha256').update(`layer:${seed}`).digest();
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.alloc(16));
  return Buffer.concat([cipher.update(Buffer.alloc(size)), cipher.final()]);
}

interface Done {
  key: string;
  digest?: Digest;
  size: number;
  hit: boolean;
  materialised: boolean;
  record?: CacheRecord;
}

async function drain(stream: NodeJS.ReadableStream): Promise<number> {
  let n = 0;
  await pipeline(stream, new Writable({ write: (c: Buffer, _e, cb) => ((n += c.length), cb()) }));
  return n;
}

/** Runs a fake build of `stages` (the last is the final image) against `store`, writing new blobs under `workDir`. */
export async function runFakeBuild(stages: FakeStage[], store: CacheStore, registry: FakeRegistry, workDir: string): Promise<BuildMeasure> {
  const t0 = performance.now();
  await mkdir(path.join(workDir, 'blobs'), { recursive: true });
  await store.load();
  const m: BuildMeasure = {
    wallMs: 0, steps: 0, hits: 0, rebuilt: 0, openedForRun: [], openedForRegistry: [], neededBytes: 0, unavailable: [],
    cacheBytesDownloaded: 0, cacheBytesUploaded: 0, registryBytesUploaded: 0, entriesCreated: 0,
    save: undefined as unknown as CacheSaveReport, warnings: [], imageLayers: [], newBlobs: [],
  };
  const chains = new Map<string, Done[]>();
  const records: CacheRecord[] = [];
  const files: BlobFile[] = [];
  const finalName = stages[stages.length - 1].name;
  const finalChain = (name: string): string[] => {
    const st = stages.find((s) => s.name === name)!;
    return st.from ? [...finalChain(st.from), name] : [name];
  };
  const finalStages = new Set(finalChain(finalName));

  const build = async (done: Done, seed: string, size: number): Promise<void> => {
    const bytes = layerBytes(seed, size);
    const digest = digestOf(bytes);
    const file = path.join(workDir, 'blobs', digest.slice(7));
    await pipeline([bytes], createWriteStream(file));
    done.digest = digest;
    done.size = size;
    files.push({ digest, size, path: file });
  };

  /** Makes the filesystem of a chain available: every cached layer is opened (downloaded) once. */
  const materialise = async (chain: Done[]): Promise<void> => {
    for (const d of chain) {
      if (!d.hit || d.materialised || !d.digest) continue;
      const stream = await store.openBlob(d.digest);
      if (stream) {
        await drain(stream);
        m.openedForRun.push(d.digest);
        m.neededBytes += d.size;
      } else {
        m.unavailable.push(d.digest);
        await build(d, d.key, d.size); // rebuild the step: same key, same (reproducible) layer
        if (d.record) records.push(d.record);
        m.rebuilt++;
      }
      d.materialised = true;
    }
  };

  for (const stage of stages) {
    const chain: Done[] = stage.from ? [...chains.get(stage.from)!] : [];
    let parent = stage.from ? chain[chain.length - 1]?.key : undefined;
    let keyBase = stage.from ? (parent ?? sha(`stage:${stage.from}`)) : sha(`base:${stage.base ?? 'scratch'}`);
    for (const step of stage.steps) {
      m.steps++;
      const fromStage = /--from=(\S+)/.exec(step.instruction)?.[1];
      const sourceChain = fromStage ? chains.get(fromStage) : undefined;
      const sourceKey = sourceChain?.[sourceChain.length - 1]?.key;
      const key = sha(`${keyBase}\n${step.instruction}\n${step.input ?? ''}\n${sourceKey ?? ''}`);
      const size = step.layerBytes ?? 0;
      const hitRecord = store.lookup(key);
      const done: Done = { key, digest: hitRecord?.layer?.digest, size: hitRecord?.layer?.size ?? 0, hit: !!hitRecord, materialised: !hitRecord, record: hitRecord };
      if (hitRecord) m.hits++;
      else {
        m.rebuilt++;
        if (/^RUN\b/.test(step.instruction)) await materialise(chain);
        if (sourceChain) await materialise(sourceChain);
        if (size > 0) await build(done, key, size);
        const volatile = /^(COPY|ADD)\b/.test(step.instruction) && !fromStage;
        records.push({
          key,
          ...(done.digest ? { layer: { digest: done.digest, diffId: digestOf(`diff:${key}`), size, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' } } : {}),
          createdBy: step.instruction,
          ...(parent ? { parent } : {}),
          ...(sourceKey ? { sources: [sourceKey] } : {}),
          volatile,
          run: /^RUN\b/.test(step.instruction),
          final: finalStages.has(stage.name),
        });
      }
      chain.push(done);
      parent = key;
      keyBase = key;
    }
    chains.set(stage.name, chain);
  }

  // Push the final image: only blobs the registry lacks; a cached one is opened only then.
  const image = chains.get(finalName)!.filter((d) => d.digest);
  for (const d of image) {
    const digest = d.digest!;
    m.imageLayers.push(digest);
    if (registry.blobs.has(digest)) continue;
    if (d.hit && !d.materialised) {
      const stream = await store.openBlob(digest);
      if (stream) {
        await drain(stream);
        m.openedForRegistry.push(digest);
        m.neededBytes += d.size;
      } else {
        m.unavailable.push(digest);
        await build(d, d.key, d.size);
        if (d.record) records.push(d.record);
        m.rebuilt++;
      }
      d.materialised = true;
    }
    registry.blobs.add(digest);
    registry.bytesUploaded += d.size;
    m.registryBytesUploaded += d.size;
  }

  m.newBlobs = files.map((f) => f.digest);
  m.save = await store.save(records, files);
  const s = store.stats();
  m.cacheBytesDownloaded = s.bytesDownloaded;
  m.cacheBytesUploaded = s.bytesUploaded;
  m.entriesCreated = m.save.entriesCreated;
  m.warnings = s.warnings;
  m.wallMs = performance.now() - t0;
  return m;
}
