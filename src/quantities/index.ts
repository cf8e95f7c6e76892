// The quantity stage: one scan for number candidates, then for each a bounded look around it.
// Order of work for one candidate (each step is a small module):
//   1. finders    read the number (digits.ts, words.ts)
//   2. ranges     join a second bound ("550 to 600", "between 2 and 3 million")
//   3. hedges     read "about", "more than", "another" before and "or so", "more" after
//   4. units      attach an area/length unit, read "an area of 120 kilometers" as km2
//   5. restated   fold "(11 miles square)" into the quantity it restates
//   6. refiners   say why a number is not a claim (exclusions.ts)
import { HYPHEN_PREFIXES } from '../data/numbers.js';
import { MONEY_SYMBOLS, MONEY_WORDS } from '../data/units.js';
import { HEDGE_INTERVALS } from '../data/hedges.js';
import { AREA_CUES_AFTER, AREA_CUES_BEFORE } from '../data/units.js';
import type { Dimension, Qualifier, Quantity } from '../model.js';
import { exclude, exclusionFor, type Context, type Exclusion } from './exclusions.js';
import { hedgeAfter, incrementAfter, prefixBefore } from './hedges.js';
import { rangeAfter } from './ranges.js';
import { readNumberAt } from './read.js';
import { candidateScanner } from './scanner.js';
import type { NumberToken } from './token.js';
import { isDash, isDigit, isInlineSpace, isLetter, PhraseIndex, skipSpaces, wordAt, WordsAfter, WordsBefore } from './text.js';
import { matchUnit, type UnitMatch } from './units.js';

const AREA_BEFORE = PhraseIndex.of(AREA_CUES_BEFORE);
const AREA_AFTER = PhraseIndex.of(AREA_CUES_AFTER);

/** Every quantity in `text`, in order of offset, claims or not (excluded ones say why). */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const scanner = candidateScanner();
  let floor = 0;
  for (let match = scanner.exec(text); match !== null; match = scanner.exec(text)) {
    const quantity = readQuantity(text, match.index, floor);
    if (!quantity) continue;
    found.push(quantity);
    floor = quantity.span[1];
    if (scanner.lastIndex < floor) scanner.lastIndex = floor;
  }
  return found;
}

/** "$5", "US$ 5", "£100": the currency symbol right before digits, and where it starts. */
function currencyBefore(text: string, start: number): { code: string; start: number } | null {
  let at = start;
  if (isInlineSpace(text.charCodeAt(at - 1))) at--;
  const code = MONEY_SYMBOLS[text.charAt(at - 1)];
  if (!code) return null;
  at--;
  // "US$", "C$", "A$"
  while (at > 0 && start - at < 4 && isLetter(text.charCodeAt(at - 1)) && text.charCodeAt(at - 1) < 91) at--;
  return { code, start: at };
}

const HYPHEN_PREFIX_SET = new Set(HYPHEN_PREFIXES);
const MONEY_WORD_SET = new Set(Object.keys(MONEY_WORDS));

/**
 * Digits glued to letters before them are part of a name: "MH17", "G20", "F-16", "COVID-19", "scp2-173".
 * Ordinary word prefixes ("mid-2014", "pre-1967") are not.
 */
function gluedToLetters(text: string, start: number): boolean {
  const previous = text.charCodeAt(start - 1);
  if (isLetter(previous)) return true;
  if (!isDash(previous)) return false;
  let at = start - 1;
  const limit = Math.max(0, at - 24);
  let letters = false;
  while (at > limit && (isLetter(text.charCodeAt(at - 1)) || isDigit(text.charCodeAt(at - 1)))) {
    if (isLetter(text.charCodeAt(at - 1))) letters = true;
    at--;
  }
  if (!letters) return false;
  return !HYPHEN_PREFIX_SET.has(text.slice(at, start - 1).toLowerCase());
}

/** "Eleven(11)", "eleven (11)": the digits restating a number word; returns the end of ")" or -1. */
function digitsInParentheses(text: string, end: number, value: number): number {
  const open = skipSpaces(text, end, 1);
  if (text.charCodeAt(open) !== 40) return -1;
  let at = open + 1;
  const digitsStart = at;
  while (at < open + 12 && isDigit(text.charCodeAt(at))) at++;
  if (at === digitsStart || text.charCodeAt(at) !== 41) return -1;
  return Number(text.slice(digitsStart, at)) === value ? at + 1 : -1;
}

/** Hedge words allowed inside a restatement: "(about 11 square miles)". */
const RESTATEMENT_HEDGES = new Set(['about', 'around', 'some', 'approximately', 'roughly', 'nearly', 'almost', 'over', 'approx', 'c']);

interface Restatement {
  text: string;
  value: number;
  unit: string;
  end: number;
}

