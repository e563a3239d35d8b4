import { execFileSync } from 'node:child_process';
import { rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ConformanceCase, ContextSpec } from '../support/conformance.js';
import { rawTarBytes, type RawEntry } from '../support/rootfs.js';
import { TEST_PASSWD } from '../support/base-images.js';

const compress = (buf: Buffer, prog: 'xz' | 'bzip2' | 'zstd'): Buffer => execFileSync(prog, ['-c'], { input: buf });

const dotSlashTar = await rawTarBytes([
  { name: './', type: 'directory', mode: 0o700, uid: 5, gid: 5 },
  { name: './app/', type: 'directory', mode: 0o750, uid: 1000, gid: 1000 },
  { name: './app/run.sh', content: '#!/bin/sh\n', mode: 0o755, uid: 1000, gid: 1000 },
  { name: './app/hard', type: 'link', linkname: './app/run.sh' },
  { name: 'app/hard2', type: 'link', linkname: 'app/run.sh' },
  { name: `./long/${'n'.repeat(120)}/${'m'.repeat(120)}.txt`, content: 'long\n' },
  { name: './late/file', content: 'before its dir\n', mode: 0o600 },
  { name: './late/', type: 'directory', mode: 0o711, uid: 3, gid: 3 },
  { name: './usr/', type: 'directory', mode: 0o700, uid: 9, gid: 9 },
  { name: './usr/local/bin/tool', content: 'tool\n', mode: 0o4755 },
]);
const evilTar = await rawTarBytes([
  { name: 'ok.txt', content: 'ok\n' },
  { name: '../escape-up.txt', content: 'up\n' },
  { name: '/abs-escape.txt', content: 'abs\n' },
  { name: 'a/../../../b/escape.txt', content: 'b\n' },
  { name: 'lnk', type: 'symlink', linkname: '/etc' },
  { name: 'hl', type: 'link', linkname: '../ok.txt' },
]);
/** An archive whose hardlink names a file it does not hold: docker build fails the ADD ("link ...: no such file"). */
export const danglingLinkTar = await rawTarBytes([
  { name: 'ok.txt', content: 'ok\n' },
  { name: 'hl', type: 'link', linkname: '../outside' },
]);
const mergeTar = await rawTarBytes([
  { name: 'etc/', type: 'directory', mode: 0o700, uid: 7, gid: 7 },
  { name: 'etc/app.conf', content: 'conf\n', uid: 7, gid: 7 },
  { name: 'bin/', type: 'directory', mode: 0o755 },
  { name: 'bin/extra', content: 'extra\n', mode: 0o755, uid: 1000, gid: 1000 },
  { name: 'home/alice/', type: 'directory', mode: 0o700, uid: 0, gid: 0 },
  { name: 'home/alice/.profile', content: 'p\n', uid: 1000, gid: 1000 },
  { name: 'var/run/pid', content: '1\n' },
]);
// Its etc/passwd is the base image's (same bytes, mode, owner and mtime): only the new name is a change.
const samePasswdTar = await rawTarBytes([
  { name: 'etc/passwd', content: TEST_PASSWD, mode: 0o644 },
  { name: 'etc/passwd.bak', type: 'link', linkname: 'etc/passwd', mode: 0o644 },
  { name: 'etc/a-first', type: 'link', linkname: 'etc/passwd', mode: 0o644 },
]);
// Replaces a directory of the image with a file, a file with a directory, and writes through a symlinked dir.
const replaceTar = await rawTarBytes([
  { name: 'home/bob', content: 'now a file\n' },
  { name: 'bin/true/', type: 'directory', mode: 0o750 },
  { name: 'bin/true/inner', content: 'i\n' },
  { name: 'dup', content: 'first\n' },
  { name: 'dup', content: 'second, longer\n', mode: 0o600 },
]);
const ownedTar = await rawTarBytes([
  { name: 'pkg/', type: 'directory', mode: 0o775, uid: 1001, gid: 1001 },
  { name: 'pkg/bin', content: 'b\n', mode: 0o755, uid: 1001, gid: 50 },
  { name: 'pkg/ln', type: 'symlink', linkname: 'bin', uid: 1001, gid: 1001 },
]);

