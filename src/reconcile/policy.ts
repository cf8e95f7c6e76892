// The reconciled figure of a group, under a named policy:
// - conservative (default): the figures of the latest date (every figure, for a status that does
//   not change over time such as targeted; the undated ones when none is dated). Among them, the
//   largest set that shares a common value (the lowest such set on a tie); low..high is that set's
//   intersection and best its median stated value, clamped into low..high.
// - latest: the latest figure's interval (by date, then file and offset); best its stated value.
// - range: the hull of every figure; best the median stated value.
// Incremental figures ("another 20") are not levels and are left out, unless a group has nothing
// else, in which case its figure describes the additions.
import type { Policy } from '../model.js';
import { concurrent } from './dates.js';
import { levelsOf, type Entry } from './entry.js';
import { timeKindOf } from './kinds.js';
import { datedPrefix, median } from './verdict.js';

export interface Figure {
  low: number;
  best: number;
  high: number;
}

const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

/** `entries` sorted by date (undated last); `levels` the ones that are levels, in the same order. */
export function figureOf(entries: Entry[], status: string, policy: Policy, levels: Entry[] = levelsOf(entries)): Figure {
  if (levels.length === 0) levels = entries;
  if (levels.length === 0) return { low: 0, best: 0, high: 0 };
  switch (policy) {
    case 'range': {
      let low = Infinity;
      let high = -Infinity;
      for (const e of levels) {
        low = Math.min(low, e.low);
        high = Math.max(high, e.high);
      }
      return { low, high, best: clamp(median(levels.map((e) => e.value)), low, high) };
    }
    case 'latest': {
      const dated = datedPrefix(levels);
      const last = (dated.length ? dated : levels)[(dated.length ? dated : levels).length - 1]!;
      return { low: last.low, high: last.high, best: clamp(last.value, last.low, last.high) };
    }
    case 'conservative':
      return deepestAgreement(latestFigures(levels, status));
  }
}

function latestFigures(levels: Entry[], status: string): Entry[] {
  if (timeKindOf(status) === 'fixed') return levels;
  const dated = datedPrefix(levels);
  if (dated.length === 0) return levels;
  const latest = dated[dated.length - 1]!.date!;
  // With days only, the figures of the latest day are a suffix; a month or a year can overlap
  // days before it, so then each is tested.
  if (dated.some((e) => e.date!.start !== e.date!.end)) return dated.filter((e) => concurrent(e.date!, latest));
  let from = dated.length - 1;
  while (from > 0 && concurrent(dated[from - 1]!.date!, latest)) from--;
  return from === 0 ? dated : dated.slice(from);
}

/** Lows and highs to sort, reused: a typed array of its own per group costs an allocation outside the heap. */
let scratch = new Float64Array(256);

/**
 * The point covered by most intervals (the lowest on a tie), and the intervals covering it: a
 * sweep over the lows and highs, each sorted, openings before closings at the same point.
 */
function deepestAgreement(figures: Entry[]): Figure {
  if (figures.length === 1) {
    const e = figures[0]!;
    return { low: e.low, high: e.high, best: clamp(e.value, e.low, e.high) };
  }
  const n = figures.length;
  if (scratch.length < 2 * n) scratch = new Float64Array(4 * n);
  const lows = scratch.subarray(0, n);
  const highs = scratch.subarray(n, 2 * n);
  for (let i = 0; i < n; i++) {
    lows[i] = figures[i]!.low;
    highs[i] = figures[i]!.high;
  }
  lows.sort();
  highs.sort();
  let depth = 0;
  let bestDepth = 0;
  let point = Math.min(lows[0]!, highs[0]!);
  for (let i = 0, j = 0; i < lows.length; ) {
    if (lows[i]! <= highs[j]!) {
      if (++depth > bestDepth) [bestDepth, point] = [depth, lows[i]!];
      i++;
    } else {
      depth--;
      j++;
    }
  }
  const members = figures.filter((e) => e.low <= point && point <= e.high);
  let low = -Infinity;
  let high = Infinity;
  for (const e of members) {
    low = Math.max(low, e.low);
    high = Math.min(high, e.high);
  }
  return { low, high, best: clamp(median(members.map((e) => e.value)), low, high) };
}
