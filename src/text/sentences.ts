// Sentence segmentation with character offsets into the original text: one linear scan for
// sentence ends (., ! or ? with any closing quotes, then space, then a capital, digit or opening
// quote), skipping abbreviations and initials ("Brig. Gen.", "U.S."), never crossing a line break.
// Not Intl.Segmenter: it costs ~50 ms to load its ICU data on first use (a third of a cold start)
// and its cost grows faster than the length of a long unbroken line; news needs no more than this.
import type { Sentence } from '../model.js';
import { LineBlocks } from './line-blocks.js';
import { ABBREVIATION_REACH, SENTENCE_END, abbreviationEndsAt } from './sentence-ends.js';
import { codeAt } from './chars.js';

/** Sentences of text[from, to), never crossing a line break; offsets are absolute. */
export function sentencesIn(text: string, from = 0, to = text.length, paragraph = 0): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
  };
  let start = from;
  let lineEnd = text.indexOf('\n', from);
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < to; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length - m[1]!.length;
    // Line breaks end sentences too: flush every line that ends before this match.
    while (lineEnd >= 0 && lineEnd < Math.min(end, to)) {
      push(start, lineEnd);
      start = lineEnd + 1;
      lineEnd = text.indexOf('\n', start);
    }
    if (end <= start || abbreviationEndsAt(text, Math.max(start, m.index - ABBREVIATION_REACH), m.index)) continue;
    push(start, end);
    start = end;
  }
  while (lineEnd >= 0 && lineEnd < to) {
    push(start, lineEnd);
    start = lineEnd + 1;
    lineEnd = text.indexOf('\n', start);
  }
  push(start, to);
  return out;
}

/** Bounds of the line (paragraph) holding `offset`: articles put one paragraph on a line. */
export function lineAt(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl < 0 ? text.length : nl };
}

/**
 * Lazy, cached sentence index over one document: only the stretches around a number (or a speech
 * verb that attribution reads) are ever segmented, so cost follows the numbers, not the bytes,
 * even on a 1 MB line.
 */
export class SentenceIndex {
  private readonly byLine = new Map<number, Sentence[]>();
  private readonly blocks = new Map<number, LineBlocks>();
  /** Offsets of every newline, found on first need by one scan: line numbers by binary search. */
  private newlines: number[] | null = null;
  constructor(
    readonly text: string,
    /**
     * Segment each line whole on first use instead of by blocks around the offsets asked for
     * (line-blocks.ts): the reference the block reading is tested against.
     */
    private readonly wholeLines = false,
  ) {}

  /** Sentences of the line that starts at `lineStart`, segmented whole (the reference reading). */
  private line(lineStart: number): Sentence[] {
    let cached = this.byLine.get(lineStart);
    if (!cached) {
      const { end } = this.lineOf(lineStart);
      cached = sentencesIn(this.text, lineStart, end, this.paragraphNumber(lineStart));
      this.byLine.set(lineStart, cached);
    }
    return cached;
  }

  /** The line read by blocks; null when lines are segmented whole. */
  private lineBlocks(line: { start: number; end: number }): LineBlocks | null {
    if (this.wholeLines) return null;
    let blocks = this.blocks.get(line.start);
    if (!blocks) {
      blocks = new LineBlocks(this.text, line.start, line.end);
      this.blocks.set(line.start, blocks);
    }
    return blocks;
  }

