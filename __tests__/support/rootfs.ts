/**
 * Base filesystems for tests, made here (there is no Docker Hub): a busybox rootfs from Debian's
 * `busybox-static` (`/bin/busybox`), and a Debian rootfs made with debootstrap for package installs,
 * cached under /var/tmp/hoist-test-debootstrap/<suite>/ so a machine pays for it once. Both come back as
 * layer blobs (gzip) with their diff_id, ready to be LayerSources.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, rmSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import tarStream from 'tar-stream';
import { createGzip } from 'node:zlib';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { digestOf, type Digest } from '../../src/oci/digest.js';
import { buildManifest, toBytes } from '../../src/oci/manifest.js';
import { hostPlatform } from '../../src/oci/platform.js';
import type { ImageConfig } from '../../src/oci/types.js';
import type { RegistryClient } from '../../src/registry/client.js';
import { parseReference, withDigest } from '../../src/registry/reference.js';
import type { LayerSource } from '../../src/sandbox/types.js';

const exec = promisify(execFile);

/** A layer blob on disk. */
export interface TestLayer extends LayerSource {
  /** The gzip blob. */
  blob: string;
  /** The uncompressed tar. */
  tar: string;
}

/** /etc/passwd of the test busybox image (same accounts as the official busybox image, plus `user`). */
export const BUSYBOX_PASSWD = [
  'root:x:0:0:root:/root:/bin/sh',
  'daemon:x:1:1:daemon:/usr/sbin:/bin/false',
  'bin:x:2:2:bin:/bin:/bin/false',
  'sys:x:3:3:sys:/dev:/bin/false',
  'sync:x:4:100:sync:/bin:/bin/sync',
  'mail:x:8:8:mail:/var/spool/mail:/bin/false',
  'www-data:x:33:33:www-data:/var/www:/bin/false',
  'operator:x:37:37:Operator:/var:/bin/false',
  'user:x:1000:1000:user:/home/user:/bin/sh',
  'nobody:x:65534:65534:nobody:/home:/bin/false',
  '',
].join('\n');

/** /etc/group of the test busybox image. */
export const BUSYBOX_GROUP = [
  'root:x:0:',
  'daemon:x:1:',
  'bin:x:2:',
  'sys:x:3:',
  'adm:x:4:',
  'tty:x:5:',
  'disk:x:6:',
  'wheel:x:10:root,user',
  'audio:x:29:user',
  'www-data:x:33:',
  'user:x:1000:',
  'nogroup:x:65534:',
  '',
].join('\n');

/**
 * Makes a busybox rootfs in `dir`: /bin/busybox and a symlink per applet in /bin, /etc/passwd and
 * /etc/group, /root, /tmp (1777), /home/user, /var, and empty /dev, /proc, /sys (as real images have; a
 * base without them is tested separately).
 */
export async function makeBusyboxRootfs(dir: string): Promise<void> {
  for (const d of ['bin', 'dev', 'etc', 'proc', 'sys', 'root', 'tmp', 'home/user', 'var/spool/mail', 'var/www', 'usr/bin', 'usr/sbin']) await mkdir(path.join(dir, d), { recursive: true });
  await copyFile('/bin/busybox', path.join(dir, 'bin/busybox'));
  await chmod(path.join(dir, 'bin/busybox'), 0o755);
  const { stdout } = await exec('/bin/busybox', ['--list']);
  for (const applet of stdout.split('\n').map((s) => s.trim()).filter(Boolean)) {
    if (applet === 'busybox') continue;
    await symlink('busybox', path.join(dir, 'bin', applet)).catch(() => undefined);
  }
  await writeFile(path.join(dir, 'etc/passwd'), BUSYBOX_PASSWD);
  await writeFile(path.join(dir, 'etc/group'), BUSYBOX_GROUP);
  await chmod(path.join(dir, 'tmp'), 0o1777);
  await chmod(path.join(dir, 'root'), 0o700);
  await exec('chown', ['1000:1000', path.join(dir, 'home/user')]);
}

async function sha256File(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const c of createReadStream(file)) h.update(c as Buffer);
  return h.digest('hex');
}