/** "(11 miles square)", "(116,347 sq mi)", "(about 930,000 mi)": the same figure in another unit. */
function restatementAfter(text: string, end: number, floor: number, asArea: boolean): Restatement | null {
  const open = skipSpaces(text, end, 1);
  if (text.charCodeAt(open) !== 40) return null;
  let at = skipSpaces(text, open + 1, 1);
  const hedge = wordAt(text, at);
  if (hedge && RESTATEMENT_HEDGES.has(hedge.lower)) at = skipSpaces(text, hedge.end, 1);
  if (!isDigit(text.charCodeAt(at)) && !isLetter(text.charCodeAt(at))) return null;
  const number = readNumberAt(text, at, floor);
  if (!number || number.kind !== 'cardinal' || number.excluded) return null;
  const unit = matchUnit(text, number.end);
  if (!unit) return null;
  const close = skipSpaces(text, unit.end, 1);
  if (text.charCodeAt(close) !== 41) return null;
  const factor = asArea && unit.record.dimension === 'length' ? unit.record.factor ** 2 : unit.record.factor;
  return { text: text.slice(open + 1, close), value: Math.round(number.value * factor * 100) / 100, unit: asArea ? 'km2' : unit.record.unit, end: close + 1 };
}

/** Keep converted values readable (28.49 rather than 28.489890000000003) while exact for integers. */
function round(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.round(value * 1e6) / 1e6;
}

/** Whether a bare length unit measures an area here: "an area of 120 kilometers", "70km of territory". */
function lengthIsArea(text: string, before: WordsBefore, unit: UnitMatch): boolean {
  return AREA_BEFORE.endOf(before) !== null || AREA_AFTER.startOf(new WordsAfter(text, unit.end, false)) !== null;
}

/** Characters that, right next to a figure, may change what it means: letters aside, these send it down the full path. */
const MEANINGFUL_BEFORE = new Set([...'$£€¥₹#+-–—~(./@°'].map((c) => c.charCodeAt(0)));
const MEANINGFUL_AFTER = new Set([...'%-–—~(./:°\'’"'].map((c) => c.charCodeAt(0)));

/**
 * Whether nothing around a figure can change it: no word, symbol or connector on either side within a few
 * spaces ("1, 2, 3", a table of figures). Hedges, units, cues and ranges all need one, so such a figure is
 * a bare count or a year, and dense runs of figures cost no more than news text.
 */
function isBare(text: string, token: NumberToken, floor: number): boolean {
  let before = token.start;
  const lowest = Math.max(floor, before - 3);
  while (before > lowest && isInlineSpace(text.charCodeAt(before - 1))) before--;
  if (before > floor) {
    const code = text.charCodeAt(before - 1);
    if (isLetter(code) || MEANINGFUL_BEFORE.has(code)) return false;
  }
  const after = skipSpaces(text, token.end, 3);
  if (after < text.length) {
    const code = text.charCodeAt(after);
    if (isLetter(code) || MEANINGFUL_AFTER.has(code)) return false;
  }
  return true;
}

/** A quantity read from the number alone: a bare count, a bare year, or an ordinal word. */
function bareQuantity(text: string, token: NumberToken, excluded: 'ordinal' | null): Quantity {
  const year = token.plain && token.digitCount === 4 && token.value >= 1900 && token.value <= 2099;
  const reason = excluded ?? (year ? 'year' : null);
  const value = token.value;
  return {
    text: text.slice(token.start, token.end), span: [token.start, token.end], numberSpan: [token.start, token.end],
    value, low: value, high: value, unit: null, dimension: excluded ?? (year ? 'year' : 'count'), qualifier: 'exact',
    incremental: false, fraction: token.kind === 'fraction', restated: null, excluded: reason,
  };
}

