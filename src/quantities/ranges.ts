// Ranges: "between 550 and 600", "550-600", "550 to 600", "from 550 to 600", "two or three",
// "20 km to 30 km", "between 2 and 3 million" (the scale of the second bound applies to the first).
import type { NumberToken } from './token.js';
import { readNumberAt } from './read.js';
import { isDash, isDigit, isLetter, skipSpaces, wordAt, type WordsBefore } from './text.js';
import { matchUnit, type UnitMatch } from './units.js';
import { codeAt } from '../text/chars.js';

export interface RangeMatch {
  second: NumberToken;
  /** The lower bound, after borrowing the second bound's scale. */
  lowValue: number;
  /** Start of "between"/"from" when present. */
  prefixStart: number | null;
  /** A unit written after the first bound too ("20 km to 30 km"). */
  firstUnit: UnitMatch | null;
  /** "2013-14": a span of years. */
  yearSpan: boolean;
}

const CONNECTOR_WORDS = new Set(['to', 'through', 'and', 'or']);

function isYearShape(token: NumberToken): boolean {
  return token.plain && token.digitCount === 4 && token.value >= 1900 && token.value <= 2099;
}

/** The range that starts with `first`, or null. */
export function rangeAfter(text: string, first: NumberToken, floor: number, before: WordsBefore): RangeMatch | null {
  if (first.kind !== 'cardinal' || first.excluded) return null;
  let at = first.end;
  const firstUnit = matchUnit(text, at);
  if (firstUnit) at = firstUnit.end;

  // connector: a dash (maybe followed by "to": "8- to 16-meter") or a word
  let connector: string;
  let cursor = skipSpaces(text, at);
  if (isDash(codeAt(text, cursor))) {
    connector = '-';
    cursor = skipSpaces(text, cursor + 1);
    const toWord = wordAt(text, cursor);
    if (toWord?.lower === 'to') {
      connector = 'to';
      cursor = skipSpaces(text, toWord.end);
    }
  } else {
    // connectors start with t, a or o ("to", "through", "and", "or"): a quick no for everything else
    const initial = codeAt(text, cursor);
    if (initial !== 116 && initial !== 97 && initial !== 111) return null;
    const word = wordAt(text, cursor);
    if (!word || !CONNECTOR_WORDS.has(word.lower)) return null;
    connector = word.lower;
    cursor = skipSpaces(text, word.end);
  }
  if (cursor >= text.length) return null;
  const startsNumber = isDigit(codeAt(text, cursor)) || isLetter(codeAt(text, cursor));
  if (!startsNumber) return null;
  if (connector === '-' && (!first.digits || !isDigit(codeAt(text, cursor)))) return null;

  const beforeWord = before.at(0);
  const prefix = beforeWord?.lower;
  if (connector === 'and' && prefix !== 'between') return null;

  const second = readNumberAt(text, cursor, floor);
  if (!second || second.kind !== 'cardinal') return null;

  // "2013-14", "2011-2013": a span of years
  if (connector === '-' && isYearShape(first) && second.plain
    && ((second.digitCount === 2) || (isYearShape(second) && second.value > first.value))) {
    return { second, lowValue: first.value, prefixStart: null, firstUnit: null, yearSpan: true };
  }
  if (second.excluded) return null;
  if (connector === 'or' && first.digits !== second.digits) return null;

  let lowValue = first.value;
  if (second.scale > 1 && first.scale === 1 && first.value < second.value / second.scale) lowValue = first.value * second.scale;
  if (!(second.value > lowValue)) return null;
  if (connector === 'or' && second.value > lowValue * 10) return null;

  const prefixStart = (prefix === 'between' || (prefix === 'from' && connector !== 'and')) ? beforeWord!.start : null;
  return { second, lowValue, prefixStart, firstUnit, yearSpan: false };
}
