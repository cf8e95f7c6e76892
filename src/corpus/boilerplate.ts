// Trim page furniture after the article body so its numbers never become claims. Only a
// suffix is removed: every offset into the returned text is an offset into the original.
import { FURNITURE_LINES, FURNITURE_MAX_LENGTH, FURNITURE_STARTS, FURNITURE_TAILS, HEADLINE_MAX_LENGTH, SENTENCE_END, SOURCE_LINE, TAIL_WINDOW } from './boilerplate-patterns.js';

export interface Trimmed {
  text: string;
  /** Why text was removed, one entry per rule that fired (empty when nothing was). */
  reasons: string[];
}

interface Line {
  start: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, text: part });
    start += part.length + 1;
  }
  return lines;
}

export function furnitureReason(line: string): string | null {
  if (line.length > FURNITURE_MAX_LENGTH) return null;
  for (const { pattern, reason } of FURNITURE_LINES) if (pattern.test(line)) return reason;
  return null;
}

/** A short line without sentence-final punctuation: a headline in a related-articles list. */
function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  return t.length <= HEADLINE_MAX_LENGTH && /\s/.test(t) && !SENTENCE_END.test(t);
}

/** Offset of a "source: X" line that ends the body (not on the first line), or null. */
export function sourceLineOffset(text: string): number | null {
  const re = new RegExp(SOURCE_LINE.source, 'gim');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && text.slice(0, m.index).trim() !== '') return m.index;
  }
  return null;
}

/** Furniture glued to the last line ("... Contact Us Legal Privacy Policy") is short. */
const GLUED_TAIL_WINDOW = 400;

export function trimBoilerplate(original: string): Trimmed {
  const reasons: string[] = [];
  let text = original;

  const sourceAt = sourceLineOffset(text);
  if (sourceAt !== null) {
    text = text.slice(0, sourceAt);
    reasons.push('source line and what follows');
  }

  // Walk back over the tail while it is blank, furniture or headline-like; cut it when it holds
  // at least one line of furniture (a run of short lines alone may be the article's own ending).
  const lines = linesOf(text);
  let cut: number | null = null;
  let topFurniture: number | null = null;
  const tailReasons: string[] = [];
  for (let i = lines.length - 1; i >= 1; i--) {
    const line = lines[i]!;
    if (line.text.trim() === '') continue;
    const reason = furnitureReason(line.text);
    if (reason) {
      topFurniture = line.start;
      if (!tailReasons.includes(reason)) tailReasons.push(reason);
    } else if (!looksLikeHeadline(line.text)) break;
    cut = line.start;
  }
  if (topFurniture !== null && cut !== null) {
    // Headline-like lines above the first furniture line belong to the related list, unless the
    // walk ran all the way to the top, where they are the article itself.
    const start = text.slice(0, cut).trim() === '' ? topFurniture : cut;
    text = text.slice(0, start);
    reasons.push(...tailReasons);
  }

  // Furniture run inside the last paragraph of a one-line page: cut from where it begins.
  text = text.trimEnd();
  const windowStart = Math.max(text.lastIndexOf('\n') + 1, text.length - TAIL_WINDOW);
  let earliest: { at: number; reason: string } | null = null;
  for (const { pattern, reason } of FURNITURE_STARTS) {
    pattern.lastIndex = windowStart;
    const m = pattern.exec(text);
    if (m && m.index > 0 && (!earliest || m.index < earliest.at)) earliest = { at: m.index, reason };
  }
  if (earliest) {
    text = text.slice(0, earliest.at).trimEnd();
    reasons.push(earliest.reason);
  }

  // Furniture glued to the last line: peel it off until nothing more matches.
  for (let changed = true; changed; ) {
    changed = false;
    text = text.trimEnd();
    // These patterns end at "$": run them on the tail only, or each one tries every offset of the text.
    const from = Math.max(0, text.length - GLUED_TAIL_WINDOW);
    const tail = text.slice(from);
    for (const { pattern, reason } of FURNITURE_TAILS) {
      const m = pattern.exec(tail);
      if (m && m[0].length > 0 && from + m.index > 0) {
        text = text.slice(0, from + m.index);
        reasons.push(reason);
        changed = true;
      }
    }
  }
  return { text: text.trimEnd(), reasons };
}
