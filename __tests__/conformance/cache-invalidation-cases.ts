import { execFileSync } from 'node:child_process';
import { chmod, chown, mkdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LayerSpecEntry } from '../support/base-images.js';
import type { ContextSpec } from '../support/conformance.js';

/**
 * Cache invalidation cases: a Dockerfile and a context are built twice by hoist and by BuildKit, with one mutation
 * between the builds; which steps the second build takes from the cache must agree.
 *
 * In the Dockerfiles, `{{BASE}}` is the busybox base and `{{SALT}}` this run's salt. Every case's context also
 * holds `salt` (the case name and the salt), which each stage copies first: the reference engine keeps its cache
 * between runs, and the salt makes every step of a case new to it. A step is named by its text as written (hoist's
 * step log shows it so; BuildKit's shows it with variables expanded, the suite matches steps by position).
 */

/** What changes between the two builds. */
export interface CacheMutation {
  /** Edits the context directory (runs between the builds). */
  context?: (dir: string) => Promise<void>;
  /** The Dockerfile of the second build (placeholders filled as in the first). */
  dockerfile?: string;
  /** The second build's `--build-arg` values (default: the first build's). */
  buildArgs?: Record<string, string>;
  /** The second build's secret values, by id (default: the first build's). */
  secrets?: Record<string, string>;
  /** `--no-cache-filter` stages of the second build. */
  noCacheFilter?: string[];
  /** Pushes the case's own base image (`{{OWNBASE}}`) again under its tag, with these entries added. */
  repushBase?: LayerSpecEntry[];
}

export interface CacheCase {
  name: string;
  /** Run only with HOIST_CACHE_CASES_EXTENDED=1: a variation of another case (the suite has a time budget). */
  extended?: boolean;
  dockerfile: string;
  context?: ContextSpec[];
  buildArgs?: Record<string, string>;
  /** Secret values by id (`--secret id=ID,src=FILE` for both builders). */
  secrets?: Record<string, string>;
  mutation: CacheMutation;
  /**
   * The layer steps (as written) BuildKit runs again in the second build; every other layer step is CACHED. This
   * pins what the mutation does in the reference, so a mutation that changes nothing cannot pass unnoticed.
   */
  rebuilt: string[];
  /** Files of the second image and their content (both builders). */
  files?: Record<string, string>;
  /** Modes (permission bits) of the second image's entries (both builders). */
  modes?: Record<string, number>;
  /** Owners (`uid:gid`) of the second image's entries (both builders). */
  owners?: Record<string, string>;
  /** Symlinks of the second image and their targets (both builders). */
  links?: Record<string, string>;
  /** Directories the second image must have (both builders). */
  dirs?: string[];
  /** Paths the hoist/BuildKit image comparison leaves out, each with the reason. */
  ignorePaths?: Record<string, string>;
  /** Files whose bytes the second build must change (each builder's second image against its first). */
  changed?: string[];
  /** Paths the second image must not have. */
  absent?: string[];
  /** Config labels the second image must have. */
  labels?: Record<string, string>;
  /**
   * Known differences of the second build, as the suite words them (`STAGE STEP: hoist=X docker=Y` for a cache
   * status, then image differences), each with the reason: asserted, so the test fails when hoist's behaviour
   * changes.
   */
  expectedDifference?: Record<string, string>;
}

const T = 1_600_000_000;
const f = (p: string, content: string | Buffer = `${p}\n`, extra: Partial<ContextSpec> = {}): ContextSpec => ({ path: p, content, mtime: T, ...extra });

/** An uncompressed tar (GNU tar, numeric owner 0, fixed mtime) of `files`. */
export function tarOf(files: Record<string, string>): Buffer {
  const dir = execFileSync('mktemp', ['-d']).toString().trim();
  try {
    for (const [p, c] of Object.entries(files)) {
      execFileSync('mkdir', ['-p', path.dirname(path.join(dir, p))]);
      execFileSync('sh', ['-c', 'cat > "$1"', 'sh', path.join(dir, p)], { input: c });
    }
    return execFileSync('tar', ['-c', '--owner', '0', '--group', '0', '--numeric-owner', '--mtime', '@1600000000', '--sort=name', '-C', dir, ...Object.keys(files)]);
  } finally {
    execFileSync('rm', ['-rf', dir]);
  }
}

/** Writes a context file as an editor would: new bytes, the current time as mtime. */
const edit = (p: string, content: string) => async (dir: string) => writeFile(path.join(dir, p), content);
/** A Dockerfile from its lines; `pre` starts one with the salted base. */
const df = (...lines: string[]): string => [...lines, ''].join('\n');
const pre = ['FROM {{BASE}}', 'COPY salt /salt'];

