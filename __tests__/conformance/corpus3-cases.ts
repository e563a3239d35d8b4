import { execFileSync } from 'node:child_process';
import type { ConformanceCase, ContextSpec } from '../support/conformance.js';

/**
 * A third corpus of real-world Dockerfiles: official images (mariadb, mongo, httpd, haproxy, caddy, traefik,
 * php-fpm/wordpress, rabbitmq), language toolchains (mix releases, rebar3, Gradle/Ktor, sbt, stack, deno, bun,
 * bundler, carton, renv, micromamba) and tool setups (hugo, supervisord + cron, tini, envsubst templates, the
 * Actions runner, devcontainers, xx cross-compilation), adapted to build offline on busybox: package installs,
 * downloads and compilers are replaced by shell (or heredoc stubs) that makes similar files, the Dockerfile's
 * structure and instructions are kept.
 */

const T = 1_600_000_000;
const f = (p: string, content: string | Buffer = `${p}\n`, extra: Partial<ContextSpec> = {}): ContextSpec => ({ path: p, content, mtime: T, ...extra });
const x = (p: string, content = '#!/bin/sh\nset -e\nexec "$@"\n'): ContextSpec => f(p, content, { mode: 0o755 });
/** Cache mount ids unique to this run: the reference engine keeps its cache mounts between runs, hoist's state is fresh. */
const RUN_ID = Date.now().toString(36);

/**
 * Dockerfile text as written: a raw template (backslashes kept), where `$\{` stands for a Dockerfile `${` (so
 * `${...}` stays a template substitution, used for RUN_ID).
 */
