// Whole sentences in the phrasing other outlets use, through the library API: what a claim must
// come out as. Written from the annotation rules, not from the seed files.
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/index.js';

const meta = { published: '2017-08-21', outlet: 'Reuters' };
const brief = (sentence: string) =>
  extract(sentence, meta).map((c) => `${c.metric}/${c.status} ${c.value} ${c.qualifier}${c.scope ? ` @${c.scope}` : ''}`);

const REPORTS: [string, string[]][] = [
  // area
  ['The Lebanese army said on Monday it had recaptured 100 square kilometres (39 square miles) from Islamic State militants on the Lebanese side.', ['area/captured 100 exact @Lebanese side']],
  ['Islamic State controls about 120 sq km of territory on the Lebanese side, and 155 sq km on the Syrian side.', ['area/held 120 approx @Lebanese side', 'area/held 155 exact @Syrian side']],
  ['The Lebanese army has retaken 115 sq km, leaving 5 sq km in the hands of IS.', ['area/captured 115 exact', 'area/remaining 5 exact']],
  ["Hezbollah's al-Manar TV said 20 square kilometres remained in the hands of the militants.", ['area/remaining 20 exact']],
  ['The operation aims to clear some 140 sq km of rugged terrain in Juroud Ras Baalbek.', ['area/targeted 140 approx @Lebanese side']],
  // people
  ['Around 600 Islamic State fighters are believed to be holed up in the barren mountains.', ['combatants/present 600 approx']],
  ["Hezbollah said 11 of its fighters were killed, while Lebanon's army said it had lost four soldiers.", ['casualties/killed 11 exact', 'casualties/killed 4 exact']],
  ['The army said eight IS militants were killed and one was captured.', ['casualties/killed 8 exact', 'captives/taken 1 exact']],
  ['The militants are holding nine Lebanese soldiers they abducted in 2014.', ['captives/held 9 exact']],
  ['Militants released three Hezbollah fighters they had captured.', ['captives/released 3 exact']],
  ['About 3,000 people, mostly refugees, left Juroud Arsal on buses.', ['displaced/present 3000 approx']],
  ['At least 36 people were wounded in the clashes, a security source said.', ['casualties/wounded 36 at_least']],
  ['A bomb blast killed six people and injured 32 in the Salah al-Din district.', ['casualties/killed 6 exact', 'casualties/wounded 32 exact']],
  ['Nine civilians, including three children, were killed when rockets hit the district.', ['casualties/killed 9 exact', 'casualties/killed 3 exact']],
  ['The death toll from the blast targeting evacuees from the besieged towns has risen to 70.', ['casualties/killed 70 exact']],
];

describe('subjects', () => {
  test('a bare count counts the people last named before it', () => {
    const claims = extract('Five of 30 kidnapped servicemen died in captivity while 16 were released in a swap.', meta);
    expect(claims.find((c) => c.value === 16)).toMatchObject({ status: 'released', subject: 'servicemen', inferred: expect.arrayContaining(['subject']) });
  });
});

describe('reports of the same events, other phrasings', () => {
  test.each(REPORTS)('%s', (sentence, expected) => {
    expect(brief(sentence)).toEqual(expected);
  });
});
