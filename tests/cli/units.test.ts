// The shell's small parts, table-driven: renderers, format choice, summary line, config, --jobs.
import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { METRICS } from '../../src/model.js';
import { METRIC_NAMES } from '../../src/cli/commands/metric-names.js';
import { chooseFormat } from '../../src/cli/commands/options.js';
import { csvField } from '../../src/cli/render/csv.js';
import { tsvField } from '../../src/cli/render/tsv.js';
import { fitWidths, truncate } from '../../src/cli/render/table.js';
import { jsonSink } from '../../src/cli/render/json.js';
import { summaryLine } from '../../src/cli/inputs.js';
import { loadConfig } from '../../src/cli/config.js';
import { wantsColor } from '../../src/cli/color.js';
import { BUILT, runPipe } from './helpers.js';

test('the metric names offered by --metric are the model metrics', () => {
  expect([...METRIC_NAMES]).toEqual([...METRICS]);
});

describe('format choice', () => {
  test.each([
    [{}, true, 'table'],
    [{}, false, 'tsv'],
    [{ json: true }, true, 'json'],
    [{ ndjson: true }, false, 'ndjson'],
    [{ csv: true }, true, 'csv'],
    [{ format: 'tsv' as const }, true, 'tsv'],
    [{ format: 'json' as const, json: true }, false, 'json'],
  ])('%j with stdout TTY %s gives %s', (flags, tty, expected) => {
    expect(chooseFormat(flags, tty)).toBe(expected);
  });
  test('two different formats is an error', () => {
    expect(() => chooseFormat({ json: true, csv: true }, false)).toThrow('choose one output format, not json and csv');
  });
});

describe('fields', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [12.5, '12.5'],
  ])('csvField(%j) = %j', (value, expected) => expect(csvField(value)).toBe(expected));
  test('tsvField flattens tabs and newlines', () => expect(tsvField('a\tb\r\nc')).toBe('a b c'));
  test('truncate keeps the start or the end', () => {
    expect(truncate('abcdefgh', 5)).toBe('abcd…');
    expect(truncate('abcdefgh', 5, 'end')).toBe('…efgh');
    expect(truncate('abc', 5)).toBe('abc');
  });
  test('fitWidths cuts shrinkable columns in order down to their minimum', () => {
    const cols = [
      { header: 'f', value: () => '', shrink: { order: 2, min: 4, keep: 'end' as const } },
      { header: 'n', value: () => '' },
      { header: 'q', value: () => '', shrink: { order: 1, min: 5, keep: 'start' as const } },
    ];
    // natural 10 + 3 + 30 = 43, chrome 3 * 3 + 1 = 10: 53 wide.
    expect(fitWidths(cols, [10, 3, 30], 53)).toEqual([10, 3, 30]);
    expect(fitWidths(cols, [10, 3, 30], 40)).toEqual([10, 3, 17]);
    expect(fitWidths(cols, [10, 3, 30], 20)).toEqual([4, 3, 5]);
  });
});

test('jsonSink writes what JSON.stringify(array, null, 2) would', async () => {
  for (const items of [[], [{ a: 1 }], [{ a: [1, 2] }, { b: 'x' }]]) {
    let out = '';
    const sink = jsonSink({ write: (s: string) => ((out += s), true) });
    for (const item of items) await sink.add(item);
    await sink.end();
    expect(out).toBe(`${JSON.stringify(items, null, 2)}\n`);
  }
});

describe('summary line', () => {
  test.each([
    [{ files: 5, skipped: [], warnings: [] }, 39, 'read 5 files, found 39 claims'],
    [{ files: 1, skipped: [], warnings: [] }, 1, 'read 1 file, found 1 claim'],
    [{ files: 2, skipped: [{ file: 'x.bin', reason: 'binary file (NUL bytes), not an article' }], warnings: ['w'], errors: [{ file: 'a', message: 'm' }] }, 0,
      'read 2 files, found 0 claims; skipped 1 (binary file: x.bin); 1 error; 1 warning'],
    [{ files: 0, skipped: ['a', 'b', 'c', 'd'].map((f) => ({ file: f, reason: 'unknown format (expected .txt)' })), warnings: [] }, 0,
      'read 0 files, found 0 claims; skipped 4 (unknown format: a, b, c and 1 more)'],
  ])('%j, %i', (report, found, expected) => {
    expect(summaryLine(report, found, 'claim')).toBe(expected);
  });
});

