#!/usr/bin/env node
// Thin shell: all logic lives in the compiled CLI bundle (npm run build writes dist/), which the
// loader compiles with the code cache written at build time.
import { loadCli } from '../dist/cli/bundle-loader.js';

process.exitCode = await loadCli().exports.main(process.argv.slice(2));
