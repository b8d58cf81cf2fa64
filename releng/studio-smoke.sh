#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Starts the built IDE product in a fresh workspace and waits until its workbench window is shown.
#   releng/studio-smoke.sh [screenshot.png]
# Needs an X display (starts Xvfb when DISPLAY is unset), xwininfo (x11-utils) and GTK 3;
# the screenshot needs ImageMagick's import. Exit 0 when the window appeared within the timeout.
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

"$ROOT/allstar" studio "$work/workspace" -consoleLog >"$work/studio.log" 2>&1 &
pids=("$!" "${pids[@]}")
start=$SECONDS
while [ $((SECONDS - start)) -lt "$TIMEOUT" ]; do
  if xwininfo -root -tree 2>/dev/null | grep -q '"workspace - ALLSTAR Studio'; then
    sleep 3 # let it paint
    if [ -n "$SHOT" ] && command -v import >/dev/null 2>&1; then import -window root "$SHOT"; fi
    echo "studio-smoke: workbench window up after $((SECONDS - start)) s"
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
    exit 0
  fi
  if ! kill -0 "${pids[0]}" 2>/dev/null; then break; fi
  sleep 2
done
echo "studio-smoke: no workbench window after $((SECONDS - start)) s; log:" >&2
tail -n 40 "$work/studio.log" >&2
exit 1
