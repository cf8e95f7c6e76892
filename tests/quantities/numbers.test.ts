// Numbers: digits, words, scales, fractions, ranges, vague amounts. Tables are [input, expected...].
import { describe, expect, test } from 'vitest';
import { findQuantities } from '../../src/quantities/index.js';
import { onlyClaimable, quantityWithText } from './helpers.js';

describe('digits', () => {
  test.each([
    // thousands separators and decimals
    ['45,000 people', 45000],
    ['1,234,567 votes', 1234567],
    ['1.5 people', 1.5],
    ['4.800 units', 4.8],
    // commas stripped, as in the FA-KES corpus: still one number
    ['1200 people were killed', 1200],
    ['killing 1200 militants', 1200],
    // scale words and abbreviations
    ['1.2 million refugees', 1.2e6],
    ['3 million people', 3e6],
    ['2.5 billion', 2.5e9],
    ['45 thousand', 45000],
    ['322 hundred', 32200],
    ['10k runners', 10000],
    ['5bn', 5e9],
    ['2m people fled', 2e6],
    ['1.2million people', 1.2e6],
    ['a 1.5-billion budget', 1.5e9],
    ['1.5m refugees', 1.5e6],
    ['1,674.5 million', 1674.5e6],
    // a plain digit
    ['killed 9 soldiers', 9],
    ['0 casualties', 0],
    // mixed numbers
    ['2 1/2 people', 2.5],
    ['in 2-1/2 weeks of fighting, 2-1/2 people', 2.5],
  ])('%s -> %d', (input, value) => {
    expect(onlyClaimable(input).value).toBe(value);
  });

  test('numberSpan covers the digits and the scale word', () => {
    const q = onlyClaimable('some 1.2 million refugees');
    expect(q.numberSpan).toEqual([5, 16]);
    expect(q.span).toEqual([0, 16]);
    expect(q.text).toBe('some 1.2 million');
  });

  test.each([
    // groups of three after a comma are thousands; other commas separate numbers
    ['22,24,26,31', [22, 24, 26, 31]],
    ['22,240,260,310', [22240260310]],
    ['1, 234, 567', [1, 234, 567]],
  ])('%s reads as %j', (input, values) => {
    expect(findQuantities(input).map((q) => q.value)).toEqual(values);
  });
});

describe('number words', () => {
  test.each([
    ['nine soldiers', 9],
    ['Four Lebanese soldiers', 4],
    ['twenty-one people', 21],
    ['twenty one people', 21],
    ['fifty - two', 52],
    ['seventy', 70],
    ['two thousand five hundred', 2500],
    ['one hundred and three', 103],
    ['one hundred and sixty-one', 161],
    ['Three hundred  and  thirty one', 331],
    ['two hundred and two thousand', 202000],
    ['a hundred', 100],
    ['a dozen', 12],
    ['three dozen', 36],
    ['half a dozen', 6],
    ['a thousand', 1000],
    ['one million two thousand two hundred', 1002200],
    ['twenty-one trillion and three hundred', 21000000000300],
    ['two and a half million', 2.5e6],
    ['one and a half', 1.5],
    ['half a million', 5e5],
    ['a quarter of a million people', 250000],
    ['two thirds of a million', 666666.666667],
    ['fourteen people', 14],
  ])('%s -> %d', (input, value) => {
    expect(onlyClaimable(input).value).toBe(value);
  });

  test.each([
    // "Eleven(11)" is one quantity, the digits restating the word
    ['Eleven(11) people were killed', 'Eleven(11)', 11],
    ['eleven (11) soldiers', 'eleven (11)', 11],
  ])('%s folds into %s', (input, surface, value) => {
    expect(findQuantities(input)).toHaveLength(1);
    expect(quantityWithText(input, surface).value).toBe(value);
  });

  test.each([
    // two numbers next to each other stay two numbers
    ['one two', [1, 2]],
    ['three-nought-four', [3, 0, 4]],
  ])('%s reads as %j', (input, values) => {
    expect(findQuantities(input).map((q) => q.value)).toEqual(values);
  });
});

