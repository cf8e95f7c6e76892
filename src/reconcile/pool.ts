// Candidates for one place in an arithmetic check (say, the "remaining" figure), offered in order
// of preference: figures from the anchor's own document first (nearest date first), then figures
// from any document by nearest date. The scan is capped so a huge bucket cannot make one check slow.
import type { DateSpan } from './dates.js';
import type { Entry } from './entry.js';

const MAX_SCAN = 256;

export class Pool {
  private readonly byFile = new Map<string, Entry[]>();
  /** Dated entries by start day. */
  private readonly dated: Entry[];

  constructor(readonly entries: Entry[]) {
    for (const e of entries) {
      const list = this.byFile.get(e.claim.source.file);
      if (list) list.push(e);
      else this.byFile.set(e.claim.source.file, [e]);
    }
    this.dated = entries.filter((e) => e.date !== null).sort((a, b) => a.date!.start - b.date!.start || a.seq - b.seq);
  }

  get size(): number {
    return this.entries.length;
  }

  *candidates(file: string, date: DateSpan | null, accept: (e: Entry) => boolean): Generator<Entry> {
    const distance = (e: Entry) => (date && e.date ? Math.abs(e.date.start - date.start) : date || e.date ? Infinity : 0);
    const own = (this.byFile.get(file) ?? []).filter(accept);
    own.sort((a, b) => distance(a) - distance(b) || a.claim.span[0] - b.claim.span[0]);
    yield* own;
    if (!date) return;
    // Outward from the anchor's date, taking the nearer side each step.
    let hi = lowerBound(this.dated, date.start);
    let lo = hi - 1;
    for (let steps = 0; steps < MAX_SCAN && (lo >= 0 || hi < this.dated.length); steps++) {
      const left = lo >= 0 ? this.dated[lo]! : null;
      const right = hi < this.dated.length ? this.dated[hi]! : null;
      const takeRight = right !== null && (left === null || distance(right) <= distance(left));
      const e = takeRight ? right! : left!;
      if (takeRight) hi++;
      else lo--;
      if (e.claim.source.file !== file && accept(e)) yield e;
    }
  }

  pick(file: string, date: DateSpan | null, accept: (e: Entry) => boolean): Entry | null {
    for (const e of this.candidates(file, date, accept)) return e;
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
