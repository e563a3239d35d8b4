import type { ConformanceCase } from '../support/conformance.js';
import { rawTarBytes } from '../support/rootfs.js';

/** A Dockerfile from its lines. */
const df = (...lines: string[]): string => `${lines.join('\n')}\n`;
/** Cache mount ids unique to this run: the reference engine keeps its cache mounts between runs, hoist's state is fresh. */
const RUN_ID = Date.now().toString(36);

/**
 * RUN steps and the layers they produce, as BuildKit writes them (see probe-run.test.ts). Each case is a
 * differential probe against `docker build` (Engine 26): what the step sees is written into the image so the
 * comparison checks it too.
 */
export const probeRunCases: ConformanceCase[] = [
  {
    // /etc/hosts and /etc/resolv.conf are read-only bind mounts (writes and rm fail, nothing reaches a layer);
    // /etc/hostname is not mounted: a RUN may write and remove it. A later RUN sees fresh files.
    name: 'probe-etc-mount-edits',
    dockerfile: df(
      'FROM {{BASE}}',
      'RUN for f in hosts hostname resolv.conf; do (echo "# edit" >> /etc/$f) 2>/dev/null && echo "$f rw" >> /etc-rw || echo "$f ro" >> /etc-rw; (rm /etc/$f) 2>/dev/null && echo "$f rm" >> /etc-rm || echo "$f kept" >> /etc-rm; done; ls /etc | sort > /etc-ls0',
      'RUN grep -c "# edit" /etc/hosts > /next-hosts || echo none > /next-hosts; grep -c "# edit" /etc/resolv.conf > /next-resolv || echo none > /next-resolv',
      'RUN touch /etc/newfile && ls /etc | sort > /etc-ls',
    ),
  },
  {
    // --build-arg BUILDKIT_SANDBOX_HOSTNAME names the steps' host (testDockerfileCheckHostname); a Dockerfile ARG
    // of that name does not.
    name: 'probe-sandbox-hostname-build-arg',
    buildArgs: { BUILDKIT_SANDBOX_HOSTNAME: 'foo' },
    dockerfile: df(
      'FROM {{BASE}}',
      'ARG BUILDKIT_SANDBOX_HOSTNAME=ignored',
      'RUN { hostname; echo "$HOSTNAME"; cat /etc/hostname; cat /etc/hosts; } > /out',
    ),
  },
  {
    // Metadata-only changes of lower entries, one per RUN: an mtime (file, directory), a symlink's owner, a symlink
    // retargeted, a mode changed and one set to what it was.
    name: 'probe-lower-metadata-only',
    dockerfile: df(
      'FROM {{BASE}}',
      'RUN mkdir -p /m/d /m/e && echo a > /m/f && ln -s f /m/l && ln -s /nowhere /m/l2 && touch /m/d/x',
      'RUN touch -d @1600000000 /m/f',
      'RUN touch /m/d',
      'RUN chown -h 5:6 /m/l',
      'RUN ln -sfn /etc /m/l2',
      'RUN chmod 700 /m/e',
      'RUN chmod 755 /m/e /bin',
      'RUN touch -d @1500000000 /etc/passwd /usr/local',
    ),
  },
  {
    // Hardlinks to files of the base image, a hardlink kept when its other name is removed, a link group losing its first name.
    name: 'probe-hardlinks-to-base',
    dockerfile: df(
      'FROM {{BASE}}',
      'RUN ln /bin/busybox /usr/bin/bb && ln /etc/passwd /etc/passwd.hard',
      'RUN ln /etc/group /tmp/group.hard && rm /etc/group',
      'RUN mkdir /h && echo x > /h/a && ln /h/a /h/b && ln /h/a /h/c',
      'RUN rm /h/a && echo y >> /h/b',
    ),
  },
  {
    // What a RUN leaves under /var/cache, /run, /tmp is kept; /dev is the sandbox's own (nothing written there is kept).
    name: 'probe-leftovers-tmp-run-dev',
    dockerfile: df(
      'FROM {{BASE}}',
      'RUN mkdir -p /var/cache/apk /run/lock /tmp/sub && echo x > /var/cache/apk/idx && echo pid > /run/lock/l && echo t > /tmp/sub/t && (touch /dev/shm/x /dev/newdev 2>/dev/null; true)',
      'RUN ls -a /dev | sort > /dev-ls; ls -a /run | sort > /run-ls; ls -ld /dev/shm /tmp /run | cut -c1-10 > /modes',
    ),
  },
  {
    // Users added by a RUN: HOME, primary and supplementary groups for a uid, name:group, name:unknown-gid, uid:group;
    // WORKDIR parents created under USER belong to that user.
    name: 'probe-users-home-groups',
    dockerfile: df(
      'FROM {{BASE}}',
      'RUN echo "app:x:1500:1500:App:/srv/app:/bin/sh" >> /etc/passwd && echo "app:x:1500:" >> /etc/group && echo "grp:x:1600:app" >> /etc/group && echo "other:x:1700:alice,app" >> /etc/group',
      'USER 1500',
      'RUN echo "$HOME" > /tmp/h1; id > /tmp/i1; umask > /tmp/u1; touch /tmp/f1',
      'USER app:grp',
      'RUN echo "$HOME" > /tmp/h2; id > /tmp/i2; touch /tmp/f2',
      'USER app:1800',
      'RUN id > /tmp/i3',
      'USER 1500:grp',
      'RUN id > /tmp/i4',
      'USER 1000',
      'RUN id > /tmp/i5; echo "$HOME" > /tmp/h5',
      'USER app',
      'WORKDIR /srv/app/newdir/deeper',
      'RUN touch here && ls -lnd /srv /srv/app /srv/app/newdir . | awk \'{print $1,$3,$4,$9}\' > /tmp/wd',
    ),
  },
  {
    // A secret that is not given (required=false) is not mounted and leaves no target; a tmpfs over /tmp hides its
    // lower content for that RUN only.
    name: 'probe-secret-missing-and-tmpfs',
    dockerfile: df(
      'FROM {{BASE}}',
      'RUN --mount=type=secret,id=nosuch ls /run/secrets > /secrets-ls 2>&1 || echo absent > /secrets-ls',
      'RUN --mount=type=secret,id=nosuch,target=/opt/conf/secret.txt ls /opt/conf > /conf-ls 2>&1 || echo absent > /conf-ls',
      'RUN mkdir -p /tmp/keep && echo k > /tmp/keep/k',
      'RUN --mount=type=tmpfs,target=/tmp echo gone > /tmp/new && ls -a /tmp > /tmpfs-ls',
      'RUN ls /tmp/keep > /after-tmpfs',
    ),
  },
  {
    // Mount targets relative to WORKDIR; the parents of a tmpfs target made for it are not in the layer.
    name: 'probe-mount-relative-targets',
    dockerfile: df(
      'FROM {{BASE}}',
      'WORKDIR /app',
      'RUN --mount=type=bind,source=a.txt,target=mounted.txt cat mounted.txt > copy.txt',
      `RUN --mount=type=cache,target=cache/dir,id=probe-rel-cache-${RUN_ID} ls cache > cache-ls`,
      'RUN --mount=type=tmpfs,target=/a/b/c true',
      'RUN ls -a /a /a/b /app > /ls 2>&1 || true',
    ),
    context: [{ path: 'a.txt', content: 'a\n', mtime: 1_600_000_000 }],
  },
  {
    // Unreadable files and directories (mode 0), a lower directory renamed (copied, the old name whited out), setgid inheritance.
    name: 'probe-locked-and-renamed',
    dockerfile: df(
      'FROM {{BASE}}',
      'RUN mkdir -p /locked/in /moved/sub && echo x > /locked/in/f && echo y > /moved/sub/y && chmod 000 /locked/in/f /locked/in && chmod 0 /locked',
      'RUN mv /moved /renamed && mv /etc/group /etc/group.old',
      'RUN mkdir /sg && chgrp 50 /sg && chmod 2775 /sg && mkdir /sg/child && touch /sg/file',
      'RUN chmod 755 /locked && rm -rf /locked/in',
    ),
  },
  {
    // Every child of a lower directory removed, a directory replaced by a symlink and by a file, the root's own mode and owner.
    name: 'probe-root-and-whole-dirs',
    dockerfile: df(
      'FROM {{BASE}}',
      'RUN mkdir -p /opt/real && echo o > /opt/real/o && mkdir -p /usr/local/share/x && echo s > /usr/local/share/x/s',
      'RUN rm -rf /usr/* && mkdir /usr/new && touch /usr/new/n',
      'RUN rm -rf /var/log && ln -s /opt/real /var/log && rm -rf /home/bob && echo file > /home/bob',
      'RUN chmod 750 / && chown 0:50 /',
      'RUN chmod 755 /',
    ),
  },
  {
    // Mount targets under lower symlinks (resolved in the rootfs), a cache mount over a lower directory (hidden, kept).
    name: 'probe-mount-targets-through-symlinks',
    dockerfile: df(
      'FROM {{BASE}}',
      'RUN mkdir -p /opt/tool && ln -s /opt/tool /tool && ln -s ../run /rundir',
      `RUN --mount=type=cache,target=/var/run/cachex,id=probe-sym-cache-${RUN_ID} --mount=type=tmpfs,target=/tool/tmp ls -a /run /opt/tool > /seen`,
      'RUN --mount=type=bind,source=a.txt,target=/rundir/sub/a.txt cat /run/sub/a.txt > /read',
      `RUN --mount=type=cache,target=/usr/local,id=probe-lower-cache-${RUN_ID} ls -a /usr/local > /ul && touch /usr/local/in-cache`,
      'RUN ls -a /usr/local /run /opt/tool > /after 2>&1',
    ),
    context: [{ path: 'a.txt', content: 'a\n', mtime: 1_600_000_000 }],
  },
  {
    // An image whose WorkingDir is gone: the RUN creates it (root-owned, also under a USER) and it is in the layer.
    name: 'probe-missing-workdir-from-image',
    prebuild: { PARENT: 'FROM {{BASE}}\nWORKDIR /w/inner\nRUN rmdir /w/inner && echo p > /p\n' },
    dockerfile: df('FROM {{PARENT}}', 'RUN pwd > /pwd && ls -ld /w | cut -c1-10 > /wmode'),
  },
  {
    name: 'probe-missing-workdir-user',
    prebuild: { PARENT: 'FROM {{BASE}}\nWORKDIR /w2\nRUN rmdir /w2\nUSER alice\n' },
    dockerfile: df('FROM {{PARENT}}', 'RUN pwd > /tmp/pwd && id > /tmp/id'),
  },
  {
    // Processes a RUN leaves behind (in the background, in their own session) die with it: their later writes are never seen.
    name: 'probe-background-processes',
    dockerfile: df(
      'FROM {{BASE}}',
      'RUN (sleep 2; echo late > /late) & echo now > /now',
      'RUN setsid sh -c "sleep 2; echo late > /late2" > /dev/null 2>&1 < /dev/null & echo now > /now2',
      'RUN sleep 1; ls -a / > /tmp/ls-after; grep -v ls-after /tmp/ls-after > /ls-after',
    ),
  },
  {
    // runc's default capabilities (root and a user), no mount, read-only /sys, no network admin.
    // Not compared: Seccomp (BuildKit applies Docker's default seccomp profile: 2; hoist's sandbox has none: 0).
    name: 'probe-privileges',
    dockerfile: df(
      'FROM {{BASE}}',
      'RUN grep -E "^Cap(Inh|Prm|Eff|Bnd|Amb)" /proc/self/status > /caps; grep -E "^NoNewPrivs:" /proc/self/status > /nnp; (mkdir -p /mnt/t && mount -t tmpfs none /mnt/t 2>/dev/null && echo mounted || echo refused) > /mount-res; (touch /sys/x 2>/dev/null && echo w || echo ro) > /sys-res; (ip link add dummy0 type dummy 2>/dev/null && echo added || echo refused) > /ip-res',
      'USER alice',
      'RUN grep -E "^Cap(Inh|Prm|Eff|Bnd|Amb)" /proc/self/status > /tmp/caps-alice',
    ),
  },
  {
    // RUN on an image whose layers hold whiteouts, opaque directories and hardlinks across layers.
    name: 'probe-base-with-whiteouts',
    prebuild: { PARENT: 'FROM {{BASE}}\nRUN mkdir -p /d/a /d/b /e && echo 1 > /d/a/1 && echo 2 > /d/b/2 && echo e > /e/e && ln /d/a/1 /d/hard\nRUN rm -rf /d/a /etc/group && rm -rf /e && mkdir /e && echo n > /e/n\nRUN rm /d/hard && ln /d/b/2 /d/b/2h\n' },
    dockerfile: df(
      'FROM {{PARENT}}',
      'RUN find /d /e | sort > /seen && ls /etc > /etc-seen',
      'RUN rm /d/b/2 && echo again > /d/a && rm -rf /e && mkdir -p /e/n',
      'RUN echo g > /etc/group && chmod 600 /d/b/2h',
    ),
  },
  {
    // RUN heredocs: <<- with tabs, a shebang with a flag, a heredoc with a command and flags, a quoted heredoc into a script.
    name: 'probe-heredoc-variants',
    dockerfile: df(
      'FROM {{BASE}}',
      'ENV GREETING=hi',
      'RUN <<-EOF',
      '\techo "tabs $GREETING" > /tabs',
      '\tEOF',
      'RUN <<EOF',
      '#!/bin/sh -e',
      'echo "$0 $GREETING" > /shebang-args',
      'ls -l "$0" | cut -c1-10 > /heredoc-mode',
      'EOF',
      'RUN <<EOF sh -x',
      'echo x > /withx',
      'EOF',
      'RUN cat > /app.sh <<"EOF" && chmod +x /app.sh && /app.sh',
      '#!/bin/sh',
      'echo "$GREETING \\$HOME" > /app-out',
      'EOF',
    ),
  },
  {
    // A stage from scratch without /etc/passwd: USER uid:gid (BuildKit's fast path, no file read), HOME=/, the default
    // PATH, WORKDIR made for that user, the mount stubs and /dev, /proc, /sys left.
    name: 'probe-scratch-user-workdir',
    dockerfile: df(
      'FROM scratch',
      'COPY --from={{BASE}} /bin/busybox /bin/busybox',
      'USER 1000:1000',
      'WORKDIR /app',
      'RUN ["/bin/busybox", "sh", "-c", "/bin/busybox id > id; echo \\"$HOME|$PATH\\" > home; /bin/busybox env | /bin/busybox sort > env; /bin/busybox ls -lnA / | /bin/busybox awk \'{print $1,$3,$4,$9}\' > root-ls"]',
      'USER 0:0',
      'RUN ["/bin/busybox", "sh", "-c", "echo $HOME > /app/root-home; /bin/busybox mkdir -p /etc && echo x > /etc/x"]',
    ),
  },
  {
    // The context bound at WORKDIR (target=.), cache mounts for a USER: with uid/gid/mode, and without (root-owned).
    name: 'probe-bind-workdir-and-cache-owner',
    dockerfile: df(
      'FROM {{BASE}}',
      'WORKDIR /src',
      'COPY a.txt ./copied.txt',
      'RUN --mount=type=bind,target=. cat a.txt sub/b.txt > /out.txt && ls -a > /src-ls.txt',
      'USER alice',
      `RUN --mount=type=cache,target=/home/alice/.cache,uid=1000,gid=1000,mode=0700,id=probe-owner-cache-${RUN_ID} ls -lnd /home/alice/.cache | cut -c1-10 > /tmp/cache-mode && touch /home/alice/.cache/x`,
      `RUN --mount=type=cache,target=/home/alice/.npm,id=probe-owner-cache2-${RUN_ID} (touch /home/alice/.npm/y 2>/dev/null && echo ok || echo denied) > /tmp/npm-res; ls -lnd /home/alice/.npm | awk '{print $1,$3,$4}' > /tmp/npm-mode`,
      'RUN ls -lnA /home/alice | awk \'{print $1,$3,$4,$9}\' > /tmp/home-ls',
    ),
    context: [{ path: 'a.txt', content: 'a\n', mtime: 1_600_000_000 }, { path: 'sub/b.txt', content: 'b\n', mtime: 1_600_000_000 }],
  },
  {
    // A mount's source in a stage through an absolute symlink resolves inside that stage (hoist looked the link's
    // target up on the host); for a bind and for a seeded cache.
    name: 'probe-mount-from-stage-absolute-symlink-source',
    dockerfile: df(
      'FROM {{BASE}} AS s0',
      'RUN mkdir -p /opt/real/sub && echo r > /opt/real/r && ln -s /opt/real /opt/abs',
      'FROM {{BASE}}',
      'RUN --mount=from=s0,source=/opt/abs,target=/m1 --mount=from=s0,source=/opt/abs/sub,target=/m2 ls -A /m1 /m2 > /o1',
      `RUN --mount=type=cache,from=s0,source=/opt/abs,target=/c,id=probe-abs-${RUN_ID} ls -A /c > /o2`,
    ),
  },
  {
    // Two mounts at one target: the step sees the last one only (hoist refused a file over a directory, or stacked).
    name: 'probe-mount-duplicate-target-last-wins',
    dockerfile: df(
      'FROM {{BASE}}',
      'RUN --mount=source=dir,target=/m --mount=source=a.txt,target=/m cat /m > /o1',
      'RUN --mount=source=dir,target=/n --mount=type=tmpfs,target=/n stat -c "%a %F" /n > /o2 && ls -A /n >> /o2',
      'RUN find /m /n | sort > /o3',
    ),
    context: [{ path: 'a.txt', content: 'a.txt\n', mtime: 1_600_000_000 }, { path: 'dir/b.txt', content: 'b\n', mtime: 1_600_000_000 }],
  },
  {
    // One cache id mounted twice in one RUN is one directory, whatever the sharing (two locked leases deadlocked).
    name: 'probe-cache-same-id-twice-in-one-run',
    dockerfile: df(
      'FROM {{BASE}}',
      `RUN --mount=type=cache,id=probe-twice-${RUN_ID},target=/a --mount=type=cache,id=probe-twice-${RUN_ID},target=/b touch /a/from-a && ls -A /b > /o1`,
      `RUN --mount=type=cache,id=probe-twice2-${RUN_ID},target=/a,sharing=private --mount=type=cache,id=probe-twice2-${RUN_ID},target=/b,sharing=private touch /a/from-a && ls -A /b > /o2`,
      `RUN --mount=type=cache,id=probe-lock2-${RUN_ID},target=/a,sharing=locked --mount=type=cache,id=probe-lock2-${RUN_ID},target=/b,sharing=locked touch /b/from-b && ls -A /a > /o3`,
      `RUN --mount=type=cache,id=probe-lock3-${RUN_ID},target=/a,sharing=private --mount=type=cache,id=probe-lock3-${RUN_ID},target=/b,sharing=locked touch /b/from-b && ls -A /a > /o4`,
    ),
  },
  {
    // A bind, cache or tmpfs mount without target= is mounted at the working directory (a relative empty target), as
    // BuildKit resolves it (Navidrome: RUN --mount=type=bind,source=. after WORKDIR); hoist said "needs a target".
    name: 'probe-mounts-without-target-use-workdir',
    context: [{ path: 'a.txt', content: 'A\n', mtime: 1_600_000_000 }, { path: 'ui/build/.keep', content: '', mtime: 1_600_000_000 }],
    dockerfile: df(
      'FROM {{BASE}} AS ui',
      'RUN mkdir -p /build && echo ui > /build/app.js',
      'FROM {{BASE}}',
      'WORKDIR /workspace',
      'RUN --mount=type=bind,source=. --mount=from=ui,source=/build,target=./ui/build,ro cat a.txt ui/build/app.js > /out.txt',
      'RUN --mount=type=bind cat /workspace/a.txt >> /out.txt',
      `RUN --mount=type=cache,id=probe-notarget-${RUN_ID} touch c1 && ls >> /out.txt`,
      'RUN --mount=type=tmpfs touch t1 && ls >> /out.txt',
      'RUN ls /workspace >> /out.txt',
    ),
  },
  {
    // A cache mount's default id is its target as written, cleaned (path.Clean), not resolved against WORKDIR:
    // `cache` under /a and /b is one cache, `./cache` the same, `/b/cache` and `/cache` others.
    name: 'probe-cache-mount-default-id-as-written',
    dockerfile: df(
      'FROM {{BASE}}',
      'WORKDIR /a',
      `RUN --mount=type=cache,target=cache-${RUN_ID} touch cache-${RUN_ID}/from-a`,
      'WORKDIR /b',
      `RUN --mount=type=cache,target=cache-${RUN_ID} ls cache-${RUN_ID} > /out.txt`,
      `RUN --mount=type=cache,target=./cache-${RUN_ID}/ echo dot: >> /out.txt && ls cache-${RUN_ID} >> /out.txt`,
      `RUN --mount=type=cache,target=/b/cache-${RUN_ID} echo abs: >> /out.txt && ls cache-${RUN_ID} >> /out.txt`,
      'WORKDIR /',
      `RUN --mount=type=cache,target=root-${RUN_ID} touch root-${RUN_ID}/rel`,
      `RUN --mount=type=cache,target=/root-${RUN_ID} echo root-abs: >> /out.txt && ls /root-${RUN_ID} >> /out.txt`,
    ),
  },
  {
    // A stage's hardlinked symlinks (`ln link other`), copied out with COPY --from: each name is the symlink (hoist
    // opened the second name as a file and failed).
    name: 'probe-copy-from-stage-hardlinked-symlink',
    dockerfile: df('FROM {{BASE}} AS s', 'RUN mkdir /l && cd /l && echo z > z && ln -s z zs && ln zs b && ln -s /etc/passwd abs && ln abs abs2', 'FROM {{BASE}}', 'COPY --from=s /l /c', 'COPY --from=s /l/b /one/'),
  },
  {
    // A working directory with `..` after a directory that is not there: BuildKit keeps WorkingDir as written and
    // runc makes it as written (MkdirAll as root, before the user changes), so the RUN's layer holds /a/b.
    name: 'probe-workdir-dotdot-after-missing-dir',
    dockerfile: df('FROM {{BASE}}', 'WORKDIR /a/b/..', 'USER 1000:1000', 'RUN pwd > /tmp/p1', 'WORKDIR /x/y/../z', 'RUN pwd > /tmp/p2'),
  },
  {
    // runc mounts a tmpfs over an existing directory with that directory's mode (special bits too; the owner stays
    // 0:0); a new target gets tmpfs's 1777. Written as alice, so the mode decides who may write there.
    name: 'probe-tmpfs-mode-from-target',
    dockerfile: df(
      'FROM {{BASE}}',
      'RUN mkdir -m 700 /private && mkdir -m 2750 /shared && chown 1000:1000 /shared',
      'RUN --mount=type=tmpfs,target=/private --mount=type=tmpfs,target=/shared --mount=type=tmpfs,target=/usr/local --mount=type=tmpfs,target=/tmp --mount=type=tmpfs,target=/fresh,size=1m stat -c "%a %u:%g %n" /private /shared /usr/local /tmp /fresh > /modes',
      'USER alice',
      'RUN --mount=type=tmpfs,target=/private --mount=type=tmpfs,target=/fresh (touch /private/x 2>/dev/null && echo private-rw || echo private-denied; touch /fresh/x && echo fresh-rw) > /tmp/writes',
    ),
  },
  {
    // One cache id, several uid/gid/mode settings: BuildKit seeds a mount that sets any of them (and has no from=)
    // with a directory of those settings, and keys the cache by that seed, so each setting has its own directory,
    // apart from the plain mount's; the same setting again finds its own files.
    name: 'probe-cache-mount-permission-settings-apart',
    dockerfile: df(
      'FROM {{BASE}}',
      `RUN --mount=type=cache,target=/c,id=probe-perm-${RUN_ID} touch /c/plain && stat -c '%u %g %a' /c > /o0`,
      `RUN --mount=type=cache,target=/c,id=probe-perm-${RUN_ID},uid=1000 stat -c '%u %g %a' /c > /o1 && ls -A /c > /l1 && touch /c/m1`,
      `RUN --mount=type=cache,target=/c,id=probe-perm-${RUN_ID},uid=1001,mode=0700 stat -c '%u %g %a' /c > /o2 && ls -A /c > /l2`,
      `RUN --mount=type=cache,target=/c,id=probe-perm-${RUN_ID},gid=0 stat -c '%u %g %a' /c > /o3 && ls -A /c > /l3`,
      `RUN --mount=type=cache,target=/c,id=probe-perm-${RUN_ID},uid=1000 ls -A /c > /l4`,
      `RUN --mount=type=cache,target=/c,id=probe-perm-${RUN_ID} ls -A /c > /l5`,
    ),
  },
  {
    // USER root:root and 0:root with no /etc/passwd or /etc/group: BuildKit's uid:gid fast path takes `root` as 0 and
    // reads no file (hoist failed: "unable to find user root"). The final USER is numeric: umoci cannot parse 0:root
    // without a group file.
    name: 'user-root-names-without-passwd',
    dockerfile: df('FROM scratch', 'COPY --from={{BASE}} /bin/busybox /bin/busybox', 'USER root:root', 'RUN ["/bin/busybox", "sh", "-c", "/bin/busybox id > /id1; echo $HOME > /home1"]', 'USER 0:root', 'RUN ["/bin/busybox", "sh", "-c", "/bin/busybox id > /id2"]', 'USER 0:0'),
  },
  {
    // A RUN's stdin is an empty pipe at EOF, as BuildKit gives it (hoist gave /dev/null: `[ -p /dev/stdin ]` failed).
    name: 'run-stdin-empty-pipe',
    dockerfile: df(
      'FROM {{BASE}}',
      'RUN timeout 5 cat > /stdin-content; echo $? > /cat-rc; ([ -p /dev/stdin ] && echo pipe || echo nopipe) > /isp; stat -Lc %F /proc/self/fd/0 > /fd0type; (read x; echo "read $?") > /read-rc',
    ),
  },
  {
    // Mount options from ARG/ENV, a whole stage bound, a read-only cache mount, a tmpfs with a size.
    name: 'probe-mount-options',
    dockerfile: df(
      'FROM {{BASE}} AS tools',
      'RUN mkdir -p /opt/t && echo t > /opt/t/t',
      'FROM {{BASE}}',
      'ARG CACHE=/var/cache/probe',
      'ARG SRC=/opt/t',
      'ENV MNT=/mnt/tools',
      `RUN --mount=type=cache,target=\${CACHE},id=probe-exp-\${CACHE}-${RUN_ID} touch \${CACHE}/x && ls -ld \${CACHE} | cut -c1-10 > /cache-exp`,
      'RUN --mount=type=bind,from=tools,source=${SRC},target=${MNT} cat $MNT/t > /bind-exp',
      'RUN --mount=type=bind,from=tools,target=/whole ls /whole/opt/t > /whole-ls',
      `RUN --mount=type=cache,target=/ro-cache,readonly,id=probe-ro-${RUN_ID} (touch /ro-cache/x 2>/dev/null && echo rw || echo ro) > /ro-res`,
      'RUN --mount=type=tmpfs,target=/t,size=1m (dd if=/dev/zero of=/t/big bs=1k count=2048 2>/dev/null && echo fit || echo full) > /tmpfs-size',
    ),
  },
  {
    // A heredoc RUN without a shebang runs through SHELL (its flags in $-); with a shebang, through that interpreter
    // (no -e: a failing line does not stop it).
    name: 'probe-heredoc-with-shell',
    dockerfile: df(
      'FROM {{BASE}}',
      'SHELL ["/bin/sh", "-ec"]',
      'RUN <<EOF',
      'echo "$0 $-" > /flags',
      'EOF',
      'RUN <<EOF',
      '#!/bin/sh',
      'echo "$-" > /shebang-flags',
      'false',
      'echo continued > /continued',
      'EOF',
      'SHELL ["/bin/sh", "-c"]',
      'RUN <<EOF',
      'false',
      'echo continued > /continued2',
      'EOF',
    ),
  },
  {
    // BuildKit makes COPY/ADD destination and parent directories and WORKDIR with mkdir: inside a setgid directory
    // they inherit the bit and the directory's group, unless an owner is given (--chown, USER: the bit stays).
    // --link copies onto nothing, and directories copied from the source get their own mode.
    name: 'setgid-parent-propagates-to-created-dirs',
    dockerfile: [
      'FROM {{BASE}}',
      'RUN mkdir -p /w && chown 1000:1000 /w && chmod 2775 /w',
      'COPY src/ /w/plain/',
      'COPY --chown=1001:1001 src/a.txt /w/owned/a.txt',
      'COPY --chmod=750 src/ /w/cm/',
      'WORKDIR /w/wd/sub',
      'USER bob',
      'WORKDIR /w/bobs/dir',
      'USER root',
      'COPY <<EOF /w/hd/x/y.txt',
      'y',
      'EOF',
      'COPY --link src/ /w/linked/',
      'ADD {{FILES}}/hello.txt /w/dl/sub/h.txt',
      'ADD nodirs.tar /w/tar/',
      '',
    ].join('\n'),
    context: [
      { path: 'src/a.txt', content: 'a\n', mtime: 1_600_000_000 },
      { path: 'src/sub', type: 'dir', mode: 0o750, mtime: 1_600_000_000 },
      { path: 'src/sub/b.txt', content: 'b\n', mtime: 1_600_000_000 },
      { path: 'nodirs.tar', content: await rawTarBytes([{ name: 'a/b/c.txt', content: 'c\n' }]), mtime: 1_600_000_000 },
    ],
  },
  // Users as runc reads /etc/passwd and /etc/group: `#` lines are comments in group (not in passwd); USER takes
  // the first two `:` fields; an owner id of -1 is lchown's "leave it" (root, as the file was made).
  {
    name: 'users-group-comment-lines',
    dockerfile: df('FROM {{BASE}}', "RUN echo '#devs:x:3850:alice' >> /etc/group", 'COPY --chown=alice:#devs a.txt /a.txt', 'COPY --chown=:#devs a.txt /b.txt', 'USER alice', 'RUN id > /tmp/id'),
    context: [{ path: 'a.txt', content: 'a\n', mtime: 1_600_000_000 }],
  },
  // An id above 2^31-1 that passwd (uid) or group (gid) holds exactly is set up.
  { name: 'users-big-ids-with-entries', dockerfile: df('FROM {{BASE}}', 'RUN echo "bigq:x:3000000000:50::/:/bin/sh" >> /etc/passwd && echo "bg:x:3000000000:" >> /etc/group', 'USER bigq', 'RUN id > /tmp/id1', 'USER alice:bg', 'RUN id > /tmp/id2', 'USER root') },
  { name: 'users-user-three-fields', dockerfile: df('FROM {{BASE}}', 'USER alice:staff:x', 'RUN id > /tmp/id', 'USER 1000:50:x', 'RUN id > /tmp/id2', 'USER root') },
  {
    name: 'users-chown-minus-one',
    dockerfile: df('FROM {{BASE}} AS src', 'RUN echo s > /s && chown 7:7 /s', 'FROM {{BASE}}', 'COPY --chown=-1 a.txt /a.txt', 'COPY --chown=alice:-1 a.txt /b.txt', 'COPY --from=src --chown=-1:50 /s /s', 'USER -1', 'WORKDIR /w', 'USER root'),
    context: [{ path: 'a.txt', content: 'a\n', mtime: 1_600_000_000 }],
  },
  {
    name: 'users-passwd-minus-one-ids',
    dockerfile: df(
      'FROM {{BASE}}',
      'RUN echo "m1:x:-1:-1::/:/bin/sh" >> /etc/passwd && echo "mx:x:4294967295:4294967295::/:/bin/sh" >> /etc/passwd && echo "gm1:x:-1:" >> /etc/group && echo "gmx:x:4294967295:" >> /etc/group',
      'COPY --chown=m1 a.txt /o/1',
      'COPY --chown=mx a.txt /o/2',
      'COPY --chown=alice:gm1 a.txt /o/3',
      'COPY --chown=alice:gmx a.txt /o/4',
      'USER m1',
      'WORKDIR /w1',
      'USER root',
    ),
    context: [{ path: 'a.txt', content: 'a\n', mtime: 1_600_000_000 }],
  },
];

/** Builds that `docker build` fails, with the reason both builders must give. */
export const probeRunFailures: { name: string; dockerfile: string; reason: string }[] = [
  {
    // Without /etc/passwd only USER uid:gid (numbers or root) runs: runc's lookup reads the missing file as an error.
    name: 'user-uid-without-passwd',
    dockerfile: df('FROM scratch', 'COPY --from={{BASE}} /bin/busybox /bin/busybox', 'USER 1000', 'RUN ["/bin/busybox", "true"]'),
    reason: 'unable to find user 1000: invalid argument',
  },
  {
    // With /etc/passwd but no /etc/group, a user found in passwd needs the group file for its groups.
    name: 'user-name-without-group-file',
    dockerfile: df('FROM scratch', 'COPY --from={{BASE}} /bin/busybox /bin/busybox', 'COPY --from={{BASE}} /etc/passwd /etc/passwd', 'USER alice', 'RUN ["/bin/busybox", "true"]'),
    reason: 'unable to find groups for spec alice: invalid argument',
  },
  {
    name: 'run-exit-code',
    dockerfile: df('FROM {{BASE}}', 'RUN echo failing >&2; exit 3'),
    reason: 'exit code',
  },
];
