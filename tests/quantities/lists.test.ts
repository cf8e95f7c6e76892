import { describe, expect, test } from 'vitest';
import { findQuantities } from '../../src/quantities/index.js';

describe('lists of figures', () => {
  test.each([
    // [text, the list's text or null when the figures are read one by one]
    ['Results: 12, 7, 30, 2, 9, 41 in all.', '12, 7, 30, 2, 9, 41'],
    ['ids 1200 1201 1202 1203 1204 1205', '1200 1201 1202 1203 1204 1205'],
    ['12, 7, 30; 2, 9, 45,000 and more', '12, 7, 30; 2, 9, 45,000'],
    // an overlong figure ends the list before it
    ['1, 2, 3, 4, 5, 6, 1234567890123456789012345678', '1, 2, 3, 4, 5, 6'],
    // five figures are still read one by one
    ['12, 7, 30, 2, 9 were counted', null],
    // a figure glued to a unit ends the list before it is long enough
    ['1 2 3 4 5km away', null],
  ])('%s', (text, list) => {
    const found = findQuantities(text).find((q) => q.excluded === 'list of figures');
    expect(found?.text ?? null).toBe(list);
  });

  test.each([
    // [text, the list's value: its first figure up to the first separator]
    ['12, 7, 30, 2, 9, 41', 12],
    ['45,000 7 30 2 9 41', 45],
    ['1.5 7 30 2 9 41', 1.5],
    ['1.5.3 7 30 2 9 41', 0],
  ])('the value of %s', (text, value) => {
    expect(findQuantities(text).find((q) => q.excluded === 'list of figures')?.value).toBe(value);
  });

  test('a list never becomes several claims, and text after it is read as usual', () => {
    const qs = findQuantities('12, 7, 30, 2, 9, 41. Then 20 people were killed.');
    expect(qs.map((q) => q.text)).toEqual(['12, 7, 30, 2, 9, 41', '20']);
  });
});
