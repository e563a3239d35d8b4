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
    name: 'noop-writes',
    dockerfile: df(
      'FROM {{DEBIAN}}',
      'RUN cp -p /etc/hostname /tmp/h && cp -p /tmp/h /etc/hostname && rm /tmp/h && chmod 755 /usr/bin/env && chown root:root /etc/passwd && chgrp root /etc/group && mkdir -p /usr/share/man/man1 /etc && rm -rf /var/lib/apt/lists/*',
      'RUN touch -r /etc/shells /tmp/ref && cp /etc/shells /tmp/s && cp /tmp/s /etc/shells && touch -r /tmp/ref /etc/shells && rm /tmp/ref /tmp/s && chmod 644 /etc/shells',
      'RUN rm /etc/issue.net && printf "Debian GNU/Linux 12\\n" > /etc/issue.net && cat /etc/debian_version > /tmp/v && mv /tmp/v /etc/debian_version',
      'RUN chmod 0755 /usr/share/zoneinfo && chown -R root:root /usr/share/zoneinfo/Europe && touch /usr/share/zoneinfo/UTC',
      'RUN mkdir /tmp/x && rmdir /tmp/x && touch /tmp/y && rm /tmp/y',
    ),
  },
  {
    name: 'lower-hardlink-groups',
    dockerfile: df(
      'FROM {{DEBIAN}}',
      'RUN find / -xdev -type f -links +1 -printf "%n %i %p\\n" 2>/dev/null | sort -k2 | awk \'{print $1,$3}\' > /links-before; chmod 700 /usr/bin/perl && chown 1:1 /usr/bin/perl',
      'RUN find / -xdev -type f -links +1 -printf "%n %p\\n" 2>/dev/null | sort > /links-after',
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