export const cacheCases: CacheCase[] = [
  // A RUN costs a container in each builder: the cases about the context check the image and use a later COPY to
  // see that an invalidation reaches the steps after it; the cases about RUN's inputs have one RUN.
  {
    name: 'content-change',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY a.txt /app/a.txt', 'COPY b.txt /app/b.txt', ''].join('\n'),
    context: [f('a.txt', 'one\n'), f('b.txt')],
    mutation: { context: edit('a.txt', 'two, longer\n') },
    rebuilt: ['COPY a.txt /app/a.txt', 'COPY b.txt /app/b.txt'],
    files: { '/app/a.txt': 'two, longer\n' },
  },
  {
    // Same size, new bytes and a new mtime (an edit): BuildKit's context sync sees the mtime and sends the file.
    name: 'content-change-same-size',
    extended: true,
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY a.txt /app/a.txt', 'COPY b.txt /app/b.txt', ''].join('\n'),
    context: [f('a.txt', 'aaaa\n'), f('b.txt')],
    mutation: { context: async (dir) => {
      await writeFile(path.join(dir, 'a.txt'), 'bbbb\n');
      await utimes(path.join(dir, 'a.txt'), T + 60, T + 60);
    } },
    rebuilt: ['COPY a.txt /app/a.txt', 'COPY b.txt /app/b.txt'],
    files: { '/app/a.txt': 'bbbb\n' },
  },
  {
    name: 'mtime-only',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY a.txt /app/a.txt', 'COPY b.txt /app/b.txt', ''].join('\n'),
    context: [f('a.txt', 'same\n'), f('b.txt')],
    mutation: { context: async (dir) => utimes(path.join(dir, 'a.txt'), T + 3600, T + 3600) },
    rebuilt: [],
    files: { '/app/a.txt': 'same\n' },
  },
  {
    name: 'mode-only',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY run.sh /app/run.sh', 'COPY b.txt /app/b.txt', ''].join('\n'),
    context: [f('run.sh', 'echo hi\n', { mode: 0o644 }), f('b.txt')],
    mutation: { context: async (dir) => chmod(path.join(dir, 'run.sh'), 0o755) },
    rebuilt: ['COPY run.sh /app/run.sh', 'COPY b.txt /app/b.txt'],
    modes: { '/app/run.sh': 0o755 },
  },
  {
    // COPY without --chown makes every file 0:0, and buildx sends the context with owners reset to 0:0: the owner of
    // a context file changes nothing in the image. (hoist keyed owners until context/hash.ts left them out.)
    name: 'owner-only',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY a.txt /app/a.txt', 'COPY b.txt /app/b.txt', ''].join('\n'),
    context: [f('a.txt', 'owned\n'), f('b.txt')],
    mutation: { context: async (dir) => chown(path.join(dir, 'a.txt'), 1234, 1234) },
    rebuilt: [],
    files: { '/app/a.txt': 'owned\n' },
  },
  {
    name: 'dockerignored-file-changes',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY . /ctx/', 'COPY kept.txt /kept.txt', ''].join('\n'),
    context: [f('.dockerignore', 'ignored.txt\n'), f('kept.txt'), f('ignored.txt', 'v1\n')],
    mutation: { context: edit('ignored.txt', 'v2, changed\n') },
    rebuilt: [],
    absent: ['/ctx/ignored.txt'],
  },
  {
    // .dockerignore stops excluding extra.txt: the wildcard COPY now copies it; the COPY of another file stays.
    name: 'dockerignore-now-includes',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY a.txt /one/a.txt', 'COPY *.txt /all/', 'COPY b.md /b.md', ''].join('\n'),
    context: [f('.dockerignore', 'extra.txt\n'), f('a.txt'), f('extra.txt'), f('b.md')],
    mutation: { context: edit('.dockerignore', 'nothing-here\n') },
    rebuilt: ['COPY *.txt /all/', 'COPY b.md /b.md'],
    files: { '/all/extra.txt': 'extra.txt\n' },
  },
  {
    name: 'file-added-to-dir',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY other/ /other/', 'COPY src/ /app/src/', 'COPY b.txt /b.txt', ''].join('\n'),
    context: [f('other/o.txt'), f('src/a.txt'), f('b.txt')],
    mutation: { context: async (dir) => writeFile(path.join(dir, 'src', 'new.txt'), 'new\n') },
    rebuilt: ['COPY src/ /app/src/', 'COPY b.txt /b.txt'],
    files: { '/app/src/new.txt': 'new\n' },
  },
  {
    name: 'file-removed-from-dir',
    extended: true,
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY src/ /app/src/', 'COPY b.txt /b.txt', ''].join('\n'),
    context: [f('src/a.txt'), f('src/gone.txt'), f('b.txt')],
    mutation: { context: async (dir) => rm(path.join(dir, 'src', 'gone.txt')) },
    rebuilt: ['COPY src/ /app/src/', 'COPY b.txt /b.txt'],
    files: { '/app/src/a.txt': 'src/a.txt\n' },
    absent: ['/app/src/gone.txt'],
  },
  {
    name: 'wildcard-matches-new-file',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY a.txt /a.txt', 'COPY *.conf /etc/app/', 'COPY b.txt /b.txt', ''].join('\n'),
    context: [f('a.txt'), f('a.conf', 'a=1\n'), f('notes.md'), f('b.txt')],
    mutation: { context: async (dir) => writeFile(path.join(dir, 'b.conf'), 'b=2\n') },
    rebuilt: ['COPY *.conf /etc/app/', 'COPY b.txt /b.txt'],
    files: { '/etc/app/b.conf': 'b=2\n' },
  },
  {
    name: 'unrelated-file-changes',
    extended: true,
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY a.txt /a.txt', 'COPY c.txt /c.txt', ''].join('\n'),
    context: [f('a.txt'), f('b.txt', 'b1\n'), f('c.txt')],
    mutation: { context: edit('b.txt', 'b2, not copied\n') },
    rebuilt: [],
  },
  {
    name: 'symlink-target-changes',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY d/ /d/', 'COPY c.txt /c.txt', ''].join('\n'),
    context: [f('d/a.txt'), f('d/b.txt'), { path: 'd/link', type: 'symlink', target: 'a.txt' }, f('c.txt')],
    mutation: { context: async (dir) => {
      await rm(path.join(dir, 'd', 'link'));
      await symlink('b.txt', path.join(dir, 'd', 'link'));
    } },
    rebuilt: ['COPY d/ /d/', 'COPY c.txt /c.txt'],
    links: { '/d/link': 'b.txt' },
  },
  {
    name: 'empty-dir-added',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY d/ /d/', 'COPY c.txt /c.txt', ''].join('\n'),
    context: [f('d/a.txt'), f('c.txt')],
    mutation: { context: async (dir) => mkdir(path.join(dir, 'd', 'empty')) },
    rebuilt: ['COPY d/ /d/', 'COPY c.txt /c.txt'],
    dirs: ['/d/empty'],
  },
  {
    name: 'add-local-tar-changes',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'ADD t.tar /t/', 'COPY c.txt /c.txt', ''].join('\n'),
    context: [f('t.tar', tarOf({ 'in.txt': 'tar one\n' })), f('c.txt')],
    mutation: { context: async (dir) => writeFile(path.join(dir, 't.tar'), tarOf({ 'in.txt': 'tar two, longer\n' })) },
    rebuilt: ['ADD t.tar /t/', 'COPY c.txt /c.txt'],
    files: { '/t/in.txt': 'tar two, longer\n' },
  },
  {
    name: 'arg-used-by-run',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'ARG V', 'COPY a.txt /a.txt', 'RUN echo "$V" > /v', ''].join('\n'),
    context: [f('a.txt')],
    buildArgs: { V: 'one' },
    mutation: { buildArgs: { V: 'two' } },
    rebuilt: ['RUN echo "$V" > /v'],
    files: { '/v': 'two\n' },
  },
  {
    // A declared ARG is in every later RUN's environment, used or not: BuildKit runs the RUN again.
    name: 'arg-unused-by-run',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'ARG U', 'COPY a.txt /a.txt', 'RUN echo hello > /hello', ''].join('\n'),
    context: [f('a.txt')],
    buildArgs: { U: 'one' },
    mutation: { buildArgs: { U: 'two' } },
    rebuilt: ['RUN echo hello > /hello'],
  },
  {
    name: 'arg-not-declared',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'RUN echo hello > /hello', ''].join('\n'),
    buildArgs: { NOT_DECLARED: 'one' },
    mutation: { buildArgs: { NOT_DECLARED: 'two' } },
    rebuilt: [],
  },
  {
    name: 'arg-used-in-copy-path',
    extended: true,
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'ARG F=a.txt', 'COPY $F /picked', 'COPY c.txt /c.txt', ''].join('\n'),
    context: [f('a.txt'), f('b.txt'), f('c.txt')],
    mutation: { buildArgs: { F: 'b.txt' } },
    rebuilt: ['COPY $F /picked', 'COPY c.txt /c.txt'],
    files: { '/picked': 'b.txt\n' },
  },
  {
    name: 'arg-default-edited',
    extended: true,
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'ARG V=one', 'RUN echo "$V" > /v', ''].join('\n'),
    mutation: { dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'ARG V=two', 'RUN echo "$V" > /v', ''].join('\n') },
    rebuilt: ['RUN echo "$V" > /v'],
    files: { '/v': 'two\n' },
  },
  {
    // ENV is in RUN's environment, not a file operation's: the COPY stays cached, the RUN runs again.
    name: 'env-changes',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'ENV E=one', 'COPY a.txt /a.txt', 'RUN echo hello > /hello', ''].join('\n'),
    context: [f('a.txt')],
    mutation: { dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'ENV E=two', 'COPY a.txt /a.txt', 'RUN echo hello > /hello', ''].join('\n') },
    rebuilt: ['RUN echo hello > /hello'],
  },
  {
    // A RUN sees its variables in the order they were last set (BuildKit's LLB env: a key set again moves to the end),
    // and that order is its key: dropping the first `ENV A=1` leaves B, A as it was, so the RUN stays cached.
    name: 'env-order-as-last-set',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'ENV A=1', 'ENV B=1', 'ENV A=2', 'RUN tr "\\0" "\\n" < /proc/$$/environ | grep -E "^(A|B)=" > /env', ''].join('\n'),
    mutation: { dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'ENV B=1', 'ENV A=2', 'RUN tr "\\0" "\\n" < /proc/$$/environ | grep -E "^(A|B)=" > /env', ''].join('\n') },
    rebuilt: [],
    files: { '/env': 'B=1\nA=2\n' },
  },
  {
    name: 'env-used-in-copy-dest',
    extended: true,
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'ENV D=/d1', 'COPY a.txt $D/a.txt', ''].join('\n'),
    context: [f('a.txt')],
    mutation: { dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'ENV D=/d2', 'COPY a.txt $D/a.txt', ''].join('\n') },
    rebuilt: ['COPY a.txt $D/a.txt'],
    files: { '/d2/a.txt': 'a.txt\n' },
    absent: ['/d1'],
  },
  {
    // A LABEL is config only: nothing runs again, the new image has the new label.
    name: 'label-changes',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'LABEL version=one', 'COPY a.txt /a.txt', 'RUN echo hello > /hello', ''].join('\n'),
    context: [f('a.txt')],
    mutation: { dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'LABEL version=two', 'COPY a.txt /a.txt', 'RUN echo hello > /hello', ''].join('\n') },
    rebuilt: [],
    labels: { version: 'two' },
  },
  {
    // USER is RUN's user; a COPY without --chown ignores it.
    name: 'user-changes',
    extended: true,
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'USER alice', 'COPY a.txt /a.txt', 'RUN id -un > /tmp/who', ''].join('\n'),
    context: [f('a.txt')],
    mutation: { dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'USER bob', 'COPY a.txt /a.txt', 'RUN id -un > /tmp/who', ''].join('\n') },
    rebuilt: ['RUN id -un > /tmp/who'],
    files: { '/tmp/who': 'bob\n' },
  },
  {
    name: 'shell-changes',
    extended: true,
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'SHELL ["/bin/sh", "-c"]', 'RUN echo "$0" > /shell', ''].join('\n'),
    mutation: { dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'SHELL ["/bin/ash", "-c"]', 'RUN echo "$0" > /shell', ''].join('\n') },
    rebuilt: ['RUN echo "$0" > /shell'],
    files: { '/shell': '/bin/ash\n' },
  },
  {
    name: 'comment-and-whitespace-only',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY a.txt /a.txt', 'COPY b.txt /b.txt', ''].join('\n'),
    context: [f('a.txt'), f('b.txt')],
    mutation: { dockerfile: ['# a comment', 'FROM {{BASE}}', '', '   COPY   salt   /salt', '# another comment', 'COPY a.txt /a.txt  ', '', 'COPY b.txt /b.txt', ''].join('\n') },
    rebuilt: [],
  },
  {
    name: 'step-appended',
    extended: true,
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY a.txt /a.txt', ''].join('\n'),
    context: [f('a.txt'), f('b.txt')],
    mutation: { dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY a.txt /a.txt', 'COPY b.txt /b.txt', ''].join('\n') },
    rebuilt: ['COPY b.txt /b.txt'],
    files: { '/a.txt': 'a.txt\n', '/b.txt': 'b.txt\n' },
  },
  {
    // The builder stage is built again (an edit above /out) and /out ends up with the same bytes: BuildKit keys a
    // COPY --from by the content it copies, so it and the steps after it stay cached.
    name: 'multistage-unchanged-output',
    dockerfile: ['FROM {{BASE}} AS build', 'COPY salt /salt-build', 'COPY a.txt /junk', 'COPY stable.txt /out/x', 'FROM {{BASE}}', 'COPY salt /salt-final', 'COPY --from=build /out /out', 'COPY c.txt /c.txt', ''].join('\n'),
    context: [f('a.txt', 'a1\n'), f('stable.txt'), f('c.txt')],
    mutation: { context: edit('a.txt', 'a2, changed\n') },
    rebuilt: ['COPY a.txt /junk', 'COPY stable.txt /out/x'],
    files: { '/out/x': 'stable.txt\n' },
    expectedDifference: {
      'stage-1 COPY --from=build /out /out: hoist=built docker=cached': 'hoist keys COPY --from by the source stage\'s cache key, BuildKit by the content copied',
      'stage-1 COPY c.txt /c.txt: hoist=built docker=cached': 'follows from the COPY --from above',
    },
  },
  {
    name: 'multistage-changed-output',
    dockerfile: ['FROM {{BASE}} AS build', 'COPY salt /salt-build', 'COPY a.txt /out/a', 'FROM {{BASE}}', 'COPY salt /salt-final', 'COPY --from=build /out /out', 'COPY c.txt /c.txt', ''].join('\n'),
    context: [f('a.txt', 'v1\n'), f('c.txt')],
    mutation: { context: edit('a.txt', 'v2, changed\n') },
    rebuilt: ['COPY a.txt /out/a', 'COPY --from=build /out /out', 'COPY c.txt /c.txt'],
    files: { '/out/a': 'v2, changed\n' },
  },
  {
    // --no-cache-filter of the builder stage: its steps are built again; what they make is the same.
    name: 'no-cache-filter-stage',
    dockerfile: ['FROM {{BASE}} AS build', 'COPY salt /salt-build', 'COPY a.txt /out/a', 'FROM {{BASE}}', 'COPY salt /salt-final', 'COPY --from=build /out /out', ''].join('\n'),
    context: [f('a.txt')],
    mutation: { noCacheFilter: ['build'] },
    rebuilt: ['COPY salt /salt-build', 'COPY a.txt /out/a'],
    files: { '/out/a': 'a.txt\n' },
    expectedDifference: {
      'stage-1 COPY --from=build /out /out: hoist=built docker=cached': 'extra miss: BuildKit keys COPY --from by the content copied (the same here); hoist builds again whatever reads a stage built under no-cache, as it cannot tell without reading the bytes',
    },
  },
  {
    // --no-cache-filter of a builder stage whose RUN makes new bytes each time: BuildKit copies the new bytes (its
    // COPY --from is keyed by content). hoist keyed COPY --from by the source stage's key alone and kept the old
    // bytes (a wrong hit) until steps.ts findCached built again what reads a stage built under no-cache.
    name: 'no-cache-filter-new-output',
    dockerfile: ['FROM {{BASE}} AS build', 'COPY salt /salt-build', 'RUN mkdir /out && cat /proc/sys/kernel/random/uuid > /out/id', 'FROM {{BASE}}', 'COPY salt /salt-final', 'COPY --from=build /out /out', ''].join('\n'),
    mutation: { noCacheFilter: ['build'] },
    rebuilt: ['COPY salt /salt-build', 'RUN mkdir /out && cat /proc/sys/kernel/random/uuid > /out/id', 'COPY --from=build /out /out'],
    changed: ['/out/id'],
    ignorePaths: { '/out/id': 'random bytes, other in each builder' },
  },
  {
    name: 'bind-mount-source-changes',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'RUN --mount=type=bind,source=m.txt,target=/m.txt cat /m.txt > /from-mount', ''].join('\n'),
    context: [f('m.txt', 'm1\n'), f('other.txt')],
    mutation: { context: edit('m.txt', 'm2, changed\n') },
    rebuilt: ['RUN --mount=type=bind,source=m.txt,target=/m.txt cat /m.txt > /from-mount'],
    files: { '/from-mount': 'm2, changed\n' },
  },
  {
    // A cache mount seeded from a stage: the seed's files are part of the step's key, and a new seed is a fresh
    // copy of it (BuildKit keys the cache directory by id and seed), never the directory the old seed filled.
    name: 'cache-mount-seed-changes',
    dockerfile: ['FROM {{BASE}} AS seed', 'COPY salt /seed-salt', 'COPY seed.txt /s/seed.txt', 'FROM {{BASE}}', 'COPY salt /salt', 'RUN --mount=type=cache,target=/c,from=seed,source=/s cat /c/seed.txt > /out', ''].join('\n'),
    context: [f('seed.txt', 'seed-one\n')],
    mutation: { context: edit('seed.txt', 'seed-two, changed\n') },
    rebuilt: ['COPY seed.txt /s/seed.txt', 'RUN --mount=type=cache,target=/c,from=seed,source=/s cat /c/seed.txt > /out'],
    files: { '/out': 'seed-two, changed\n' },
  },
  {
    name: 'cache-mount-sharing-changes',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'RUN --mount=type=cache,target=/c,sharing=shared echo hi > /hi', ''].join('\n'),
    mutation: { dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'RUN --mount=type=cache,target=/c,sharing=locked echo hi > /hi', ''].join('\n') },
    rebuilt: ['RUN --mount=type=cache,target=/c,sharing=locked echo hi > /hi'],
  },
  {
    name: 'bind-mount-other-file-changes',
    extended: true,
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'RUN --mount=type=bind,source=m.txt,target=/m.txt cat /m.txt > /from-mount', ''].join('\n'),
    context: [f('m.txt', 'm1\n'), f('other.txt', 'o1\n')],
    mutation: { context: edit('other.txt', 'o2, changed\n') },
    rebuilt: [],
    files: { '/from-mount': 'm1\n' },
  },
  {
    name: 'cache-mount-id-changes',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'RUN --mount=type=cache,id=c1-{{SALT}},target=/cache echo hi > /hi', ''].join('\n'),
    mutation: { dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'RUN --mount=type=cache,id=c2-{{SALT}},target=/cache echo hi > /hi', ''].join('\n') },
    // BuildKit leaves a cache mount's id out of the step's key (so does hoist).
    rebuilt: [],
  },
  {
    // BuildKit never keys a step on a secret's value.
    name: 'secret-value-changes',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'RUN --mount=type=secret,id=tok test -s /run/secrets/tok && echo ok > /ok', ''].join('\n'),
    secrets: { tok: 'first-value' },
    mutation: { secrets: { tok: 'second, longer value' } },
    rebuilt: [],
    files: { '/ok': 'ok\n' },
  },
  {
    // required= is part of the mount's definition in BuildKit (SecretOpt.Optional), so of the step's key.
    name: 'secret-required-toggled',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'RUN --mount=type=secret,id=tok echo ok > /ok', ''].join('\n'),
    secrets: { tok: 'v1' },
    mutation: { dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'RUN --mount=type=secret,id=tok,required=true echo ok > /ok', ''].join('\n') },
    rebuilt: ['RUN --mount=type=secret,id=tok,required=true echo ok > /ok'],
    files: { '/ok': 'ok\n' },
  },
  {
    name: 'copy-chmod-changes',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY --chmod=644 a.sh /a.sh', 'COPY c.txt /c.txt', ''].join('\n'),
    context: [f('a.sh'), f('c.txt')],
    mutation: { dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY --chmod=755 a.sh /a.sh', 'COPY c.txt /c.txt', ''].join('\n') },
    rebuilt: ['COPY --chmod=755 a.sh /a.sh', 'COPY c.txt /c.txt'],
    modes: { '/a.sh': 0o755 },
  },
  {
    name: 'copy-chown-changes',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY --chown=1000:1000 a.txt /a.txt', 'COPY c.txt /c.txt', ''].join('\n'),
    context: [f('a.txt'), f('c.txt')],
    mutation: { dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY --chown=1001:1001 a.txt /a.txt', 'COPY c.txt /c.txt', ''].join('\n') },
    rebuilt: ['COPY --chown=1001:1001 a.txt /a.txt', 'COPY c.txt /c.txt'],
    owners: { '/a.txt': '1001:1001' },
  },
  {
    // A --link COPY is keyed without its parent: an edit above it does not copy it again.
    name: 'copy-link-under-changed-parent',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY a.txt /a.txt', 'COPY --link b.txt /b.txt', ''].join('\n'),
    context: [f('a.txt', 'a1\n'), f('b.txt')],
    mutation: { context: edit('a.txt', 'a2, changed\n') },
    rebuilt: ['COPY a.txt /a.txt', 'COPY --link b.txt /b.txt'],
    files: { '/a.txt': 'a2, changed\n', '/b.txt': 'b.txt\n' },
    expectedDifference: {
      'stage-0 COPY --link b.txt /b.txt: hoist=cached docker=built': 'BuildKit\'s vertex of a linked COPY is the merge onto the new parent, which runs again (the copied layer itself is reused); hoist reuses the linked layer and reports the step cached',
    },
  },
  {
    name: 'workdir-changes',
    dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY a.txt /a.txt', 'WORKDIR /w1', 'COPY b.txt .', ''].join('\n'),
    context: [f('a.txt'), f('b.txt')],
    mutation: { dockerfile: ['FROM {{BASE}}', 'COPY salt /salt', 'COPY a.txt /a.txt', 'WORKDIR /w2', 'COPY b.txt .', ''].join('\n') },
    rebuilt: ['WORKDIR /w2', 'COPY b.txt .'],
    files: { '/w2/b.txt': 'b.txt\n' },
  },
  {
    // The base's tag now names another image: both builders resolve the tag again and rebuild every step.
    name: 'base-tag-repushed',
    dockerfile: ['FROM {{OWNBASE}}', 'COPY salt /salt', 'COPY c.txt /c.txt', ''].join('\n'),
    context: [f('c.txt')],
    mutation: { repushBase: [{ path: 'etc/base-version', content: 'two\n', mode: 0o644 }] },
    rebuilt: ['COPY salt /salt', 'COPY c.txt /c.txt'],
    files: { '/etc/base-version': 'two\n' },
  },
  // Keys as BuildKit's ops have them: mounts sorted by target, secret options at their defaults, paths cleaned,
  // --no-cache-filter by stage name only, cache ids in BUILDKIT_CACHE_MOUNT_NS, a mount target as written.
  {
    name: 'run-bind-mounts-reordered',
    dockerfile: df(...pre, 'RUN --mount=type=bind,source=a.txt,target=/a --mount=type=bind,source=b.txt,target=/b cat /a /b > /got'),
    context: [f('a.txt'), f('b.txt')],
    mutation: { dockerfile: df(...pre, 'RUN --mount=type=bind,source=b.txt,target=/b --mount=type=bind,source=a.txt,target=/a cat /a /b > /got') },
    rebuilt: [],
    files: { '/got': 'a.txt\nb.txt\n' },
  },
  {
    name: 'run-cache-tmpfs-mounts-reordered',
    extended: true,
    dockerfile: df(...pre, 'RUN --mount=type=tmpfs,target=/t --mount=type=cache,target=/c echo ok > /ok'),
    mutation: { dockerfile: df(...pre, 'RUN --mount=type=cache,target=/c --mount=type=tmpfs,target=/t echo ok > /ok') },
    rebuilt: [],
  },
  {
    name: 'secret-defaults-written-out',
    dockerfile: df(...pre, 'RUN --mount=type=secret,id=tok echo ok > /ok'),
    secrets: { tok: 'v1' },
    mutation: { dockerfile: df(...pre, 'RUN --mount=type=secret,id=tok,uid=0,mode=0400 echo ok > /ok') },
    rebuilt: [],
  },
  {
    name: 'no-cache-filter-stage-index-matches-nothing',
    dockerfile: df('FROM {{BASE}}', 'COPY salt /salt-build', 'COPY a.txt /out/a', 'FROM {{BASE}}', 'COPY salt /salt-final', 'COPY --from=0 /out /out'),
    context: [f('a.txt')],
    mutation: { noCacheFilter: ['0'] },
    rebuilt: [],
  },
  {
    name: 'copy-dest-relative-vs-absolute',
    dockerfile: df(...pre, 'WORKDIR /app', 'COPY a.txt ./', 'COPY c.txt /c.txt'),
    context: [f('a.txt'), f('c.txt')],
    mutation: { dockerfile: df(...pre, 'WORKDIR /app', 'COPY a.txt /app/', 'COPY c.txt /c.txt') },
    rebuilt: [],
  },
  {
    name: 'copy-paths-cleaned',
    dockerfile: df(...pre, 'COPY d/ /x/', 'COPY a.txt /y/a.txt', 'COPY c.txt /c.txt'),
    context: [f('d/a.txt'), f('a.txt'), f('c.txt')],
    mutation: { dockerfile: df(...pre, 'COPY d /x/', 'COPY /a.txt /y/./z/../a.txt', 'COPY c.txt /c.txt') },
    rebuilt: [],
  },
  {
    // BuildKit cleans the WORKDIR path for its mkdir (cached) but runs the RUN again (its cwd as written).
    name: 'workdir-dotdot',
    dockerfile: df(...pre, 'WORKDIR /b', 'RUN pwd > /pwd'),
    mutation: { dockerfile: df(...pre, 'WORKDIR /a/../b', 'RUN pwd > /pwd') },
    rebuilt: ['RUN pwd > /pwd'],
    files: { '/pwd': '/b\n' },
  },
  {
    name: 'cache-mount-target-trailing-slash',
    dockerfile: df(...pre, 'RUN --mount=type=cache,target=/c echo ok > /ok'),
    mutation: { dockerfile: df(...pre, 'RUN --mount=type=cache,target=/c/ echo ok > /ok') },
    rebuilt: ['RUN --mount=type=cache,target=/c/ echo ok > /ok'],
  },
  {
    name: 'bind-mount-target-trailing-slash',
    extended: true,
    dockerfile: df(...pre, 'RUN --mount=type=bind,source=d,target=/m cat /m/a.txt > /got'),
    context: [f('d/a.txt')],
    mutation: { dockerfile: df(...pre, 'RUN --mount=type=bind,source=d,target=/m/ cat /m/a.txt > /got') },
    rebuilt: ['RUN --mount=type=bind,source=d,target=/m/ cat /m/a.txt > /got'],
    files: { '/got': 'd/a.txt\n' },
  },
  {
    name: 'cache-mount-ns-build-arg-changes',
    dockerfile: df(...pre, 'RUN --mount=type=cache,target=/c echo ok > /ok'),
    buildArgs: { BUILDKIT_CACHE_MOUNT_NS: 'ns-one' },
    mutation: { buildArgs: { BUILDKIT_CACHE_MOUNT_NS: 'ns-two' } },
    rebuilt: ['RUN --mount=type=cache,target=/c echo ok > /ok'],
  },
  {
    name: 'cache-mount-ns-isolates',
    dockerfile: df(...pre, 'RUN --mount=type=cache,target=/c touch /c/m-{{SALT}}'),
    buildArgs: { BUILDKIT_CACHE_MOUNT_NS: 'ns-one' },
    mutation: { buildArgs: { BUILDKIT_CACHE_MOUNT_NS: 'ns-two' }, dockerfile: df(...pre, 'RUN --mount=type=cache,target=/c ls /c | grep -c m-{{SALT}} > /n || true') },
    rebuilt: ['RUN --mount=type=cache,target=/c ls /c | grep -c m-{{SALT}} > /n || true'],
    files: { '/n': '0\n' },
  },
  {
    name: 'cache-mount-ns-then-none',
    extended: true,
    dockerfile: df(...pre, 'RUN --mount=type=cache,id=n-{{SALT}},target=/c touch /c/m'),
    buildArgs: { BUILDKIT_CACHE_MOUNT_NS: 'a' },
    mutation: { dockerfile: df(...pre, 'RUN --mount=type=cache,id=n-{{SALT}},target=/c ls /c > /n'), buildArgs: {} },
    rebuilt: ['RUN --mount=type=cache,id=n-{{SALT}},target=/c ls /c > /n'],
    files: { '/n': '' },
  },
  // A secret or ssh mount is part of the step whether it is given or not (BuildKit's SecretOpt/SSHOpt): giving it
  // later keeps the step, and its options count even when it is missing.
  {
    name: 'secret-optional-given-later',
    dockerfile: df(...pre, 'RUN --mount=type=secret,id=tok (test -f /run/secrets/tok && echo yes || echo no) > /s'),
    secrets: {},
    mutation: { secrets: { tok: 'value' } },
    rebuilt: [],
    files: { '/s': 'no\n' },
  },
  {
    name: 'secret-optional-withdrawn',
    extended: true,
    dockerfile: df(...pre, 'RUN --mount=type=secret,id=tok (test -f /run/secrets/tok && echo yes || echo no) > /s'),
    secrets: { tok: 'value' },
    mutation: { secrets: {} },
    rebuilt: [],
    files: { '/s': 'yes\n' },
  },
  {
    name: 'secret-missing-target-changes',
    dockerfile: df(...pre, 'RUN --mount=type=secret,id=tok,target=/s1 echo ok > /ok'),
    mutation: { dockerfile: df(...pre, 'RUN --mount=type=secret,id=tok,target=/s2 echo ok > /ok') },
    rebuilt: ['RUN --mount=type=secret,id=tok,target=/s2 echo ok > /ok'],
  },
  {
    name: 'ssh-missing-mode-changes',
    extended: true,
    dockerfile: df(...pre, 'RUN --mount=type=ssh echo ok > /ok'),
    mutation: { dockerfile: df(...pre, 'RUN --mount=type=ssh,mode=0666 echo ok > /ok') },
    rebuilt: ['RUN --mount=type=ssh,mode=0666 echo ok > /ok'],
  },
  {
    // BuildKit's nonEnvArgs: the SBOM scanner's switches never reach RUN's environment.
    name: 'sbom-scan-stage-arg-changes',
    dockerfile: df(...pre, 'ARG BUILDKIT_SBOM_SCAN_STAGE=true', 'RUN env | grep -c SBOM > /n || true'),
    mutation: { dockerfile: df(...pre, 'ARG BUILDKIT_SBOM_SCAN_STAGE=false', 'RUN env | grep -c SBOM > /n || true') },
    rebuilt: [],
    files: { '/n': '0\n' },
  },
  {
    // COPY holds its resolved, cleaned paths only: WORKDIR spelt otherwise (`/w/`) keeps it.
    name: 'workdir-trailing-slash-then-copy-rel',
    dockerfile: df(...pre, 'WORKDIR /w', 'COPY a.txt rel.txt', 'COPY c.txt /c.txt'),
    context: [f('a.txt'), f('c.txt')],
    mutation: { dockerfile: df(...pre, 'WORKDIR /w/', 'COPY a.txt rel.txt', 'COPY c.txt /c.txt') },
    rebuilt: [],
    files: { '/w/rel.txt': 'a.txt\n' },
  },
  {
    name: 'copy-from-src-paths-cleaned',
    dockerfile: df('FROM {{BASE}} AS s', 'COPY salt /ss', 'COPY d/ /out/', 'FROM {{BASE}}', 'COPY salt /salt', 'COPY --from=s /out/a.txt /a.txt', 'COPY --from=s /out /o/', 'COPY c.txt /c.txt'),
    context: [f('d/a.txt'), f('c.txt')],
    mutation: { dockerfile: df('FROM {{BASE}} AS s', 'COPY salt /ss', 'COPY d/ /out/', 'FROM {{BASE}}', 'COPY salt /salt', 'COPY --from=s out/./x/../a.txt /a.txt', 'COPY --from=s /out/ /o/', 'COPY c.txt /c.txt') },
    rebuilt: [],
  },
  {
    name: 'copy-chmod-leading-zero',
    dockerfile: df(...pre, 'COPY --chmod=755 a.sh /a.sh', 'COPY c.txt /c.txt'),
    context: [f('a.sh', 'echo\n', { mode: 0o644 }), f('c.txt')],
    mutation: { dockerfile: df(...pre, 'COPY --chmod=0755 a.sh /a.sh', 'COPY c.txt /c.txt') },
    rebuilt: [],
    modes: { '/a.sh': 0o755 },
  },
  {
    name: 'tmpfs-size-zero-explicit',
    extended: true,
    dockerfile: df(...pre, 'RUN --mount=type=tmpfs,target=/t echo hi > /hi'),
    mutation: { dockerfile: df(...pre, 'RUN --mount=type=tmpfs,target=/t,size=0 echo hi > /hi') },
    rebuilt: [],
  },
];

/** Context entries every case gets besides its own. */
export function saltEntries(name: string, salt: string): ContextSpec[] {
  return [f('salt', `${name} ${salt}\n`)];
}
