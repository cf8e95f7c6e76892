// Finder for figures written with digits: "45,000", "1.5", "1200", "3 million", "5bn", and the
// digit shapes that are never counts on their own ("16:39", "9/11", "2017-08-19", "23rd", "1990s").
import { SCALES, SCALE_ABBREVIATIONS, SCALE_LETTERS } from '../data/numbers.js';
import { excludedToken, type NumberToken } from './token.js';
import { isDash, isDigit, isLetter, lettersEnd, skipSpaces, wordAt } from './text.js';

/** Longer unseparated digit runs are codes or phone numbers, not counts (and would lose precision). */
const MAX_PLAIN_DIGITS = 10;
/** At most this many ",ddd" groups: 999 trillion is more than any count in the news. */
const MAX_GROUPS = 4;
const MAX_DECIMALS = 10;

function digitRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** Exactly three digits at i, then no fourth: a thousands group. */
function isThousandsGroup(text: string, i: number): boolean {
  return isDigit(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))
    && !isDigit(text.charCodeAt(i + 3));
}

/** Read the figure whose first digit is at i (the char before it is not a digit). Always returns a token that ends after i. */
export function parseDigits(text: string, i: number): NumberToken {
  const runEnd = digitRunEnd(text, i);
  const runLength = runEnd - i;
  if (runLength > MAX_PLAIN_DIGITS) return excludedToken(i, runEnd, Number(text.slice(i, i + MAX_PLAIN_DIGITS)), 'identifier', 'other');

  let j = runEnd;
  let separated = false;
  let decimal = false;
  const leadingZero = runLength > 1 && text.charCodeAt(i) === 48;

  // thousands separators: "45,000", "1,234,567"
  if (runLength <= 3 && !leadingZero) {
    for (let groups = 0; groups < MAX_GROUPS && text.charCodeAt(j) === 44 && isThousandsGroup(text, j + 1); groups++) {
      j += 4;
      separated = true;
    }
  }

  const next = text.charCodeAt(j);
  // decimals "1.5"; a second dot makes it a dotted code or date ("17.08.2017", "192.168.1.2")
  if (next === 46 && isDigit(text.charCodeAt(j + 1))) {
    const decimalsEnd = digitRunEnd(text, j + 1);
    if (text.charCodeAt(decimalsEnd) === 46 && isDigit(text.charCodeAt(decimalsEnd + 1)) && !separated) {
      return dottedRun(text, i, decimalsEnd);
    }
    if (decimalsEnd - (j + 1) <= MAX_DECIMALS) {
      j = decimalsEnd;
      decimal = true;
    } else {
      return excludedToken(i, decimalsEnd, 0, 'identifier', 'other');
    }
  } else if (next === 58 && !separated && runLength <= 2 && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2))
    && !isDigit(text.charCodeAt(j + 3))) {
    // "16:39", "16:39:05"
    let end = j + 3;
    if (text.charCodeAt(end) === 58 && isDigit(text.charCodeAt(end + 1)) && isDigit(text.charCodeAt(end + 2))) end += 3;
    return excludedToken(i, end, Number(text.slice(i, j)), 'time', 'time');
  } else if (next === 47 && !separated && isDigit(text.charCodeAt(j + 1))) {
    return slashed(text, i, j);
  } else if (!separated && isDash(next) && isDigit(text.charCodeAt(j + 1))) {
    const dashed = dashedRun(text, i, j);
    if (dashed) return dashed;
  }

  const numberText = separated ? text.slice(i, j).replaceAll(',', '') : text.slice(i, j);
  let value = Number(numberText);
  const token: NumberToken = {
    start: i, end: j, value, kind: 'cardinal', digits: true, plain: !separated && !decimal,
    digitCount: runLength, scale: 1,
  };

  // attached letters: ordinal suffix, decade, scale abbreviation ("23rd", "1990s", "5bn")
  if (isLetter(text.charCodeAt(j))) {
    const lettersStop = lettersEnd(text, j);
    const suffix = text.slice(j, lettersStop).toLowerCase();
    if (!decimal && (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th')) {
      return { ...token, end: lettersStop, kind: 'ordinal', plain: false, excluded: { reason: 'ordinal', dimension: 'ordinal' } };
    }
    if (suffix === 's' && !decimal && !separated && value % 10 === 0) {
      return { ...token, end: lettersStop, plain: false, excluded: { reason: 'year', dimension: 'year' } };
    }
    const abbreviation = SCALE_ABBREVIATIONS[suffix] ?? SCALE_LETTERS[text.slice(j, lettersStop)];
    if (abbreviation) {
      value *= abbreviation.value;
      return { ...token, end: lettersStop, value, plain: false, scale: abbreviation.value };
    }
    return token; // units ("10km") and codes ("3G") are decided by the caller
  }

  // spaced scale word: "3 million", "1.2 billion", "2.5 bn", "322 hundred"
  const wordStart = skipSpaces(text, j, 2);
  if (wordStart > j) {
    const word = wordAt(text, wordStart);
    if (word) {
      // "3 dozens" counts dozens; a spaced "k" is too often something else
      const scale = SCALES[word.lower === 'dozens' ? 'dozen' : word.lower] ?? (word.lower === 'k' ? undefined : SCALE_ABBREVIATIONS[word.lower]);
      if (scale && !leadingZero) {
        return { ...token, end: word.end, value: value * scale.value, plain: false, scale: scale.value };
      }
    }
  }
  if (leadingZero && !decimal) token.leadingZero = true;
  return token;
}

/** "17.08.2017" is a date; other dotted runs ("192.168.1.2") are codes. */
function dottedRun(text: string, i: number, from: number): NumberToken {
  let end = from;
  let groups = 2;
  const limit = Math.min(text.length, i + 40);
  while (end < limit && text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))) {
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
  if (text.charCodeAt(secondEnd) === 47 && isDigit(text.charCodeAt(secondEnd + 1))) {
    const thirdEnd = Math.min(digitRunEnd(text, secondEnd + 1), secondEnd + 5);
    return excludedToken(i, thirdEnd, first, 'date', 'date');
  }
  if (slash - i === 4 && first >= 1900 && first <= 2099) return excludedToken(i, secondEnd, first, 'year', 'year');
  if (slash - i <= 2 && secondEnd - slash - 1 <= 2 && first < second && second <= 10 && first > 0) {
    return {
      start: i, end: secondEnd, value: first / second, kind: 'fraction', digits: true, plain: false,
      digitCount: slash - i, scale: 1,
    };
  }
  return excludedToken(i, secondEnd, first, 'identifier', 'other');
}

/** Three or more dash-separated digit groups: an ISO date ("2017-08-19") or a phone-like code. */
function dashedRun(text: string, i: number, dash: number): NumberToken | null {
  const secondEnd = digitRunEnd(text, dash + 1);
  if (!(isDash(text.charCodeAt(secondEnd)) && isDigit(text.charCodeAt(secondEnd + 1)))) return null;
  let end = secondEnd;
  let groups = 2;
  const limit = Math.min(text.length, i + 40);
  while (end < limit && isDash(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1))) {
    end = digitRunEnd(text, end + 1);
    groups++;
  }
  const isoDate = groups === 3 && dash - i === 4 && secondEnd - dash - 1 === 2 && end - secondEnd - 1 === 2;
  return excludedToken(i, end, Number(text.slice(i, dash)), isoDate ? 'date' : 'identifier', isoDate ? 'date' : 'other');
}
