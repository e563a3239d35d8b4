import type { TreeStat } from '../context/tree.js';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdtemp, utimes } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AddInstruction } from '../dockerfile/instructions.js';
import { fetchGitContext, gitAuthToken, isRemoteSource, parseGitContext, redactUrl, resolveGitCommit, secretFileReader, type GitContextRef } from '../context/git-context.js';
import { Digester, parseDigest, type Digest } from '../oci/digest.js';
import { openArchive } from '../oci/layer/compress.js';
import { peekStream, sniffArchive, SNIFF_BYTES } from '../oci/layer/sniff.js';
import { readTar } from '../oci/tar/reader.js';
import { keptAttributes, normalizePath } from './fs-view.js';
import type { LayerPlan } from './layer-plan.js';
import type { BuildSession } from './session.js';
import { ownerId, type Owner } from './user.js';

/**
 * An `ADD <url>` source: the step's key material for it, and the files to copy, staged in a temporary directory
 * (`name` is `.` for a Git checkout, so its contents are copied into the destination). `stage` is called only
 * when the step is not cached: a source whose identity is known beforehand (a Git ref resolved with ls-remote, a
 * download pinned by --checksum) is then not fetched at all, as BuildKit keys them.
 */
export interface StagedDownload {
  key: unknown;
  stage(): Promise<{ dir: string; name: string }>;
}

function gitSource(src: string): GitContextRef | undefined {
  try {
    return parseGitContext(src);
  } catch {
    return undefined;
  }
}

/**
 * The URL sources of an ADD, by source: an unpinned http(s) file is downloaded now (its name and bytes are
 * its key); a --checksum one and a Git ref that resolves without fetching are staged only if the step runs.
 */
export async function addSources(s: BuildSession, instr: AddInstruction): Promise<Map<string, StagedDownload>> {
  const out = new Map<string, StagedDownload>();
  const urls = instr.sources.filter(isRemoteSource);
  if (instr.checksum && (instr.sources.length !== 1 || urls.length !== 1)) {
    // Engine 26's frontend words the second differently (and had no Git checksums).
    throw new Error(instr.sources.length !== 1 ? 'checksum can\'t be specified for multiple sources' : s.opts.legacyFrontend ? 'checksum can\'t be specified for non-HTTP sources' : 'checksum requires HTTP(S) or Git sources');
  }
  for (const url of urls) {
    const git = gitSource(url);
    if (git) {
      out.set(url, await addGitSource(s, instr, url, git));
      continue;
    }
    if (instr.checksum) {
      // Pinned: keyed by the checksum, downloaded (and verified) only when the step runs.
      // BuildKit keys the copy by the file it gives (name and bytes), never by the URL: another URL, query or
      // Last-Modified with the same bytes keeps the step.
      const want = parseDigest(instr.checksum);
      out.set(url, { key: { file: urlFileName(url), digest: want }, stage: () => download(s, url, want) });
      continue;
    }
    const got = await download(s, url, undefined);
    out.set(url, { key: { file: got.name, digest: got.digest }, stage: async () => ({ dir: got.dir, name: got.name }) });
  }
  return out;
}

/** The name a downloaded file gets: the URL path's last segment, `__unnamed__` without one. */
function urlFileName(url: string): string {
  try {
    const base = path.posix.basename(new URL(url).pathname);
    if (base && base !== '/' && base !== '.') return decodeURIComponent(base);
  } catch {
    // unnamed
  }
  return '__unnamed__';
}

/**
 * Downloads `url` into a directory of its own: named after the URL's last path segment (`__unnamed__` without
 * one), mode 0600, mtime from Last-Modified; verified against `want` when given.
 */
async function download(s: BuildSession, url: string, want: Digest | undefined): Promise<{ dir: string; name: string; digest: Digest; mtime: number }> {
  const fetchFn = s.opts.fetch ?? globalThis.fetch;
  const res = await fetchFn(url, { redirect: 'follow', signal: s.opts.signal }).catch((e: Error) => {
    if (s.opts.signal?.aborted) throw e;
    // undici's `fetch failed` says nothing: name the URL and the cause (BuildKit: `Get "URL": dial tcp ...: connection refused`).
    const cause = e.cause as (Error & { code?: string }) | undefined;
    throw new Error(`downloading ${redactUrl(url)}: ${cause?.message ?? e.message}`, { cause: e });
  });
  if (!res.ok || !res.body) throw new Error(`downloading ${redactUrl(url)}: HTTP ${res.status}`);
  const name = urlFileName(url);
  const dir = await mkdtemp(path.join(s.opts.tempDir, 'add-'));
  const file = path.join(dir, name);
  const digester = new Digester('sha256');
  const body = Readable.fromWeb(res.body as never);
  body.on('data', (c: Buffer) => digester.update(c));
  await pipeline(body, createWriteStream(file));
  const digest = digester.digest();
  if (want && want !== digest) throw new Error(`checksum mismatch for ${redactUrl(url)}: expected ${want}, got ${digest}`);
  const lm = res.headers.get('last-modified');
  // BuildKit's HTTP source: the Last-Modified time, else the Unix epoch (never the build's time).
  const mtime = lm && !Number.isNaN(Date.parse(lm)) ? Math.floor(Date.parse(lm) / 1000) : 0;
  await chmod(file, 0o600);
  await utimes(file, mtime, mtime);
  return { dir, name, digest, mtime };
}

