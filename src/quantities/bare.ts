// The fast path: a figure with nothing around it that could change its meaning.
import type { Quantity } from '../model.js';
import type { NumberToken } from './token.js';
import { isInlineSpace, isLetter, skipSpaces } from './text.js';
import { codeAt } from '../text/chars.js';

/** Characters that, right next to a figure, may change what it means: letters aside, these send it down the full path. */
const MEANINGFUL_BEFORE = new Set([...'$£€¥₹#+-–—~(./@°'].map((c) => c.charCodeAt(0)));
const MEANINGFUL_AFTER = new Set([...'%-–—~(./:°\'’"'].map((c) => c.charCodeAt(0)));

/**
 * Whether nothing around a figure can change it: no word, symbol or connector on either side within a few
 * spaces ("1, 2, 3", a table of figures). Hedges, units, cues and ranges all need one, so such a figure is
 * a bare count or a year, and dense runs of figures cost no more than news text.
 */
export function isBare(text: string, token: NumberToken, floor: number): boolean {
  let before = token.start;
  const lowest = Math.max(floor, before - 3);
  while (before > lowest && isInlineSpace(codeAt(text, before - 1))) before--;
  if (before > floor) {
    const code = codeAt(text, before - 1);
    if (isLetter(code) || MEANINGFUL_BEFORE.has(code)) return false;
  }
  const after = skipSpaces(text, token.end, 3);
  if (after < text.length) {
    const code = codeAt(text, after);
    if (isLetter(code) || MEANINGFUL_AFTER.has(code)) return false;
  }
  return true;
}

/** A quantity read from the number alone: a bare count, a bare year, or an ordinal word. */
export function bareQuantity(text: string, token: NumberToken, excluded: 'ordinal' | null): Quantity {
  const year = token.plain && token.digitCount === 4 && token.value >= 1900 && token.value <= 2099;
  const reason = excluded ?? (year ? 'year' : null);
  const value = token.value;
  return {
    text: text.slice(token.start, token.end), span: [token.start, token.end], numberSpan: [token.start, token.end],
    value, low: value, high: value, unit: null, dimension: excluded ?? (year ? 'year' : 'count'), qualifier: 'exact',
    incremental: false, fraction: token.kind === 'fraction', restated: null, excluded: reason,
  };
}

