// Numbers that are not claims, through the library API: each sentence holds a number that a
// naive extractor would take. Grouped by the reason it is not a claim.
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/index.js';

const meta = { published: '2017-08-24', outlet: 'Test' };

const NOT_CLAIMS: [string, string][] = [
  // dates, years, times, ages, durations
  ['a year', 'Many of these towns have been living under the shadow of an ISIS invasion since 2014.'],
  ['a date', 'On August 19, Hezbollah and the Syrian army launched an operation.'],
  ['a duration', 'Al-Nusra admitted defeat after six days of fierce fighting.'],
  ['a duration', "Hezbollah's role in the six-year Syrian conflict has drawn criticism."],
  ['an age', 'A 17-year-old was among the protesters.'],
  // distances and elevations
  ['a distance', 'Qalamoun is located about 330 kilometers north of the Syrian capital Damascus.'],
  ['a distance', 'Some militant positions are as close as six kilometres away from the towns.'],
  // numbers that count no people, or say nothing happened to them
  ['an area with no status', 'Lebanon covers an area of 10,452 square kilometres.'],
  ['not people', 'Three air strikes hit the town on Monday.'],
  ['a capacity', 'The stadium, which holds almost 80,000 people, was full.'],
  ['a pronominal count with no cue', 'Alicia Keys has four nominations while Ciara has three.'],
  ['a released film', 'The number of Japanese films released rose to 310 in 2004.'],
  ['a society', 'More than 800,000 Britannia Building Society members are to receive a share.'],
  ['a future', 'The report said 45 million children will die needlessly before 2015.'],
  ['a negation', 'Officials said 20 soldiers were not killed in the attack.'],
  ['a fraction', 'Two-thirds of the militants are from Daesh.'],
  ['a percentage', 'Turnout was 45 percent in the district.'],
  ['money', 'The war has cost $5 million a day.'],
  ['the lives saved', 'The Daily Mail said Israel had saved the lives of more than 2,000 militants since 2013.'],
];

describe('numbers that are not claims', () => {
  test.each(NOT_CLAIMS)('%s: %s', (_why, sentence) => {
    expect(extract(sentence, meta).filter((c) => c.metric !== 'other')).toEqual([]);
  });
});

// Sentences that defeat the rules today, kept visible rather than deleted (STYLE.md). Each
// `test.fails` turns red the day it starts to pass, so it can be moved to the tables above.
describe('known misses', () => {
  test.fails('a toll carried from the sentence before ("This was later updated to 82")', () => {
    const claims = extract('The Observatory gave an initial death toll of 47. This was later updated to 82 on Sunday.', meta);
    expect(claims.map((c) => c.value)).toContain(82);
  });
  test.fails('a count after a verb of perception ("14 million people saw Den Watts killed off")', () => {
    expect(extract('More than 14 million people saw Den Watts killed off on Friday.', meta)).toEqual([]);
  });
  test.fails('an age in apposition ("Ms Bakley, 44, dead in a car")', () => {
    expect(extract('He said he found Ms Bakley, 44, dead in a car.', meta)).toEqual([]);
  });
});
