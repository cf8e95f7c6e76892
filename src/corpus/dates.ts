// Publication dates to ISO. A date is only ever produced from a year that is written down:
// "Aug 19" alone yields nothing (never a date without a basis).
import { MONTHS, MONTH_PATTERN, WEEKDAY_PATTERN } from './vocab.js';

const pad = (n: number) => String(n).padStart(2, '0');

function isoFrom(year: number, month?: number, day?: number): string | null {
  if (year < 1900 || year > 2100) return null;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const monthOf = (name: string) => MONTHS[name.toLowerCase().replace(/\.$/, '')];

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MONTH_YEAR = new RegExp(`^(?:(?:${WEEKDAY_PATTERN}),?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN}),?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^(?:(?:${WEEKDAY_PATTERN}),?\\s+)?(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const NUMERIC_DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/;

/** A date written at the start of `text` with its year, as ISO, and how many characters it took. */
export function leadingDate(text: string): { iso: string; length: number } | null {
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const iso = isoFrom(Number(m[3]), monthOf(m[2]!), Number(m[1]));
    return iso ? { iso, length: m[0].length } : null;
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const iso = isoFrom(Number(m[3]), monthOf(m[1]!), Number(m[2]));
    return iso ? { iso, length: m[0].length } : null;
  }
  m = NUMERIC_DMY.exec(text);
  if (m) {
    // Day first, as news sites outside the US write it; a month above 12 means it was US order.
    let [day, month] = [Number(m[1]), Number(m[2])];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    const iso = isoFrom(Number(m[3]), month, day);
    return iso ? { iso, length: m[0].length } : null;
  }
  return null;
}

/**
 * A metadata value (manifest, front matter, HTML meta, JSONL field) as ISO YYYY-MM-DD (or
 * YYYY-MM / YYYY when that is all it says); null when it is not a date.
 */
export function normalisePublished(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number' && Number.isInteger(value)) return isoFrom(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  const iso = ISO.exec(s);
  if (iso) return isoFrom(Number(iso[1]), iso[2] ? Number(iso[2]) : undefined, iso[3] ? Number(iso[3]) : undefined);
  const lead = leadingDate(s);
  if (lead) return lead.iso;
  // RFC 2822 and friends ("Tue, 22 Aug 2017 10:00:00 GMT"), only when a four-digit year is written.
  if (/\b(19|20)\d{2}\b/.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  }
  return null;
}
