// A run of bare figures separated only by commas, semicolons and spaces ("12, 7, 30, 2, 9, 41")
// is a table or a list, never a claim of its own: it becomes one excluded quantity. Without this,
// number-dense input (statistics tables, ID lists, adversarial text) would cost one full
// quantity per figure, ~25x the work per megabyte of news.
import type { Quantity } from '../model.js';
import { codeAt } from '../text/chars.js';
import { isDigit } from './text.js';

/** Fewer figures than this in a row are read one by one as usual. */
const MIN_FIGURES = 6;
/** A figure longer than this is not a list entry (the quantity stage caps digit runs too). */
const MAX_FIGURE = 24;

const isSeparator = (c: number) => c === 32 || c === 9 || c === 44 || c === 59;

/** End offset of the figure list starting at `at`, or -1 when there is none. */
export function figureListEnd(text: string, at: number): number {
  const n = text.length;
  let i = at;
  let figures = 0;
  let end = -1;
  while (i < n && isDigit(codeAt(text, i))) {
    const start = i;
    // a figure: digits, with "," or "." inside only when a digit follows ("45,000", "1.5")
    while (i < n && i - start <= MAX_FIGURE) {
      const c = codeAt(text, i);
      if (isDigit(c) || ((c === 44 || c === 46) && isDigit(codeAt(text, i + 1)))) i++;
      else break;
    }
    // an overlong figure ends the list before it; it is read on its own
    if (i - start > MAX_FIGURE) break;
    // a figure glued to a letter ("5km", "F16") or followed by anything but a separator ends the list
    if (i < n && !isSeparator(codeAt(text, i))) {
      figures++;
      end = i;
      break;
    }
    figures++;
    end = i;
    while (i < n && isSeparator(codeAt(text, i))) i++;
  }
  return figures >= MIN_FIGURES ? end : -1;
}

export function figureList(text: string, at: number, end: number): Quantity {
  // The value is the list's first figure up to its first separator ("45,000" gives 45): read in
  // place, since splitting the whole list cost more than finding it.
  let firstEnd = at;
  while (firstEnd < end && !isSeparator(codeAt(text, firstEnd))) firstEnd++;
  const first = Number(text.slice(at, firstEnd));
  const value = Number.isFinite(first) ? first : 0;
  return {
    text: text.slice(at, end),
    span: [at, end],
    numberSpan: [at, end],
    value,
    low: value,
    high: value,
    unit: null,
    dimension: 'other',
    qualifier: 'exact',
    incremental: false,
    fraction: false,
    restated: null,
    excluded: 'list of figures',
  };
}
