import { describe, expect, test } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { claim, type ClaimSpec } from './helpers.js';

const D1 = '2017-08-19';
const D2 = '2017-08-24';

function verdictOf(...specs: ClaimSpec[]) {
  const { groups } = reconcile(specs.map((s, i) => claim({ file: `f${i}.txt`, outlet: `Outlet ${i}`, ...s })));
  expect(groups).toHaveLength(1);
  return groups[0]!;
}

describe('supersession and progression', () => {
  test.each<[string, ClaimSpec[], string]>([
    ['cumulative grows: captured 30 then 100', [{ value: 30, asOf: D1 }, { value: 100, asOf: D2 }], 'progression'],
    ['stock shrinks: remaining 40 then 20', [{ status: 'remaining', value: 40, asOf: D1 }, { status: 'remaining', value: 20, asOf: D2 }], 'progression'],
    ['level moves either way: 3,000 fighters then 600', [
      { metric: 'combatants', status: 'present', value: 3000, qualifier: 'nearly', asOf: '2017-07-21' },
      { metric: 'combatants', status: 'present', value: 600, qualifier: 'approx', asOf: '2017-08-22' },
    ], 'progression'],
    ['unchanged across dates agrees: remaining 20 on Tuesday and Thursday', [
      { status: 'remaining', value: 20, qualifier: 'approx', asOf: '2017-08-22' }, { status: 'remaining', value: 20, asOf: D2 },
    ], 'agree'],
    ['agreement on the latest date beats an earlier, smaller figure', [
      { value: 87, asOf: D1 }, { value: 270, asOf: D2 }, { value: 270, qualifier: 'over', asOf: D2 },
    ], 'agree'],
    ['cumulative shrinks later: a downward revision', [
      { metric: 'casualties', status: 'killed', value: 40, asOf: D1 }, { metric: 'casualties', status: 'killed', value: 30, asOf: D2 },
    ], 'conflict'],
    ['a target does not change: 120 then 310', [{ status: 'targeted', value: 120, asOf: D1 }, { status: 'targeted', value: 310, asOf: D2 }], 'conflict'],
    ['a month and a day within it are the same moment: 30 vs 40 taken', [
      { metric: 'captives', status: 'taken', value: 30, asOf: '2014-08' }, { metric: 'captives', status: 'taken', value: 40, asOf: '2014-08-02' },
    ], 'conflict'],
    ['taken in 2014, repeated in 2017', [
      { metric: 'captives', status: 'taken', value: 30, asOf: '2014-08' }, { metric: 'captives', status: 'taken', value: 30, asOf: null, published: D2 },
    ], 'agree'],
    ['one figure', [{ value: 30, asOf: D1 }], 'single'],
    ['one figure and an increment', [{ value: 30, asOf: D1 }, { value: 20, incremental: true, asOf: D2 }], 'single'],
    ['an undated figure that matches nothing', [{ value: 30, asOf: D1 }, { value: 100, asOf: null, published: null }], 'conflict'],
    ['an undated figure that matches one dated figure', [
      { value: 30, asOf: D1 }, { value: 100, asOf: D2 }, { value: 100, asOf: null, published: null },
    ], 'agree'],
  ])('%s', (_name, specs, verdict) => {
    expect(verdictOf(...specs).verdict).toBe(verdict);
  });

  test('the revision is named in the notes, later figure first', () => {
    const g = verdictOf(
      { metric: 'casualties', status: 'killed', value: 40, asOf: D1, outlet: 'Early' },
      { metric: 'casualties', status: 'killed', value: 30, asOf: D2, outlet: 'Late' },
    );
    const note = g.notes.find((n) => n.startsWith('downward revision'));
    expect(note).toBe('downward revision: 30 (Late, 2017-08-24) after 40 (Early, 2017-08-19); a killed figure should not shrink');
  });

  test('a stock that grows is a progression, noted as unusual', () => {
    const g = verdictOf({ status: 'remaining', value: 20, asOf: D1 }, { status: 'remaining', value: 40, asOf: D2 });
    expect(g.verdict).toBe('progression');
    expect(g.notes.some((n) => n.startsWith('rose: 40'))).toBe(true);
  });

  test('an agreeing group still shows its progression over time', () => {
    const g = verdictOf({ value: 87, asOf: D1 }, { value: 270, asOf: D2 }, { value: 270, qualifier: 'over', asOf: D2 });
    expect(g.notes).toContain('2017-08-24: 2 figures agree (270–275)');
    expect(g.notes).toContain('over time: 87 (2017-08-19) → 270 (2017-08-24)');
  });

  test('a progression lists its steps', () => {
    const g = verdictOf({ value: 30, asOf: D1 }, { value: 100, asOf: D2 });
    expect(g.notes).toContain('progression: 30 (2017-08-19) → 100 (2017-08-24)');
  });

  test('increments stay in their group as evidence but are not compared', () => {
    const g = verdictOf({ value: 100, asOf: D2 }, { value: 20, incremental: true, asOf: D2 }, { value: 100, asOf: D2 });
    expect(g.verdict).toBe('agree');
    expect(g.claims).toHaveLength(3);
    expect(g.notes.some((n) => n.startsWith('1 incremental figure'))).toBe(true);
  });

  test('for a stock, "another 20 to go" says what is left: a level, compared like any other', () => {
    const g = verdictOf({ status: 'remaining', value: 20, qualifier: 'approx', incremental: true, asOf: '2017-08-22' }, { status: 'remaining', value: 20, asOf: D2 });
    expect(g.verdict).toBe('agree');
    expect(g.notes.some((n) => n.includes('incremental'))).toBe(false);
  });

  test('a date falls back to publication when asOf is missing', () => {
    // 50 published on D1 and 80 published on D2, neither with asOf: a progression, not a conflict.
    const g = verdictOf({ value: 50, asOf: null, published: D1 }, { value: 80, asOf: null, published: D2 });
    expect(g.verdict).toBe('progression');
  });
});
