// Refiners that decide why a number cannot be a claim (a year, a date, a duration, a distance...).
// They run in the declared order below; the first that fires wins. Each looks only at a bounded
// window around the number.
import type { Dimension } from '../model.js';
import {
  AGE_CUES_BEFORE, COUNT_NOUNS, IDENTIFIER_HEADS, MONTHS, MULTIPLIER_WORDS, NOT_PLURAL_NOUNS, ONE_IDIOMS_AFTER,
  ONE_IDIOMS_BEFORE, TIME_CUES_AFTER, YEAR_CUES_BEFORE,
} from '../data/numbers.js';
import {
  DISTANCE_CUES_AFTER, DISTANCE_CUES_BEFORE, DURATION_UNITS, ELEVATION_CUES_AFTER, ELEVATION_CUES_BEFORE, MONEY_WORDS,
  PERCENT_WORDS,
} from '../data/units.js';
import type { NumberToken } from './token.js';
import {
  isDash, isInlineSpace, isLetter, isUpper, PhraseIndex, skipSpaces, skipSpacesBack, wordBefore, WordsAfter, WordsBefore,
  type Word,
} from './text.js';
import type { UnitMatch } from './units.js';
import { codeAt } from '../text/chars.js';

// Maps, not objects, for lookups by a word read from the text: an object lookup interns every such string.
const MONTHS_BY_WORD = new Map(Object.entries(MONTHS));
const MONEY_WORDS_BY_WORD = new Map(Object.entries(MONEY_WORDS));
const DURATION_UNITS_BY_WORD = new Map(Object.entries(DURATION_UNITS));

export interface Context {
  text: string;
  /** Nothing before this offset belongs to this quantity (the previous one ends there). */
  floor: number;
  /** The (first) number and, for a range, the last one. */
  token: NumberToken;
  last: NumberToken;
  isRange: boolean;
  /** Start of the hedge/increment words before the number, or the number start. */
  prefixStart: number;
  /** End of the number (the last bound of a range), before any unit. */
  numberEnd: number;
  unit: UnitMatch | null;
  dimension: 'area' | 'length' | null;
  hedged: boolean;
  currency: string | null;
  /** Words after the number (the last bound), before its hedge (or the number) and before the number itself. */
  after: WordsAfter;
  before: WordsBefore;
  beforeNumber: WordsBefore;
}

export interface Exclusion {
  reason: string;
  dimension: Dimension;
  /** The unit to report, or undefined to keep the quantity's own. */
  unit: string | null | undefined;
  /** Words that belong to the excluded quantity's surface ("six days", "20 per cent"), or undefined. */
  end: number | undefined;
}

/** Every exclusion is made here, all fields set, so they share one object shape. */
export function exclude(reason: string, dimension: Dimension, unit: string | null | undefined = undefined, end: number | undefined = undefined): Exclusion {
  return { reason, dimension, unit, end };
}

interface Refiner {
  name: string;
  /** Why the refiner sits where it does in the order. */
  why: string;
  run: (c: Context) => Exclusion | null;
}

const DISTANCE_AFTER = PhraseIndex.of(DISTANCE_CUES_AFTER);
const DISTANCE_BEFORE = PhraseIndex.of(DISTANCE_CUES_BEFORE);
const ELEVATION_AFTER = PhraseIndex.of(ELEVATION_CUES_AFTER);
const ELEVATION_BEFORE = PhraseIndex.of(ELEVATION_CUES_BEFORE);
const AGE_BEFORE = PhraseIndex.of([...AGE_CUES_BEFORE, 'aged between']);
const PERCENT_AFTER = PhraseIndex.of(PERCENT_WORDS);
const ONE_BEFORE = new PhraseIndex(ONE_IDIOMS_BEFORE.map((p) => p.words));
const ONE_AFTER = new PhraseIndex(ONE_IDIOMS_AFTER.map((p) => p.words));
const TIME_AFTER = new Set(TIME_CUES_AFTER);
const COUNT_NOUN_SET = new Set(COUNT_NOUNS);
const NOT_PLURAL = new Set(NOT_PLURAL_NOUNS);
const YEAR_CUES = new Set(YEAR_CUES_BEFORE);
const HEADS = new Set(IDENTIFIER_HEADS);
const MULTIPLIERS = new Set(MULTIPLIER_WORDS);