/** A LayerSource for an uncompressed tar (gzips it next to it). */
export async function layerFromTar(tar: string): Promise<TestLayer> {
  const blob = `${tar}.gz`;
  if (!existsSync(blob)) {
    await pipeline(createReadStream(tar), createGzip({ level: 1 }), createWriteStream(`${blob}.tmp`));
    await rename(`${blob}.tmp`, blob);
  }
  const diffId = `sha256:${await sha256File(tar)}` as Digest;
  return {
    diffId,
    mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
    blob,
    tar,
    open: async () => createReadStream(blob),
  };
}

/** Tars a directory as a layer (GNU tar: numeric owners, sorted, xattrs and capabilities kept). */
export async function layerFromDir(dir: string, tar: string): Promise<TestLayer> {
  await exec('tar', ['--numeric-owner', '--sort=name', '--xattrs', '--xattrs-include=security.capability', '-C', dir, '-cf', tar, '.']);
  return layerFromTar(tar);
}

/** One entry of a hand-made layer (for whiteouts, odd names and malicious archives). */
export interface RawEntry {
  name: string;
  type?: 'file' | 'directory' | 'symlink' | 'link' | 'character-device' | 'block-device' | 'fifo';
  /** PAX records (e.g. `SCHILY.xattr.security.capability`), values as latin1 strings. */
  pax?: Record<string, string>;
  content?: string | Buffer;
  linkname?: string;
  mode?: number;
  uid?: number;
  gid?: number;
  devmajor?: number;
  devminor?: number;
}

