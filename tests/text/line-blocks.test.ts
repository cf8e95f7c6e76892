// Lines are segmented by blocks around the offsets asked for; that must give the sentences that
// segmenting the whole line gives. Each case reads the same text through two indexes: one that
// segments every line whole (the reference), one that reads every line by blocks.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sentenceEndsIn } from '../../src/text/sentence-ends.js';
import { SentenceIndex, sentencesIn } from '../../src/text/sentences.js';

const whole = (text: string) => new SentenceIndex(text, true);
const byBlocks = (text: string) => new SentenceIndex(text);

/** at() and before() at every offset (or every k-th on long texts) agree between the two indexes. */
function expectSameSentences(text: string, step = 1): void {
  const a = whole(text);
  const b = byBlocks(text);
  for (let offset = 0; offset < text.length; offset += step) {
    const sa = a.at(offset);
    expect(b.at(offset), `at(${offset})`).toEqual(sa);
    expect(b.before(sa), `before(at(${offset}))`).toEqual(a.before(sa));
  }
}

const repeat = (piece: string, length: number) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

describe('a line read by blocks gives the sentences of the whole line', () => {
  test.each([
    ['plain sentences', 'Four soldiers died. Twenty were hurt! Was it 30? Yes. '],
    ['abbreviations and initials', 'He met Brig. Gen. Ali Qanso on Jan. 5. The U.N. said 20 fled. Dr. Smith left. '],
    ['closing quotes and brackets', '"Around 40 square km remain." He added more. (It ended.) [Then] it went on. '],
    ['runs of stops', 'What?! Really... Yes!!! "No?!" he said. '],
    ['decimals and stops without a capital after', 'It rose 1.5 points. then fell. again. Then 3.7 more. '],
    ['several spaces between sentences', 'One ended.      Two ended.\t Three ended.   '],
  ])('%s', (_, piece) => {
    expectSameSentences(repeat(piece, 3000));
  });

  test('sentences longer than the longest read whole are cut to a window, the same way', () => {
    // 2,000 characters without a sentence end, then short sentences, then long again.
    const text = `${repeat('word and number 20 ', 2000)}. Short one. Another here. ${repeat('more words 7 ', 2500)}`;
    expectSameSentences(text, 7);
  });

  test('a line with no sentence end at all', () => {
    expectSameSentences(repeat('12, 7 30 2 and 9 ', 4000), 13);
  });

  test('leading and trailing spaces of the line, and other lines around it', () => {
    const long = repeat('It went on. They said 20. ', 2000);
    expectSameSentences(`Title line\n\n   ${long}   \n\nLast line.`, 5);
  });

  test('random texts of sentence-like pieces', () => {
    const pieces = ['a', 'Word', ' ', '  ', '. ', '.', '? ', '! ', '"', '” ', "'", ')', '(', 'U.S.', 'Gen. ', '20', '1.5', 'Jan. ', '\u00a0', 'x.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 400 }), (parts) => {
        expectSameSentences(parts.join(''));
      }),
      { numRuns: 300 },
    );
  });
});

describe('sentence ends of a stretch', () => {
  test.each([1, 7, 64, 333])('the ends of every stretch of %i characters are the ends of the whole line', (size) => {
    const text = repeat('He met Brig. Gen. Qanso. "It ended." What?! Then 1.5 more... ', 3000);
    const all = sentencesIn(text).slice(0, -1).map((s) => s.end);
    const stretched: number[] = [];
    for (let from = 0; from < text.length; from += size) stretched.push(...sentenceEndsIn(text, 0, text.length, from, from + size));
    expect(stretched).toEqual(all);
  });
});
