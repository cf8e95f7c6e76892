// The quantity stage: one scan for number candidates (scanner.ts), then for each a bounded look around it.
// Order of work for one candidate (each step is a small module):
//   0. fast path  a figure with nothing around it, or an ordinal word (bare.ts)
//   1. finders    read the number (digits.ts, words.ts), and what is glued before it (adjacent.ts)
//   2. ranges     join a second bound ("550 to 600", "between 2 and 3 million")
//   3. hedges     read "about", "more than", "another" before and "or so", "more" after
//   4. units      attach an area/length unit, read "an area of 120 kilometers" as km2
//   5. restated   fold "(11 miles square)" and "Eleven(11)" into the quantity they restate (restatements.ts)
//   6. refiners   say why a number is not a claim (exclusions.ts)
// Before all of these, a run of six or more bare figures is one excluded "list of figures" (lists.ts).
import { HEDGE_INTERVALS } from '../data/hedges.js';
import { COUNT_NOUNS } from '../data/numbers.js';
import { MONEY_WORDS } from '../data/units.js';
import type { Dimension, Qualifier, Quantity } from '../model.js';
import { currencyBefore, gluedToLetters } from './adjacent.js';
import { bareQuantity, isBare } from './bare.js';
import { exclude, exclusionFor, type Context, type Exclusion } from './exclusions.js';
import { hedgeAfter, incrementAfter, prefixBefore } from './hedges.js';
import { rangeAfter } from './ranges.js';
import { readNumberAt } from './read.js';
import { digitsInParentheses, restatementAfter } from './restatements.js';
import { candidateScanner } from './scanner.js';
import type { NumberToken } from './token.js';
import { isLetter, WordsAfter, WordsBefore } from './text.js';
import { lengthIsArea, matchUnit, UNIT_WORDS } from './units.js';
import { figureList, figureListEnd } from './lists.js';
import { codeAt } from '../text/chars.js';

/** Words after "2m" that make the "m" million: a currency or something counted. */
const MILLION_CUES = new Set([...Object.keys(MONEY_WORDS), ...COUNT_NOUNS.filter((w) => !UNIT_WORDS.has(w))]);

/** Every quantity in `text`, in order of offset, claims or not (excluded ones say why). */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const scanner = candidateScanner();
  let floor = 0;
  for (let match = scanner.exec(text); match !== null; match = scanner.exec(text)) {
    const at = match.index;
    const listEnd = at > 0 && isLetter(codeAt(text, at - 1)) ? -1 : figureListEnd(text, at);
    // A list and a single figure share the rest of the loop: news seldom holds a list, and each
    // operation only a list reached would deoptimise the scan on the first table of figures.
    const quantity = listEnd > 0 ? figureList(text, at, listEnd) : readQuantity(text, at, floor);
    if (!quantity) continue;
    found.push(quantity);
    floor = quantity.span[1];
    if (scanner.lastIndex < floor) scanner.lastIndex = floor;
  }
  return found;
}

/** Keep converted values readable (28.49 rather than 28.489890000000003) while exact for integers. */
function round(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.round(value * 1e6) / 1e6;
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
  // "£100m", "481.42m yuan", "2m people": next to a currency or before a count noun, an attached "m" is million, not metres
  if (codeAt(text, numberEnd) === 109 && !isLetter(codeAt(text, numberEnd + 1)) && token.scale === 1 && token.digits
    && (currency || MILLION_CUES.has(new WordsAfter(text, numberEnd + 1, false).at(0)?.lower ?? ''))) {
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

  const after = hedgeAfter(text, end === numberEnd ? afterNumber : new WordsAfter(text, end), end);
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
