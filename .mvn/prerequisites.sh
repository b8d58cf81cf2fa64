#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Installs what building, testing and running ALLSTAR Studio need and a fresh Debian machine lacks
# (with the argument test also what the tests need: docker.io, busybox-static):
# a Maven to bootstrap Maven 3.9 (.mvn/mvn), Xvfb and x11-utils (tests and the IDE without a display),
# GTK 3 (SWT), WebKitGTK (the diagram editors' Browser), Node.js with npm (contracts, local chain), and a JDK 21+ when none is found. Installs only what is missing, and only as root;
# otherwise it prints the apt-get command to run. Used by ./build, ./allstar and .ci/run.
set -euo pipefail

MVN_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)

missing=()
have_maven() {
  command -v mvn >/dev/null 2>&1 && return 0
  local m
  for m in "$MVN_DIR"/dist/apache-maven-*/bin/mvn; do [ -x "$m" ] && return 0; done
  return 1
}
have_maven || missing+=(maven)
command -v Xvfb >/dev/null 2>&1     || missing+=(xvfb)
command -v xwininfo >/dev/null 2>&1 || missing+=(x11-utils)
command -v tar >/dev/null 2>&1      || missing+=(tar)
# Node.js and npm: solc-js and solhint compile and lint the contracts, anvil is the local chain (package.json)
command -v node >/dev/null 2>&1     || missing+=(nodejs)
command -v npm >/dev/null 2>&1      || missing+=(npm)
# tests (./build test): real Docker engines (dockerd) and busybox for the images they build locally
if [ "${1:-}" = test ]; then
  command -v dockerd >/dev/null 2>&1  || missing+=(docker.io)
  { [ -x /bin/busybox ] && ! ldd /bin/busybox >/dev/null 2>&1; } || missing+=(busybox-static) # static: runs FROM scratch
fi
ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || missing+=(libgtk-3-0)
# WebKitGTK: the SWT Browser that shows the diagram editors (org.allstar.diagram.ui)
ldconfig -p 2>/dev/null | grep -q 'libwebkit2gtk-4.1.so.0' || missing+=(libwebkit2gtk-4.1-0)

# shellcheck source=find-java.sh
. "$MVN_DIR/find-java.sh"
need_jdk=false
allstar_find_java >/dev/null 2>&1 || need_jdk=true

[ ${#missing[@]} -eq 0 ] && [ "$need_jdk" = false ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "allstar: missing on this machine: ${missing[*]} $([ "$need_jdk" = true ] && echo 'a JDK 21+')" >&2
  echo "allstar: install with: sudo apt-get install ${missing[*]} $([ "$need_jdk" = true ] && echo 'openjdk-21-jdk-headless')" >&2
  exit 2
fi

export DEBIAN_FRONTEND=noninteractive
echo "allstar: installing ${missing[*]} $([ "$need_jdk" = true ] && echo 'and a JDK 21+')" >&2
apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ "$need_jdk" = true ]; then
  for pkg in openjdk-25-jdk-headless openjdk-21-jdk-headless; do
    if apt-cache show "$pkg" >/dev/null 2>&1; then
      apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null
      break
    fi
  done
  allstar_find_java >/dev/null || exit 2
fi
