import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { createExecutor, mountRootfs, type Executor } from '../../src/sandbox/index.js';
import { startConformanceEnv, runCase, type ConformanceEnv, type ConformanceCase } from '../support/conformance.js';
import { debianLayer, pushLayerImage } from '../support/rootfs.js';

const df = (...lines: string[]): string => `${lines.join('\n')}\n`;
const LOGS: Record<string, string> = {
  'var/log/dpkg.log': 'time',
  'var/log/alternatives.log': 'time',
  'var/log/apt/history.log': 'time',
  'var/log/apt/term.log': 'time',
  'var/log/apt/eipp.log.xz': 'time',
  'var/cache/ldconfig/aux-cache': 'inode',
};

const PKG_STAGE = [
  'FROM {{DEBIAN}} AS pkg',
  'ENV SOURCE_DATE_EPOCH=1600000000',
  'SHELL ["/bin/bash", "-euo", "pipefail", "-c"]',
  "RUN <<'EOF'",
  'mkdir -p /b/lib/DEBIAN /b/lib/usr/lib/x86_64-linux-gnu /b/app/DEBIAN /b/app/usr/bin /b/app/etc/probe /b/app/usr/share/doc/probe-app /b/app/usr/share/man/man1 /repo',
  'printf "Package: libprobe1\\nVersion: 1.0\\nArchitecture: all\\nMaintainer: P <p@e.com>\\nDescription: lib\\n" > /b/lib/DEBIAN/control',
  'echo lib > /b/lib/usr/lib/x86_64-linux-gnu/libprobe.so.1.0.0 && ln -s libprobe.so.1.0.0 /b/lib/usr/lib/x86_64-linux-gnu/libprobe.so.1',
  'printf "Package: probe-app\\nVersion: 2.0\\nArchitecture: all\\nDepends: libprobe1 (>= 1.0)\\nMaintainer: P <p@e.com>\\nDescription: app\\n" > /b/app/DEBIAN/control',
  'printf "#!/bin/sh\\necho probe-app\\n" > /b/app/usr/bin/probe-app && chmod 755 /b/app/usr/bin/probe-app',
  'echo "conf=1" > /b/app/etc/probe/app.conf && echo /etc/probe/app.conf > /b/app/DEBIAN/conffiles',
  'echo doc > /b/app/usr/share/doc/probe-app/README && echo man | gzip -n > /b/app/usr/share/man/man1/probe-app.1.gz',
  'printf "#!/bin/sh\\nset -e\\nuseradd -r -s /usr/sbin/nologin -d /var/lib/probe -M probe || true\\ninstall -d -o probe -g probe -m 0750 /var/lib/probe\\n" > /b/app/DEBIAN/postinst && chmod 755 /b/app/DEBIAN/postinst',
  'dpkg-deb --root-owner-group --build /b/lib /repo/libprobe1_1.0_all.deb >/dev/null',
  'dpkg-deb --root-owner-group --build /b/app /repo/probe-app_2.0_all.deb >/dev/null',
  'cd /repo',
  'for f in *.deb; do dpkg-deb -f "$f"; echo "Filename: ./$f"; echo "Size: $(stat -c %s "$f")"; echo "SHA256: $(sha256sum "$f" | cut -d" " -f1)"; echo; done > Packages',
  'gzip -kn Packages',
  'EOF',
];