export function isYearShape(token: NumberToken): boolean {
  return token.plain && token.digitCount === 4 && token.value >= 1900 && token.value <= 2099;
}

/** A capitalised month name (or "Aug." abbreviation) as this word. */
function isMonthWord(text: string, word: Word | null | undefined): boolean {
  return !!word && MONTHS_BY_WORD.has(word.lower) && isUpper(codeAt(text, word.start));
}

/** The month right before `i`, allowing an abbreviation's dot ("Aug. 23"). */
function monthBefore(text: string, i: number, floor: number): boolean {
  const direct = wordBefore(text, i, floor);
  if (isMonthWord(text, direct)) return true;
  const beforeSpace = skipSpacesBack(text, i, floor);
  if (codeAt(text, beforeSpace - 1) === 46) return isMonthWord(text, wordBefore(text, beforeSpace - 1, floor));
  return false;
}

/** The month right after the number, also across "of" ("23rd of August"). */
function monthAfter(text: string, words: WordsAfter): boolean {
  const first = words.at(0);
  return isMonthWord(text, first) || (first?.lower === 'of' && isMonthWord(text, words.at(1)));
}

/** Evidence that a figure counts things: a plural noun or a count noun right after it. */
function countNounAfter(c: Context): boolean {
  const next = c.after.at(0);
  if (!next) return false;
  if (COUNT_NOUN_SET.has(next.lower)) return true;
  const lowerCase = !isUpper(codeAt(c.text, next.start));
  return lowerCase && next.lower.length > 3 && next.lower.endsWith('s') && !NOT_PLURAL.has(next.lower);
}

/** The word before a number that hangs on it by a hyphen ("F-16", "mid-2014"). */
function hyphenatedPrefix(c: Context): Word | null {
  const start = c.token.start;
  if (!isDash(codeAt(c.text, start - 1)) || !isLetter(codeAt(c.text, start - 2))) return null;
  return wordBefore(c.text, start - 1, c.floor);
}

/** A lower-case word of four letters or more glued to a figure: a lost space, as in "killed 100000people". */
function gluedWord(text: string, at: number): boolean {
  let end = at;
  while (end < at + 4 && codeAt(text, end) >= 97 && codeAt(text, end) <= 122) end++;
  return end === at + 4;
}

/** "10 a.m.", "10am", "10.30 pm": the end of the am/pm marker, or -1. */
function meridiemEnd(text: string, i: number): number {
  let at = i;
  if (isInlineSpace(codeAt(text, at))) at++;
  const first = codeAt(text, at) | 32;
  if (first !== 97 && first !== 112) return -1;
  at++;
  if (codeAt(text, at) === 46) at++;
  if ((codeAt(text, at) | 32) !== 109) return -1;
  at++;
  if (codeAt(text, at) === 46) at++;
  return isLetter(codeAt(text, at)) ? -1 : at;
}

const shape: Refiner = {
  name: 'shape',
  why: 'first: the digits alone already say it ("16:39", "9/11", "23rd")',
  run: (c) => {
    const token = c.token;
    if (token.kind === 'ordinal') {
      // a day of the month: "August 23rd", "23rd of August", "on the 23rd"
      if (token.digits && token.value <= 31) {
        if (monthBefore(c.text, token.start, c.floor) || monthAfter(c.text, c.after)
          || c.before.endWith(['on', 'the'])) {
          return exclude('date', 'date');
        }
      }
      return exclude('ordinal', 'ordinal');
    }
    return token.excluded ? exclude(token.excluded.reason, token.excluded.dimension) : null;
  },
};

const money: Refiner = {
  name: 'money',
  why: 'before units: "$5 million" has no area unit but "5 million dollars" has a currency word',
  run: (c) => {
    if (c.currency) return exclude('money', 'money', c.currency);
    // "8.5p", "25p": pence glued to the figure (a glued "m" or "bn" was read as a scale already)
    if (codeAt(c.text, c.numberEnd) === 112 && !isLetter(codeAt(c.text, c.numberEnd + 1))) {
      return exclude('money', 'money', 'GBP', c.numberEnd + 1);
    }
    // "5 million dollars", and "billions of dollars" for vague amounts
    const next = c.token.kind === 'vague' && c.after.at(0)?.lower === 'of' ? c.after.at(1) : c.after.at(0);
    const code = next ? MONEY_WORDS_BY_WORD.get(next.lower) : undefined;
    if (next && code) return exclude('money', 'money', code, next.end);
    return null;
  },
};

