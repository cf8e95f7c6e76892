// Finder for figures written in words: cardinals ("two thousand five hundred", "one hundred and three",
// "a dozen"), fractions ("two-thirds", "a quarter", "half"), vague amounts ("dozens", "tens of thousands",
// "several hundred") and ordinal words ("first").
import {
  CARDINALS, FRACTION_DENOMINATORS, ORDINALS, SCALES, VAGUE_AMOUNTS, VAGUE_DETERMINERS, VAGUE_MULTIPLIERS,
} from '../data/numbers.js';
import { makeToken, vagueToken, type NumberToken } from './token.js';
import { endsWithPhrase, isDash, isUpper, skipSpaces, wordAt, wordsBefore, type Word } from './text.js';
import { codeAt } from '../text/chars.js';

// Maps, not objects, for lookups by a word read from the text: an object lookup interns every such string.
const CARDINALS_BY_WORD = new Map(Object.entries(CARDINALS));
const FRACTION_DENOMINATORS_BY_WORD = new Map(Object.entries(FRACTION_DENOMINATORS));
const ORDINALS_BY_WORD = new Map(Object.entries(ORDINALS));
const SCALES_BY_WORD = new Map(Object.entries(SCALES));
const VAGUE_AMOUNTS_BY_WORD = new Map(Object.entries(VAGUE_AMOUNTS));
const VAGUE_MULTIPLIERS_BY_WORD = new Map(Object.entries(VAGUE_MULTIPLIERS));

const MAX_WORDS = 16;

type Last = 'none' | 'unit' | 'tens' | 'hundred' | 'scale' | 'and' | 'dozen';

/** The word after a number word: across spaces, or a hyphen with optional spaces ("twenty-one", "fifty - two"). */
function nextWord(text: string, i: number): Word | null {
  let at = skipSpaces(text, i);
  if (at < text.length && isDash(codeAt(text, at))) at = skipSpaces(text, at + 1);
  return wordAt(text, at);
}

function isArticle(word: Word | undefined): boolean {
  return word !== undefined && (word.lower === 'a' || word.lower === 'an');
}

function token(start: number, end: number, value: number, kind: NumberToken['kind'], scale = 1): NumberToken {
  return makeToken(start, end, value, kind, false, false, 0, scale);
}

/** Read the number phrase whose first word starts at i; null when the word is not a number here. */
export function parseWords(text: string, i: number, floor: number): NumberToken | null {
  const token = parseWordsAt(text, i, floor);
  return token && token.kind === 'fraction' ? fractionOfScale(text, token) : token;
}

/** "a quarter of a million", "two thirds of a million": a count, not a share. */
function fractionOfScale(text: string, fraction: NumberToken): NumberToken {
  const of = nextWord(text, fraction.end);
  if (of?.lower !== 'of') return fraction;
  const article = nextWord(text, of.end);
  if (!article || !isArticle(article)) return fraction;
  const scaleWord = nextWord(text, article.end);
  const scale = scaleWord ? SCALES_BY_WORD.get(scaleWord.lower) : undefined;
  if (!scaleWord || !scale || scale.value < 1000) return fraction;
  return token(fraction.start, scaleWord.end, fraction.value * scale.value, 'cardinal', scale.value);
}

function parseWordsAt(text: string, i: number, floor: number): NumberToken | null {
  const first = wordAt(text, i);
  if (!first) return null;
  const w = first.lower;
  // plain cardinals ("two", "twenty") need nothing before them; the rest may take "a", "several"...
  if (CARDINALS_BY_WORD.has(w)) return cardinal(text, first, first.start, 0);
  if (VAGUE_AMOUNTS_BY_WORD.has(w) || w === 'tens') return vague(text, first);
  const before = wordsBefore(text, i, 2, floor);
  const article = isArticle(before[0]);
  if (w === 'half') return half(text, first, before);
  if (!SCALES_BY_WORD.has(w)) {
    // a denominator or ordinal with no number before it: "a third of", "the third day", "first"
    const denominator = FRACTION_DENOMINATORS_BY_WORD.get(w);
    if (denominator && article) {
      const after = nextWord(text, first.end);
      const fractionHere = w === 'quarter' || !after || after.lower === 'of';
      if (fractionHere) return token(before[0]!.start, first.end, 1 / denominator.value, 'fraction');
    }
    const ordinal = ORDINALS_BY_WORD.get(w);
    if (ordinal) return token(first.start, first.end, ordinal.value, 'ordinal');
    return null;
  }

  // a scale with no number before it: "a hundred", "a dozen", "several hundred", bare "thousand"
  let start = first.start;
  let current = 0;
  if (SCALES_BY_WORD.has(w)) {
    if (article) {
      start = before[0]!.start;
      current = 1;
    } else {
      const determiner = VAGUE_DETERMINERS.find((d) => endsWithPhrase(before, d.words));
      if (determiner) {
        const scale = SCALES_BY_WORD.get(w)!.value;
        const detStart = before[determiner.words.length - 1]!.start;
        const high = w === 'dozen' ? 99 : scale * 10 - 1;
        return vagueToken(detStart, first.end, scale * 2, high);
      }
    }
  }
  return cardinal(text, first, start, current);
}

