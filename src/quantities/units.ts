// Units after a figure ("20 square kilometers", "10km", "2,000-metre") and the parenthetical
// restatement of a figure in another unit ("30 square kilometers (11 miles square)").
import { AREA_CUES_AFTER, AREA_CUES_BEFORE, UNITS, type UnitRecord } from '../data/units.js';
import { isDash, isDigit, isInlineSpace, isLetter, PhraseIndex, WordsAfter, type WordsBefore } from './text.js';
import { codeAt } from '../text/chars.js';

export interface UnitMatch {
  record: UnitRecord;
  /** Where the unit's first token starts and its last token ends. */
  start: number;
  end: number;
  /** Written right after the digits or a hyphen, with no space. */
  attached: boolean;
}

interface CompiledForm {
  tokens: string[];
  record: UnitRecord;
}

/** Forms indexed by their first token, longest first, so "square kilometers" wins over a bare "square". */
const FORMS_BY_FIRST_TOKEN: ReadonlyMap<string, CompiledForm[]> = (() => {
  const map = new Map<string, CompiledForm[]>();
  for (const record of UNITS) {
    for (const form of record.forms) {
      const tokens = form.split(/[ -]/);
      const head = tokens[0]!;
      const list = map.get(head) ?? [];
      list.push({ tokens, record });
      map.set(head, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return map;
})();

/** Every word that starts a unit form ("square", "km", "sq"...). */
export const UNIT_WORDS: ReadonlySet<string> = new Set(FORMS_BY_FIRST_TOKEN.keys());

/** First letters (lower case) of all unit forms: a quick no before any string is made. */
const FIRST_LETTERS: ReadonlySet<number> = new Set([...FORMS_BY_FIRST_TOKEN.keys()].map((k) => k.charCodeAt(0)));

function isUnitChar(code: number): boolean {
  return isLetter(code) || code === 0xb2 /* ² */ || isDigit(code);
}

interface UnitToken {
  start: number;
  end: number;
  lower: string;
}

/** A unit token starts with a letter and runs over letters, digits and "²" ("km2", "km²", "sq"). */
function unitTokenAt(text: string, i: number): UnitToken | null {
  if (!isLetter(codeAt(text, i))) return null;
  let end = i;
  const limit = Math.min(text.length, i + 24);
  while (end < limit && isUnitChar(codeAt(text, end))) end++;
  return { start: i, end, lower: text.slice(i, end).toLowerCase() };
}

/** The next unit token after `token`, across a space, a dot ("sq. km") or a hyphen ("square-kilometre"). */
function nextUnitToken(text: string, token: UnitToken): UnitToken | null {
  let at = token.end;
  let gap = 0;
  while (gap < 3 && at < text.length) {
    const code = codeAt(text, at);
    if (!(isInlineSpace(code) || code === 46 || (code === 45 && gap === 0))) break;
    at++;
    gap++;
  }
  return unitTokenAt(text, at);
}

/** The unit written after position i (the end of a figure), or null. */
export function matchUnit(text: string, i: number): UnitMatch | null {
  let at = i;
  let attached = true;
  const code = codeAt(text, at);
  if (isInlineSpace(code)) {
    attached = false;
    while (at < i + 2 && isInlineSpace(codeAt(text, at))) at++;
  } else if (isDash(code)) {
    at++;
  }
  const firstLetter = codeAt(text, at);
  if (!FIRST_LETTERS.has(firstLetter | 32) && !FIRST_LETTERS.has(firstLetter)) return null;
  const head = unitTokenAt(text, at);
  if (!head) return null;
  const candidates = FORMS_BY_FIRST_TOKEN.get(head.lower);
  if (!candidates) return null;
  // the following tokens are read only for multi-word forms ("square kilometers", "sq. km")
  const tokens: UnitToken[] = [head];
  const longest = candidates[0]!.tokens.length;
  for (let t: UnitToken | null = head; tokens.length < longest && t; ) {
    t = nextUnitToken(text, t);
    if (t) tokens.push(t);
  }
  for (const form of candidates) {
    if (form.tokens.length > tokens.length) continue;
    let same = true;
    for (let k = 1; k < form.tokens.length; k++) if (tokens[k]?.lower !== form.tokens[k]) same = false;
    if (!same) continue;
    if (form.record.attachedOnly && !attached) continue;
    const last = tokens[form.tokens.length - 1]!;
    return { record: form.record, start: head.start, end: last.end, attached };
  }
  return null;
}

const AREA_BEFORE = PhraseIndex.of(AREA_CUES_BEFORE);
const AREA_AFTER = PhraseIndex.of(AREA_CUES_AFTER);

/** Whether a bare length unit measures an area here: "an area of 120 kilometers", "70km of territory". */
export function lengthIsArea(text: string, before: WordsBefore, unit: UnitMatch): boolean {
  return AREA_BEFORE.endOf(before) !== null || AREA_AFTER.startOf(new WordsAfter(text, unit.end, false)) !== null;
}

