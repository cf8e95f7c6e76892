// Where sentences end: a stop (., ! or ?) with any closing quotes, then space, then a capital,
// digit or opening quote, unless the stop closes an abbreviation or an initial ("Brig.", "U.S.").
// Whether a stop ends a sentence depends only on the text around it, so the ends of a stretch can
// be found without reading the line from its start (line-blocks.ts relies on this).
import { ABBREVIATIONS } from '../data/abbreviations.js';
import { codeAt } from './chars.js';

/** A sentence end: the punctuation and closing quotes it keeps, then the space it drops. */
export const SENTENCE_END = /[.!?]+["”’')\]]*(\s+)(?=["“‘'(\[]?[A-Z0-9])/g;
const SENTENCE_END_AT = new RegExp(SENTENCE_END.source, 'y');

/** How far before a stop the word it may abbreviate is read. */
export const ABBREVIATION_REACH = 24;

const isLetter = (c: number) => ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * Whether the full stop at `stop` closes an abbreviation or initials ("Gen.", "U.S.", "J."), reading
 * no further back than `from`. The word is the run of letters and dots before the stop, after a
 * space, "(" or `from`, shaped as initials then letters ("U.S" of "U.S."): read by character, as
 * this runs for every stop of a text.
 */
export function abbreviationEndsAt(text: string, from: number, stop: number): boolean {
  if (codeAt(text, stop) !== 46) return false;
  let start = stop;
  while (start > from && (isLetter(codeAt(text, start - 1)) || codeAt(text, start - 1) === 46)) start--;
  if (start === stop) return false;
  if (start > from) {
    const before = codeAt(text, start - 1);
    if (before !== 40 && !isSpace(before)) return false;
  }
  // (?:[A-Za-z]\.)*[A-Za-z]+: letter-dot pairs, then letters to the stop.
  let i = start;
  while (i + 1 < stop && isLetter(codeAt(text, i)) && codeAt(text, i + 1) === 46) i += 2;
  for (let k = i; k < stop; k++) if (!isLetter(codeAt(text, k))) return false;
  if (i === stop) return false;
  const word = text.slice(start, stop).toLowerCase();
  return ABBREVIATIONS.has(word) || word.length === 1 || /^(?:[a-z]\.)+[a-z]$/.test(word);
}

const isStop = (c: number) => c === 46 || c === 33 || c === 63;

/** Whether a character is one of JavaScript's \s (what sentences are trimmed of). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Runs of stops; a sentence end is tried from the first stop of a run, as a scan from the line start meets it. */
const STOP_RUNS = /[.!?]+/g;

/**
 * Sentence ends (the offset after the stop and its closing quotes) whose run of stops starts in
 * [from, to), for the line [lineStart, lineEnd): the ends sentencesIn finds there reading the
 * whole line. The word before a stop is read within the line only.
 */
export function sentenceEndsIn(text: string, lineStart: number, lineEnd: number, from: number, to: number): number[] {
  const ends: number[] = [];
  const limit = Math.min(to, lineEnd);
  let start = Math.max(from, lineStart);
  // A run begun before `from` is not one of ours.
  while (start > lineStart && start < limit && isStop(codeAt(text, start - 1))) start++;
  if (start >= limit) return ends;
  // Stops are found by a regex over the stretch alone (fast, and bounded: a search in the whole
  // text would run on to the next stop however far it is); each is then tried in the text.
  const stretch = text.slice(start, limit);
  STOP_RUNS.lastIndex = 0;
  for (let run = STOP_RUNS.exec(stretch); run; run = STOP_RUNS.exec(stretch)) {
    const i = start + run.index;
    SENTENCE_END_AT.lastIndex = i;
    const m = SENTENCE_END_AT.exec(text);
    if (!m || abbreviationEndsAt(text, Math.max(lineStart, i - ABBREVIATION_REACH), i)) continue;
    ends.push(i + m[0].length - m[1]!.length);
  }
  return ends;
}
