import { describe, expect, test } from 'vitest';
import { classify } from '../../src/claims/classify.js';
import { buildRules, DEFAULT_RULES } from '../../src/claims/rules.js';

// [clause with the quantity as #N#, what it counts, expected "metric/status" or null]
const AREA: [string, string | null][] = [
  // captured
  ['We have captured #N#', 'area/captured'],
  ['managed to liberate #N# of the total area controlled by the Daesh', 'area/captured'],
  ['#N# of land previously under Daesh control had been liberated so far', 'area/captured'],
  ['So far, #N# have been fully captured on Syrian land', 'area/captured'],
  ['the army retook #N# from the rebels', 'area/captured'],
  // remaining
  ['so we have #N# to go', 'area/remaining'],
  ['only #N# were still under terrorists\' control', 'area/remaining'],
  ['#N# remain under ISIS control', 'area/remaining'],
  ['#N# on Syrian side was still under Daesh control', 'area/remaining'],
  // besieged
  ['armed members are now under siege over an area of #N#', 'area/besieged'],
  ['the remnants were surrounded over an area of #N#', 'area/besieged'],
  // targeted
  ['The push is meant to clear #N# from elements of Daesh', 'area/targeted'],
  ['the operation actually targeted #N# on the Syrian side', 'area/targeted'],
  ['an offensive aimed at recapturing #N# of desert', 'area/targeted'],
  // held
  ['#N# on the Syrian side of the border was under Daesh control', 'area/held'],
  ['the group controls #N# in the east', 'area/held'],
  // no status: an area with nothing said about it is not a claim
  ['Lebanon covers #N#', null],
];

const PEOPLE: [string, string | null][] = [
  ['#N# have been killed in landmine explosions', 'casualties/killed'],
  ['the strike killed #N#', 'casualties/killed'],
  ['the death toll rose to #N#', 'casualties/killed'],
  ['#N# were wounded', 'casualties/wounded'],
  ['killing 3 and injuring #N#', 'casualties/wounded'],
  ['They took #N# hostage', 'captives/taken'],
  ['#N# kidnapped servicemen', 'captives/taken'],
  ['militants abducted #N# near the border', 'captives/taken'],
  ['is still believed to be holding #N# and police officers', 'captives/held'],
  ['#N# are believed to remain in Daesh hands', 'captives/held'],
  ['The fate of #N# that ISIS took captive then remains unknown', 'captives/held'],
  ['handed over #N# in return for evacuation', 'captives/released'],
  ['#N# were released in a prisoner swap', 'captives/released'],
  ['#N# from a group of N kidnapped servicemen have either been killed or died during captivity', 'captives/dead'],
  ['#N# are holding positions in the Jurud Ras Baalbek', 'combatants/present'],
  ['has sent #N# into Syria', 'combatants/present'],
  ['#N# fled their homes', 'displaced/present'],
  ['the fighting displaced #N#', 'displaced/present'],
  ['the meeting brought together #N#', null],
  // the count's own noun beats a verb from a neighbouring conjunct
  ['have been killed - and more than #N# displaced', 'displaced/present'],
  ['ISIS also lost #N# in the attack', 'casualties/killed'],
  ['we destroyed a command post and #N# including 9 natives', 'casualties/killed'],
  // the nearest cue wins among peers
  ['A bomb blast killed #N# and injured #Q#', 'casualties/killed'],
  ['were killed and #N# other civilians were injured', 'casualties/wounded'],
  ['the death toll in the blast targeting a bus convoy with evacuees from besieged towns has risen to #N#', 'casualties/killed'],
  // a modal or a negation is not a claim
  ['#N# children will die needlessly', null],
  ['#N# were not killed', null],
];

describe('classify: area statuses', () => {
  test.each(AREA)('%s -> %s', (clause, expected) => {
    const d = classify(clause, 'area', DEFAULT_RULES);
    expect(d ? `${d.metric}/${d.status}` : null).toBe(expected);
  });
});

describe('classify: people metrics and statuses', () => {
  test.each(PEOPLE)('%s -> %s', (clause, expected) => {
    const d = classify(clause, 'people', DEFAULT_RULES);
    expect(d ? `${d.metric}/${d.status}` : null).toBe(expected);
  });
});

describe('classify: what a count may be', () => {
  test('forces are counted only for fighters, not civilians', () => {
    expect(classify('Germany had #N# out of work', 'people', DEFAULT_RULES, 'civilians')).toBeNull();
    expect(classify('Hezbollah has sent #N# into Syria', 'people', DEFAULT_RULES, 'militants')?.metric).toBe('combatants');
  });
  test('a pronominal count needs a casualty or captive cue right beside it', () => {
    expect(classify('Alicia Keys has #N#', 'people', DEFAULT_RULES, null)).toBeNull();
    expect(classify('#N# were released', 'people', DEFAULT_RULES, null)?.status).toBe('released');
    expect(classify('#N# were later reported by local officials to have been killed', 'people', DEFAULT_RULES, null)).toBeNull();
  });
  test('a venue that holds people holds no captives', () => {
    expect(classify('the venue, which holds #N#', 'people', DEFAULT_RULES, 'civilians')).toBeNull();
  });
});

describe('classify: evidence and config cues', () => {
  test('a decision names its rule and cue', () => {
    const d = classify('the strike killed #N#', 'people', DEFAULT_RULES)!;
    expect(d.rule).toBe('casualties.killed.before');
    expect(d.cue).toContain('killed');
  });
  test('a cue from claims.config.json outranks the built-in rules', () => {
    const rules = buildRules({ cues: [{ metric: 'captives', status: 'released', cue: 'amnestied' }] });
    const d = classify('#N# were amnestied', 'people', rules)!;
    expect(`${d.metric}/${d.status}`).toBe('captives/released');
    expect(d.rule).toBe('config.cue.1');
  });
});
