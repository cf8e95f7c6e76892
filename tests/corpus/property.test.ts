// Properties over arbitrary and mutated text: extraction never throws and gives the same answer
// twice; the corpus stage's own steps keep their promises (a prefix, valid claims, no crash).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, Claim } from '../../src/index.js';
import { trimBoilerplate } from '../../src/corpus/boilerplate.js';
import { decodeBytes } from '../../src/corpus/decode.js';
import { detectTextMeta } from '../../src/corpus/text-meta.js';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const seedTexts = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8'));

/** Pieces of news text that stress the number grammar: hedges, units, words, ranges, dates. */
const FRAGMENTS = [
  'about ', 'more than ', 'nearly ', 'between ', ' and ', 'some ', 'another ', 'dozens of ', 'thousands of ',
  '20', '3,000', '1.5', 'forty-five', 'two-third', 'half', ' million', ' square kilometers', ' sq km', ' (11 miles square)',
  ' killed', ' wounded', ' captured', ' remain', ' hostages', ' fighters', ' refugees', ' on Saturday', ' in December 2015',
  '. ', '\n', '"', '“', '”', ' said ', 'Hezbollah', 'ISIS', '-', '–', '%', '$', '2017', ' km', ' ', ',',
];
const newsish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));

/** A seed article with a few characters inserted, deleted or replaced, and optionally cut short. */
const mutatedSeed = fc
  .record({
    seed: fc.constantFrom(...seedTexts),
    edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat(5), ins: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...FRAGMENTS)) }), { maxLength: 8 }),
    cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
  })
  .map(({ seed, edits, cut }) => {
    let text = seed;
    for (const e of edits) {
      const i = Math.floor(e.at * text.length);
      text = text.slice(0, i) + e.ins + text.slice(i + e.del);
    }
    return cut === null ? text : text.slice(0, Math.floor(cut * text.length));
  });

function extractsDeterministically(text: string): void {
  const first = extract(text, { file: 'prop.txt', outlet: 'Wire', published: '2017-08-24' });
  const second = extract(text, { file: 'prop.txt', outlet: 'Wire', published: '2017-08-24' });
  expect(second).toEqual(first);
  for (const claim of first) {
    expect(Claim.safeParse(claim).success).toBe(true);
    expect(claim.low).toBeLessThanOrEqual(claim.high);
    expect(claim.span[0]).toBeLessThanOrEqual(claim.span[1]);
    expect(claim.span[1]).toBeLessThanOrEqual(text.length);
  }
}

describe('extraction never throws and is deterministic', () => {
  test('on arbitrary strings (unicode included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), extractsDeterministically), { numRuns: 200 });
  });
  test('on news-like fragments', () => {
    fc.assert(fc.property(newsish, extractsDeterministically), { numRuns: 300 });
  });
  test('on mutated seed text', () => {
    fc.assert(fc.property(mutatedSeed, extractsDeterministically), { numRuns: 60 });
  });
});

describe('corpus steps on arbitrary input', () => {
  test('trimBoilerplate returns a prefix of its input and is stable when run again', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), newsish, mutatedSeed), (text) => {
        const once = trimBoilerplate(text).text;
        expect(text.startsWith(once)).toBe(true);
        expect(trimBoilerplate(once).text.length).toBeLessThanOrEqual(once.length);
      }),
      { numRuns: 300 },
    );
  });
  test('decodeBytes never throws and never leaves a CR or a leading BOM', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const d = decodeBytes(bytes);
        if (d.kind === 'text') {
          expect(d.text).not.toContain('\r');
          expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
        } else expect(bytes.includes(0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
  test('detectTextMeta never throws; a date it finds is a valid ISO day', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), newsish, mutatedSeed), (text) => {
        const meta = detectTextMeta(text);
        if (meta.published) expect(meta.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 300 },
    );
  });
});
