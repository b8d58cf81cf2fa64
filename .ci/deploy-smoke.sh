#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Smoke test of `allstar deploy|status|undeploy` as users run them: a private dockerd (no bridge, no iptables),
# a busybox image built FROM scratch on it (no registry), the hello-edge application deployed, converged,
# monitored (a crash injected, seen, diagnosed, healed by converging), and removed. Needs root, docker.io and busybox-static (.mvn/prerequisites.sh test installs them).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
# a short folder: dockerd's sockets under it must fit in 108 bytes
dir=$(mktemp -d /tmp/adsXXXX)
stop_engine() {
  local pid
  pid=$(cat "$dir/dockerd.pid" 2>/dev/null || true)
  if [ -n "$pid" ]; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  umount "$dir/exec/netns/default" 2>/dev/null || true # the engine's network namespace outlives it
  rm -rf "$dir"
}
trap stop_engine EXIT
dockerd --host "unix://$dir/docker.sock" --data-root "$dir/root" --exec-root "$dir/exec" --pidfile "$dir/dockerd.pid" \
  --iptables=false --ip6tables=false --ip-forward=false --ip-masq=false --bridge=none >"$dir/dockerd.log" 2>&1 &
export DOCKER_HOST="unix://$dir/docker.sock"
for _ in $(seq 1 150); do docker version >/dev/null 2>&1 && break; sleep 0.2; done
mkdir "$dir/image"
cp /bin/busybox "$dir/image/busybox"
printf 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\nCMD ["/bin/sh", "-c", "while true; do sleep 1; done"]\n' >"$dir/image/Dockerfile"
DOCKER_BUILDKIT=0 docker build -q 2>/dev/null -t hello/web:1.0-arm64 "$dir/image" >/dev/null
sed "s|  kind edge|  kind edge\n  endpoint docker \"unix://$dir/docker.sock\"|" "$ROOT/examples/hello-edge/hello.allstar" >"$dir/hello.allstar"

cd "$ROOT"
./allstar deploy local "$dir/hello.allstar" --dry-run 2>/dev/null | grep -q '^would create web#0 on CornerShop.box (hello/web:1.0-arm64)'
./allstar deploy local "$dir/hello.allstar" 2>/dev/null | grep -q '^1 created, 0 replaced, 0 removed, 0 unchanged'
docker ps --filter label=org.allstar.deployment=local --format '{{.Names}}' | grep -qx 'allstar-local-web-0'
./allstar status local "$dir/hello.allstar" | grep -q '^web#0 on CornerShop.box: running'
./allstar deploy local "$dir/hello.allstar" | grep -q '^0 created, 0 replaced, 0 removed, 1 unchanged'
# monitor: healthy, then a crash seen, diagnosed, and healed by converging
./allstar monitor local "$dir/hello.allstar" --for 3s --interval 500ms --workspace "$dir/ws" >"$dir/monitor1.txt"
grep -q '1/1 containers running, 1/1 engines, no anomalies' "$dir/monitor1.txt"
docker kill allstar-local-web-0 >/dev/null
if ./allstar monitor local "$dir/hello.allstar" --for 2s --interval 500ms --workspace "$dir/ws" >"$dir/monitor2.txt"; then
  echo "monitor did not report the crash"; cat "$dir/monitor2.txt"; exit 1
fi
grep -q '^anomaly: web#0 on CornerShop.box: not running' "$dir/monitor2.txt"
./allstar diagnose local "$dir/hello.allstar" --workspace "$dir/ws" >"$dir/diagnose.txt" || true
grep -q '^likely cause: web itself: it stopped or restarted' "$dir/diagnose.txt"
./allstar deploy local "$dir/hello.allstar" 2>/dev/null | grep -q '^0 created, 1 replaced, 0 removed, 0 unchanged'
./allstar undeploy local "$dir/hello.allstar" 2>/dev/null | grep -q '^0 created, 0 replaced, 1 removed, 0 unchanged'
[ -z "$(docker ps -aq --filter label=org.allstar.deployment=local)" ]
echo "deploy smoke: dry run, deploy, status, converge, monitor, crash diagnosed and healed, undeploy against dockerd $(docker version --format '{{.Server.Version}}')"
