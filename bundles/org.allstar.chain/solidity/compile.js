#!/usr/bin/env node
// SPDX-License-Identifier: EPL-2.0
// Compiles every .sol file of a folder with solc-js (standard JSON, optimizer on, the given EVM version) and
// writes <Contract>.abi and <Contract>.bin for Web3j codegen. Fails on any compiler error.
//   node compile.js <source folder> <output folder> <evm version>
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const [sourceDir, outDir, evmVersion] = process.argv.slice(2);
if (!sourceDir || !outDir || !evmVersion) {
  console.error('usage: compile.js <source folder> <output folder> <evm version>');
  process.exit(2);
}
const sources = {};
for (const file of fs.readdirSync(sourceDir).filter((f) => f.endsWith('.sol')).sort()) {
  sources[file] = { content: fs.readFileSync(path.join(sourceDir, file), 'utf8') };
}
const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion,
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};
const importFrom = (p) => {
  const file = path.join(sourceDir, p);
  return fs.existsSync(file) ? { contents: fs.readFileSync(file, 'utf8') } : { error: `${p}: not found in ${sourceDir}` };
};
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: importFrom }));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
for (const e of output.errors || []) console.error(e.formattedMessage);
if (errors.length > 0) process.exit(1);
fs.mkdirSync(outDir, { recursive: true });
for (const contracts of Object.values(output.contracts)) {
  for (const [name, c] of Object.entries(contracts)) {
    if (c.evm.bytecode.object.length === 0 && c.abi.length === 0) continue; // structs-only files
    fs.writeFileSync(path.join(outDir, `${name}.abi`), JSON.stringify(c.abi));
    fs.writeFileSync(path.join(outDir, `${name}.bin`), c.evm.bytecode.object);
    console.log(`solc ${solc.version()} (${evmVersion}): ${name}, ${c.evm.deployedBytecode.object.length / 2} bytes of code`);
  }
}
