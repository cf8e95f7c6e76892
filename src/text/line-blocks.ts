// The sentences of one line, found a block at a time around the offsets asked for, and kept: a
// 1 MB line (a feed pasted as one line, a table of figures) costs what the text around its numbers
// costs, not a segmentation of the whole line. They are the sentences sentencesIn gives for the
// whole line, because an end depends only on the text around it (sentence-ends.ts); looking within
// MAX_SENTENCE of an offset is enough to tell its sentence, or that the sentence is longer and only
// a window of it is read. Short lines are read the same way: one code path for every line.
import { isSpace, sentenceEndsIn } from './sentence-ends.js';
import { codeAt } from './chars.js';

const BLOCK = 512;
/** A run of stops and closing quotes is assumed shorter than this when ends are looked up near an offset. */
const RUN_REACH = 64;

/** Bounds of a sentence; `null` for a bound further than the reach asked for. */
export interface Bounds {
  start: number | null;
  end: number | null;
}

export class LineBlocks {
  /** Sentence ends by block of the line, in order; a run of stops belongs to the block it starts in. */
  private readonly blocks = new Map<number, number[]>();
  private trimmedEnd = -1;

  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}

  private block(b: number): number[] {
    let ends = this.blocks.get(b);
    if (!ends) {
      const from = this.start + b * BLOCK;
      ends = sentenceEndsIn(this.text, this.start, this.end, from, from + BLOCK);
      this.blocks.set(b, ends);
    }
    return ends;
  }

  private blockOf(offset: number): number {
    return Math.floor((offset - this.start) / BLOCK);
  }

  /** The first sentence end after `offset` and no further than `limit`; -1 when there is none. */
  private endAfter(offset: number, limit: number): number {
    // Ends only grow from one block to the next: the first found is the nearest.
    const last = this.blockOf(Math.min(limit, this.end - 1));
    for (let b = Math.max(0, this.blockOf(offset - RUN_REACH)); b <= last; b++) {
      for (const e of this.block(b)) if (e > offset) return e <= limit ? e : -1;
    }
    return -1;
  }

  /** The last sentence end at or before `offset` and no earlier than `limit`; -1 when there is none. */
  private endAtOrBefore(offset: number, limit: number): number {
    const first = Math.max(0, this.blockOf(limit - RUN_REACH));
    for (let b = this.blockOf(Math.min(offset, this.end - 1)); b >= first; b--) {
      const ends = this.block(b);
      for (let k = ends.length - 1; k >= 0; k--) if (ends[k]! <= offset) return ends[k]! >= limit ? ends[k]! : -1;
    }
    return -1;
  }

  /** The last sentence end before `pos`, however far back; -1 when there is none. */
  lastEndBefore(pos: number): number {
    for (let b = this.blockOf(Math.min(pos, this.end) - 1); b >= 0; b--) {
      const ends = this.block(b);
      for (let k = ends.length - 1; k >= 0; k--) if (ends[k]! < pos) return ends[k]!;
    }
    return -1;
  }

  /** First offset at or after `from` that is not a space, looking no further than `limit`. */
  private skipSpaces(from: number, limit: number): number {
    while (from < limit && isSpace(codeAt(this.text, from))) from++;
    return from;
  }

  /** End of the line without its trailing spaces. */
  private contentEnd(): number {
    if (this.trimmedEnd < 0) {
      let e = this.end;
      while (e > this.start && isSpace(codeAt(this.text, e - 1))) e--;
      this.trimmedEnd = e;
    }
    return this.trimmedEnd;
  }

  /**
   * The sentence holding `offset`, as the whole line's segmentation gives it, when its bounds lie
   * within `reach` of the offset (a farther bound is null); null when the offset falls between
   * sentences (in the spaces that trimming drops).
   */
  sentenceAt(offset: number, reach: number): Bounds | null {
    const next = this.endAfter(offset, offset + reach);
    let end: number | null;
    if (next >= 0) end = next;
    else if (this.contentEnd() <= offset + reach) {
      // The line's last sentence: it ends where the line's text does.
      end = this.contentEnd();
      if (end <= offset) return null;
    } else end = null;
    const prev = this.endAtOrBefore(offset, offset - reach);
    const rawStart = prev >= 0 ? prev : offset - reach <= this.start ? this.start : null;
    if (rawStart === null) return { start: null, end };
    const start = this.skipSpaces(rawStart, offset + 1);
    return start > offset ? null : { start, end };
  }

  /** Whether `offset` starts a sentence of the line (what follows a sentence end or the line start, past spaces). */
  startsSentence(offset: number, reach: number): boolean {
    // Sentences are trimmed: one starts on a character that is not a space.
    if (offset >= this.end || isSpace(codeAt(this.text, offset))) return false;
    let q = offset;
    while (q > this.start && offset - q <= reach && isSpace(codeAt(this.text, q - 1))) q--;
    return q === this.start || this.endAtOrBefore(q, q) === q;
  }

  /** The sentence before the one starting at `offset` (which must start one), in full; null for the line's first. */
  sentenceBefore(offset: number): { start: number; end: number } | null {
    let q = offset;
    while (q > this.start && isSpace(codeAt(this.text, q - 1))) q--;
    if (q === this.start) return null;
    const prevEnd = this.lastEndBefore(q);
    return { start: this.skipSpaces(prevEnd >= 0 ? prevEnd : this.start, q), end: q };
  }

  /** Start of the line's last sentence; null when the line holds only spaces. */
  lastSentenceStart(): number | null {
    const content = this.contentEnd();
    if (this.skipSpaces(this.start, content) >= content) return null;
    const last = this.lastEndBefore(content + 1);
    if (last < 0) return this.skipSpaces(this.start, content);
    // Text after the last end is a sentence of its own; else the last sentence ends at it.
    if (content > last) return this.skipSpaces(last, content);
    const before = this.lastEndBefore(last);
    return this.skipSpaces(before >= 0 ? before : this.start, last);
  }
}
