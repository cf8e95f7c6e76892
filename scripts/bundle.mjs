// Bundles the compiled CLI (dist/cli/main.js and everything it imports) into one ES module.
// Node 20 has no compile cache, and resolving, reading and linking some 500 small modules
// (zod, chrono-node, our own) costs more at start-up than all the extraction a small run does.
// The library (dist/index.js) stays as tsc wrote it.
import { build } from 'esbuild';

await build({
  // The extraction worker (--jobs) is an entry of its own: each worker thread loads one file too.
  entryPoints: { claims: 'dist/cli/main.js', 'extract-worker': 'dist/cli/extract-worker.js' },
  // Chunks for what is imported lazily (diff, table rendering, HTML and front matter readers)
  // sit beside the entry, so their import.meta.url resolves as the modules' own did.
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunk-[hash]',
  splitting: true,
  minify: true,
  // Names survive minification: chrono-node's parsers are chosen by class name (src/claims/dates.ts).
  keepNames: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // CommonJS dependencies call require(); give the bundle one.
  banner: { js: "import { createRequire as __claimsRequire } from 'node:module'; const require = __claimsRequire(import.meta.url);" },
});
