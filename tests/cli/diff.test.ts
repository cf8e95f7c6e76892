import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { Findings } from '../../src/model.js';
import { claim, type ClaimSpec } from '../reconcile/helpers.js';

const cwd = mkdtempSync(join(tmpdir(), 'claims-diff-'));

function fakeIo(stdinText: string | null, tty = false, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const stdin = Readable.from(stdinText === null ? [] : [stdinText]) as Readable & { isTTY?: boolean };
  stdin.isTTY = stdinText === null;
  const io: Io = {
    stdout: { write: (s: string) => out.push(s), isTTY: tty },
    stderr: { write: (s: string) => err.push(s), isTTY: false },
    stdin,
    env,
    cwd,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const ndjson = (specs: ClaimSpec[]) => specs.map((s) => JSON.stringify(claim(s))).join('\n') + '\n';
const agreeing = ndjson([
  { value: 40, qualifier: 'approx', status: 'remaining', scope: 'Syrian side', asOf: '2017-08-24', file: 'a.txt', outlet: 'Press TV', claimant: 'Hassan Nasrallah' },
  { value: 40, qualifier: 'approx', status: 'remaining', scope: 'Syrian side', asOf: '2017-08-24', file: 'b.txt', outlet: 'Al Arabiya', claimant: 'Nasrallah' },
]);
const conflicting = ndjson([
  { metric: 'casualties', status: 'killed', value: 9, subject: 'soldiers', asOf: '2017-08-24', file: 'a.txt' },
  { metric: 'casualties', status: 'killed', value: 10, subject: 'soldiers', asOf: '2017-08-24', file: 'b.txt' },
]);

describe('claims diff', () => {
  test('--json: findings from NDJSON on stdin, in the Findings shape', async () => {
    const t = fakeIo(agreeing);
    expect(await main(['diff', '--json'], t.io)).toBe(0);
    const findings = Findings.parse(JSON.parse(t.stdout()));
    expect(findings.groups).toHaveLength(1);
    expect(findings.groups[0]).toMatchObject({
      metric: 'area', status: 'remaining', scope: 'Syrian side', verdict: 'agree',
      low: 36, best: 40, high: 44, policy: 'conservative', corroboration: { claimants: 1, outlets: 2 },
    });
    expect(findings.checks).toEqual([]);
  });

  test('a JSON array on stdin works too', async () => {
    const t = fakeIo(JSON.stringify([claim({ value: 5 }), claim({ value: 6, metric: 'casualties', status: 'killed' })], null, 2));
    expect(await main(['diff', '--json', '--metric', 'casualties'], t.io)).toBe(0);
    const findings = JSON.parse(t.stdout());
    expect(findings.groups.map((g: { metric: string }) => g.metric)).toEqual(['casualties']);
  });

  test('--fail-on-conflict exits 1 after printing', async () => {
    const t = fakeIo(conflicting);
    expect(await main(['diff', '--json', '--fail-on-conflict'], t.io)).toBe(1);
    expect(JSON.parse(t.stdout()).groups[0].verdict).toBe('conflict');
    expect(t.stderr()).toContain('1 group in conflict');
  });

  test('--fail-on-conflict without a conflict exits 0; a conflict without it exits 0', async () => {
    expect(await main(['diff', '--json', '--fail-on-conflict'], fakeIo(agreeing).io)).toBe(0);
    expect(await main(['diff', '--json'], fakeIo(conflicting).io)).toBe(0);
  });

  test('a bad --metric lists the valid ones and exits 2', async () => {
    const t = fakeIo(agreeing);
    expect(await main(['diff', '--metric', 'deaths'], t.io)).toBe(2);
    expect(t.stderr()).toContain('area, casualties, captives, combatants, displaced');
  });

  test('a bad --policy exits 2', async () => {
    expect(await main(['diff', '--policy', 'optimistic'], fakeIo(agreeing).io)).toBe(2);
  });

  test('bad claims on stdin are reported by line, path and problem, exit 2', async () => {
    const good = JSON.stringify(claim({ value: 1 }));
    const bad = JSON.stringify({ ...claim({ value: 2 }), value: 'two' });
    const t = fakeIo(`${good}\n${bad}\nnot json\n`);
    expect(await main(['diff', '--json'], t.io)).toBe(2);
    expect(t.stderr()).toMatch(/stdin line 2: value: .*expected number/);
    expect(t.stderr()).toContain('stdin line 3: invalid JSON');
    expect(t.stdout()).toBe('');
  });

  test('article text piped where claims are expected says what to do', async () => {
    const t = fakeIo('The Lebanese army says it has captured 20 square kilometers.\n');
    expect(await main(['diff'], t.io)).toBe(2);
    expect(t.stderr()).toContain('claims diff -');
  });

  test('a bad nested field names its path', async () => {
    const bad = JSON.stringify({ ...claim({ value: 2 }), source: { file: 'a', outlet: null, url: null, published: 'Tuesday' } });
    const t = fakeIo(`${bad}\n`);
    expect(await main(['diff'], t.io)).toBe(2);
    expect(t.stderr()).toMatch(/stdin line 1: source\.published: /);
  });

  test('empty stdin: zero groups, exit 0', async () => {
    const t = fakeIo('');
    expect(await main(['diff', '--json'], t.io)).toBe(0);
    expect(JSON.parse(t.stdout())).toEqual({ groups: [], checks: [] });
  });

  test('the report in a pipe: no colour, one block per group, each claim with outlet, date, claimant and quote', async () => {
    const t = fakeIo(agreeing, false);
    expect(await main(['diff'], t.io)).toBe(0);
    const out = t.stdout();
    expect(out).not.toContain('\x1b[');
    expect(out).toContain('area · remaining · Syrian side  AGREE');
    expect(out).toContain('conservative: 36–44, best 40 · 1 claimant, 2 outlets');
    expect(out).toMatch(/2017-08-24 {2}Al Arabiya {2}Nasrallah +approx {2}about 40 {2}“Someone said 40 of something\.”/);
    expect(out).toContain('1 group (1 agree, 0 conflict, 0 progression, 0 single); 0 checks');
  });

  test('the report on a terminal is coloured, unless --no-color or NO_COLOR', async () => {
    const tty = fakeIo(agreeing, true);
    await main(['diff'], tty.io);
    expect(tty.stdout()).toContain('\x1b[');
    const plain = fakeIo(agreeing, true);
    await main(['diff', '--no-color'], plain.io);
    expect(plain.stdout()).not.toContain('\x1b[');
    const env = fakeIo(agreeing, true, { NO_COLOR: '1' });
    await main(['diff'], env.io);
    expect(env.stdout()).not.toContain('\x1b[');
  });

  test('checks are shown with their sums', async () => {
    const t = fakeIo(ndjson([
      { metric: 'captives', status: 'taken', value: 30, asOf: '2014-08' },
      { metric: 'captives', status: 'dead', value: 5 },
      { metric: 'captives', status: 'released', value: 16, asOf: '2015-12' },
      { metric: 'captives', status: 'held', value: 9 },
    ]));
    expect(await main(['diff'], t.io)).toBe(0);
    expect(t.stdout()).toMatch(/holds\s+dead \+ released \+ held = taken: 5 \+ 16 \+ 9 = 30/);
  });

  test('no inputs and a terminal on stdin: the bundled seeds, exit 0', async () => {
    const t = fakeIo(null);
    expect(await main(['diff', '--json'], t.io)).toBe(0);
    expect(() => Findings.parse(JSON.parse(t.stdout()))).not.toThrow();
  });
});
