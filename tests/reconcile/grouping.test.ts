import { describe, expect, test } from 'vitest';
import { claimantKey, compatibleSubjects, reconcile, subjectKey } from '../../src/reconcile/index.js';
import { buildRules } from '../../src/claims/rules.js';
import { claim, type ClaimSpec } from './helpers.js';

const D = '2017-08-24';
const killed = (value: number, subject: string | null, extra: Partial<ClaimSpec> = {}) =>
  claim({ metric: 'casualties', status: 'killed', value, subject, asOf: D, ...extra });

/** Group sizes as "subject:count", in output order. */
const shape = (claims: ReturnType<typeof claim>[], rules = buildRules()) =>
  reconcile(claims, { rules }).groups.map((g) => `${g.scope ?? '-'}|${g.subject ?? '-'}:${g.claims.length}`);

describe('subject keys', () => {
  test.each([
    ['Daesh militants', 'militant', 'isis'],
    ['ISIS militants', 'militant', 'isis'],
    ['Takfiri terrorists', 'militant', null],
    ['Hezbollah fighters', 'militant', 'hezbollah'],
    ['Lebanese soldiers', 'soldier', 'lebanese'],
    ['Lebanese soldiers and police officers', 'soldier', 'lebanese'],
    ['servicemen', 'soldier', null],
    ['troops', 'soldier', null],
    ['Lebanese army soldiers', 'soldier', 'lebanese'],
    ['civilians', 'civilian', null],
    ['children', 'child', null],
    ['people', null, null],
    ['hostages', null, null],
  ])('%s -> class %s, side %s', (subject, cls, side) => {
    expect(subjectKey(subject)).toEqual({ cls, side });
  });

  test.each([
    ['Lebanese soldiers', 'servicemen', true],
    ['Lebanese soldiers', 'Syrian soldiers', false],
    ['Lebanese soldiers', 'ISIS militants', false],
    ['Hezbollah fighters', 'servicemen', false],
    ['Daesh militants', 'ISIS militants', true],
    ['Hezbollah fighters', 'ISIS militants', false],
    ['people', 'ISIS militants', true],
  ])('%s ~ %s: %s', (a, b, fits) => {
    expect(compatibleSubjects(subjectKey(a), subjectKey(b))).toBe(fits);
  });
});

