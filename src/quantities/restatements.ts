// Parenthetical restatements folded into the quantity they restate: "Eleven(11)" and
// "30 square kilometers (11 miles square)". The restated figure never becomes a quantity of its own.
import { readNumberAt } from './read.js';
import { isDigit, isLetter, skipSpaces, wordAt } from './text.js';
import { matchUnit } from './units.js';
import { codeAt } from '../text/chars.js';

/** "Eleven(11)", "eleven (11)": the digits restating a number word; returns the end of ")" or -1. */
export function digitsInParentheses(text: string, end: number, value: number): number {
  const open = skipSpaces(text, end, 1);
  if (codeAt(text, open) !== 40) return -1;
  let at = open + 1;
  const digitsStart = at;
  while (at < open + 12 && isDigit(codeAt(text, at))) at++;
  if (at === digitsStart || codeAt(text, at) !== 41) return -1;
  return Number(text.slice(digitsStart, at)) === value ? at + 1 : -1;
}

/** Hedge words allowed inside a restatement: "(about 11 square miles)". */
const RESTATEMENT_HEDGES = new Set(['about', 'around', 'some', 'approximately', 'roughly', 'nearly', 'almost', 'over', 'approx', 'c']);

export interface Restatement {
  text: string;
  value: number;
  unit: string;
  end: number;
}

/** "(11 miles square)", "(116,347 sq mi)", "(about 930,000 mi)": the same figure in another unit. */
export function restatementAfter(text: string, end: number, floor: number, asArea: boolean): Restatement | null {
  const open = skipSpaces(text, end, 1);
  if (codeAt(text, open) !== 40) return null;
  let at = skipSpaces(text, open + 1, 1);
  const hedge = wordAt(text, at);
  if (hedge && RESTATEMENT_HEDGES.has(hedge.lower)) at = skipSpaces(text, hedge.end, 1);
  if (!isDigit(codeAt(text, at)) && !isLetter(codeAt(text, at))) return null;
  const number = readNumberAt(text, at, floor);
  if (!number || number.kind !== 'cardinal' || number.excluded) return null;
  const unit = matchUnit(text, number.end);
  if (!unit) return null;
  const close = skipSpaces(text, unit.end, 1);
  if (codeAt(text, close) !== 41) return null;
  const factor = asArea && unit.record.dimension === 'length' ? unit.record.factor ** 2 : unit.record.factor;
  return { text: text.slice(open + 1, close), value: Math.round(number.value * factor * 100) / 100, unit: asArea ? 'km2' : unit.record.unit, end: close + 1 };
}

