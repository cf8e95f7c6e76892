import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ABBREVIATIONS } from '../../src/data/abbreviations.js';
import { abbreviationEndsAt } from '../../src/text/sentence-ends.js';

/** The rule as a regex (what the character reading replaces): the word before the stop, after a space, "(" or the start. */
function byRegex(piece: string): boolean {
  const m = /(?:^|[\s(])((?:[A-Za-z]\.)*[A-Za-z]+)\.\s*$/.exec(piece);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^(?:[a-z]\.)+[a-z]$/.test(word);
}

describe('a full stop that closes an abbreviation or initials', () => {
  test.each([
    ['Brig.', true],
    ['He met Gen.', true],
    ['the U.S.', true],
    ['(Jan.', true],
    ['J.', true],
    ['e.g.', true],
    ['sq.', true],
    ['said.', false],
    ['x.Gen.', false],
    ['U.S.A.B.', true],
    ['U.Sa.', false],
    ['20.', false],
    ['Really!', false],
  ])('%s -> %s', (piece, expected) => {
    expect(abbreviationEndsAt(piece, 0, piece.length - 1)).toBe(expected);
    expect(byRegex(piece)).toBe(expected);
  });

  test('reads as the regex rule on any piece that ends with a stop', () => {
    const chars = ['a', 'B', 'u', 'S', 'g', 'e', 'n', '.', ' ', '(', '\u00a0', '1', '!', 'x', 'q'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 14 }), fc.constantFrom('.', '!', '?'), fc.nat(3), (body, stop, pad) => {
        const piece = body.join('') + stop;
        const text = 'zzz'.slice(0, pad) + piece;
        expect(abbreviationEndsAt(text, pad, text.length - 1)).toBe(byRegex(piece));
      }),
      { numRuns: 5000 },
    );
  });
});
