/**
 * `hoist build` with docker buildx's output flags: `-o type=local`, `-o type=registry` (push), `--iidfile` and
 * `--metadata-file`, against the real registry; and the usage errors of bad `--output` values.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { RegistryClient } from '../../src/registry/client.js';
import { parseReference } from '../../src/registry/reference.js';
import { busyboxEntries, pushSpecImage } from '../support/base-images.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { makeGitRepo, startGitServer } from '../support/git-server.js';

let registry: TestRegistry;
let client: RegistryClient;
let dir: string;
let ctx: string;

async function hoist(args: string[], env: Record<string, string> = {}, stdin?: Buffer | string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const readStdin = stdin === undefined ? undefined : async () => Buffer.from(stdin);
  const code = await runCli(args, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), env: { PATH: process.env.PATH, HOME: '/nonexistent', HOIST_STATE_DIR: path.join(dir, 'state'), ...env }, cwd: dir, signal: new AbortController().signal, readStdin });
  return { code, out, err };
}

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient();
  dir = await mkdtemp(path.join(tmpdir(), 'hoist-cli-outputs-'));
  ctx = path.join(dir, 'ctx');
  const base = `${registry.host}/base/busybox:1`;
  await pushSpecImage(client, base, [busyboxEntries()]);
  await mkdir(path.join(ctx, 'dist'), { recursive: true });
  await writeFile(path.join(ctx, 'dist', 'app.js'), 'console.log(1)\n');
  await writeFile(path.join(ctx, 'Dockerfile'), `FROM ${base} AS build\nCOPY dist /out/dist\nFROM scratch\nCOPY --from=build /out /\n`);
}, 60_000);

afterAll(async () => {
  await client?.close();
  await registry?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('hoist build with buildx output flags', () => {
  it('writes the filesystem, pushes with type=registry, and writes --iidfile and --metadata-file as buildx does', async () => {
    const ref = `${registry.host}/cli/outputs:1`;
    const r = await hoist(['build', 'ctx', '-t', ref, '-o', 'type=local,dest=artifacts', '--output', 'type=registry', '--metadata-file', 'meta.json']);
    expect(r.err).not.toContain('error');
    expect(r.code).toBe(0);
    const digest = r.out.trim();
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await readdir(path.join(dir, 'artifacts'))).toEqual(['dist']);
    expect(await readFile(path.join(dir, 'artifacts', 'dist', 'app.js'), 'utf8')).toBe('console.log(1)\n');
    // Pushed: the registry serves the manifest the build printed.
    expect((await client.headManifest(parseReference(ref)))?.digest).toBe(digest);
    const manifest = await client.getManifest(parseReference(ref));
    if (manifest.kind !== 'manifest') throw new Error(`expected an image manifest, got ${manifest.kind}`);
    const configDigest = manifest.manifest.config.digest;
    const meta = JSON.parse(await readFile(path.join(dir, 'meta.json'), 'utf8'));
    expect(Object.keys(meta)).toEqual(['containerimage.config.digest', 'containerimage.descriptor', 'containerimage.digest', 'image.name']);
    expect(meta['containerimage.digest']).toBe(digest);
    expect(meta['containerimage.config.digest']).toBe(configDigest);
    expect(meta['containerimage.descriptor']).toMatchObject({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest, platform: { os: 'linux' } });
    expect(meta['image.name']).toBe(ref);
    // --iidfile: the config digest; refused (exit 1, buildx's words) beside a type=local or type=tar output.
    const iid = await hoist(['build', 'ctx', '-t', ref, '--push', '--iidfile', 'iid.txt']);
    expect(iid.code).toBe(0);
    expect(await readFile(path.join(dir, 'iid.txt'), 'utf8')).toBe(configDigest);
    const refused = await hoist(['build', 'ctx', '-o', 'type=local,dest=refused', '--iidfile', 'iid-refused.txt']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('local and tar exporters are incompatible with image ID file');
    await expect(readdir(path.join(dir, 'refused'))).rejects.toThrow();
    // Only filesystem outputs: no image, so no image keys in --metadata-file and an empty line from -q, as buildx.
    const files = await hoist(['build', 'ctx', '-q', '-o', 'type=local,dest=files-only', '--metadata-file', 'meta-files.json']);
    expect(files.code).toBe(0);
    expect(files.out).toBe('\n');
    expect(JSON.parse(await readFile(path.join(dir, 'meta-files.json'), 'utf8'))).toEqual({});
  }, 120_000);

  it('-q prints only the image ID, as docker build -q, and no step log', async () => {
    const ref = `${registry.host}/cli/quiet:1`;
    const r = await hoist(['build', 'ctx', '-q', '-t', ref, '--push']);
    expect(r.code).toBe(0);
    // Nothing on stderr at all, as buildx -q: no step log, no executor or platform line.
    expect(r.err).toBe('');
    const manifest = await client.getManifest(parseReference(ref));
    if (manifest.kind !== 'manifest') throw new Error(`expected an image manifest, got ${manifest.kind}`);
    expect(r.out).toBe(`${manifest.manifest.config.digest}\n`);
    expect(manifest.digest).not.toBe(manifest.manifest.config.digest);
    // buildx's --progress=quiet is -q; a mode buildx does not have is refused.
    const progress = await hoist(['build', 'ctx', '--progress=quiet', '-t', ref, '--push']);
    expect([progress.code, progress.out, progress.err]).toEqual([0, r.out, '']);
    const bogus = await hoist(['build', 'ctx', '--progress', 'bogus', '-t', ref]);
    expect([bogus.code, bogus.err]).toEqual([2, expect.stringContaining('invalid progress mode bogus')]);
  });

  it('push-by-digest=true pushes the manifest by digest to the name= repositories (--tag replacing name=, as buildx), no tag', async () => {
    const r = await hoist(['build', 'ctx', '--output', `type=image,"name=${registry.host}/cli/bydigest,${registry.host}/cli/bydigest2",push-by-digest=true,name-canonical=true,push=true`]);
    expect(r.code).toBe(0);
    const digest = r.out.trim();
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const repo of ['cli/bydigest', 'cli/bydigest2']) {
      expect((await client.headManifest(parseReference(`${registry.host}/${repo}@${digest}`)))?.digest).toBe(digest);
      const tags = await fetch(`http://${registry.host}/v2/${repo}/tags/list`).then((x) => x.json() as Promise<{ tags?: string[] | null }>);
      expect(tags.tags ?? []).toEqual([]);
    }
    // buildx gives an image exporter the --tag names instead of its name=: the name= repository gets nothing.
    const tagged = await hoist(['build', 'ctx', '-t', `${registry.host}/cli/bydigest3:1`, '--output', `type=image,name=${registry.host}/cli/bydigest4,push-by-digest=true,push=true`]);
    expect(tagged.code).toBe(0);
    expect((await client.headManifest(parseReference(`${registry.host}/cli/bydigest3@${tagged.out.trim()}`)))?.digest).toBe(tagged.out.trim());
    expect(await client.headManifest(parseReference(`${registry.host}/cli/bydigest4@${tagged.out.trim()}`))).toBeUndefined();
  });

  it('--provenance mode=max attaches a SLSA provenance attestation that docker buildx imagetools inspect reads', async () => {
    const ref = `${registry.host}/cli/prov:1`;
    const r = await hoist(['build', 'ctx', '-t', ref, '--push', '--provenance', 'mode=max,builder-id=https://ci.example/run/7', '--build-arg', 'FLAVOUR=plain', '-o', 'type=oci,dest=prov-layout,tar=false', '-o', 'type=docker,dest=prov-docker.tar', '--metadata-file', 'prov-meta.json', '--iidfile', 'prov-iid.txt']);
    expect(r.err).not.toContain('error');
    expect(r.code).toBe(0);
    const digest = r.out.trim();
    const top = await client.getManifest(parseReference(ref));
    if (top.kind !== 'index') throw new Error(`expected an index, got ${top.kind}`);
    expect(top.digest).toBe(digest);
    const [image, attestation] = top.index.manifests;
    expect(top.index.manifests).toHaveLength(2);
    expect(image.platform).toMatchObject({ os: 'linux' });
    expect(attestation.platform).toEqual({ architecture: 'unknown', os: 'unknown' });
    expect(attestation.annotations).toEqual({ 'vnd.docker.reference.digest': image.digest, 'vnd.docker.reference.type': 'attestation-manifest' });
    const att = await client.getManifest(parseReference(`${registry.host}/cli/prov@${attestation.digest}`));
    if (att.kind !== 'manifest') throw new Error('expected the attestation manifest');
    const statement = JSON.parse((await client.readBlob(parseReference(ref), att.manifest.layers[0])).toString('utf8'));
    expect(statement.subject).toEqual([{ name: `pkg:docker/${registry.host}/cli/prov@1?platform=${encodeURIComponent(`linux/${image.platform!.architecture}`)}`, digest: { sha256: image.digest.slice(7) } }]);
    expect(statement.predicate.builder).toEqual({ id: 'https://ci.example/run/7' });
    expect(statement.predicate.invocation.parameters.args).toEqual({ 'build-arg:FLAVOUR': 'plain' });
    // The real reader: buildx's imagetools finds the provenance and the image beside it.
    const { docker } = await import('../support/docker.js');
    const inspected = await docker(['buildx', 'imagetools', 'inspect', ref, '--format', '{{json .Provenance}}']);
    const prov = JSON.parse(inspected.stdout);
    expect(prov.SLSA ?? prov).toMatchObject({ builder: { id: 'https://ci.example/run/7' }, buildType: 'https://mobyproject.org/buildkit@v1' });
    // The OCI layout holds the same index; the docker archive (Docker's image store takes none) only the image.
    const layoutIndex = JSON.parse(await readFile(path.join(dir, 'prov-layout', 'index.json'), 'utf8'));
    expect(layoutIndex.manifests[0].digest).toBe(digest);
    await readFile(path.join(dir, 'prov-layout', 'blobs', 'sha256', att.manifest.layers[0].digest.slice(7)));
    const archived = execFileSync('tar', ['-xOf', path.join(dir, 'prov-docker.tar'), 'manifest.json']).toString();
    expect(JSON.parse(archived)).toHaveLength(1);
    const meta = JSON.parse(await readFile(path.join(dir, 'prov-meta.json'), 'utf8'));
    expect(meta['containerimage.digest']).toBe(digest);
    expect(meta['containerimage.descriptor']).toEqual({ mediaType: 'application/vnd.oci.image.index.v1+json', digest, size: top.bytes.length });
    // As buildx: once tags point at an index, the image ID is its digest and there is no config digest.
    expect(meta['containerimage.config.digest']).toBeUndefined();
    expect(await readFile(path.join(dir, 'prov-iid.txt'), 'utf8')).toBe(digest);
    // Docker media types cannot list attestations: said before building.
    const docker2 = await hoist(['build', 'ctx', '--provenance', 'true', '--media-types', 'docker', '-o', 'type=oci,dest=prov-x,tar=false']);
    expect(docker2.code).not.toBe(0);
    expect(docker2.err).toContain('provenance attestations need OCI media types');
    const sbom = await hoist(['build', 'ctx', '--attest', 'type=sbom']);
    expect(sbom.code).toBe(2);
    expect(sbom.err).toContain('SBOM attestations need a scanner');
  }, 120_000);

  it('imagetools create merges images pushed by digest (matrix legs) into one index under tags, as buildx imagetools create', async () => {
    const leg = `${registry.host}/cli/leg`;
    const repo = `${registry.host}/cli/merged`;
    await writeFile(path.join(dir, 'Scratch.Dockerfile'), 'FROM scratch\nCOPY dist/app.js /app.js\n');
    const digests: string[] = [];
    for (const platform of ['linux/amd64', 'linux/arm64']) {
      const r = await hoist(['build', 'ctx', '-f', 'Scratch.Dockerfile', '--platform', platform, '--output', `type=image,name=${leg},push-by-digest=true,push=true`]);
      expect(r.code).toBe(0);
      digests.push(r.out.trim());
    }
    const dry = await hoist(['imagetools', 'create', '--dry-run', ...digests.map((d) => `${leg}@${d}`)]);
    expect(dry.code).toBe(0);
    const planned = JSON.parse(dry.out) as { mediaType: string; manifests: Array<{ digest: string; platform: { os: string; architecture: string } }> };
    expect(planned.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(planned.manifests.map((m) => [m.digest, `${m.platform.os}/${m.platform.architecture}`])).toEqual([[digests[0], 'linux/amd64'], [digests[1], 'linux/arm64']]);
    // Into another repository: the legs' manifests and blobs are copied there first, then the index and its tags.
    const r = await hoist(['imagetools', 'create', '-t', `${repo}:1`, '-t', `${repo}:latest`, ...digests.map((d) => `${leg}@${d}`)]);
    expect(r.err).not.toContain('error');
    expect(r.code).toBe(0);
    const index = r.out.trim();
    expect(index).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const tag of ['1', 'latest']) expect((await client.headManifest(parseReference(`${repo}:${tag}`)))?.digest).toBe(index);
    const m = await client.getManifest(parseReference(`${repo}:1`));
    expect(m.kind === 'index' && m.index.manifests.map((d) => d.digest)).toEqual(digests);
    for (const d of digests) expect((await client.headManifest(parseReference(`${repo}@${d}`)))?.digest).toBe(d);
    // Bare digests name the first target's repository, as in Docker's workflow (`printf 'repo@sha256:%s '`).
    const bare = await hoist(['imagetools', 'create', '-t', `${leg}:multi`, ...digests]);
    expect(bare.out.trim()).toBe(index);
    // One index as the only source is put as it is (buildx keeps its bytes), under the new tag.
    const retag = await hoist(['imagetools', 'create', '-t', `${repo}:again`, `${repo}:1`]);
    expect(retag.out.trim()).toBe(index);
    const missing = await hoist(['imagetools', 'create', '-t', `${repo}:2`, `${leg}@sha256:${'0'.repeat(64)}`]);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain(`source ${leg}@sha256:${'0'.repeat(64)}`);
  });

  it('builds a Git URL context (#ref:dir, --file inside it) with a GIT_AUTH_TOKEN secret, as buildx does', async () => {
    const gitRoot = path.join(dir, 'git');
    await mkdir(gitRoot);
    makeGitRepo(gitRoot, 'repo', [
      { label: 'one', script: 'mkdir -p app && printf "FROM scratch\\nCOPY . /src/\\n" > app/Dockerfile.x && echo v1 > app/version && echo ignored > app/.dockerignored && printf ".dockerignored\\n" > app/.dockerignore', branch: 'release' },
    ]);
    const token = 'hoist-cli-git-token-42';
    const server = await startGitServer(gitRoot, { token });
    try {
      const url = `${server.url}/repo.git#release:app`;
      const r = await hoist(['build', url, '-f', 'Dockerfile.x', '--secret', 'id=GIT_AUTH_TOKEN,env=TOK', '-o', 'type=local,dest=git-out'], { TOK: token });
      expect(r.err).not.toContain('error');
      expect(r.code).toBe(0);
      expect(r.err).toContain(`Git context ${url}: fetched in`);
      expect((await readdir(path.join(dir, 'git-out', 'src'))).sort()).toEqual(['.dockerignore', 'Dockerfile.x', 'version']);
      expect(await readFile(path.join(dir, 'git-out', 'src', 'version'), 'utf8')).toBe('v1\n');
      expect(server.requests.every((q) => q.authorized)).toBe(true);
      // An absolute --file is this machine's, the context still the repository's, as buildx sends it.
      await writeFile(path.join(dir, 'Local.Dockerfile'), 'FROM scratch\nCOPY version /local-df-version\n');
      const localDf = await hoist(['build', url, '-f', path.join(dir, 'Local.Dockerfile'), '--secret', 'id=GIT_AUTH_TOKEN,env=TOK', '-o', 'type=local,dest=git-local-df'], { TOK: token });
      expect(localDf.err).not.toContain('error');
      expect(await readdir(path.join(dir, 'git-local-df'))).toEqual(['local-df-version']);
      expect(await readFile(path.join(dir, 'git-local-df', 'local-df-version'), 'utf8')).toBe('v1\n');
      // The same repository as a named context: COPY --from a Git URL, as buildx --build-context NAME=GIT-URL.
      await mkdir(path.join(dir, 'ctx-named'), { recursive: true });
      await writeFile(path.join(dir, 'ctx-named', 'Dockerfile'), 'FROM scratch\nCOPY --from=src /version /from-git-version\n');
      const named = await hoist(['build', 'ctx-named', '--build-context', `src=${url}`, '--secret', 'id=GIT_AUTH_TOKEN,env=TOK', '-o', 'type=local,dest=git-named-out'], { TOK: token });
      expect(named.err).not.toContain('error');
      expect(await readFile(path.join(dir, 'git-named-out', 'from-git-version'), 'utf8')).toBe('v1\n');
      // ADD of the repository (BuildKit's Git source): authenticated by the same secret, --checksum is the commit,
      // keyed by the commit (a rebuild is cached).
      const commit = execFileSync('git', ['--git-dir', path.join(gitRoot, 'repo.git'), 'rev-parse', 'release']).toString().trim();
      await mkdir(path.join(dir, 'ctx-add-git'), { recursive: true });
      const addGit = (checksum: string) => writeFile(path.join(dir, 'ctx-add-git', 'Dockerfile'), `FROM scratch\nADD --checksum=${checksum} ${server.url}/repo.git#release:app /from-add/\n`);
      await addGit(commit.slice(0, 12));
      const added = await hoist(['build', 'ctx-add-git', '--secret', 'id=GIT_AUTH_TOKEN,env=TOK', '-o', 'type=local,dest=git-add-out'], { TOK: token });
      expect(added.err).not.toContain('error');
      expect((await readdir(path.join(dir, 'git-add-out', 'from-add'))).sort()).toEqual(['.dockerignore', '.dockerignored', 'Dockerfile.x', 'version']);
      // A cached step lists the server's refs (ls-refs) and fetches nothing, as BuildKit keys its Git source.
      const commandsOf = async (args: string[]) => {
        const from = server.requests.length;
        const r = await hoist(['build', 'ctx-add-git', '--secret', 'id=GIT_AUTH_TOKEN,env=TOK', ...args], { TOK: token });
        return { ...r, commands: server.requests.slice(from).map((q) => q.command).filter(Boolean) };
      };
      const again = await commandsOf(['-o', 'type=local,dest=git-add-out2']);
      expect(again.err).toMatch(/ADD --checksum=\S+ \S+ \/from-add\/\s+CACHED/);
      expect(again.commands).toEqual(['ls-refs']);
      await addGit('0123456789ab');
      const wrong = await commandsOf(['-o', 'type=local,dest=git-add-out3']);
      expect(wrong.code).toBe(1);
      expect(wrong.err).toContain(`checksum mismatch for ${server.url}/repo.git#release:app: expected commit 0123456789ab, got ${commit}`);
      expect(wrong.commands).toEqual(['ls-refs']);
      // Unpinned, the branch is followed: once it moves, the step runs again with the new commit.
      await writeFile(path.join(dir, 'ctx-add-git', 'Dockerfile'), `FROM scratch\nADD ${server.url}/repo.git#release:app /from-add/\n`);
      const first = await commandsOf(['-o', 'type=local,dest=git-add-out4']);
      expect(first.code).toBe(0);
      expect(first.commands).toContain('fetch');
      const bare = path.join(gitRoot, 'repo.git');
      const gitIn = (args: string[]) => execFileSync('git', ['--git-dir', bare, ...args], { env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' } }).toString().trim();
      const moved = gitIn(['commit-tree', gitIn(['rev-parse', 'release^{tree}']), '-p', 'release', '-m', 'moved']);
      gitIn(['update-ref', 'refs/heads/release', moved]);
      const afterMove = await commandsOf(['-o', 'type=local,dest=git-add-out5']);
      expect(afterMove.code).toBe(0);
      expect(afterMove.err).not.toMatch(/from-add\/\s+CACHED/);
      expect(afterMove.commands).toContain('fetch');
      const cached = await commandsOf(['-o', 'type=local,dest=git-add-out6']);
      expect(cached.err).toMatch(/from-add\/\s+CACHED/);
      expect(cached.commands).toEqual(['ls-refs']);
      const denied = await hoist(['build', url, '-f', 'Dockerfile.x', '-o', 'type=local,dest=git-out2']);
      expect(denied.code).not.toBe(0);
      expect(denied.err).toContain(`Git context ${url}: fetching release failed (the server wants credentials: give a token)`);
    } finally {
      await server.stop();
    }
  });

  it("reads the Dockerfile from stdin as docker build does: -f - with a context, or a - context (empty)", async () => {
    const withCtx = await hoist(['build', 'ctx', '-f', '-', '-o', 'type=local,dest=stdin-out'], {}, 'FROM scratch\nCOPY dist/app.js /app.js\n');
    expect(withCtx.err).not.toContain('error');
    expect(withCtx.code).toBe(0);
    expect(await readFile(path.join(dir, 'stdin-out', 'app.js'), 'utf8')).toBe('console.log(1)\n');
    const bare = await hoist(['build', '-', '-o', 'type=local,dest=stdin-bare'], {}, 'FROM scratch\nCOPY <<EOF /hi.txt\nhi\nEOF\n');
    expect(bare.code).toBe(0);
    expect(await readdir(path.join(dir, 'stdin-bare'))).toEqual(['hi.txt']);
    // The context is empty: nothing of the working directory can be copied.
    const empty = await hoist(['build', '-', '-o', 'type=local,dest=stdin-empty'], {}, 'FROM scratch\nCOPY ctx/Dockerfile /x\n');
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/Dockerfile:2: COPY failed: .*ctx\/Dockerfile/);
    const both = await hoist(['build', '-', '-f', '-'], {}, 'FROM scratch\n');
    expect(both.code).toBe(2);
    expect(both.err).toContain("stdin can't be both the build context and the Dockerfile");
    const ambiguous = await hoist(['build', '-', '-f', 'ctx/Dockerfile'], {}, 'FROM scratch\n');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toContain('ambiguous Dockerfile source: both stdin and flag correspond to Dockerfiles');
    // An empty -f or --target is the default, as buildx reads them; docker build's hidden flags are taken and ignored.
    const defaults = await hoist(['build', 'ctx', '-f', '', '--target', '', '--memory', '1g', '--squash', '-o', 'type=local,dest=stdin-defaults']);
    expect(defaults.code).toBe(0);
    expect(defaults.err).toContain('warning: --memory ignored');
    expect(defaults.err).toContain('warning: --squash ignored');
    const tarball = await hoist(['build', '-'], {}, gzipSync(Buffer.from('not really a tar, but gzip')));
    expect(tarball.code).toBe(2);
    expect(tarball.err).toContain('a build context tarball on stdin is not supported');
  }, 120_000);

  it('a build with no output says where the result went, as buildx does with a docker-container builder', async () => {
    const r = await hoist(['build', 'ctx']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('warning: no output specified: the result stays only in the layer cache');
    const pushed = await hoist(['build', 'ctx', '-o', 'type=local,dest=with-output']);
    expect(pushed.err).not.toContain('no output specified');
  }, 120_000);

  it('pushes to name= of type=image,push=true without --tag', async () => {
    const ref = `${registry.host}/cli/named:2`;
    const r = await hoist(['build', 'ctx', '-o', `type=image,name=${ref},push=true`]);
    expect(r.code).toBe(0);
    expect((await client.headManifest(parseReference(ref)))?.digest).toBe(r.out.trim());
  }, 120_000);

  it('name= of a file output names that file\'s image only; it is not pushed to; --tag replaces it, as in buildx', async () => {
    const pushed = `${registry.host}/cli/pushed:1`;
    const fileOnly = `${registry.host}/cli/file-only:dev`;
    const r = await hoist(['build', 'ctx', '--output', `type=image,name=${pushed},push=true`, '-o', `type=oci,dest=named.tar,name=${fileOnly}`]);
    expect(r.code).toBe(0);
    expect((await client.headManifest(parseReference(pushed)))?.digest).toBe(r.out.trim());
    expect(await client.headManifest(parseReference(fileOnly))).toBeUndefined();
    const { execFile } = await import('node:child_process');
    const refNames = async (file: string) => {
      const index = await new Promise<string>((res, rej) => execFile('tar', ['-xOf', path.join(dir, file), 'index.json'], (e, out) => (e ? rej(e) : res(out))));
      return JSON.parse(index).manifests.map((m: { annotations?: Record<string, string> }) => m.annotations?.['org.opencontainers.image.ref.name']);
    };
    expect(await refNames('named.tar')).toContain('dev');
    const tagged = await hoist(['build', 'ctx', '-t', pushed, '--push', '-o', `type=oci,dest=tagged.tar,name=${fileOnly}`]);
    expect(tagged.code).toBe(0);
    expect(await refNames('tagged.tar')).toEqual(['1']);
    // As BuildKit's oci exporter: the full name beside the tag (docker load names the image from it).
    const index = await new Promise<string>((res, rej) => execFile('tar', ['-xOf', path.join(dir, 'tagged.tar'), 'index.json'], (e, out) => (e ? rej(e) : res(out))));
    // And the export time as `created` (BuildKit's oci and docker exporters), keys in Go's map order.
    const entry = JSON.parse(index).manifests[0].annotations;
    expect(entry).toEqual({ 'io.containerd.image.name': pushed, 'org.opencontainers.image.created': expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/), 'org.opencontainers.image.ref.name': '1' });
    expect(Object.keys(entry)).toEqual(Object.keys(entry).sort());
  }, 120_000);

  it('builds FROM an oci-layout:// context written by an earlier build and pushes its layers from the layout', async () => {
    const r1 = await hoist(['build', 'ctx', '-o', 'type=oci,dest=app-layout,tar=false']);
    expect(r1.code).toBe(0);
    const layoutIndex = JSON.parse(await readFile(path.join(dir, 'app-layout', 'index.json'), 'utf8'));
    const appManifest = JSON.parse(await readFile(path.join(dir, 'app-layout', 'blobs', 'sha256', layoutIndex.manifests[0].digest.slice(7)), 'utf8'));
    const ctx2 = path.join(dir, 'ctx2');
    await mkdir(ctx2, { recursive: true });
    await writeFile(path.join(ctx2, 'extra.txt'), 'extra\n');
    await writeFile(path.join(ctx2, 'Dockerfile'), 'FROM app\nCOPY extra.txt /extra.txt\n');
    const ref = `${registry.host}/cli/from-layout:1`;
    const r2 = await hoist(['build', 'ctx2', '-t', ref, '--push', '--build-context', 'app=oci-layout://app-layout']);
    expect(r2.err).not.toContain('error');
    expect(r2.code).toBe(0);
    const pushed = await client.getManifest(parseReference(ref));
    if (pushed.kind !== 'manifest') throw new Error(`expected an image manifest, got ${pushed.kind}`);
    // The layout image's layer comes first, and the registry has every blob the manifest names.
    expect(pushed.manifest.layers.length).toBe(appManifest.layers.length + 1);
    expect(pushed.manifest.layers[0].digest).toBe(appManifest.layers[0].digest);
    const repo = parseReference(`${registry.host}/cli/from-layout`);
    for (const l of pushed.manifest.layers) expect(await client.hasBlob(repo, l.digest)).toBe(true);
    // A directory that is no layout is an error naming the context.
    const r3 = await hoist(['build', 'ctx2', '--build-context', 'app=oci-layout://nowhere']);
    expect(r3.code).toBe(1);
    expect(r3.err).toContain(`build context "app" (oci-layout://${path.join(dir, 'nowhere')})`);
  }, 120_000);

  it('--add-host, --network, --shm-size and --ulimit reach RUN and its cache key: the same values hit, other values run again', async () => {
    const ctx3 = path.join(dir, 'ctx3');
    await mkdir(ctx3, { recursive: true });
    await writeFile(path.join(ctx3, 'Dockerfile'), `FROM ${registry.host}/base/busybox:1\nRUN grep -v localhost /etc/hosts > /hosts.txt; ip -o link | cut -d: -f2 | tr -d ' ' > /links.txt\n`);
    const build = async (out: string, ...flags: string[]) => {
      const r = await hoist(['build', 'ctx3', '-o', `type=local,dest=${out}`, ...flags]);
      if (r.code !== 0) throw new Error(r.err);
      return { cached: /RUN .*CACHED/.test(r.err), hosts: await readFile(path.join(dir, out, 'hosts.txt'), 'utf8'), links: (await readFile(path.join(dir, out, 'links.txt'), 'utf8')).trim().split('\n') };
    };
    const one = await build('h1', '--add-host', 'db:10.0.0.5', '--add-host', 'v6=::1', '--network', 'none');
    expect(one).toEqual({ cached: false, hosts: '10.0.0.5\tdb\n::1\tv6\n', links: ['lo'] });
    expect((await build('h2', '--add-host', 'db:10.0.0.5', '--add-host', 'v6=::1', '--network', 'none')).cached).toBe(true);
    expect(await build('h3', '--add-host', 'db:10.0.0.6', '--network', 'none')).toEqual({ cached: false, hosts: '10.0.0.6\tdb\n', links: ['lo'] });
    const host = await build('h4', '--add-host', 'db:10.0.0.6');
    expect(host.cached).toBe(false);
    expect(host.links.length).toBeGreaterThan(1);
    // --shm-size: the tmpfs at /dev/shm has that size (the sandbox's 64 MiB otherwise), and it is keyed.
    const shm = path.join(dir, 'ctx4');
    await mkdir(shm, { recursive: true });
    await writeFile(path.join(shm, 'Dockerfile'), `FROM ${registry.host}/base/busybox:1\nRUN grep ' /dev/shm ' /proc/mounts | grep -o 'size=[0-9]*k' > /shm.txt\n`);
    const shmOf = async (out: string, ...flags: string[]) => {
      const r = await hoist(['build', 'ctx4', '-o', `type=local,dest=${out}`, ...flags]);
      if (r.code !== 0) throw new Error(r.err);
      return [(await readFile(path.join(dir, out, 'shm.txt'), 'utf8')).trim(), /RUN .*CACHED/.test(r.err)];
    };
    expect(await shmOf('s1')).toEqual(['size=65536k', false]);
    expect(await shmOf('s2', '--shm-size', '16m')).toEqual(['size=16384k', false]);
    expect(await shmOf('s3', '--shm-size', '16m')).toEqual(['size=16384k', true]);
    // --ulimit: the step's limits (prlimit in the chain), keyed.
    const lim = path.join(dir, 'ctx5');
    await mkdir(lim, { recursive: true });
    await writeFile(path.join(lim, 'Dockerfile'), `FROM ${registry.host}/base/busybox:1\nRUN echo "$(ulimit -Sn) $(ulimit -Hn)" > /nofile.txt\n`);
    const limOf = async (out: string, ...flags: string[]) => {
      const r = await hoist(['build', 'ctx5', '-o', `type=local,dest=${out}`, ...flags]);
      if (r.code !== 0) throw new Error(r.err);
      return [(await readFile(path.join(dir, out, 'nofile.txt'), 'utf8')).trim(), /RUN .*CACHED/.test(r.err)];
    };
    expect(await limOf('u1', '--ulimit', 'nofile=512:1024')).toEqual(['512 1024', false]);
    expect(await limOf('u2', '--ulimit', 'nofile=512:1024')).toEqual(['512 1024', true]);
    expect(await limOf('u3', '--ulimit', 'nofile=256')).toEqual(['256 256', false]);
    // RUN --network=default is the build's network (BuildKit sets no mode on such a step).
    const nd = path.join(dir, 'ctx6');
    await mkdir(nd, { recursive: true });
    await writeFile(path.join(nd, 'Dockerfile'), `FROM ${registry.host}/base/busybox:1\nRUN --network=default ip -o link | cut -d: -f2 | tr -d ' ' > /links.txt\n`);
    const r6 = await hoist(['build', 'ctx6', '-o', 'type=local,dest=n1', '--network', 'none']);
    expect(r6.code).toBe(0);
    expect((await readFile(path.join(dir, 'n1', 'links.txt'), 'utf8')).trim()).toBe('lo');
    const r = await hoist(['build', 'ctx3', '--add-host', 'db:host-gateway']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--add-host: extra host "db:host-gateway": host-gateway is the Docker bridge\'s gateway');
  }, 120_000);

  it('--ssh forwards an agent socket to RUN --mount=type=ssh (SSH_AUTH_SOCK set, 0:0 0600); a required id not given fails at its line', async () => {
    const agentDir = await mkdtemp(path.join(tmpdir(), 'hoist-cli-ssh-'));
    const sock = path.join(agentDir, 'agent.sock');
    // A socket standing in for an agent (busybox has no client to talk to it; ssh-agent.test.ts uses a real agent).
    const agent = createServer((c) => c.end());
    await new Promise<void>((r) => agent.listen(sock, r));
    try {
      const ctx7 = path.join(dir, 'ctx7');
      await mkdir(ctx7, { recursive: true });
      await writeFile(path.join(ctx7, 'Dockerfile'), `FROM ${registry.host}/base/busybox:1\nRUN --mount=type=ssh echo "$SSH_AUTH_SOCK $(stat -c '%F %u:%g %a' $SSH_AUTH_SOCK)" > /ssh.txt\n`);
      const r = await hoist(['build', 'ctx7', '--ssh', 'default', '-o', 'type=local,dest=ssh-out'], { SSH_AUTH_SOCK: sock });
      expect(r.err).not.toContain('error');
      expect(r.code).toBe(0);
      expect((await readFile(path.join(dir, 'ssh-out', 'ssh.txt'), 'utf8')).split('\n')[0]).toBe('/run/buildkit/ssh_agent.0 socket 0:0 600');
      // Without --ssh the step is the same one (BuildKit's SSHOpt is part of it, given or not): cached. Built again,
      // it has no socket (optional).
      const none = await hoist(['build', 'ctx7', '-o', 'type=local,dest=ssh-none']);
      expect(none.code).toBe(0);
      expect(none.err).toMatch(/RUN .*CACHED/);
      const fresh = await hoist(['build', 'ctx7', '--no-cache', '-o', 'type=local,dest=ssh-fresh']);
      expect(fresh.code).toBe(0);
      expect((await readFile(path.join(dir, 'ssh-fresh', 'ssh.txt'), 'utf8')).split('\n')[0]).toBe('/run/buildkit/ssh_agent.0 ');
      await writeFile(path.join(ctx7, 'Dockerfile'), `FROM ${registry.host}/base/busybox:1\nRUN --mount=type=ssh,id=gitlab,required=true true\n`);
      const req = await hoist(['build', 'ctx7', '--ssh', `default=${sock}`]);
      expect(req.code).toBe(1);
      expect(req.err).toMatch(/Dockerfile:2: RUN --mount=type=ssh,required=true needs the SSH agent "gitlab": give it with --ssh gitlab\[=SOCKET\]/);
      const bad = await hoist(['build', 'ctx7', '--ssh', 'default']);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain('--ssh "default": no socket or key given and SSH_AUTH_SOCK is not set');
    } finally {
      await new Promise<void>((r) => agent.close(() => r()));
      await rm(agentDir, { recursive: true, force: true });
    }
  }, 120_000);

  it.each([
    [['-o', 'type=local'], '--output "type=local": type=local needs dest='],
    [['-o', 'type=registry'], 'pushing (type=registry or push=true) needs at least one --tag or name='],
    [['-o', 'type=ftp,dest=x'], 'unknown type "ftp"'],
    [['--load', '--platform', 'linux/amd64,linux/arm64'], '--load (or -o type=docker) takes one platform; 2 are given'],
    [['--build-context', 'x=https://example.invalid/r.tar.gz'], '--build-context: build context "x=https://example.invalid/r.tar.gz": https:// contexts are not supported'],
    [['-o', 'type=image,name=x/Y,push=true'], '--output "type=image,name=x/Y,push=true": name "x/Y": invalid reference "x/Y": repository name must be lowercase'],
  ])('exits 2 naming the value for %j', async (args, message) => {
    const r = await hoist(['build', 'ctx', ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

describe('hoist build checks (BuildKit lint rules)', () => {
  const checked = async (): Promise<{ shelly: string; base: string }> => {
    const base = `${registry.host}/base/busybox:1`;
    const shelly = `${registry.host}/base/shelly:1`;
    // A base image whose config sets SHELL and ENV: the rules read them, as BuildKit does after resolving it.
    await pushSpecImage(client, shelly, [busyboxEntries()], { Env: ['PATH=/bin', 'GOPATH=/go'], Shell: ['/bin/sh', '-ec'] });
    await mkdir(path.join(dir, 'lint'), { recursive: true });
    await writeFile(path.join(dir, 'lint', 'Dockerfile'), `FROM ${shelly} AS Tools\nWORKDIR $GOPATH/src\nCMD go run .\nFROM ${base} as final\nCOPY --from=tools /bin/sh /bin/sh2\nENV X=$GOPAT\nCMD run\n`);
    return { shelly, base };
  };

  it('--check reports every stage as buildx --check does, builds nothing, and exits 1; --target narrows the instruction rules', async () => {
    await checked();
    const r = await hoist(['build', '--check', 'lint']);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toBe('Check complete, 4 warnings have been found!');
    const heads = [...r.out.matchAll(/^WARNING: (\w+) - (\S+)\n(.*)\n(Dockerfile:\d+)$/gm)].map((m) => `${m[4]} ${m[1]} ${m[3]} ${m[2]}`);
    expect(heads).toEqual([
      "Dockerfile:1 StageNameCasing Stage name 'Tools' should be lowercase https://docs.docker.com/go/dockerfile/rule/stage-name-casing/",
      "Dockerfile:4 FromAsCasing 'as' and 'FROM' keywords' casing do not match https://docs.docker.com/go/dockerfile/rule/from-as-casing/",
      "Dockerfile:6 UndefinedVar Usage of undefined variable '$GOPAT' https://docs.docker.com/go/dockerfile/rule/undefined-var/",
      'Dockerfile:7 JSONArgsRecommended JSON arguments recommended for CMD to prevent unintended behavior related to OS signals https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
    ]);
    // The source around each, the reported line marked.
    expect(r.out).toContain('--------------------\n   4 |     FROM');
    expect(r.out).toContain('   6 | >>> ENV X=$GOPAT\n   7 |     CMD run\n   8 |     \n--------------------\n');

    const t = await hoist(['build', '--call=check', '--target', 'tools', 'lint']);
    expect(t.code).toBe(1);
    expect(t.out.split('\n')[0]).toBe('Check complete, 2 warnings have been found!');
    expect(t.out).not.toContain('UndefinedVar');
  });

  it('a clean Dockerfile checks with exit 0; error=true fails the check naming the rules', async () => {
    await checked();
    await writeFile(path.join(dir, 'lint', 'Clean.Dockerfile'), `FROM ${registry.host}/base/busybox:1\nCMD ["true"]\n`);
    const clean = await hoist(['build', '--check', '-f', 'lint/Clean.Dockerfile', 'lint']);
    expect(clean).toMatchObject({ code: 0, out: 'Check complete, no warnings found.\n', err: '' });
    const strict = await hoist(['build', '--check', '--build-arg', 'BUILDKIT_DOCKERFILE_CHECK=error=true', 'lint']);
    expect(strict.code).toBe(1);
    expect(strict.err).toBe('hoist build: lint violation found for rules: StageNameCasing, FromAsCasing, UndefinedVar, JSONArgsRecommended\n');
    // A base image that does not resolve is an error with its line, not a clean check.
    await writeFile(path.join(dir, 'lint', 'Missing.Dockerfile'), `FROM ${registry.host}/base/nothing:1\nCMD ["true"]\n`);
    const missing = await hoist(['build', '--check', '-f', 'lint/Missing.Dockerfile', 'lint']);
    expect(missing.code).toBe(1);
    expect(missing.out).toBe('');
    expect(missing.err).toContain(`lint/Missing.Dockerfile:1: ${registry.host}/base/nothing:1: `);
    // A file that stops parsing: the warnings of the lines before it, then the error (BuildKit's testWarningsBeforeError).
    await writeFile(path.join(dir, 'lint', 'Broken.Dockerfile'), 'FROM scratch AS BadStageName\nMAINTAINER me\nBADCMD\n');
    const broken = await hoist(['build', '--check', '-f', 'lint/Broken.Dockerfile', 'lint']);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('Check complete, 2 warnings have been found!');
    expect(broken.out).toContain("Stage name 'BadStageName' should be lowercase");
    expect(broken.out).toContain('Maintainer instruction is deprecated in favor of using label');
    expect(broken.err).toContain('lint/Broken.Dockerfile:3: unknown instruction: BADCMD');
    const bad = await hoist(['build', '--call', 'outline', 'lint']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--call outline is not supported: build or check');
  });

  it('a build prints the warnings with their rule and line; # check=error=true stops it before any step runs', async () => {
    await checked();
    const r = await hoist(['build', 'lint', '-o', 'type=local,dest=lint-out']);
    expect(r.code).toBe(0);
    for (const w of ["1: StageNameCasing: Stage name 'Tools' should be lowercase", "6: UndefinedVar: Usage of undefined variable '$GOPAT'", '7: JSONArgsRecommended: JSON arguments recommended for CMD']) {
      expect(r.err).toMatch(new RegExp(`^warning: \\S*Dockerfile:${w.replace(/[$()]/g, '\\$&')}`, 'm'));
    }
    // error=true: the violation fails the build before the COPY of a file that does not exist would.
    // (With today's frontend: Engine 26's, the default without a syntax pin, predates build checks.)
    await writeFile(path.join(dir, 'lint', 'Strict.Dockerfile'), `# syntax=docker/dockerfile:1\n# check=error=true\nFROM ${registry.host}/base/busybox:1\nCOPY missing /x\nCMD run\n`);
    const strict = await hoist(['build', '-f', 'lint/Strict.Dockerfile', 'lint', '-o', 'type=local,dest=lint-out2']);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/Strict\.Dockerfile: lint violation found for rules: JSONArgsRecommended\n$/);
    expect(strict.err).not.toContain('missing');
    // The build arg replaces the directive: without error=true the build goes on and fails at the COPY.
    const lax = await hoist(['build', '-f', 'lint/Strict.Dockerfile', '--build-arg', 'BUILDKIT_DOCKERFILE_CHECK=skip=JSONArgsRecommended', 'lint', '-o', 'type=local,dest=lint-out3']);
    expect(lax.code).toBe(1);
    expect(lax.err).toContain('missing');
    expect(lax.err).not.toContain('JSONArgsRecommended');
  });
});

describe('hoist build with docker buildx build flags it takes as they are', () => {
  it('--annotation sets manifest annotations; --progress, --pull, --rm are taken; an inline cache and --sbom are ignored with a warning, an unreachable registry cache warns', async () => {
    const r = await hoist(['build', 'ctx', '--progress=plain', '--pull', '--rm', '--builder', 'default', '--cache-from', 'type=registry,ref=127.0.0.1:1/app:cache', '--cache-to', 'type=inline', '--sbom=true', '--annotation', 'org.opencontainers.image.title=app', '--annotation', 'manifest:com.example.k=v=w', '-o', 'type=oci,dest=annotated,tar=false']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('warning: --cache-from/--cache-to: type=inline is not a cache hoist keeps; left out');
    expect(r.err).toMatch(/warning: registry cache: reading 127\.0\.0\.1:1\/app:cache failed: /);
    expect(r.err).toContain('warning: --sbom ignored');
    const index = JSON.parse(await readFile(path.join(dir, 'annotated', 'index.json'), 'utf8'));
    const digest = index.manifests[0].digest as string;
    const manifest = JSON.parse(await readFile(path.join(dir, 'annotated', 'blobs', 'sha256', digest.slice('sha256:'.length)), 'utf8'));
    expect(manifest.annotations).toMatchObject({ 'org.opencontainers.image.title': 'app', 'com.example.k': 'v=w' });
  });

  it('--cache-to/--cache-from type=local are the layer cache: dest is written, read back, and a new dest starts from src', async () => {
    const first = await hoist(['build', 'ctx', '--cache-to', 'type=local,dest=bx-cache,mode=max', '-o', 'type=local,dest=bx-out1']);
    expect(first.code).toBe(0);
    expect(first.err).not.toContain('CACHED');
    expect((await readdir(path.join(dir, 'bx-cache'))).length).toBeGreaterThan(0);
    // buildx's CI pattern: read the restored directory, write a new one (then swap them).
    const second = await hoist(['build', 'ctx', '--cache-from', 'type=local,src=bx-cache', '--cache-to', 'type=local,dest=bx-cache-new,mode=max', '-o', 'type=local,dest=bx-out2']);
    expect(second.code).toBe(0);
    expect(second.err).toContain('starts from');
    expect(second.err).toMatch(/COPY dist \/out\/dist\s+CACHED/);
    expect((await readdir(path.join(dir, 'bx-cache-new'))).length).toBeGreaterThan(0);
    const bad = await hoist(['build', 'ctx', '--cache-to', 'type=local,mode=max']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--cache-to "type=local,mode=max": type=local needs dest=');
    const badMode = await hoist(['build', 'ctx', '--cache-to', 'type=gha,mode=all']);
    expect(badMode.code).toBe(2);
    expect(badMode.err).toContain('mode is min or max, got "all"');
  });

  it('--annotation takes buildx\'s levels: descriptor ones, several types at once and platform-qualified ones; SOURCE_DATE_EPOCH dates the layout entry', async () => {
    const host = process.arch === 'arm64' ? 'linux/arm64' : 'linux/amd64';
    const other = process.arch === 'arm64' ? 'linux/amd64' : 'linux/arm64';
    const r = await hoist(['build', 'ctx', '-t', 'app:1', '--media-types', 'docker',
      '--annotation', 'manifest,manifest-descriptor:both=1',
      '--annotation', `manifest[${host}]:mine=yes`, '--annotation', `manifest[${other}]:theirs=no`,
      '--annotation', 'index-descriptor:idx=ignored-without-an-index', '--annotation', 'z.last=1', '--annotation', 'a.first=1',
      '-o', 'type=oci,dest=levels,tar=false'], { SOURCE_DATE_EPOCH: '1700000000' });
    expect(r.code).toBe(0);
    // Descriptor annotations need OCI: media types are switched as BuildKit switches them, with a warning.
    expect(r.err).toContain('warning: index and descriptor annotations exist only in OCI images: writing OCI media types');
    const index = JSON.parse(await readFile(path.join(dir, 'levels', 'index.json'), 'utf8'));
    expect(index.manifests).toHaveLength(1);
    const entry = index.manifests[0];
    expect(entry.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    // A lone manifest's descriptor carries the manifest-descriptor annotations; there is no index for index-descriptor ones.
    expect(entry.annotations).toEqual({ both: '1', 'io.containerd.image.name': 'docker.io/library/app:1', 'org.opencontainers.image.created': '2023-11-14T22:13:20Z', 'org.opencontainers.image.ref.name': '1' });
    const manifest = JSON.parse(await readFile(path.join(dir, 'levels', 'blobs', 'sha256', entry.digest.slice(7)), 'utf8'));
    // The platform's own annotation applies, the other platform's does not; keys in Go's map order.
    expect(manifest.annotations).toEqual({ 'a.first': '1', both: '1', mine: 'yes', 'z.last': '1' });
    expect(Object.keys(manifest.annotations)).toEqual(['a.first', 'both', 'mine', 'z.last']);
  });

  it('Docker media types keep manifest annotations, as BuildKit pushes them; the registry takes and serves that manifest', async () => {
    const ref = `${registry.host}/cli/docker-annotated:1`;
    const r = await hoist(['build', 'ctx', '-t', ref, '--push', '--media-types', 'docker', '--annotation', 'org.opencontainers.image.title=app']);
    expect(r.err).not.toContain('warning');
    expect(r.code).toBe(0);
    const manifest = await client.getManifest(parseReference(ref));
    if (manifest.kind !== 'manifest') throw new Error(`expected an image manifest, got ${manifest.kind}`);
    expect(manifest.digest).toBe(r.out.trim());
    expect(manifest.manifest.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
    expect(manifest.manifest.annotations).toEqual({ 'org.opencontainers.image.title': 'app' });
  }, 60_000);

  it('an image output\'s annotation attributes (BuildKit\'s annotation[-TYPE].KEY) annotate the image; --annotation wins over them', async () => {
    const r = await hoist(['build', 'ctx', '-o', 'type=oci,dest=attr-annotated,tar=false,annotation.k=from-output,annotation.o=1,annotation-manifest-descriptor.d=1', '--annotation', 'k=from-flag']);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('ignored');
    const entry = JSON.parse(await readFile(path.join(dir, 'attr-annotated', 'index.json'), 'utf8')).manifests[0];
    expect(entry.annotations).toMatchObject({ d: '1' });
    const manifest = JSON.parse(await readFile(path.join(dir, 'attr-annotated', 'blobs', 'sha256', entry.digest.slice(7)), 'utf8'));
    expect(manifest.annotations).toEqual({ k: 'from-flag', o: '1' });
    const bad = await hoist(['build', 'ctx', '-o', 'type=oci,dest=x,annotation-bogus.k=v']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--output annotation "bogus:k=v": unrecognized annotation type bogus');
  });

  it.each([
    ['foo:a=b', 'unrecognized annotation type foo'],
    ['manifest[a/b/c/d]:a=b', 'invalid platform "a/b/c/d"'],
    ['novalue', 'expected [TYPE:]KEY=VALUE'],
  ])('--annotation %s is a usage error', async (value, message) => {
    const r = await hoist(['build', 'ctx', '--annotation', value]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});