describe('fractions: shares, not counts', () => {
  test.each([
    ['two-third of which', 'two-third', 2 / 3],
    ['two-thirds of the fighters', 'two-thirds', 2 / 3],
    ['two thirds', 'two thirds', 2 / 3],
    ['a third of them', 'a third', 1 / 3],
    ['half of the city', 'half', 0.5],
    ['a half', 'a half', 0.5],
    ['a quarter of the town', 'a quarter', 0.25],
    ['three quarters', 'three quarters', 0.75],
    ['one fifth', 'one fifth', 0.2],
    ['five eighths', 'five eighths', 0.625],
    ['one-eighth', 'one-eighth', 0.125],
    ['a 1/4 inch gap', '1/4 inch', 0.25 * 0.0000254],
  ])('%s -> %s = %d', (input, surface, value) => {
    const q = quantityWithText(input, surface);
    expect(q.value).toBeCloseTo(value, 5);
    expect(q.fraction).toBe(true);
    expect(q.excluded).toBeNull();
  });

  test('"the third day" is an ordinal, not a fraction', () => {
    const q = quantityWithText('on the third day', 'third');
    expect(q.fraction).toBe(false);
    expect(q.excluded).toBe('ordinal');
  });
});

describe('ranges: value is the lower bound', () => {
  test.each([
    ['between 550 and 600 people', 'between 550 and 600', 550, 600],
    ['550-600 people', '550-600', 550, 600],
    ['550–600 people', '550–600', 550, 600],
    ['550 to 600 people', '550 to 600', 550, 600],
    ['from 550 to 600 people', 'from 550 to 600', 550, 600],
    ['two or three soldiers', 'two or three', 2, 3],
    ['between 2 and 3 million people', 'between 2 and 3 million', 2e6, 3e6],
    ['1.2 to 1.5 million', '1.2 to 1.5 million', 1.2e6, 1.5e6],
    ['between twenty and thirty', 'between twenty and thirty', 20, 30],
    ['20 to 30 square kilometers', '20 to 30 square kilometers', 20, 30],
    ['The number range is 1000 - 5000', '1000 - 5000', 1000, 5000],
  ])('%s -> %s [%d, %d]', (input, surface, low, high) => {
    const q = quantityWithText(input, surface);
    expect(q.qualifier).toBe('range');
    expect([q.value, q.low, q.high]).toEqual([low, low, high]);
  });

  test.each([
    // not ranges: a descending pair, "and" without "between", a score
    ['45 and 50 cases', [45, 50]],
    ['won 3-1', [3, 1]],
  ])('%s stays two numbers %j', (input, values) => {
    const found = findQuantities(input);
    expect(found.map((q) => q.value)).toEqual(values);
    expect(found.every((q) => q.qualifier !== 'range')).toBe(true);
  });
});

describe('vague amounts: intervals, value = lower bound', () => {
  test.each([
    ['dozens of people', 'dozens', 24, 99],
    ['scores of them killed', 'scores', 40, 99],
    ['hundreds of families', 'hundreds', 200, 999],
    ['Thousands of refugees', 'Thousands', 2000, 9999],
    ['tens of thousands of people', 'tens of thousands', 20000, 99999],
    ['hundreds of thousands fled', 'hundreds of thousands', 200000, 999999],
    ['millions of Syrians', 'millions', 2e6, 9999999],
    ['several hundred fighters', 'several hundred', 200, 999],
    ['a few thousand troops', 'a few thousand', 2000, 9999],
    ['sent thousands more fighters', 'thousands more', 2000, 9999],
  ])('%s -> %s [%d, %d]', (input, surface, low, high) => {
    const q = quantityWithText(input, surface);
    expect(q.qualifier).toBe('vague');
    expect([q.value, q.low, q.high]).toEqual([low, low, high]);
  });

  test.each([
    // not quantities at all
    ['a number of soldiers'],
    ['several soldiers'],
    ['many people'],
    ['he scores goals'],
    ['a man was killed'],
    ['an attack'],
  ])('%s has no quantity', (input) => {
    expect(findQuantities(input)).toEqual([]);
  });
});
