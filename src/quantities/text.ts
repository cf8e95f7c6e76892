// Character-level helpers shared by the finders: all work on char codes and bounded windows,
// so the stage stays linear whatever the input.

import { codeAt } from '../text/chars.js';

/** How far the finders look either side of a number for hedges, units and context. */
export const WINDOW = 60;

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** ASCII letters plus Latin-1/extended letters ("dönüm"); punctuation above U+2000 is not a letter. */
export function isLetter(code: number): boolean {
  const lower = code | 32;
  if (lower >= 97 && lower <= 122) return true;
  return code >= 0xc0 && code < 0x2000 && code !== 0xd7 && code !== 0xf7;
}

export function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Spaces inside a line; a newline ends a phrase. */
export function isInlineSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x200a;
}

export function isDash(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014 || code === 0x2212;
}

export interface Word {
  start: number;
  end: number;
  /** The word in lower case. */
  lower: string;
}

/** Skip inline spaces forward from i, at most `max` of them. */
export function skipSpaces(text: string, i: number, max = 3): number {
  const limit = Math.min(text.length, i + max);
  while (i < limit && isInlineSpace(codeAt(text, i))) i++;
  return i;
}

/** Skip inline spaces backward: returns the index just after the previous non-space char. */
export function skipSpacesBack(text: string, i: number, floor: number, max = 3): number {
  const limit = Math.max(floor, i - max);
  while (i > limit && isInlineSpace(codeAt(text, i - 1))) i--;
  return i;
}

/** End of the run of letters starting at i (capped at WINDOW letters). */
export function lettersEnd(text: string, i: number): number {
  const limit = Math.min(text.length, i + WINDOW);
  while (i < limit && isLetter(codeAt(text, i))) i++;
  return i;
}

/** The word starting at i, which must be a letter; null otherwise. */
export function wordAt(text: string, i: number): Word | null {
  if (i >= text.length || !isLetter(codeAt(text, i))) return null;
  const end = lettersEnd(text, i);
  return { start: i, end, lower: text.slice(i, end).toLowerCase() };
}

/** The next word after i, across inline spaces only (so "20, people" has none). */
export function wordAfter(text: string, i: number): Word | null {
  return wordAt(text, skipSpaces(text, i));
}

/** The word that ends just before i (across inline spaces), not reaching below `floor`. */
export function wordBefore(text: string, i: number, floor: number): Word | null {
  const end = skipSpacesBack(text, i, floor);
  let start = end;
  const limit = Math.max(floor, end - WINDOW);
  while (start > limit && isLetter(codeAt(text, start - 1))) start--;
  if (start === end) return null;
  return { start, end, lower: text.slice(start, end).toLowerCase() };
}

/** Up to `count` words after i, stopping at punctuation or a newline. Hyphens count as spaces when `hyphens`. */
export function wordsAfter(text: string, i: number, count: number, hyphens = false): Word[] {
  const words: Word[] = [];
  let at = i;
  while (words.length < count) {
    at = skipSpaces(text, at);
    if (hyphens && at < text.length && isDash(codeAt(text, at))) at = skipSpaces(text, at + 1);
    const word = wordAt(text, at);
    if (!word) break;
    words.push(word);
    at = word.end;
  }
  return words;
}

/** Up to `count` words before i, nearest first, stopping at punctuation, a newline or `floor`. */
export function wordsBefore(text: string, i: number, count: number, floor: number): Word[] {
  const words: Word[] = [];
  let at = i;
  while (words.length < count) {
    const word = wordBefore(text, at, floor);
    if (!word) break;
    words.push(word);
    at = word.start;
  }
  return words;
}

/** Whether `words` (nearest-last order as in text) start with the phrase's words. */
export function startsWithPhrase(words: readonly Word[], phrase: readonly string[]): boolean {
  if (words.length < phrase.length) return false;
  for (let k = 0; k < phrase.length; k++) if (words[k]?.lower !== phrase[k]) return false;
  return true;
}

/** Whether the words before a point (nearest first) end with the phrase (written in text order). */
export function endsWithPhrase(wordsNearestFirst: readonly Word[], phrase: readonly string[]): boolean {
  const n = phrase.length;
  if (wordsNearestFirst.length < n) return false;
  for (let k = 0; k < n; k++) if (wordsNearestFirst[k]?.lower !== phrase[n - 1 - k]) return false;
  return true;
}