const cases: ConformanceCase[] = [
  {
    name: 'xattrs-acl-nodes',
    dockerfile: df(
      'FROM {{DEBIAN}}',
      `RUN echo x > /xf && perl -e '($f,$k,$v)=("/xf","user.probe","val"); syscall(188, $f, $k, $v, 3, 0) == 0 or die "setxattr: $!"; ($f,$k,$v)=("/etc/hostname","user.k","v2"); syscall(188, $f, $k, $v, 2, 0) == 0 or die "$!"' && mknod /root/null c 1 3 && mknod /root/blk b 7 0 && mkfifo -m 0600 /root/fifo && ln -P /bin/sh /root/sh-hardlink-to-symlink && ls -l /root | awk '{print $1,$NF}' > /lsroot`,
      `RUN perl -e 'for $f (@ARGV) { $k="user.probe"; $b = "\\0" x 64; $n = syscall(191, $f, $k, $b, 64); print "$f ", ($n < 0 ? "none $!" : substr($b, 0, $n)), "\\n" }' /xf > /xattr-seen`,
    ),
  },
  {
    name: 'squash-root-copy',
    dockerfile: df(
      'FROM {{DEBIAN}} AS build',
      'RUN useradd -m app && echo x > /home/app/x && rm -rf /usr/share/doc && chmod u+s /usr/bin/env',
      'FROM scratch',
      'COPY --from=build / /',
      'RUN id app > /id && ls -ld /proc /sys /dev /tmp /root | awk \'{print $1,$NF}\' > /ls',
    ),
    ignorePaths: LOGS,
  },
  {
    name: 'bind-rw-and-heredoc-copy',
    dockerfile: df(
      ...PKG_STAGE,
      'FROM {{DEBIAN}}',
      'COPY <<EOF /etc/apt/sources.list.d/local.list',
      'deb [trusted=yes] file:/repo ./',
      'EOF',
      'COPY <<-EOF /etc/apt/apt.conf.d/99norecommends',
      '\tAPT::Install-Recommends "false";',
      '\tAPT::Install-Suggests "false";',
      '\tEOF',
      'RUN --mount=type=bind,from=pkg,source=/repo,target=/repo apt-get update -q > /dev/null 2>&1 && apt-get install -y libprobe1 > /dev/null && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin',
      'RUN --mount=type=bind,target=/src,rw cd /src && echo w > written && ls -A /src > /src-ls && cp f.txt /f.txt',
    ),
    context: [{ path: 'f.txt', content: 'f\n', mtime: 1_600_000_000 }],
    ignorePaths: LOGS,
  },
  {
    name: 'arg-defaults-run',
    dockerfile: df(
      'ARG VERSION=1.2.3',
      'FROM {{DEBIAN}}',
      'ARG VERSION',
      'ARG USER_NAME=svc',
      'ARG EMPTY',
      'ENV APP_VERSION=${VERSION} HOME_DIR=/home/${USER_NAME:-nobody}',
      'RUN echo "${VERSION} ${EMPTY:-def} ${APP_VERSION} ${HOME_DIR} ${USER_NAME:+set}" > /args && useradd -m -d $HOME_DIR $USER_NAME',
      'LABEL version=$VERSION maintainer="x <y@z>"',
      'USER $USER_NAME',
      'WORKDIR $HOME_DIR',
      'RUN pwd > p && echo $HOME > h',
    ),
  },
];

describe('scratch debian', () => {
  let env: ConformanceEnv;
  let state: string;
  let debian: string;
  beforeAll(async () => {
    state = await mkdtemp('/var/tmp/hoist-scratch-debian-');
    env = await startConformanceEnv();
    debian = `${env.registry.host}/base/debian:bookworm`;
    await pushLayerImage(env.client, debian, [await debianLayer()], ['bash']);
  }, 30 * 60_000);
  afterAll(async () => {
    await env?.stop();
    if (state) await rm(state, { recursive: true, force: true });
  });
  const sandbox = {
    executor: (): Promise<Executor> => createExecutor({ cacheDir: path.join(state, 'cache'), tempDir: path.join(state, 'tmp'), log: () => undefined }),
    mountRootfs: (l: Parameters<typeof mountRootfs>[0]) => mountRootfs(l, { cacheDir: path.join(state, 'cache'), tempDir: path.join(state, 'tmp') }),
  };
  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { diffs } = await runCase(env, { ...c, dockerfile: c.dockerfile.replaceAll('{{DEBIAN}}', debian), skipUmociUnpack: 'scratch' }, sandbox);
    if (diffs.length) process.stdout.write(`${c.name}: ${diffs.length} differences\n  ${diffs.slice(0, 40).join('\n  ')}\n`);
    if (diffs.length) await cp(path.join(env.root, c.name), path.join('/tmp/probe', c.name), { recursive: true });
    expect(diffs).toEqual([]);
  }, 10 * 60_000);
});
