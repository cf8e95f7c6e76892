// Finder for figures written with digits: "45,000", "1.5", "1200", "3 million", "5bn", and the
// digit shapes that are never counts on their own ("16:39", "9/11", "2017-08-19", "23rd", "1990s").
import { SCALES, SCALE_ABBREVIATIONS, SCALE_LETTERS } from '../data/numbers.js';
import { excludedToken, makeToken, type NumberToken } from './token.js';
import { isDash, isDigit, isLetter, lettersEnd, skipSpaces, wordAt } from './text.js';
import { codeAt } from '../text/chars.js';

// Maps, not objects, for lookups by a word read from the text: an object lookup interns every such string.
const SCALES_BY_WORD = new Map(Object.entries(SCALES));
const SCALE_ABBREVIATIONS_BY_WORD = new Map(Object.entries(SCALE_ABBREVIATIONS));
const SCALE_LETTERS_BY_WORD = new Map(Object.entries(SCALE_LETTERS));

/** Longer unseparated digit runs are codes or phone numbers, not counts (and would lose precision). */
const MAX_PLAIN_DIGITS = 10;
/** At most this many ",ddd" groups: 999 trillion is more than any count in the news. */
const MAX_GROUPS = 4;
const MAX_DECIMALS = 10;

function digitRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && isDigit(codeAt(text, i))) i++;
  return i;
}

/** Exactly three digits at i, then no fourth: a thousands group. */
function isThousandsGroup(text: string, i: number): boolean {
  return isDigit(codeAt(text, i)) && isDigit(codeAt(text, i + 1)) && isDigit(codeAt(text, i + 2)) && !isDigit(codeAt(text, i + 3));
}

/** The integer written from i to end, skipping thousands commas; at most 22 digits, so exact enough and cheap. */
function integerValue(text: string, i: number, end: number): number {
  // -0 is no small integer: the sum is a double from the start, so a ten-digit figure cannot
  // overflow the small-integer arithmetic V8 speculates on after news text (and deoptimise).
  let value = -0;
  for (let k = i; k < end; k++) {
    const code = codeAt(text, k);
    if (code !== 44 && code !== 32) value = value * 10 + (code - 48);
  }
  return value;
}

