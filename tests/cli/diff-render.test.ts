import { describe, expect, test } from 'vitest';
import { Chalk } from 'chalk';
import { claimDate, findingsJson, quoteOf, renderDiffReport } from '../../src/cli/render/diff.js';
import { reconcile } from '../../src/reconcile/index.js';
import { formatFigure, formatNumber } from '../../src/reconcile/format.js';
import { claim } from '../reconcile/helpers.js';

const findings = reconcile([
  claim({ status: 'besieged', value: 60, asOf: '2017-08-24' }),
  claim({ status: 'besieged', value: 20, scope: 'Lebanese side', asOf: '2017-08-24' }),
  claim({ status: 'besieged', value: 40, scope: 'Syrian side', asOf: '2017-08-24' }),
  claim({ value: 30, asOf: '2017-08-19', outlet: 'Press TV', claimant: 'Qanso' }),
  claim({ value: 100, asOf: '2017-08-24', outlet: 'Press TV', claimant: 'Nasrallah' }),
]);

describe('diff JSON', () => {
  test.each([false, true])('pretty=%s reads back as the findings', (pretty) => {
    const text = [...findingsJson(findings, pretty)].join('');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(findings)));
  });

  test('compact: one group or check per line', () => {
    const lines = [...findingsJson(findings, false)].join('').split('\n');
    expect(lines.filter((l) => l.startsWith('{"id":'))).toHaveLength(findings.groups.length);
    expect(lines.filter((l) => l.startsWith('{"kind":'))).toHaveLength(findings.checks.length);
  });
});

describe('diff report', () => {
  const plain = new Chalk({ level: 0 });

  test('one block per group, then the checks, then a summary', () => {
    const text = [...renderDiffReport(findings, plain)].join('');
    expect(text).toContain('area · captured · no scope  PROGRESSION');
    expect(text).toContain('  note: progression: 30 (2017-08-19) → 100 (2017-08-24)');
    expect(text).toMatch(/holds\s+Lebanese side \+ Syrian side = total: 20 \+ 40 = 60/);
    expect(text.trimEnd().split('\n').at(-1)).toBe('4 groups (0 agree, 0 conflict, 1 progression, 3 single); 1 check (1 holds, 0 fails, 0 incomplete)');
  });

  test('verdicts are coloured when colour is on', () => {
    const text = [...renderDiffReport(findings, new Chalk({ level: 1 }))].join('');
    expect(text).toContain('\x1b[36m\x1b[1mPROGRESSION');
  });

  test('dates say where they came from', () => {
    expect(claimDate(claim({ value: 1, asOf: '2017-08-19' }))).toBe('2017-08-19');
    expect(claimDate(claim({ value: 1, asOf: null, published: '2017-08-22' }))).toBe('2017-08-22 (published)');
    expect(claimDate(claim({ value: 1, asOf: null, published: null }))).toBe('undated');
  });

  test('long sentences are cut around the figure', () => {
    const c = { ...claim({ value: 87 }), text: '87 square kilometers', sentence: `${'a'.repeat(200)} liberate 87 square kilometers of the total ${'b'.repeat(200)}` };
    const quote = quoteOf(c, 60);
    expect(quote).toContain('87 square kilometers');
    expect(quote.length).toBe(60 + 4); // the cut, two ellipses, two quote marks
  });
});

describe('figures', () => {
  test.each([
    [3000, '3,000'], [270, '270'], [2.589, '2.59'], [35.5, '35.5'], [1234567, '1,234,567'], [-1234.5, '-1,234.5'], [0, '0'],
  ])('%d -> %s', (n, text) => expect(formatNumber(n)).toBe(text));

  test.each<[Parameters<typeof claim>[0], string]>([
    [{ value: 40, qualifier: 'approx' }, 'about 40'],
    [{ value: 270, qualifier: 'over' }, 'more than 270'],
    [{ value: 3000, qualifier: 'nearly' }, 'nearly 3,000'],
    [{ value: 20, qualifier: 'approx', incremental: true }, 'another about 20'],
    [{ value: 550, low: 550, high: 600, qualifier: 'range' }, '550–600'],
  ])('%o reads %s', (spec, text) => expect(formatFigure(claim(spec))).toBe(text));
});