  /** Number of newlines before `offset`: the line (paragraph) number. */
  private paragraphNumber(offset: number): number {
    if (!this.newlines) {
      this.newlines = [];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) this.newlines.push(i);
    }
    return firstAtOrAfter(this.newlines, offset, (n) => n);
  }

  /** Bounds of the line holding `offset`, in O(log lines) even on a 1 MB line. */
  lineOf(offset: number): { start: number; end: number } {
    const n = this.paragraphNumber(offset);
    const newlines = this.newlines!;
    return { start: n > 0 ? newlines[n - 1]! + 1 : 0, end: n < newlines.length ? newlines[n]! : this.text.length };
  }

  private sentence(start: number, end: number, paragraph: number): Sentence {
    return { start, end, text: this.text.slice(start, end), paragraph };
  }

  /**
   * The sentence holding `offset`. Text with no sentence ends (a table of figures, a 1 MB line)
   * is cut to a window around the offset, so the work per number stays bounded.
   */
  at(offset: number): Sentence {
    const line = this.lineOf(offset);
    const paragraph = this.paragraphNumber(line.start);
    const byBlocks = this.lineBlocks(line);
    if (byBlocks) {
      // A bound further than MAX_SENTENCE away makes the sentence too long to read whole: only
      // the window around the offset is read, and it does not depend on where that bound is.
      const far = MAX_SENTENCE + 1;
      const bounds = byBlocks.sentenceAt(offset, far);
      if (!bounds) return this.fitted(line.start, line.end, paragraph, offset);
      return this.fitted(bounds.start ?? offset - far - 1, bounds.end ?? offset + far + 1, paragraph, offset);
    }
    const list = this.line(line.start);
    const hit = list[firstAtOrAfter(list, offset + 1, (s) => s.end)];
    if (hit && offset >= hit.start) return hit.end - hit.start <= MAX_SENTENCE ? hit : this.window(hit.start, hit.end, paragraph, offset);
    return this.fitted(line.start, line.end, paragraph, offset);
  }

  /** The stretch [start, end) as one sentence, or the window of it around `offset` when it is too long. */
  private fitted(start: number, end: number, paragraph: number, offset: number): Sentence {
    return end - start <= MAX_SENTENCE ? this.sentence(start, end, paragraph) : this.window(start, end, paragraph, offset);
  }

  /** At most MAX_SENTENCE of the sentence [from, to) around `offset`, cut at spaces. */
  private window(from: number, to: number, paragraph: number, offset: number): Sentence {
    const half = MAX_SENTENCE / 2;
    let start = Math.max(from, offset - half);
    let end = Math.min(to, offset + half);
    // The first space after the cut and before the offset; the last one after the offset.
    // Searched within the window only: an unbounded search would run along a text without spaces.
    if (start > from) {
      let space = start;
      while (space < offset && codeAt(this.text, space) !== 32) space++;
      if (space > 0 && space < offset) start = space + 1;
    }
    if (end < to) {
      let space = Math.min(end, this.text.length - 1);
      while (space > offset && codeAt(this.text, space) !== 32) space--;
      if (space > offset) end = space;
    }
    return this.sentence(start, end, paragraph);
  }

  /** The sentence before `sentence`, looking back across blank lines; null at the start. */
  before(sentence: Sentence): Sentence | null {
    const line = this.lineOf(sentence.start);
    const byBlocks = this.lineBlocks(line);
    if (byBlocks) {
      if (byBlocks.startsSentence(sentence.start, MAX_SENTENCE)) {
        const prev = byBlocks.sentenceBefore(sentence.start);
        if (prev) return this.sentence(prev.start, prev.end, this.paragraphNumber(line.start));
      } else if (sentence.start > line.start) return this.at(sentence.start - 1);
    } else {
      const list = this.line(line.start);
      const j = firstAtOrAfter(list, sentence.start, (s) => s.start);
      const i = list[j]?.start === sentence.start ? j : -1;
      if (i > 0) return list[i - 1]!;
      if (i < 0 && sentence.start > line.start) return this.at(sentence.start - 1);
    }
    // The last sentence of the nearest line before that holds one.
    let p = line.start - 1;
    while (p > 0) {
      const prevLine = this.lineOf(p);
      const prevBlocks = this.lineBlocks(prevLine);
      const last = prevBlocks ? prevBlocks.lastSentenceStart() : (this.line(prevLine.start).at(-1)?.start ?? null);
      if (last !== null) return this.at(last);
      p = prevLine.start - 1;
    }
    return null;
  }
}

/** Longest stretch of text read as one sentence around a number. */
export const MAX_SENTENCE = 1200;

/** Index of the first item whose key is >= `target` in a list sorted by key (binary search). */
export function firstAtOrAfter<T>(list: readonly T[], target: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
