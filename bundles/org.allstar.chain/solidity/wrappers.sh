#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Generates the Web3j wrapper of each named contract from solc's .abi and .bin (see compile.js).
#   wrappers.sh <java> <class path with Web3j codegen> <compiled folder> <output folder> <package> <Contract>...
set -euo pipefail
java=$1 classpath=$2 compiled=$3 out=$4 package=$5
shift 5
rm -rf "$out"
mkdir -p "$out"
for contract in "$@"; do
  "$java" -cp "$classpath" org.web3j.codegen.SolidityFunctionWrapperGenerator \
    --abiFile "$compiled/$contract.abi" --binFile "$compiled/$contract.bin" \
    --outputDir "$out" --package "$package" --javaTypes >/dev/null
  [ -f "$out/${package//.//}/$contract.java" ] || { echo "wrappers.sh: no wrapper for $contract" >&2; exit 1; }
done
