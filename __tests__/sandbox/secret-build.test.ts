/**
 * A build secret end to end, through the bundled CLI as users run it: `hoist build --secret id=tok,src=FILE`
 * with `RUN --mount=type=secret`. The secret is readable in its RUN; its value appears in no layer, no image
 * config or history, no cache entry, no temp file and no log line (every file written is searched,
 * compressed blobs decompressed), and changing its value does not change the step's cache key.
 * Runs once per executor (native, Docker).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, lstat, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { RegistryClient } from '../../src/registry/client.js';
import { busyboxEntries, pushSpecImage } from '../support/base-images.js';
import { dockerSocket } from '../support/docker.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';

/** Files under `dir` whose bytes (gunzipped when gzip) contain `needle`. */
async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const name of await readdir(d).catch(() => [] as string[])) {
      const p = path.join(d, name);
      const st = await lstat(p);
      if (st.isDirectory()) await walk(p);
      else if (st.isFile()) {
        let bytes = await readFile(p);
        if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
        if (bytes.includes(needle)) hits.push(p);
      }
    }
  };
  await walk(dir);
  return hits;
}

describe.each(['native', 'docker'] as const)('--secret with the %s executor', (executor) => {
  let registry: TestRegistry;
  let root: string;
  let cli: string;
  let base: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join('/var/tmp', `hoist-secret-${executor}-`));
    registry = await startRegistry();
    const client = new RegistryClient();
    base = `${registry.host}/base/busybox:1`;
    await pushSpecImage(client, base, [busyboxEntries()]);
    await client.close();
    const bundle = path.join(root, 'cli');
    const b = spawnSync(process.execPath, ['scripts/bundle.mjs', bundle], { encoding: 'utf8' });
    if (b.status !== 0) throw new Error(b.stderr);
    cli = path.join(bundle, 'cli.js');
  }, 10 * 60_000);
  afterAll(async () => {
    await registry?.stop();
    await rm(root, { recursive: true, force: true });
  });

  function build(ctx: string, secretFile: string, out: string, tempDir: string) {
    const r = spawnSync(
      process.execPath,
      [cli, 'build', ctx, '--secret', `id=tok,src=${secretFile}`, '--cache-dir', path.join(root, 'state'), '--output', `oci:${out}`, '--executor', executor],
      { encoding: 'utf8', env: { ...process.env, RUNNER_TEMP: tempDir, DOCKER_HOST: `unix://${dockerSocket()}` } },
    );
    if (r.status !== 0) throw new Error(`hoist build failed:\n${r.stderr}`);
    return r.stdout + r.stderr;
  }

  it('is readable in its RUN and nowhere else', async () => {
    const value = `hoist-secret-${randomBytes(16).toString('hex')}`;
    const ctx = path.join(root, 'ctx');
    const tempDir = path.join(root, 'tmp');
    await mkdir(ctx, { recursive: true });
    await mkdir(tempDir, { recursive: true });
    const secretFile = path.join(root, 'secret.txt');
    await writeFile(secretFile, value);
    await writeFile(
      path.join(ctx, 'Dockerfile'),
      `FROM ${base}\n` +
        'RUN --mount=type=secret,id=tok cat /run/secrets/tok | sha256sum | cut -d" " -f1 > /hash && echo "secret length $(wc -c < /run/secrets/tok)"\n' +
        'RUN --mount=type=secret,id=tok,target=/etc/app/token,required=true test -s /etc/app/token && ls -l /etc/app/token > /listing\n' +
        // env= (Dockerfile 1.10): an environment variable instead of the file, or as well when a target is given.
        'RUN --mount=type=secret,id=tok,env=TOK printf %s "$TOK" | sha256sum | cut -d" " -f1 > /env-hash && if [ -e /run/secrets/tok ]; then echo "file too"; else echo "env only"; fi\n' +
        'RUN --mount=type=secret,id=tok,env=TOK,target=/t/tok test "$(cat /t/tok)" = "$TOK" && echo "env and file agree"\n' +
        // Options from variables are read when the step runs (only then is a secret mount's id known).
        'ARG SECRET_ID=tok\n' +
        'RUN --mount=type=secret,id=$SECRET_ID,required=true test -s /run/secrets/tok && echo "id from an arg"\n',
    );
    const out = path.join(root, 'out');
    const log = build(ctx, secretFile, out, tempDir);
    expect(log).toContain(`RUN executor: ${executor}`);
    expect(log).toContain(`secret length ${value.length}`);
    expect(log).toContain('env only');
    expect(log).toContain('env and file agree');
    expect(log).toContain('id from an arg');

    // Readable in the RUN, as a file and as a variable: the image holds its hash (the file RUN's and env= RUN's layers).
    const hits = await filesContaining(out, createHash('sha256').update(value).digest('hex'));
    expect(hits.length).toBeGreaterThanOrEqual(2);
    // Nowhere else: layers and config/history (the OCI layout), the cache, temp files, the log.
    expect(await filesContaining(out, value)).toEqual([]);
    expect(await filesContaining(path.join(root, 'state'), value)).toEqual([]);
    expect(await filesContaining(tempDir, value)).toEqual([]);
    expect(log).not.toContain(value);

    // A new value is not a new cache key: both RUNs are cached.
    await writeFile(secretFile, `${value}-changed`);
    const again = build(ctx, secretFile, path.join(root, 'out2'), tempDir);
    expect(again.match(/RUN --mount=type=secret.*CACHED/g)?.length).toBe(5);
  }, 10 * 60_000);

  it('an env= secret, a build arg and the image ENV are in no command line on the host while the step runs', async () => {
    const value = `hoist-env-secret-${randomBytes(16).toString('hex')}`;
    // A proxy build arg with credentials (given by name: the value comes from hoist's environment, as in
    // docker build) and an image ENV value: a step's variables, which BuildKit keeps out of command lines too.
    const argValue = `http://user:hoist-arg-${randomBytes(16).toString('hex')}@127.0.0.1:3128`;
    const envValue = `hoist-image-env-${randomBytes(16).toString('hex')}`;
    const ctx = path.join(root, 'ctx-cmdline');
    await mkdir(ctx, { recursive: true });
    const secretFile = path.join(root, 'cmdline-secret.txt');
    await writeFile(secretFile, value);
    await writeFile(path.join(ctx, 'Dockerfile'), [
      `FROM ${base}`,
      'ARG HTTP_PROXY',
      `ENV APP_ENV_VALUE=${envValue}`,
      'RUN --mount=type=secret,id=tok,env=TOK sleep 3 && test -n "$TOK" && test -n "$HTTP_PROXY" && test -n "$APP_ENV_VALUE" && echo ran-with-secret',
      '',
    ].join('\n'));
    const child = spawn(process.execPath, [cli, 'build', ctx, '--secret', `id=tok,src=${secretFile}`, '--build-arg', 'HTTP_PROXY', '--cache-dir', path.join(root, 'state-cmdline'), '--output', `oci:${path.join(root, 'out-cmdline')}`, '--executor', executor], {
      env: { ...process.env, DOCKER_HOST: `unix://${dockerSocket()}`, HTTP_PROXY: argValue },
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d));
    child.stderr.on('data', (d: Buffer) => (log += d));
    const done = new Promise<number | null>((res) => child.on('close', res));
    let running = true;
    void done.then(() => (running = false));
    // Every process's command line, read as any user can, all the time the build runs.
    const seen = new Set<string>();
    let scans = 0;
    let stepSeen = false;
    while (running) {
      for (const pid of await readdir('/proc').catch(() => [] as string[])) {
        if (!/^\d+$/.test(pid)) continue;
        const cmdline = await readFile(`/proc/${pid}/cmdline`).catch(() => Buffer.alloc(0));
        if (cmdline.includes('sleep 3 && test -n "$TOK"')) stepSeen = true;
        for (const v of [value, argValue, envValue]) if (cmdline.includes(v)) seen.add(cmdline.toString().replace(/\0/g, ' '));
      }
      scans++;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await done).toBe(0);
    expect(log).toContain('ran-with-secret');
    expect(scans).toBeGreaterThan(10);
    // The scan saw the step itself running (its shell's command line), so it looked while the values were in use.
    expect(stepSeen).toBe(true);
    expect([...seen]).toEqual([]);
  }, 10 * 60_000);

  it('a descriptor hoist inherited without close-on-exec (here: the secret file) never reaches a RUN', async () => {
    const ctx = path.join(root, 'ctx-fd');
    await mkdir(ctx, { recursive: true });
    const secretFile = path.join(root, 'fd-secret.txt');
    await writeFile(secretFile, 'not for RUN');
    await writeFile(path.join(ctx, 'Dockerfile'), `FROM ${base}\nRUN echo "fd-250: $(test -e /proc/self/fd/250 && echo open || echo shut)"\n`);
    // bash opens fd 250 without close-on-exec, as a CI shell or runner may leave one open.
    const r = spawnSync('bash', ['-c', 'exec 250<"$1"; shift; exec "$@"', 'hoist', secretFile, process.execPath, cli, 'build', ctx, '--cache-dir', path.join(root, 'state-fd'), '--output', `oci:${path.join(root, 'out-fd')}`, '--executor', executor], {
      encoding: 'utf8',
      env: { ...process.env, DOCKER_HOST: `unix://${dockerSocket()}` },
    });
    // The step's output, not the echoed command line, holds the answer.
    expect(r.stderr + r.stdout).toContain('fd-250: shut');
    expect(r.status).toBe(0);
  }, 10 * 60_000);
});
