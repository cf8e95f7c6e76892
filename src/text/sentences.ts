// Sentence segmentation with character offsets into the original text: one linear scan for
// sentence ends (., ! or ? with any closing quotes, then space, then a capital, digit or opening
// quote), skipping abbreviations and initials ("Brig. Gen.", "U.S."), never crossing a line break.
// Not Intl.Segmenter: it costs ~50 ms to load its ICU data on first use (a third of a cold start)
// and its cost grows faster than the length of a long unbroken line; news needs no more than this.
import type { Sentence } from '../model.js';
import { ABBREVIATIONS } from '../data/abbreviations.js';

function endsWithAbbreviation(piece: string): boolean {
  const m = /(?:^|[\s(])((?:[A-Za-z]\.)*[A-Za-z]+)\.\s*$/.exec(piece);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^(?:[a-z]\.)+[a-z]$/.test(word);
}

/** A sentence end: the punctuation and closing quotes it keeps, then the space it drops. */
const SENTENCE_END = /[.!?]+["”’')\]]*(\s+)(?=["“‘'(\[]?[A-Z0-9])/g;

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
    if (end <= start || endsWithAbbreviation(text.slice(Math.max(start, m.index - 24), m.index + 1))) continue;
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
 * Lazy, cached sentence index over one document: only lines that hold a number (or that
 * attribution looks back to) are ever segmented, so cost follows the numbers, not the bytes.
 */
export class SentenceIndex {
  private readonly byLine = new Map<number, Sentence[]>();
  /** Offsets of every newline, found on first need by one scan: line numbers by binary search. */
  private newlines: number[] | null = null;
  constructor(readonly text: string) {}

  /** Sentences of the line that starts at `lineStart`. */
  private line(lineStart: number): Sentence[] {
    let cached = this.byLine.get(lineStart);
    if (!cached) {
      const { end } = this.lineOf(lineStart);
      cached = sentencesIn(this.text, lineStart, end, this.paragraphNumber(lineStart));
      this.byLine.set(lineStart, cached);
    }
    return cached;
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

  /**
   * The sentence holding `offset`. Text with no sentence ends (a table of figures, a 1 MB line)
   * is cut to a window around the offset, so the work per number stays bounded.
   */
  at(offset: number): Sentence {
    const { start, end } = this.lineOf(offset);
    const list = this.line(start);
    const i = firstAtOrAfter(list, offset + 1, (s) => s.end);
    const hit = list[i];
    const found = hit && offset >= hit.start ? hit : {
      start, end, text: this.text.slice(start, end), paragraph: this.paragraphNumber(start),
    };
    return found.end - found.start <= MAX_SENTENCE ? found : this.window(found, offset);
  }

  private window(sentence: Sentence, offset: number): Sentence {
    const half = MAX_SENTENCE / 2;
    let start = Math.max(sentence.start, offset - half);
    let end = Math.min(sentence.end, offset + half);
    const space = this.text.indexOf(' ', start);
    if (start > sentence.start && space > 0 && space < offset) start = space + 1;
    const lastSpace = this.text.lastIndexOf(' ', end);
    if (end < sentence.end && lastSpace > offset) end = lastSpace;
    return { start, end, text: this.text.slice(start, end), paragraph: sentence.paragraph };
  }

  /** The sentence before `sentence`, looking back across blank lines; null at the start. */
  before(sentence: Sentence): Sentence | null {
    const lineStart = this.lineOf(sentence.start).start;
    const list = this.line(lineStart);
    const j = firstAtOrAfter(list, sentence.start, (s) => s.start);
    const i = list[j]?.start === sentence.start ? j : -1;
    if (i > 0) return list[i - 1]!;
    if (i < 0 && sentence.start > lineStart) return this.at(sentence.start - 1);
    let p = lineStart - 1;
    while (p > 0) {
      const { start } = this.lineOf(p);
      const prev = this.line(start);
      if (prev.length) return this.at(prev[prev.length - 1]!.start);
      p = start - 1;
    }
    return null;
  }
}

/** Longest stretch of text read as one sentence around a number. */
const MAX_SENTENCE = 1200;

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
