// Candidates for one place in an arithmetic check (say, the "remaining" figure), offered in order
// of preference: figures from the anchor's own document first (nearest date, then offset), then
// figures from other documents by date. Scans are capped (MAX_SCAN) so a huge bucket cannot make
// one check slow; a candidate beyond the cap is not found.
import { concurrent, type DateSpan } from './dates.js';
import type { Entry } from './entry.js';

const MAX_SCAN = 256;

type Accept = (e: Entry) => boolean;

function push<K>(map: Map<K, Entry[]>, key: K, e: Entry): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

/** Days between two dates for ranking; an undated side is farthest, unless both are undated. */
function distance(e: Entry, date: DateSpan | null): number {
  return date && e.date ? Math.abs(e.date.start - date.start) : date || e.date ? Infinity : 0;
}

/** The entries of one (metric, status, scope). Date and file indexes are built on first use. */
export class Pool {
  private datedCache: Entry[] | null = null;
  private byFile: Map<number, Entry[]> | null = null;
  private dateIndex: { byIso: Map<string, Entry[]>; daysOfMonth: Map<string, Entry[]>; finerInYear: Map<string, Entry[]> } | null = null;

  constructor(
    readonly entries: Entry[],
    private readonly key: { metric: string; status: string; scope: string | null },
  ) {}

  private belongs(e: Entry): boolean {
    return e.status === this.key.status && e.scope === this.key.scope && e.metric === this.key.metric;
  }

  /** The pool's entries from one file, in input order: an article's own figures. */
  private ownOf(file: number): Entry[] {
    if (!this.byFile) {
      this.byFile = new Map();
      for (const e of this.entries) push(this.byFile, e.fileRank, e);
    }
    return this.byFile.get(file) ?? [];
  }

  /** Dated entries by start day. */
  private get dated(): Entry[] {
    return (this.datedCache ??= this.entries.filter((e) => e.date !== null).sort((a, b) => a.date!.start - b.date!.start || a.seq - b.seq));
  }

  /** Entries by the exact ISO text of their date; day entries by month; finer-than-year entries by year. */
  private get dates() {
    if (!this.dateIndex) {
      const index = (this.dateIndex = { byIso: new Map<string, Entry[]>(), daysOfMonth: new Map<string, Entry[]>(), finerInYear: new Map<string, Entry[]>() });
      for (const e of this.entries) {
        if (!e.date) continue;
        const iso = e.date.iso;
        push(index.byIso, iso, e);
        if (iso.length === 10) push(index.daysOfMonth, iso.slice(0, 7), e);
        if (iso.length > 4) push(index.finerInYear, iso.slice(0, 4), e);
      }
    }
    return this.dateIndex;
  }

  get size(): number {
    return this.entries.length;
  }

  /** The file's best accepted entry: nearest date, then earliest offset. No allocation: it runs per check. */
  private bestOwn(file: number, date: DateSpan | null, accept: Accept, concurrentOnly = false): Entry | null {
    let best: Entry | null = null;
    let bestDistance = Infinity;
    for (const e of this.ownOf(file)) {
      // concurrentOnly: same moment, or either undated.
      if (concurrentOnly && date && e.date && !concurrent(e.date, date)) continue;
      if (!this.belongs(e) || !accept(e)) continue;
      const d = distance(e, date);
      if (!best || d < bestDistance || (d === bestDistance && e.offset < best.offset)) [best, bestDistance] = [e, d];
    }
    return best;
  }

  /** Any date, in order of preference: the file's own, then outward from `date`, nearer side first. */
  *candidates(file: number, date: DateSpan | null, accept: Accept): Generator<Entry> {
    const own = this.ownOf(file).filter((e) => this.belongs(e) && accept(e));
    yield* own.sort((a, b) => distance(a, date) - distance(b, date) || a.offset - b.offset);
    if (!date) return;
    let hi = lowerBound(this.dated, date.start);
    let lo = hi - 1;
    for (let steps = 0; steps < MAX_SCAN && (lo >= 0 || hi < this.dated.length); steps++) {
      const left = lo >= 0 ? this.dated[lo]! : null;
      const right = hi < this.dated.length ? this.dated[hi]! : null;
      const takeRight = right !== null && (left === null || distance(right, date) <= distance(left, date));
      const e = takeRight ? right! : left!;
      if (takeRight) hi++;
      else lo--;
      if (e.fileRank !== file && accept(e)) yield e;
    }
  }

  /** The best entry of any date: the file's own, else the nearest date. */
  pick(file: number, date: DateSpan | null, accept: Accept): Entry | null {
    const own = this.bestOwn(file, date, accept);
    if (own || !date) return own;
    for (const e of this.candidates(file, date, accept)) return e;
    return null;
  }

  /**
   * The best entry not dated before `date`: the file's own, then one whose month or year encloses
   * the date, then the nearest later one. Earlier entries are never scanned.
   */
  pickFrom(file: number, date: DateSpan | null, accept: Accept): Entry | null {
    const own = this.bestOwn(file, date, accept);
    if (own || !date) return own;
    let steps = 0;
    for (const outer of date.outer) {
      for (const e of this.dates.byIso.get(outer) ?? []) {
        if (++steps > MAX_SCAN) return null;
        if (e.fileRank !== file && accept(e)) return e;
      }
    }
    for (let i = lowerBound(this.dated, date.start); i < this.dated.length && ++steps <= MAX_SCAN; i++) {
      const e = this.dated[i]!;
      if (e.fileRank !== file && accept(e)) return e;
    }
    return null;
  }

  /**
   * Same moment only: the file's own entry concurrent with `date` (any, when `date` is unknown),
   * then one of the same date from any file, then one of an enclosing or enclosed month or year.
   */
  pickConcurrent(file: number, date: DateSpan | null, accept: Accept): Entry | null {
    const own = this.bestOwn(file, date, accept, true);
    if (own || !date) return own;
    const iso = date.iso;
    const { byIso, daysOfMonth, finerInYear } = this.dates;
    // One budget of MAX_SCAN entries over all the lists scanned.
    this.budget = MAX_SCAN;
    let found = this.scan(byIso.get(iso), accept);
    for (const outer of date.outer) found ??= this.scan(byIso.get(outer), accept);
    if (iso.length === 7) found ??= this.scan(daysOfMonth.get(iso), accept);
    if (iso.length === 4) found ??= this.scan(finerInYear.get(iso), accept);
    return found;
  }

  private budget = 0;

  /** The first accepted entry of `list`, within what is left of the budget. */
  private scan(list: Entry[] | undefined, accept: Accept): Entry | null {
    if (list === undefined) return null;
    for (const e of list) {
      if (--this.budget < 0) return null;
      if (accept(e)) return e;
    }
    return null;
  }

}

function lowerBound(sorted: Entry[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.date!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
