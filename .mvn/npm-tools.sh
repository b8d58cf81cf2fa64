#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Installs the npm tools the build and the tests use (package.json: solc-js, solhint, anvil) into
# node_modules/, exactly as package-lock.json pins them, when they are missing or the lockfile changed.
# Used by ./build and ./allstar. The registry is npm's configured one; nothing here names a host.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
if ! command -v npm >/dev/null 2>&1; then
  echo "allstar: npm is missing (Node.js 20+ is needed to compile the contracts); install nodejs and npm" >&2
  exit 2
fi
# npm writes node_modules/.package-lock.json at each install: newer than the lockfile means up to date
if [ node_modules/.package-lock.json -nt package-lock.json ] && [ -x node_modules/.bin/solhint ]; then exit 0; fi
echo "allstar: installing the npm tools (npm ci)" >&2
npm ci --no-audit --no-fund --loglevel=error >&2
