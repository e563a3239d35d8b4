import type { ContextSpec } from '../support/conformance.js';

const T = 1_600_000_000;
const f = (p: string, content = `${p}\n`, extra: Partial<ContextSpec> = {}): ContextSpec => ({ path: p, content, mtime: T, ...extra });

/**
 * A build that users get wrong, run by `hoist build` and `docker buildx build` with the same Dockerfile, context
 * and flags. Placeholders: `{{BASE}}` the busybox base, `{{REG}}` the harness's registry (host:port), `{{FILES}}`
 * the loopback file server's `/files` URL, `{{CASE}}` the case's directory (for paths that must not exist).
 */
export interface ErrorProbe {
  name: string;
  dockerfile?: string;
  context?: ContextSpec[];
  /** Flags given to both builders, before the context. */
  args?: string[];
  /** The context argument (default: the generated context directory). */
  contextArg?: string;
  /** The `-f` argument (default: the written Dockerfile, outside the context). */
  fileArg?: string;
  /** Both push to the harness's registry (`--push`); false, with the reason, where a flag rules a push out. */
  push?: false | string;
  /** The build must succeed in both; `hoistWarning`: what hoist's warning must say (docker's may say nothing). */
  succeeds?: { hoistWarning: string[] };
  /** The Dockerfile line both must name (BuildKit's `Dockerfile:N`); none in either when absent. */
  line?: number;
  /** BuildKit names no line where hoist names `line`: the reason. */
  dockerNoLine?: string;
  /** What both messages must name: a path, a stage, an image reference, a flag, a command. */
  names: string[];
  /** What hoist's message must say besides (where BuildKit says it elsewhere in its output, or not at all). */
  hoistNames?: string[];
  /** BuildKit's wording that hoist's message carries too. */
  phrase?: string;
  /** Where hoist keeps its own wording instead of BuildKit's: the reason. */
  ownWording?: string;
  /** Environment variables unset for both builders. */
  unsetEnv?: string[];
}

/** A Dockerfile of one stage on the base, then `lines`. */
const on = (...lines: string[]) => ['FROM {{BASE}}', ...lines, ''].join('\n');

