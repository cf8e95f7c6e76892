// What an article says about its own source: a leading "Press TV –" tag, a "source: Alarabiya"
// line, a dateline "BEIRUT, Aug 19 (KUNA) --", a publication date written at the top. Each
// detector is small and says what it found; a date is produced only when its year is written.
import { leadingDate } from './dates.js';
import { sourceLine } from './boilerplate.js';
import { KNOWN_OUTLETS, MONTH_PATTERN, OUTLET_WORDS } from './vocab.js';

export interface TextMeta {
  outlet: string | null;
  published: string | null;
  /** Which detector found each field, for --explain and DEBUG. */
  found: { outlet?: string; published?: string };
}

/** Lines a tag or dateline may stand on: the title, a blank line, the first paragraph or two. */
const HEAD_LINES = 4;

const known = new Set(KNOWN_OUTLETS.map((o) => o.toLowerCase()));
const outletWord = new RegExp(`\\b(${OUTLET_WORDS.join('|')})\\b`);

export function isOutletName(name: string): boolean {
  return known.has(name.toLowerCase()) || outletWord.test(name);
}

const TAGLINE = /^([A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,4})\s+(?:–|—|-{1,2})\s+\S/;
const DATELINE = new RegExp(
  `^[A-Z][A-Za-z'.-]+(?:[ -][A-Z][A-Za-z'.-]+){0,3},?\\s+` +
    `(?:((?:${MONTH_PATTERN})\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:${MONTH_PATTERN})(?:,?\\s+\\d{4})?),?\\s*)?` +
    `\\(([A-Za-z][A-Za-z .&'-]{0,30})\\)\\s*(?:–|—|-{1,2})`,
  'i',
);
const DATE_PREFIX = /^(?:date of publication|published(?: on)?|posted(?: on)?|updated(?: on)?|first published)\s*:?\s*/i;
/** "(Source: Syrian Coalition)" or "Source TRTWorld and agencies" closing a one-line page. */
const TRAILING_SOURCE = /(?<=[.!?)"”]\s)\(?Source:?\s+([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})(?: and agencies)?\)?(?:\s+\w+)?\s*$/;

/** Longest trailing source credit looked for ("(Source: Syrian Observatory for Human Rights) agencies"). */
const TRAILING_SOURCE_WINDOW = 300;

/** The first HEAD_LINES lines with text, among the first HEAD_LINES * 2 (split would cut the whole text). */
function headLines(text: string): string[] {
  const lines: string[] = [];
  for (let start = 0, n = 0; n < HEAD_LINES * 2 && start <= text.length; n++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    if (line.trim() !== '' && lines.length < HEAD_LINES) lines.push(line);
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/** `source`: sourceLine(text), when the caller has it already. */
export function detectTextMeta(text: string, source = sourceLine(text)): TextMeta {
  const meta: TextMeta = { outlet: null, published: null, found: {} };
  const setOutlet = (name: string, how: string) => {
    if (meta.outlet === null) [meta.outlet, meta.found.outlet] = [name.trim(), how];
  };
  const setPublished = (iso: string | null, how: string) => {
    if (iso && meta.published === null) [meta.published, meta.found.published] = [iso, how];
  };

  for (const line of headLines(text)) {
    const dateline = DATELINE.exec(line);
    // The parenthesis names an agency: a known outlet, an outlet-like name or an acronym (KUNA).
    if (dateline && (isOutletName(dateline[2]!) || /^[A-Z]{2,6}$/.test(dateline[2]!))) {
      setOutlet(dateline[2]!, 'dateline');
      // "Aug 19" has no year: no date. "Aug 19, 2017" does.
      if (dateline[1]) setPublished(leadingDate(dateline[1])?.iso ?? null, 'dateline');
    }
    const tag = TAGLINE.exec(line);
    if (tag && isOutletName(tag[1]!)) setOutlet(tag[1]!, 'tagline');
    const dated = leadingDate(line.replace(DATE_PREFIX, ''));
    if (dated) setPublished(dated.iso, 'date at the top');
  }

  if (source) setOutlet(source.name, 'source line');
  // The credit is short and ends the text: look only at the end, or the regex tries every offset.
  const tail = text.trimEnd().slice(-TRAILING_SOURCE_WINDOW);
  const trailing = tail.includes('Source') ? TRAILING_SOURCE.exec(tail) : null;
  if (trailing) setOutlet(trailing[1]!, 'source at the end');
  return meta;
}