describe('colour decision', () => {
  const tty = { write: () => true, isTTY: true };
  const pipe = { write: () => true, isTTY: false };
  test.each([
    [tty, {}, undefined, true],
    [pipe, {}, undefined, false],
    [tty, { NO_COLOR: '1' }, undefined, false],
    [tty, { NO_COLOR: '' }, undefined, true],
    [tty, { TERM: 'dumb' }, undefined, false],
    [tty, {}, false, false],
    [pipe, { FORCE_COLOR: '1' }, undefined, true],
    [pipe, { FORCE_COLOR: '0' }, undefined, false],
    [tty, { FORCE_COLOR: '1' }, false, false],
  ])('%#', (stream, env, flag, expected) => {
    expect(wantsColor(stream, env, flag)).toBe(expected);
  });
});

describe('config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claims-config-'));
  test('none found: built-in rules, no path', async () => {
    const loaded = await loadConfig(undefined, [], dir);
    expect(loaded.path).toBeNull();
    expect(loaded.rules.cues).toEqual([]);
  });
  test('in the working directory: aliases lower-cased into the rule set, cues numbered', async () => {
    writeFileSync(join(dir, 'claims.config.json'), JSON.stringify({ aliases: { 'Da3sh': 'ISIS' }, cues: [{ metric: 'displaced', status: 'present', cue: 'uprooted' }] }));
    const loaded = await loadConfig(undefined, [], dir);
    expect(loaded.rules.aliases['da3sh']).toBe('ISIS');
    expect(loaded.rules.cues[0]).toMatchObject({ id: 'config.cue.1', cue: 'uprooted' });
  });
  test.each([
    ['{ not json', /^claims\.config\.json: invalid JSON: /],
    ['{"alias": {}}', /^claims\.config\.json: Unrecognized key: "alias"/],
    ['{"places": {"Arsal": 3}}', /^claims\.config\.json: places\.Arsal: Invalid input: expected string, received number/],
    ['{"cues": [{"metric": "area", "status": "killed", "cue": "x"}]}', /^claims\.config\.json: cues\[0\]\.status: "killed" is not a status of area/],
    ['{"cues": [{"metric": "area", "status": "captured"}]}', /^claims\.config\.json: cues\[0\]\.cue: required$/],
  ])('invalid %s names the file and the path', async (content, message) => {
    const bad = mkdtempSync(join(tmpdir(), 'claims-config-'));
    writeFileSync(join(bad, 'claims.config.json'), content);
    await expect(loadConfig(undefined, [], bad)).rejects.toThrow(message);
  });
});

describe.skipIf(!BUILT)('--jobs', () => {
  test('--jobs 2 gives the same claims in the same order as one thread', () => {
    const one = runPipe(['extract', 'seeds', 'fixtures/articles', '--json']);
    const two = runPipe(['extract', 'seeds', 'fixtures/articles', '--json', '--jobs', '2']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });
  // Workers read the files themselves: every problem must still be reported, in the same order,
  // with the same summary and exit code as when this thread reads them.
  test.each([
    ['bad inputs', ['fixtures/bad/bad-date.md', 'fixtures/bad/bad-front.md', 'fixtures/bad/bad-lines.jsonl', 'fixtures/bad/binary.txt', 'fixtures/bad/notes.pdf', 'fixtures/missing.txt', '--json'], ''],
    ['encodings, --strict', ['fixtures/encoding', 'fixtures/bad/binary.txt', '--strict', '--json'], ''],
    ['a malformed sources.json', ['fixtures/bad/manifest', '--json'], ''],
    ['every format and the seeds, as NDJSON', ['fixtures/articles', 'seeds', '--ndjson'], ''],
    ['standard input', ['--json'], 'Some 40 people were killed in the attack, officials said.\n'],
  ])('--jobs 2 reports as one thread does: %s', (_name, args, input) => {
    const one = runPipe(['extract', ...args], { input });
    const two = runPipe(['extract', ...args, '--jobs', '2'], { input });
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stderr).toMatch(/claims: read \d+ files?/);
  });
  test('--jobs 0 is a usage error', () => {
    const r = runPipe(['extract', 'seeds', '--jobs', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("claims: error: option '-j, --jobs <n>' argument '0' is invalid. Expected a whole number of at least 1.\n");
  });
});
