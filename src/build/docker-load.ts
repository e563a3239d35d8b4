/**
 * `--load` (buildx's `type=docker` without a destination): the image as a `docker load` archive, posted to the
 * Docker daemon's `/images/load` over its unix socket. One platform only, as the daemon's classic image store
 * takes one. The daemon's answer is a stream of JSON messages; one with an error fails the load.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { DockerEngine } from '../sandbox/docker/engine.js';
import { dockerSocketFromHost } from '../sandbox/index.js';
import type { BuiltLayer } from './layers.js';
import { writeDockerArchive, type PushableImage } from './output.js';

/** The daemon's socket from DOCKER_HOST (`unix://PATH`), else Docker's default; other schemes are refused. */
export function loadSocket(dockerHost: string | undefined): string {
  if (!dockerHost) return '/var/run/docker.sock';
  const socket = dockerSocketFromHost(dockerHost);
  if (socket === undefined) throw new Error(`loading into Docker needs a unix socket; DOCKER_HOST is "${dockerHost}"`);
  return socket;
}

/** Messages of the daemon's load answer (`{"stream": "Loaded image: ..."}` or `{"error": ...}`). */
export function parseLoadAnswer(text: string): { loaded: string[]; error?: string } {
  const loaded: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let m: { stream?: string; error?: string; errorDetail?: { message?: string } };
    try {
      m = JSON.parse(line);
    } catch {
      return { loaded, error: `unexpected answer: ${line.slice(0, 200)}` };
    }
    if (m.error || m.errorDetail) return { loaded, error: m.errorDetail?.message ?? m.error };
    const s = m.stream?.trim();
    if (s) loaded.push(s.replace(/^Loaded image( ID)?: /, ''));
  }
  return { loaded };
}

/**
 * Loads the image into the daemon at `socketPath`, tagged `repoTags`. Returns what the daemon says it loaded and
 * the ID it gives the image (its `Id`: the config digest in the classic image store, the manifest digest in the
 * containerd one), which `docker run` takes; undefined when the daemon does not say.
 */
export async function loadIntoDocker(socketPath: string, image: PushableImage, repoTags: string[], openLayer: (l: BuiltLayer) => Promise<Readable>, tempDir: string): Promise<{ loaded: string[]; id?: string }> {
  if (image.artifacts.length !== 1) throw new Error(`loading into Docker takes one platform, not ${image.artifacts.length}: build one platform, or write type=oci`);
  const dir = await mkdtemp(path.join(tempDir, 'docker-load-'));
  const engine = new DockerEngine(socketPath);
  try {
    const file = path.join(dir, 'image.tar');
    await writeDockerArchive(file, image, repoTags, openLayer, dir);
    let answer: string;
    try {
      const res = await engine.request('POST', '/images/load', { query: { quiet: 1 }, body: createReadStream(file), headers: { 'content-type': 'application/x-tar' } });
      answer = await res.body.text();
    } catch (e) {
      throw new Error(`loading the image into Docker (${socketPath}): ${(e as Error).message}`);
    }
    const { loaded, error } = parseLoadAnswer(answer);
    if (error) throw new Error(`loading the image into Docker (${socketPath}): ${error}`);
    // The name as the daemon gave it (it routes `/images/{name:.*}/json`, slashes and all).
    const info = loaded.length ? await engine.json<{ Id?: string }>('GET', `/images/${loaded[0]}/json`, { allow: [404] }).catch(() => undefined) : undefined;
    return { loaded, id: info?.Id };
  } finally {
    await engine.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}
