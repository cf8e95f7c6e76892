// What a small run of the built CLI loads: Node modules outside its start-up snapshot cost
// milliseconds each on every start (cold start is a target of issue 5). The list is read at exit
// through a preload, in a fresh node.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BIN, BUILT, ROOT, cleanEnv } from './helpers.js';

function modulesLoadedBy(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'claims-startup-'));
  const preload = join(dir, 'preload.cjs');
  const out = join(dir, 'modules.txt');
  writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, process.moduleLoadList.join('\\n')));\n`);
  const env = cleanEnv();
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, ['--require', preload, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(out, 'utf8').split('\n');
}

describe.skipIf(!BUILT)('claims extract seeds --json, at start-up', () => {
  const loaded = BUILT ? modulesLoadedBy(['extract', 'seeds', '--json']) : [];

  test.each([
    // fs/promises (with readline and the fs watchers it pulls in): ~5 ms; corpus/fs-calls.ts uses fs's callbacks.
    'NativeModule fs/promises',
    'NativeModule internal/readline/interface',
    // Worker threads start only with --jobs above 1.
    'NativeModule worker_threads',
  ])('does not load %s', (name) => {
    expect(loaded).toContain('NativeModule fs'); // the list was read
    expect(loaded).not.toContain(name);
  });
});
