// Dates of claims as calendar spans: "2017" covers the year, "2017-08" the month. Spans either
// nest or are disjoint, so two dates are concurrent when their spans overlap and one is before
// the other when it ends before the other starts.

export interface DateSpan {
  /** The ISO text the span came from. */
  iso: string;
  /** First and last day, as days since 1970-01-01 (UTC). */
  start: number;
  end: number;
  /** enclosingIsos(iso), worked out once: checks ask for it many times a date. */
  outer: string[];
}

const DAY_MS = 86_400_000;
const cache = new Map<string, DateSpan | null>();

/** The calendar span of an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), or null when it is not one. */
export function dateSpan(iso: string | null | undefined): DateSpan | null {
  if (!iso) return null;
  const hit = cache.get(iso);
  if (hit !== undefined) return hit;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  let span: DateSpan | null = null;
  if (m) {
    const year = Number(m[1]);
    const month = m[2] === undefined ? null : Number(m[2]);
    const day = m[3] === undefined ? null : Number(m[3]);
    const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1) / DAY_MS;
    const end = day !== null ? start : month !== null ? Date.UTC(year, month, 0) / DAY_MS : Date.UTC(year, 11, 31) / DAY_MS;
    span = { iso, start, end, outer: enclosingIsos(iso) };
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(iso, span);
  return span;
}

export function concurrent(a: DateSpan, b: DateSpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function before(a: DateSpan, b: DateSpan): boolean {
  return a.end < b.start;
}

/** The coarser spans that contain a day or month ("2017-08-24" -> "2017-08", "2017"). */
export function enclosingIsos(iso: string): string[] {
  if (iso.length === 10) return [iso.slice(0, 7), iso.slice(0, 4)];
  if (iso.length === 7) return [iso.slice(0, 4)];
  return [];
}
