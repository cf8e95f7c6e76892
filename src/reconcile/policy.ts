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
import { isLevel, levelsOf, type Entry } from './entry.js';
import { timeKindOf } from './kinds.js';
import { median } from './verdict.js';

export interface Figure {
  low: number;
  best: number;
  high: number;
}

const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

/** `entries` sorted by date (undated last). */
export function figureOf(entries: Entry[], status: string, policy: Policy): Figure {
  const levels = entries.some(isLevel) ? levelsOf(entries) : entries;
  if (levels.length === 0) return { low: 0, best: 0, high: 0 };
  switch (policy) {
    case 'range': {
      let low = Infinity;
      let high = -Infinity;
      for (const e of levels) {
        low = Math.min(low, e.low);
        high = Math.max(high, e.high);
      }
      return { low, high, best: clamp(median(levels.map((e) => e.claim.value)), low, high) };
    }
    case 'latest': {
      const dated = levels.filter((e) => e.date !== null);
      const last = (dated.length ? dated : levels)[(dated.length ? dated : levels).length - 1]!;
      return { low: last.low, high: last.high, best: clamp(last.claim.value, last.low, last.high) };
    }
    case 'conservative':
      return deepestAgreement(latestFigures(levels, status));
  }
}

function latestFigures(levels: Entry[], status: string): Entry[] {
  if (timeKindOf(status) === 'fixed') return levels;
  const dated = levels.filter((e) => e.date !== null);
  if (dated.length === 0) return levels;
  const latest = dated[dated.length - 1]!.date!;
  return dated.filter((e) => concurrent(e.date!, latest));
}

/** The point covered by most intervals (the lowest on a tie), and the intervals covering it. */
function deepestAgreement(figures: Entry[]): Figure {
  // Closed intervals: at equal coordinates, openings count before closings.
  const events: [number, number][] = [];
  for (const e of figures) events.push([e.low, 1], [e.high, -1]);
  events.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let depth = 0;
  let bestDepth = 0;
  let point = events[0]![0];
  for (const [x, step] of events) {
    depth += step;
    if (depth > bestDepth) [bestDepth, point] = [depth, x];
  }
  const members = figures.filter((e) => e.low <= point && point <= e.high);
  let low = -Infinity;
  let high = Infinity;
  for (const e of members) {
    low = Math.max(low, e.low);
    high = Math.min(high, e.high);
  }
  return { low, high, best: clamp(median(members.map((e) => e.claim.value)), low, high) };
}
