// Sentence segmentation with character offsets into the original text. Intl.Segmenter (built in,
// fast) does the splitting; we re-join after abbreviations and initials it wrongly splits on,
// and never let a sentence cross a paragraph break (a blank line or a newline).
import type { Sentence } from '../model.js';
import { ABBREVIATIONS } from '../data/abbreviations.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function endsWithAbbreviation(piece: string): boolean {
  const m = /(?:^|[\s(])((?:[A-Za-z]\.)*[A-Za-z]+)\.\s*$/.exec(piece);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^(?:[a-z]\.)+[a-z]$/.test(word);
}

/** Sentences of text[from, to), never crossing a line break; offsets are absolute. */
export function sentencesIn(text: string, from = 0, to = text.length, paragraph = 0): Sentence[] {
  const out: Sentence[] = [];
  let pending: { start: number; end: number } | null = null;
  const flush = () => {
    if (!pending) return;
    let { start, end } = pending;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
    pending = null;
  };
  for (const seg of segmenter.segment(text.slice(from, to))) {
    const start = from + seg.index;
    const end = start + seg.segment.length;
    if (pending && !endsWithAbbreviation(text.slice(pending.start, pending.end))) flush();
    pending = pending ? { start: pending.start, end } : { start, end };
  }
  flush();
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
  private lineNumbers = new Map<number, number>();
  constructor(readonly text: string) {}

  /** Sentences of the line that starts at `lineStart`. */
  private line(lineStart: number): Sentence[] {
    let cached = this.byLine.get(lineStart);
    if (!cached) {
      const { end } = lineAt(this.text, lineStart);
      cached = sentencesIn(this.text, lineStart, end, this.paragraphNumber(lineStart));
      this.byLine.set(lineStart, cached);
    }
    return cached;
  }

  private paragraphNumber(lineStart: number): number {
    let n = this.lineNumbers.get(lineStart);
    if (n === undefined) {
      n = 0;
      for (let i = this.text.indexOf('\n'); i >= 0 && i < lineStart; i = this.text.indexOf('\n', i + 1)) n++;
      this.lineNumbers.set(lineStart, n);
    }
    return n;
  }

  /** The sentence holding `offset`. */
  at(offset: number): Sentence {
    const { start, end } = lineAt(this.text, offset);
    const found = this.line(start).find((s) => offset >= s.start && offset < s.end);
    return found ?? { start, end, text: this.text.slice(start, end), paragraph: this.paragraphNumber(start) };
  }

  /** The sentence before `sentence`, looking back across blank lines; null at the start. */
  before(sentence: Sentence): Sentence | null {
    const list = this.line(lineAt(this.text, sentence.start).start);
    const i = list.findIndex((s) => s.start === sentence.start);
    if (i > 0) return list[i - 1]!;
    let p = lineAt(this.text, sentence.start).start - 1;
    while (p > 0) {
      const { start } = lineAt(this.text, p);
      const prev = this.line(start);
      if (prev.length) return prev[prev.length - 1]!;
      p = start - 1;
    }
    return null;
  }
}
