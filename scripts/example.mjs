// `npm run example`: hoist's main job on examples/hello. Builds a busybox base image (from Debian's
// busybox-static) and the app on it — multi-stage, COPY --from, a RUN in hoist's own sandbox — and pushes both to a
// CNCF distribution registry it starts on 127.0.0.1, then runs `hoist inspect`. Without `docker-registry` it writes
// an OCI layout (./example-out) instead; without busybox (or root/sudo for RUN) it builds the scratch variant.
// Needs Node 24 (npm puts the `node` devDependency first on PATH).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const isRoot = process.getuid?.() === 0;

function maybeInstall(pkgs) {
  const missing = pkgs.filter(([cmd]) => !has(cmd) && !existsSync(cmd)).map(([, pkg]) => pkg);
  if (!missing.length || !isRoot || !has('apt-get')) return;
  console.log(`example: installing ${missing.join(' ')} from Debian`);
  spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function hoist(args) {
  console.log(`\n$ hoist ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), ...args], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

maybeInstall([['docker-registry', 'docker-registry'], ['/bin/busybox', 'busybox-static']]);
const work = mkdtempSync(path.join(tmpdir(), 'hoist-example-'));
const cacheDir = path.join(work, 'cache');
let registry;
try {
  let target;
  if (has('docker-registry')) {
    const port = await freePort();
    writeFileSync(path.join(work, 'config.yml'), `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${work}/registry\nhttp:\n  addr: 127.0.0.1:${port}\n`);
    registry = spawn('docker-registry', ['serve', path.join(work, 'config.yml')], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      if (await fetch(`http://127.0.0.1:${port}/v2/`).then(() => true, () => false)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    target = `127.0.0.1:${port}`;
    console.log(`example: registry at http://${target} (docker-registry, stopped at the end)`);
  } else console.log('example: docker-registry is not installed: writing an OCI layout to ./example-out instead');

  const out = (name) => (target ? ['--tag', `${target}/${name}`, '--push'] : ['--tag', name, '--output', `oci:${path.join(root, 'example-out')}`]);
  const sandboxOk = isRoot || spawnSync('sudo', ['-n', 'true']).status === 0;
  if (existsSync('/bin/busybox') && sandboxOk) {
    const bb = path.join(root, 'examples/busybox');
    rmSync(path.join(bb, 'rootfs'), { recursive: true, force: true });
    cpSync('/bin/busybox', path.join(bb, 'busybox'));
    chmodSync(path.join(bb, 'busybox'), 0o755);
    for (const d of ['bin', 'etc', 'tmp', 'root']) mkdirSync(path.join(bb, 'rootfs', d), { recursive: true });
    for (const applet of execFileSync('/bin/busybox', ['--list']).toString().split('\n').filter((a) => a && a !== 'busybox')) {
      symlinkSync('busybox', path.join(bb, 'rootfs/bin', applet));
    }
    writeFileSync(path.join(bb, 'rootfs/etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:app:/app:/bin/sh\n');
    writeFileSync(path.join(bb, 'rootfs/etc/group'), 'root:x:0:\napp:x:1000:\n');
    hoist(['build', 'examples/busybox', ...out('example/busybox:1'), '--cache-dir', cacheDir]);
    const base = target ? `${target}/example/busybox:1` : undefined;
    if (!base) {
      console.log('\nexample: the app needs its base in a registry; without docker-registry only the base was built');
    } else {
      hoist(['build', 'examples/hello', ...out('example/hello:1.0.0'), '--tag', `${target}/example/hello:latest`, '--build-arg', `BASE=${base}`, '--cache-dir', cacheDir]);
      console.log('\nexample: the same build again: every step comes from the cache');
      hoist(['build', 'examples/hello', ...out('example/hello:1.0.0'), '--build-arg', `BASE=${base}`, '--cache-dir', cacheDir]);
      hoist(['inspect', `${target}/example/hello:1.0.0`]);
    }
  } else {
    console.log('example: no /bin/busybox (Debian busybox-static) or no root/sudo for RUN: building the scratch variant');
    hoist(['build', 'examples/hello', '--file', 'examples/hello/Dockerfile.scratch', ...out('example/hello:1.0.0'), '--cache-dir', cacheDir]);
    if (target) hoist(['inspect', `${target}/example/hello:1.0.0`]);
  }
} finally {
  registry?.kill();
  rmSync(work, { recursive: true, force: true });
}
