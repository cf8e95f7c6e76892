// asOf: the date a figure refers to, from the sentence's own date expressions resolved against
// the publication date; the publication date for "so far"/"now"/present tense; else null.
import { Chrono, casual, type Parser } from 'chrono-node/en';
import { CHRONO_PARSER_GATES, CHRONO_PARSERS, DATE_HINT, NOT_A_DATE, PRESENT_ANCHORS, PRESENT_TENSE } from '../data/dates.js';

/** A pattern that matches nothing: what a gated parser looks for in a sentence it cannot match. */
const NOTHING = /(?!)/;

/** `parser`, run only on texts that match `gate` (see CHRONO_PARSER_GATES). */
function gated(parser: Parser, gate: RegExp): Parser {
  return {
    pattern: (context) => (gate.test(context.text) ? parser.pattern(context) : NOTHING),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** The parsers news dates need, each behind its gate if it has one. */
export function newsParsers(): Parser[] {
  const chosen = casual.parsers.filter((p) => CHRONO_PARSERS.has(p.constructor.name));
  // A bundler that renames classes, or a chrono-node that renamed its own, would lose dates quietly.
  const found = new Set(chosen.map((p) => p.constructor.name));
  const missing = [...CHRONO_PARSERS].filter((name) => !found.has(name));
  if (missing.length) throw new Error(`chrono-node has no parser named ${missing.join(', ')}: dates would be missed`);
  return chosen.map((p) => {
    const gate = CHRONO_PARSER_GATES[p.constructor.name];
    return gate ? gated(p, gate) : p;
  });
}

// Only the parsers news dates need (chrono runs every parser on every call; the full casual set
// costs 4x more per sentence and twice as much on first use). Built on first use.
let chrono: Chrono | null = null;
const dateParser = () => (chrono ??= new Chrono({ parsers: newsParsers(), refiners: casual.refiners }));

export interface DateMention {
  /** Offset of the expression within the text parsed. */
  index: number;
  end: number;
  text: string;
  iso: string;
  /** True when part of the date was filled in from the reference (weekday -> date, year implied). */
  inferred: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function referenceDate(published: string | null): Date | null {
  if (!published) return null;
  const [y, m = '01', d = '01'] = published.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), 12));
}

/**
 * Date expressions in `text`. Relative ones (weekdays, "last week") need a publication date;
 * without one only absolute dates with a year are kept: never a date without a basis.
 */
export function dateMentions(text: string, published: string | null): DateMention[] {
  if (!DATE_HINT.test(text)) return [];
  const ref = referenceDate(published);
  const results = dateParser().parse(text, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false });
  const out: DateMention[] = [];
  for (const r of results) {
    const t = r.text.replace(/^(?:on|in|at)\s+/i, '').replace(/[,.]$/, '').trim();
    if (NOT_A_DATE.test(t)) continue;
    // A capitalised "Today"/"Now" inside a name ("Arabs Today") is not a date.
    if (/^(?:today|now)$/i.test(r.text) && r.index > 0 && /[A-Z]/.test(r.text[0]!)) continue;
    const s = r.start;
    const hasYear = s.isCertain('year');
    if (!ref && !hasYear) continue;
    let date = s.date();
    const weekdayOnly = s.isCertain('weekday') && !s.isCertain('day');
    // News reports the past: a bare weekday is the latest such day on or before publication.
    if (weekdayOnly && ref && date.getTime() > ref.getTime() + 12 * 3600e3) date = new Date(date.getTime() - 7 * 86400e3);
    let iso: string;
    if (s.isCertain('day') || weekdayOnly) iso = isoDay(date);
    else if (s.isCertain('month')) iso = isoDay(date).slice(0, 7);
    else if (hasYear) iso = String(date.getUTCFullYear());
    else continue;
    out.push({ index: r.index, end: r.index + r.text.length, text: r.text, iso, inferred: !hasYear || weekdayOnly });
  }
  return out;
}

export interface AsOf {
  asOf: string | null;
  inferred: boolean;
  basis: 'stated' | 'present' | 'none';
}

/**
 * The date a quantity at `offset` (within `sentence`) refers to: the nearest date expression in
 * its clause, else one framing the sentence before it, else the publication date when the figure
 * is stated as true now or by a speaker, else null.
 */
export function asOfFor(
  sentence: string,
  clause: { start: number; end: number },
  offset: number,
  published: string | null,
  mentions: DateMention[],
  attributed = false,
): AsOf {
  // A date binds within its clause, or frames what follows it ("On Saturday, X said that ...");
  // a date in a later clause ("..., while 16 were released in December 2015") does not reach back.
  const inClause = mentions.filter((m) => m.index >= clause.start && m.end <= clause.end);
  const pool = inClause.length ? inClause : mentions.filter((m) => m.end <= clause.start);
  if (pool.length) {
    const best = pool.reduce((a, b) => (Math.abs(b.index - offset) < Math.abs(a.index - offset) ? b : a));
    return { asOf: best.iso, inferred: best.inferred, basis: 'stated' };
  }
  const clauseText = sentence.slice(clause.start, clause.end);
  // A speaker describes the situation as it is when they speak ("he said 160 km2 was under
  // Daesh control"): reported speech backshifts the tense, not the date.
  if (published && (attributed || PRESENT_ANCHORS.test(clauseText) || PRESENT_TENSE.test(clauseText) || PRESENT_ANCHORS.test(sentence))) {
    return { asOf: published, inferred: true, basis: 'present' };
  }
  return { asOf: null, inferred: false, basis: 'none' };
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, a: 1 };
const YEARS_BACK = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+years?\s+(?:ago|after|since)\b/gi;

/**
 * Dates of past events in a sentence: its date expressions, plus "three years after it invaded"
 * / "two years ago", which put the event that many years before publication (month precision).
 */
export function eventDates(text: string, published: string | null): DateMention[] {
  const out = dateMentions(text, published);
  if (!published || published.length < 7) return out;
  YEARS_BACK.lastIndex = 0;
  for (let m = YEARS_BACK.exec(text); m; m = YEARS_BACK.exec(text)) {
    const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const year = Number(published.slice(0, 4)) - n;
    out.push({ index: m.index, end: m.index + m[0].length, text: m[0], iso: `${year}${published.slice(4, 7)}`, inferred: true });
  }
  return out.sort((a, b) => a.index - b.index);
}
