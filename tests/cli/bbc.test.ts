// The whole BBC news set (2,225 articles, one of them not valid UTF-8) through the built CLI,
// by the relative path a user in this checkout would type.
import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT, ROOT, runPipe } from './helpers.js';

const BBC = '../shared/corpus/bbc';
const present = existsSync(join(ROOT, BBC));
if (!present) console.warn(`note: ${BBC} is absent here; the BBC corpus test is skipped`);

describe.skipIf(!BUILT || !present)(`claims extract ${BBC}`, () => {
  test('reads all 2,225 files, reports the one invalid UTF-8 file, exits 0', () => {
    const r = runPipe(['extract', BBC, '--ndjson']);
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`claims: warning: ${BBC}/sport/199.txt: not valid UTF-8; read as Latin-1 (windows-1252)`);
    const summary = /^claims: read 2225 files, found (\d+) claims?; 1 warning$/.exec(lines[1]!);
    expect(summary, lines[1]).not.toBeNull();
    const claims = r.stdout === '' ? [] : r.stdout.trimEnd().split('\n');
    expect(claims.length).toBe(Number(summary![1]));
    // The README.TXT beside the articles describes the collection and is not read.
    expect(r.stdout).not.toContain('README');
  }, 300_000);
});
