#!/usr/bin/env bash
# hoist's reference Docker: Engine 26 with its embedded BuildKit (today's `docker build`), containerd and
# buildx from Debian 13 packages, unpacked under $HOIST_ENGINE_DIR (nothing installed system-wide).
# Tests and benchmarks compare hoist's images with what this engine builds, and run images with it.
#
#   scripts/docker-engine.sh start   # prints DOCKER_HOST=unix://...; starts only what is not running
#   scripts/docker-engine.sh stop    # stops the processes this script started (by their PID files)
#   scripts/docker-engine.sh env     # prints DOCKER_HOST=... without starting anything
#   scripts/docker-engine.sh reset   # stops the engine and removes its images, containers and build cache
#                                    # (the unpacked packages stay). dockerd reads its whole BuildKit cache and
#                                    # history at start: after many test runs that takes longer than its own
#                                    # 10 s deadline, so CI starts from an empty state.
#
# Needs root and Debian's package mirror. The engine has no bridge network and no iptables rules:
# build and run with host networking.
set -euo pipefail
DIR=${HOIST_ENGINE_DIR:-/var/tmp/hoist-engine}
ROOT=$DIR/root
SOCK=$DIR/docker.sock
PATH="$ROOT/usr/bin:$ROOT/usr/sbin:$ROOT/usr/libexec/docker:$PATH"
export PATH

log() { echo "docker-engine: $*" >&2; }

