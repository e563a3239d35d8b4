import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import type { ConformanceCase, ContextSpec } from '../support/conformance.js';
import { rawTarBytes, type RawEntry } from '../support/rootfs.js';
import { TEST_GROUP, TEST_PASSWD } from '../support/base-images.js';

/** A tar archive made by GNU tar from specs (for ADD cases). */
function tarOf(files: Record<string, string>, opts: { dirs?: string[]; owner?: number; rootEntry?: boolean } = {}): Buffer {
  const dir = execFileSync('mktemp', ['-d']).toString().trim();
  for (const d of opts.dirs ?? []) execFileSync('mkdir', ['-p', `${dir}/${d}`]);
  for (const [p, c] of Object.entries(files)) {
    execFileSync('mkdir', ['-p', `${dir}/${p.split('/').slice(0, -1).join('/') || '.'}`]);
    execFileSync('sh', ['-c', 'cat > "$1"', 'sh', `${dir}/${p}`], { input: c });
  }
  const owner = opts.owner ?? 0;
  const what = opts.rootEntry ? ['.'] : execFileSync('ls', ['-A', dir]).toString().split('\n').filter(Boolean);
  const out = execFileSync('tar', ['-c', '--owner', String(owner), '--group', String(owner), '--numeric-owner', '--mtime', '@1600000000', '-C', dir, ...what]);
  execFileSync('rm', ['-rf', dir]);
  return out;
}

const compress = (buf: Buffer, prog: 'xz' | 'bzip2' | 'zstd'): Buffer => execFileSync(prog, ['-c'], { input: buf });
/** A GNU PAX sparse archive (`tar --format=posix --sparse`) of a 2 MiB file that is mostly holes, and a plain file. */
function sparseTarOf(version: '0.0' | '0.1' | '1.0'): Buffer {
  const dir = execFileSync('mktemp', ['-d']).toString().trim();
  execFileSync('sh', ['-c', 'mkdir "$1/in" && printf head > "$1/in/img" && truncate -s 1M "$1/in/img" && printf middle >> "$1/in/img" && truncate -s 2M "$1/in/img" && echo plain > "$1/in/plain"', 'sh', dir]);
  const out = execFileSync('tar', ['-c', '--format=posix', `--sparse-version=${version}`, '--sparse', '--owner', '0', '--group', '0', '--numeric-owner', '--mtime', '@1600000000', '-C', dir, 'in']);
  execFileSync('rm', ['-rf', dir]);
  return out;
}


const T = 1_600_000_000;

const symlinkTar = await rawTarBytes([
  { name: 'f', content: 'f\n', mode: 0o640 },
  { name: 'rel', type: 'symlink', linkname: 'f', mode: 0o644 },
  { name: 'absl', type: 'symlink', linkname: '/etc/passwd', mode: 0o644 },
  { name: 'dangling', type: 'symlink', linkname: 'nowhere', mode: 0o644 },
  { name: 'real/', type: 'directory' },
  { name: 'rl', type: 'symlink', linkname: 'real', mode: 0o644 },
  { name: 'rl/through', content: 't\n' },
  { name: 'al', type: 'symlink', linkname: '/real', mode: 0o644 },
  { name: 'al/abs-through', content: 'a\n' },
]);
const rootTar = await rawTarBytes([{ name: 'var/run/pidfile', content: '1\n' }, { name: 'usr/local/x', content: 'x\n' }]);
const f = (p: string, content = `${p}\n`, extra: Partial<ContextSpec> = {}): ContextSpec => ({ path: p, content, mtime: T, ...extra });

