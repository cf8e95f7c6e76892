#!/usr/bin/env node
// Thin shell: all logic lives in the compiled CLI (npm run build writes dist/).
import { main } from '../dist/cli/claims.mjs';

process.exitCode = await main(process.argv.slice(2));