fetch() {
  [ -x "$ROOT/usr/sbin/dockerd" ] && [ -x "$ROOT/usr/libexec/docker/cli-plugins/docker-buildx" ] && return 0
  mkdir -p "$DIR/apt/lists/partial" "$DIR/debs" "$ROOT"
  local mirror
  mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$mirror" ] || mirror=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  [ -n "$mirror" ] || { log "no Debian mirror configured"; return 1; }
  printf 'Types: deb\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$mirror" > "$DIR/apt/trixie.sources"
  local opts=(-o "Dir::Etc::sourcelist=$DIR/apt/trixie.sources" -o "Dir::Etc::sourceparts=-" -o "Dir::State::Lists=$DIR/apt/lists" -o "Dir::Cache::archives=$DIR/debs")
  apt-get -q "${opts[@]}" update >/dev/null
  (cd "$DIR/debs" && apt-get -q "${opts[@]}" download docker.io containerd docker-buildx runc docker-cli >/dev/null 2>&1 || \
   cd "$DIR/debs" && apt-get -q "${opts[@]}" download docker.io containerd docker-buildx runc >/dev/null)
  for f in "$DIR"/debs/*.deb; do dpkg -x "$f" "$ROOT"; done
}

# Whether a PID file names a running process of this engine: one executing a binary under $ROOT, so a PID the
# kernel gave another process (a stale file after a reboot) is never signalled.
alive() {
  local pid
  pid=$(cat "$1" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  case "$(readlink "/proc/$pid/exe" 2>/dev/null)" in "$ROOT"/*) return 0 ;; *) return 1 ;; esac
}

start() {
  fetch
  # Debian 13's runc needs glibc 2.38: on an older host, containers cannot start. Use the host's runc then.
  if ! "$ROOT/usr/sbin/runc" --version >/dev/null 2>&1 && [ -x /usr/sbin/runc ]; then
    mv -f "$ROOT/usr/sbin/runc" "$ROOT/usr/sbin/runc.debian13" 2>/dev/null || true
    ln -sf /usr/sbin/runc "$ROOT/usr/sbin/runc"
  fi
  mkdir -p "$DIR/containerd-root" "$DIR/containerd-state" "$DIR/data" "$DIR/exec"
  # The CLI config (and its buildx plugin) lives in $DIR/cli-config: DOCKER_CONFIG=$DIR/cli-config.
  plugins="$DIR/cli-config/cli-plugins"
  mkdir -p "$plugins"
  if ! cmp -s "$ROOT/usr/libexec/docker/cli-plugins/docker-buildx" "$plugins/docker-buildx"; then
    cp "$ROOT/usr/libexec/docker/cli-plugins/docker-buildx" "$plugins/docker-buildx.tmp.$$"
    mv -f "$plugins/docker-buildx.tmp.$$" "$plugins/docker-buildx"
  fi
  cat > "$DIR/containerd.toml" <<TOML
version = 2
root = "$DIR/containerd-root"
state = "$DIR/containerd-state"
[grpc]
  address = "$DIR/containerd.sock"
TOML
  cat > "$DIR/daemon.json" <<JSON
{ "features": { "containerd-snapshotter": true }, "bridge": "none", "iptables": false, "ip6tables": false,
  "data-root": "$DIR/data", "exec-root": "$DIR/exec", "pidfile": "$DIR/dockerd.pid",
  "hosts": ["unix://$SOCK"], "containerd": "$DIR/containerd.sock" }
JSON
  if ! alive "$DIR/containerd.pid"; then
    rm -f "$DIR/containerd.sock"
    nohup containerd --config "$DIR/containerd.toml" > "$DIR/containerd.log" 2>&1 &
    echo $! > "$DIR/containerd.pid"
    for _ in $(seq 100); do [ -S "$DIR/containerd.sock" ] && break; sleep 0.1; done
  fi
  if ! alive "$DIR/dockerd.pid"; then
    rm -f "$SOCK"
    nohup dockerd --config-file "$DIR/daemon.json" > "$DIR/dockerd.log" 2>&1 &
    local pid=$!
    for _ in $(seq 600); do
      DOCKER_HOST=unix://$SOCK docker version >/dev/null 2>&1 && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
  fi
  DOCKER_HOST=unix://$SOCK docker version --format 'engine {{.Server.Version}}' >&2 || { tail -20 "$DIR/dockerd.log" >&2; return 1; }
  echo "DOCKER_HOST=unix://$SOCK DOCKER_CONFIG=$DIR/cli-config"
}

stop() {
  if alive "$DIR/dockerd.pid"; then
    kill "$(cat "$DIR/dockerd.pid")"
    for _ in $(seq 100); do alive "$DIR/dockerd.pid" || break; sleep 0.1; done
  fi
  if alive "$DIR/containerd.pid"; then
    kill "$(cat "$DIR/containerd.pid")"
    for _ in $(seq 50); do alive "$DIR/containerd.pid" || break; sleep 0.1; done
  fi
  rm -f "$SOCK" "$DIR/containerd.sock" "$DIR/containerd.pid"
}

reset() {
  local pids="" f
  for f in "$DIR/dockerd.pid" "$DIR/containerd.pid"; do alive "$f" && pids="$pids $(cat "$f")"; done
  stop
  for f in $pids; do
    for _ in $(seq 300); do kill -0 "$f" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$f" 2>/dev/null; then log "engine process $f did not stop; not resetting"; return 1; fi
  done
  # Mounts a killed engine may have left under its state directories.
  local m
  for m in $(awk -v d="$DIR/" 'index($2, d) == 1 {print $2}' /proc/self/mounts | sort -r); do umount -l "$m" 2>/dev/null || true; done
  if awk -v d="$DIR/" 'index($2, d) == 1 {found=1} END {exit !found}' /proc/self/mounts; then log "mounts are left under $DIR; not resetting"; return 1; fi
  rm -rf --one-file-system "$DIR/containerd-root" "$DIR/containerd-state" "$DIR/data" "$DIR/exec" "$DIR/dockerd.pid"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  reset) reset ;;
  env) echo "DOCKER_HOST=unix://$SOCK DOCKER_CONFIG=$DIR/cli-config PATH=$ROOT/usr/bin:\$PATH" ;;
  *) echo "usage: $0 start|stop|reset|env" >&2; exit 2 ;;
esac