function readQuantity(text: string, at: number, floor: number): Quantity | null {
  const token: NumberToken | null = readNumberAt(text, at, floor);
  if (!token) return null;
  if (token.digits && !token.excluded && !token.leadingZero && token.kind === 'cardinal' && isBare(text, token, floor)) {
    return bareQuantity(text, token, null);
  }
  // an ordinal word ("first", "the third day") needs no context: it is never a count
  if (!token.digits && token.kind === 'ordinal') return bareQuantity(text, token, 'ordinal');

  // "Eleven(11)": one quantity
  if (!token.digits && token.kind === 'cardinal') {
    const close = digitsInParentheses(text, token.end, token.value);
    if (close > 0) token.end = close;
  }
  if (token.digits && !token.excluded && gluedToLetters(text, token.start)) {
    token.excluded = { reason: 'identifier', dimension: 'other' };
  }
  const numberStart = token.start;
  let numberEnd = token.end;
  let value = token.value;
  let low = token.low ?? value;
  let high = token.high ?? value;
  let qualifier: Qualifier | null = token.kind === 'vague' ? 'vague' : null;
  let last = token;
  const beforeNumber = new WordsBefore(text, token.start, floor);

  const currency = token.digits ? currencyBefore(text, token.start) : null;
  // "£100m", "481.42m yuan": next to a currency, an attached "m" is million, not metres
  if ((text.charCodeAt(numberEnd) | 32) === 109 && !isLetter(text.charCodeAt(numberEnd + 1)) && token.scale === 1 && token.digits
    && (currency || MONEY_WORD_SET.has(new WordsAfter(text, numberEnd + 1).at(0)?.lower ?? ''))) {
    value *= 1e6;
    low = high = value;
    numberEnd += 1;
  }

  const range = currency ? null : rangeAfter(text, token, floor, beforeNumber);
  let rangeStart: number | null = null;
  if (range) {
    last = range.second;
    numberEnd = range.second.end;
    value = low = range.lowValue;
    high = range.second.value;
    qualifier = 'range';
    rangeStart = range.prefixStart;
  }
  const afterNumber = new WordsAfter(text, numberEnd);

  // "20 more", "thousands more"
  const moreEnd = incrementAfter(afterNumber);
  let unitFrom = moreEnd ?? numberEnd;
  // "hundreds of square kilometres"
  if (token.kind === 'vague' && !range && afterNumber.at(0)?.lower === 'of') unitFrom = afterNumber.at(0)!.end;
  const unit = currency || token.kind === 'ordinal' || token.excluded ? null : matchUnit(text, unitFrom);

  const prefixFrom = rangeStart ?? currency?.start ?? token.start;
  const beforePrefixFrom = prefixFrom === token.start ? beforeNumber : new WordsBefore(text, prefixFrom, floor);
  const prefix = prefixBefore(beforePrefixFrom, prefixFrom);
  const prefixStart = prefix.start;
  const beforePrefix = prefixStart === token.start ? beforeNumber : new WordsBefore(text, prefixStart, floor);
  if (!qualifier) qualifier = prefix.qualifier;

  let dimension: 'area' | 'length' | null = null;
  let unitName: string | null = null;
  let factor = 1;
  let end = Math.max(numberEnd, moreEnd ?? 0);
  if (unit) {
    end = unit.end;
    if (unit.record.dimension === 'area') {
      dimension = 'area';
      factor = unit.record.factor;
    } else if (lengthIsArea(text, beforePrefix, unit)) {
      dimension = 'area';
      factor = unit.record.factor ** 2;
    } else {
      dimension = 'length';
      factor = unit.record.factor;
    }
    unitName = dimension === 'area' ? 'km2' : 'km';
  }

  let restated: Quantity['restated'] = null;
  if (dimension) {
    const restatement = restatementAfter(text, end, floor, dimension === 'area');
    if (restatement) {
      restated = { text: restatement.text, value: restatement.value, unit: restatement.unit };
      end = restatement.end;
    }
  }

  const after = hedgeAfter(end === numberEnd ? afterNumber : new WordsAfter(text, end), end);
  // "about 500 or more": the stated bound says more than the approximation
  const boundAfter = after.qualifier === 'at_least' || after.qualifier === 'at_most';
  if (after.qualifier && (!qualifier || (qualifier === 'approx' && boundAfter))) {
    qualifier = after.qualifier;
    end = after.end;
  }
  const finalQualifier: Qualifier = qualifier ?? 'exact';

  const context: Context = {
    text, floor, token, last, isRange: range !== null, prefixStart, numberEnd, unit, dimension,
    hedged: prefix.qualifier !== null, currency: currency?.code ?? null,
    after: afterNumber, before: beforePrefix, beforeNumber,
  };
  const exclusion: Exclusion | null = range?.yearSpan ? exclude('year', 'year') : exclusionFor(context);
  // intervals: hedges widen a single figure; ranges and vague amounts carry their own bounds
  if (finalQualifier !== 'range' && finalQualifier !== 'vague') {
    const [lowFactor, highFactor] = HEDGE_INTERVALS[finalQualifier];
    low = value * lowFactor;
    high = value * highFactor;
  }
  value = round(value * factor);
  low = round(low * factor);
  high = round(high * factor);

  let dimensionOut: Dimension = dimension ?? 'count';
  let unitOut: string | null = unitName;
  if (exclusion) {
    dimensionOut = exclusion.dimension;
    if (exclusion.unit !== undefined) unitOut = exclusion.unit;
    else if (!dimension) unitOut = null;
    if (exclusion.end !== undefined && exclusion.end > end) end = exclusion.end;
  }

  const start = Math.max(floor, prefixStart);
  return {
    text: text.slice(start, end),
    span: [start, end],
    numberSpan: [numberStart, numberEnd],
    value,
    low: Math.min(low, value),
    high: Math.max(high, value),
    unit: unitOut,
    dimension: dimensionOut,
    qualifier: finalQualifier,
    incremental: prefix.incremental || moreEnd !== null,
    fraction: token.kind === 'fraction',
    restated,
    excluded: exclusion?.reason ?? null,
  };
}