/** The bytes of a tar with entries exactly as given (names, types, header modes, owners), made in a temporary directory removed afterwards. */
export async function rawTarBytes(entries: RawEntry[]): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hoist-raw-tar-'));
  try {
    const file = path.join(dir, 'layer.tar');
    await layerFromEntries(entries, file);
    return await readFile(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Writes a layer tar from raw entries, names exactly as given (`..`, absolute, duplicates allowed). */
export async function layerFromEntries(entries: RawEntry[], tar: string): Promise<TestLayer> {
  const pack = tarStream.pack();
  const done = pipeline(pack, createWriteStream(tar));
  for (const e of entries) {
    const type = e.type ?? 'file';
    const content = e.content === undefined ? undefined : Buffer.isBuffer(e.content) ? e.content : Buffer.from(e.content);
    const header = {
      name: e.name,
      type,
      linkname: e.linkname,
      mode: e.mode ?? (type === 'directory' ? 0o755 : 0o644),
      uid: e.uid ?? 0,
      gid: e.gid ?? 0,
      mtime: new Date(1_600_000_000_000),
      devmajor: e.devmajor,
      devminor: e.devminor,
      ...(e.pax ? { pax: e.pax } : {}),
      size: type === 'file' ? content?.length ?? 0 : 0,
    };
    await new Promise<void>((resolve, reject) => {
      const cb = (err?: Error | null): void => (err ? reject(err) : resolve());
      if (type === 'file') pack.entry(header, content ?? Buffer.alloc(0), cb);
      else pack.entry(header, cb);
    });
  }
  pack.finalize();
  await done;
  return layerFromTar(tar);
}

let busybox: Promise<TestLayer> | undefined;

/** The busybox base layer, made once per test process under `/var/tmp/hoist-test-busybox-<pid>`. */
export function busyboxLayer(): Promise<TestLayer> {
  busybox ??= (async () => {
    const base = `/var/tmp/hoist-test-busybox-${process.pid}`;
    await sweepDeadBusyboxDirs();
    await rm(base, { recursive: true, force: true });
    await mkdir(path.join(base, 'rootfs'), { recursive: true });
    await makeBusyboxRootfs(path.join(base, 'rootfs'));
    const layer = await layerFromDir(path.join(base, 'rootfs'), path.join(base, 'layer.tar'));
    // Synchronous: nothing asynchronous runs once 'exit' fires. A killed process's directory is swept by the next one.
    process.once('exit', () => rmSync(base, { recursive: true, force: true }));
    return layer;
  })();
  return busybox;
}

/** Removes busybox directories of test processes that are gone (killed before their exit handler ran). */
async function sweepDeadBusyboxDirs(): Promise<void> {
  for (const name of await readdir('/var/tmp').catch(() => [] as string[])) {
    const m = /^hoist-test-busybox-(\d+)$/.exec(name);
    if (!m || Number(m[1]) === process.pid) continue;
    try {
      process.kill(Number(m[1]), 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') await rm(path.join('/var/tmp', name), { recursive: true, force: true });
    }
  }
}

/** Debian's mirror as configured on this machine (the first `URIs:` of /etc/apt/sources.list.d/*.sources). */
export async function debianMirror(): Promise<string> {
  for (const f of ['/etc/apt/sources.list.d/debian.sources']) {
    const text = await readFile(f, 'utf8').catch(() => '');
    const m = /^URIs:\s*(\S+)/m.exec(text);
    if (m) return m[1];
  }
  const list = await readFile('/etc/apt/sources.list', 'utf8').catch(() => '');
  const m = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)/m.exec(list);
  if (m) return m[1];
  throw new Error('no Debian mirror configured in /etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list');
}

/** Root of the debootstrap cache. */
export const DEBOOTSTRAP_CACHE = '/var/tmp/hoist-test-debootstrap';

/**
 * A minimal Debian rootfs (`debootstrap --variant=minbase <suite>`) as one layer, made once per machine
 * and suite (the first caller holds a lock; others wait for it).
 */
export async function debianLayer(suite = 'bookworm'): Promise<TestLayer> {
  const base = path.join(DEBOOTSTRAP_CACHE, suite);
  const tar = path.join(base, 'layer.tar');
  const done = path.join(base, 'complete');
  if (!existsSync(done)) {
    await mkdir(DEBOOTSTRAP_CACHE, { recursive: true });
    const lock = path.join(DEBOOTSTRAP_CACHE, `${suite}.lock`);
    for (;;) {
      try {
        await mkdir(lock);
        break;
      } catch {
        if (existsSync(done)) break;
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
    try {
      if (!existsSync(done)) {
        await rm(base, { recursive: true, force: true });
        await mkdir(base, { recursive: true });
        const mirror = await debianMirror();
        await exec('debootstrap', ['--variant=minbase', suite, path.join(base, 'rootfs'), mirror], { maxBuffer: 64 * 1024 * 1024, timeout: 20 * 60_000 });
        // Keep the layer small: no downloaded .debs, package lists, or device nodes.
        await rm(path.join(base, 'rootfs/var/cache/apt/archives'), { recursive: true, force: true });
        await mkdir(path.join(base, 'rootfs/var/cache/apt/archives/partial'), { recursive: true });
        await exec('sh', ['-c', `rm -rf ${base}/rootfs/var/lib/apt/lists/* ${base}/rootfs/dev/* ${base}/rootfs/proc/* ${base}/rootfs/sys/*`]);
        await exec('tar', ['--numeric-owner', '--sort=name', '--xattrs', '--xattrs-include=security.capability', '-C', path.join(base, 'rootfs'), '-cf', tar, '.'], { maxBuffer: 64 * 1024 * 1024 });
        await layerFromTar(tar);
        await writeFile(done, new Date().toISOString());
      }
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
  return layerFromTar(tar);
}

/**
 * Pushes an image made of test layers (their gzip blobs as they are) to `ref`, with a Debian-like config
 * (PATH, Cmd bash/sh). Returns the manifest digest.
 */
export async function pushLayerImage(client: RegistryClient, ref: string, layers: TestLayer[], cmd: string[] = ['/bin/sh']): Promise<string> {
  const target = parseReference(ref);
  const descs = [];
  for (const l of layers) {
    const bytes = await readFile(l.blob);
    const desc = { mediaType: l.mediaType, digest: digestOf(bytes), size: bytes.length };
    await client.pushBlob(target, desc, async () => Readable.from([bytes]));
    descs.push(desc);
  }
  const platform = hostPlatform();
  const config: ImageConfig = {
    created: '2020-09-13T12:26:40Z',
    architecture: platform.architecture,
    os: platform.os,
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: cmd },
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
    history: layers.map(() => ({ created: '2020-09-13T12:26:40Z', created_by: 'hoist test base layer' })),
  };
  const configBytes = toBytes(config);
  await client.pushBlob(target, { mediaType: 'application/octet-stream', digest: digestOf(configBytes), size: configBytes.length }, async () => Readable.from([configBytes]));
  const manifest = buildManifest('oci', { digest: digestOf(configBytes), size: configBytes.length }, descs);
  const mbytes = toBytes(manifest);
  await client.putManifest(withDigest(target, digestOf(mbytes)), mbytes, manifest.mediaType);
  await client.putManifest(target, mbytes, manifest.mediaType);
  return digestOf(mbytes);
}
