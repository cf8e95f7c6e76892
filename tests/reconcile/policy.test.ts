import { describe, expect, test } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import type { Policy } from '../../src/model.js';
import { claim, type ClaimSpec } from './helpers.js';

const D1 = '2017-08-19';
const D2 = '2017-08-24';

function figure(policy: Policy, specs: ClaimSpec[]) {
  const [g] = reconcile(specs.map((s, i) => claim({ file: `f${i}.txt`, ...s })), { policy }).groups;
  return { low: g!.low, best: g!.best, high: g!.high, policy: g!.policy };
}

// 87 on the 19th; 270 (halo 265..275) and more than 270 (270..297) on the 24th.
const captured: ClaimSpec[] = [{ value: 87, asOf: D1 }, { value: 270, asOf: D2 }, { value: 270, qualifier: 'over', asOf: D2 }];

describe('policies', () => {
  test.each<[Policy, ClaimSpec[], { low: number; best: number; high: number }]>([
    // the latest date's intersection; best the median stated value clamped into it
    ['conservative', captured, { low: 270, best: 270, high: 275 }],
    // the last claim (date, then file): more than 270
    ['latest', captured, { low: 270, best: 270, high: 297 }],
    // every figure's hull; best the median stated value
    ['range', captured, { low: 87, best: 270, high: 297 }],
    // the largest agreeing set on the latest date wins over an outlier
    ['conservative', [{ value: 40, asOf: D2 }, { value: 40, qualifier: 'approx', asOf: D2 }, { value: 20, asOf: D2 }], { low: 40, best: 40, high: 40 }],
    // on a tie, the lower set (conservative)
    ['conservative', [{ value: 40, asOf: D2 }, { value: 20, asOf: D2 }], { low: 20, best: 20, high: 20 }],
    // a target does not change: every date counts
    ['conservative', [{ status: 'targeted', value: 310, qualifier: 'over', asOf: D1 }, { status: 'targeted', value: 310, asOf: D2 }], { low: 310, best: 310, high: 315 }],
    // increments are not levels
    ['range', [{ value: 100, asOf: D1 }, { value: 20, incremental: true, asOf: D2 }], { low: 95, best: 100, high: 105 }],
    // an even count: best is the mean of the middle two, clamped
    ['range', [{ value: 30, asOf: D1 }, { value: 41, asOf: D2 }], { low: 30, best: 35.5, high: 41 }],
  ])('%s %#', (policy, specs, expected) => {
    expect(figure(policy, specs)).toEqual({ ...expected, policy });
  });

  test('conservative is the default', () => {
    expect(reconcile([claim({ value: 1 })]).groups[0]!.policy).toBe('conservative');
  });
});