function cardinal(text: string, first: Word, start: number, initial: number): NumberToken | null {
  let total = 0;
  let current = initial;
  let last: Last = initial > 0 ? 'unit' : 'none';
  let end = first.start;
  let word: Word | null = first;
  let largestScale = 1;
  // the longest English number phrase ("seven hundred and seventy-seven thousand seven hundred and seventy-seven")
  // has 13 words: more is not one number, and the cap keeps adversarial input linear
  for (let words = 0; word && words < MAX_WORDS; words++) {
    const w = word.lower;
    const cardinalWord = CARDINALS_BY_WORD.get(w);
    if (cardinalWord) {
      const v = cardinalWord.value;
      if (last === 'tens' && v >= 1 && v <= 9) {
        current += v;
        last = 'unit';
      } else if (last === 'none' || last === 'hundred' || last === 'scale' || last === 'and') {
        current += v;
        last = v >= 20 && v % 10 === 0 ? 'tens' : 'unit';
      } else {
        break; // "one two", "three twenty": two numbers, not one
      }
    } else if (w === 'hundred') {
      // a hundreds slot takes 1-99 ("three hundred"), never a number that already has hundreds
      if (last === 'hundred' || last === 'and' || last === 'dozen' || current >= 100) break;
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (w === 'dozen' || w === 'dozens') {
      if (last === 'and' || last === 'dozen' || (last === 'none' && w === 'dozens')) break;
      current = (current || 1) * 12;
      last = 'dozen';
    } else if (SCALES_BY_WORD.has(w)) {
      if (last === 'and') break;
      const scale = SCALES_BY_WORD.get(w)!.value;
      if (total > 0 && scale >= largestScale) break; // "thousand million" is not English news
      total += (current || 1) * scale;
      current = 0;
      largestScale = Math.max(largestScale, scale);
      last = 'scale';
    } else if (w === 'and') {
      const following = nextWord(text, word.end);
      if (!following) break;
      if ((last === 'hundred' || last === 'scale') && CARDINALS_BY_WORD.has(following.lower)) {
        last = 'and';
      } else if ((last === 'unit' || last === 'tens') && isArticle(following)) {
        // "two and a half (million)"
        const fractionWord = nextWord(text, following.end);
        const denominator = fractionWord ? FRACTION_DENOMINATORS_BY_WORD.get(fractionWord.lower) : undefined;
        if (!fractionWord || !denominator || fractionWord.lower.endsWith('s')) break;
        current += 1 / denominator.value;
        end = fractionWord.end;
        word = nextWord(text, fractionWord.end);
        last = 'dozen'; // a fraction may be followed by a scale only
        continue;
      } else {
        break;
      }
    } else {
      break;
    }
    if (last !== 'and') end = word.end;
    word = nextWord(text, word.end);
    if (last === 'dozen' && word && !SCALES_BY_WORD.has(word.lower)) break;
  }
  if (end <= first.start) return null;
  const value = total + current;

  // "two-thirds", "three quarters", "one fifth": a small cardinal followed by a denominator
  if (total === 0 && (last === 'unit' || last === 'tens') && current < 100) {
    // the loop stopped on the word after the number: no need to read it again
    const denominatorWord = word;
    const denominator = denominatorWord ? FRACTION_DENOMINATORS_BY_WORD.get(denominatorWord.lower) : undefined;
    if (denominatorWord && denominator && current > 0) {
      return token(start, denominatorWord.end, current / denominator.value, 'fraction');
    }
  }
  return token(start, end, value, 'cardinal', largestScale);
}

/** "half", "a half", "half a million", "half a dozen". */
function half(text: string, first: Word, before: Word[]): NumberToken {
  const article = isArticle(before[0]) || before[0]?.lower === 'one';
  const start = article ? before[0]!.start : first.start;
  let after = nextWord(text, first.end);
  if (after && isArticle(after)) after = nextWord(text, after.end);
  const scale = after ? SCALES_BY_WORD.get(after.lower) : undefined;
  if (after && scale && !article) return token(first.start, after.end, scale.value / 2, 'cardinal', scale.value);
  return token(start, first.end, 0.5, 'fraction');
}

/** "dozens", "scores of", "hundreds", "thousands", "tens of thousands", "hundreds of thousands", "tens of". */
function vague(text: string, first: Word): NumberToken | null {
  const w = first.lower;
  const of = nextWord(text, first.end);
  const multiplier = VAGUE_MULTIPLIERS_BY_WORD.get(w);
  if (multiplier && of?.lower === 'of') {
    const plural = nextWord(text, of.end);
    const amount = plural ? VAGUE_AMOUNTS_BY_WORD.get(plural.lower) : undefined;
    const scale = plural ? SCALES_BY_WORD.get(plural.lower.slice(0, -1)) : undefined;
    if (plural && amount && scale && scale.value >= 1000) {
      const low = 2 * multiplier.value * scale.value;
      // "tens of thousands" = 20,000..99,999; "dozens of thousands" = 24,000..99,999
      const high = (w === 'dozens' ? 100 : 10 * multiplier.value) * scale.value - 1;
      return vagueToken(first.start, plural.end, low, high);
    }
    if (w === 'tens') return vagueToken(first.start, first.end, 20, 99);
  }
  if (w === 'tens') return null;
  const record = VAGUE_AMOUNTS_BY_WORD.get(w);
  if (!record) return null;
  if (record.needsOf && of?.lower !== 'of' && !isUpper(codeAt(text, first.start))) return null;
  return vagueToken(first.start, first.end, record.low, record.high);
}
