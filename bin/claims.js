#!/usr/bin/env node
// Thin shell: all logic lives in the compiled CLI bundle (npm run build writes dist/), which the
// loader compiles with the code cache written at build time. A script, not an ES module
// (bin/package.json): Node starts a script some 10 ms sooner.
const { join } = require('node:path');
const { loadCli } = require('../dist/cli/bundle-loader.cjs');

loadCli(join(__dirname, '..', 'dist', 'cli'))
  .exports.main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
