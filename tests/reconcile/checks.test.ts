import { describe, expect, test } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import type { Claim } from '../../src/model.js';
import { claim, type ClaimSpec } from './helpers.js';

const D = '2017-08-24';
const checksOf = (claims: Claim[]) => reconcile(claims).checks.map((c) => ({ kind: c.kind, result: c.result, holds: c.holds, detail: c.detail, values: c.claims.map((x) => x.value) }));

describe('sides sum to the whole', () => {
  const besieged = (value: number, scope: string | null, extra: Partial<ClaimSpec> = {}) =>
    claim({ status: 'besieged', value, scope, asOf: D, ...extra });

  test('20 (Lebanese side) + 40 (Syrian side) = 60 holds', () => {
    expect(checksOf([besieged(60, null, { qualifier: 'approx' }), besieged(20, 'Lebanese side'), besieged(40, 'Syrian side')])).toEqual([
      { kind: 'Lebanese side + Syrian side = total', result: 'holds', holds: true, detail: '20 + 40 = 60', values: [20, 40, 60] },
    ]);
  });

  test('sides given as places count too', () => {
    const [check] = checksOf([besieged(60, null), besieged(20, 'Jurud Arsal'), besieged(40, 'western Qalamoun')]);
    expect(check?.result).toBe('holds');
  });

  test('20 + 30 against 60 fails', () => {
    expect(checksOf([besieged(60, null), besieged(20, 'Lebanese side'), besieged(30, 'Syrian side')])[0])
      .toMatchObject({ result: 'fails', holds: false, detail: '20 + 30 = 50 ≠ 60' });
  });

  test('one side missing, the whole larger: incomplete', () => {
    expect(checksOf([besieged(60, null), besieged(20, 'Lebanese side')])[0])
      .toMatchObject({ result: 'incomplete', holds: false, detail: '20 + ? = 60 (no Syrian side figure; the parts given make 20)' });
  });

  test('one side missing, the unscoped figure no larger: not read as a total, no check', () => {
    expect(checksOf([besieged(20, null), besieged(40, 'Syrian side')])).toEqual([]);
  });

  test('different dates are not added up', () => {
    expect(checksOf([besieged(60, null), besieged(20, 'Lebanese side', { asOf: '2017-08-19' }), besieged(40, 'Syrian side', { asOf: '2017-08-19' })])).toEqual([]);
  });
});

describe('captured + remaining = targeted', () => {
  test('270 + about 40 = more than 310 holds', () => {
    expect(checksOf([
      claim({ status: 'targeted', value: 310, qualifier: 'over', scope: 'Syrian side', asOf: null, published: D }),
      claim({ status: 'captured', value: 270, scope: 'Syrian side', asOf: D }),
      claim({ status: 'remaining', value: 40, qualifier: 'approx', scope: 'Syrian side', asOf: D }),
    ])).toEqual([{ kind: 'captured + remaining = targeted', result: 'holds', holds: true, detail: '270 + 40 = 310', values: [270, 40, 310] }]);
  });

  test('the target of one report, the parts of a later one, when only the later one has both', () => {
    const claims = [
      claim({ status: 'targeted', value: 120, asOf: null, published: '2017-08-22', file: 'x.txt' }),
      claim({ status: 'captured', value: 30, qualifier: 'approx', asOf: '2017-08-19', file: 'x.txt' }),
      claim({ status: 'captured', value: 20, qualifier: 'approx', incremental: true, asOf: '2017-08-22', file: 'x.txt' }),
      claim({ status: 'remaining', value: 20, qualifier: 'approx', asOf: '2017-08-22', file: 'x.txt' }),
      claim({ status: 'captured', value: 100, asOf: D, file: 'y.txt' }),
      claim({ status: 'remaining', value: 20, asOf: D, file: 'y.txt' }),
    ];
    const [check, ...rest] = reconcile(claims).checks;
    expect(rest).toEqual([]);
    expect(check).toMatchObject({ result: 'holds', detail: '100 + 20 = 120' });
    expect(check!.claims.map((c) => [c.source.file, c.value])).toEqual([['y.txt', 100], ['y.txt', 20], ['x.txt', 120]]);
  });

  test('270 + 40 against 400 fails', () => {
    expect(checksOf([
      claim({ status: 'targeted', value: 400, asOf: D }), claim({ status: 'captured', value: 270, asOf: D }), claim({ status: 'remaining', value: 40, asOf: D }),
    ])[0]).toMatchObject({ result: 'fails', detail: '270 + 40 = 310 ≠ 400' });
  });

  test('only the captured figure: incomplete', () => {
    expect(checksOf([claim({ status: 'targeted', value: 120, asOf: D }), claim({ status: 'captured', value: 30, asOf: D })])[0])
      .toMatchObject({ result: 'incomplete', detail: '30 + ? = 120 (no remaining figure; the parts given make 30)' });
  });

  test('scopes are not mixed', () => {
    expect(checksOf([
      claim({ status: 'targeted', value: 310, scope: 'Syrian side', asOf: D }), claim({ status: 'captured', value: 100, asOf: D }), claim({ status: 'remaining', value: 20, asOf: D }),
    ])).toEqual([]);
  });
});