/** security.capability for cap_net_bind_service=+ep (VFS_CAP_REVISION_2, effective), as PAX carries it. */
/** 700 bytes that are no compressed stream. */
const JUNK = Buffer.from(Array.from({ length: 700 }, (_, i) => (i * 37 + 11) & 0xff));
const NET_BIND_CAP = String.fromCharCode(1, 0, 0, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
/** Device nodes and a file with capabilities (`setcap` in a build stage, then COPY --from: found by the third sweep). */
const specialTar = await rawTarBytes([
  { name: 'dev/', type: 'directory' },
  { name: 'dev/null', type: 'character-device', devmajor: 1, devminor: 3, mode: 0o666 },
  { name: 'dev/loop0', type: 'block-device', devmajor: 7, devminor: 0, mode: 0o660 },
  { name: 'bin/', type: 'directory' },
  { name: 'bin/server', content: '#!/bin/sh\n', mode: 0o755, pax: { 'SCHILY.xattr.security.capability': NET_BIND_CAP, 'SCHILY.xattr.user.note': 'dropped' } },
]);
const T = 1_600_000_000;
const f = (p: string, content: string | Buffer = `${p}\n`, extra: Partial<ContextSpec> = {}): ContextSpec => ({ path: p, content, mtime: T, ...extra });

/** COPY/ADD/.dockerignore probes, each built with hoist and with `docker build` and compared. */
/** A case's context directory, from the directory `prepare` gets (see contextDirOf). */
const contextOf = (dir: string, name: string): string => path.join(dir, `context-${path.basename(path.dirname(dir))}-${name}`);

export const probeCopyCases: ConformanceCase[] = [
  {
    name: 'glob-classes-and-escapes',
    dockerfile: [
      'FROM {{BASE}}',
      'COPY file?.txt /q/',
      'COPY [a-c]*.cfg /range/',
      'COPY [!a]*.cfg /bang/',
      'COPY [^a]*.cfg /caret/',
      'COPY star\\*.txt /esc/',
      'COPY **/*.md /dstar/',
      'COPY src/*/*.js /two/',
      'COPY *.txt *.cfg /several/',
      '',
    ].join('\n'),
    context: [f('file1.txt'), f('file22.txt'), f('fileA.txt'), f('a.cfg'), f('b1.cfg'), f('d.cfg'), f('!x.cfg'), f('star*.txt'), f('starX.txt'), f('README.md'), f('docs/guide.md'), f('docs/deep/more.md'), f('src/a/index.js'), f('src/b/main.js'), f('src/b/c/no.js')],
  },
  {
    name: 'glob-matches-dirs-and-files',
    dockerfile: 'FROM {{BASE}}\nCOPY app* /dst/\nCOPY pkg* /one\n',
    context: [f('app.js'), f('app-lib/x.js'), f('app-lib/sub/y.js'), { path: 'app-empty', type: 'dir', mtime: T }, f('pkg/a')],
  },
  {
    name: 'dockerignore-forms',
    dockerfile: 'FROM {{BASE}}\nCOPY . /ctx/\n',
    context: [
      f('.dockerignore', ['# comment', '/abs.txt', './dot.txt', '**/*.log', '!keep/important.log', 'trail/', 'spaces.txt   ', '*.md', '!docs/**/*.md', 'node_modules', '**/cache', 'Dockerfile', '.dockerignore', 'a/**/z', '', ' lead.txt', 'qu?ck.txt', 'cl[0-9].txt', 'esc\\*.txt'].join('\n') + '\n'),
      f('abs.txt'), f('sub/abs.txt'), f('dot.txt'), f('x.log'), f('deep/er/y.log'), f('keep/important.log'), f('keep/other.log'),
      f('trail/t'), f('trail2/t'), f('spaces.txt'), f('README.md'), f('docs/a.md'), f('docs/b/c.md'), f('sub/n.md'),
      f('node_modules/m/index.js'), f('pkg/node_modules/y'), f('x/cache/c'), f('cache/c'), f('Dockerfile', 'FROM x\n'),
      f('a/z'), f('a/b/z'), f('a/b/c/z'), f('a/keep'), f('lead.txt'), f('quick.txt'), f('cl5.txt'), f('clx.txt'), f('esc*.txt'), f('escX.txt'),
    ],
  },
  {
    name: 'dockerignore-reinclude-order',
    dockerfile: 'FROM {{BASE}}\nCOPY . /ctx/\n',
    context: [
      f('.dockerignore', ['*', '!src', 'src/**/*.test.js', '!src/keep.test.js', '!package.json', '!*.lock'].join('\n') + '\n'),
      f('src/a.js'), f('src/a.test.js'), f('src/keep.test.js'), f('src/sub/b.test.js'), f('package.json'), f('yarn.lock'), f('other.txt'), f('dir/inner'),
    ],
  },
  {
    name: 'dockerignore-dir-excluded-file-reincluded',
    dockerfile: 'FROM {{BASE}}\nCOPY . /ctx/\nCOPY build /b/\n',
    context: [
      f('.dockerignore', 'build\n!build/keep.txt\nvendor/*\n!vendor/a\n'),
      f('build/keep.txt'), f('build/drop.txt'), f('build/sub/x'), f('vendor/a/1'), f('vendor/b/2'), f('vendor/c'),
    ],
  },
  {
    name: 'dest-forms',
    dockerfile: [
      'FROM {{BASE}}',
      'WORKDIR /app',
      'COPY a.txt .',
      'COPY a.txt rel/',
      'COPY a.txt rel-noslash',
      'ENV D=/envdest',
      'COPY a.txt $D/',
      'COPY a.txt ${D}2/named',
      'COPY d ./',
      'COPY d sub/./',
      'WORKDIR /w2/',
      'COPY a.txt ../w3/',
      '',
    ].join('\n'),
    context: [f('a.txt'), f('d/x'), f('d/y/z')],
  },
  {
    name: 'dest-symlink-in-image',
    dockerfile: 'FROM {{BASE}}\nCOPY a.txt /var/run/a.txt\nCOPY d /var/run/d\nCOPY a.txt /var/run\n',
    context: [f('a.txt'), f('d/x')],
  },
  {
    name: 'symlink-to-dir-source',
    dockerfile: 'FROM {{BASE}}\nCOPY ln /viadirlink\nCOPY ln/x /through/\nCOPY out /out\n',
    context: [f('real/x'), f('real/sub/y'), { path: 'ln', type: 'symlink', target: 'real' }, { path: 'out/up', type: 'symlink', target: '../../outside' }, { path: 'out/abs', type: 'symlink', target: '/etc' }, f('out/f')],
  },
  {
    name: 'implicit-parents-chown',
    dockerfile: 'FROM {{BASE}}\nCOPY --chown=alice a.txt /new/deep/tree/\nCOPY --chown=1234:5678 d /other/deep/d\nCOPY --chown=:staff a.txt /grp/only/\nCOPY --chown=bob: a.txt /bobcolon/\nCOPY --chown=nobody a.txt /home/alice/nb/\n',
    context: [f('a.txt'), f('d/x')],
  },
  {
    name: 'chmod-dirs',
    dockerfile: 'FROM {{BASE}}\nCOPY --chmod=0640 d /m1/new/d\nCOPY --chmod=755 d /m2/\nCOPY --chmod=4755 a.txt /m3/\nCOPY --chmod=0 a.txt /m4/zero\n',
    context: [f('a.txt'), f('d/x', 'x', { mode: 0o600 }), { path: 'd/sub', type: 'dir', mode: 0o700, mtime: T }, f('d/sub/y', 'y', { mode: 0o755 })],
  },
  {
    name: 'mode-zero-and-special-files',
    dockerfile: 'FROM {{BASE}}\nCOPY m /m\n',
    context: [f('m/zero', 'z', { mode: 0 }), f('m/suid', 's', { mode: 0o4711 }), f('m/sgid', 'g', { mode: 0o2711 }), f('m/sticky', 'k', { mode: 0o1644 }), { path: 'm/zd', type: 'dir', mode: 0o555, mtime: T }],
  },
  {
    name: 'copy-from-stage-through-symlink',
    dockerfile: 'FROM {{BASE}} AS s\nCOPY d /real\nCOPY lnk /\nFROM {{BASE}}\nCOPY --from=s /link/x /a/\nCOPY --from=s /link /b\nCOPY --from=s /link/ /c/\n',
    context: [f('d/x'), f('d/y/z'), { path: 'lnk/link', type: 'symlink', target: '/real' }],
  },
  {
    name: 'chown-empty-parts',
    dockerfile: 'FROM {{BASE}}\nCOPY --chown=bob: a.txt /c1/\nCOPY --chown=1234: a.txt /c2/\nCOPY --chown=bob:nosuch a.txt /c3/\nCOPY --chown=nosuch:staff a.txt /c4/\nCOPY --chown=alice:root a.txt /c5/\nCOPY --chown=root a.txt /c6/\nCOPY --chown=: a.txt /c7/\n',
    context: [f('a.txt')],
  },
  // ADD keeps device numbers (block stays block) and security.capability; COPY --from keeps them too, making every
  // device a character device, as BuildKit's copy does.
  {
    name: 'add-tar-and-copy-from-devices-capabilities',
    dockerfile: 'FROM {{BASE}} AS build\nADD special.tar /opt/\nFROM {{BASE}}\nADD special.tar /added/\nCOPY --from=build /opt /copied\n',
    context: [{ path: 'special.tar', content: specialTar, mtime: T }],
  },
  {
    name: 'add-tar-dot-slash-hardlinks-late-dirs',
    dockerfile: 'FROM {{BASE}}\nADD ds.tar /x/\nADD ds.tar /\nADD ds.tar.zst /zst/\nADD ds.tgz /tgz\n',
    context: [{ path: 'ds.tar', content: dotSlashTar, mtime: T }, { path: 'ds.tar.zst', content: compress(dotSlashTar, 'zstd'), mtime: T }, { path: 'ds.tgz', content: gzipSync(dotSlashTar), mtime: T }],
  },
  {
    name: 'add-tar-escapes-contained',
    dockerfile: 'FROM {{BASE}}\nADD evil.tar /in/\n',
    context: [{ path: 'evil.tar', content: evilTar, mtime: T }],
  },
  {
    name: 'add-tar-merge-existing',
    dockerfile: 'FROM {{BASE}}\nADD merge.tar /\n',
    context: [{ path: 'merge.tar', content: mergeTar, mtime: T }],
  },
  {
    name: 'add-tar-chown-chmod',
    dockerfile: 'FROM {{BASE}}\nADD --chown=alice:staff owned.tar /c/\nADD --chmod=600 owned.tar /m/\nADD --chown=5:5 owned.tar.gz /g/\n',
    context: [{ path: 'owned.tar', content: ownedTar, mtime: T }, { path: 'owned.tar.gz', content: gzipSync(ownedTar), mtime: T }],
  },
  {
    name: 'add-not-a-tar-named-tar',
    dockerfile: 'FROM {{BASE}}\nADD fake.tar /f/\nADD fake.tar.gz /f/\nADD fake.tgz /f/renamed\nADD dir/ /d/\n',
    context: [f('fake.tar', 'definitely not a tar\n'), f('fake.tar.gz', 'not gzip either\n'), f('fake.tgz', ''), { path: 'dir/in.tar', content: ownedTar, mtime: T }],
  },
  {
    name: 'copy-hardlinks-across-sources',
    dockerfile: 'FROM {{BASE}}\nCOPY b/ a/ /x/\nCOPY a/1 b/2 /y/\nCOPY . /all/\nCOPY a/* /glob/\nCOPY [ab] /globdirs/\n',
    context: [f('a/1', 'linked\n'), { path: 'b/2', type: 'hardlink', target: 'a/1' }, { path: 'a/0', type: 'hardlink', target: 'a/1' }],
  },
  {
    name: 'add-url-forms',
    dockerfile: [
      'FROM {{BASE}}',
      'ADD {{FILES}}/hello.txt?version=1&x=y /q/',
      'ADD {{FILES}}/data.json?dl=1 /q2/named',
      'ADD {{FILES}}/hello.txt /noslash',
      'WORKDIR /w',
      'ADD {{FILES}}/data.json .',
      'ADD --chown=alice --chmod=640 {{FILES}}/hello.txt /owned/',
      'ADD {{FILES}}/hello.txt {{FILES}}/data.json /multi/',
      'ADD --checksum=sha256:b449ed60967ed21ac73a86200e679b893f5af99f792cd45c813bd045c787ee6c {{FILES}}/hello.txt /ck/',
      '',
    ].join('\n'),
  },
  {
    name: 'heredoc-modes-and-vars',
    dockerfile: [
      'FROM {{BASE}}',
      'ARG NAME=world',
      'ENV GREETING=hi',
      'COPY --chmod=755 <<EOF /usr/local/bin/run.sh',
      '#!/bin/sh',
      'echo "$GREETING ${NAME}" \\$HOME',
      'EOF',
      'COPY --chown=alice:staff <<-"EOT" /etc/app/conf',
      '\tkey=$NAME',
      '\tEOT',
      'WORKDIR /w',
      'COPY <<A <<B ./',
      'a $NAME',
      'A',
      'b',
      'B',
      'COPY <<EOF rel/x.txt',
      '',
      'EOF',
      '',
    ].join('\n'),
  },
  {
    name: 'dockerfile-and-ignore-file-in-context',
    dockerfileInContext: 'Dockerfile',
    dockerfile: 'FROM {{BASE}}\nWORKDIR /src\nCOPY . .\nCOPY Docker* .docker* /meta/\n',
    context: [f('.dockerignore', 'Dockerfile\n.dockerignore\n*.log\n'), f('app.js'), f('x.log')],
  },
  {
    name: 'large-and-sparse-files',
    dockerfile: 'FROM {{BASE}}\nCOPY big /big/\n',
    context: [f('big/zeros.bin', Buffer.alloc(9 << 20)), f('big/rand.bin', Buffer.from(Array.from({ length: 3 << 20 }, (_, i) => (i * 2654435761) >>> 24)))],
  },
  {
    name: 'copy-onto-symlinked-parent-and-replace-types',
    dockerfile: 'FROM {{BASE}}\nCOPY lnk/ /opt/\nCOPY a.txt /opt/cur/\nCOPY d /opt/cur/\nCOPY a.txt /bin/sh\nCOPY d/x /etc/passwd\n',
    context: [f('a.txt'), f('d/x'), { path: 'lnk/cur', type: 'symlink', target: 'v1' }, { path: 'lnk/v1', type: 'dir', mtime: T }],
  },
  {
    name: 'glob-escapes-json-and-dir-matches',
    dockerfile: [
      'FROM {{BASE}}',
      'COPY arr[[]0].txt /e1/',
      'COPY ["with space.txt", "sp dir/x y.txt", "/dest dir/"]',
      'COPY *.d /globdir/',
      'COPY req*.txt none*.cfg ./',
      'COPY ln/ /followed-slash/',
      '',
    ].join('\n'),
    context: [f('arr[0].txt'), f('arr0.txt'), f('with space.txt'), f('sp dir/x y.txt'), f('conf.d/a'), f('conf.d/sub/b'), f('x.d', 'file named like a dir\n'), f('requirements.txt'), f('requirements-dev.txt'), f('real/r'), { path: 'ln', type: 'symlink', target: 'real' }],
  },
  {
    name: 'context-special-names-and-fifo',
    dockerfile: 'FROM {{BASE}}\nCOPY s /s\n',
    context: [f('s/.hidden'), f('s/-dash'), f('s/#hash'), f('s/a:b'), f('s/back\\slash'), { path: 's/pipe', type: 'fifo' }],
  },
  {
    name: 'dockerignore-more-forms',
    dockerfile: 'FROM {{BASE}}\nCOPY . /ctx/\n',
    context: [
      f('.dockerignore', ['.git', '**/.DS_Store', 'dist/**', '!dist/keep/**', 'tmp*', '*/secret', 'docs/../private', 'logs/', '!logs/.gitkeep', '\\#literal', 'x/**/y/*.txt', '**'.replace('**', 'zz/**/'), '!/zz/k'].join('\n') + '\n'),
      f('.git/HEAD'), f('.git/objects/ab'), f('sub/.git/x'), f('.DS_Store'), f('a/b/.DS_Store'), f('dist/a.js'), f('dist/keep/b.js'), f('dist/keep/deep/c.js'),
      f('tmpfile'), f('tmpdir/x'), f('sub/tmpfile'), f('a/secret'), f('a/b/secret'), f('secret'), f('private'), f('docs/private'), f('logs/.gitkeep'), f('logs/x.log'),
      f('#literal'), f('x/y/1.txt'), f('x/q/y/2.txt'), f('x/q/y/3.md'), f('zz/a'), f('zz/k'), f('zz/d/e'),
    ],
  },
  {
    name: 'add-tar-hardlink-to-unchanged-file',
    dockerfile: 'FROM {{BASE}}\nADD same.tar /\n',
    context: [{ path: 'same.tar', content: samePasswdTar, mtime: T }],
  },
  {
    name: 'dest-is-symlink-to-file-or-dir',
    dockerfile: 'FROM {{BASE}} AS s\nCOPY links /x\nFROM s\nCOPY b.txt /x/flink\nCOPY b.txt /x/dlink\nCOPY d /x/dlink2\nWORKDIR /x/dlink3\nCOPY . .\n',
    context: [f('b.txt'), f('d/in'), f('links/real.txt'), { path: 'links/realdir', type: 'dir', mtime: T }, { path: 'links/realdir2', type: 'dir', mtime: T }, { path: 'links/realdir3', type: 'dir', mtime: T }, { path: 'links/flink', type: 'symlink', target: 'real.txt' }, { path: 'links/dlink', type: 'symlink', target: 'realdir' }, { path: 'links/dlink2', type: 'symlink', target: '/x/realdir2' }, { path: 'links/dlink3', type: 'symlink', target: 'realdir3' }],
  },
  {
    name: 'add-tar-replaces-types-and-dups',
    dockerfile: 'FROM {{BASE}}\nADD replace.tar /\nADD *.tgz /opt/\nADD owned.tar.gz /opt/app\n',
    context: [{ path: 'replace.tar', content: replaceTar, mtime: T }, { path: 'a.tgz', content: gzipSync(ownedTar), mtime: T }, f('b.tgz', 'plain\n'), { path: 'owned.tar.gz', content: gzipSync(ownedTar), mtime: T }],
  },
  {
    name: 'copy-from-stage-root',
    dockerfile: 'FROM scratch AS s\nCOPY d /d\nCOPY a.txt /\nFROM {{BASE}}\nCOPY --from=s / /out/\nCOPY --from=s /. /out2\nCOPY --from={{BASE}} /etc /etc-copy\n',
    context: [f('a.txt'), f('d/x'), f('d/e/y')],
  },
  {
    name: 'context-xattrs-and-big-ids',
    dockerfile: 'FROM {{BASE}}\nCOPY x /x\nCOPY --chown=1000000:2000000 x/plain /big/\nADD big.tar /bigtar/\n',
    context: [f('x/cap', 'c', { mode: 0o755 }), f('x/user', 'u'), f('x/plain', 'p'), { path: 'big.tar', content: await rawTarBytes([{ name: 'f', content: 'f\n', uid: 3_000_000, gid: 4_000_000 }]), mtime: T }],
    prepare: async (_vars, dir) => {
      const ctx = path.join(dir, `context-${path.basename(path.dirname(dir))}-context-xattrs-and-big-ids`);
      execFileSync('setcap', ['cap_net_bind_service+ep', path.join(ctx, 'x/cap')]);
      execFileSync('setfattr', ['-n', 'user.note', '-v', 'hello', path.join(ctx, 'x/user')]);
    },
  },
  {
    name: 'copy-link-forms',
    dockerfile: 'FROM {{BASE}}\nCOPY --link a.txt /var/run/\nCOPY --link --chown=1000:50 d /home/alice/d\nWORKDIR /app\nCOPY --link . .\nCOPY --link --from={{BASE}} /etc/passwd /copied/\nADD --link {{FILES}}/hello.txt /dl/\nADD --link t.tar /t/\nCOPY --link <<EOF /hd\nx\nEOF\n',
    context: [f('a.txt'), f('d/x'), f('d/y/z'), { path: 't.tar', content: ownedTar, mtime: T }],
  },
  {
    name: 'add-url-dest-existing-dir-no-slash',
    dockerfile: 'FROM {{BASE}}\nADD {{FILES}}/hello.txt /tmp\nADD {{FILES}}/data.json /home/alice\nADD {{FILES}}/hello.txt /var/run\n',
  },
  {
    name: 'dir-and-tar-onto-symlinked-dest',
    dockerfile: 'FROM {{BASE}}\nCOPY d /var/run\nADD t.tar /var/run/\nADD t.tar /var/run\nCOPY d /var/run/./\n',
    context: [f('d/x'), f('d/y/z'), { path: 't.tar', content: ownedTar, mtime: T }],
  },
  {
    name: 'top-dir-modes-and-owners',
    dockerfile: 'FROM {{BASE}}\nCOPY d /newd\nCOPY d /tmp\nCOPY --chown=alice d /owned-new\nCOPY --chmod=751 d /chmod-new\nCOPY . /ctxnew\nCOPY d/ /home/alice/\nCOPY *.md /md/\n',
    context: [{ path: '.', type: 'dir', mode: 0o750, mtime: T }, { path: 'd', type: 'dir', mode: 0o700, uid: 5, gid: 5, mtime: T }, f('d/x', 'x', { mode: 0o640 }), f('.dockerignore', '*.md\n!README.md\n'), f('README.md'), f('CHANGES.md')],
  },
  {
    name: 'copy-from-stage-hardlinks',
    dockerfile: 'FROM {{BASE}} AS s\nADD ds.tar /x/\nFROM {{BASE}}\nCOPY --from=s /x/app/hard2 /one/\nCOPY --from=s /x/app /two/\nCOPY --from=s /x/app/run.sh /x/app/hard /three/\nCOPY --from=s /x/app/* /four/\n',
    context: [{ path: 'ds.tar', content: dotSlashTar, mtime: T }],
  },
  {
    name: 'dest-through-escaping-symlinks',
    dockerfile: 'FROM {{BASE}} AS s\nCOPY links /\nFROM s\nCOPY a.txt /evil/etc/x\nADD t.tar /up/opt/\nCOPY a.txt /up/../../z/\nWORKDIR /evil/w\nCOPY a.txt .\n',
    context: [f('a.txt'), { path: 'links/evil', type: 'symlink', target: '/' }, { path: 'links/up', type: 'symlink', target: '../../..' }, { path: 't.tar', content: evilTar, mtime: T }],
  },
  {
    name: 'heredoc-dests-and-owners',
    dockerfile: ['FROM {{BASE}}', 'ARG DEST=/opt/conf', 'COPY <<EOF /tmp', 'into tmp', 'EOF', 'COPY --chown=alice <<EOF ${DEST}/deep/app.ini', '[a]', 'EOF', 'COPY <<EOF /etc/passwd', 'root:x:0:0:root:/root:/bin/sh', 'EOF', 'COPY <<CONFIG <<SCRIPT /multi/', 'c', 'CONFIG', 's', 'SCRIPT', 'COPY --chmod=0600 <<EOF /secret', 'shh', 'EOF', ''].join('\n'),
  },
  {
    name: 'add-tar-via-symlink-and-wildcard',
    dockerfile: 'FROM {{BASE}}\nADD current.tar /via-link/\nADD pkgs/*.tar /wild/\nADD pkgs /dir-not-extracted/\nADD a.tar.lzma /lzma/\n',
    context: [{ path: 'pkgs/one.tar', content: ownedTar, mtime: T }, { path: 'pkgs/two.tar', content: mergeTar, mtime: T }, { path: 'current.tar', type: 'symlink', target: 'pkgs/one.tar' }, { path: 'a.tar.lzma', content: execFileSync('xz', ['--format=lzma', '-c'], { input: ownedTar }), mtime: T }],
  },
  {
    name: 'copy-into-root',
    dockerfile: 'FROM {{BASE}}\nCOPY rootfs/ /\nCOPY . /\nADD root.tar.gz /\n',
    context: [f('rootfs/etc/motd', 'hi\n'), f('rootfs/usr/local/bin/app', '#!/bin/sh\n', { mode: 0o755 }), { path: 'rootfs/var/lib/dangling', type: 'symlink', target: '/nowhere' }, { path: '.dockerignore', content: 'rootfs/etc\n' }, { path: 'root.tar.gz', content: gzipSync(dotSlashTar), mtime: T }],
  },
  {
    // BuildKit's context transfer sends a socket as an empty regular file with its mode (testCopySocket).
    name: 'context-sockets-become-empty-files',
    dockerfile: 'FROM scratch\nCOPY . /all/\nCOPY socket.sock /s\nCOPY sub /sub\n',
    context: [f('a.txt'), { path: 'socket.sock', type: 'socket', mode: 0o600, mtime: T }, { path: 'sub/in.sock', type: 'socket', mode: 0o640, mtime: T }, f('sub/keep', 'k', { mode: 0o600 })],
  },
  {
    // An image of config only: BuildKit pushes it with "layers": null (Go's nil slice); FROM and COPY --from take it.
    name: 'image-without-layers',
    prebuild: { PARENT: 'FROM scratch\nLABEL only=config\nENV A=1\n' },
    dockerfile: 'FROM {{PARENT}} AS child\nLABEL more=1\nCOPY a.txt /a\nFROM {{BASE}}\nCOPY --from={{PARENT}} / /x/\nCOPY --from=child /a /b\n',
    context: [f('a.txt')],
  },
  {
    // An archive's hardlink to a symlink: one inode, two names; the first in tree order is the symlink and the other
    // links to it, as BuildKit's differ writes them (hoist wrote the link before its target: a layer umoci refused).
    name: 'add-tar-hardlink-to-symlink',
    dockerfile: 'FROM {{BASE}}\nADD t.tar /l/\n',
    context: [{ path: 't.tar', content: await rawTarBytes([{ name: 'f', content: 'f\n' }, { name: 's', type: 'symlink', linkname: 'f' }, { name: 'h', type: 'link', linkname: 's' }]), mtime: 1_600_000_000 }],
  },
  // The context directory given through a symlink is the directory it names (COPY . copies its files).
  {
    name: 'context-dir-is-symlink',
    dockerfile: 'FROM {{BASE}}\nCOPY . /n\nCOPY ./ /m/\n',
    context: [f('.dockerignore', 'b\n'), f('a'), f('b'), f('sub/c')],
    prepare: async (_vars, dir) => {
      const ctx = contextOf(dir, 'context-dir-is-symlink');
      await rename(ctx, `${ctx}-real`);
      await symlink(`${path.basename(ctx)}-real`, ctx);
    },
  },
  // A .dockerignore that is a directory gives no patterns (and is copied); a Dockerfile's own that is one falls
  // back to the context's .dockerignore.
  { name: 'dockerignore-is-a-directory', dockerfile: 'FROM {{BASE}}\nCOPY . /c/\n', context: [f('.dockerignore/x', 'a.txt\n'), f('a.txt')] },
  { name: 'dockerfile-specific-ignore-is-a-directory', dockerfile: 'FROM {{BASE}}\nCOPY . /c/\n', dockerfileInContext: 'Dockerfile', context: [f('.dockerignore', 'a.txt\n'), f('Dockerfile.dockerignore/x', 'b.txt\n'), f('a.txt'), f('b.txt')] },
  // passwd, group and .dockerignore lines trimmed as Go trims them: a byte-order mark stays, U+0085 goes.
  { name: 'users-passwd-bom', dockerfile: 'FROM {{BASE}}\nCOPY passwd /etc/passwd\nCOPY --chown=alice a.txt /a.txt\n', context: [f('a.txt'), f('passwd', '\ufeffalice:x:1000:1000::/home/alice:/bin/sh\nroot:x:0:0:root:/root:/bin/sh\n')] },
  { name: 'users-group-nel', dockerfile: 'FROM {{BASE}}\nCOPY group /etc/group\nCOPY --chown=alice:nelg a.txt /a.txt\n', context: [f('a.txt'), f('group', 'root:x:0:\n\u0085nelg:x:3991:\n')] },
  { name: 'dockerignore-trim-bom-midfile-and-nel', dockerfile: 'FROM {{BASE}}\nCOPY . /c/\n', context: [f('.dockerignore', 'first.txt\n\ufeffbom2.txt\nnel.txt\u0085\n'), f('first.txt'), f('bom2.txt'), f('nel.txt')] },
  // `\X` in a pattern is a Go regexp escape (patternmatcher passes it on): `v\d` is v and a digit, `obj\Debug` obj,
  // a non-digit and ebug, `src\app.js` has a bell character.
  { name: 'dockerignore-backslash-letter-is-go-regexp-escape', dockerfile: 'FROM {{BASE}}\nCOPY . /c/\n', context: [f('.dockerignore', 'v\\d.txt\nw\\w\nobj\\Debug\nsrc\\app.js\nx\\.y\n'), f('v5.txt'), f('vd.txt'), f('w_'), f('ww'), f('objDebug'), f('obj/ebug'), f('objxebug'), f('src/app.js'), f('srcapp.js'), f('x.y'), f('xzy')] },
  // Archive hardlinks as docker's untar makes them (a name written again is unlinked first; its inode lives on in
  // its other names): a cycle `a`, `b`->`a`, `a`->`b` is one inode; a rewritten name leaves its links the old bytes.
  {
    name: 'add-tar-hardlink-cycle-and-rewrites',
    dockerfile: 'FROM {{BASE}}\nADD c.tar /c/\nADD r.tar /r/\nADD w.tar /w/\n',
    context: [
      { path: 'c.tar', content: await rawTarBytes([{ name: 'a', content: 'a\n' }, { name: 'b', type: 'link', linkname: 'a' }, { name: 'a', type: 'link', linkname: 'b' }]), mtime: T },
      { path: 'r.tar', content: await rawTarBytes([{ name: 'a', content: 'a\n' }, { name: 'b', type: 'link', linkname: 'a' }, { name: 'c', type: 'link', linkname: 'b' }, { name: 'b', content: 'new b\n' }, { name: 'd', type: 'link', linkname: 'c' }]), mtime: T },
      { path: 'w.tar', content: await rawTarBytes([{ name: 'a', content: 'old\n' }, { name: 'b', type: 'link', linkname: 'a', mode: 0o600 }, { name: 'a', content: 'new\n' }]), mtime: T },
    ],
  },
  // As Go's reader and BuildKit's detection: pzstd's skippable first frame is zstd; a `0` entry named `a/` is a
  // file; owner ids are cut to 32 bits, -1 leaving the file root's; LIBARCHIVE.xattr records are not read.
  {
    name: 'add-archive-reader-details',
    dockerfile: 'FROM {{BASE}}\nADD app.tar.zst /z/\nADD s.tar /s/\nADD u.tar /u/\nADD la.tar /la/\n',
    context: [
      { path: 'app.tar.zst', content: Buffer.concat([Buffer.from('502a4d1804000000deadbeef', 'hex'), execFileSync('zstd', ['-q', '-c'], { input: await rawTarBytes([{ name: 'app/run', content: 'run\n' }]) })]), mtime: T },
      { path: 's.tar', content: await rawTarBytes([{ name: 'a/', content: 'data\n' }]), mtime: T },
      { path: 'u.tar', content: await rawTarBytes([{ name: 'u1', content: '1\n', pax: { uid: '4294967295', gid: '4294967295' } }, { name: 'u2', content: '2\n', pax: { uid: '4294967296', gid: '4294967297' } }]), mtime: T },
      { path: 'la.tar', content: await rawTarBytes([{ name: 'la', content: 'la\n', pax: { 'LIBARCHIVE.xattr.security.capability': Buffer.from(NET_BIND_CAP, 'latin1').toString('base64') } }]), mtime: T },
    ],
  },
  // A directory entry naming the extraction root (`/`, `../`) gives the destination its mode and owner; `./` does not.
  {
    name: 'add-tar-root-dir-entries',
    dockerfile: 'FROM {{BASE}}\nADD r.tar /x/\nADD p.tar /y/\nADD d.tar /z/\n',
    context: [
      { path: 'r.tar', content: await rawTarBytes([{ name: '/', type: 'directory', mode: 0o700, uid: 7, gid: 8 }, { name: 'f', content: 'f\n' }]), mtime: T },
      { path: 'p.tar', content: await rawTarBytes([{ name: '../', type: 'directory', mode: 0o750, uid: 5, gid: 6 }, { name: 'g', content: 'g\n' }]), mtime: T },
      { path: 'd.tar', content: await rawTarBytes([{ name: './', type: 'directory', mode: 0o700, uid: 7, gid: 8 }, { name: 'h', content: 'h\n' }]), mtime: T },
    ],
  },
  // BuildKit's archive test is "decompresses and gives a first tar header": bytes behind a compression magic that do
  // not decode, and a gzip cut short before its first header, are copied as they are.
  {
    name: 'add-undecodable-archives-copied-as-is',
    dockerfile: 'FROM {{BASE}}\nADD g.tar.gz b.tar.bz2 x.tar.xz z.tar.zst m0.gz short.tgz /c/\n',
    context: [
      { path: 'g.tar.gz', content: Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), JUNK]), mtime: T },
      { path: 'b.tar.bz2', content: Buffer.concat([Buffer.from('BZh9'), JUNK]), mtime: T },
      { path: 'x.tar.xz', content: Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0]), JUNK]), mtime: T },
      { path: 'z.tar.zst', content: Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), JUNK]), mtime: T },
      { path: 'm0.gz', content: Buffer.concat([Buffer.from([0x1f, 0x8b, 0, 0, 0, 0, 0, 0, 0, 3]), JUNK]), mtime: T },
      { path: 'short.tgz', content: gzipSync(await rawTarBytes([{ name: 'x', content: 'y'.repeat(8000) }]), { level: 0 }).subarray(0, 300), mtime: T },
    ],
  },
  // A .dockerignore symlink resolves inside the context, never on the host.
  { name: 'dockerignore-symlink-absolute-target-in-context', dockerfile: 'FROM {{BASE}}\nCOPY . /c/\n', context: [f('conf/ign', 'a.txt\n'), { path: '.dockerignore', type: 'symlink', target: '/conf/ign' }, f('a.txt'), f('b.txt')] },
  {
    name: 'dockerignore-symlink-escaping-context',
    dockerfile: 'FROM {{BASE}}\nCOPY . /c/\n',
    context: [{ path: '.dockerignore', type: 'symlink', target: '../outside-ign' }, f('a.txt'), f('b.txt')],
    prepare: async (_vars, dir) => writeFile(path.join(dir, 'outside-ign'), 'a.txt\n'),
  },
];