const percent: Refiner = {
  name: 'percent',
  why: 'a share, never a count',
  run: (c) => {
    const at = skipSpaces(c.text, c.numberEnd, 1);
    if (codeAt(c.text, at) === 37) return exclude('percent', 'percent', '%', at + 1);
    const match = PERCENT_AFTER.startOf(c.after);
    if (match) return exclude('percent', 'percent', '%', c.after.at(match.length - 1)!.end);
    return null;
  },
};

const lengthContext: Refiner = {
  name: 'distance',
  why: 'only lengths: "330 kilometers north of Damascus", "1,500 metres above sea level"',
  run: (c) => {
    if (c.dimension !== 'length') return null;
    // the cues follow the unit: "330 kilometers north of", "2,000-metre-high"
    const after = new WordsAfter(c.text, c.unit ? c.unit.end : c.numberEnd);
    const before = c.before;
    if (ELEVATION_AFTER.startOf(after) || ELEVATION_BEFORE.endOf(before)) return exclude('elevation', 'length', 'km');
    if (DISTANCE_AFTER.startOf(after) || DISTANCE_BEFORE.endOf(before)) return exclude('distance', 'length', 'km');
    return null;
  },
};

const time: Refiner = {
  name: 'time',
  why: 'before durations and years: "at 0914", "1500 GMT", "10 a.m."',
  run: (c) => {
    const token = c.token;
    if (!token.digits || c.isRange) return null;
    const meridiem = meridiemEnd(c.text, c.numberEnd);
    // "10 pm", and "1100 pm" as some wires write it
    const clock = token.value <= 12 || (token.plain && token.value % 100 < 60 && token.value <= 1259);
    if (meridiem > 0 && clock) return exclude('time', 'time', undefined, meridiem);
    const next = c.after.at(0);
    if (next && TIME_AFTER.has(next.lower) && token.value <= 2400) return exclude('time', 'time', undefined, next.end);
    const before = c.beforeNumber.at(0);
    if (before && (before.lower === 'gmt' || before.lower === 'utc')) return exclude('time', 'time');
    if (before?.lower === 'at' && token.plain && (token.digitCount === 4 || token.digitCount === 3)) {
      const hours = Math.floor(token.value / 100);
      const minutes = token.value % 100;
      const clockLike = hours <= 23 && minutes <= 59;
      if (clockLike && (token.leadingZero || (!isYearShape(token) && !countNounAfter(c)))) return exclude('time', 'time');
    }
    return null;
  },
};

const age: Refiner = {
  name: 'age',
  why: 'before durations: "17 years old" would otherwise read as a duration',
  run: (c) => {
    const after = c.after;
    const first = after.at(0)?.lower;
    if (first === 'year' || first === 'years') {
      const second = after.at(1);
      if (second?.lower === 'old' || second?.lower === 'olds') return exclude('age', 'age', 'year', second.end);
      const third = after.at(2);
      if (second?.lower === 'of' && third?.lower === 'age') return exclude('age', 'age', 'year', third.end);
    }
    if (AGE_BEFORE.endOf(c.before)) return exclude('age', 'age', 'year');
    return null;
  },
};

const duration: Refiner = {
  name: 'duration',
  why: '"six days", "six-year conflict", "hundreds of years", "half an hour"',
  run: (c) => {
    const after = c.after;
    const first = after.at(0)?.lower;
    let k = 0;
    if (c.token.kind === 'vague' && first === 'of') k = 1;
    if (c.token.kind === 'fraction' && (first === 'a' || first === 'an')) k = 1;
    const word = after.at(k);
    const unit = word ? DURATION_UNITS_BY_WORD.get(word.lower) : undefined;
    if (word && unit) return exclude('duration', 'duration', unit, word.end);
    return null;
  },
};

const date: Refiner = {
  name: 'date',
  why: '"August 23", "On August 19", "05 November": a day of the month next to a month name',
  run: (c) => {
    const token = c.token;
    if (!token.digits || !(token.plain || token.leadingZero) || token.value < 1 || token.value > 31 || token.digitCount > 2) return null;
    if (monthBefore(c.text, token.start, c.floor) || monthAfter(c.text, c.after)) return exclude('date', 'date');
    return null;
  },
};