function df(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.raw.map((s, i) => s.replace(/\$\\\{/g, '${').replace(/\\`/g, '`') + (i < values.length ? String(values[i]) : '')).join('');
}

/** A gzipped tar made by GNU tar (owner 0, fixed mtimes), of files (path -> content; modes optional). */
function tgz(files: Record<string, string>, modes: Record<string, number> = {}): Buffer {
  const dir = execFileSync('mktemp', ['-d']).toString().trim();
  try {
    for (const [p, c] of Object.entries(files)) {
      execFileSync('mkdir', ['-p', `${dir}/${p.split('/').slice(0, -1).join('/') || '.'}`]);
      execFileSync('sh', ['-c', 'cat > "$1"', 'sh', `${dir}/${p}`], { input: c });
      execFileSync('chmod', [(modes[p] ?? 0o644).toString(8), `${dir}/${p}`]);
    }
    const what = execFileSync('ls', ['-A', dir]).toString().split('\n').filter(Boolean);
    const tar = execFileSync('tar', ['-c', '--owner', '0', '--group', '0', '--numeric-owner', '--mtime', '@1600000000', '--sort=name', '-C', dir, ...what]);
    return execFileSync('gzip', ['-cn'], { input: tar });
  } finally {
    execFileSync('rm', ['-rf', dir]);
  }
}

/**
 * Debian's account tools as small shell stand-ins (busybox has none of groupadd, useradd, usermod, chsh), for the
 * Dockerfiles that call them: a stage the cases start from, written with one heredoc COPY.
 */
const DEBIAN_TOOLS = df`FROM {{BASE}} AS debian
COPY --chmod=755 <<"groupadd" <<"useradd" <<"usermod" <<"chsh" /usr/sbin/
#!/bin/sh
# groupadd [-r|--system] [-g|--gid GID] NAME
gid= name=
while [ $# -gt 0 ]; do case "$1" in -g|--gid) gid=$2; shift 2;; -*) shift;; *) name=$1; shift;; esac; done
[ -n "$gid" ] || gid=$(awk -F: 'BEGIN{m=999} $3>=m && $3<60000 {m=$3+1} END{print m}' /etc/group)
echo "$name:x:$gid:" >> /etc/group
groupadd
#!/bin/sh
# useradd [-r] [-u UID] [-g GROUP] [-d HOME] [-s SHELL] [-c COMMENT] [-m|-ms SHELL] NAME
uid= gid= home= shell=/bin/sh create= comment= name=
while [ $# -gt 0 ]; do case "$1" in
  -u|--uid) uid=$2; shift 2;; -g|--gid) gid=$2; shift 2;; -d|--home-dir) home=$2; shift 2;;
  -s|--shell) shell=$2; shift 2;; -c|--comment) comment=$2; shift 2;; -G|--groups) shift 2;;
  -ms) create=1; shell=$2; shift 2;; -m|--create-home) create=1; shift;; -*) shift;; *) name=$1; shift;; esac; done
home=$\{home:-/home/$name}
[ -n "$uid" ] || uid=$(awk -F: 'BEGIN{m=1000} $3>=m && $3<60000 {m=$3+1} END{print m}' /etc/passwd)
case "$gid" in ''|*[!0-9]*) g=$(awk -F: -v n="$\{gid:-$name}" '$1==n {print $3}' /etc/group)
  if [ -z "$g" ]; then g=$uid; echo "$name:x:$g:" >> /etc/group; fi; gid=$g;; esac
echo "$name:x:$uid:$gid:$comment:$home:$shell" >> /etc/passwd
if [ -n "$create" ]; then mkdir -p "$home"; [ -d /etc/skel ] && cp -a /etc/skel/. "$home/"; chown -R "$uid:$gid" "$home"; fi
exit 0
useradd
#!/bin/sh
# usermod -aG GROUP USER
[ "$1" = -aG ] || exit 1
sed -i -e "/^$2:/{s/\$/,$3/;s/:,/:/}" /etc/group
usermod
#!/bin/sh
# chsh -s SHELL USER
sed -i -e "s#^\($3:[^:]*:[^:]*:[^:]*:[^:]*:[^:]*:\).*#\1$2#" /etc/passwd
chsh
`;

export const corpus3Cases: ConformanceCase[] = [
  {
    // The official mariadb image: a fixed-id system user before anything else, a gosu stand-in checked with
    // `gosu nobody true`, the initdb directory, an ENV from an ARG, comment lines inside a continued RUN, config
    // munged with find | xargs sed, /run/mysqld 1777, VOLUME, and a child stage that adds init scripts with
    // --chown by name and an exec-form HEALTHCHECK calling the image's healthcheck.sh.
    name: 'mariadb-gosu-initdb',
    dockerfile: df`FROM {{BASE}} AS mariadb

# add our user and group first to make sure their IDs get assigned consistently, regardless of whatever dependencies get added
RUN echo 'mysql:x:999:' >> /etc/group && echo 'mysql:x:999:999::/home/mysql:/bin/sh' >> /etc/passwd

# add gosu for easy step-down from root
# https://github.com/tianon/gosu/releases
ENV GOSU_VERSION 1.17
RUN set -eux; \
    dpkgArch="$(uname -m)"; \
    printf '#!/bin/sh\ncase "$1" in --version) echo "%s (%s)";; *) shift; exec "$@";; esac\n' "$GOSU_VERSION" "$dpkgArch" > /usr/local/bin/gosu; \
    chmod +x /usr/local/bin/gosu; \
    gosu --version; \
    gosu nobody true; \
    mkdir /docker-entrypoint-initdb.d

# Ensure the container exec commands handle range of utf8 characters based of
# default locales in base image (https://github.com/docker-library/docs/blob/135b79cc8093ab02e55debb61fdb079ab2dbce87/ubuntu/README.md#locales)
ENV LANG C.UTF-8

ARG MARIADB_VERSION=1:11.4.3+maria~ubu2404
ENV MARIADB_VERSION $MARIADB_VERSION
# release-status:Stable
# release-support-type:Long Term Support

RUN set -ex; \
    mkdir -p /etc/mysql/conf.d /etc/mysql/mariadb.conf.d /usr/sbin /var/lib/mysql/mysql; \
    printf '[mysqld]\nbind-address = 127.0.0.1\nuser = mysql\nsocket = /run/mysqld/mysqld.sock\n' > /etc/mysql/mariadb.cnf; \
    ln -s mariadb.cnf /etc/mysql/my.cnf; \
    printf '#!/bin/sh\necho "mariadbd %s"\n' "$MARIADB_VERSION" > /usr/sbin/mariadbd; chmod 755 /usr/sbin/mariadbd; ln -s mariadbd /usr/sbin/mysqld; \
# purge and re-create /var/lib/mysql with appropriate ownership
    rm -rf /var/lib/mysql; \
    mkdir -p /var/lib/mysql /run/mysqld; \
    chown -R mysql:mysql /var/lib/mysql /run/mysqld; \
# ensure that /run/mysqld (used for socket and lock files) is writable regardless of the UID our mysqld instance ends up having at runtime
    chmod 1777 /run/mysqld; \
# comment out a few problematic configuration values
    find /etc/mysql/ -name '*.cnf' -type f \
        | xargs grep -lE '^(bind-address|log|user\s)' \
        | xargs -rt sed -Ei 's/^(bind-address|log|user\s)/#&/'; \
# don't reverse lookup hostnames, they are usually another container
    printf "[mariadb]\nhost-cache-size=0\nskip-name-resolve\n" > /etc/mysql/mariadb.conf.d/05-skipcache.cnf

VOLUME /var/lib/mysql

COPY healthcheck.sh /usr/local/bin/healthcheck.sh
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]

EXPOSE 3306
CMD ["mariadbd"]

FROM mariadb
COPY --chown=mysql:mysql initdb/ /docker-entrypoint-initdb.d/
COPY conf/app.cnf /etc/mysql/conf.d/zz-app.cnf
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["healthcheck.sh", "--connect", "--innodb_initialized"]
`,
    context: [
      x('healthcheck.sh', '#!/bin/bash\nexit 0\n'),
      x('docker-entrypoint.sh'),
      f('initdb/01-schema.sql', 'CREATE TABLE t (id INT);\n'),
      x('initdb/02-seed.sh', '#!/bin/sh\necho seed\n'),
      f('conf/app.cnf', '[mysqld]\nmax_connections = 50\n'),
      f('.dockerignore', '.git\n*.md\n'),
      f('README.md', 'docs\n'),
    ],
  },
  {
    // The official mongo image: user and data dirs in one RUN, a jq stand-in, ARGs re-exported as ENV on one line,
    // shell parameter expansion (${MONGO_PACKAGE%-unstable}) in a RUN, mv of a config to .orig, VOLUME of two
    // paths, ENV HOME pointing into a volume.
    name: 'mongo-official-shape',
    dockerfile: df`FROM {{BASE}}

# add our user and group first to make sure their IDs get assigned consistently, regardless of whatever dependencies get added
RUN set -eux; \
    echo 'mongodb:x:999:' >> /etc/group; \
    echo 'mongodb:x:999:999::/data/db:/bin/sh' >> /etc/passwd; \
    mkdir -p /data/db /data/configdb; \
    chown -R mongodb:mongodb /data/db /data/configdb; \
    printf '#!/bin/sh\ncat\n' > /usr/local/bin/jq; chmod +x /usr/local/bin/jq; \
    echo '{"ok":1}' | jq > /dev/null; \
    mkdir /docker-entrypoint-initdb.d

ENV GPG_KEYS E58830201F7DD82CD808AA84160D26BB1785BA38
# https://docs.mongodb.org/master/tutorial/install-mongodb-enterprise-on-ubuntu/#install-mongodb-enterprise
ARG MONGO_PACKAGE=mongodb-org
ARG MONGO_REPO=repo.mongodb.org
ENV MONGO_PACKAGE=$\{MONGO_PACKAGE} MONGO_REPO=$\{MONGO_REPO}

ENV MONGO_MAJOR 7.0
ENV MONGO_VERSION 7.0.14
RUN set -x \
    && mkdir -p /etc/apt/sources.list.d \
    && echo "deb [ signed-by=/etc/apt/keyrings/mongodb.gpg ] http://$MONGO_REPO/apt/ubuntu jammy/$\{MONGO_PACKAGE%-unstable}/$MONGO_MAJOR multiverse" | tee "/etc/apt/sources.list.d/$\{MONGO_PACKAGE%-unstable}.list" \
    && for b in mongod mongos mongosh; do printf '#!/bin/sh\necho %s %s\n' "$b" "$MONGO_VERSION" > /usr/bin/$b; chmod 755 /usr/bin/$b; done \
    && printf 'storage:\n  dbPath: /var/lib/mongodb\n' > /etc/mongod.conf \
    && rm -rf /var/lib/mongodb \
    && mv /etc/mongod.conf /etc/mongod.conf.orig

VOLUME /data/db /data/configdb

# ensure that if running as custom user that "mongosh" has a valid "HOME"
# https://github.com/docker-library/mongo/issues/524
ENV HOME /data/db

COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]

EXPOSE 27017
CMD ["mongod"]
`,
    buildArgs: { MONGO_PACKAGE: 'mongodb-enterprise-unstable' },
    context: [x('docker-entrypoint.sh')],
  },
  {
    // The official httpd image and the usual child: ENV PATH from an ENV, WORKDIR $HTTPD_PREFIX (an ENV), a chowned
    // prefix, sed -ri of the config with capture groups, a comment inside the continued RUN, STOPSIGNAL SIGWINCH,
    // then COPY ./public-html/ into htdocs and a config over the base's.
    name: 'httpd-official-and-site',
    dockerfile: df`FROM {{BASE}} AS httpd

# add our user and group first to make sure their IDs get assigned consistently, regardless of whatever dependencies get added
RUN echo 'www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin' >> /etc/passwd && echo 'www-data:x:33:' >> /etc/group

ENV HTTPD_PREFIX /usr/local/apache2
ENV PATH $HTTPD_PREFIX/bin:$PATH
RUN mkdir -p "$HTTPD_PREFIX" \
    && chown www-data:www-data "$HTTPD_PREFIX"
WORKDIR $HTTPD_PREFIX

ENV HTTPD_VERSION 2.4.62
ENV HTTPD_SHA256 674188e7bf44ced82da8db522da946849e22080d73d16c93f7f4df89e25729ec

# https://httpd.apache.org/security/vulnerabilities_24.html
ENV HTTPD_PATCHES=""

RUN set -eux; \
    mkdir -p bin conf/extra htdocs logs modules; \
    printf '#!/bin/sh\necho "Server version: Apache/%s"\n' "$HTTPD_VERSION" > bin/httpd; chmod 755 bin/httpd; \
    printf 'ServerRoot "/usr/local/apache2"\nListen 80\nUser daemon\nGroup daemon\nErrorLog logs/error_log\n    CustomLog logs/access_log common\n#LoadModule rewrite_module modules/mod_rewrite.so\n' > conf/httpd.conf; \
    echo '<html><body><h1>It works!</h1></body></html>' > htdocs/index.html; \
# https://github.com/docker-library/httpd/issues/214
    sed -ri \
        -e 's!^(\s*CustomLog)\s+\S+!\1 /proc/self/fd/1!g' \
        -e 's!^(\s*ErrorLog)\s+\S+!\1 /proc/self/fd/2!g' \
        -e 's!^(\s*TransferLog)\s+\S+!\1 /proc/self/fd/1!g' \
        -e 's!^(\s*User)\s+daemon\s*$!\1 www-data!g' \
        -e 's!^(\s*Group)\s+daemon\s*$!\1 www-data!g' \
        "$HTTPD_PREFIX/conf/httpd.conf" \
    ; \
    httpd -v

# https://httpd.apache.org/docs/2.4/stopping.html#gracefulstop
STOPSIGNAL SIGWINCH

COPY httpd-foreground /usr/local/bin/

EXPOSE 80
CMD ["httpd-foreground"]

FROM httpd
COPY ./public-html/ /usr/local/apache2/htdocs/
COPY ./my-httpd.conf /usr/local/apache2/conf/httpd.conf
`,
    context: [
      x('httpd-foreground', '#!/bin/sh\nset -e\nrm -f /usr/local/apache2/logs/httpd.pid\nexec httpd -DFOREGROUND "$@"\n'),
      f('public-html/index.html', '<h1>site</h1>\n'),
      f('public-html/css/site.css', 'body{}\n'),
      f('my-httpd.conf', 'ServerRoot "/usr/local/apache2"\nListen 8080\n'),
    ],
  },
  {
    // The official haproxy image and its usual child: a system user with a fixed id, a makeOpts string, error pages
    // made in a loop, STOPSIGNAL SIGUSR1, USER haproxy then WORKDIR (created for that user), and the child COPYs a
    // config with --chmod while USER haproxy is inherited and ADDs an archive of error pages with --chown by name.
    name: 'haproxy-official-and-cfg',
    dockerfile: df`FROM {{BASE}} AS haproxy

# roughly, https://git.launchpad.net/~ubuntu-docker-images/ubuntu-docker-images/+git/haproxy/tree/Dockerfile
RUN set -eux; \
    echo 'haproxy:x:99:' >> /etc/group; \
    echo 'haproxy:x:99:99:haproxy:/var/lib/haproxy:/usr/sbin/nologin' >> /etc/passwd; \
    mkdir -p /var/lib/haproxy; \
    chown haproxy:haproxy /var/lib/haproxy

ENV HAPROXY_VERSION 3.0.5
ENV HAPROXY_URL https://www.haproxy.org/download/3.0/src/haproxy-3.0.5.tar.gz
ENV HAPROXY_SHA256 ce0d6bb2f7e4ab8cd6e4ba1ee1cc4e1b4d3b1d3bb2b1c5df2a4c1e9e3ae2f6b1

RUN set -eux; \
    makeOpts=' \
        TARGET=linux-glibc \
        USE_GETADDRINFO=1 \
        USE_LUA=1 LUA_INC=/usr/include/lua5.4 \
        USE_OPENSSL=1 \
        USE_PROMEX=1 \
    '; \
    mkdir -p /usr/local/etc/haproxy/errors /usr/local/sbin; \
    printf '#!/bin/sh\necho "HAProxy version %s"\n' "$HAPROXY_VERSION" > /usr/local/sbin/haproxy; \
    chmod 755 /usr/local/sbin/haproxy; \
    echo $makeOpts > /usr/local/etc/haproxy/.make-opts; \
    for e in 400 403 408 500 502 503 504; do printf 'HTTP/1.0 %s\r\n\r\n' "$e" > "/usr/local/etc/haproxy/errors/$e.http"; done; \
    haproxy -v

# https://www.haproxy.org/download/1.8/doc/management.txt
# "4. Stopping and restarting HAProxy"
# "when the SIGTERM signal is sent to the haproxy process, it immediately quits and all established connections are closed"
# "graceful stop is triggered when the SIGUSR1 signal is sent to the haproxy process"
STOPSIGNAL SIGUSR1

COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]

USER haproxy

# https://github.com/docker-library/haproxy/issues/200
WORKDIR /var/lib/haproxy

CMD ["haproxy", "-f", "/usr/local/etc/haproxy/haproxy.cfg"]

FROM haproxy
COPY --chmod=644 haproxy.cfg /usr/local/etc/haproxy/haproxy.cfg
ADD --chown=haproxy:haproxy errors.tar.gz /usr/local/etc/haproxy/errors/
`,
    context: [x('docker-entrypoint.sh'), f('haproxy.cfg', 'global\n  maxconn 256\nfrontend http\n  bind :8080\n', { mode: 0o600 }), f('errors.tar.gz', tgz({ '503.http': 'HTTP/1.0 503 custom\r\n\r\n', 'custom/429.http': 'HTTP/1.0 429\r\n\r\n' }))],
  },
  {
    // Caddy's official image and an xcaddy builder: mkdir of the XDG dirs, a release archive extracted from a bind
    // mount (instead of wget), LABEL lines, EXPOSE 443 and 443/udp, XDG ENV, WORKDIR /srv; the builder stage makes
    // a binary that the final stage COPYs over the base's, then a Caddyfile and the site.
    name: 'caddy-xcaddy-builder',
    dockerfile: df`FROM {{BASE}} AS caddy

RUN mkdir -p \
    /config/caddy \
    /data/caddy \
    /etc/caddy \
    /usr/share/caddy \
    && printf ':80 {\n\troot * /usr/share/caddy\n\tfile_server\n}\n' > /etc/caddy/Caddyfile \
    && echo '<!DOCTYPE html><title>Caddy works!</title>' > /usr/share/caddy/index.html

# https://github.com/caddyserver/caddy/releases
ENV CADDY_VERSION v2.8.4

RUN --mount=type=bind,source=dist,target=/tmp/dist set -eux; \
    apkArch="$(uname -m)"; \
    case "$apkArch" in \
        x86_64)  binArch='amd64' ;; \
        aarch64) binArch='arm64' ;; \
        *) echo >&2 "error: unsupported architecture ($apkArch)"; exit 1 ;;\
    esac; \
    tar x -z -f "/tmp/dist/caddy_2.8.4_linux_$binArch.tar.gz" -C /usr/bin caddy; \
    chmod +x /usr/bin/caddy; \
    caddy version

# See https://caddyserver.com/docs/conventions#file-locations for details
ENV XDG_CONFIG_HOME /config
ENV XDG_DATA_HOME /data

LABEL org.opencontainers.image.version=v2.8.4
LABEL org.opencontainers.image.title=Caddy
LABEL org.opencontainers.image.description="a powerful, enterprise-ready, open source web server with automatic HTTPS written in Go"
LABEL org.opencontainers.image.url=https://caddyserver.com
LABEL org.opencontainers.image.documentation=https://caddyserver.com/docs
LABEL org.opencontainers.image.vendor="Light Code Labs"
LABEL org.opencontainers.image.licenses=Apache-2.0
LABEL org.opencontainers.image.source="https://github.com/caddyserver/caddy-docker"

EXPOSE 80
EXPOSE 443
EXPOSE 443/udp
EXPOSE 2019

WORKDIR /srv

CMD ["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"]

FROM caddy AS builder
RUN xcaddy() { mkdir -p /out && { cat /usr/bin/caddy; echo "with $*"; } > /out/caddy && chmod 755 /out/caddy; }; \
    xcaddy build \
    --with github.com/caddy-dns/cloudflare \
    --with github.com/mholt/caddy-ratelimit

FROM caddy

COPY --from=builder /out/caddy /usr/bin/caddy
COPY Caddyfile /etc/caddy/Caddyfile
COPY site/ /srv/
`,
    context: [
      f('dist/caddy_2.8.4_linux_amd64.tar.gz', tgz({ caddy: '#!/bin/sh\necho v2.8.4 amd64\n', LICENSE: 'Apache-2.0\n', 'README.md': 'caddy\n' }, { caddy: 0o755 })),
      f('dist/caddy_2.8.4_linux_arm64.tar.gz', tgz({ caddy: '#!/bin/sh\necho v2.8.4 arm64\n', LICENSE: 'Apache-2.0\n' }, { caddy: 0o755 })),
      f('Caddyfile', 'example.com {\n\troot * /srv\n\tfile_server\n}\n'),
      f('site/index.html', '<h1>hi</h1>\n'),
      f('site/.well-known/security.txt', 'Contact: x\n'),
    ],
  },
  {
    // Traefik's official image: a release archive ADDed (extracted by ADD, unlike a URL) into a staging dir, moved
    // into place by a RUN that removes the rest, ENTRYPOINT plus CMD, a LABEL list after them; the usual child sets a
    // static config file, a dynamic directory and its own CMD flags under the inherited ENTRYPOINT.
    name: 'traefik-archive-entrypoint-cmd',
    dockerfile: df`FROM {{BASE}} AS traefik
RUN mkdir -p /etc/ssl/certs && echo cert > /etc/ssl/certs/ca-certificates.crt && mkdir -p /usr/share/zoneinfo/Etc && echo UTC > /usr/share/zoneinfo/Etc/UTC
ADD traefik_v3.1.6_linux_amd64.tar.gz /tmp/traefik/
RUN set -ex; \
    mv /tmp/traefik/traefik /usr/local/bin/traefik; \
    rm -rf /tmp/traefik; \
    chmod +x /usr/local/bin/traefik
COPY entrypoint.sh /
EXPOSE 80
ENTRYPOINT ["/entrypoint.sh"]
CMD ["traefik"]

# Metadata
LABEL org.opencontainers.image.vendor="Traefik Labs" \
    org.opencontainers.image.url="https://traefik.io" \
    org.opencontainers.image.source="https://github.com/traefik/traefik" \
    org.opencontainers.image.title="Traefik" \
    org.opencontainers.image.description="A modern reverse-proxy" \
    org.opencontainers.image.version="v3.1.6" \
    org.opencontainers.image.documentation="https://docs.traefik.io"

FROM traefik
COPY traefik.yml /etc/traefik/traefik.yml
COPY dynamic/ /etc/traefik/dynamic/
EXPOSE 80 443 8080
CMD ["--configFile=/etc/traefik/traefik.yml", "--providers.file.directory=/etc/traefik/dynamic"]
`,
    context: [
      f('traefik_v3.1.6_linux_amd64.tar.gz', tgz({ traefik: '#!/bin/sh\necho traefik v3.1.6\n', 'LICENSE.md': 'MIT\n', 'CHANGELOG.md': '# changes\n' }, { traefik: 0o755 })),
      x('entrypoint.sh', '#!/bin/sh\nset -e\nif [ "${1#-}" != "$1" ]; then set -- traefik "$@"; fi\nexec "$@"\n'),
      f('traefik.yml', 'entryPoints:\n  web:\n    address: ":80"\n'),
      f('dynamic/routers.yml', 'http: {}\n'),
    ],
  },
  {
    // php:fpm then wordpress:fpm: an apt pin file written from a { echo; } group, ENV PHP_INI_DIR and CFLAGS chains,
    // docker-php-* scripts COPYed by glob, ENTRYPOINT before WORKDIR, the fpm config rewritten under /usr/local/etc with
    // if/else and tee, STOPSIGNAL SIGQUIT; the wordpress stage adds conf.d ini files, pre-creates wp-content children
    // from a glob loop, declares VOLUME, COPYs --chown www-data and sets ENTRYPOINT + CMD again.
    name: 'wordpress-php-fpm-conf',
    dockerfile: df`FROM {{BASE}} AS php

# prevent Debian's PHP packages from being installed
# https://github.com/docker-library/php/pull/542
RUN set -eux; \
    mkdir -p /etc/apt/preferences.d; \
    { \
        echo 'Package: php*'; \
        echo 'Pin: release *'; \
        echo 'Pin-Priority: -1'; \
    } > /etc/apt/preferences.d/no-debian-php; \
    echo 'www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin' >> /etc/passwd; \
    echo 'www-data:x:33:' >> /etc/group

ENV PHP_INI_DIR /usr/local/etc/php
RUN set -eux; \
    mkdir -p "$PHP_INI_DIR/conf.d"; \
# allow running as an arbitrary user (https://github.com/docker-library/php/issues/743)
    [ ! -d /var/www/html ]; \
    mkdir -p /var/www/html; \
    chown www-data:www-data /var/www/html; \
    chmod 1777 /var/www/html

ENV PHP_CFLAGS="-fstack-protector-strong -fpic -fpie -O2 -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64"
ENV PHP_CPPFLAGS="$PHP_CFLAGS"
ENV PHP_LDFLAGS="-Wl,-O1 -pie"

ENV PHP_VERSION 8.3.12

COPY docker-php-source /usr/local/bin/
COPY docker-php-ext-* docker-php-entrypoint /usr/local/bin/

ENTRYPOINT ["docker-php-entrypoint"]
WORKDIR /var/www/html

RUN set -eux; \
    mkdir -p /usr/local/etc/php-fpm.d /usr/local/sbin; \
    printf '[global]\ninclude=NONE/etc/php-fpm.d/*.conf\n' > /usr/local/etc/php-fpm.conf.default; \
    printf '[www]\nuser = www-data\nlisten = 127.0.0.1:9000\n' > /usr/local/etc/php-fpm.d/www.conf.default; \
    printf 'memory_limit = 128M\n' > "$PHP_INI_DIR/php.ini-production"; \
    printf '#!/bin/sh\necho php-fpm\n' > /usr/local/sbin/php-fpm; chmod 755 /usr/local/sbin/php-fpm; \
    cd /usr/local/etc; \
    if [ -d php-fpm.d ]; then \
        # for some reason, upstream's php-fpm.conf.default has "include=NONE/etc/php-fpm.d/*.conf"
        sed 's!=NONE/!=!g' php-fpm.conf.default | tee php-fpm.conf > /dev/null; \
        cp php-fpm.d/www.conf.default php-fpm.d/www.conf; \
    else \
        # PHP 5.x doesn't use "include=" by default, so we'll create our own simple config that mimics PHP 7+ for consistency
        mkdir php-fpm.d; \
        cp php-fpm.conf.default php-fpm.d/www.conf; \
        { \
            echo '[global]'; \
            echo 'include=etc/php-fpm.d/*.conf'; \
        } | tee php-fpm.conf; \
    fi; \
    { \
        echo '[global]'; \
        echo 'error_log = /proc/self/fd/2'; \
        echo; echo '; https://github.com/docker-library/php/pull/725#issuecomment-443540114'; echo 'log_limit = 8192'; \
        echo; \
        echo '[www]'; \
        echo '; php-fpm closes STDOUT on startup, so sending logs to /proc/self/fd/1 does not work.'; \
        echo 'access.log = /proc/self/fd/2'; \
        echo; \
        echo 'clear_env = no'; \
        echo 'catch_workers_output = yes'; \
        echo 'decorate_workers_output = no'; \
    } | tee php-fpm.d/docker.conf; \
    { \
        echo '[global]'; \
        echo 'daemonize = no'; \
        echo; \
        echo '[www]'; \
        echo 'listen = 9000'; \
    } | tee php-fpm.d/zz-docker.conf; \
    { \
        echo '; https://github.com/docker-library/php/issues/878#issuecomment-938595965'; \
        echo 'fastcgi.logging = Off'; \
    } > "$PHP_INI_DIR/conf.d/docker-fpm.ini"

# Override stop signal to stop process gracefully
# https://github.com/php/php-src/blob/17baa87faddc2550def3ae7314236826bc1b1398/sapi/fpm/php-fpm.8.in#L163
STOPSIGNAL SIGQUIT

EXPOSE 9000
CMD ["php-fpm"]

FROM php

# set recommended PHP.ini settings
# see https://secure.php.net/manual/en/opcache.installation.php
RUN set -eux; \
    docker-php-ext-enable opcache; \
    { \
        echo 'opcache.memory_consumption=128'; \
        echo 'opcache.interned_strings_buffer=8'; \
        echo 'opcache.max_accelerated_files=4000'; \
        echo 'opcache.revalidate_freq=2'; \
    } > /usr/local/etc/php/conf.d/opcache-recommended.ini; \
# https://wordpress.org/support/article/editing-wp-config-php/#configure-error-logging
    { \
        echo 'error_reporting = E_ERROR | E_WARNING | E_PARSE | E_CORE_ERROR | E_CORE_WARNING | E_COMPILE_ERROR | E_COMPILE_WARNING | E_RECOVERABLE_ERROR'; \
        echo 'display_errors = Off'; \
        echo 'log_errors = On'; \
        echo 'error_log = /dev/stderr'; \
        echo 'html_errors = Off'; \
    } > /usr/local/etc/php/conf.d/error-logging.ini; \
    mkdir -p /usr/src/wordpress/wp-content/themes/twentytwentyfour /usr/src/wordpress/wp-content/plugins/akismet; \
    echo "<?php \$wp_version = '6.6.2';" > /usr/src/wordpress/wp-includes-version.php; \
    chown -R www-data:www-data /usr/src/wordpress; \
# pre-create wp-content (and single-level children) for folks who want to bind-mount themes, etc so permissions are pre-created properly instead of root:root
# wp-content/cache: https://github.com/docker-library/wordpress/issues/534#issuecomment-705733507
    mkdir wp-content; \
    for dir in /usr/src/wordpress/wp-content/*/ cache; do \
        dir="$(basename "$\{dir%/}")"; \
        mkdir "wp-content/$dir"; \
    done; \
    chown -R www-data:www-data wp-content; \
    chmod -R 1777 wp-content

VOLUME /var/www/html

COPY --chown=www-data:www-data wp-config-docker.php /usr/src/wordpress/
COPY docker-entrypoint.sh /usr/local/bin/

ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["php-fpm"]
`,
    context: [
      x('docker-php-source'),
      x('docker-php-entrypoint'),
      x('docker-php-ext-enable', '#!/bin/sh\nfor ext; do echo "zend_extension=$ext" > "$PHP_INI_DIR/conf.d/docker-php-ext-$ext.ini"; done\n'),
      x('docker-php-ext-install'),
      x('docker-php-ext-configure'),
      f('wp-config-docker.php', "<?php\ndefine('DB_NAME', getenv_docker('WORDPRESS_DB_NAME', 'wordpress'));\n"),
      x('docker-entrypoint.sh'),
    ],
  },
  {
    // The official rabbitmq image, its management variant and a user's child: an erlang stand-in under a prefix with
    // PATH chains, the data dir made 1777 and a dangling /root/.erlang.cookie symlink, VOLUME from an ENV,
    // LANG/LANGUAGE/LC_ALL on one line, COPY --chown of two conf.d files; `set eux` (sic) in the management RUN that
    // removes a base conf file (a whiteout) and copies rabbitmqadmin by glob; the child COPYs an erlang cookie with
    // --chown and --chmod=600 into the volume, then chown/chmod 400 it there (after VOLUME) and enables plugins offline.
    name: 'rabbitmq-plugins-cookie',
    dockerfile: df`FROM {{BASE}} AS rabbitmq

ENV OTP_VERSION 26.2.5.4
ENV ERLANG_INSTALL_PATH_PREFIX /opt/erlang
ENV OPENSSL_INSTALL_PATH_PREFIX /opt/openssl

RUN set -eux; \
    mkdir -p "$ERLANG_INSTALL_PATH_PREFIX/bin" "$OPENSSL_INSTALL_PATH_PREFIX/etc/ssl"; \
    printf '#!/bin/sh\necho "Erlang/OTP %s"\n' "$OTP_VERSION" > "$ERLANG_INSTALL_PATH_PREFIX/bin/erl"; \
    chmod 755 "$ERLANG_INSTALL_PATH_PREFIX/bin/erl"; \
    ln -s /etc/ssl/certs "$OPENSSL_INSTALL_PATH_PREFIX/etc/ssl/certs"

ENV PATH $ERLANG_INSTALL_PATH_PREFIX/bin:$OPENSSL_INSTALL_PATH_PREFIX/bin:$PATH

ENV RABBITMQ_DATA_DIR /var/lib/rabbitmq

RUN set -eux; \
# Create rabbitmq system user & group, fix permissions & allow root user to connect to the RabbitMQ Erlang VM
    echo 'rabbitmq:x:999:' >> /etc/group; \
    echo "rabbitmq:x:999:999::$RABBITMQ_DATA_DIR:/usr/sbin/nologin" >> /etc/passwd; \
    mkdir -p "$RABBITMQ_DATA_DIR" /etc/rabbitmq /etc/rabbitmq/conf.d /tmp/rabbitmq-ssl /var/log/rabbitmq; \
    chown -fR rabbitmq:rabbitmq "$RABBITMQ_DATA_DIR" /etc/rabbitmq /etc/rabbitmq/conf.d /tmp/rabbitmq-ssl /var/log/rabbitmq; \
    chmod 1777 "$RABBITMQ_DATA_DIR" /etc/rabbitmq /etc/rabbitmq/conf.d /tmp/rabbitmq-ssl /var/log/rabbitmq; \
    ln -sf "$RABBITMQ_DATA_DIR/.erlang.cookie" /root/

# Use the latest stable RabbitMQ release (https://www.rabbitmq.com/download.html)
ENV RABBITMQ_VERSION 3.13.7
# https://github.com/docker-library/rabbitmq/issues/487
ENV RABBITMQ_PGP_KEY_ID="0x0A9AF2115F4687BD29803A206B73A36E6026DFCA"
ENV RABBITMQ_HOME=/opt/rabbitmq

# Add RabbitMQ to PATH
ENV PATH=$RABBITMQ_HOME/sbin:$PATH

# Install RabbitMQ
COPY --chmod=755 sbin/ $RABBITMQ_HOME/sbin/
RUN set -eux; \
    for p in rabbitmq_management rabbitmq_prometheus rabbitmq_shovel; do mkdir -p "$RABBITMQ_HOME/plugins/$p-$RABBITMQ_VERSION/ebin"; done; \
    mkdir -p "$RABBITMQ_HOME/plugins/rabbitmq_management-$RABBITMQ_VERSION/priv/www/cli"; \
    printf '#!/usr/bin/env python3\n# rabbitmqadmin\n' > "$RABBITMQ_HOME/plugins/rabbitmq_management-$RABBITMQ_VERSION/priv/www/cli/rabbitmqadmin"; \
# Do not default SSL_CERT_FILE and friends to the rabbitmq image paths
    rabbitmq-plugins list

# Hint that the data (a.k.a. home dir) dir should be separate volume
VOLUME $RABBITMQ_DATA_DIR

# warning: the VM is running with native name encoding of latin1 which may cause Elixir to malfunction as it expects utf8. Please ensure your locale is set to UTF-8 (which can be verified by running "locale" in your shell)
# Setting all environment variables that control language preferences, behaviour differs - https://www.gnu.org/software/gettext/manual/html_node/The-LANGUAGE-variable.html#The-LANGUAGE-variable
# https://docs.docker.com/samples/library/ubuntu/#locales
ENV LANG=C.UTF-8 LANGUAGE=C.UTF-8 LC_ALL=C.UTF-8

COPY --chown=rabbitmq:rabbitmq 10-defaults.conf 20-management_agent.disable_metrics_collector.conf /etc/rabbitmq/conf.d/
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]

EXPOSE 4369 5671 5672 15691 15692 25672
CMD ["rabbitmq-server"]

FROM rabbitmq AS management
RUN set eux; \
    rabbitmq-plugins enable --offline rabbitmq_management; \
# make sure the metrics collector is re-enabled (disabled in the base image for Prometheus-style metrics by default)
    rm -f /etc/rabbitmq/conf.d/20-management_agent.disable_metrics_collector.conf; \
# grab "rabbitmqadmin" from inside the "rabbitmq_management-X.Y.Z" plugin folder
# see https://github.com/docker-library/rabbitmq/issues/207
    cp /opt/rabbitmq/plugins/rabbitmq_management-*/priv/www/cli/rabbitmqadmin /usr/local/bin/rabbitmqadmin; \
    [ -s /usr/local/bin/rabbitmqadmin ]; \
    chmod +x /usr/local/bin/rabbitmqadmin

EXPOSE 15671 15672

FROM management
COPY --chown=rabbitmq:rabbitmq --chmod=600 .erlang.cookie /var/lib/rabbitmq/.erlang.cookie
COPY rabbitmq.conf definitions.json /etc/rabbitmq/
RUN chown rabbitmq:rabbitmq /var/lib/rabbitmq/.erlang.cookie && chmod 400 /var/lib/rabbitmq/.erlang.cookie \
    && rabbitmq-plugins enable --offline rabbitmq_management rabbitmq_prometheus rabbitmq_shovel
`,
    context: [
      f('sbin/rabbitmq-plugins', '#!/bin/sh\nset -e\ncase "$1" in\n  list) ls /opt/rabbitmq/plugins ;;\n  enable) shift; [ "$1" = --offline ] && shift; echo "[$(echo "$@" | tr \' \' \',\')]." > /etc/rabbitmq/enabled_plugins ;;\nesac\n'),
      f('sbin/rabbitmq-server', '#!/bin/sh\nexec erl "$@"\n'),
      f('10-defaults.conf', 'loopback_users.guest = false\nlisteners.tcp.default = 5672\n'),
      f('20-management_agent.disable_metrics_collector.conf', 'management_agent.disable_metrics_collector = true\n'),
      x('docker-entrypoint.sh'),
      f('.erlang.cookie', 'SECRETCOOKIEVALUE', { mode: 0o644 }),
      f('rabbitmq.conf', 'management.load_definitions = /etc/rabbitmq/definitions.json\n'),
      f('definitions.json', '{"queues":[]}\n'),
    ],
  },
  {
    // Phoenix's generated Dockerfile (mix release): global ARGs building the image names, selected with build args
    // naming offline stand-in stages; WORKDIR, ENV MIX_ENV="prod" used in COPY sources (config/${MIX_ENV}.exs) and a
    // COPY --from path, mkdir config, the runner's locale sed, WORKDIR "/app" quoted, chown nobody, COPY --from
    // --chown=nobody:root, USER nobody.
    name: 'elixir-phoenix-mix-release',
    dockerfile: df`# Find eligible builder and runner images on Docker Hub. We use Ubuntu/Debian
# instead of Alpine to avoid DNS resolution issues in production.
ARG ELIXIR_VERSION=1.17.2
ARG OTP_VERSION=27.0.1
ARG DEBIAN_VERSION=bookworm-20240722-slim

ARG BUILDER_IMAGE="hexpm/elixir:$\{ELIXIR_VERSION}-erlang-$\{OTP_VERSION}-debian-$\{DEBIAN_VERSION}"
ARG RUNNER_IMAGE="debian:$\{DEBIAN_VERSION}"

# offline stand-ins for the two images (selected with --build-arg)
FROM {{BASE}} AS debian-slim
COPY <<EOF /etc/locale.gen
# en_US.UTF-8 UTF-8
EOF

FROM debian-slim AS hexpm-elixir
ARG ELIXIR_VERSION
COPY --chmod=755 <<"EOF" /usr/local/bin/mix
#!/bin/sh
set -e
app=my_app
case "$1" in
  local.hex|local.rebar) mkdir -p /root/.mix/archives && echo "$1" > "/root/.mix/archives/$1" ;;
  deps.get) mkdir -p deps/phoenix && cat mix.lock > deps/phoenix/lock ;;
  deps.compile) mkdir -p "_build/$MIX_ENV/lib/phoenix/ebin" && cat config/*.exs > "_build/$MIX_ENV/lib/phoenix/ebin/config" ;;
  assets.deploy) mkdir -p priv/static/assets && cat assets/js/*.js > priv/static/assets/app.js ;;
  compile) mkdir -p "_build/$MIX_ENV/lib/$app/ebin" && cat lib/*.ex lib/*/*.ex > "_build/$MIX_ENV/lib/$app/ebin/$app.beam" ;;
  release) r="_build/$MIX_ENV/rel/$app"; mkdir -p "$r/bin" "$r/lib" "$r/releases/0.1.0" && cp -r "_build/$MIX_ENV/lib/." "$r/lib/" && cp -r priv "$r/lib/$app/" && cp rel/overlays/bin/* "$r/bin/" && cp config/runtime.exs "$r/releases/0.1.0/runtime.exs" ;;
esac
EOF
ENV LANG=C.UTF-8

FROM $\{BUILDER_IMAGE} as builder

# prepare build dir
WORKDIR /app

# install hex + rebar
RUN mix local.hex --force && \
    mix local.rebar --force

# set build ENV
ENV MIX_ENV="prod"

# install mix dependencies
COPY mix.exs mix.lock ./
RUN mix deps.get --only $MIX_ENV && mkdir config

# copy compile-time config files before we compile dependencies
# to ensure any relevant config change will trigger the dependencies
# to be re-compiled.
COPY config/config.exs config/$\{MIX_ENV}.exs config/
RUN mix deps.compile

COPY priv priv

COPY lib lib

COPY assets assets

# compile assets
RUN mix assets.deploy && mix compile

# Changes to config/runtime.exs don't require recompiling the code
COPY config/runtime.exs config/

COPY rel rel
RUN mix release

# start a new build stage so that the final image will only contain
# the compiled release and other runtime necessities
FROM $\{RUNNER_IMAGE}

# Set the locale
RUN sed -i '/en_US.UTF-8/s/^# //g' /etc/locale.gen && mkdir -p /app && chown nobody /app

ENV LANG en_US.UTF-8
ENV LANGUAGE en_US:en
ENV LC_ALL en_US.UTF-8

WORKDIR "/app"

# set runner ENV
ENV MIX_ENV="prod"

# Only copy the final release from the build stage
COPY --from=builder --chown=nobody:root /app/_build/$\{MIX_ENV}/rel/my_app ./

USER nobody

# If using an environment that doesn't automatically reap zombie processes, it is
# advised to add an init process such as tini via \`apt-get install\`
# above and adding an entrypoint. See https://github.com/krallin/tini for details
# ENTRYPOINT ["/tini", "--"]

CMD ["/app/bin/server"]
`,
    buildArgs: { BUILDER_IMAGE: 'hexpm-elixir', RUNNER_IMAGE: 'debian-slim' },
    context: [
      f('mix.exs', 'defmodule MyApp.MixProject do\nend\n'),
      f('mix.lock', '%{"phoenix": {:hex, :phoenix, "1.7.14"}}\n'),
      f('config/config.exs', 'import Config\n'),
      f('config/prod.exs', 'import Config\nconfig :my_app, prod: true\n'),
      f('config/dev.exs', 'import Config\nconfig :my_app, dev: true\n'),
      f('config/runtime.exs', 'import Config\n'),
      f('lib/my_app.ex', 'defmodule MyApp do\nend\n'),
      f('lib/my_app_web/endpoint.ex', 'defmodule MyAppWeb.Endpoint do\nend\n'),
      f('priv/repo/migrations/.formatter.exs', '[]\n'),
      f('assets/js/app.js', 'import "phoenix_html";\n'),
      x('rel/overlays/bin/server', '#!/bin/sh\ncd -P -- "$(dirname -- "$0")"\nPHX_SERVER=true exec ./my_app start\n'),
      x('rel/overlays/bin/migrate', '#!/bin/sh\nexec ./my_app eval MyApp.Release.migrate\n'),
      f('_build/dev/lib/stale', 'old'),
      f('deps/phoenix/local', 'local'),
      f('.dockerignore', '# This file excludes paths from the Docker build context.\n.git\n/_build/\n/deps/\n/priv/static/assets/\n/priv/static/cache_manifest.json\n/.elixir_ls/\n'),
    ],
  },
  {
    // An Erlang rebar3 release: a rebar3 stand-in (heredoc), deps fetched with a cache mount before the apps are
    // copied, `rebar3 as prod tar` and the tarball extracted into /opt/rel; the runtime copies the release and runs it
    // in the foreground with RELX_REPLACE_OS_VARS.
    name: 'erlang-rebar3-release',
    dockerfile: df`FROM {{BASE}} AS erlang
COPY --chmod=755 <<"EOF" /usr/local/bin/rebar3
#!/bin/sh
set -e
[ "$1" = as ] && { profile=$2; shift 2; }
case "$1" in
  get-deps|compile) mkdir -p _build/default/lib/cowboy/ebin "$HOME/.cache/rebar3/hex" && cat rebar.lock > _build/default/lib/cowboy/ebin/cowboy.app && touch "$HOME/.cache/rebar3/hex/cowboy-2.12.0.tar" ;;
  tar) r=_build/$profile/rel/myapp; mkdir -p "$r/bin" "$r/releases/1.0.0" "$r/lib/myapp-1.0.0/ebin" && cat apps/myapp/src/*.erl > "$r/lib/myapp-1.0.0/ebin/myapp.beam" && cp config/sys.config config/vm.args "$r/releases/1.0.0/" && printf '#!/bin/sh\necho myapp "$@"\n' > "$r/bin/myapp" && chmod 755 "$r/bin/myapp" && tar -czf "$r/myapp-1.0.0.tar.gz" -C "$r" bin releases lib ;;
esac
EOF

FROM erlang AS builder

WORKDIR /buildroot

# Copy our Erlang test application
COPY rebar.config rebar.lock ./
RUN --mount=type=cache,target=/root/.cache/rebar3,id=rebar3-${RUN_ID} rebar3 get-deps

COPY apps apps
COPY config config

# And build the release
RUN --mount=type=cache,target=/root/.cache/rebar3,id=rebar3-${RUN_ID} rebar3 as prod tar \
    && mkdir -p /opt/rel \
    && tar -zxvf /buildroot/_build/prod/rel/*/*.tar.gz -C /opt/rel

# Build stage 1
FROM {{BASE}}

# Install the released application
COPY --from=builder /opt/rel /opt/myapp

ENV RELX_REPLACE_OS_VARS=true \
    NODE_NAME=myapp@127.0.0.1

# Expose relevant ports
EXPOSE 8080
EXPOSE 8443

ENTRYPOINT ["/opt/myapp/bin/myapp"]
CMD ["foreground"]
`,
    context: [
      f('rebar.config', '{deps, [cowboy]}.\n{relx, [{release, {myapp, "1.0.0"}, [myapp]}]}.\n'),
      f('rebar.lock', '[{<<"cowboy">>,{pkg,<<"cowboy">>,<<"2.12.0">>},0}].\n'),
      f('apps/myapp/src/myapp_app.erl', '-module(myapp_app).\n'),
      f('apps/myapp/src/myapp_sup.erl', '-module(myapp_sup).\n'),
      f('apps/myapp/src/myapp.app.src', '{application, myapp, []}.\n'),
      f('config/sys.config', '[].\n'),
      f('config/vm.args', '-name ${NODE_NAME}\n'),
      f('_build/default/lib/old', 'x'),
      f('.dockerignore', '_build\n.rebar3\n*.beam\n'),
    ],
  },
  {
    // Ktor's documented Dockerfile (Gradle/Kotlin, three stages): a gradle image stand-in with a user, a VOLUME on
    // ~/.gradle and its own WORKDIR; a cache stage with GRADLE_USER_HOME and build.gradle.* globs, COPY --from=cache
    // into the volume path, COPY --chown=gradle:gradle . of the project, a fat jar copied by glob to a file name.
    name: 'gradle-kotlin-ktor',
    dockerfile: df`FROM {{BASE}} AS gradle
RUN echo 'gradle:x:1000:' >> /etc/group && echo 'gradle:x:1000:1000::/home/gradle:/bin/sh' >> /etc/passwd && mkdir -p /home/gradle/.gradle && chown -R gradle:gradle /home/gradle
COPY --chmod=755 <<"EOF" /opt/gradle/bin/gradle
#!/bin/sh
set -e
mkdir -p "$\{GRADLE_USER_HOME:-$HOME/.gradle}/caches/modules-2" build/libs
echo "$*" > "$\{GRADLE_USER_HOME:-$HOME/.gradle}/caches/modules-2/last-build"
if [ -d src ]; then cat $(find src -name '*.kt' | sort) > build/libs/ktor-sample-all.jar; cp build/libs/ktor-sample-all.jar build/libs/ktor-sample-plain.jar.orig; fi
EOF
ENV GRADLE_HOME=/opt/gradle
ENV PATH=$\{GRADLE_HOME}/bin:$PATH
VOLUME /home/gradle/.gradle
WORKDIR /home/gradle

# Stage 1: Cache Gradle dependencies
FROM gradle AS cache
RUN mkdir -p /home/gradle/cache_home
ENV GRADLE_USER_HOME /home/gradle/cache_home
COPY build.gradle.* gradle.properties /home/gradle/app/
COPY gradle /home/gradle/app/gradle
WORKDIR /home/gradle/app
RUN gradle clean build -i --stacktrace

# Stage 2: Build Application
FROM gradle AS build
COPY --from=cache /home/gradle/cache_home /home/gradle/.gradle
COPY --chown=gradle:gradle . /home/gradle/src
WORKDIR /home/gradle/src
# Build the fat JAR, Gradle also supports shadow
# and boot JAR by default.
RUN gradle buildFatJar --no-daemon

# Stage 3: Create the Runtime Image
FROM {{BASE}} AS runtime
EXPOSE 8080
RUN mkdir /app
COPY --from=build /home/gradle/src/build/libs/*.jar /app/ktor-docker-sample.jar
ENTRYPOINT ["java","-jar","/app/ktor-docker-sample.jar"]
`,
    context: [
      f('build.gradle.kts', 'plugins { kotlin("jvm") version "2.0.20" }\n'),
      f('settings.gradle.kts', 'rootProject.name = "ktor-sample"\n'),
      f('gradle.properties', 'kotlin.code.style=official\n'),
      f('gradle/libs.versions.toml', '[versions]\nktor = "2.3.12"\n'),
      f('gradle/wrapper/gradle-wrapper.properties', 'distributionUrl=https\\://services.gradle.org/distributions/gradle-8.10-bin.zip\n'),
      x('gradlew', '#!/bin/sh\nexec gradle "$@"\n'),
      f('src/main/kotlin/com/example/Application.kt', 'package com.example\nfun main() {}\n'),
      f('src/main/kotlin/com/example/plugins/Routing.kt', 'package com.example.plugins\n'),
      f('src/main/resources/application.yaml', 'ktor: {}\n'),
      f('build/libs/stale.jar', 'old'),
      f('.gradle/8.10/fileHashes/fileHashes.lock', 'lock'),
      f('.dockerignore', '.gradle\nbuild\n**/.idea\n*.iml\n'),
    ],
  },
  {
    // A Scala sbt + sbt-native-packager image: project/ files listed one by one into project/, `sbt update` and
    // `sbt stage` under three cache mounts, a runtime user created with groupadd/useradd --system, WORKDIR
    // /opt/app, COPY --link --from=build --chown (numeric: a linked COPY cannot look names up) into ./, the OpenShift
    // chgrp -R 0 + chmod -R g=u, ENTRYPOINT with CMD flags.
    name: 'scala-sbt-native-packager',
    dockerfile: df`${DEBIAN_TOOLS}
FROM debian AS sbt
COPY --chmod=755 <<"EOF" /usr/local/bin/sbt
#!/bin/sh
set -e
mkdir -p /root/.ivy2/local /root/.cache/coursier/v1 /root/.sbt/1.0
for cmd; do case "$cmd" in
  update) grep -o '"[^"]*" %%* "[^"]*" % "[^"]*"' build.sbt > /root/.cache/coursier/v1/resolved; mkdir -p target && cp /root/.cache/coursier/v1/resolved target/update-report ;;
  stage) s=target/universal/stage; mkdir -p "$s/bin" "$s/lib" "$s/conf" && cat src/main/scala/*.scala > "$s/lib/my-app.jar" && cp src/main/resources/application.conf "$s/conf/" && printf '#!/bin/sh\nexec java -cp "../lib/*" Main "$@"\n' > "$s/bin/my-app" && chmod 755 "$s/bin/my-app" ;;
esac; done
EOF

FROM sbt AS build
WORKDIR /app
COPY build.sbt ./
COPY project/build.properties project/plugins.sbt project/
RUN --mount=type=cache,target=/root/.ivy2,id=ivy2-${RUN_ID} \
    --mount=type=cache,target=/root/.cache/coursier,id=coursier-${RUN_ID} \
    --mount=type=cache,target=/root/.sbt,id=sbt-${RUN_ID} \
    sbt update
COPY src src
RUN --mount=type=cache,target=/root/.ivy2,id=ivy2-${RUN_ID} \
    --mount=type=cache,target=/root/.cache/coursier,id=coursier-${RUN_ID} \
    --mount=type=cache,target=/root/.sbt,id=sbt-${RUN_ID} \
    sbt stage

FROM debian AS runtime
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --home-dir /opt/app app
WORKDIR /opt/app
COPY --link --from=build --chown=10001:10001 /app/target/universal/stage/ ./
# support an arbitrary uid in group 0 (OpenShift)
RUN chgrp -R 0 /opt/app && chmod -R g=u /opt/app
USER app
EXPOSE 9000
ENTRYPOINT ["./bin/my-app"]
CMD ["-Dplay.http.secret.key=changeme", "-Dpidfile.path=/dev/null"]
`,
    context: [
      f('build.sbt', 'name := "my-app"\nlibraryDependencies += "org.typelevel" %% "cats-core" % "2.12.0"\n'),
      f('project/build.properties', 'sbt.version=1.10.2\n'),
      f('project/plugins.sbt', 'addSbtPlugin("com.github.sbt" % "sbt-native-packager" % "1.10.4")\n'),
      f('project/target/streams', 'x'),
      f('src/main/scala/Main.scala', 'object Main extends App\n'),
      f('src/main/resources/application.conf', 'play.http.secret.key=${?APPLICATION_SECRET}\n'),
      f('target/scala-2.13/stale', 'x'),
      f('.dockerignore', 'target/\nproject/target/\nproject/project/\n.bsp/\n.idea/\n'),
    ],
  },
  {
    // Haskell stack: mkdir + WORKDIR, the stack files COPYed to an absolute dir, dependencies built under a cache
    // mount on ~/.stack, COPY . /opt/build/, `mv "$(stack path --local-install-root)/bin"` by command substitution;
    // the runtime COPYs the bin dir's contents into its WORKDIR.
    name: 'haskell-stack',
    dockerfile: df`FROM {{BASE}} AS haskell
COPY --chmod=755 <<"EOF" /usr/local/bin/stack
#!/bin/sh
set -e
root=.stack-work/install/x86_64-linux/lts-22.36/9.6.6
case "$1" in
  path) echo "$PWD/$root" ;;
  build) mkdir -p /root/.stack/snapshots "$root/bin"; cat stack.yaml.lock > /root/.stack/snapshots/lock
    case " $* " in *" --dependencies-only "*) touch "$root/deps-built" ;; *) cat app/*.hs src/*.hs > "$root/bin/my-app-exe"; chmod 755 "$root/bin/my-app-exe" ;; esac ;;
esac
EOF

FROM haskell AS build
RUN mkdir -p /opt/build
WORKDIR /opt/build

# Docker build should not use cached dependencies, if stack.yaml changed
COPY stack.yaml package.yaml stack.yaml.lock /opt/build/
RUN --mount=type=cache,target=/root/.stack,id=stack-${RUN_ID} stack build --system-ghc --dependencies-only

# Build the app itself
COPY . /opt/build/
RUN --mount=type=cache,target=/root/.stack,id=stack-${RUN_ID} stack build --system-ghc \
    && mv "$(stack path --local-install-root --system-ghc)/bin" /opt/build/bin

FROM {{BASE}} AS app
RUN mkdir -p /opt/app
WORKDIR /opt/app
COPY --from=build /opt/build/bin .
EXPOSE 8080
CMD ["/opt/app/my-app-exe"]
`,
    context: [
      f('stack.yaml', 'resolver: lts-22.36\npackages:\n- .\n'),
      f('stack.yaml.lock', 'snapshots: []\n'),
      f('package.yaml', 'name: my-app\n'),
      f('app/Main.hs', 'main = pure ()\n'),
      f('src/Lib.hs', 'module Lib where\n'),
      f('.stack-work/old', 'x'),
      f('.dockerignore', '.stack-work\ndist-newstyle\n'),
    ],
  },
  {
    // Deno's documented Dockerfile on a deno image stand-in (a deno user, DENO_DIR owned by it, tini + an entrypoint,
    // CMD ["eval", ...]): EXPOSE, WORKDIR then USER deno, COPY deps.ts . and a RUN as that user with a cache mount
    // owned by it (uid=,gid=) inside DENO_DIR, COPY . .,
    // CMD replaced with run flags under the inherited ENTRYPOINT; the context has Fresh-style [name] and (group)
    // route directories and a path over 100 characters.
    name: 'deno-user-cache',
    dockerfile: df`FROM {{BASE}} AS deno
ARG DENO_VERSION=2.0.0
ENV DENO_DIR /deno-dir/
ENV DENO_INSTALL_ROOT /usr/local
RUN echo 'deno:x:1993:' >> /etc/group && echo 'deno:x:1993:1993::/home/deno:/bin/sh' >> /etc/passwd \
    && mkdir /deno-dir/ \
    && chown deno:deno /deno-dir/
COPY --chmod=755 <<"EOF" /usr/bin/deno
#!/bin/sh
set -e
case "$1" in
  cache|install) shift; [ "$1" = --entrypoint ] && shift; for f; do mkdir -p "$DENO_DIR/gen/file$PWD" "$DENO_DIR/deps/https"; cat "$f" > "$DENO_DIR/gen/file$PWD/$f.js"; done; touch "$DENO_DIR/dep_analysis_cache_v2" ;;
  *) echo "deno $DENO_VERSION" ;;
esac
EOF
COPY --chmod=755 <<"EOF" /tini
#!/bin/sh
[ "$1" = -- ] && shift
exec "$@"
EOF
COPY ./_entry.sh /usr/local/bin/docker-entrypoint.sh
RUN chmod 755 /usr/local/bin/docker-entrypoint.sh
ENTRYPOINT ["/tini", "--", "docker-entrypoint.sh"]
CMD ["eval", "console.log('Welcome to Deno!')"]

FROM deno

# The port that your application listens to.
EXPOSE 1993

WORKDIR /app

# Prefer not to run as root.
USER deno

# Cache the dependencies as a layer (the following two steps are re-run only when deps.ts is modified).
# Ideally cache deps.ts will download and compile _all_ external files used in main.ts.
COPY deps.ts .
RUN --mount=type=cache,target=/deno-dir/npm,uid=1993,gid=1993,id=deno-npm-${RUN_ID} deno install --entrypoint deps.ts

# These steps will be re-run upon each file change in your working directory:
COPY . .
# Compile the main app so that it doesn't need to be compiled each startup/entry.
RUN deno cache main.ts

CMD ["run", "--allow-net", "main.ts"]
`,
    context: [
      f('_entry.sh', '#!/bin/sh\nif [ "$1" != "${1#-}" ] || [ "$1" = eval ] || [ "$1" = run ]; then set -- deno "$@"; fi\nexec "$@"\n'),
      f('deps.ts', 'export * as oak from "jsr:@oak/oak@17";\n'),
      f('main.ts', 'import { oak } from "./deps.ts";\n'),
      f('deno.json', '{"tasks":{}}\n'),
      // a Fresh-style routes tree: bracket and parenthesis directory names, a long path (PAX headers)
      f('routes/[name].tsx', 'export default () => null;\n'),
      f('routes/api/[...path].ts', 'export const handler = {};\n'),
      f('routes/(_islands)/Counter.tsx', 'export default () => null;\n'),
      f('static/fonts/inter-variable-font-with-a-rather-long-directory-name/subsets/latin-extended-additional/weights/100-900/InterVariable-Italic.woff2', 'woff2'),
      f('static/logo with space.svg', '<svg/>\n'),
      f('.dockerignore', '.git\nnode_modules\n'),
    ],
  },
  {
    // Bun's documented Dockerfile on an oven/bun stand-in (a bun user, WORKDIR /home/bun/app, ENTRYPOINT + CMD):
    // install/prerelease/release stages, package.json and bun.lockb COPYed twice to /temp dirs, `cd && bun install`,
    // ENV NODE_ENV before test/build, the tests run with --network=none, release COPYs from two stages, USER bun, EXPOSE 3000/tcp, an ENTRYPOINT that
    // drops the inherited CMD.
    name: 'bun-oven-guide',
    dockerfile: df`FROM {{BASE}} AS oven-bun
RUN echo 'bun:x:1000:' >> /etc/group && echo 'bun:x:1000:1000::/home/bun:/bin/sh' >> /etc/passwd && mkdir -p /home/bun/app && chown -R bun:bun /home/bun \
    && mkdir -p /usr/local/bin && ln -s /usr/local/bin/bun /usr/local/bin/bunx
COPY --chmod=755 <<"EOF" /usr/local/bin/bun
#!/bin/sh
set -e
case "$1" in
  install) mkdir -p node_modules/hono node_modules/.cache; cat package.json > node_modules/hono/package.json
    case " $* " in *" --production "*) ;; *) echo dev > node_modules/.cache/typescript ;; esac ;;
  test) ls node_modules > test-report.txt ;;
  run) [ "$2" = build ] && { mkdir -p dist; cat index.ts > dist/index.js; } ;;
esac
EOF
WORKDIR /home/bun/app
ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]
CMD ["/usr/local/bin/bun"]

# use the official Bun image
# see all versions at https://hub.docker.com/r/oven/bun/tags
FROM oven-bun AS base
WORKDIR /usr/src/app

# install dependencies into temp directory
# this will cache them and speed up future builds
FROM base AS install
RUN mkdir -p /temp/dev
COPY package.json bun.lockb /temp/dev/
RUN cd /temp/dev && bun install --frozen-lockfile

# install with --production (exclude devDependencies)
RUN mkdir -p /temp/prod
COPY package.json bun.lockb /temp/prod/
RUN cd /temp/prod && bun install --frozen-lockfile --production

# copy node_modules from temp directory
# then copy all (non-ignored) project files into the image
FROM base AS prerelease
COPY --from=install /temp/dev/node_modules node_modules
COPY . .

# [optional] tests & build
ENV NODE_ENV=production
RUN --network=none bun test
RUN bun run build

# copy production dependencies and source code into final image
FROM base AS release
COPY --from=install /temp/prod/node_modules node_modules
COPY --from=prerelease /usr/src/app/index.ts .
COPY --from=prerelease /usr/src/app/package.json .

# run the app
USER bun
EXPOSE 3000/tcp
ENTRYPOINT [ "bun", "run", "index.ts" ]
`,
    context: [
      f('package.json', '{"name":"app","module":"index.ts","dependencies":{"hono":"^4"}}\n'),
      f('bun.lockb', Buffer.from([0x23, 0x21, 0x2f, 0x75, 0x00, 0x01, 0xff, 0x0a])),
      f('index.ts', 'console.log("Hello via Bun!");\n'),
      f('index.test.ts', 'test("x", () => {});\n'),
      f('tsconfig.json', '{}\n'),
      f('node_modules/hono/local', 'x'),
      f('.dockerignore', 'node_modules\nDockerfile*\n.dockerignore\n.git\n.gitignore\nREADME.md\nLICENSE\n.vscode\nMakefile\nhelm-charts\n.env\n.editorconfig\n.idea\ncoverage*\n'),
    ],
  },
  {
    // The official ruby image and ruby:onbuild: GEM_HOME, BUNDLE_SILENCE_ROOT_WARNING and BUNDLE_APP_CONFIG="$GEM_HOME"
    // on one ENV, PATH from GEM_HOME, 1777 gem dir; an onbuild stage (bundle config --global frozen, ONBUILD COPY
    // Gemfile/Gemfile.lock, ONBUILD RUN bundle install, ONBUILD COPY .) used as a base; the app sets BUNDLE_* ENV
    // where one value refers to another of the same instruction (the value before it), and a RUN with an
    // optional secret mount (absent: no file).
    name: 'ruby-bundler-onbuild',
    dockerfile: df`FROM {{BASE}} AS ruby
ENV LANG C.UTF-8
ENV RUBY_VERSION 3.3.5

# don't create ".bundle" in all our apps
ENV GEM_HOME /usr/local/bundle
ENV BUNDLE_SILENCE_ROOT_WARNING=1 \
    BUNDLE_APP_CONFIG="$GEM_HOME"
ENV PATH $GEM_HOME/bin:$PATH
# adjust permissions of a few directories for running "gem install" as an arbitrary user
RUN mkdir -p "$GEM_HOME" && chmod 1777 "$GEM_HOME" \
    && printf '#!/bin/sh\nset -e\ncase "$1" in\n  config) shift; [ "$1" = --global ] && shift; mkdir -p "$BUNDLE_APP_CONFIG"; echo "BUNDLE_$(echo $1 | tr a-z A-Z): "$2"" >> "$BUNDLE_APP_CONFIG/config" ;;\n  install) d=$\{BUNDLE_PATH:-$GEM_HOME}/ruby/3.3.0; mkdir -p "$d/gems/sinatra-4.0.0" "$d/cache"; cp Gemfile.lock "$d/gems/sinatra-4.0.0/"; echo "without=$BUNDLE_WITHOUT deployment=$BUNDLE_DEPLOYMENT bin=$BUNDLE_BIN" > "$d/install.log"; touch "$d/cache/sinatra-4.0.0.gem" ;;\n  exec) shift; exec "$@" ;;\nesac\n' > /usr/local/bin/bundle \
    && chmod 755 /usr/local/bin/bundle
CMD [ "irb" ]

FROM ruby AS onbuild
# throw errors if Gemfile has been modified since Gemfile.lock
RUN bundle config --global frozen 1 && mkdir -p /usr/src/app
WORKDIR /usr/src/app

ONBUILD COPY Gemfile /usr/src/app/
ONBUILD COPY Gemfile.lock /usr/src/app/
ONBUILD RUN bundle install
ONBUILD COPY . /usr/src/app

FROM onbuild
ENV BUNDLE_DEPLOYMENT="1" \
    BUNDLE_PATH="/usr/local/bundle" \
    BUNDLE_BIN="$BUNDLE_PATH/bin" \
    BUNDLE_WITHOUT="development:test"
RUN --mount=type=secret,id=BUNDLE_GITHUB__COM \
    BUNDLE_GITHUB__COM="$(cat /run/secrets/BUNDLE_GITHUB__COM 2>/dev/null)" bundle install \
    && rm -rf ~/.bundle/ "$\{BUNDLE_PATH}"/ruby/*/cache
EXPOSE 4567
CMD ["bundle", "exec", "ruby", "app.rb", "-o", "0.0.0.0"]
`,
    context: [
      f('Gemfile', 'source "https://rubygems.org"\ngem "sinatra"\n'),
      f('Gemfile.lock', 'GEM\n  specs:\n    sinatra (4.0.0)\n'),
      f('app.rb', 'require "sinatra"\n'),
      f('config.ru', 'run Sinatra::Application\n'),
      f('vendor/bundle/stale', 'x'),
      f('.dockerignore', '.git\n/vendor/bundle\n/.bundle\n'),
    ],
  },
  {
    // Perl with cpanm and Carton: cpanm installing Carton then mkdir in one RUN, COPY cpanfile* (a glob matching the
    // snapshot too), `carton install --deployment` under a cache mount on ~/.cpanm with the work dir removed, a
    // tmpfs on /tmp, PERL5LIB from ENV, CMD through carton exec.
    name: 'perl-carton-cpanm',
    dockerfile: df`FROM {{BASE}} AS perl
ENV PERL_VERSION 5.40.0
COPY --chmod=755 <<"EOF" /usr/local/bin/cpanm
#!/bin/sh
set -e
mkdir -p "$HOME/.cpanm/work/1" /usr/local/lib/perl5/site_perl/5.40.0
for m; do case "$m" in -*) ;; *) echo "$m" > "$HOME/.cpanm/work/1/build.log"; mkdir -p "/usr/local/lib/perl5/site_perl/5.40.0/$m"; touch "/usr/local/lib/perl5/site_perl/5.40.0/$m/installed" ;; esac; done
[ "$m" = Carton ] && printf '#!/bin/sh\nset -e\ncase "$1" in install) mkdir -p local/lib/perl5/Plack local/cache; cat cpanfile.snapshot > local/lib/perl5/Plack/snapshot; echo "$*" > local/cache/args ;; exec) shift; exec "$@" ;; esac\n' > /usr/local/bin/carton && chmod 755 /usr/local/bin/carton
exit 0
EOF
CMD ["perl5.40.0", "-de0"]

FROM perl
RUN cpanm Carton \
    && mkdir -p /usr/src/app
WORKDIR /usr/src/app

COPY cpanfile* ./
RUN --mount=type=cache,target=/root/.cpanm,id=cpanm-${RUN_ID} --mount=type=tmpfs,target=/tmp \
    carton install --deployment \
    && rm -rf /root/.cpanm/work /usr/src/app/local/cache \
    && ls /tmp > /usr/src/app/tmp-during-install.txt

COPY . .
ENV PERL5LIB=/usr/src/app/local/lib/perl5:/usr/src/app/lib
EXPOSE 5000
CMD ["carton", "exec", "plackup", "-p", "5000", "bin/app.psgi"]
`,
    context: [
      f('cpanfile', "requires 'Plack';\nrequires 'Dancer2';\n"),
      f('cpanfile.snapshot', '# carton snapshot format: version 1.0\nDISTRIBUTIONS\n'),
      f('bin/app.psgi', 'my $app = sub { [200, [], ["ok"]] };\n'),
      f('lib/MyApp.pm', 'package MyApp; 1;\n'),
      f('local/lib/perl5/stale', 'x'),
      f('.dockerignore', 'local/\n.git\n'),
    ],
  },
  {
    // rocker/r-ver and an renv project: the rocker scripts COPYed to /rocker_scripts and run, ENV chains
    // (R_HOME, TZ, CRAN, LANG), double-quoted R expressions with parentheses, single quotes and ${RENV_VERSION}
    // inside (expanded by the shell, not the Dockerfile), renv files COPYed one by one, ENV RENV_PATHS_LIBRARY
    // relative to the WORKDIR.
    name: 'r-renv-rocker',
    dockerfile: df`FROM {{BASE}} AS r-ver
ENV R_VERSION="4.4.1"
ENV R_HOME="/usr/local/lib/R"
ENV TZ="Etc/UTC"
COPY scripts/install_R_source.sh /rocker_scripts/install_R_source.sh
RUN /rocker_scripts/install_R_source.sh
ENV CRAN="https://p3m.dev/cran/__linux__/jammy/latest"
ENV LANG=en_US.UTF-8
CMD ["R"]

FROM r-ver
ENV RENV_VERSION=v1.0.7
RUN R -e "install.packages('remotes', repos = c(CRAN = 'https://cloud.r-project.org'))"
RUN R -e "remotes::install_github('rstudio/renv@$\{RENV_VERSION}')"

WORKDIR /project
COPY renv.lock renv.lock
RUN mkdir -p renv
COPY .Rprofile .Rprofile
COPY renv/activate.R renv/activate.R
COPY renv/settings.json renv/settings.json

ENV RENV_PATHS_LIBRARY renv/library
RUN R -e "renv::restore()"

COPY app.R .
CMD ["Rscript", "app.R"]
`,
    context: [
      x('scripts/install_R_source.sh', '#!/bin/sh\nset -e\nmkdir -p "$R_HOME/bin" "$R_HOME/library/base" "$R_HOME/etc"\nprintf \'#!/bin/sh\\n[ "$1" = -e ] && echo "$2" >> "%s/etc/eval.log"\\ncase "$2" in *install.packages*) mkdir -p %s/site-library/remotes ;; *install_github*) mkdir -p %s/site-library/renv ;; *restore*) mkdir -p "$RENV_PATHS_LIBRARY/R-4.4/jsonlite" ;; esac\\n\' "$R_HOME" "$R_HOME" "$R_HOME" > /usr/local/bin/R\nchmod 755 /usr/local/bin/R\nln -s R /usr/local/bin/Rscript\necho "R_LIBS_SITE=$R_HOME/site-library" > "$R_HOME/etc/Renviron.site"\n'),
      f('renv.lock', '{"R":{"Version":"4.4.1"},"Packages":{"jsonlite":{"Version":"1.8.9"}}}\n'),
      f('.Rprofile', 'source("renv/activate.R")\n'),
      f('renv/activate.R', 'local({ version <- "1.0.7" })\n'),
      f('renv/settings.json', '{"snapshot.type":"implicit"}\n'),
      f('renv/library/stale', 'x'),
      f('app.R', 'print("hello")\n'),
    ],
  },
  {
    // micromamba's image and its documented child: ARG MAMBA_USER/_ID/_GID used by an account script through the
    // RUN environment, ENV MAMBA_USER=$MAMBA_USER, USER $MAMBA_USER, SHELL set to a script (RUN goes through it),
    // ENTRYPOINT + CMD; the child, on the image from a registry, COPYs --chown=$MAMBA_USER:$MAMBA_USER (an ENV of the
    // base), installs into the root prefix as that user, then `ARG MAMBA_DOCKERFILE_ACTIVATE=1  # (otherwise python
    // will not be found)` (the comment words become ARGs too) so the shell script activates the env, and a shell-form
    // CMD made with the inherited SHELL.
    name: 'micromamba-mamba-user',
    dockerfile: df`FROM {{MICROMAMBA}}
COPY --chown=$MAMBA_USER:$MAMBA_USER env.yaml /tmp/env.yaml
RUN micromamba install -y -n base -f /tmp/env.yaml && \
    micromamba clean --all --yes
ARG MAMBA_DOCKERFILE_ACTIVATE=1  # (otherwise python will not be found)
RUN python -c 'import uuid; print(uuid.uuid4())' > /tmp/my_uuid
CMD python -m http.server 8000
`,
    prebuild: {
      MICROMAMBA: df`FROM {{BASE}}
ARG MAMBA_USER=mambauser
ARG MAMBA_USER_ID=57439
ARG MAMBA_USER_GID=57439
ENV MAMBA_USER=$MAMBA_USER
ENV MAMBA_ROOT_PREFIX="/opt/conda"
ENV MAMBA_EXE="/bin/micromamba"

COPY micromamba "$\{MAMBA_EXE}"
COPY _activate_current_env.sh /usr/local/bin/_activate_current_env.sh
COPY _dockerfile_shell.sh /usr/local/bin/_dockerfile_shell.sh
COPY _entrypoint.sh /usr/local/bin/_entrypoint.sh
COPY _dockerfile_initialize_user_accounts.sh /usr/local/bin/_dockerfile_initialize_user_accounts.sh
COPY _dockerfile_setup_root_prefix.sh /usr/local/bin/_dockerfile_setup_root_prefix.sh

RUN /usr/local/bin/_dockerfile_initialize_user_accounts.sh && \
    /usr/local/bin/_dockerfile_setup_root_prefix.sh

USER $MAMBA_USER

SHELL ["/usr/local/bin/_dockerfile_shell.sh"]

ENTRYPOINT ["/usr/local/bin/_entrypoint.sh"]
# Optional: if you want to customize the ENTRYPOINT and have a conda
# environment activated, then do this:
# ENTRYPOINT ["/usr/local/bin/_entrypoint.sh", "my_entrypoint_program"]

# You can modify the CMD statement as needed....
CMD ["/bin/sh"]
`,
    },
    context: [
      f('env.yaml', 'name: base\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.12\n'),
      x('micromamba', '#!/bin/sh\nset -e\ncase "$1" in\n  install) mkdir -p "$MAMBA_ROOT_PREFIX/bin" "$MAMBA_ROOT_PREFIX/pkgs/python-3.12.7"; cp /tmp/env.yaml "$MAMBA_ROOT_PREFIX/conda-meta/history"; printf \'#!/bin/sh\\necho 5f2b8d4e-uuid\\n\' > "$MAMBA_ROOT_PREFIX/bin/python"; chmod 755 "$MAMBA_ROOT_PREFIX/bin/python" ;;\n  clean) rm -rf "$MAMBA_ROOT_PREFIX/pkgs" ;;\nesac\n'),
      f('_activate_current_env.sh', '# activates the base env\nPATH="$MAMBA_ROOT_PREFIX/bin:$PATH"\nexport PATH\n'),
      x('_dockerfile_shell.sh', '#!/bin/sh\n# the Dockerfile SHELL: activates the env when MAMBA_DOCKERFILE_ACTIVATE=1\nif [ "${MAMBA_DOCKERFILE_ACTIVATE:-0}" = 1 ]; then . /usr/local/bin/_activate_current_env.sh; fi\nexec sh -c "$@"\n'),
      x('_entrypoint.sh', '#!/bin/sh\n. /usr/local/bin/_activate_current_env.sh\nexec "$@"\n'),
      x('_dockerfile_initialize_user_accounts.sh', '#!/bin/sh\nset -e\necho "$MAMBA_USER:x:$MAMBA_USER_GID:" >> /etc/group\necho "$MAMBA_USER:x:$MAMBA_USER_ID:$MAMBA_USER_GID::/home/$MAMBA_USER:/bin/sh" >> /etc/passwd\nmkdir -p "/home/$MAMBA_USER"\necho ". /usr/local/bin/_activate_current_env.sh" >> "/home/$MAMBA_USER/.profile"\nchown -R "$MAMBA_USER:$MAMBA_USER" "/home/$MAMBA_USER"\n'),
      x('_dockerfile_setup_root_prefix.sh', '#!/bin/sh\nset -e\nmkdir -p "$MAMBA_ROOT_PREFIX/conda-meta" "$MAMBA_ROOT_PREFIX/environments"\nchown -R "$MAMBA_USER:$MAMBA_USER" "$MAMBA_ROOT_PREFIX"\nchmod -R a+rwx "$MAMBA_ROOT_PREFIX"\n'),
    ],
  },
  {
    // Hugo on a hugomods-like image: ARG HUGO_BASEURL= (empty default) re-exported as ENV, COPY . /src with a
    // .dockerignore of public/ and resources/_gen, hugo writing public/ (a shell stand-in), and the nginx-like final
    // stage COPY --link --from of the public tree.
    name: 'hugo-site',
    dockerfile: df`FROM {{BASE}} AS hugomods-hugo
COPY --chmod=755 <<"EOF" /usr/bin/hugo
#!/bin/sh
set -e
mkdir -p public/posts resources/_gen/images
for md in content/posts/*.md; do n=$(basename "$md" .md); mkdir -p "public/posts/$n"; { echo "<base href=\"$HUGO_BASEURL\">"; sed -n '/^---$/,/^---$/!p' "$md"; } > "public/posts/$n/index.html"; done
cp -r static/. public/
echo "<html>$(cat hugo.toml | grep title)</html>" > public/index.html
echo "minify gc" > resources/_gen/images/.stamp
EOF
WORKDIR /src

FROM hugomods-hugo AS builder
# Base URL
ARG HUGO_BASEURL=
ENV HUGO_BASEURL=$\{HUGO_BASEURL}
# Build site
COPY . /src
RUN hugo --minify --gc --enableGitInfo
# Set the fallback 404 page if defaultContentLanguageInSubdir is enabled, please replace the \`en\` with your default language code.
# RUN cp ./public/en/404.html ./public/404.html

#####################################################################
#                            Final Stage                            #
#####################################################################
FROM {{BASE}}
RUN mkdir -p /site /etc/nginx/conf.d && echo 'server { root /site; }' > /etc/nginx/conf.d/default.conf
# Copy the generated files to keep the image as small as possible.
COPY --link --from=builder /src/public /site
EXPOSE 80
`,
    buildArgs: { HUGO_BASEURL: 'https://example.org/' },
    context: [
      f('hugo.toml', 'baseURL = "https://example.com/"\ntitle = "My Site"\n'),
      f('content/posts/first.md', '---\ntitle: First\n---\nHello\n'),
      f('content/posts/second.md', '---\ntitle: Second\n---\nWorld\n'),
      f('static/favicon.ico', 'ico'),
      f('static/css/site.css', 'body{}\n'),
      f('public/stale.html', 'old'),
      f('resources/_gen/assets/x', 'x'),
      f('.hugo_build.lock', ''),
      f('.dockerignore', 'public/\nresources/_gen/\n.hugo_build.lock\n.git\n'),
    ],
  },
  {
    // supervisord running nginx, php-fpm and cron: supervisor config under /etc/supervisor/conf.d, the classic cron
    // recipe (COPY crontab /etc/cron.d/x, chmod 0644, crontab FILE — busybox's crontab writes the spool file as
    // mode 0600 — and touch of the log), program scripts COPYed with --chmod=755 by glob, CMD supervisord -n; proxy
    // build args (declared or not) used by an apt proxy recipe.
    name: 'supervisord-cron',
    buildArgs: { http_proxy: 'http://proxy.example:3128', HTTPS_PROXY: 'http://proxy.example:3129', NO_PROXY: 'localhost,127.0.0.1,.internal' },
    dockerfile: df`FROM {{BASE}}

ENV DEBIAN_FRONTEND=noninteractive
# corporate builds declare the proxy args; undeclared ones (NO_PROXY here) reach RUN too. Both stay out of the
# history's RUN |N list.
ARG http_proxy
ARG https_proxy=
RUN if [ -n "$http_proxy" ]; then mkdir -p /etc/apt/apt.conf.d && echo "Acquire::http::Proxy \"$http_proxy\";" > /etc/apt/apt.conf.d/01proxy; fi \
    && echo "no_proxy=$NO_PROXY https=$https_proxy HTTPS=$HTTPS_PROXY" > /etc/build-no-proxy \
    && mkdir -p /etc/supervisor/conf.d /var/log/supervisor /var/spool/cron/crontabs /etc/cron.d /usr/sbin \
    && printf '#!/bin/sh\nexec crond -f -l 8\n' > /usr/sbin/cron && chmod 755 /usr/sbin/cron \
    && printf '#!/bin/sh\necho supervisord "$@"\n' > /usr/bin/supervisord && chmod 755 /usr/bin/supervisord \
    && printf '[unix_http_server]\nfile=/var/run/supervisor.sock\nchmod=0700\n\n[supervisord]\nlogfile=/var/log/supervisor/supervisord.log\n\n[include]\nfiles = /etc/supervisor/conf.d/*.conf\n' > /etc/supervisor/supervisord.conf

COPY supervisord.conf /etc/supervisor/conf.d/supervisord.conf

# Add crontab file in the cron directory
COPY crontab /etc/cron.d/hello-cron

# Give execution rights on the cron job
RUN chmod 0644 /etc/cron.d/hello-cron \
    && crontab /etc/cron.d/hello-cron \
    && touch /var/log/cron.log

COPY --chmod=755 scripts/*.sh /usr/local/bin/

EXPOSE 80 9001
CMD ["/usr/bin/supervisord", "-n", "-c", "/etc/supervisor/supervisord.conf"]
`,
    context: [
      f('supervisord.conf', '[supervisord]\nnodaemon=true\nuser=root\n\n[program:cron]\ncommand=/usr/sbin/cron\n\n[program:nginx]\ncommand=/usr/local/bin/start-nginx.sh\nautorestart=true\n\n[program:php-fpm]\ncommand=/usr/local/bin/start-fpm.sh\n'),
      f('crontab', '* * * * * echo "Hello world" >> /var/log/cron.log 2>&1\n# An empty line is required at the end of this file for a valid cron file.\n\n', { mode: 0o664 }),
      f('scripts/start-nginx.sh', '#!/bin/sh\nexec nginx -g "daemon off;"\n'),
      f('scripts/start-fpm.sh', '#!/bin/sh\nexec php-fpm -F\n'),
      f('scripts/README', 'not a script\n'),
    ],
  },
  {
    // tini's README recipe and a worker image on top: ENV TINI_VERSION, ADD of a URL (with the version in a query
    // string) to /tini then RUN chmod +x, ENTRYPOINT ["/tini", "--"], a healthcheck script COPYed --chmod=755 and
    // used by an exec-form HEALTHCHECK, CMD; the worker stage resets the HEALTHCHECK with NONE and sets an ENTRYPOINT
    // without CMD (the inherited CMD is dropped), as dumb-init images do.
    name: 'tini-healthcheck-worker',
    dockerfile: df`FROM {{BASE}} AS app
# Add Tini
ENV TINI_VERSION v0.19.0
ADD {{FILES}}/hello.txt?version=$\{TINI_VERSION} /tini
RUN chmod +x /tini && ln -s /tini /usr/bin/dumb-init
ENTRYPOINT ["/tini", "--"]

COPY --chmod=755 healthcheck.sh /usr/local/bin/docker-healthcheck
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["docker-healthcheck"]

# Run your program under Tini
COPY app/ /app/
CMD ["/app/server", "--port", "8080"]

FROM app AS worker
HEALTHCHECK NONE
ENTRYPOINT ["/usr/bin/dumb-init", "--", "/app/worker"]
`,
    context: [x('healthcheck.sh', '#!/bin/sh\nwget -q -O /dev/null http://127.0.0.1:8080/healthz || exit 1\n'), x('app/server'), x('app/worker')],
  },
  {
    // An SPA behind nginx with templates rendered at start: a node build stage (npm ci, npm run build), the nginx
    // image stand-in (docker-entrypoint.d scripts, ENTRYPOINT + CMD), ENV of the envsubst variables and the
    // template suffix, RUN rm of the base's default.conf (a whiteout), templates COPYed, and a shell-form CMD whose
    // \$ escapes stay in the command; the build stage's .dockerignore re-includes some **/*.map files.
    name: 'nginx-envsubst-templates',
    dockerfile: df`FROM {{BASE}} AS build
WORKDIR /app
COPY package*.json ./
RUN mkdir -p node_modules/.bin && cat package-lock.json > node_modules/.package-lock.json
COPY . .
RUN mkdir -p dist/assets && cp public/index.html dist/ && cat src/*.js > dist/assets/index.js

FROM {{BASE}} AS nginx
RUN mkdir -p /etc/nginx/conf.d /docker-entrypoint.d /usr/share/nginx/html && echo 'server { listen 80; }' > /etc/nginx/conf.d/default.conf && echo '<h1>Welcome to nginx!</h1>' > /usr/share/nginx/html/index.html
COPY --chmod=755 20-envsubst-on-templates.sh docker-entrypoint.sh /docker-entrypoint.d/
ENTRYPOINT ["/docker-entrypoint.d/docker-entrypoint.sh"]
EXPOSE 80
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]

FROM nginx
ENV PORT=8080 \
    API_UPSTREAM=http://api:3000 \
    NGINX_ENVSUBST_TEMPLATE_SUFFIX=.tpl \
    NGINX_ENVSUBST_OUTPUT_DIR=/etc/nginx/conf.d
RUN rm /etc/nginx/conf.d/default.conf
COPY nginx/templates/ /etc/nginx/templates/
COPY --from=build /app/dist /usr/share/nginx/html
CMD /bin/sh -c "envsubst '\$PORT \$API_UPSTREAM' < /etc/nginx/templates/default.conf.tpl > /etc/nginx/conf.d/default.conf && exec nginx -g 'daemon off;'"
`,
    context: [
      f('package.json', '{"name":"spa","scripts":{"build":"vite build"}}\n'),
      f('package-lock.json', '{"lockfileVersion":3}\n'),
      f('public/index.html', '<div id="app"></div>\n'),
      f('src/main.js', 'import "./app.js";\n'),
      f('src/app.js', 'export default 1;\n'),
      f('nginx/templates/default.conf.tpl', 'server {\n  listen ${PORT};\n  location /api/ { proxy_pass ${API_UPSTREAM}; }\n}\n'),
      x('20-envsubst-on-templates.sh'),
      x('docker-entrypoint.sh'),
      f('public/vendor/lib.js.map', '{}\n'),
      f('src/app.js.map', '{}\n'),
      f('.dockerignore', 'node_modules\ndist\n.git\n**/*.map\n!public/vendor/*.map\n'),
    ],
  },
  {
    // The actions/runner image: ARG TARGETOS/TARGETARCH and versions in the build stage, `export RUNNER_ARCH` with
    // an if that maps amd64 to x64, the runner tarball and docker's static tarball extracted (from a bind mount,
    // instead of curl), buildx as a CLI plugin; the final stage sets Actions ENV, makes the runner user and docker
    // group (adduser/groupadd/usermod stand-ins) with sudoers lines (escaped quotes), COPY --chown=runner:docker
    // --from=build, moves docker binaries into /usr/bin and removes the directory (whiteouts), USER runner.
    name: 'actions-runner-image',
    dockerfile: df`${DEBIAN_TOOLS}
FROM debian AS build

ARG TARGETOS
ARG TARGETARCH
ARG RUNNER_VERSION
ARG RUNNER_CONTAINER_HOOKS_VERSION=0.6.1
ARG DOCKER_VERSION=27.1.1
ARG BUILDX_VERSION=0.16.2

WORKDIR /actions-runner
RUN --mount=type=bind,source=downloads,target=/downloads \
    export RUNNER_ARCH=$\{TARGETARCH} \
    && if [ "$RUNNER_ARCH" = "amd64" ]; then export RUNNER_ARCH=x64 ; fi \
    && cp /downloads/actions-runner-$\{TARGETOS}-$\{RUNNER_ARCH}-$\{RUNNER_VERSION}.tar.gz runner.tar.gz \
    && tar xzf ./runner.tar.gz \
    && rm runner.tar.gz \
    && mkdir -p k8s && echo "$RUNNER_CONTAINER_HOOKS_VERSION" > k8s/index.js \
    && export DOCKER_ARCH=x86_64 \
    && if [ "$RUNNER_ARCH" = "arm64" ]; then export DOCKER_ARCH=aarch64 ; fi \
    && tar zxvf /downloads/docker-$\{DOCKER_VERSION}.tgz \
    && mkdir -p /usr/local/lib/docker/cli-plugins \
    && cp /downloads/buildx-v$\{BUILDX_VERSION}.linux-$\{TARGETARCH} /usr/local/lib/docker/cli-plugins/docker-buildx \
    && chmod +x /usr/local/lib/docker/cli-plugins/docker-buildx

FROM debian

ENV DEBIAN_FRONTEND=noninteractive
ENV RUNNER_MANUALLY_TRAP_SIG=1
ENV ACTIONS_RUNNER_PRINT_LOG_TO_STDOUT=1
ENV ImageOS=ubuntu22

RUN useradd -m --uid 1001 runner \
    && groupadd docker --gid 123 \
    && groupadd sudo --gid 27 \
    && usermod -aG sudo runner \
    && usermod -aG docker runner \
    && echo "%sudo   ALL=(ALL:ALL) NOPASSWD:ALL" > /etc/sudoers \
    && echo "Defaults env_keep += \"DEBIAN_FRONTEND\"" >> /etc/sudoers

WORKDIR /home/runner

COPY --chown=runner:docker --from=build /actions-runner .
COPY --from=build /usr/local/lib/docker/cli-plugins/docker-buildx /usr/local/lib/docker/cli-plugins/docker-buildx

RUN for f in docker/*; do cp "$f" /usr/bin/ && chmod 755 "/usr/bin/$(basename "$f")"; done && rm -rf docker

USER runner
`,
    buildArgs: { RUNNER_VERSION: '2.320.0' },
    context: [
      f(`downloads/actions-runner-linux-x64-2.320.0.tar.gz`, tgz({ 'run.sh': '#!/bin/bash\n./run-helper.sh "$@"\n', 'config.sh': '#!/bin/bash\n', 'bin/Runner.Listener': 'ELF\n', 'bin/installdependencies.sh': '#!/bin/bash\n', 'externals/node20/bin/node': 'ELF\n' }, { 'run.sh': 0o755, 'config.sh': 0o755, 'bin/Runner.Listener': 0o755, 'bin/installdependencies.sh': 0o755, 'externals/node20/bin/node': 0o755 })),
      f('downloads/docker-27.1.1.tgz', tgz({ 'docker/docker': 'ELF docker\n', 'docker/containerd': 'ELF containerd\n', 'docker/runc': 'ELF runc\n' }, { 'docker/docker': 0o755, 'docker/containerd': 0o755, 'docker/runc': 0o700 })),
      f('downloads/buildx-v0.16.2.linux-amd64', 'ELF buildx\n'),
      f('downloads/buildx-v0.16.2.linux-arm64', 'ELF buildx arm\n'),
    ],
  },
  {
    // A devcontainer image: ARG USERNAME/USER_UID/USER_GID=$USER_UID, groupadd/useradd -m (with /etc/skel files),
    // a sudoers.d file named after the user with escaped parentheses (\(root\)) and chmod 0440, chsh to another
    // shell, a commented-out continuation line inside the RUN, USER $USERNAME, WORKDIR $HOME/workspace (HOME is no
    // ENV: /workspace, made for the user) and a heredoc RUN as that user.
    name: 'devcontainer-sudoers-chsh',
    dockerfile: df`${DEBIAN_TOOLS}
RUN mkdir -p /etc/skel /etc/sudoers.d && printf '# ~/.bashrc\nalias ll="ls -l"\n' > /etc/skel/.bashrc && echo '# ~/.profile' > /etc/skel/.profile && ln -s /bin/sh /bin/zsh

FROM debian

ARG USERNAME=vscode
ARG USER_UID=1000
ARG USER_GID=$USER_UID

# Create the user
RUN groupadd --gid $USER_GID $USERNAME \
    && useradd --uid $USER_UID --gid $USER_GID -m $USERNAME \
    #
    # [Optional] Add sudo support. Omit if you don't need to install software after connecting.
    && echo $USERNAME ALL=\(root\) NOPASSWD:ALL > /etc/sudoers.d/$USERNAME \
    && chmod 0440 /etc/sudoers.d/$USERNAME \
    && chsh -s /bin/zsh $USERNAME

# ********************************************************
# * Anything else you want to do like clean up goes here *
# ********************************************************

# [Optional] Set the default user. Omit if you want to keep the default as root.
USER $USERNAME
# HOME is not an ENV of the image: $HOME expands to nothing here (WORKDIR /workspace, created for the user)
WORKDIR $HOME/workspace
RUN <<EOF
set -e
mkdir -p ~/.config/git
echo "[user]" > ~/.config/git/config
id > ~/.id-at-build
pwd > ~/.pwd-at-build
EOF
`,
    buildArgs: { USER_UID: '1100' },
  },
  {
    // Cross-compilation the xx way (docker's own repositories): global version ARGs, FROM --platform=$BUILDPLATFORM
    // for an xx-like scratch image and the Go builder, COPY --from=xx / / (a whole root), ARG TARGETOS TARGETARCH on
    // one line, a build with RUN --mount=type=bind,target=.,rw (the context over the WORKDIR, written to and thrown
    // away) plus cache and tmpfs mounts and Go
    // -ldflags made from ARG VERSION/COMMIT, xx-verify; a binary-only scratch stage and a release stage, built by
    // --target with a later stage after it.
    name: 'xx-cross-ldflags',
    dockerfile: df`ARG GO_VERSION=1.23
ARG XX_VERSION=1.5.0

FROM --platform=$BUILDPLATFORM scratch AS xx
COPY --chmod=755 <<"xx-info" <<"xx-go" <<"xx-verify" /usr/bin/
#!/bin/sh
case "$1" in os) echo "$\{TARGETPLATFORM%%/*}" ;; arch) p=$\{TARGETPLATFORM#*/}; echo "$\{p%%/*}" ;; *) echo "$TARGETPLATFORM" ;; esac
xx-info
#!/bin/sh
set -e
out=; flags=
while [ $# -gt 0 ]; do case "$1" in -o) out=$2; shift 2;; -ldflags) flags=$2; shift 2;; *) shift;; esac; done
mkdir -p "$(dirname "$out")" /root/.cache/go-build
{ echo "GOOS=$(xx-info os) GOARCH=$(xx-info arch) CGO_ENABLED=$CGO_ENABLED"; echo "ldflags: $flags"; cat go.mod cmd/app/*.go; } > "$out"
chmod 755 "$out"
touch /root/.cache/go-build/trim.txt
echo "example.com/dep v1.0.0 h1:abc=" >> go.sum
xx-go
#!/bin/sh
[ "$1" = --static ] && shift
grep -q "GOOS=$(xx-info os)" "$1"
xx-verify

FROM --platform=$BUILDPLATFORM {{BASE}} AS base
COPY --from=xx / /
ENV CGO_ENABLED=0
WORKDIR /src

FROM base AS build
ARG TARGETPLATFORM
ARG TARGETOS TARGETARCH
ARG VERSION=dev
ARG COMMIT=none
RUN --mount=type=bind,target=.,rw \
    --mount=type=cache,target=/root/.cache/go-build,id=gobuild-${RUN_ID} \
    --mount=type=cache,target=/go/pkg/mod,id=gomod-xx-${RUN_ID} \
    --mount=type=tmpfs,target=/tmp \
    xx-go build -trimpath -ldflags "-s -w -X main.version=$\{VERSION} -X main.commit=$\{COMMIT}" -o /out/app ./cmd/app && \
    xx-verify --static /out/app && \
    echo "$TARGETOS/$TARGETARCH" > /out/target

FROM {{BASE}} AS release
COPY --from=build /out/app /usr/local/bin/app
COPY --from=build /out/target /etc/app-target
ENTRYPOINT ["app"]

FROM scratch AS binary
COPY --from=build /out/app /
`,
    target: 'release',
    buildArgs: { VERSION: 'v1.4.2', COMMIT: '3f9c2ab' },
    context: [
      f('go.mod', 'module example.com/app\n\ngo 1.23\n'),
      f('go.sum', ''),
      f('cmd/app/main.go', 'package main\n\nvar version, commit string\n\nfunc main() {}\n'),
      f('internal/x.go', 'package internal\n'),
      f('bin/app', 'old binary'),
      f('.dockerignore', '/bin\n/dist\n*.md\n'),
    ],
  },
];
