// Hedges and increments around a figure: "around another 20", "more than 270", "20 or so", "20 more".
import { HEDGES_AFTER, HEDGES_BEFORE, OVER_PARTICLE_VERBS, type HedgeRecord } from '../data/hedges.js';
import { INCREMENT_AFTER, INCREMENT_BEFORE } from '../data/numbers.js';
import type { Qualifier } from '../model.js';
import { isDigit, skipSpaces, type WordsAfter, type WordsBefore } from './text.js';
import { codeAt } from '../text/chars.js';

const HEDGES_AFTER_LONGEST_FIRST = [...HEDGES_AFTER].sort((a, b) => b.words.length - a.words.length);
const OVER_VERBS = new Set(OVER_PARTICLE_VERBS);
const HEDGE_AFTER_FIRST_WORDS = new Set(HEDGES_AFTER.map((h) => h.words[0]!));

/** Phrases indexed by their last word (the one nearest the number), longest first. */
function byLastWord<T extends { words: readonly string[] }>(records: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const record of records) {
    const key = record.words[record.words.length - 1]!;
    const list = map.get(key) ?? [];
    list.push(record);
    map.set(key, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
}
const HEDGES_BY_LAST_WORD = byLastWord(HEDGES_BEFORE);
const INCREMENTS_BY_LAST_WORD = byLastWord(INCREMENT_BEFORE);

export interface Prefix {
  /** Start of the hedge/increment words, or the number start when there are none. */
  start: number;
  qualifier: Qualifier | null;
  hedge: HedgeRecord | null;
  incremental: boolean;
}

/** The longest phrase of `index` that the words before the point end with (after skipping `skip` words). */
function phraseBefore<T extends { words: readonly string[] }>(words: WordsBefore, skip: number, index: Map<string, T[]>): T | null {
  const nearest = words.at(skip);
  if (!nearest) return null;
  const candidates = index.get(nearest.lower);
  if (!candidates) return null;
  for (const record of candidates) if (words.endWith(record.words, skip)) return record;
  return null;
}

/**
 * Hedge and increment words directly before a number: "[hedge] [another|a further|an additional] <number>".
 * `words` reads backward from the number's start, which is returned when there are none.
 */
export function prefixBefore(words: WordsBefore, numberStart: number): Prefix {
  const increment = phraseBefore(words, 0, INCREMENTS_BY_LAST_WORD);
  const skip = increment ? increment.words.length : 0;
  const start = increment ? words.at(skip - 1)!.start : numberStart;
  const hedge = phraseBefore(words, skip, HEDGES_BY_LAST_WORD);
  if (hedge) {
    const used = skip + hedge.words.length;
    // "handed over five fighters": "over" is the verb's particle, not a hedge
    const single = hedge.words.length === 1 && (hedge.words[0] === 'over' || hedge.words[0] === 'under');
    const verb = single ? words.at(used) : undefined;
    if (!(verb && OVER_VERBS.has(verb.lower))) {
      return { start: words.at(used - 1)!.start, qualifier: hedge.qualifier, hedge, incremental: increment !== null };
    }
  }
  return { start, qualifier: null, hedge: null, incremental: increment !== null };
}

export interface Suffix {
  end: number;
  qualifier: Qualifier | null;
}

/** Hedge words directly after the figure ("20 or so", "500 or more"). */
export function hedgeAfter(text: string, words: WordsAfter, end: number): Suffix {
  const first = words.at(0);
  if (!first || !HEDGE_AFTER_FIRST_WORDS.has(first.lower)) return { end, qualifier: null };
  for (const hedge of HEDGES_AFTER_LONGEST_FIRST) {
    if (!words.startWith(hedge.words)) continue;
    // "200 or greater than 190": the comparison belongs to the next number
    if (words.at(hedge.words.length)?.lower === 'than') continue;
    const hedgeEnd = words.at(hedge.words.length - 1)!.end;
    // "20 plus 30", "20 or more 30": arithmetic or a list, not a bound
    if (isDigit(codeAt(text, skipSpaces(text, hedgeEnd)))) continue;
    return { end: hedgeEnd, qualifier: hedge.qualifier };
  }
  return { end, qualifier: null };
}

/** "20 more" (but not "20 more than"): returns the end of "more", or null. */
export function incrementAfter(words: WordsAfter): number | null {
  const first = words.at(0);
  if (!first || !INCREMENT_AFTER.includes(first.lower)) return null;
  if (words.at(1)?.lower === 'than') return null;
  return first.end;
}