/**
 * `ADD <git-url> <dest>`, as BuildKit's Git source: the commit's files (`.git` left out unless --keep-git-dir;
 * the URL's #ref:subdir as in a Git context), fetched with the host's git; a GIT_AUTH_TOKEN[.<host>] build secret
 * authenticates. `--checksum` must be the commit id (or its start). Keyed by the commit, as BuildKit keys it.
 */
async function addGitSource(s: BuildSession, instr: AddInstruction, url: string, git: GitContextRef): Promise<StagedDownload> {
  const keepGitDir = git.keepGitDir ?? instr.keepGitDir;
  const token = await gitAuthToken(git, secretFileReader(s.opts.secrets ?? {}));
  const opts = { token, env: process.env, signal: s.opts.signal };
  const want = instr.checksum?.replace(/^sha1:|^sha256:/, '').toLowerCase();
  if (want !== undefined && !/^[0-9a-f]{4,64}$/.test(want)) throw new Error(`--checksum of a Git source is a commit id, got "${instr.checksum}"`);
  const verify = (commit: string): void => {
    if (want !== undefined && !commit.startsWith(want)) throw new Error(`checksum mismatch for ${redactUrl(url)}: expected commit ${want}, got ${commit}`);
  };
  const fetch = async (): Promise<{ dir: string; commit: string }> => {
    const parent = await mkdtemp(path.join(s.opts.tempDir, 'add-git-'));
    let commit = '';
    const dir = await fetchGitContext({ ...git, keepGitDir }, path.join(parent, 'checkout'), { ...opts, onCommit: (c) => (commit = c) });
    return { dir, commit };
  };
  const resolved = await resolveGitCommit(git, opts);
  if (resolved === undefined) {
    // A ref the server does not list (a commit prefix): only a fetch tells the commit.
    const got = await fetch();
    verify(got.commit);
    return { key: { git: url, commit: got.commit, keepGitDir }, stage: async () => ({ dir: got.dir, name: '.' }) };
  }
  verify(resolved);
  const stage = async (): Promise<{ dir: string; name: string }> => {
    const got = await fetch();
    if (got.commit !== resolved) throw new Error(`${redactUrl(url)} moved from commit ${resolved} to ${got.commit} during the build; build again`);
    return { dir: got.dir, name: '.' };
  };
  return { key: { git: url, commit: resolved, keepGitDir }, stage };
}

/**
 * BuildKit's test of an archive: the file decompresses to a tar and its first header (with its PAX records, not
 * the data: Go's tar Next()) reads. Anything else (bytes that do not decode, a malformed first header) is copied
 * as it is.
 */
async function isTarArchive(abs: string): Promise<boolean> {
  let input: Readable | undefined;
  try {
    const peek = await peekStream((await openArchive(createReadStream(abs))).stream, SNIFF_BYTES);
    input = peek.stream;
    if (sniffArchive(peek.head) !== 'tar') return false;
    for await (const { body } of readTar(input, { sparse: true })) {
      body.resume();
      break;
    }
    return true;
  } catch {
    return false;
  } finally {
    input?.destroy();
  }
}

/**
 * The ADD hook for local files: when a source file is a tar archive (plain, gzip, bzip2, xz or zstd, told by
 * content), its entries are extracted into the destination as a union with what is there (a `./` root entry does
 * not change the destination's attributes; `/` or `../` does); otherwise the file is copied as is. As with BuildKit,
 * `--chown` only applies to the destination directories ADD creates: extracted entries keep the archive's owners,
 * and directories the archive implies without an entry are created as root.
 */
