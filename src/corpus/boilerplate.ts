// Trim page furniture after the article body so its numbers never become claims. Only a
// suffix is removed: every offset into the returned text is an offset into the original.
import { AFTER_SENTENCE_END, FURNITURE_LINES, FURNITURE_MAX_LENGTH, FURNITURE_STARTS, FURNITURE_TAILS, HEADLINE_MAX_LENGTH, SENTENCE_END, SOURCE_LINE, TAIL_WINDOW, type TailPattern } from './boilerplate-patterns.js';

export interface Trimmed {
  text: string;
  /** Why text was removed, one entry per rule that fired (empty when nothing was). */
  reasons: string[];
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

/** SOURCE_LINE tried at one offset (sticky), so only line starts are tried, not every character. */
const SOURCE_LINE_AT = new RegExp(SOURCE_LINE.source.replace(/^\^/, ''), 'imy');

/** A "source: X" line that ends the body (not the first line with text): where it starts and the name. */
export function sourceLine(text: string): { at: number; name: string } | null {
  for (let at = 0; ; ) {
    SOURCE_LINE_AT.lastIndex = at;
    const m = SOURCE_LINE_AT.exec(text);
    if (m && at > 0 && text.slice(0, at).trim() !== '') return { at, name: m[1]! };
    const nl = text.indexOf('\n', at);
    if (nl < 0) return null;
    at = nl + 1;
  }
}

/**
 * All the cues of a list of patterns in one case-insensitive regex: one pass over the text from
 * `from` finds which patterns may match. Most texts hold none, and the search then ends at once
 * without copying the text (the cues are lower-case; the text is not lower-cased first). With
 * `after`, the patterns match only right after it (a lookbehind), and so does the search: most
 * places are then ruled out at their first character.
 */
function cueSearch(patterns: readonly TailPattern[], after = ''): (text: string, from: number) => Set<TailPattern> | null {
  const byCue = new Map<string, TailPattern[]>();
  for (const p of patterns) for (const cue of p.cues) byCue.set(cue, [...(byCue.get(cue) ?? []), p]);
  const cues = [...byCue.keys()].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const any = new RegExp(`${after}(${cues.join('|')})`, 'gi');
  return (text, from) => {
    let found: Set<TailPattern> | null = null;
    // `after` may begin before `from` for a cue at or just after it: back over the space and the one punctuation mark.
    let start = from;
    if (after) {
      while (start > 0 && /\s/.test(text[start - 1]!)) start--;
      start = Math.max(0, start - 1);
    }
    any.lastIndex = start;
    for (let m = any.exec(text); m; m = any.exec(text)) {
      for (const p of byCue.get(m[1]!.toLowerCase()) ?? []) (found ??= new Set()).add(p);
    }
    return found;
  };
}
const cuedStarts = cueSearch(FURNITURE_STARTS, AFTER_SENTENCE_END);
const cuedTails = cueSearch(FURNITURE_TAILS);

/** The earliest start of furniture (FURNITURE_STARTS) whose cue is in `text` from `from` on. */
function earliestStart(text: string, from: number): { at: number; reason: string } | null {
  let earliest: { at: number; reason: string } | null = null;
  const cued = cuedStarts(text, from);
  if (!cued) return null;
  for (const p of FURNITURE_STARTS) {
    const { pattern, reason } = p;
    if (!cued.has(p)) continue;
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (m && m.index > 0 && (!earliest || m.index < earliest.at)) earliest = { at: m.index, reason };
  }
  return earliest;
}

/** Furniture glued to the last line ("... Contact Us Legal Privacy Policy") is short. */
const GLUED_TAIL_WINDOW = 400;

/** `source`: sourceLine(original), when the caller has it already. */
export function trimBoilerplate(original: string, source = sourceLine(original)): Trimmed {
  const reasons: string[] = [];
  let text = original;

  if (source !== null) {
    text = text.slice(0, source.at);
    reasons.push('source line and what follows');
  }

  // Walk back over the tail while it is blank, furniture or headline-like; cut it when it holds
  // at least one line of furniture (a run of short lines alone may be the article's own ending).
  // Lines are taken from the end, one at a time: the walk stops at the article's last paragraph.
  let cut: number | null = null;
  let topFurniture: number | null = null;
  const tailReasons: string[] = [];
  for (let end = text.length, nl = text.lastIndexOf('\n'); nl >= 0; end = nl, nl = nl > 0 ? text.lastIndexOf('\n', nl - 1) : -1) {
    const start = nl + 1;
    const line = text.slice(start, end);
    if (line.trim() === '') continue;
    const reason = furnitureReason(line);
    if (reason) {
      topFurniture = start;
      if (!tailReasons.includes(reason)) tailReasons.push(reason);
    } else if (!looksLikeHeadline(line)) break;
    cut = start;
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
  const earliest = earliestStart(text, windowStart);
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
    const cued = cuedTails(tail, 0);
    if (!cued) break;
    for (const p of FURNITURE_TAILS) {
      const { pattern, reason } = p;
      if (!cued.has(p)) continue;
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
