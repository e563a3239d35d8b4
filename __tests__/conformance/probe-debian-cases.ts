import type { ConformanceCase } from '../support/conformance.js';

/** A Dockerfile from its lines. */
const df = (...lines: string[]): string => `${lines.join('\n')}\n`;
/** Cache mount ids unique to this run: the reference engine keeps its cache mounts between runs, hoist's state is fresh. */
const RUN_ID = Date.now().toString(36);

/** dpkg and update-alternatives log each action with the wall-clock time of the run (the two builds run at different times). */
const DPKG_LOGS: Record<string, string> = {
  'var/log/dpkg.log': 'dpkg logs every action with the time of the run',
  'var/log/alternatives.log': 'update-alternatives logs every action with the time of the run',
};

/**
 * Builds on a Debian base (`{{DEBIAN}}`: debootstrap --variant=minbase bookworm, see probe-debian.test.ts), as real
 * Dockerfiles do them, offline: users and groups made by the shadow tools, local .deb packages, ldconfig, apt's
 * directories under cache mounts, bash as SHELL, setuid bits and file capabilities, metadata-only changes of many
 * lower files, hardlinks between lower files. What a RUN sees is written into the image so the comparison checks it.
 */
export const probeDebianCases: ConformanceCase[] = [
  {
    // groupadd/useradd/adduser/usermod: /etc/shadow and /etc/gshadow (0640 root:shadow) and their backups, the sparse
    // /var/log/lastlog and faillog records, the home made from /etc/skel; USER name, COPY --chown=name (parents made
    // for it), userdel -r (the home removed: whiteouts of a directory made by an earlier step).
    name: 'debian-users-shadow-tools',
    dockerfile: df(
      'FROM {{DEBIAN}}',
      'RUN groupadd -g 1200 devs && useradd -m -u 1500 -g devs -G users,staff -s /bin/bash alice && adduser --system --group --home /var/lib/svc --no-create-home svc > /dev/null && usermod -aG devs svc && useradd -r -M -N -s /usr/sbin/nologin -g nogroup daemon2',
      "RUN stat -c '%a %U %G %s %n' /etc/shadow /etc/gshadow /etc/passwd /etc/group /etc/shadow- /etc/gshadow- /etc/subuid /etc/subgid /var/log/lastlog /var/log/faillog /home/alice > /stats 2>&1; getent passwd alice svc daemon2 > /getent; id alice > /ids; id svc >> /ids; ls -lanR /home/alice | awk 'NF>3{print $1,$3,$4,$NF}' > /home-ls",
      'USER alice',
      'RUN id > /tmp/id && echo "$HOME|$USER|$SHELL|$PATH" > /tmp/env && umask > /tmp/umask && touch ~/made && mkdir -p ~/.config/app',
      'COPY --chown=alice:devs a.txt /home/alice/a.txt',
      'COPY --chown=svc b/ /var/lib/svc/b/',
      'USER svc:devs',
      'RUN id > /tmp/svc-id; touch /var/lib/svc/b/x; (touch /home/alice/x 2>/dev/null && echo wrote || echo denied) > /tmp/svc-touch',
      'USER root',
      'RUN userdel -r alice 2>/tmp/userdel.err; ls -A /home > /home-after; grep -c alice /etc/passwd /etc/shadow /etc/group /etc/gshadow > /alice-left || true',
    ),
    context: [
      { path: 'a.txt', content: 'a\n', mtime: 1_600_000_000 },
      { path: 'b/c.txt', content: 'c\n', mtime: 1_600_000_000 },
      { path: 'b/sub/d.txt', content: 'd\n', mode: 0o600, mtime: 1_600_000_000 },
    ],
  },
  {
    // A local .deb built in an earlier stage (dpkg-deb, SOURCE_DATE_EPOCH) and installed from a bind mount: the dpkg
    // database, a conffile, a hardlink and a setuid file in the package, maintainer scripts (groupadd, update-alternatives);
    // then removed (conffile kept, the alternative's symlinks and the package's directories whited out).
    name: 'debian-dpkg-local-deb',
    dockerfile: df(
      'FROM {{DEBIAN}} AS pkg',
      'ENV SOURCE_DATE_EPOCH=1600000000',
      'SHELL ["/bin/bash", "-euo", "pipefail", "-c"]',
      "RUN <<'EOF'",
      'mkdir -p /pkg/DEBIAN /pkg/usr/lib/hello /pkg/etc/hello /pkg/usr/share/doc/hello-probe /out',
      'printf "Package: hello-probe\\nVersion: 1.0-1\\nArchitecture: all\\nMaintainer: Probe <probe@example.com>\\nDescription: conformance probe\\n" > /pkg/DEBIAN/control',
      'echo /etc/hello/hello.conf > /pkg/DEBIAN/conffiles',
      'printf "#!/bin/sh\\necho hello-1 \\"\\$@\\"\\n" > /pkg/usr/lib/hello/hello-1',
      'chmod 755 /pkg/usr/lib/hello/hello-1 && ln /pkg/usr/lib/hello/hello-1 /pkg/usr/lib/hello/hello-hard',
      'cp /usr/bin/true /pkg/usr/lib/hello/suid && chmod 4755 /pkg/usr/lib/hello/suid',
      'echo "greeting=hi" > /pkg/etc/hello/hello.conf',
      'echo "probe" > /pkg/usr/share/doc/hello-probe/copyright',
      'printf "#!/bin/sh\\nset -e\\ngetent group hello-probe >/dev/null || groupadd -r hello-probe\\nmkdir -p /var/lib/hello-probe\\necho \\"installed \\$1\\" > /var/lib/hello-probe/state\\nchgrp hello-probe /var/lib/hello-probe\\nupdate-alternatives --quiet --install /usr/bin/hello hello /usr/lib/hello/hello-1 50\\n" > /pkg/DEBIAN/postinst',
      'printf "#!/bin/sh\\nset -e\\nupdate-alternatives --quiet --remove hello /usr/lib/hello/hello-1\\n" > /pkg/DEBIAN/prerm',
      'printf "#!/bin/sh\\nset -e\\n[ \\"\\$1\\" = purge ] && rm -rf /var/lib/hello-probe || true\\n" > /pkg/DEBIAN/postrm',
      'chmod 755 /pkg/DEBIAN/postinst /pkg/DEBIAN/prerm /pkg/DEBIAN/postrm',
      'dpkg-deb --root-owner-group --build /pkg /out/hello-probe_1.0-1_all.deb > /dev/null',
      'EOF',
      'FROM {{DEBIAN}}',
      "RUN --mount=type=bind,from=pkg,source=/out,target=/debs dpkg -i /debs/hello-probe_1.0-1_all.deb > /dpkg-i.out && hello world > /hello-out && dpkg -s hello-probe > /status && dpkg -L hello-probe > /list && readlink /usr/bin/hello /etc/alternatives/hello > /alt && update-alternatives --query hello > /altq && stat -c '%a %U %G %h %n' /usr/lib/hello/* /var/lib/hello-probe > /pkg-stat",
      "RUN echo '# local edit' >> /etc/hello/hello.conf && dpkg -r hello-probe > /dpkg-r.out && (ls -A /etc/hello /usr/lib/hello /var/lib/hello-probe 2>&1 || true) > /after-remove && dpkg -l hello-probe | tail -n1 | cut -c1-3 > /dpkg-l",
      'RUN dpkg --purge hello-probe > /dpkg-purge.out && (ls -A /etc/hello /var/lib/hello-probe 2>&1 || true) > /after-purge',
    ),
    ignorePaths: DPKG_LOGS,
  },
  {
    // What a RUN sees on Debian: environment, ids, umask, limits, hostname, capabilities, mounts (point and type), and
    // `find / -xdev` (every entry of the root filesystem with its mode and owner). hoist had no /sys/fs/cgroup mount and
    // masked /proc files with the host's /dev/null (devtmpfs, not the container's tmpfs node).
    // Not compared: Seccomp (BuildKit applies Docker's default profile: 2; hoist's sandbox has none: 0, see probe-run).
    name: 'debian-sandbox-view',
    dockerfile: df(
      'FROM {{DEBIAN}}',
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      "RUN (env | sort; id; umask; ulimit -n; ulimit -u; ulimit -s; hostname; cat /etc/hostname; grep -E '^(Cap|NoNewPrivs)' /proc/self/status; ls -l /proc/self/fd/ | awk 'NR>1{print $9,$10,$11}' | sed -E 's/[0-9]+/N/g') > /seen 2>&1; awk '{print $2,$3}' /proc/mounts | sort > /mounts; (ls /sys/fs/cgroup; awk '$2 ~ /^\\/sys\\/fs\\/cgroup/ {print $2, $4}' /proc/mounts | sort; mkdir /sys/fs/cgroup/x 2>/dev/null && echo rw || echo ro) > /cgroup; find / -xdev -printf '%M %U %G %p\\n' | grep -vE '^[^ ]+ [0-9]+ [0-9]+ /((proc|sys)/|find-root$)' | sort > /find-root",
      // --network=none: a sysfs of the step's network namespace (hoist stacked it on a first one: /sys twice in /proc/mounts).
      "RUN --network=none (awk '{print $2,$3}' /proc/mounts | sort; ls /sys/class/net /sys/fs/cgroup) > /mounts-network-none",
      'USER nobody',
      "RUN (id; umask; echo \"$HOME\"; grep -E '^Cap' /proc/self/status) > /tmp/nobody-seen 2>&1",
    ),
  },
  {
    // SHELL bash with pipefail: $0, $-, SHELLOPTS, a failing pipe; heredocs through SHELL (bash syntax), with a
    // shebang, into a command's stdin; process substitution; /bin/sh relinked to bash (a lower symlink replaced).
    name: 'debian-bash-shell-heredocs',
    dockerfile: df(
      'FROM {{DEBIAN}}',
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      'ENV NAME=probe',
      'RUN echo "$0|$-|$SHELLOPTS|$BASH_VERSINFO" > /bash-opts; (false | true) && echo piped-ok > /pf || echo piped-failed > /pf',
      'RUN <<EOF',
      'arr=(one two three)',
      'echo "${#arr[@]} ${arr[1]} ${NAME^^}" > /arr',
      'echo "$-|$SHELLOPTS" > /heredoc-opts',
      '[[ -n "$BASH_VERSION" ]] && echo bash > /heredoc-shell',
      'EOF',
      'RUN <<EOF',
      '#!/usr/bin/env bash',
      'set -eu',
      'declare -A m=([k]=v)',
      'echo "${m[k]} $0" > /shebang-bash',
      'EOF',
      'RUN cat <<EOF > /from-stdin',
      'home=$HOME name=$NAME',
      'EOF',
      "RUN cat > /usr/local/bin/tool <<'EOF' && chmod 0755 /usr/local/bin/tool && tool > /tool-out",
      '#!/bin/bash',
      'echo "tool $NAME ${BASH_SOURCE[0]}"',
      'EOF',
      'RUN diff <(echo a) <(echo a) && echo same > /procsub; ln -sf bash /usr/bin/sh && readlink /bin/sh /usr/bin/sh > /sh-link',
      'RUN echo "$0 $-" > /after-relink; ls -l /bin/sh /usr/bin/sh | awk \'{print $1,$NF}\' > /sh-ls',
    ),
  },
  {
    // setuid/setgid/sticky bits made and removed (on lower files too), and a file capability (security.capability,
    // set with perl's syscall: minbase has no setcap) read back by the next step, then kept by cp --preserve=all.
    name: 'debian-setuid-and-caps',
    dockerfile: df(
      'FROM {{DEBIAN}}',
      'RUN cp /usr/bin/id /usr/local/bin/id-suid && chmod u+s,g+s /usr/local/bin/id-suid && mkdir /srv/shared && chgrp staff /srv/shared && chmod 2775 /srv/shared && chmod u-s /usr/bin/chfn && chmod g-s /usr/bin/expiry && chmod +t /srv && chmod u+s /usr/bin/newgrp',
      `RUN cp /usr/bin/true /usr/local/bin/capped && perl -e '($f, $k, $v) = ("/usr/local/bin/capped", "security.capability", pack("V5", 0x02000001, 1 << 13, 0, 0, 0)); syscall(188, $f, $k, $v, length($v), 0) == 0 or die "setxattr: $!"'`,
      `RUN perl -e '$k = "security.capability"; for $f (@ARGV) { $b = "\\0" x 64; $n = syscall(191, $f, $k, $b, 64); print "$f ", ($n < 0 ? "none" : unpack("H*", substr($b, 0, $n))), "\\n" }' /usr/local/bin/capped /usr/bin/true > /caps && cp --preserve=all /usr/local/bin/capped /usr/local/bin/capped2 && stat -c '%a %U %G %n' /usr/local/bin/id-suid /srv/shared /usr/bin/chfn /usr/bin/expiry /srv /usr/bin/newgrp > /modes`,
      `RUN perl -e '$k = "security.capability"; for $f (@ARGV) { $b = "\\0" x 64; $n = syscall(191, $f, $k, $b, 64); print "$f ", ($n < 0 ? "none" : unpack("H*", substr($b, 0, $n))), "\\n" }' /usr/local/bin/capped /usr/local/bin/capped2 > /caps-next`,
      'USER nobody',
      'RUN /usr/local/bin/id-suid > /tmp/suid-id 2>&1; (touch /srv/shared/x 2>/dev/null && echo wrote || echo denied) > /tmp/shared',
    ),
  },
  {
    // Metadata-only changes of many lower files (chown -R, chmod -R), one that changes nothing (a+rX on readable
    // files), a lower directory's mtime only; hardlinks between lower files: a new name for a lower file, a lower
    // pair (perl, perl5.36.0) whose one name is changed (overlayfs copies it up alone: the pair is broken) and then
    // removed. Modes, owners and link counts read back by the next steps.
    name: 'debian-lower-metadata-and-hardlinks',
    dockerfile: df(
      'FROM {{DEBIAN}}',
      'RUN chown -R 1000:1000 /usr/share/perl5 && chmod -R go-w,o-rx /usr/share/doc && chmod -R a+rX /usr/share/common-licenses && ln /usr/bin/perl /usr/local/bin/perl-hard && ln /etc/passwd /root/passwd.hard && chmod 700 /usr/bin/perl5.36.0',
      "RUN chown -R root:root /usr/share/perl5/Debconf && touch -d @1600000000 /usr/share/zoneinfo && chmod 644 /etc/hostname /etc/passwd && stat -c '%h %a %u %g %n' /usr/share/perl5 /usr/share/perl5/Debconf /usr/share/doc /usr/share/doc/bash/copyright /usr/bin/perl /usr/bin/perl5.36.0 /usr/local/bin/perl-hard /etc/passwd /root/passwd.hard > /stat",
      "RUN rm /usr/bin/perl5.36.0 && echo '# x' >> /root/passwd.hard && stat -c '%h %a %n' /usr/bin/perl /usr/local/bin/perl-hard /etc/passwd > /links2 && tail -n1 /etc/passwd > /passwd-tail",
    ),
  },
  {
    // A lower directory replaced by a file, a file by a directory, a directory by a symlink, and back in the next step;
    // deep and wide trees: 40 levels of long names (paths over 255 bytes), a 200-byte name, 300 files, parts removed later.
    name: 'debian-swaps-and-deep-trees',
    dockerfile: df(
      'FROM {{DEBIAN}}',
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      'RUN rm -rf /usr/share/doc && echo gone > /usr/share/doc && rm /etc/debian_version && mkdir -p /etc/debian_version/sub && touch /etc/debian_version/sub/x && rm -rf /usr/share/locale && ln -s /tmp /usr/share/locale && d=/deep; for i in $(seq 1 40); do d=$d/level-$i-abcdefghij; done; mkdir -p $d && echo bottom > $d/file && ln -s /etc/passwd $d/link && ln $d/file /deep/top-hard && mkdir -p /wide && for i in $(seq 1 300); do echo $i > /wide/f$i; done && touch /wide/$(printf "n%.0s" $(seq 1 200))',
      'RUN rm /usr/share/doc && mkdir -p /usr/share/doc/newpkg && echo n > /usr/share/doc/newpkg/copyright && rm -rf /etc/debian_version && echo 12.x > /etc/debian_version && rm /usr/share/locale && mkdir /usr/share/locale && rm -rf /deep/level-1-abcdefghij/level-2-abcdefghij/level-3-abcdefghij/level-4-abcdefghij && rm /wide/f1* && chmod -R 700 /wide',
      'RUN (ls -A /usr/share/doc /usr/share/locale; cat /etc/debian_version; find /deep /wide | wc -l) > /seen',
    ),
  },
  {
    // apt's directories as Dockerfiles use them: under cache mounts (sharing=locked) the lower content is hidden
    // and nothing written there reaches the layer; then `rm -rf /var/lib/apt/lists/*` and archives (whiteouts of
    // lower files and directories).
    name: 'debian-apt-dirs-cache-mounts',
    dockerfile: df(
      'FROM {{DEBIAN}}',
      'RUN mkdir -p /var/lib/apt/lists/partial && for i in 1 2 3; do echo "Package: p$i" > /var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_p$i; done && touch /var/lib/apt/lists/lock && echo deb > /var/cache/apt/archives/fake_1.0_all.deb',
      `RUN --mount=type=cache,target=/var/cache/apt,sharing=locked,id=probe-deb-cache-${RUN_ID} --mount=type=cache,target=/var/lib/apt,sharing=locked,id=probe-deb-lib-${RUN_ID} ls -A /var/cache/apt /var/lib/apt > /in-cache; mkdir -p /var/lib/apt/lists && echo x > /var/lib/apt/lists/new && apt-cache stats > /dev/null 2>&1; ls -A /var/cache/apt > /cache-after; stat -c '%a %U %G %n' /var/cache/apt /var/lib/apt > /cache-modes`,
      'RUN ls -A /var/lib/apt/lists /var/cache/apt /var/cache/apt/archives > /after-mount && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial /var/cache/apt/*.bin',
      'RUN ls -A /var/lib/apt/lists /var/cache/apt/archives > /after-rm',
    ),
  },
  {
    // ARG DEBIAN_FRONTEND (in the RUN's environment, not in the image's), ENV PATH extended, a user made from ARGs, WORKDIR
    // under ENV for that user and for one of Debian's (www-data: the directories it makes are theirs), CMD.
    name: 'debian-arg-env-workdir-users',
    dockerfile: df(
      'FROM {{DEBIAN}}',
      'ARG DEBIAN_FRONTEND=noninteractive',
      'ARG APP_UID=1500',
      'ENV APP_HOME=/srv/app PATH=/srv/app/bin:$PATH',
      'RUN groupadd -g $APP_UID app && useradd -u $APP_UID -g app -d $APP_HOME -s /bin/bash app && env | sort > /build-env',
      'USER app',
      'WORKDIR $APP_HOME/bin',
      "RUN printf '#!/bin/sh\\necho tool\\n' > mytool && chmod +x mytool && mytool > ../out && pwd > ../pwd && ls -lnd $APP_HOME $APP_HOME/bin | awk '{print $1,$3,$4,$9}' > ../ls",
      'USER www-data',
      'WORKDIR /var/www/html',
      "RUN id > /tmp/www-id && touch file && ls -lnd /var/www /var/www/html | awk '{print $1,$3,$4,$9}' > /tmp/www-ls",
      'CMD ["bash", "-l"]',
    ),
  },
  {
    // Debian files copied from a stage into scratch: setuid binaries, a hardlinked pair (perl, perl5.36.0), the utmp
    // group's 0660 logs, owners by name from the copied /etc/passwd and /etc/group (--chown, with --chmod).
    name: 'debian-copy-from-stage',
    dockerfile: df(
      'FROM {{DEBIAN}} AS deb',
      'FROM scratch',
      'COPY --from=deb /etc/passwd /etc/group /etc/',
      'COPY --from=deb /usr/bin/passwd /usr/bin/su /usr/bin/perl /usr/bin/perl5.36.0 /usr/bin/',
      'COPY --from=deb /var/log/ /var/log/',
      'COPY --from=deb --chown=www-data:www-data /etc/skel/ /home/www/',
      'COPY --from=deb --chown=nobody --chmod=0640 /etc/debian_version /etc/login.defs /etc/conf/',
      'COPY --from=deb --chown=1500:mail /var/mail /var/local /var/',
    ),
  },
  {
    // Locale and environment with perl one-liners: %ENV as perl sees it, in-place edits (perl -pi, sed -i: a new file
    // replaces a lower one), no terminal on stdin/stdout; ldconfig with a directory added to /etc/ld.so.conf.d (the
    // SONAME symlink it makes, /etc/ld.so.cache), then undone.
    name: 'debian-perl-locale-ldconfig',
    dockerfile: df(
      'FROM {{DEBIAN}}',
      'ENV LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=Etc/UTC DEBIAN_FRONTEND=noninteractive',
      "RUN locale > /locale 2>&1; perl -e 'print join(\"\\n\", map {\"$_=$ENV{$_}\"} sort keys %ENV), \"\\n\"' > /perl-env; perl -pi -e 's{^root:x:0:0:root:}{root:x:0:0:Super User:}' /etc/passwd; perl -e 'print -t STDIN ? \"tty\" : \"notty\", \" \", -t STDOUT ? \"tty\" : \"notty\", \"\\n\"' > /tty; sed -i 's/^# *\\(export LS_OPTIONS\\)/\\1/' /root/.bashrc; perl -MPOSIX -e 'print POSIX::getcwd(), \" \", (POSIX::uname())[0], \" \", $<, \" \", $(, \"\\n\"' > /posix",
      'RUN mkdir -p /opt/mylib && cp /usr/lib/x86_64-linux-gnu/libz.so.1.2.13 /opt/mylib/libprobez.so.1.2.13 && echo /opt/mylib > /etc/ld.so.conf.d/mylib.conf && ldconfig && ldconfig -p | grep -c /opt/mylib > /ldp; ls -l /opt/mylib | awk \'NR>1{print $1,$9,$10,$11}\' > /mylib-ls; stat -c \'%a %U %G %n\' /etc/passwd /root/.bashrc > /stat; head -n1 /etc/passwd > /passwd-head',
      'RUN rm /etc/ld.so.conf.d/mylib.conf && rm -rf /opt/mylib && ldconfig && (ldconfig -p | grep -c /opt/mylib || true) > /ldp2',
    ),
    ignorePaths: { 'var/cache/ldconfig/aux-cache': "ldconfig's auxiliary cache keys each library by its device, inode number and ctime (the build machine's file identities)" },
  },
];
