import { describe, expect, test } from 'vitest';
import { haloOf, intervalOf, overlaps, reconcile } from '../../src/reconcile/index.js';
import { claim, type ClaimSpec } from './helpers.js';

describe('rounding halo', () => {
  test.each([
    // value, halo: ± min(5% of value, half the rounding unit), only for exact values >= 50 that are multiples of 10
    [60, 3],
    [270, 5],
    [100, 5],
    [3000, 150],
    [120, 5],
    [50, 2.5],
    [45, 0], // below 50
    [58, 0], // not a multiple of 10
    [10, 0],
    [9, 0],
  ])('%d carries ±%d', (value, halo) => {
    expect(haloOf(value)).toBe(halo);
  });

  test('only bare exact figures carry it; a hedge keeps its own interval', () => {
    expect(intervalOf({ value: 60, low: 60, high: 60, qualifier: 'exact' })).toEqual({ low: 57, high: 63 });
    expect(intervalOf({ value: 270, low: 270, high: 297, qualifier: 'over' })).toEqual({ low: 270, high: 297 });
    expect(intervalOf({ value: 40, low: 36, high: 44, qualifier: 'approx' })).toEqual({ low: 36, high: 44 });
  });

  test('a value outside its own low..high widens the interval rather than being lost', () => {
    expect(intervalOf({ value: 30, low: 31, high: 35, qualifier: 'approx' })).toEqual({ low: 30, high: 35 });
  });

  test('closed intervals: touching ends overlap', () => {
    expect(overlaps({ low: 1, high: 2 }, { low: 2, high: 3 })).toBe(true);
    expect(overlaps({ low: 1, high: 2 }, { low: 2.01, high: 3 })).toBe(false);
  });
});

describe('two figures of the same date', () => {
  const people = { metric: 'casualties', status: 'killed', subject: 'soldiers' };
  const cases: [string, ClaimSpec, ClaimSpec, 'agree' | 'conflict'][] = [
    ['60 vs 58 km2 (halo)', { value: 60 }, { value: 58 }, 'agree'],
    ['9 vs 10 soldiers (no halo on small counts)', { ...people, value: 9 }, { ...people, value: 10 }, 'conflict'],
    ['270 vs more than 270', { value: 270 }, { value: 270, qualifier: 'over' }, 'agree'],
    ['about 40 vs 40', { value: 40, qualifier: 'approx' }, { value: 40 }, 'agree'],
    ['100 vs 90 (halos 95..105 and 85.5..94.5 do not meet)', { value: 100 }, { value: 90 }, 'conflict'],
    ['nearly 3,000 vs 3,100', { metric: 'combatants', status: 'present', value: 3000, qualifier: 'nearly' }, { metric: 'combatants', status: 'present', value: 3100 }, 'conflict'],
    ['more than 160 vs about 170', { value: 160, qualifier: 'over' }, { value: 170, qualifier: 'approx' }, 'agree'],
  ];
  test.each(cases)('%s: %s', (_name, a, b, verdict) => {
    const { groups } = reconcile([claim({ ...a, asOf: '2017-08-24' }), claim({ ...b, asOf: '2017-08-24', file: 'b.txt', outlet: 'B' })]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.verdict).toBe(verdict);
  });
});