const year: Refiner = {
  name: 'year',
  why: '"in 2014", "December 2015", "since 2013"; a figure in 1900-2099 is a count only with a count noun after it ("2000 people")',
  run: (c) => {
    const token = c.token;
    if (!isYearShape(token)) return null;
    if (c.isRange && !isYearShape(c.last)) return null;
    const before = c.beforeNumber.at(0);
    const prefix = hyphenatedPrefix(c);
    const strongCue = (before && YEAR_CUES.has(before.lower)) || monthBefore(c.text, token.start, c.floor)
      || (prefix !== null && YEAR_CUES.has(prefix.lower));
    if (!strongCue && (countNounAfter(c) || c.unit)) return null;
    return exclude('year', 'year');
  },
};

const identifier: Refiner = {
  name: 'identifier',
  why: '"Resolution 2254", "F-16", "MH17", "No. 5", "3G": a name with a number in it',
  run: (c) => {
    const { text, token } = c;
    const found: Exclusion = exclude('identifier', 'other');
    if (token.digits) {
      const previous = codeAt(text, token.start - 1);
      if (isLetter(previous) || previous === 35 /* # */ || previous === 43 /* + */) return found;
      const prefix = hyphenatedPrefix(c);
      if (prefix && (prefix.lower.length <= 2 || /[A-Z]/.test(text.slice(prefix.start, prefix.end)))) return found;
      // letters glued after: a code ("3G", "4x4"), unless they are a word whose space was lost ("100000people")
      if (!c.unit && isLetter(codeAt(text, c.numberEnd)) && !gluedWord(text, c.numberEnd)) return found;
      if (token.leadingZero) return found;
    }
    const beforeSpace = skipSpacesBack(text, token.start, c.floor);
    if (codeAt(text, beforeSpace - 1) === 46) {
      const abbreviation = wordBefore(text, beforeSpace - 1, c.floor);
      if (abbreviation && (abbreviation.lower === 'no' || abbreviation.lower === 'nos' || abbreviation.lower === 'nr')) return found;
    }
    if (c.hedged || c.isRange) return null;
    const before = c.beforeNumber.at(0);
    if (!before || before.end !== token.start - 1) return null;
    // "Resolution 2254 calls for" is a name, but "unit 20 soldiers" would be a count
    const next = c.after.at(0);
    if (next && COUNT_NOUN_SET.has(next.lower)) return null;
    if (HEADS.has(before.lower) && (before.lower !== 'no' || isUpper(codeAt(text, before.start)))) return found;
    // No rule for any capitalised word before a figure ("Apollo 11"): title-case headlines ("Bombs Kill 22 at
    // Army Checkpoint") and place names before counts ("Alsaliheen 8, Ansari 5") are far more common in the news.
    return null;
  },
};

const idiom: Refiner = {
  name: 'idiom',
  why: '"one of them said", "no one", "one another", "at one point": "one" as a pronoun',
  run: (c) => {
    const token = c.token;
    if (token.digits || c.isRange || token.value !== 1 || token.end - token.start !== 3) return null;
    if (ONE_BEFORE.endOf(c.before) || ONE_AFTER.startOf(c.after)) {
      return exclude('idiom', 'other');
    }
    return null;
  },
};

const multiplier: Refiner = {
  name: 'multiplier',
  why: '"three times as many", "a four-fold rise": a ratio, not a count',
  run: (c) => {
    const next = c.after.at(0);
    if (next && MULTIPLIERS.has(next.lower)) return exclude('multiplier', 'other', undefined, next.end);
    return null;
  },
};

/** The refiners in order. Those after `lengthContext` only run for figures with no area or length unit. */
export const REFINERS: readonly Refiner[] = [shape, money, percent, lengthContext, time, age, idiom, duration, date, year, identifier, multiplier];
const UNIT_REFINERS = 4;

export function exclusionFor(c: Context): Exclusion | null {
  const count = c.unit ? UNIT_REFINERS : REFINERS.length;
  for (let k = 0; k < count; k++) {
    const found = REFINERS[k]!.run(c);
    if (found) return found;
  }
  return null;
}
