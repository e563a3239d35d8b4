#!/usr/bin/env node
// `npm run bench`: the comparison benchmark of issue 9 (hoist against docker build, BuildKit and buildah), written
// to docs/benchmarks.md and the README's "Benchmarks" section. Installs the peers it needs from Debian packages
// first (when root), then runs bench/compare.ts with Node 24 (node_modules/.bin/node). Takes a long time (about
// an hour on 2 CPUs); extra arguments go to bench/compare.ts (e.g. --runs 5, --fixtures busybox-app).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);

// Debian packages the benchmark runs (commands they provide, to check without dpkg-query).
const PACKAGES = [
  ['buildah', '/usr/bin/buildah'],
  ['docker.io', '/usr/sbin/dockerd'],
  ['containerd', '/usr/bin/containerd'],
  ['runc', '/usr/sbin/runc'],
  ['docker-registry', '/usr/bin/docker-registry'],
  ['debootstrap', '/usr/sbin/debootstrap'],
  ['busybox-static', '/bin/busybox'],
];

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
}

const missing = PACKAGES.filter(([, bin]) => !existsSync(bin)).map(([pkg]) => pkg);
if (missing.length > 0) {
  if (process.getuid?.() !== 0) {
    console.error(`bench: missing Debian packages ${missing.join(', ')}; run as root (or apt-get install them) first`);
    process.exit(1);
  }
  console.log(`bench: installing ${missing.join(', ')} from Debian`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  sh('apt-get', ['-q', 'update'], { env });
  sh('apt-get', ['-q', 'install', '-y', '--no-install-recommends', ...missing], { env });
}
if (process.getuid?.() !== 0) {
  console.error('bench: the peers (dockerd, buildah, the RUN sandbox) need root');
  process.exit(1);
}
const node = path.join(root, 'node_modules/.bin/node');
if (!existsSync(node)) {
  console.error('bench: node_modules/.bin/node is missing: run npm ci first');
  process.exit(1);
}
const r = spawnSync(node, ['bench/ts.mjs', 'bench/compare.ts', '--readme', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
