#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Start-up benchmark of the studio (run by `./allstar bench-studio [runs]`): launches the product with
# -Dallstar.bench.startup=FILE, where org.allstar.ui's StartupTimer writes the time from the start of the Java process
# until the workbench window is shown and the UI thread is idle, and closes the workbench. Three kinds of start, each
# `runs` times (default 5), interleaved so that machine load hits all alike:
#   first  - a new workspace and a fresh OSGi cache (-clean): the examples are imported, the welcome page opens
#   warm   - the same workspace started again (OSGi cache kept)
#   plain  - baseline: the same plug-ins as the platform's plain IDE workbench (-product none: no product branding,
#            no welcome page, no examples), new workspace, -clean
# Prints each measurement and the medians. Needs an X display (starts Xvfb when DISPLAY is unset).
# Every kind runs with the same JVM options (those of ./allstar studio).
#   releng/bench-studio.sh RUNS PRODUCT_DIR JAVA [JAVA_OPTIONS...]
set -euo pipefail

runs=$1 product=$2 java=$3
shift 3
java_opts=("$@")
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | tail -n 1)
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
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

# launch KIND WORKSPACE [program arguments...]: prints the start-up time in ms
launch() {
  local kind=$1 workspace=$2 result="$work/result"
  shift 2
  rm -f "$result"
  local examples=(-Dallstar.examples="$(dirname "$0")/../examples")
  [ "$kind" = plain ] && examples=()
  (cd "$product" && timeout 120 "$java" "${java_opts[@]}" "${examples[@]}" -Dallstar.bench.startup="$result" \
      -jar "$launcher" -data "$workspace" "$@" >"$work/$kind.log" 2>&1) || true
  if [ ! -f "$result" ]; then
    echo "bench-studio: the $kind start recorded no time; log:" >&2
    tail -n 30 "$work/$kind.log" >&2
    exit 1
  fi
  sed -n 's/^startup_ms=//p' "$result"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

: >"$work/first.ms"; : >"$work/warm.ms"; : >"$work/plain.ms"
for i in $(seq 1 "$runs"); do
  first=$(launch first "$work/ws-$i" -clean)
  warm=$(launch warm "$work/ws-$i")
  plain=$(launch plain "$work/plain-$i" -clean -product none)
  echo "run $i: first start ${first} ms, warm ${warm} ms, plain IDE workbench ${plain} ms"
  echo "$first" >>"$work/first.ms"; echo "$warm" >>"$work/warm.ms"; echo "$plain" >>"$work/plain.ms"
  if [ ! -f "$work/ws-$i/mog-live/livestory.allstar" ]; then
    echo "bench-studio: the first start did not import the examples into $work/ws-$i" >&2
    exit 1
  fi
done
first=$(median <"$work/first.ms") warm=$(median <"$work/warm.ms") plain=$(median <"$work/plain.ms")
echo "median of $runs: first start ${first} ms, warm ${warm} ms, plain IDE workbench ${plain} ms" \
     "(first/plain $(awk -v a="$first" -v b="$plain" 'BEGIN { printf "%.2f", a / b }'))"
