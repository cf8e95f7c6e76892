// Loads the CLI bundle (dist/cli/claims.cjs, one CommonJS script written by scripts/bundle.mjs)
// through vm.Script with the V8 code cache the build wrote beside it (dist/cli/claims.cache).
// Why: Node 20 has no compile cache for modules; with V8's cache, taken after a warm-up run, the
// functions a run needs are deserialized instead of parsed and compiled on every start. Without a
// usable cache (missing, from another build, or refused by V8 for another Node or other V8 flags)
// the bundle is compiled from source as usual: slower, same results.
// bin/claims.js requires a CommonJS copy of this module (dist/cli/bundle-loader.cjs, written by
// scripts/bundle.mjs): an ES module entry costs Node some 10 ms more to start than a script.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import type { main } from './main.js';

/**
 * V8 flags the CLI runs under, set before the bundle is compiled (the cache is only valid under
 * the flags it was made with). --no-regexp-tier-up: compile each regex to machine code on first
 * use instead of interpreting it first; the rule tables and chrono run large case-insensitive
 * patterns over whole sentences, for which the interpreter pass cost more than the compile.
 * --max-inlined-bytecode-size-cumulative=200 (default 920): TurboFan inlined the whole quantity
 * reader into its callers, so each optimisation took some 100 ms of a background thread; every
 * --jobs worker paid it again, on the cores the workers need. Measured on the 4x corpus: compile
 * threads 1.0-1.4 s -> 0.6-0.8 s of CPU, the first pass ~18% faster, steady state unchanged.
 */
export const V8_FLAGS = ['--no-regexp-tier-up', '--max-inlined-bytecode-size-cumulative=200'];

/** Name of the wrapper parameter that stands for `import.meta.url` in the bundle (esbuild `define`). */
export const BUNDLE_URL_PARAM = '__bundleUrl';

/** The bundle's last line names its build; the cache file starts with the same line. */
const BUILD_MARK = '//# claims-build ';

/** The CLI bundle and its cache, in dist/cli/. */
export const CLI_BUNDLE = 'claims.cjs';
export const CLI_CACHE = 'claims.cache';

/**
 * The bundle file is esbuild's CommonJS output inside the wrapper Node's own module loader adds
 * (plus the stand-in for import.meta.url), written so at build time: V8 compiles the file as it
 * is, with no 2 MB copy to add the wrapper on each start, and stack traces give its own lines.
 */
const WRAPPER_HEAD = `(function (exports, require, module, __filename, __dirname, ${BUNDLE_URL_PARAM}) {\n`;
const WRAPPER_TAIL = '\n})\n';

/** What happened to the code cache: used; refused by V8; made for another build; absent; not asked for. */
export type CacheUse = 'used' | 'rejected' | 'stale' | 'missing' | 'off';

export interface LoadedBundle<T> {
  exports: T;
  cache: CacheUse;
  /** Writes V8's code cache for every function compiled so far: call it after a representative run. */
  writeCache(cacheFile: string): void;
}

/** The line that ends a bundle of build `id` and starts its cache file. */
export function buildLine(id: string): string {
  return `${BUILD_MARK}${id}\n`;
}

/** The text of the bundle file for esbuild's CommonJS output `code` of build `id`. */
export function bundleText(code: string, id: string): string {
  return `${WRAPPER_HEAD}${code}${WRAPPER_TAIL}${buildLine(id)}`;
}

function buildLineOf(source: string): string | null {
  const at = source.lastIndexOf(BUILD_MARK);
  return at < 0 ? null : source.slice(at, source.indexOf('\n', at) + 1 || undefined);
}

let flagsSet = false;

/**
 * Compiles and runs the CommonJS bundle `file`, with the code cache in `cacheFile` when it was made
 * for this build (null: no cache), and returns its exports.
 */
export function loadBundle<T>(bundleFile: string, cacheFile: string | null): LoadedBundle<T> {
  const file = resolve(bundleFile);
  if (!flagsSet) {
    for (const flag of V8_FLAGS) setFlagsFromString(flag);
    flagsSet = true;
  }
  const source = readFileSync(file, 'utf8');
  const build = buildLineOf(source);
  let cachedData: Buffer | undefined;
  let cache: CacheUse = cacheFile ? 'missing' : 'off';
  if (cacheFile) {
    try {
      const data = readFileSync(cacheFile);
      // A cache from another build may still pass V8's own check (it compares lengths, not text).
      if (build && data.toString('latin1', 0, build.length) === build) cachedData = data.subarray(build.length);
      else cache = 'stale';
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  const script = new Script(source, { filename: file, cachedData });
  if (cachedData) cache = script.cachedDataRejected ? 'rejected' : 'used';
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file), pathToFileURL(file).href);
  return {
    exports: module.exports,
    cache,
    writeCache(target) {
      if (!build) throw new Error(`${file} has no build line (${BUILD_MARK.trim()}): rebuild it with scripts/bundle.mjs`);
      writeFileSync(target, Buffer.concat([Buffer.from(build, 'latin1'), script.createCachedData()]));
    },
  };
}

export interface Cli {
  main: typeof main;
}

/** The CLI as bin/claims.js runs it, from `dir` (dist/cli/). */
export function loadCli(dir: string): LoadedBundle<Cli> {
  return loadBundle<Cli>(join(dir, CLI_BUNDLE), join(dir, CLI_CACHE));
}
