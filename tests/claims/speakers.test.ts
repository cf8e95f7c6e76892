// Speakers are resolved in a window around each claim (src/claims/speakers.ts): within it, as over
// a whole article; beyond it, a name no longer reaches the claim. Through the library API.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/index.js';
import { DocumentSpeakers, SPEAKER_REACH_AFTER, SPEAKER_REACH_BEFORE } from '../../src/claims/speakers.js';
import { resolveAttributions } from '../../src/claims/resolution.js';
import { SentenceIndex, sentencesIn } from '../../src/text/sentences.js';

/** Narration with no speech verb and no number, about `length` characters of it. */
const filler = (length: number) => 'The convoy moved along the valley road before dawn. '.repeat(Math.ceil(length / 52));
const claimantOf = (text: string, value: number) => extract(text, { published: '2017-08-21' }).find((c) => c.value === value)?.claimant;

describe('the speaker of a claim, near and far', () => {
  const near = 2_000;
  const far = SPEAKER_REACH_BEFORE + 1_000;
  test.each([
    // [case, text, value, claimant]
    ['"he said" continues a speaker named a few sentences before', `Army spokesman Ali Qanso told reporters the road was open. ${filler(near)}He said 20 soldiers were killed.`, 20, 'Ali Qanso'],
    ['"he said" continues the nearest named speaker', `Ali Qanso told reporters the road was open. Hassan Nasrallah told them it was not. ${filler(near)}He said 20 soldiers were killed.`, 20, 'Hassan Nasrallah'],
    ['"he said" with the speaker named beyond the reach is narration', `Army spokesman Ali Qanso told reporters the road was open. ${filler(far)}He said 20 soldiers were killed.`, 20, null],
    ['a surname takes the full name given earlier', `But thriller writer Frederick Forsyth tells BBC News of his view. ${filler(near)}Forsyth says 3000 people died.`, 3000, 'Frederick Forsyth'],
    ['a surname stays as written when the full name is beyond the reach', `But thriller writer Frederick Forsyth tells BBC News of his view. ${filler(far)}Forsyth says 3000 people died.`, 3000, 'Forsyth'],
    ['a description takes a person named after it', `The Hezbollah chief said 20 fighters were killed. ${filler(1_000)}Hezbollah Secretary General Hassan Nasrallah made the remarks on Thursday.`, 20, 'Hassan Nasrallah'],
    ['a description stays as written when the person is named beyond the reach', `The Hezbollah chief said 20 fighters were killed. ${filler(SPEAKER_REACH_AFTER + 1_000)}Hezbollah Secretary General Hassan Nasrallah made the remarks on Thursday.`, 20, 'Hezbollah chief'],
    ['a continuing quote keeps its speaker', `${filler(far)}"We have lost 20 fighters," said Ali Qanso. "Another 30 soldiers were wounded."`, 30, 'Ali Qanso'],
  ])('%s', (_, text, value, claimant) => {
    expect(claimantOf(text, value)).toBe(claimant);
  });

  test('the same article gives the same speakers alone and deep inside a long document', () => {
    const article = 'Army spokesman Ali Qanso told reporters on Monday that the road was open. He said 20 soldiers were killed. "Another 30 soldiers were wounded," Qanso added.';
    const alone = extract(article).map((c) => c.claimant);
    const inside = extract(`${filler(50_000)}\n${article}\n${filler(50_000)}`).map((c) => c.claimant);
    expect(alone).toEqual(['Ali Qanso', 'Ali Qanso']);
    expect(inside).toEqual(alone);
  });
});

describe('within the window, speakers resolve as over the whole text', () => {
  const SENTENCES = [
    'Army spokesman Brigadier-General Ali Qanso spoke on Monday.',
    'Qanso said the battle was over.',
    'He added that it went well.',
    'She noted the road was open.',
    'Hezbollah Secretary General Sayyed Hassan Nasrallah made the remarks on Thursday.',
    'Nasrallah said the area was held.',
    'The Hezbollah chief said it was done.',
    'A Lebanese security source said the road was closed.',
    'According to the Syrian Observatory for Human Rights, the town fell.',
    '"It is over," said the commander.',
    '"We will stay."',
    'The convoy moved on.',
  ];

  test('random articles', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 25 }), fc.constantFrom(' ', '\n'), (picked, gap) => {
        const text = picked.join(gap);
        const sentences = sentencesIn(text);
        const whole = resolveAttributions(sentences);
        const index = new SentenceIndex(text);
        for (const s of sentences) {
          const windowed = new DocumentSpeakers(text, index).claimantAt(s, s.end - 1);
          const own = whole.get(s.start);
          if (own) expect(windowed).toEqual(own[own.length - 1]!.who);
        }
      }),
      { numRuns: 300 },
    );
  });
});