describe('dead + released + held = taken', () => {
  const captives = (status: string, value: number, subject: string | null, asOf: string | null, extra: Partial<ClaimSpec> = {}) =>
    claim({ metric: 'captives', status, value, subject, asOf, published: '2017-08-22', file: 'x.txt', ...extra });
  const story = (taken: number) => [
    captives('taken', taken, 'kidnapped servicemen', '2014-08'),
    captives('dead', 5, 'servicemen', null),
    captives('released', 16, null, '2015-12'),
    captives('released', 5, 'Hezbollah fighters', null),
    captives('held', 9, 'Lebanese soldiers and police officers', null),
    captives('held', 9, 'Lebanese soldiers', null),
  ];

  test('5 + 16 + 9 = 30 holds, and the five Hezbollah fighters handed over are not part of it', () => {
    const checks = reconcile(story(30)).checks;
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ kind: 'dead + released + held = taken', result: 'holds', holds: true, detail: '5 + 16 + 9 = 30' });
    expect(checks[0]!.claims.map((c) => c.subject)).toEqual(['servicemen', null, 'Lebanese soldiers and police officers', 'kidnapped servicemen']);
  });

  test('5 + 16 + 9 against 29 taken fails', () => {
    expect(checksOf(story(29))[0]).toMatchObject({ result: 'fails', holds: false, detail: '5 + 16 + 9 = 30 ≠ 29' });
  });

  test('no held figure and the parts below the whole: incomplete', () => {
    const claims = story(30).filter((c) => c.status !== 'held');
    expect(checksOf(claims)[0]).toMatchObject({ result: 'incomplete', detail: '5 + 16 + ? = 30 (no held figure; the parts given make 21)' });
  });

  test('no held figure but the parts already above the whole: fails', () => {
    const claims = story(20).filter((c) => c.status !== 'held');
    expect(checksOf(claims)[0]).toMatchObject({ result: 'fails', detail: '5 + 16 + ? ≥ 21 > 20 (no held figure, and the rest already exceed the whole)' });
  });

  test('parts dated before the taking are not counted', () => {
    const claims = [
      captives('taken', 30, 'soldiers', '2016-01', { file: 'a.txt' }),
      captives('released', 16, 'soldiers', '2015-12', { file: 'b.txt' }),
      captives('held', 14, 'soldiers', '2017-01', { file: 'c.txt' }),
    ];
    expect(checksOf(claims)[0]).toMatchObject({ result: 'incomplete', detail: '? + ? + 14 = 30 (no dead or released figure; the parts given make 14)' });
  });

  test('captives of another side are not parts', () => {
    const claims = [captives('taken', 30, 'Lebanese soldiers', '2014-08'), captives('held', 9, 'Syrian soldiers', null)];
    expect(checksOf(claims)).toEqual([]);
  });
});