/**
 * The words after a point, read one at a time on first use and kept: the refiners share one cursor,
 * and most of them stop at the first word.
 */
export class WordsAfter {
  // the first word is kept in a field: most cursors never read a second one, so no array is made
  private first: Word | null | undefined;
  private rest: Word[] | undefined;
  private done = false;

  constructor(private readonly text: string, private readonly from: number, private readonly hyphens = true) {}

  private readAfter(at: number): Word | null {
    let i = skipSpaces(this.text, at);
    if (this.hyphens && i < this.text.length && isDash(codeAt(this.text, i))) i = skipSpaces(this.text, i + 1);
    return wordAt(this.text, i);
  }

  /** The k-th word after the point (0 = the next one), or undefined. */
  at(k: number): Word | undefined {
    if (this.first === undefined) this.first = this.readAfter(this.from);
    if (k === 0 || this.first === null) return k === 0 ? this.first ?? undefined : undefined;
    const rest = (this.rest ??= []);
    while (rest.length < k && !this.done) {
      const previous = rest.length === 0 ? this.first : rest[rest.length - 1]!;
      const word = this.readAfter(previous.end);
      if (!word) this.done = true;
      else rest.push(word);
    }
    return rest[k - 1];
  }

  /** Whether the words after the point begin with the phrase. */
  startWith(phrase: readonly string[]): boolean {
    for (let k = 0; k < phrase.length; k++) if (this.at(k)?.lower !== phrase[k]) return false;
    return true;
  }
}

/** The words before a point, nearest first, read on first use (see WordsAfter). */
export class WordsBefore {
  private first: Word | null | undefined;
  private rest: Word[] | undefined;
  private done = false;

  constructor(private readonly text: string, private readonly from: number, private readonly floor: number) {}

  /** The k-th word before the point (0 = the nearest), or undefined. */
  at(k: number): Word | undefined {
    if (this.first === undefined) this.first = wordBefore(this.text, this.from, this.floor);
    if (k === 0 || this.first === null) return k === 0 ? this.first ?? undefined : undefined;
    const rest = (this.rest ??= []);
    while (rest.length < k && !this.done) {
      const previous = rest.length === 0 ? this.first : rest[rest.length - 1]!;
      const word = wordBefore(this.text, previous.start, this.floor);
      if (!word) this.done = true;
      else rest.push(word);
    }
    return rest[k - 1];
  }

  /** Whether the words before the point (skipping the `skip` nearest) end with the phrase, given in text order. */
  endWith(phrase: readonly string[], skip = 0): boolean {
    const n = phrase.length;
    for (let k = 0; k < n; k++) if (this.at(skip + k)?.lower !== phrase[n - 1 - k]) return false;
    return true;
  }
}

/**
 * Phrases (word lists) indexed by the word nearest the number, so a lookup costs one map access
 * in the common case where the nearest word starts no phrase at all. Longest phrases are tried first.
 */
export class PhraseIndex {
  private readonly after = new Map<string, (readonly string[])[]>();
  private readonly before = new Map<string, (readonly string[])[]>();

  constructor(phrases: readonly (readonly string[])[]) {
    for (const phrase of phrases) {
      if (phrase.length === 0) continue;
      const first = phrase[0]!;
      const last = phrase[phrase.length - 1]!;
      (this.after.get(first) ?? this.after.set(first, []).get(first)!).push(phrase);
      (this.before.get(last) ?? this.before.set(last, []).get(last)!).push(phrase);
    }
    for (const list of [...this.after.values(), ...this.before.values()]) list.sort((a, b) => b.length - a.length);
  }

  static of(phrases: readonly string[]): PhraseIndex {
    return new PhraseIndex(phrases.map((p) => p.split(' ')));
  }

  /** The longest phrase the words after a point begin with, or null. */
  startOf(words: WordsAfter): readonly string[] | null {
    const first = words.at(0);
    const candidates = first && this.after.get(first.lower);
    if (!candidates) return null;
    for (const phrase of candidates) if (words.startWith(phrase)) return phrase;
    return null;
  }

  /** The longest phrase the words before a point end with, or null. */
  endOf(words: WordsBefore): readonly string[] | null {
    const nearest = words.at(0);
    const candidates = nearest && this.before.get(nearest.lower);
    if (!candidates) return null;
    for (const phrase of candidates) if (words.endWith(phrase)) return phrase;
    return null;
  }
}
