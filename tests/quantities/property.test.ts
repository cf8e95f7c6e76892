// Property: whatever the text, the output keeps its contract (sorted, non-overlapping, schema-valid,
// finite, spans that point at the text). Texts are built from pieces that stress the finders.
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { findQuantities } from '../../src/quantities/index.js';
import { expectWellFormed } from './helpers.js';

const PIECES = [
  ' ', ', ', '. ', '-', '–', '(', ')', '/', ':', '%', '$', '£', '\n', '0', '7', '1,234', '2,000', '1.5', '2014', '0914', '16:39',
  'one', 'two', 'twenty', 'hundred', 'thousand', 'million', 'a', 'an', 'and', 'half', 'third', 'quarters', 'dozens',
  'tens of', 'scores of', 'about', 'more than', 'another', 'between', 'to', 'or', 'so', 'more', 'at least', 'up to',
  'square', 'km', 'kilometers', 'miles', 'sq mi', 'hectares', 'm', 'north of', 'area of', 'days', 'years old',
  'August', 'Resolution', 'F', 'people', 'of', 'the', 'COVID', 'per cent', '²', 'é', '😀',
];

describe('contract holds on any mix of tricky pieces', () => {
  test('random texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.array(fc.constantFrom(' ', ''), { maxLength: 60 }), (pieces, gaps) => {
        const text = pieces.map((p, k) => p + (gaps[k] ?? ' ')).join('');
        expectWellFormed(text, findQuantities(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('any string at all', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => expectWellFormed(text, findQuantities(text))), { numRuns: 2000 });
  });
});
