/**
 * buildah as a peer: `buildah bud --layers` with a registry cache (`--cache-from/--cache-to`, one cache
 * repository; buildah keys cached layers by content, not by branch), then `buildah push`. Chroot isolation and
 * host networking (no rootless setup or CNI here); storage under a private `--root`/`--runroot`, removed before
 * every build (a fresh runner).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Builder, SequenceEnv } from '../builder.js';
import { capture, run } from '../exec.js';

const storage = (seq: SequenceEnv) => ['--root', path.join(seq.work, 'buildah', 'root'), '--runroot', path.join(seq.work, 'buildah', 'runroot'), '--storage-driver', 'overlay'];

/** buildah with `--layers` and a registry cache. */
export const buildah: Builder = {
  info: { id: 'buildah', label: 'buildah bud --layers', cache: '`--cache-from`/`--cache-to` a cache repository' },
  channel: 'cache-registry',
  cachedPattern: /Using cache/g,
  async prepare() {
    try {
      return { version: await capture('buildah', ['--version']) };
    } catch (e) {
      return { unavailable: `buildah cannot run: ${(e as Error).message.split('\n')[0]}` };
    }
  },
  async wipe(seq) {
    const dir = path.join(seq.work, 'buildah');
    // Overlay mounts of an interrupted build would make rm fail: unmount first.
    await run('buildah', [...storage(seq), 'umount', '--all'], { allowFailure: true });
    await rm(dir, { recursive: true, force: true });
  },
  async build(seq, spec) {
    const tag = `${seq.registry}/${seq.repo}:${spec.branch}`;
    const cacheRepo = `${seq.cacheRegistry}/${seq.repo}/cache`;
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, BUILDAH_ISOLATION: 'chroot' };
    const b = await run('buildah', [...storage(seq), 'bud', '--layers', '--isolation', 'chroot', '--network', 'host', '--tls-verify=false', '--cache-from', cacheRepo, '--cache-to', cacheRepo, '--tag', tag, spec.context], { env, log: spec.log });
    const p = await run('buildah', [...storage(seq), 'push', '--tls-verify=false', tag, `docker://${tag}`], { env, log: spec.log });
    return { ms: b.ms + p.ms };
  },
  async finish() {},
};