/** Read the figure whose first digit is at i (the char before it is not a digit). Always returns a token that ends after i. */
export function parseDigits(text: string, i: number): NumberToken {
  // a phone number: "+44 20 7946 0000", "0207 946 0000"
  if (codeAt(text, i - 1) === 43 || (codeAt(text, i) === 48 && isDigit(codeAt(text, i + 1)))) {
    const phone = phoneRun(text, i);
    if (phone) return phone;
  }
  const runEnd = digitRunEnd(text, i);
  const runLength = runEnd - i;
  if (runLength > MAX_PLAIN_DIGITS) return excludedToken(i, runEnd, Number(text.slice(i, i + MAX_PLAIN_DIGITS)), 'identifier', 'other');

  let j = runEnd;
  let separated = false;
  let decimal = false;
  const leadingZero = runLength > 1 && codeAt(text, i) === 48;

  // thousands separators: "45,000", "1,234,567"
  if (runLength <= 3 && !leadingZero) {
    for (let groups = 0; groups < MAX_GROUPS && codeAt(text, j) === 44 && isThousandsGroup(text, j + 1); groups++) {
      j += 4;
      separated = true;
    }
  }

  // "300 000 civilians": a space before "000" can only be a thousands separator
  if (!separated && runLength <= 3 && !leadingZero) {
    for (let groups = 0; groups < MAX_GROUPS && codeAt(text, j) === 32 && text.startsWith('000', j + 1) && !isDigit(codeAt(text, j + 4)); groups++) {
      j += 4;
      separated = true;
    }
  }

  const next = codeAt(text, j);
  // decimals "1.5"; a second dot makes it a dotted code or date ("17.08.2017", "192.168.1.2")
  if (next === 46 && isDigit(codeAt(text, j + 1))) {
    const decimalsEnd = digitRunEnd(text, j + 1);
    if (codeAt(text, decimalsEnd) === 46 && isDigit(codeAt(text, decimalsEnd + 1)) && !separated) {
      return dottedRun(text, i, decimalsEnd);
    }
    if (decimalsEnd - (j + 1) <= MAX_DECIMALS) {
      j = decimalsEnd;
      decimal = true;
    } else {
      return excludedToken(i, decimalsEnd, 0, 'identifier', 'other');
    }
  } else if (next === 58 && !separated && runLength <= 2 && isDigit(codeAt(text, j + 1)) && isDigit(codeAt(text, j + 2))
    && !isDigit(codeAt(text, j + 3))) {
    // "16:39", "16:39:05"
    let end = j + 3;
    if (codeAt(text, end) === 58 && isDigit(codeAt(text, end + 1)) && isDigit(codeAt(text, end + 2))) end += 3;
    return excludedToken(i, end, Number(text.slice(i, j)), 'time', 'time');
  } else if (next === 47 && !separated && isDigit(codeAt(text, j + 1))) {
    return slashed(text, i, j);
  } else if (!separated && isDash(next) && isDigit(codeAt(text, j + 1))) {
    const dashed = dashedRun(text, i, j);
    if (dashed) return dashed;
  }

  let value = decimal ? Number(separated ? text.slice(i, j).replace(/[, ]/g, '') : text.slice(i, j)) : integerValue(text, i, j);
  // a mixed number: "2 1/2 miles", "2-1/2 years"
  if (!decimal && !separated && runLength <= 3) {
    const mixed = mixedFraction(text, j);
    if (mixed) {
      return makeToken(i, mixed.end, value + mixed.value, 'cardinal', true, false, runLength);
    }
  }
  const token = makeToken(i, j, value, 'cardinal', true, !separated && !decimal, runLength);

  // attached letters: ordinal suffix, decade, scale abbreviation ("23rd", "1990s", "5bn")
  if (isLetter(codeAt(text, j))) {
    const lettersStop = lettersEnd(text, j);
    const suffix = text.slice(j, lettersStop).toLowerCase();
    if (!decimal && (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th')) {
      token.end = lettersStop;
      token.kind = 'ordinal';
      token.plain = false;
      token.excluded = { reason: 'ordinal', dimension: 'ordinal' };
      return token;
    }
    // a decade: "1990s", "the 80s" (not "100s of people")
    if (suffix === 's' && !decimal && !separated && value % 10 === 0 && (runLength === 4 || runLength === 2)) {
      token.end = lettersStop;
      token.plain = false;
      token.excluded = { reason: 'year', dimension: 'year' };
      return token;
    }
    // "5bn", "10M", and a scale word whose space was lost: "1.2million"
    const abbreviation = SCALE_ABBREVIATIONS_BY_WORD.get(suffix) ?? SCALE_LETTERS_BY_WORD.get(text.slice(j, lettersStop))
      ?? (suffix.length > 4 ? SCALES_BY_WORD.get(suffix) : undefined);
    if (abbreviation) {
      value *= abbreviation.value;
      token.end = lettersStop;
      token.value = value;
      token.plain = false;
      token.scale = abbreviation.value;
      return token;
    }
    return token; // units ("10km") and codes ("3G") are decided by the caller
  }

  // spaced scale word: "3 million", "1.2 billion", "2.5 bn", "322 hundred", "$1.5-billion"
  const wordStart = isDash(codeAt(text, j)) && isLetter(codeAt(text, j + 1)) ? j + 1 : skipSpaces(text, j, 2);
  if (wordStart > j) {
    const word = wordAt(text, wordStart);
    if (word) {
      // "3 dozens" counts dozens; a spaced "k" is too often something else
      const scale = SCALES_BY_WORD.get(word.lower === 'dozens' ? 'dozen' : word.lower) ?? (word.lower === 'k' ? undefined : SCALE_ABBREVIATIONS_BY_WORD.get(word.lower));
      if (scale && !leadingZero) {
        token.end = word.end;
        token.value = value * scale.value;
        token.plain = false;
        token.scale = scale.value;
        return token;
      }
    }
  }
  if (leadingZero && !decimal) token.leadingZero = true;
  return token;
}

/** Three or more digit groups after a "+" or a leading zero, joined by single spaces (or hyphens after "+"): one code. */
function phoneRun(text: string, i: number): NumberToken | null {
  // hyphens only after "+": "01-02-2015" is a date
  const hyphens = codeAt(text, i - 1) === 43;
  let end = digitRunEnd(text, i);
  let groups = 1;
  while (groups < 6) {
    const separator = codeAt(text, end);
    if ((separator !== 32 && !(hyphens && separator === 45)) || !isDigit(codeAt(text, end + 1)) || !isDigit(codeAt(text, end + 2))) break;
    end = digitRunEnd(text, end + 1);
    groups++;
  }
  return groups >= 3 ? excludedToken(i, end, 0, 'identifier', 'other') : null;
}

/** " 1/2" or "-1/2" right after a whole number (`at` is the separator): a proper fraction with a one-digit denominator. */
function mixedFraction(text: string, at: number): { value: number; end: number } | null {
  const separator = codeAt(text, at);
  if (separator !== 32 && separator !== 45) return null;
  // "2  1/4"; an addition every time, not an increment news text never runs (it would deoptimise on digit tables)
  at += separator === 32 && codeAt(text, at + 1) === 32 ? 1 : 0;

  const numerator = codeAt(text, at + 1) - 48;
  const denominator = codeAt(text, at + 3) - 48;
  if (codeAt(text, at + 2) !== 47 || numerator < 1 || numerator > 9 || denominator < 2 || denominator > 9) return null;
  if (numerator >= denominator || isDigit(codeAt(text, at + 4))) return null;
  return { value: numerator / denominator, end: at + 4 };
}

/** "17.08.2017" is a date; other dotted runs ("192.168.1.2") are codes. */
function dottedRun(text: string, i: number, from: number): NumberToken {
  let end = from;
  let groups = 2;
  const limit = Math.min(text.length, i + 40);
  while (end < limit && codeAt(text, end) === 46 && isDigit(codeAt(text, end + 1))) {
    end = digitRunEnd(text, end + 1);
    groups++;
  }
  const parts = text.slice(i, end).split('.');
  const looksLikeDate = groups === 3 && (parts[0]?.length ?? 0) <= 2 && (parts[1]?.length ?? 0) <= 2
    && ((parts[2]?.length ?? 0) === 4 || (parts[2]?.length ?? 0) === 2);
  return excludedToken(i, end, Number(parts[0]), looksLikeDate ? 'date' : 'identifier', looksLikeDate ? 'date' : 'other');
}

/** "3/4" before a unit or "of" is a fraction; "9/11", "24/7" are names; "5/17/2018" is a date; "2013/14" a year span. */
function slashed(text: string, i: number, slash: number): NumberToken {
  const secondEnd = digitRunEnd(text, slash + 1);
  const first = Number(text.slice(i, slash));
  const second = Number(text.slice(slash + 1, secondEnd));
  if (codeAt(text, secondEnd) === 47 && isDigit(codeAt(text, secondEnd + 1))) {
    const thirdEnd = Math.min(digitRunEnd(text, secondEnd + 1), secondEnd + 5);
    return excludedToken(i, thirdEnd, first, 'date', 'date');
  }
  if (slash - i === 4 && first >= 1900 && first <= 2099) return excludedToken(i, secondEnd, first, 'year', 'year');
  if (slash - i <= 2 && secondEnd - slash - 1 <= 2 && first < second && second <= 10 && first > 0) {
    return makeToken(i, secondEnd, first / second, 'fraction', true, false, slash - i);
  }
  return excludedToken(i, secondEnd, first, 'identifier', 'other');
}

/** Three or more dash-separated digit groups: an ISO date ("2017-08-19") or a phone-like code. */
function dashedRun(text: string, i: number, dash: number): NumberToken | null {
  const secondEnd = digitRunEnd(text, dash + 1);
  if (!(isDash(codeAt(text, secondEnd)) && isDigit(codeAt(text, secondEnd + 1)))) return null;
  let end = secondEnd;
  let groups = 2;
  const limit = Math.min(text.length, i + 40);
  while (end < limit && isDash(codeAt(text, end)) && isDigit(codeAt(text, end + 1))) {
    end = digitRunEnd(text, end + 1);
    groups++;
  }
  // "2017-08-19" and "01-02-2015" (day-month-year, as news sites print them) are dates
  const first = dash - i;
  const second = secondEnd - dash - 1;
  const third = end - secondEnd - 1;
  const isoDate = groups === 3 && ((first === 4 && second <= 2 && third <= 2) || (first <= 2 && second <= 2 && (third === 4 || third === 2)));
  return excludedToken(i, end, Number(text.slice(i, dash)), isoDate ? 'date' : 'identifier', isoDate ? 'date' : 'other');
}
