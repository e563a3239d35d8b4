/**
 * Benchmark (issue 6): a cold build of a 10-RUN busybox Dockerfile with `hoist build` (native sandbox) and
 * with `docker build` (the reference engine: Engine 26 + BuildKit) in the same run; prints the times and the
 * ratio. Goal: hoist's cold build no slower than docker build.
 *
 * Cold means no step cache on either side: hoist gets a fresh --cache-dir every round (so it also pulls the
 * base image from the local registry and unpacks it), docker builds with --no-cache (its base image stays in
 * its store). Both are timed as whole CLI processes; median of --rounds (default 5).
 *
 *   node_modules/.bin/node bench/ts.mjs bench/run.ts [--rounds N] [--trace]
 *
 * Needs root (or passwordless sudo), the reference engine (scripts/docker-engine.sh start) and docker-registry.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RegistryClient } from '../src/registry/client.js';
import { busyboxEntries, pushSpecImage } from '../__tests__/support/base-images.js';
import { dockerEnv } from '../__tests__/support/docker.js';
import { startRegistry } from '../__tests__/support/registry.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' }, trace: { type: 'boolean', default: false } } });
const ROUNDS = Number(values.rounds);

/** Ten RUN steps of the kind real Dockerfiles have: files, users, loops, deletes, a bigger file. */
function dockerfile(base: string): string {
  return [
    `FROM ${base}`,
    'RUN mkdir -p /app/bin /app/data && echo "#!/bin/sh" > /app/bin/start && chmod 755 /app/bin/start',
    'RUN for i in $(seq 1 200); do echo "line $i" > /app/data/f$i.txt; done',
    'RUN echo "app:x:1500:1500::/app:/bin/sh" >> /etc/passwd && chown -R 1500:1500 /app',
    'RUN dd if=/dev/urandom of=/app/data/blob bs=1M count=8 2>/dev/null',
    'RUN rm -f /app/data/f1*.txt && sha256sum /app/data/blob > /app/blob.sha',
    'RUN echo "export APP_HOME=/app" > /etc/profile.d/app.sh 2>/dev/null || (mkdir -p /etc/profile.d && echo "export APP_HOME=/app" > /etc/profile.d/app.sh)',
    'RUN tar -czf /tmp/data.tgz -C /app data && ls -l /tmp/data.tgz > /app/archive.txt && rm /tmp/data.tgz',
    'RUN ln -s /app/bin/start /usr/local/bin/start && ln /app/blob.sha /app/blob.sha.link',
    'RUN find /app -type f | wc -l > /app/count && date > /app/built-at',
    'RUN cat /app/count /etc/passwd | wc -c > /app/summary',
    'CMD ["/app/bin/start"]',
    '',
  ].join('\n');
}

function timed(cmd: string, args: string[], env?: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}\n${r.stdout}`);
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join('/var/tmp', 'hoist-bench-run-'));
  const registry = await startRegistry();
  try {
    const client = new RegistryClient();
    const base = `${registry.host}/library/busybox:1`;
    await pushSpecImage(client, base, [busyboxEntries()]);
    await client.close();
    const ctx = path.join(root, 'ctx');
    await mkdir(ctx, { recursive: true });
    await writeFile(path.join(ctx, 'Dockerfile'), dockerfile(base));

    // The CLI as shipped: the bundles of scripts/bundle.mjs (cli.js, sandbox-worker.js beside it).
    const bundleDir = path.join(root, 'cli');
    const b = spawnSync(process.execPath, ['scripts/bundle.mjs', bundleDir], { encoding: 'utf8' });
    if (b.status !== 0) throw new Error(b.stderr);
    const cli = path.join(bundleDir, 'cli.js');
    const { bin: dockerBin, env: dEnv } = dockerEnv();

    // Warm-up: the engine has the base image, both sides have their binaries in the page cache.
    timed(dockerBin, ['build', '--network', 'host', '-q', '-t', 'hoist-bench/run:warm', ctx], dEnv);
    timed(process.execPath, [cli, 'build', ctx, '--cache-dir', path.join(root, 'warm'), '--quiet', '--output', `oci:${path.join(root, 'warm-out')}`]);

    const hoist: number[] = [];
    const docker: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const state = path.join(root, `state-${i}`);
      hoist.push(timed(process.execPath, [cli, 'build', ctx, '--cache-dir', state, '--cache', 'off', '--quiet', '--output', `oci:${path.join(root, `out-${i}`)}`]));
      docker.push(timed(dockerBin, ['build', '--no-cache', '--network', 'host', '-q', '-t', `hoist-bench/run:${i}`, ctx], dEnv));
      // Kept until the end, as docker keeps its images: deleting a tree of thousands of inodes right before the
      // next build slows ext4's inode allocation for a while (recently deleted inodes are skipped), which would
      // charge one side only.
    }
    const h = median(hoist);
    const d = median(docker);
    console.log(`10-RUN busybox Dockerfile, cold (hoist: fresh --cache-dir; docker: --no-cache), median of ${ROUNDS}, CLI wall time (load ${loadavg()[0].toFixed(2)})`);
    console.log(`  hoist build (native sandbox): ${(h / 1000).toFixed(2)} s   [${hoist.map((x) => (x / 1000).toFixed(2)).join(' ')}]`);
    console.log(`  docker build (BuildKit):      ${(d / 1000).toFixed(2)} s   [${docker.map((x) => (x / 1000).toFixed(2)).join(' ')}]`);
    console.log(`  ratio hoist/docker: ${(h / d).toFixed(2)} (goal: <= 1.00)`);
    if (values.trace) {
      // One more hoist build with the sandbox's phase timings (HOIST_TRACE) on stderr.
      const r = spawnSync(process.execPath, [cli, 'build', ctx, '--cache-dir', path.join(root, 'trace'), '--cache', 'off', '--output', `oci:${path.join(root, 'out-trace')}`], { encoding: 'utf8', env: { ...process.env, HOIST_TRACE: '1' } });
      console.log(r.stderr);
    }
    spawnSync(dockerBin, ['image', 'rm', '-f', 'hoist-bench/run:warm', ...hoist.map((_, i) => `hoist-bench/run:${i}`)], { env: dEnv });
  } finally {
    await registry.stop();
    await rm(root, { recursive: true, force: true });
  }
}

await main();