/** COPY/ADD and config-instruction cases, each built with hoist and with `docker build` and compared. */
export const copyCases: ConformanceCase[] = [
  { name: 'copy-file-into-dir', dockerfile: 'FROM {{BASE}}\nCOPY a.txt /dest/\n', context: [f('a.txt')] },
  { name: 'copy-file-rename', dockerfile: 'FROM {{BASE}}\nCOPY a.txt /dest/b.txt\n', context: [f('a.txt')] },
  { name: 'copy-into-existing-dir-no-slash', dockerfile: 'FROM {{BASE}}\nCOPY a.txt /usr/local/bin\n', context: [f('a.txt', 'x', { mode: 0o755 })] },
  { name: 'copy-dir-contents', dockerfile: 'FROM {{BASE}}\nCOPY src /app\n', context: [f('src/a'), f('src/sub/b'), { path: 'src/empty', type: 'dir', mtime: T }] },
  { name: 'copy-dir-into-existing', dockerfile: 'FROM {{BASE}}\nCOPY conf/ /etc/\n', context: [f('conf/app.conf'), f('conf/app.d/x.conf')] },
  // What a COPY writes but leaves as it was stays out of its layer (containerd's differ: same attributes and
  // content; a directory's mtime does not count), and a replaced file gives its directory the step's time.
  {
    name: 'copy-again-unchanged-left-out',
    dockerfile: [
      'FROM {{BASE}}',
      'WORKDIR /app',
      'COPY package.json ./',
      'COPY . .',
      'COPY conf /etc/app',
      'COPY conf /etc/app',
      'COPY same-size.txt /etc/app/a.conf',
      'COPY --chmod=600 package.json ./',
      'COPY package.json conf ./',
      'COPY lnk /app/lnk',
      'COPY lnk /app/lnk',
      '',
    ].join('\n'),
    context: [f('package.json', '{"name":"x"}\n'), f('src/index.js'), f('conf/a.conf', 'aaaa\n'), f('conf/d/b.conf'), f('same-size.txt', 'bbbb\n'), { path: 'lnk', type: 'symlink', target: 'package.json' }],
  },
  // A lower file only its bytes can tell from the written one (whole-second mtimes on both sides: image layers,
  // archives, downloads) is compared by content, as containerd's differ does; a file keeps its identity through a
  // stage; hardlinks compare as the file they link to; the same heredoc twice is one BuildKit file operation.
  {
    name: 'copy-unchanged-lower-from-layers',
    dockerfile: [
      'FROM {{BASE}} AS s',
      'COPY hl /h',
      'FROM {{BASE}}',
      'COPY base-passwd /etc/passwd',
      'COPY --from=s /etc/group /bin/busybox /probe/',
      'COPY --from=s /etc/group /bin/busybox /probe/',
      'COPY --from=s /etc/group /etc/',
      'COPY hl /h',
      'COPY --from=s /h /h',
      'COPY hl /h',
      'COPY same-size-group /etc/group',
      '',
    ].join('\n'),
    context: [
      f('base-passwd', TEST_PASSWD, { mode: 0o644 }),
      f('same-size-group', TEST_GROUP.replace('staff', 'stafg'), { mode: 0o644 }),
      f('hl/one', 'linked\n', { mtime: undefined }),
      { path: 'hl/two', type: 'hardlink', target: 'hl/one' },
    ],
  },
  {
    name: 'add-and-heredoc-unchanged-again',
    dockerfile: 'FROM {{BASE}}\nADD again.tar /x/\nADD again.tar /x/\nADD {{FILES}}/hello.txt /dl/\nADD {{FILES}}/hello.txt /dl/\nCOPY <<EOF /h.txt\nhi\nEOF\nCOPY <<EOF /h.txt\nhi\nEOF\nCOPY <<EOF /h.txt\nho\nEOF\n',
    context: [{ path: 'again.tar', content: tarOf({ 'again/one': '1', two: '2' }), mtime: T + 11 }],
  },
  { name: 'copy-multiple-sources', dockerfile: 'FROM {{BASE}}\nCOPY a.txt b.txt dir /dest/\n', context: [f('a.txt'), f('b.txt'), f('dir/c.txt')] },
  { name: 'copy-wildcards', dockerfile: 'FROM {{BASE}}\nCOPY *.txt /dest/\nCOPY d?r/*.md /docs/\nCOPY [ab].cfg /cfg/\n', context: [f('a.txt'), f('b.txt'), f('c.log'), f('dir/x.md'), f('dor/y.md'), f('a.cfg'), f('c.cfg')] },
  { name: 'copy-globs-with-dashes', dockerfile: 'FROM {{BASE}} AS b\nCOPY app-*.jar /out/\nFROM {{BASE}}\nCOPY app-*.jar /app/\nCOPY conf/my-?.yml /c/\nCOPY --from=b /out/app-*.jar /app2/\n', context: [f('app-1.0.jar'), f('app-2.0.jar'), f('other.jar'), f('conf/my-a.yml'), f('conf/myb.yml')] },
  { name: 'copy-wildcard-several-to-non-dir-dest', dockerfile: 'FROM {{BASE}}\nCOPY *.txt /wdest\nCOPY a.txt b.txt /etc\nCOPY d* /dd\n', context: [f('a.txt'), f('b.txt'), f('d1/x'), f('d2/y')] },
  // Several written sources and no trailing slash: each is copied to the destination in turn (moby/buildkit#1853),
  // so a new destination is a file holding the last one, an existing file is overwritten, a directory first merges.
  { name: 'copy-several-sources-to-new-non-dir-dest', dockerfile: 'FROM {{BASE}}\nCOPY a.txt b.txt /dest\nCOPY dir a.txt /dest2\nADD a.txt b.txt /dest3\nCOPY ["a.txt", "b.txt", "/etc/passwd"]\nWORKDIR /usr/src\nCOPY package.json package-lock.json ./app\n', context: [f('a.txt'), f('b.txt'), f('dir/c.txt'), f('package.json'), f('package-lock.json')] },
  { name: 'add-tar-symlink-modes-and-parents-through-symlinks', dockerfile: 'FROM {{BASE}}\nADD links.tar /x/\nADD root.tar /\nCOPY --chmod=750 dir /cd\n', context: [{ path: 'links.tar', content: symlinkTar, mtime: T }, { path: 'root.tar', content: rootTar, mtime: T }, f('dir/f', 'f', { mode: 0o600 }), { path: 'dir/l', type: 'symlink', target: 'f' }] },
  { name: 'copy-wildcard-no-match', dockerfile: 'FROM {{BASE}}\nCOPY *.none /dest/\nCOPY a.txt /dest/\n', context: [f('a.txt')] },
  { name: 'copy-symlink-source-followed', dockerfile: 'FROM {{BASE}}\nCOPY link /followed\n', context: [f('real.txt', 'real\n'), { path: 'link', type: 'symlink', target: 'real.txt' }] },
  { name: 'copy-symlinks-inside-dir', dockerfile: 'FROM {{BASE}}\nCOPY tree /tree\n', context: [f('tree/file'), { path: 'tree/rel', type: 'symlink', target: 'file' }, { path: 'tree/abs', type: 'symlink', target: '/etc/passwd' }, { path: 'tree/dangling', type: 'symlink', target: 'nowhere' }, { path: 'tree/dirlink', type: 'symlink', target: '../tree' }] },
  { name: 'copy-hardlinks', dockerfile: 'FROM {{BASE}}\nCOPY h /h\n', context: [f('h/one', 'same\n'), { path: 'h/two', type: 'hardlink', target: 'h/one' }, { path: 'h/sub/three', type: 'hardlink', target: 'h/one' }] },
  { name: 'copy-odd-modes', dockerfile: 'FROM {{BASE}}\nCOPY m /m\n', context: [f('m/private', 'p', { mode: 0o600 }), f('m/exec', 'e', { mode: 0o755 }), f('m/setuid', 's', { mode: 0o4755 }), f('m/setgid', 'g', { mode: 0o2750 }), { path: 'm/sticky', type: 'dir', mode: 0o1777, mtime: T }, { path: 'm/closed', type: 'dir', mode: 0o700, mtime: T }, f('m/closed/inner', 'i', { mode: 0o400 })] },
  { name: 'copy-context-owners-reset', dockerfile: 'FROM {{BASE}}\nCOPY o /o\n', context: [f('o/a', 'a', { uid: 1234, gid: 5678 }), { path: 'o/d', type: 'dir', uid: 42, gid: 42, mtime: T }, f('o/d/b', 'b', { uid: 42, gid: 42 })] },
  { name: 'copy-chown-numeric', dockerfile: 'FROM {{BASE}}\nCOPY --chown=1234 a.txt /n/one/\nCOPY --chown=1234:5678 dir /n/two\n', context: [f('a.txt'), f('dir/x')] },
  { name: 'copy-chown-names', dockerfile: 'FROM {{BASE}}\nCOPY --chown=alice a.txt /c/alice/\nCOPY --chown=bob:staff a.txt /c/bob/\nCOPY --chown=alice:50 a.txt /c/mixed/\n', context: [f('a.txt')] },
  { name: 'copy-chmod-octal', dockerfile: 'FROM {{BASE}}\nCOPY --chmod=0700 d /octal/a/b\nCOPY --chmod=644 run.sh /octal/\n', context: [f('d/x', 'x', { mode: 0o666 }), { path: 'd/sub', type: 'dir', mode: 0o755, mtime: T }, f('run.sh', '#!/bin/sh\n', { mode: 0o755 })] },
  // Engine 26's frontend (no syntax pin) reads --chmod as base-8 only: a symbolic or invalid value is ignored, not
  // an error, and the kernel keeps the low 07777 of a larger one (a real Dockerfile's `COPY --chmod="+x"` on a 0644 file).
  { name: 'copy-chmod-not-octal-engine26', dockerfile: 'FROM {{BASE}}\nCOPY --chmod=+x run.sh /s1/\nCOPY --chmod="+x" ["run.sh", "/s2/"]\nCOPY --chmod=u+x,g-r run.sh /s3/\nCOPY --chmod=bogus run.sh /s4/\nCOPY --chmod=999 run.sh /s5/\nCOPY --chmod=77777 run.sh /s6/\nADD --chmod=+x run.sh /s7/\nCOPY --link --chmod=+x run.sh /s8/\n', context: [f('run.sh', '#!/bin/sh\n', { mode: 0o644 })] },
  { name: 'copy-chmod-arg-engine26', dockerfile: 'FROM {{BASE}}\nARG mode=755\nENV EMODE=700\nCOPY --chmod=${mode} run.sh /s1\nCOPY --chmod=$EMODE run.sh /s2\nADD --chmod=${mode} run.sh /s3\nARG owner=5\nCOPY --chown=${owner} --chmod=${mode} run.sh /s4\n', context: [f('run.sh', '#!/bin/sh\n', { mode: 0o600 })] },
  { name: 'copy-long-names', dockerfile: 'FROM {{BASE}}\nCOPY long /long\n', context: [f(`long/${'a'.repeat(120)}/${'b'.repeat(150)}.txt`), f(`long/${'c'.repeat(200)}`), { path: `long/${'l'.repeat(110)}`, type: 'symlink', target: `${'t'.repeat(150)}` }] },
  { name: 'copy-non-ascii-names', dockerfile: 'FROM {{BASE}}\nCOPY u /u\n', context: [f('u/héllo wörld.txt'), f('u/日本語/ファイル'), f('u/emoji-😀'), f('u/with space/and\ttab')] },
  { name: 'copy-empty-dirs', dockerfile: 'FROM {{BASE}}\nCOPY e /e\n', context: [{ path: 'e/one', type: 'dir', mtime: T }, { path: 'e/two/three', type: 'dir', mtime: T }] },
  { name: 'copy-whole-context-dockerignore', dockerfile: 'FROM {{BASE}}\nCOPY . /ctx\n', context: [f('.dockerignore', '*.md\n!README*.md\nREADME-secret.md\nbuild/\n**/*.tmp\n/secret\n# a comment\n'), f('README.md'), f('README-x.md'), f('README-secret.md'), f('notes.md'), f('build/out.bin'), f('src/a.tmp'), f('src/keep.go'), f('secret'), f('sub/secret')] },
  { name: 'copy-dockerfile-specific-ignore', dockerfile: 'FROM {{BASE}}\nCOPY . /ctx\n', context: [f('.dockerignore', 'a.txt\n'), f('Dockerfile.dockerignore', 'b.txt\n'), f('a.txt'), f('b.txt')] },
  { name: 'multi-stage-copy-from', dockerfile: 'FROM {{BASE}} AS build\nCOPY src /out\nFROM scratch\nCOPY --from=build /out /app\nCOPY --from=build /bin/busybox /bin/\n', context: [f('src/a'), f('src/b/c')] },
  { name: 'multi-stage-copy-from-index', dockerfile: 'FROM {{BASE}}\nCOPY a.txt /a\nFROM {{BASE}}\nCOPY --from=0 /a /from-zero\n', context: [f('a.txt')] },
  { name: 'copy-from-keeps-owners', dockerfile: 'FROM {{BASE}} AS src\nCOPY --chown=1000:1000 d /d\nFROM {{BASE}}\nCOPY --from=src /d /keep\nCOPY --from=src --chown=7:7 /d /changed\n', context: [f('d/x'), f('d/y/z')] },
  { name: 'copy-from-image', dockerfile: 'FROM scratch\nCOPY --from={{BASE}} /etc/passwd /etc/group /etc/\n' },
  { name: 'add-local-tar', dockerfile: 'FROM {{BASE}}\nADD plain.tar /plain/\nADD app.tar.gz /gz\n', context: [{ path: 'plain.tar', content: tarOf({ 'x/one': '1', 'two': '2' }), mtime: T }, { path: 'app.tar.gz', content: gzipSync(tarOf({ 'bin/app': 'app', 'etc/app.conf': 'c' })), mtime: T }] },
  // Extracted as Go's tar reader gives them to BuildKit: the file at its real size, holes as zeros.
  { name: 'add-sparse-tars', dockerfile: 'FROM {{BASE}}\nADD s00.tar /s00/\nADD s01.tar /s01/\nADD s10.tar.gz /s10/\n', context: [{ path: 's00.tar', content: sparseTarOf('0.0'), mtime: T }, { path: 's01.tar', content: sparseTarOf('0.1'), mtime: T }, { path: 's10.tar.gz', content: gzipSync(sparseTarOf('1.0')), mtime: T }] },
  { name: 'add-xz-bz2-zstd', dockerfile: 'FROM {{BASE}}\nADD a.tar.xz /xz/\nADD b.tar.bz2 /bz2/\n', context: [{ path: 'a.tar.xz', content: compress(tarOf({ a: 'a' }), 'xz'), mtime: T }, { path: 'b.tar.bz2', content: compress(tarOf({ b: 'b' }), 'bzip2'), mtime: T }] },
  { name: 'add-misnamed-and-empty-archives', dockerfile: 'FROM {{BASE}}\nADD archive.txt /m/\nADD empty.tar.gz /m/\nADD notatar.gz /m/\n', context: [{ path: 'archive.txt', content: gzipSync(tarOf({ inside: 'i' })), mtime: T }, f('empty.tar.gz', ''), { path: 'notatar.gz', content: gzipSync(Buffer.from('just text\n')), mtime: T }] },
  { name: 'add-tar-union-owners', dockerfile: 'FROM {{BASE}}\nCOPY --chown=alice:alice keep /u/\nADD owned.tar /u/\n', context: [f('keep/k'), { path: 'owned.tar', content: tarOf({ 'n/one': '1' }, { owner: 1234, rootEntry: true }), mtime: T }] },
  { name: 'add-plain-file', dockerfile: 'FROM {{BASE}}\nADD a.txt /added/\nADD --chown=1:2 b.txt /added/b\n', context: [f('a.txt'), f('b.txt')] },
  { name: 'config-instructions', dockerfile: 'FROM {{BASE}}\nENV A=1 B="two words" C=$A\nARG X=5\nLABEL l1=v1 "l 2"="v 2" x=$X\nEXPOSE 80 443/udp 8000-8002\nVOLUME /data /logs\nVOLUME ["/json"]\nUSER 1000:1000\nSTOPSIGNAL SIGKILL\nONBUILD RUN echo hi\nMAINTAINER me <me@example.com>\nSHELL ["/bin/sh", "-ec"]\nCMD echo "hi $A"\n' },
  { name: 'entrypoint-resets-cmd', dockerfile: 'FROM {{BASE}}\nCMD ["a"]\nENTRYPOINT ["/bin/echo"]\n' },
  { name: 'cmd-survives-entrypoint-same-stage', dockerfile: 'FROM {{BASE}}\nENTRYPOINT ["/bin/echo"]\nCMD ["b"]\nFROM {{BASE}}\nCMD ["x"]\nENTRYPOINT echo shell\n' },
  { name: 'healthchecks', dockerfile: 'FROM {{BASE}} AS h\nHEALTHCHECK --interval=1m30s --timeout=3s --retries=2 --start-period=500ms CMD wget -q -O- http://localhost/ || exit 1\nFROM h\nHEALTHCHECK NONE\n', target: 'h' },
  { name: 'healthcheck-none', dockerfile: 'FROM {{BASE}} AS h\nHEALTHCHECK CMD ["true"]\nFROM h\nHEALTHCHECK NONE\n' },
  { name: 'workdir-chain-and-relative-copy', dockerfile: 'FROM {{BASE}}\nWORKDIR /app\nWORKDIR sub/../lib\nCOPY a.txt .\nCOPY a.txt ./nested/\nUSER alice\nWORKDIR /home/alice/work\nWORKDIR /\n', context: [f('a.txt')] },
  { name: 'copy-through-symlinked-dest', dockerfile: 'FROM {{BASE}}\nCOPY a.txt /var/run/\nCOPY links/ /\nCOPY a.txt /linked/deeper/\n', context: [f('a.txt'), { path: 'links/linked', type: 'symlink', target: '/opt/real' }] },
  { name: 'expansion-in-paths', dockerfile: 'FROM {{BASE}}\nARG DIR=out\nENV SUB=nested\nCOPY ${DIR}/a.txt /$DIR/$SUB/\nCOPY ${DIR:-x}/a.txt /${MISSING:-fallback}/\nARG OWNER=1234\nCOPY --chown=$OWNER:$OWNER out /owned/\n', context: [f('out/a.txt')], buildArgs: { DIR: 'out' } },
  { name: 'copy-heredoc', dockerfile: 'FROM {{BASE}}\nARG NAME=world\nCOPY <<EOF /greeting.txt\nhello $NAME\nEOF\nCOPY <<"EOT" <<-END /here/\nliteral $NAME\nEOT\n\ttabbed\n\tEND\n' },
  { name: 'copy-link', dockerfile: 'FROM {{BASE}}\nCOPY --link a.txt /linked/\nCOPY --link dir /linkdir\n', context: [f('a.txt'), f('dir/x')] },
  { name: 'onbuild-triggers', prebuild: { PARENT: 'FROM {{BASE}}\nONBUILD COPY a.txt /onbuild/\nONBUILD ENV TRIGGERED=1\n' }, dockerfile: 'FROM {{PARENT}}\nCOPY b.txt /after/\n', context: [f('a.txt'), f('b.txt')] },
  { name: 'target-and-pruning', dockerfile: 'FROM {{BASE}} AS unused\nCOPY missing-file /never\nFROM {{BASE}} AS wanted\nCOPY a.txt /wanted/\nFROM wanted AS last\nCOPY b.txt /last/\n', target: 'wanted', context: [f('a.txt'), f('b.txt')] },
  { name: 'add-url', dockerfile: 'FROM {{BASE}}\nADD {{FILES}}/hello.txt /downloads/\nADD {{FILES}}/data.json /renamed.json\nADD {{FILES}}/archive.tar /not-extracted/\n' },
  { name: 'add-url-checksum', dockerfile: 'FROM {{BASE}}\nADD --checksum=sha256:b449ed60967ed21ac73a86200e679b893f5af99f792cd45c813bd045c787ee6c {{FILES}}/hello.txt /checked.txt\n' },
  { name: 'global-args-in-from', dockerfile: 'ARG IMG={{BASE}}\nARG TAGGED\nFROM ${IMG} AS one\nARG IMG\nLABEL img=$IMG tagged=${TAGGED:-unset}\nFROM one\nLABEL second=yes\n' },
];