export const errorProbes: ErrorProbe[] = [
  // --- context sources: BuildKit's `"/path": not found` (hoist adds the likely cause) ---
  { name: 'copy-missing-file', dockerfile: on('COPY a.txt missing.txt /d/'), context: [f('a.txt')], line: 2, names: ['missing.txt', 'not found'], phrase: '"/missing.txt": not found' },
  { name: 'add-missing-file', dockerfile: on('RUN true', 'ADD missing.tar.gz /d/'), context: [f('a.txt')], line: 3, names: ['missing.tar.gz', 'not found'], phrase: '"/missing.tar.gz": not found' },
  // The wildcard that matches nothing is not the error: the literal is.
  { name: 'copy-empty-wildcard-and-missing-literal', dockerfile: on('COPY *.nomatch ./sub/../missing.txt /d/'), context: [f('a.txt')], line: 2, names: ['missing.txt', 'not found'], phrase: '"/missing.txt": not found' },
  { name: 'run-bind-mount-missing-source', dockerfile: on('RUN --mount=type=bind,source=missing.txt,target=/m true'), context: [f('a.txt')], line: 2, names: [], phrase: '"/missing.txt": not found' },
  // What .dockerignore excludes is not in the context BuildKit gets: an excluded symlink is not followed, and an
  // excluded directory that an exception could re-enter but that holds nothing re-included is not there.
  { name: 'copy-through-dockerignored-symlink', dockerfile: on('COPY lnk/x /out'), context: [f('real/x'), { path: 'lnk', type: 'symlink', target: 'real' }, f('.dockerignore', 'lnk\n')], line: 2, names: ['/lnk/x', 'not found'], phrase: '"/lnk/x": not found' },
  { name: 'copy-dockerignored-symlink-to-file', dockerfile: on('COPY flink /out'), context: [f('real.txt'), { path: 'flink', type: 'symlink', target: 'real.txt' }, f('.dockerignore', 'flink\n')], line: 2, names: ['/flink', 'not found'], phrase: '"/flink": not found' },
  { name: 'run-bind-mount-dockerignored-symlink', dockerfile: on('RUN --mount=type=bind,source=flink,target=/m cat /m'), context: [f('real.txt'), { path: 'flink', type: 'symlink', target: 'real.txt' }, f('.dockerignore', 'flink\n')], line: 2, names: [], phrase: '"/flink": not found' },
  { name: 'copy-wildcard-through-dockerignored-symlink', dockerfile: on('COPY lnk/*.txt /out/'), context: [f('real/x.txt'), { path: 'lnk', type: 'symlink', target: 'real' }, f('.dockerignore', 'lnk\n')], line: 2, names: [], phrase: '/lnk: no such file or directory' },
  { name: 'copy-excluded-dir-exception-matches-nothing', dockerfile: on('COPY build /b/'), context: [f('build/x'), f('.dockerignore', 'build\n!build/keep.txt\n')], line: 2, names: ['/build', 'not found'], phrase: '"/build": not found' },
  { name: 'copy-wildcard-in-excluded-dir-exception-matches-nothing', dockerfile: on('COPY build/*.txt /x/'), context: [f('build/a.txt'), f('.dockerignore', 'build\n!build/keep\n')], line: 2, names: [], phrase: '/build: no such file or directory' },
  { name: 'run-bind-mount-excluded-dir-exception-matches-nothing', dockerfile: on('RUN --mount=type=bind,source=build,target=/m ls /m'), context: [f('build/x'), f('.dockerignore', 'build\n!build/keep.txt\n')], line: 2, names: [], phrase: '"/build": not found' },
  // runc sets up only ids in 0..2^31-1, unless an entry has exactly that id (a uid in passwd, a gid in group).
  { name: 'user-passwd-uid-out-of-range', dockerfile: on('RUN echo "bigp:x:3000000000:3000000000::/:/bin/sh" >> /etc/passwd', 'USER bigp', 'RUN id'), line: 4, names: [], phrase: 'process "/bin/sh -c id" did not complete successfully: exit code: 1' },
  { name: 'user-numeric-uid-out-of-range', dockerfile: on('USER 2147483648', 'RUN id'), line: 3, names: [], phrase: 'uids and gids must be in range 0-2147483647' },
  // Read with Go's bufio.Scanner: a line of 64 KiB or more in .dockerignore or /etc/passwd fails.
  { name: 'dockerignore-line-too-long', dockerfile: on('COPY . /c/'), context: [f('a.txt'), f('.dockerignore', `a.txt\n${'x'.repeat(65536)}\nb.txt\n`)], names: ['.dockerignore'], phrase: 'failed parsing .dockerignore: bufio.Scanner: token too long' },
  { name: 'copy-chown-passwd-line-over-64k', dockerfile: on(`RUN awk 'BEGIN{printf "huge:x:3000:3000:"; for(i=0;i<70000;i++) printf "g"; print ":/h:/bin/sh"}' >> /etc/passwd`, 'COPY --chown=alice a.txt /a'), context: [f('a.txt')], line: 3, names: [], phrase: 'bufio.Scanner: token too long' },
  // A `#` line of /etc/group is a comment (runc): no group of that name.
  { name: 'user-group-comment-line', dockerfile: on('RUN echo "#dev:x:3850:" >> /etc/group', 'USER alice:#dev', 'RUN id'), line: 4, names: ['#dev'], phrase: 'unable to find group #dev: no matching entries in group file' },
  // A wildcard's directory must be there (BuildKit walks it): a jar that was never built, a stage without /out.
  { name: 'copy-wildcard-dir-missing', dockerfile: on('COPY target/*.jar /app.jar'), context: [f('a.txt')], line: 2, names: [], phrase: '/target: no such file or directory' },
  { name: 'copy-from-stage-wildcard-dir-missing', dockerfile: 'FROM {{BASE}} AS build\nRUN mkdir /work\nFROM {{BASE}}\nCOPY --from=build /out/*.jar /app/\n', line: 4, names: [], phrase: '/out: no such file or directory' },
  // A symlink whose target is missing: BuildKit names the target.
  { name: 'copy-dangling-symlink-source', dockerfile: on('COPY config.yml /etc/app/'), context: [f('a.txt'), { path: 'config.yml', type: 'symlink', target: 'shared/config.yml' }], line: 2, names: [], phrase: '"/shared/config.yml": not found' },
  { name: 'copy-dockerignored-source', dockerfile: on('COPY a.txt secret.env /d/'), context: [f('a.txt'), f('secret.env'), f('.dockerignore', '*.env\n')], line: 2, names: ['secret.env', 'not found'], hoistNames: ['.dockerignore'], phrase: '"/secret.env": not found' },
  // BuildKit: `lstat .../buildkit-mount.../src: no such file or directory` (a path of its own); hoist names the source.
  { name: 'copy-missing-dir-in-subdir', dockerfile: on('WORKDIR /app', 'COPY src/missing/ ./'), context: [f('src/a.txt')], line: 3, names: ['src'], hoistNames: ['"/src/missing": not found'], ownWording: 'BuildKit reports a path inside its own mount' },
  // --- stages and images ---
  // A misspelt stage is an image name to BuildKit: docker.io/library/biuld, which the offline engine cannot resolve
  // (DNS fails at once), with the stage it could have meant. hoist takes a near-miss of a stage name for a typo and
  // fails when planning (`no build stage named "biuld"`), without asking docker.io.
  { name: 'copy-from-unknown-stage', dockerfile: 'FROM {{BASE}} AS build\nCOPY a.txt /out\nFROM {{BASE}}\nCOPY --from=biuld /out /out\n', context: [f('a.txt')], line: 4, names: ['biuld'], phrase: '(did you mean build?)' },
  // An ONBUILD trigger's --from naming a stage the target does not otherwise need: BuildKit never built it and
  // refuses (a real Dockerfile's `ONBUILD COPY --from=0`); hoist used to take the name for an image on docker.io.
  { name: 'onbuild-copy-from-unbuilt-stage', dockerfile: 'FROM {{BASE}} AS builder\nRUN echo hi > /x\nFROM {{BASE}} AS parent\nONBUILD COPY --from=builder /x /x\nFROM parent\n', line: 5, names: ['builder'], phrase: 'cannot copy from stage "builder", it needs to be defined before current stage "stage-2"' },
  { name: 'onbuild-run-mount-from-unbuilt-stage', dockerfile: 'FROM {{BASE}} AS seed\nRUN echo hi > /x\nFROM {{BASE}} AS parent\nONBUILD RUN --mount=type=bind,from=seed,target=/s cat /s/x\nFROM parent\n', line: 5, names: ['seed'], phrase: 'cannot mount from stage "seed" to "/s", stage needs to be defined before current command' },
  // Found in real Dockerfiles by the second sweep: both fail, and Engine 26's frontend (no syntax pin) has its own words.
  { name: 'copy-from-variable-engine26', dockerfile: 'ARG SQLX_IMAGE=x\nFROM {{BASE}}\nCOPY --from=${SQLX_IMAGE} /a /b\n', line: 3, names: ['${SQLX_IMAGE}'], phrase: 'failed to parse stage name "${SQLX_IMAGE}": invalid reference format: repository name (library/${SQLX_IMAGE}) must be lowercase' },
  { name: 'add-checksum-local-engine26', dockerfile: on('ADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 a.txt /a.txt'), context: [f('a.txt')], line: 2, names: ['checksum'], phrase: "checksum can't be specified for non-HTTP sources" },
  { name: 'expose-bad-proto', dockerfile: on('EXPOSE 80/http'), line: 2, names: ['http'], phrase: 'Invalid proto: http' },
  { name: 'copy-from-missing-image', dockerfile: on('COPY --from={{REG}}/nope/tools:1 /bin/tool /usr/bin/'), line: 2, names: ['{{REG}}/nope/tools:1'], phrase: '{{REG}}/nope/tools:1: not found' },
  { name: 'from-missing-tag', dockerfile: 'FROM {{REG}}/base/busybox:nope\nRUN true\n', line: 1, names: ['{{REG}}/base/busybox:nope'], phrase: '{{REG}}/base/busybox:nope: not found' },
  { name: 'from-missing-repository', dockerfile: 'FROM {{BASE}} AS ok\nFROM {{REG}}/nope/missing:1\nCOPY --from=ok /bin/sh /sh\n', line: 2, names: ['{{REG}}/nope/missing:1'], phrase: '{{REG}}/nope/missing:1: not found' },
  { name: 'from-empty-arg', dockerfile: 'ARG IMAGE\nFROM ${IMAGE}\nRUN true\n', line: 2, names: ['${IMAGE}'], phrase: 'base name (${IMAGE}) should not be blank' },
  // In Go's words (distribution/reference): the repository without its registry and tag, in parentheses.
  { name: 'from-uppercase-reference', dockerfile: 'FROM {{REG}}/Base/BusyBox:1\nRUN true\n', line: 1, names: ['{{REG}}/Base/BusyBox:1', 'must be lowercase'], phrase: 'failed to parse stage name "{{REG}}/Base/BusyBox:1": invalid reference format: repository name (Base/BusyBox) must be lowercase' },
  { name: 'target-unknown', dockerfile: 'FROM {{BASE}} AS build\nRUN true\nFROM build AS final\n', args: ['--target', 'finale'], names: ['finale'], phrase: 'target stage "finale" could not be found' },
  { name: 'copy-from-self', dockerfile: 'FROM {{BASE}} AS app\nCOPY --from=app /bin/sh /sh2\n', line: 2, names: ['app'], phrase: 'circular dependency detected on stage: app' },
  { name: 'copy-from-cycle', dockerfile: 'FROM {{BASE}} AS a\nCOPY --from=b /b /b\nFROM {{BASE}} AS b\nCOPY --from=a /a /a\nFROM a\n', line: 2, names: [], phrase: 'circular dependency detected on stage: a' },
  // --- build args: the build goes on. Engine 26's BuildKit says nothing about it (the classic builder's `[Warning]
  // One or more build-args [...] were not consumed` is gone); hoist warns. ---
  { name: 'build-arg-undeclared', dockerfile: on('ARG USED=1', 'LABEL a=$USED'), args: ['--build-arg', 'UNUSED_FLAG=1'], succeeds: { hoistWarning: ['Dockerfile: build-arg "UNUSED_FLAG" was not consumed'] }, names: [] },
  // --- RUN ---
  { name: 'secret-required-missing', dockerfile: on('RUN --mount=type=secret,id=npmrc,required cat /run/secrets/npmrc'), line: 2, names: ['npmrc'], hoistNames: ['--secret id=npmrc'], ownWording: 'hoist says `secret "npmrc" is required but was not given (--secret id=npmrc,src=FILE)`: the flag that fixes it; BuildKit says `secret npmrc: not found`' },
  // Without `required` an ssh mount is optional in the Dockerfile frontend: no agent, no socket, the RUN goes on.
  { name: 'ssh-mount-without-agent', dockerfile: on('RUN --mount=type=ssh ls /run'), succeeds: { hoistWarning: [] }, names: [], unsetEnv: ['SSH_AUTH_SOCK'] },
  {
    name: 'ssh-mount-required-without-agent',
    dockerfile: on('RUN --mount=type=ssh,required ls /run'),
    line: 2,
    names: ['default'],
    hoistNames: ['--ssh default'],
    unsetEnv: ['SSH_AUTH_SOCK'],
    ownWording: 'BuildKit: `unset ssh forward key default`; hoist names the agent and the flag that gives it',
  },
  // `--ssh default` with no agent running: buildx fails before the build, as hoist does.
  { name: 'ssh-flag-without-agent', dockerfile: on('RUN --mount=type=ssh,required ls /run'), args: ['--ssh', 'default'], names: ['SSH_AUTH_SOCK'], hoistNames: ['--ssh "default"', 'is not set'], unsetEnv: ['SSH_AUTH_SOCK'], ownWording: 'buildx: `invalid empty ssh agent socket: make sure SSH_AUTH_SOCK is set`; hoist names the flag too' },
  {
    name: 'run-fails-in-later-stage',
    dockerfile: 'FROM {{BASE}} AS build\nRUN echo built > /out\nFROM build AS test\nRUN echo testing && exit 3\nFROM build\n',
    args: ['--target', 'test'],
    line: 4,
    names: ['echo testing && exit 3'],
    hoistNames: ['[test] RUN: process "/bin/sh -c echo testing && exit 3"', 'testing'],
    phrase: 'did not complete successfully: exit code: 3',
  },
  // The command Go-quoted (%q) in the message: its quotes and tab escaped.
  // fsutil's copy does not follow what it finds at the destination: a file onto a directory, or a directory onto a
  // symlink (`COPY rootfs /` over Debian's /var/run -> /run), fails.
  { name: 'copy-nested-file-onto-dir', dockerfile: 'FROM scratch\nCOPY e /t/d\nCOPY x/d /t/\n', context: [{ path: 'e', type: 'dir', mtime: T }, f('x/d')], line: 3, names: [], phrase: 'cannot replace to directory' },
  { name: 'copy-tree-onto-symlinked-dir', dockerfile: 'FROM scratch\nCOPY base /\nCOPY rootfs /\n', context: [{ path: 'base/run', type: 'dir', mtime: T }, { path: 'base/var/run', type: 'symlink', target: '../run' }, f('rootfs/var/run/app.pid')], line: 3, names: [], phrase: 'cannot copy to non-directory' },
  // A variable whose name expands to nothing reaches RUN's environment as `=y`: runc refuses to start the process.
  { name: 'run-env-with-empty-name', dockerfile: on('ENV $NOPE=y', 'RUN true'), line: 3, names: [], hoistNames: ["environment variable name can't be empty: \"=y\""], phrase: 'process "/bin/sh -c true" did not complete successfully: exit code: 1' },
  // BuildKit's parser reads lines of at most 65535 bytes (Go's bufio.Scanner); it points at line 1, whichever it is.
  { name: 'line-longer-than-65535-bytes', dockerfile: on(`LABEL A=${'x'.repeat(65528)}`), line: 1, names: [], phrase: 'dockerfile line greater than max allowed size of 65535' },
  { name: 'run-fails-quoted-command', dockerfile: on('RUN echo "a\tb" && exit 4'), line: 2, names: ['process "/bin/sh -c echo \\"a\\tb\\" && exit 4" did not complete successfully: exit code: 4'], phrase: 'exit code: 4' },
  { name: 'run-missing-command', dockerfile: on('RUN no-such-tool --version'), line: 2, names: ['/bin/sh -c no-such-tool --version', '127'], hoistNames: ['no-such-tool: not found'], phrase: 'did not complete successfully: exit code: 127' },
  // runc fails to start the process: exit code 1, and runc's words in the step's log (hoist's in its error).
  { name: 'run-missing-command-exec-form', dockerfile: on('RUN ["no-such-tool", "--version"]'), line: 2, names: ['no-such-tool --version'], hoistNames: ['exec: "no-such-tool": executable file not found in $PATH'], phrase: 'did not complete successfully: exit code: 1' },
  { name: 'run-without-shell', dockerfile: 'FROM scratch\nCOPY a.txt /\nRUN echo hi\n', context: [f('a.txt')], line: 3, names: ['/bin/sh -c echo hi'], hoistNames: ['exec: "/bin/sh": stat /bin/sh: no such file or directory'], phrase: 'did not complete successfully: exit code: 1' },
  { name: 'user-unknown-then-run', dockerfile: on('USER appuser', 'RUN id'), line: 3, names: ['appuser'], phrase: 'unable to find user appuser: no matching entries in passwd file' },
  // A stage still at FROM scratch has no state to look a name up in; after a COPY the name gives 0 (no /etc/passwd).
  { name: 'copy-chown-name-onto-scratch', dockerfile: 'FROM scratch\nCOPY --chown=1000:app a.txt /a.txt\n', context: [f('a.txt')], line: 2, names: [], hoistNames: ['app'], phrase: 'invalid user index: -1' },
  { name: 'copy-chown-name-without-passwd', dockerfile: 'FROM scratch\nCOPY a.txt /x\nCOPY --chown=app:app a.txt /a.txt\n', context: [f('a.txt')], succeeds: { hoistWarning: ['the image has no /etc/passwd'] }, names: [] },
  // --- the filesystem ---
  // BuildKit: `mkdir <its snapshot path>/srv/app: not a directory`.
  { name: 'workdir-over-file', dockerfile: on('COPY a.txt /srv/app', 'WORKDIR /srv/app'), context: [f('a.txt')], line: 3, names: ['/srv/app'], phrase: 'not a directory' },
  // A file, then a directory, to one destination without a trailing slash: the file is there, the directory cannot be copied onto it.
  { name: 'copy-file-then-dir-to-non-dir-dest', dockerfile: on('COPY a.txt dir /dest'), context: [f('a.txt'), f('dir/x')], line: 2, names: ['/dest'], phrase: 'cannot copy to non-directory' },
  { name: 'copy-onto-file-as-dir', dockerfile: on('COPY a.txt /etc/passwd/'), context: [f('a.txt')], line: 2, names: ['/etc/passwd'], phrase: 'not a directory' },
  // --- ADD from the network ---
  { name: 'add-url-connection-refused', dockerfile: on('ADD http://127.0.0.1:2/app.tar.gz /d/'), line: 2, dockerNoLine: 'BuildKit fails while loading the cache key, without the line', names: ['http://127.0.0.1:2/app.tar.gz'], hoistNames: ['ECONNREFUSED'], ownWording: 'BuildKit: `dial tcp 127.0.0.1:2: connect: connection refused`; hoist: `connect ECONNREFUSED 127.0.0.1:2`' },
  {
    name: 'add-url-404',
    dockerfile: on('ADD {{FILES}}/missing.tar.gz /d/'),
    line: 2,
    dockerNoLine: 'BuildKit fails while loading the cache key: `failed to load cache key: invalid response status 404`, without the line or the URL',
    names: ['404'],
    hoistNames: ['{{FILES}}/missing.tar.gz'],
    ownWording: 'hoist says `downloading URL: HTTP 404`',
  },
  {
    name: 'add-checksum-mismatch',
    dockerfile: on('ADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 {{FILES}}/hello.txt /hello.txt'),
    line: 2,
    dockerNoLine: 'BuildKit: `digest mismatch GOT: WANTED`, without the line or the URL',
    names: ['sha256:0000000000000000000000000000000000000000000000000000000000000000', 'sha256:b449ed60967ed21ac73a86200e679b893f5af99f792cd45c813bd045c787ee6c'],
    hoistNames: ['{{FILES}}/hello.txt', 'expected sha256:0000'],
    ownWording: 'hoist says `checksum mismatch for URL: expected X, got Y` (the flag is --checksum; BuildKit\'s `digest mismatch Y: X` does not say which is which)',
  },
  // --- flags and paths ---
  { name: 'named-context-missing-dir', dockerfile: on('COPY --from=assets / /assets/'), args: ['--build-context', 'assets={{CASE}}/no-such-assets'], names: ['no-such-assets'], phrase: 'failed to get build context assets' },
  { name: 'named-context-missing-unused', dockerfile: on('RUN true'), args: ['--build-context', 'unused={{CASE}}/no-such-dir'], names: ['no-such-dir', 'no such file or directory'], phrase: 'failed to get build context unused' },
  { name: 'dockerfile-missing', fileArg: '{{CASE}}/Dockerfile.nope', names: ['Dockerfile.nope', 'no such file or directory'], ownWording: 'BuildKit: `failed to read dockerfile: open Dockerfile.nope`; hoist: `cannot read Dockerfile PATH`' },
  { name: 'context-missing', contextArg: '{{CASE}}/no-such-context', dockerfile: on('RUN true'), names: ['no-such-context'], phrase: 'unable to prepare context: path "{{CASE}}/no-such-context" not found' },
  { name: 'healthcheck-bad-duration', dockerfile: on('HEALTHCHECK --interval=30sec CMD true'), line: 2, names: ['30sec'], phrase: 'time: unknown unit "sec" in duration "30sec"' },
  { name: 'platform-invalid', dockerfile: on('RUN true'), args: ['--platform', 'linux/amd64/v9/extra'], names: ['"linux/amd64/v9/extra"'], hoistNames: ['--platform'], ownWording: 'buildx: `"P": cannot parse platform specifier: invalid argument`; hoist names the flag and the expected form' },
  { name: 'output-unknown-type', dockerfile: on('RUN true'), args: ['--output', 'type=registri'], push: 'buildx takes one output: a pushed image would be a second', names: ['"registri"'], hoistNames: ['--output'], ownWording: 'buildx: `exporter "registri" could not be found`; hoist names the flag and lists the types' },
];
