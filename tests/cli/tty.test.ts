// The CLI as a person at a terminal sees it: main() in-process with streams that are TTYs.
import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BIN, BUILT, ESC, ROOT, cleanEnv, runTty } from './helpers.js';

describe('claims extract at a terminal', () => {
  test('a table with the claim columns, colour on by default', async () => {
    const r = await runTty(['extract', 'fixtures/articles/dateline.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(ESC);
    const plain = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain.split('\n')[1]).toMatch(/^│ file +│ published │ metric +│ status +│ value │ qualifier │ claimant +│ quote +│$/);
    expect(plain).toContain('│ fixtures/articles/dateline.txt │');
    expect(r.stderr).toBe('claims: read 1 file, found 2 claims\n');
  });

  test('the quote is cut to fit the terminal width', async () => {
    const r = await runTty(['extract', 'fixtures/articles/dateline.txt', '--no-color'], { columns: 120 });
    const lines = r.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(120);
    expect(r.stdout).toContain('…');
  });

  test.each([
    ['NO_COLOR', { NO_COLOR: '1' }, []],
    ['TERM=dumb', { TERM: 'dumb' }, []],
    ['--no-color', {}, ['--no-color']],
  ])('%s turns colour off: no escapes, borders still drawn', async (_name, env, flags) => {
    const r = await runTty(['extract', 'fixtures/articles/dateline.txt', ...flags], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toContain('│ file');
  });

  test('FORCE_COLOR=0 does not force colour; FORCE_COLOR=1 beats NO_COLOR', async () => {
    const off = await runTty(['extract', 'fixtures/articles/dateline.txt'], { env: { FORCE_COLOR: '0', NO_COLOR: '1' } });
    expect(off.stdout).not.toContain(ESC);
    const on = await runTty(['extract', 'fixtures/articles/dateline.txt'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(on.stdout).toContain(ESC);
  });

  test('zero claims at a terminal says so', async () => {
    const r = await runTty(['extract', 'fixtures/articles/feed.jsonl', '--metric', 'captives']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('no claims found\n');
  });

  test('--json at a terminal is still JSON', async () => {
    const r = await runTty(['extract', 'fixtures/glob/a.txt', '--json']);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  test('no inputs and a terminal on stdin: help on stderr, exit 2, nothing read', async () => {
    const r = await runTty(['extract']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith('Examples:\n')).toBe(true);
    expect(r.stderr).toContain('Usage: claims extract [options] [inputs...]');
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('claims: no inputs given (name files, folders or globs, or pipe text on stdin)');
  });

  test('progress on stderr for more than 50 files, cleared before the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-progress-'));
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), `Gunmen killed ${i + 1} people.\n`);
    const r = await runTty(['extract', dir, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(60);
    expect(r.stderr).toContain('\rextracting 60/60 files');
    expect(r.stderr.endsWith('\r\u001b[Kclaims: read 60 files, found 60 claims\n')).toBe(true);
  });

  test('no progress when stderr is not a terminal, nor for few files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-progress-'));
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `${i}.txt`), 'Gunmen killed 3 people.\n');
    const piped = await runTty(['extract', dir, '--json'], { stderrTTY: false });
    expect(piped.stderr).toBe('claims: read 60 files, found 60 claims\n');
    const few = await runTty(['extract', 'seeds', '--json']);
    expect(few.stderr).not.toContain('extracting');
  });

  test('errors read the same at a terminal: one line, exit 2', async () => {
    const r = await runTty(['extract', 'nosuch/']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('claims: no such file or folder: nosuch/ (check the path)');
    const flag = await runTty(['extract', 'seeds', '--ndjsn']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe("claims: error: unknown option '--ndjsn'\n(Did you mean --ndjson?)\n");
  });
});

describe('other commands at a terminal', () => {
  test('--help to stdout, exit 0, examples first', async () => {
    const r = await runTty(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('Examples:\n')).toBe(true);
    expect(r.stderr).toBe('');
  });

  test('--version, exit 0', async () => {
    const r = await runTty(['-V']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  test('no command: help on stderr, exit 2', async () => {
    const r = await runTty([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: claims [options] [command]');
  });

  test('metrics as a table', async () => {
    const r = await runTty(['metrics', '--no-color']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^│ metric +│ status +│ rule +│ cues +│ reason +│$/);
    expect(r.stdout).toContain('│ displaced ');
  });

  test('quantities as a table', async () => {
    const r = await runTty(['quantities', 'fixtures/articles/press-tv.txt', '--no-color']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ file +│ span +│ text +│ value │ low +│ high +│ unit +│ dimension │ qualifier │ verdict +│/);
    expect(r.stdout).toContain('claim: area/captured');
  });

  test('schema at a terminal is plain JSON', async () => {
    const r = await runTty(['schema', '--type', 'quantity']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { properties: Record<string, unknown> }).properties).toHaveProperty('excluded');
  });
});

// The same through a real pseudo-terminal, with the built CLI, where `script` is available.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
describe.skipIf(!hasScript || !BUILT)('in a real terminal (script -q)', () => {
  const inPty = (command: string, env: Record<string, string | undefined> = {}) =>
    spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env: cleanEnv({ TERM: 'xterm', ...env }), encoding: 'utf8', timeout: 30_000 });

  test('no inputs: help and exit 2 instead of waiting for typing', () => {
    const r = inPty(`node ${BIN} extract`);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('Usage: claims extract [options] [inputs...]');
    expect(r.stdout).toContain('claims: no inputs given');
  });

  test('a coloured table by default, plain with NO_COLOR', () => {
    const coloured = inPty(`node ${BIN} extract fixtures/glob/a.txt`);
    expect(coloured.status).toBe(0);
    expect(coloured.stdout).toContain(ESC);
    expect(coloured.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toContain('│ fixtures/glob/a.txt │');
    const plain = inPty(`node ${BIN} extract fixtures/glob/a.txt`, { NO_COLOR: '1' });
    expect(plain.stdout).not.toContain(ESC);
    expect(plain.stdout).toContain('│ fixtures/glob/a.txt │');
  });
});
