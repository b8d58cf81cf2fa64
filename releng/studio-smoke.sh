#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Starts the built IDE product in a fresh workspace and waits until its workbench window is shown.
#   releng/studio-smoke.sh [screenshot.png]
# Needs an X display (starts Xvfb when DISPLAY is unset), xwininfo (x11-utils) and GTK 3;
# the screenshot needs ImageMagick's import. Exit 0 when the window appeared within the timeout. When this is the
# first start after a build, it also checks that the start-up class list was recorded and that a second start
# loads it ahead.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
SHOT="${1:-}"
TIMEOUT="${STUDIO_SMOKE_TIMEOUT:-120}"
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; sleep 1; rm -rf "$work"; }
trap cleanup EXIT

if [ -z "${DISPLAY:-}" ]; then
  for n in $(seq 80 89); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }
  done
  Xvfb "${display:?no free display}" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
  pids+=($!)
  export DISPLAY=$display
  sleep 2
fi

product="$ROOT/releng/org.allstar.product/target/products/org.allstar.product/linux/gtk/x86_64"
records_classes=false
[ -f "$product/allstar-studio.jsa" ] || records_classes=true

# start_studio LOG: starts the studio on the smoke workspace; waits for its window (exit 1 when none comes)
start_studio() {
  "$ROOT/allstar" studio "$work/workspace" -consoleLog >"$1" 2>&1 &
  pids=("$!" "${pids[@]}")
  start=$SECONDS
  while [ $((SECONDS - start)) -lt "$TIMEOUT" ]; do
    if xwininfo -root -tree 2>/dev/null | grep -q '"workspace - ALLSTAR Studio'; then
      echo "studio-smoke: workbench window up after $((SECONDS - start)) s"
      return 0
    fi
    if ! kill -0 "${pids[0]}" 2>/dev/null; then break; fi
    sleep 2
  done
  echo "studio-smoke: no workbench window after $((SECONDS - start)) s; log:" >&2
  tail -n 40 "$1" >&2
  exit 1
}

start_studio "$work/studio.log"
sleep 3 # let it paint
if [ -n "$SHOT" ] && command -v import >/dev/null 2>&1; then import -window root "$SHOT"; fi
# the examples are imported in a background job once the workbench is up
for _ in $(seq 1 15); do
  [ -f "$work/workspace/mog-live/livestory.allstar" ] && [ -f "$work/workspace/mog-live/.project" ] && break
  sleep 2
done
if [ ! -f "$work/workspace/mog-live/.project" ] || [ ! -f "$work/workspace/hello-edge/hello.allstar" ]; then
  echo "studio-smoke: the examples were not imported into the workspace; log:" >&2
  tail -n 40 "$work/studio.log" >&2
  exit 1
fi
echo "studio-smoke: example projects imported: $(ls "$work/workspace" | grep -v '^\.' | tr '\n' ' ')"
if ! $records_classes; then
  exit 0
fi

# The first start after a build records the start-up class list (ARCHITECTURE §17); the next start loads it ahead.
if ! grep -q '^org.eclipse.ui.workbench org.eclipse.ui.internal.Workbench$' "$product/allstar-studio.classes" 2>/dev/null; then
  echo "studio-smoke: the first start wrote no start-up class list (with the workbench's classes); log:" >&2
  tail -n 40 "$work/studio.log" >&2
  exit 1
fi
echo "studio-smoke: start-up class list recorded: $(wc -l <"$product/allstar-studio.classes") classes"
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true
pids=("${pids[@]:1}")
ALLSTAR_JAVA_OPTS=-Dallstar.startup.report=true start_studio "$work/second.log"
for _ in $(seq 1 25); do
  grep -q 'ALLSTAR class preloader: ' "$work/second.log" && break
  sleep 2
done
report=$(grep -o 'ALLSTAR class preloader: .*' "$work/second.log" || true)
loaded=$(sed -n 's/.*loaded=\([0-9]*\).*/\1/p' <<<"$report")
if [ -z "$loaded" ] || [ "$loaded" -lt 1000 ]; then
  echo "studio-smoke: the second start did not load the listed classes ahead (${report:-no report}); log:" >&2
  tail -n 40 "$work/second.log" >&2
  exit 1
fi
echo "studio-smoke: second start: $report"
