// Findings a group at a time (reportOf, src/reconcile/index.ts): the groups come out in report
// order with the same ids as findingsOf gives, and the checks once every group is out.
import { describe, expect, test } from 'vitest';
import { DEFAULT_RULES } from '../../src/claims/rules.js';
import { ClaimStore, findingsOf, reportOf } from '../../src/reconcile/index.js';
import { claim, type ClaimSpec } from './helpers.js';

function storeOf(specs: ClaimSpec[]): ClaimStore {
  const store = new ClaimStore(DEFAULT_RULES);
  for (const s of specs) store.add(claim(s));
  return store;
}

describe('findings a group at a time', () => {
  test.each([
    ['no claims', []],
    ['one metric, several scopes and dates', [
      { value: 40, scope: 'Syrian side', asOf: '2017-08-24' }, { value: 120, status: 'remaining', asOf: '2017-08-24' },
      { value: 160, status: 'targeted', asOf: '2017-08-24' }, { value: 30, asOf: '2017-08-19', scope: 'Lebanese side' },
      { value: 70, asOf: '2017-08-24' },
    ]],
    ['metrics out of the model\'s order, subjects that share an id', [
      { metric: 'casualties', status: 'killed', value: 9, subject: 'soldiers', asOf: '2017-08-24' },
      { metric: 'casualties', status: 'killed', value: 5, subject: 'Lebanese soldiers', asOf: '2017-08-24' },
      { metric: 'casualties', status: 'killed', value: 4, subject: 'Syrian soldiers', asOf: '2017-08-24' },
      { metric: 'captives', status: 'taken', value: 30, asOf: '2017-08-01' }, { metric: 'captives', status: 'released', value: 16, asOf: '2017-08-20' },
      { value: 12, status: 'captured', scope: 'Juroud Arsal', asOf: '2017-08' },
    ]],
  ] as [string, ClaimSpec[]][])('%s: the findings of findingsOf', (_what, specs) => {
    const report = reportOf(storeOf(specs));
    const groups = [...report.groups];
    expect({ groups, checks: report.checks() }).toEqual(findingsOf(storeOf(specs)));
  });

  test('checks are not given before every group is out', () => {
    const report = reportOf(storeOf([{ value: 40, asOf: '2017-08-24' }]));
    expect(() => report.checks()).toThrow(/before every group is out/);
  });
});