export function unpackIfArchive(s: BuildSession, chown: Owner | undefined) {
  return async (plan: LayerPlan, abs: string, destDir: string, st: TreeStat): Promise<boolean> => {
    if (st.size === 0) return false;
    const sniffed = await peekStream(createReadStream(abs, { end: SNIFF_BYTES * 2 }), SNIFF_BYTES);
    sniffed.stream.destroy();
    const { head } = sniffed;
    const format = sniffArchive(head);
    if (format === 'unknown' || !(await isTarArchive(abs))) return false;
    const { stream } = await openArchive(createReadStream(abs));
    const stage = await mkdtemp(path.join(s.opts.tempDir, 'untar-'));
    const root = normalizePath(destDir);
    plan.mkdirAll(root, chown, plan.now);
    let n = 0;
    // Hardlinks as inodes: the names this archive linked to a file it wrote, and the file each name shares. A name
    // written again leaves the inode to its other names, as docker's untar unlinks it (see `release`).
    const linkers = new Map<string, string[]>();
    const linkOf = new Map<string, string>();
    const release = (p: string): void => {
      const shared = linkOf.get(p);
      if (shared !== undefined) {
        linkOf.delete(p);
        linkers.set(shared, (linkers.get(shared) ?? []).filter((x) => x !== p));
      }
      const names = linkers.get(p);
      linkers.delete(p);
      const file = plan.written(p);
      if (!names?.length || file?.node.type !== 'file') return;
      const [heir, ...rest] = names;
      plan.put(heir, file);
      linkOf.delete(heir);
      for (const r of rest) {
        plan.put(r, { node: { ...plan.written(r)!.node, linkname: heir } });
        linkOf.set(r, heir);
      }
      linkers.set(heir, rest);
    };
    for await (const { entry, body } of readTar(stream, { sparse: true })) {
      const rel = normalizePath(entry.path);
      if (rel === '') {
        // A directory entry that names the extraction root (`/`, `/.`, `../`) gives it its mode, owner and time, as
        // BuildKit's untar merges it into the destination; `./` is skipped.
        if (entry.type === 'dir' && (entry.absolute || entry.path === '..' || entry.path.startsWith('../'))) {
          plan.updateDir(root, { mode: entry.mode, uid: ownerId(entry.uid), gid: ownerId(entry.gid), mtime: Math.floor(entry.mtime) });
        }
        body.resume();
        continue;
      }
      // The entry's parents resolve as BuildKit's untar resolves them: symlinks (the image's or the archive's own)
      // are followed, confined to the extraction root; the entry itself is never followed.
      const slash = rel.lastIndexOf('/');
      const relParent = slash < 0 ? '' : rel.slice(0, slash);
      const parent = relParent === '' ? root : plan.resolve(root === '' ? relParent : `${root}/${relParent}`, true, root);
      const name = rel.slice(slash + 1);
      const target = parent === '' ? name : `${parent}/${name}`;
      const owner = { uid: ownerId(entry.uid), gid: ownerId(entry.gid) };
      plan.mkdirAll(parent, undefined, plan.now);
      // A symlink's mode is 0777 whatever its header says (the filesystem has no other).
      const node = { type: entry.type, mode: entry.type === 'symlink' ? 0o777 : entry.mode, uid: owner.uid, gid: owner.gid, mtime: Math.floor(entry.mtime), size: entry.type === 'file' ? entry.size : 0 } as const;
      if (entry.type !== 'hardlink') release(target);
      if (entry.type === 'dir') {
        if (plan.lstat(target)?.type === 'dir') plan.updateDir(target, node);
        else plan.put(target, { node: { ...node } });
        body.resume();
      } else if (entry.type === 'file') {
        const file = path.join(stage, String(n++));
        await pipeline(body, createWriteStream(file));
        plan.put(target, { node: { ...node, ...keptAttributes(entry) }, content: { kind: 'file', path: file } });
      } else if (entry.type === 'hardlink') {
        const linkTarget = normalizePath(entry.linkname ?? '');
        // The name linked to, its parents resolved as the entry's are (inside the extraction root).
        const linkPath = plan.resolve(root === '' ? linkTarget : `${root}/${linkTarget}`, false, root);
        // As docker's untar: a link to a name that is not there fails (never a dangling hardlink in a layer).
        const linked = plan.lstat(linkPath);
        if (!linked || linked.type === 'dir') throw new Error(`extracting ${entry.path}: link /${linkPath} /${target}: ${linked ? 'is a directory' : 'no such file or directory'}`);
        // The new name's header is applied to the inode it shares (docker's untar chowns, chmods and chtimes it):
        // the file this archive wrote takes the link's attributes.
        let file = plan.written(linkPath);
        let filePath = linkPath;
        for (let hops = 0; file?.node.type === 'hardlink' && hops < 64; hops++) {
          filePath = normalizePath(file.node.linkname ?? '');
          file = plan.written(filePath);
        }
        // Linked to itself: docker's untar has unlinked the name before linking it, so nothing is there.
        if (filePath === target && linkPath === target) throw new Error(`extracting ${entry.path}: link /${linkPath} /${target}: no such file or directory`);
        const ownFile = file?.node.type === 'file';
        if (ownFile) plan.put(filePath, { ...file!, node: { ...file!.node, mode: node.mode, uid: node.uid, gid: node.gid, mtime: node.mtime } });
        // A name that already is that inode's (`b` linked to `a`, then `a` to `b`) stays: one inode.
        if (filePath !== target) {
          release(target);
          // Linked to the file itself (not through another name), so a name written again later leaves this one be.
          plan.put(target, { node: { ...node, linkname: ownFile ? filePath : linkPath } });
          if (ownFile) {
            linkers.set(filePath, [...(linkers.get(filePath) ?? []), target]);
            linkOf.set(target, filePath);
          }
        }
        body.resume();
      } else {
        plan.put(target, { node: { ...node, ...keptAttributes(entry), ...(entry.linkname !== undefined ? { linkname: entry.linkname } : {}) } });
        body.resume();
      }
    }
    return true;
  };
}
