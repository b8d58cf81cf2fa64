# SPDX-License-Identifier: EPL-2.0
# Sourced by .mvn/mvn and ./allstar: picks a JDK 21+ and exports JAVA_HOME.
# Order: JAVA_HOME if it is 21+, then /usr/lib/jvm/temurin-25*, then any JDK 21+ under /usr/lib/jvm.

allstar_java_major() { # prints the feature version of the JDK at $1, or nothing
  local home=$1 v=""
  [ -x "$home/bin/java" ] || return 0
  if [ -r "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
  fi
  echo "$v"
}

allstar_find_java() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    major=$(allstar_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      JAVA_HOME=$(cd "$candidate" && pwd -P)
      export JAVA_HOME
      return 0
    fi
  done
  echo "error: ALLSTAR Studio needs a JDK 21 or newer (none found in JAVA_HOME or /usr/lib/jvm)." >&2
  echo "       Install one (Temurin 21 or 25, or Debian's openjdk-21-jdk where it exists) and set JAVA_HOME." >&2
  return 2
}
