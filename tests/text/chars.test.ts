import { describe, expect, it } from 'vitest';
import { codeAt } from '../../src/text/chars.js';

describe('codeAt', () => {
  it.each([
    ['abc', 0, 97],
    ['abc', 2, 99],
    ['abc', 3, -1],
    ['abc', -1, -1],
    ['', 0, -1],
    ['é', 0, 0xe9],
    ['😀', 1, 0xde00],
  ])('codeAt(%j, %i) = %i', (text, i, expected) => {
    expect(codeAt(text, i)).toBe(expected);
  });

  it('outside the string, fails the tests NaN failed (digit, letter, space ranges)', () => {
    const c = codeAt('7', 1);
    expect(c >= 48 && c <= 57).toBe(false);
    expect((c | 32) >= 97 && (c | 32) <= 122).toBe(false);
    expect(c === 32 || (c >= 9 && c <= 13)).toBe(false);
  });
});