describe('grouping', () => {
  test('killed soldiers and killed militants are apart', () => {
    expect(shape([killed(4, 'Lebanese soldiers'), killed(20, 'Daesh militants'), killed(25, 'ISIS militants')]))
      .toEqual(['-|Daesh militants:2', '-|Lebanese soldiers:1']);
  });

  test('an unsided subject joins the one side of its class, a missing subject the one group', () => {
    expect(shape([killed(4, 'Lebanese soldiers'), killed(4, 'soldiers'), killed(4, null)])).toEqual(['-|Lebanese soldiers:3']);
  });

  test('an unsided subject that fits two sides stays on its own, as does a missing one between classes', () => {
    expect(shape([killed(4, 'Lebanese soldiers'), killed(5, 'Syrian soldiers'), killed(6, 'soldiers'), killed(7, 'militants'), killed(8, null)]))
      .toEqual(['-|-:1', '-|Lebanese soldiers:1', '-|militants:1', '-|soldiers:1', '-|Syrian soldiers:1']);
  });

  test('a very large group merges without overflowing the stack', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => killed(4, i % 2 ? 'soldiers' : null, { file: `f${i}` }));
    const groups = reconcile([killed(4, 'Lebanese soldiers'), ...many]).groups;
    expect(groups.map((g) => g.claims.length)).toEqual([200_001]);
  });

  test('subject does not split area or combatant groups', () => {
    expect(shape([
      claim({ value: 30, subject: 'Hezbollah fighters', asOf: D }),
      claim({ value: 30, subject: 'Syrian army', asOf: D }),
    ])).toHaveLength(1);
    expect(shape([
      claim({ metric: 'combatants', status: 'present', value: 600, subject: 'ISIS militants' }),
      claim({ metric: 'combatants', status: 'present', value: 3000, subject: 'militants' }),
    ])).toHaveLength(1);
  });

  test('metric, status and scope always split', () => {
    expect(shape([
      claim({ value: 20, scope: 'Lebanese side' }), claim({ value: 20, scope: 'Syrian side' }), claim({ value: 20 }),
      claim({ value: 20, status: 'remaining' }), claim({ value: 20, metric: 'casualties', status: 'killed' }),
    ])).toHaveLength(5);
  });

  test('scopes are normalised through the places data', () => {
    const groups = reconcile([
      claim({ value: 20, scope: 'Lebanese side' }),
      claim({ value: 20, scope: 'Juroud Arsal' }),
      claim({ value: 20, scope: 'Jurud Ras Baalbek' }),
      claim({ value: 40, scope: 'western Qalamoun' }),
      claim({ value: 40, scope: 'Syrian side' }),
    ]).groups;
    expect(groups.map((g) => [g.scope, g.claims.length])).toEqual([['Lebanese side', 3], ['Syrian side', 2]]);
  });

  test('a place the data does not know groups by its folded spelling', () => {
    const groups = reconcile([claim({ value: 5, scope: 'Juroud Fleita' }), claim({ value: 5, scope: 'jurud  fleita' })]).groups;
    expect(groups.map((g) => [g.scope, g.claims.length])).toEqual([['Juroud Fleita', 2]]);
  });

  test('a place from the user config applies', () => {
    const claims = [claim({ value: 40, scope: 'Fleita' }), claim({ value: 40, scope: 'Syrian side' })];
    expect(shape(claims)).toHaveLength(2);
    expect(shape(claims, buildRules({ places: { Fleita: 'Syrian side' } }))).toEqual(['Syrian side|-:2']);
  });

  test('groups come out in a fixed order whatever the input order', () => {
    const claims = [
      claim({ value: 20, status: 'remaining' }), claim({ value: 30, scope: 'Syrian side' }), claim({ value: 9, metric: 'captives', status: 'held' }),
      claim({ value: 30 }), claim({ value: 60, status: 'besieged' }),
    ];
    const order = (list: typeof claims) => reconcile(list).groups.map((g) => g.id);
    expect(order(claims)).toEqual(['area/captured/-/-', 'area/captured/syrian-side/-', 'area/remaining/-/-', 'area/besieged/-/-', 'captives/held/-/-']);
    expect(order([...claims].reverse())).toEqual(order(claims));
  });

  test('claims within a group are ordered by date, then file, then offset', () => {
    const g = reconcile([
      claim({ value: 3, asOf: '2017-08-24', file: 'b.txt', offset: 5 }),
      claim({ value: 1, asOf: '2017-08-19', file: 'z.txt' }),
      claim({ value: 2, asOf: '2017-08-24', file: 'a.txt', offset: 900 }),
      claim({ value: 4, asOf: '2017-08-24', file: 'b.txt', offset: 50 }),
      claim({ value: 5, asOf: null, published: null }),
    ]).groups[0]!;
    expect(g.claims.map((c) => c.value)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('corroboration', () => {
  test('three outlets quoting one spokesman are one claimant', () => {
    const g = reconcile([
      claim({ value: 20, claimant: 'Brigadier-General Ali Qanso', outlet: 'Press TV', file: 'a' }),
      claim({ value: 20, claimant: 'Ali Qanso', outlet: 'Al Arabiya', file: 'b' }),
      claim({ value: 20, claimant: 'Qanso', outlet: 'Reuters', file: 'c' }),
    ]).groups[0]!;
    expect(g.corroboration).toEqual({ claimants: 1, outlets: 3 });
  });

  test("an unattributed figure is the outlet's own narration", () => {
    const g = reconcile([
      claim({ value: 20, claimant: null, outlet: 'Press TV', file: 'a' }),
      claim({ value: 20, claimant: null, outlet: 'Press TV', file: 'b' }),
      claim({ value: 20, claimant: 'Nasrallah', outlet: 'Press TV', file: 'b' }),
      claim({ value: 20, claimant: null, outlet: 'Reuters', file: 'c' }),
    ]).groups[0]!;
    expect(g.corroboration).toEqual({ claimants: 3, outlets: 2 });
  });

  test('claimant keys', () => {
    expect(claimantKey(claim({ value: 1, claimant: "Hezbollah's media bureau" }))).toBe('claimant:bureau');
    expect(claimantKey(claim({ value: 1, claimant: 'Sayyed Hassan Nasrallah' }))).toBe('claimant:nasrallah');
    expect(claimantKey(claim({ value: 1, claimant: null, outlet: null, file: 'x.txt' }))).toBe('narration:file:x.txt');
  });
});
