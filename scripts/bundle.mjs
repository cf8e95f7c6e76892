// Bundles the compiled CLI (dist/cli/main.js and everything it imports) into one CommonJS script,
// dist/cli/claims.cjs, then writes V8's code cache for it (scripts/write-code-cache.mjs).
// Why: Node 20 has no compile cache, and resolving, reading, linking and compiling some 500 small
// modules (zod, chrono-node, our own) costs more at start-up than all the extraction a small run
// does. bin/claims.js loads the bundle through dist/cli/bundle-loader.cjs (vm.Script + the cache),
// a CommonJS copy of dist/cli/bundle-loader.js written here too.
// The library (dist/index.js) stays as tsc wrote it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BUNDLE_URL_PARAM, CLI_BUNDLE, CLI_CACHE, bundleText } from '../dist/cli/bundle-loader.js';

const OUT = 'dist/cli';
const BUNDLE = join(OUT, CLI_BUNDLE);
const CACHE = join(OUT, CLI_CACHE);

/**
 * commander requires node:child_process when it loads, for executable subcommands, which claims
 * has none of; loading it (with net, dgram and the stream machinery) costs milliseconds per start.
 * Its require gets a stand-in that loads the module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/**
 * zod's namespace carries its error messages in some 45 languages (a quarter of the bundle's
 * bytes, read and set up on every start); claims speaks English only, so the CLI keeps `en`.
 * The library (dist/index.js) imports zod whole.
 */
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * Whitespace and syntax are minified, identifiers are not: chrono-node's parsers are chosen by
 * class name (src/claims/dates.ts), and esbuild's keepNames, the other way to keep names, wraps
 * every closure the code makes in a call that sets its name (some 3% of extraction time).
 */
const MINIFY = { minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: false };

// Never leave a cache beside a bundle it was not made for; nor the ES module bundle of older builds.
rmSync(CACHE, { force: true });
for (const f of readdirSync(OUT)) if (/^(?:claims|chunk-\w+)\.mjs$/.test(f)) rmSync(join(OUT, f));

const { outputFiles } = await build({
  entryPoints: ['dist/cli/main.js'],
  outfile: BUNDLE,
  write: false,
  ...MINIFY,
  bundle: true,
  platform: 'node',
  // A script, not an ES module: vm.Script (and so a code cache) takes only scripts on Node 20.
  format: 'cjs',
  target: 'node20',
  // import() of what is loaded lazily (diff, renderers, readers) becomes a require() of code in
  // the same file: a vm.Script has no ES module loader behind import().
  supported: { 'dynamic-import': false },
  // The loader passes the bundle's own file URL: package-root.ts walks up from dist/cli/ and the
  // worker URL (cli/parallel.ts) names dist/cli/extract-worker.js, as from the modules tsc wrote.
  define: { 'import.meta.url': BUNDLE_URL_PARAM },
  plugins: [lazyChildProcess, englishOnlyZod],
  logLevel: 'warning',
});
const code = outputFiles[0].text;
const id = createHash('sha256').update(code).digest('hex').slice(0, 16);
writeFileSync(BUNDLE, bundleText(code, id));

// The extraction worker (--jobs) and the reading and writing workers of `claims diff`: each one ES module of
// its own, so a worker thread loads one file instead of resolving the modules tsc wrote
// (src/cli/parallel.ts and src/cli/diff-read-split.ts prefer it when it is there).
for (const worker of ['extract-worker', 'diff-read-worker', 'diff-write-worker']) await build({
  entryPoints: [join(OUT, `${worker}.js`)],
  outfile: join(OUT, `${worker}.mjs`),
  ...MINIFY,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [englishOnlyZod],
  // CommonJS dependencies call require(); give the bundle one.
  banner: { js: "import { createRequire as __claimsRequire } from 'node:module'; const require = __claimsRequire(import.meta.url);" },
  logLevel: 'warning',
});

await build({
  entryPoints: [join(OUT, 'bundle-loader.js')],
  outfile: join(OUT, 'bundle-loader.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});

// In a fresh process, as a user's run would be; NODE_OPTIONS could hold V8 flags, and a cache is
// refused under flags other than those it was made with. Without a cache the CLI still runs (and
// the test of the loader says the cache is missing), so a failed warm-up does not stop the build.
const env = { ...process.env };
delete env.NODE_OPTIONS;
try {
  execFileSync(process.execPath, ['scripts/write-code-cache.mjs'], { stdio: ['ignore', 'inherit', 'inherit'], env });
} catch {
  process.stderr.write(`bundle: no code cache written (${CACHE}); the CLI will start slower\n`);
}
