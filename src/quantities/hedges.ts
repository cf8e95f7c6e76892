// Hedges and increments around a figure: "around another 20", "more than 270", "20 or so", "20 more".
import { HEDGES_AFTER, HEDGES_BEFORE, OVER_PARTICLE_VERBS, type HedgeRecord } from '../data/hedges.js';
import { INCREMENT_AFTER, INCREMENT_BEFORE } from '../data/numbers.js';
import type { Qualifier } from '../model.js';
import { endsWithPhrase, startsWithPhrase, wordsAfter, wordsBefore } from './text.js';

const LONGEST_HEDGE = Math.max(...HEDGES_BEFORE.map((h) => h.words.length));
const HEDGES_LONGEST_FIRST = [...HEDGES_BEFORE].sort((a, b) => b.words.length - a.words.length);
const INCREMENTS_LONGEST_FIRST = [...INCREMENT_BEFORE].sort((a, b) => b.words.length - a.words.length);
const HEDGES_AFTER_LONGEST_FIRST = [...HEDGES_AFTER].sort((a, b) => b.words.length - a.words.length);
const OVER_VERBS = new Set(OVER_PARTICLE_VERBS);

export interface Prefix {
  /** Start of the hedge/increment words, or the number start when there are none. */
  start: number;
  qualifier: Qualifier | null;
  hedge: HedgeRecord | null;
  incremental: boolean;
}

/** Hedge and increment words directly before `start`: "[hedge] [another|a further|an additional] <number>". */
export function prefixBefore(text: string, start: number, floor: number): Prefix {
  const words = wordsBefore(text, start, LONGEST_HEDGE + 2, floor);
  let used = 0;
  let incremental = false;
  let prefixStart = start;
  for (const increment of INCREMENTS_LONGEST_FIRST) {
    if (endsWithPhrase(words, increment.words)) {
      used = increment.words.length;
      incremental = true;
      prefixStart = words[used - 1]!.start;
      break;
    }
  }
  const rest = words.slice(used);
  for (const hedge of HEDGES_LONGEST_FIRST) {
    if (!endsWithPhrase(rest, hedge.words)) continue;
    // "handed over five fighters": "over" is the verb's particle, not a hedge
    const first = hedge.words[0];
    if ((first === 'over' || first === 'under') && hedge.words.length === 1 && OVER_VERBS.has(rest[1]?.lower ?? '')) continue;
    return { start: rest[hedge.words.length - 1]!.start, qualifier: hedge.qualifier, hedge, incremental };
  }
  return { start: prefixStart, qualifier: null, hedge: null, incremental };
}

export interface Suffix {
  end: number;
  qualifier: Qualifier | null;
}

/** Hedge words directly after `end` ("20 or so", "500 or more"). */
export function hedgeAfter(text: string, end: number): Suffix {
  const words = wordsAfter(text, end, 2);
  for (const hedge of HEDGES_AFTER_LONGEST_FIRST) {
    if (startsWithPhrase(words, hedge.words)) return { end: words[hedge.words.length - 1]!.end, qualifier: hedge.qualifier };
  }
  return { end, qualifier: null };
}

/** "20 more" (but not "20 more than"): returns the end of "more", or null. */
export function incrementAfter(text: string, end: number): number | null {
  const words = wordsAfter(text, end, 2);
  const first = words[0];
  if (!first || !INCREMENT_AFTER.includes(first.lower)) return null;
  if (words[1]?.lower === 'than') return null;
  return first.end;
}
