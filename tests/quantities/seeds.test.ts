// Seed sentences (from ../shared/seeds) as sanity checks, and the output contract on whole articles and
// on adversarial input.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { findQuantities } from '../../src/quantities/index.js';
import { expectWellFormed, quantityWithText } from './helpers.js';

describe('seed sentences', () => {
  test.each([
    // [sentence, surface, value, qualifier, low, high, incremental, excluded]
    ['We have captured around another 20 square kilometers, so', 'around another 20 square kilometers', 20, 'approx', 18, 22, true, null],
    ['and that some 30 square kilometers (11 miles square) of land', 'some 30 square kilometers (11 miles square)', 30, 'approx', 27, 33, false, null],
    ['The push is meant to clear an area of 120 kilometers from elements of Daesh.', '120 kilometers', 120, 'exact', 120, 120, false, null],
    ['Nearly 3,000 militants, two-third of which are from Daesh', 'Nearly 3,000', 3000, 'nearly', 2700, 3000, false, null],
    ['“So far, more than 270 square km have been fully captured', 'more than 270 square km', 270, 'over', 270, 297, false, null],
    ['located about 330 kilometers north of the Syrian capital Damascus.', 'about 330 kilometers', 330, 'approx', 297, 363, false, 'distance'],
    ['Al-Nusra admitted defeat after six days of fierce fighting', 'six days', 6, 'exact', 6, 6, false, 'duration'],
    ['Hezbollah’s role in the six-year Syrian conflict', 'six-year', 6, 'exact', 6, 6, false, 'duration'],
    ['nine Lebanese soldiers and police officers three years after it invaded', 'three years', 3, 'exact', 3, 3, false, 'duration'],
    ['some militant positions as close as six kilometres away from', 'six kilometres', 6, 'exact', 6, 6, false, 'distance'],
    ['after scores of them killed by resistance fighters', 'scores', 40, 'vague', 40, 99, false, null],
    ['Estimates suggest 600 Daesh militants are holding positions', 'Estimates suggest 600', 600, 'approx', 540, 660, false, null],
    ['16 were released in a prisoner swap in December 2015.', '2015', 2015, 'exact', 2015, 2015, false, 'year'],
  ] as const)('%s', (sentence, surface, value, qualifier, low, high, incremental, excluded) => {
    const q = quantityWithText(sentence, surface);
    expect({ value: q.value, qualifier: q.qualifier, low: q.low, high: q.high, incremental: q.incremental, excluded: q.excluded })
      .toEqual({ value, qualifier, low, high, incremental, excluded });
  });

  test('"two-third of which" is a fraction', () => {
    const q = quantityWithText('Nearly 3,000 militants, two-third of which are from Daesh', 'two-third');
    expect(q.fraction).toBe(true);
    expect(q.value).toBeCloseTo(2 / 3, 5);
  });

  test('the restated "(11 miles square)" is folded, converted to 28.49 km2', () => {
    const found = findQuantities('some 30 square kilometers (11 miles square) of land');
    expect(found).toHaveLength(1);
    expect(found[0]!.restated).toEqual({ text: '11 miles square', value: 28.49, unit: 'km2' });
    expect(found[0]!.span).toEqual([0, 43]);
    expect(found[0]!.numberSpan).toEqual([5, 7]);
  });
});

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

describe('output contract on whole articles', () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  test.each(files)('%s: sorted, non-overlapping, schema-valid, spans point at the text', (file) => {
    const text = readFileSync(SEEDS + file, 'utf8');
    expectWellFormed(text);
  });

  test('numbers reported by the gold traps are excluded or folded', () => {
    const text = readFileSync(SEEDS + '000_97b9829d4493bdf3.txt', 'utf8');
    const claimable = findQuantities(text).filter((q) => q.excluded === null).map((q) => q.value);
    for (const trap of [28.49, 11, 6, 3, 2015]) expect(claimable).not.toContain(trap);
  });
});

describe('adversarial input stays linear and well-formed', () => {
  const KB = 1024;
  const cases: [string, (bytes: number) => string][] = [
    ['a run of digits', (n) => '7'.repeat(n)],
    ['comma groups', (n) => ('1' + ',234'.repeat(n / 4)).slice(0, n)],
    ['digits, commas and spaces', (n) => Array.from({ length: n }, (_, k) => '0123456789, '[(k * 7919 + (k >> 3)) % 12]).join('')],
    ['one long line of number words', (n) => 'about twenty-one thousand and five hundred square kilometers of one hundred and '.repeat(n / 80)],
    ['dashes, dots and slashes', (n) => '1-2-3.4.5/6/7 '.repeat(n / 14)],
    ['open parentheses', (n) => '20 km ('.repeat(n / 7)],
    ['"one hundred and" repeated', (n) => 'one hundred and '.repeat(n / 16)],
  ];
  /** Best of three runs, so a busy machine or a garbage collection does not decide the test. */
  function seconds(text: string): number {
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      findQuantities(text);
      best = Math.min(best, (performance.now() - started) / 1000);
    }
    return best;
  }
  test.each(cases)('%s: four times the input costs about four times the time', (_name, make) => {
    const small = make(256 * KB);
    const large = make(1024 * KB);
    seconds(small); // warm up the compiler
    const base = seconds(small);
    const scaled = seconds(large);
    // linear work gives ~4x; a quadratic step would give ~16x. Slack for a busy machine.
    expect(scaled).toBeLessThan(base * 10 + 0.1);
    expectWellFormed(large.slice(0, 20 * KB));
  });
  test('a number phrase is capped: "one hundred and" a megabyte long is many numbers, none infinite', () => {
    const found = findQuantities('one hundred and '.repeat(64 * KB));
    expect(found.length).toBeGreaterThan(1000);
    expect(found.every((q) => Number.isFinite(q.value))).toBe(true);
  });
});
