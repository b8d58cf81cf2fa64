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
# Prints each measurement and the medians, with the CPU time of each start (user + system, from /usr/bin/time when
# it is there; on a shared machine the steadier figure) and the load average. Needs an X display (starts Xvfb when
# DISPLAY is unset). Every kind runs with the same JVM options (those of ./allstar studio). When those name a class
# archive (-XX:SharedArchiveFile) that does not exist yet, one more start, not counted, records it first, as the
# first start after a build does, and its time is printed; options after "--" are given to that start only (those
# that record the start-up class list, see ./allstar). JAVA_COMMAND is the JVM's options and main as ./allstar
# studio gives them (ending in "-cp … org.allstar.startup.launch.StudioLauncher" or "-jar LAUNCHER_JAR").
#   releng/bench-studio.sh RUNS PRODUCT_DIR JAVA JAVA_COMMAND... [-- RECORDING_OPTIONS...]
set -euo pipefail

runs=$1 product=$2 java=$3
shift 3
java_opts=() record_opts=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do java_opts+=("$1"); shift; done
if [ $# -gt 0 ]; then shift; record_opts=("$@"); fi
examples_dir=$(cd "$(dirname "$0")/../examples" && pwd -P) # absolute: each start runs in the product folder
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

# launch KIND WORKSPACE [program arguments...]: prints the start-up time in ms and the start's CPU seconds
launch() {
  local kind=$1 workspace=$2 result="$work/result" cpu="$work/cpu"
  shift 2
  rm -f "$result" "$cpu"
  local examples=(-Dallstar.examples="$examples_dir")
  [ "$kind" = plain ] && examples=()
  local timed=()
  [ -x /usr/bin/time ] && timed=(/usr/bin/time -q -f "%U %S" -o "$cpu")
  (cd "$product" && "${timed[@]}" timeout 120 "$java" "${launch_opts[@]}" "${examples[@]}" \
      -Dallstar.bench.startup="$result" "${java_opts[@]}" -data "$workspace" "$@" >"$work/$kind.log" 2>&1) || true
  if [ ! -f "$result" ]; then
    echo "bench-studio: the $kind start recorded no time; log:" >&2
    tail -n 30 "$work/$kind.log" >&2
    exit 1
  fi
  local seconds="?"
  [ -s "$cpu" ] && seconds=$(awk '{ printf "%.2f", $1 + $2 }' "$cpu")
  echo "$(sed -n 's/^startup_ms=//p' "$result") $seconds"
}

load() { cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo "?"; }

archive="" class_list="" launch_opts=()
for option in "${java_opts[@]}"; do
  case $option in
    -XX:SharedArchiveFile=*) archive=${option#-XX:SharedArchiveFile=} ;;
    -Dallstar.startup.classes=*) class_list=${option#-Dallstar.startup.classes=} ;;
  esac
done
if [ -n "$archive" ] && [ ! -f "$archive" ]; then
  launch_opts=("${record_opts[@]}")
  recorded=$(launch first "$work/ws-record" -clean)
  launch_opts=()
  read -r ms cpu <<<"$recorded"
  echo "start that records the class archive (not counted): ${ms} ms, CPU ${cpu} s, load $(load)"
  [ -f "$archive" ] || echo "bench-studio: the JVM wrote no class archive to $archive" >&2
  if [ -n "$class_list" ] && [ "${#record_opts[@]}" -gt 0 ]; then
    [ -s "$class_list" ] && echo "start-up class list: $(wc -l <"$class_list") classes" \
      || echo "bench-studio: the start wrote no start-up class list to $class_list" >&2
  fi
fi

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
median_cpu() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

: >"$work/first.ms"; : >"$work/warm.ms"; : >"$work/plain.ms"; : >"$work/first.cpu"; : >"$work/warm.cpu"; : >"$work/plain.cpu"
for i in $(seq 1 "$runs"); do
  measured=$(launch first "$work/ws-$i" -clean)
  read -r first first_cpu <<<"$measured"
  measured=$(launch warm "$work/ws-$i")
  read -r warm warm_cpu <<<"$measured"
  measured=$(launch plain "$work/plain-$i" -clean -product none)
  read -r plain plain_cpu <<<"$measured"
  echo "run $i: first start ${first} ms (CPU ${first_cpu} s), warm ${warm} ms (CPU ${warm_cpu} s)," \
       "plain IDE workbench ${plain} ms (CPU ${plain_cpu} s), load $(load)"
  echo "$first" >>"$work/first.ms"; echo "$warm" >>"$work/warm.ms"; echo "$plain" >>"$work/plain.ms"
  echo "$first_cpu" >>"$work/first.cpu"; echo "$warm_cpu" >>"$work/warm.cpu"; echo "$plain_cpu" >>"$work/plain.cpu"
  if [ ! -f "$work/ws-$i/mog-live/livestory.allstar" ]; then
    echo "bench-studio: the first start did not import the examples into $work/ws-$i" >&2
    exit 1
  fi
done
first=$(median <"$work/first.ms") warm=$(median <"$work/warm.ms") plain=$(median <"$work/plain.ms")
echo "median of $runs: first start ${first} ms, warm ${warm} ms, plain IDE workbench ${plain} ms" \
     "(first/plain $(awk -v a="$first" -v b="$plain" 'BEGIN { printf "%.2f", a / b }'))"
if ! grep -q '?' "$work/first.cpu"; then
  echo "median CPU (user + system) of $runs: first start $(median_cpu <"$work/first.cpu") s," \
       "warm $(median_cpu <"$work/warm.cpu") s, plain IDE workbench $(median_cpu <"$work/plain.cpu") s"
fi
