// The CLI bundle's loader (src/cli/bundle-loader.ts): a code cache is used when it was made for
// this build and V8 accepts it; a missing, stale or refused cache falls back to compiling the
// source, with the same results. Each load runs in a fresh node through the CommonJS copy of the
// loader that bin/claims.js requires.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildLine, bundleText } from '../../src/cli/bundle-loader.js';
import { ROOT } from './helpers.js';

const LOADER = join(ROOT, 'dist', 'cli', 'bundle-loader.cjs');

/** Runs `script` (CommonJS) in a fresh node without NODE_OPTIONS, as a user's shell would. */
function node(script: string) {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env });
}

/** A small bundle in the shape scripts/bundle.mjs writes: wrapped CommonJS, ending with its build line. */
function tinyBundle(id = 'test0000build0001'): { dir: string; file: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'claims-loader-'));
  const file = join(dir, 'tiny.cjs');
  const source = [
    '"use strict";',
    'const { basename } = require("node:path");',
    'exports.answer = (n) => [n * 2, basename(__filename), __bundleUrl];',
    'exports.fail = () => { throw new Error("from the bundle"); };',
    '',
  ].join('\n');
  writeFileSync(file, bundleText(source, id));
  return { dir, file, cache: join(dir, 'tiny.cache') };
}

interface Loaded {
  cache: string;
  answer: [number, string, string];
  stack: string;
}

/** Loads `file` (with `cache`) in a fresh node; writes the cache afterwards when asked. */
function loadInNode(file: string, cache: string | null, write = false): Loaded {
  const script = `
    const { loadBundle } = require(${JSON.stringify(LOADER)});
    const b = loadBundle(${JSON.stringify(file)}, ${JSON.stringify(cache)});
    const answer = b.exports.answer(21);
    let stack = '';
    try { b.exports.fail(); } catch (err) { stack = err.stack; }
    if (${write}) b.writeCache(${JSON.stringify(cache)});
    console.log(JSON.stringify({ cache: b.cache, answer, stack }));
  `;
  const r = node(script);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Loaded;
}

describe('bundle loader', () => {
  test('no cache file: compiled from source', () => {
    const { file, cache } = tinyBundle();
    const r = loadInNode(file, cache);
    expect(r.cache).toBe('missing');
    expect(r.answer).toEqual([42, 'tiny.cjs', pathToFileURL(file).href]);
  });

  test('a cache written after a run is used by the next run', () => {
    const { file, cache } = tinyBundle();
    expect(loadInNode(file, cache, true).cache).toBe('missing');
    const r = loadInNode(file, cache);
    expect(r.cache).toBe('used');
    expect(r.answer).toEqual([42, 'tiny.cjs', pathToFileURL(file).href]);
  });

  test('a cache V8 refuses: compiled from source, same results', () => {
    const { file, cache } = tinyBundle();
    writeFileSync(cache, Buffer.concat([Buffer.from(buildLine('test0000build0001'), 'latin1'), Buffer.alloc(512, 7)]));
    const r = loadInNode(file, cache);
    expect(r.cache).toBe('rejected');
    expect(r.answer[0]).toBe(42);
  });

  test('a cache from another build is not given to V8', () => {
    const a = tinyBundle('aaaaaaaaaaaaaaaa');
    loadInNode(a.file, a.cache, true);
    const b = tinyBundle('bbbbbbbbbbbbbbbb');
    writeFileSync(b.cache, readFileSync(a.cache));
    const r = loadInNode(b.file, b.cache);
    expect(r.cache).toBe('stale');
    expect(r.answer[0]).toBe(42);
  });

  test('stack traces name the bundle file and its own line numbers', () => {
    const { file, cache } = tinyBundle();
    for (const write of [true, false]) {
      const r = loadInNode(file, cache, write);
      expect(r.stack).toContain('Error: from the bundle');
      expect(r.stack).toContain(`${file}:5:`);
    }
  });

  test('the built CLI gives the same claims without its cache and with a refused one', () => {
    // A copy of the built bundle (and the package.json it reads its version from), run on seeds/.
    const run = (dir: string) =>
      node(`require(${JSON.stringify(LOADER)}).loadCli(${JSON.stringify(join(dir, 'dist', 'cli'))}).exports.main(['extract', 'seeds', '--json', '-q'])`);
    const copy = mkdtempSync(join(tmpdir(), 'claims-cli-'));
    mkdirSync(join(copy, 'dist', 'cli'), { recursive: true });
    copyFileSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
    copyFileSync(join(ROOT, 'dist', 'cli', 'claims.cjs'), join(copy, 'dist', 'cli', 'claims.cjs'));
    const expected = run(ROOT).stdout;
    expect(JSON.parse(expected)).not.toHaveLength(0);
    expect(run(copy).stdout).toBe(expected);
    const line = readFileSync(join(ROOT, 'dist', 'cli', 'claims.cache')).subarray(0, 40).toString('latin1').split('\n')[0]!;
    writeFileSync(join(copy, 'dist', 'cli', 'claims.cache'), Buffer.concat([Buffer.from(`${line}\n`, 'latin1'), Buffer.alloc(4096, 1)]));
    expect(run(copy).stdout).toBe(expected);
  });

  test('the built CLI loads with the cache the build wrote', () => {
    const r = node(`console.log(require(${JSON.stringify(LOADER)}).loadCli(${JSON.stringify(join(ROOT, 'dist', 'cli'))}).cache)`);
    expect(r.stdout.trim()).toBe('used');
  });
});
