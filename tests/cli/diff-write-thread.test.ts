// `claims diff --json` on a large file of claims (16 MB or more): read on two threads
// (src/cli/diff-read-split.ts) and written by a worker (src/cli/diff-write-thread.ts). The
// built CLI, spawned, must print the bytes the one-thread path prints, to a file as to a pipe.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readClaims } from '../../src/cli/commands/diff-input.js';
import { findingsJson } from '../../src/cli/render/diff.js';
import { claimsOf, findingsOf } from '../../src/reconcile/index.js';
import { BIN, BUILT, cleanEnv } from './helpers.js';
import { writeClaims } from '../../scripts/lib/synthetic-claims.mjs';

const dir = mkdtempSync(join(tmpdir(), 'claims-write-'));
const input = join(dir, 'claims.ndjson');
let expected = '';
let conflicts = 0;

beforeAll(async () => {
  await (writeClaims as (paths: string[], counts: number[], seed: number) => Promise<void>)([input], [28_000], 3);
  const store = await readClaims(Readable.from([readFileSync(input)]));
  const findings = findingsOf(store);
  expected = [...findingsJson(claimsOf(findings, store), false)].join('');
  conflicts = findings.groups.filter((g) => g.verdict === 'conflict').length;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!BUILT)('claims diff --json on a large file', () => {
  test('the input is large enough to be read and written on worker threads', () => {
    expect(statSync(input).size).toBeGreaterThanOrEqual(16 << 20);
  });

  test.each([
    ['to a file', 'file'],
    ['to a pipe', 'pipe'],
  ])('prints what one thread prints, %s', (_what, to) => {
    const stdin = openSync(input, 'r');
    const outFile = join(dir, 'out.json');
    const stdout = to === 'file' ? openSync(outFile, 'w') : 'pipe';
    try {
      const r = spawnSync(process.execPath, [BIN, 'diff', '--json'], { stdio: [stdin, stdout, 'pipe'], env: cleanEnv(), maxBuffer: 1 << 30 });
      expect(r.stderr.toString()).toBe('');
      expect(r.status).toBe(0);
      const printed = to === 'file' ? readFileSync(outFile, 'utf8') : r.stdout.toString();
      expect(printed.length).toBe(expected.length);
      expect(printed === expected).toBe(true);
    } finally {
      closeSync(stdin);
      if (typeof stdout === 'number') closeSync(stdout);
    }
  }, 60_000);

  test('--fail-on-conflict counts the conflicts among the groups written', () => {
    const stdin = openSync(input, 'r');
    try {
      const r = spawnSync(process.execPath, [BIN, 'diff', '--json', '--fail-on-conflict'], { stdio: [stdin, 'pipe', 'pipe'], env: cleanEnv(), maxBuffer: 1 << 30 });
      expect(conflicts).toBeGreaterThan(0);
      expect(r.status).toBe(1);
      expect(r.stderr.toString()).toContain(`${conflicts} groups in conflict`);
      expect(r.stdout.toString() === expected).toBe(true);
    } finally {
      closeSync(stdin);
    }
  }, 60_000);
});
