// Verdict of a group, with notes that say why. Precedence: conflict (figures of concurrent dates
// disagree, a cumulative figure is revised down, targets differ, or an undated figure matches
// nothing) > agree (two figures overlap, on the same date or unchanged across dates) > progression
// (figures differ only between dates, in a direction the status allows) > single.
//
// Undated claims (no asOf and no publication date) cannot be placed in time: one is compared with
// every other figure and conflicts only when it overlaps none of them, since then no date could
// explain the difference.
import type { Verdict } from '../model.js';
import { MAX_NOTES_PER_KIND, type TimeKind } from '../data/reconcile.js';
import { timeKindOf } from './kinds.js';
import type { ClaimFacts, Entry } from './entry.js';
import { describeClaim, formatNumber, formatRange } from './format.js';

export interface Assessment {
  verdict: Verdict;
  notes: string[];
}

/** What a note says of an entry's claim (its figure, outlet or file, claimant). */
export type FactsOf = (e: Entry) => ClaimFacts;

/** Collects notes of one kind, keeping the first few and counting the rest. */
class NoteList {
  readonly items: string[] = [];
  private extra = 0;
  constructor(private readonly what: string) {}
  /**
   * Whether the next note is kept: notes are built (and their closures made) only then, since a
   * large group can have many more than are shown. A note not kept is counted.
   */
  keeps(): boolean {
    if (this.items.length < MAX_NOTES_PER_KIND) return true;
    this.extra++;
    return false;
  }

  add(note: string): void {
    this.items.push(note);
  }
  get count(): number {
    return this.items.length + this.extra;
  }
  flush(into: string[]): void {
    into.push(...this.items);
    if (this.extra) into.push(`…and ${this.extra} more ${this.what}`);
  }
}

interface Extremes {
  maxLow: Entry;
  minHigh: Entry;
}

function widen(agg: Extremes | undefined, e: Entry): Extremes {
  if (!agg) return { maxLow: e, minHigh: e };
  if (e.low > agg.maxLow.low) agg.maxLow = e;
  if (e.high < agg.minHigh.high) agg.minHigh = e;
  return agg;
}

/** The dated entries of `sorted` (in date order, undated last), without a copy when all are. */
export function datedPrefix(sorted: Entry[]): Entry[] {
  let n = sorted.length;
  while (n > 0 && sorted[n - 1]!.date === null) n--;
  return n === sorted.length ? sorted : sorted.slice(0, n);
}

/** A pair that cannot both be true, one from each aggregate, or null. */
function disjointPair(a: Extremes, b: Extremes): [Entry, Entry] | null {
  if (a.maxLow.low > b.minHigh.high) return [b.minHigh, a.maxLow];
  if (b.maxLow.low > a.minHigh.high) return [a.minHigh, b.maxLow];
  return null;
}

/** Figures of one date (its ISO text): their extremes and how many there are. */
interface DateFigures extends Extremes {
  count: number;
}

/**
 * `entries` sorted by date (see compareEntries); `levels` the ones that are levels (levelsOf),
 * in the same order, so the undated ones come last.
 */
export function assess(entries: Entry[], status: string, levels: Entry[], facts: FactsOf): Assessment {
  const describe = (e: Entry) => describeClaim(facts(e), e.date?.iso ?? null);
  const notes: string[] = [];
  const increments = entries.length - levels.length;
  const incrementNote = increments
    ? `${increments} incremental figure${increments > 1 ? 's' : ''} ("another …") kept as evidence, not compared`
    : null;
  if (levels.length < 2) {
    if (incrementNote) notes.push(incrementNote);
    return { verdict: 'single', notes };
  }
  const kind = timeKindOf(status);
  const conflicts = new NoteList('disagreements');
  const revisions = new NoteList('downward revisions');
  const rises = new NoteList('rises');
  const sameDate = new NoteList('dates');

  const dated = datedPrefix(levels);
  const undated = dated.length === levels.length ? [] : levels.slice(dated.length);
  // By low bound (a stable sort: ties stay in date order); only built when something needs it.
  let sortedByLow: Entry[] | null = null;
  const byLow = () => (sortedByLow ??= [...levels].sort((a, b) => a.low - b.low));

  if (kind === 'fixed') {
    // One figure for the whole event: any two disjoint figures disagree, whatever their dates.
    let all: Extremes | undefined;
    for (const e of levels) all = widen(all, e);
    const pair = disjointPair(all!, all!);
    if (pair && conflicts.keeps()) conflicts.add(`${describe(pair[0])} and ${describe(pair[1])} disagree; a ${status} figure does not change over time`);
  } else {
    // Concurrent dates: the same day, or a day within a month or year given at coarser precision.
    // `dated` is in date order, so a date's figures come together (one look-up per run) and the
    // map's keys are in date order too.
    const byIso = new Map<string, DateFigures>();
    let coarse = false;
    for (let i = 0; i < dated.length; ) {
      const iso = dated[i]!.date!.iso;
      let figures = byIso.get(iso);
      if (!figures) {
        byIso.set(iso, (figures = { maxLow: dated[i]!, minHigh: dated[i]!, count: 0 }));
        if (iso.length < 10) coarse = true;
      }
      for (; i < dated.length && dated[i]!.date!.iso === iso; i++) {
        widen(figures, dated[i]!);
        figures.count++;
      }
    }
    for (const [iso, own] of byIso) {
      let pair = disjointPair(own, own);
      // Only a month or a year can enclose a date.
      if (coarse) {
        for (const outer of own.maxLow.date!.outer) {
          const agg = byIso.get(outer);
          if (!pair && agg) pair = disjointPair(agg, own);
        }
      }
      if (pair) {
        if (conflicts.keeps()) conflicts.add(`${iso}: ${describe(pair[0])} and ${describe(pair[1])} disagree`);
      } else if (own.count > 1) {
        if (sameDate.keeps()) sameDate.add(`${iso}: ${own.count} figures agree (${formatRange(own.maxLow.low, own.minHigh.high)})`);
      }
    }
    sweepAcrossDates(dated, kind, status, revisions, rises, describe);
    const overlapsAnother = undated.length ? overlapFinder(byLow()) : () => true;
    for (const u of undated) {
      if (!overlapsAnother(u)) {
        if (conflicts.keeps()) conflicts.add(`${describe(u)} is undated and matches no other figure, so no date can explain the difference`);
      }
    }
  }

  // Figures of one date agreeing are an agreement; otherwise look for any overlapping pair.
  const agreeing = sameDate.count > 0 ? null : firstOverlap(byLow());
  const agrees = sameDate.count > 0 || agreeing !== null;
  const hasConflict = conflicts.count > 0 || revisions.count > 0;
  const verdict: Verdict = hasConflict ? 'conflict' : agrees ? 'agree' : 'progression';

  conflicts.flush(notes);
  revisions.flush(notes);
  sameDate.flush(notes);
  if (agreeing && agreeing[0].date?.iso !== agreeing[1].date?.iso) {
    notes.push(`unchanged across dates: ${describe(agreeing[0])} and ${describe(agreeing[1])} agree`);
  }
  const steps = progressionSteps(dated);
  if (steps) notes.push(`${verdict === 'progression' ? 'progression' : 'over time'}: ${steps}`);
  rises.flush(notes);
  if (incrementNote) notes.push(incrementNote);
  return { verdict, notes };
}

/**
 * Pairs on different dates: a cumulative figure that is later smaller is a revision (conflict);
 * a stock that later grows is allowed (ground can be lost, people taken) but noted.
 */
function sweepAcrossDates(dated: Entry[], kind: TimeKind, status: string, revisions: NoteList, rises: NoteList, describe: (e: Entry) => string): void {
  if (kind !== 'cumulative' && kind !== 'stock') return;
  const byStart = dated; // already in date order
  // With day dates only, ends are in the same order as starts; otherwise sort by end.
  const byEnd = dated.every((e) => e.date!.start === e.date!.end) ? dated : [...dated].sort((a, b) => a.date!.end - b.date!.end);
  let earlier: Extremes | undefined;
  let next = 0;
  for (const later of byStart) {
    while (next < byEnd.length && byEnd[next]!.date!.end < later.date!.start) earlier = widen(earlier, byEnd[next++]!);
    if (!earlier) continue;
    const { maxLow, minHigh } = earlier;
    if (kind === 'cumulative' && later.high < maxLow.low) {
      if (revisions.keeps()) revisions.add(`downward revision: ${describe(later)} after ${describe(maxLow)}; a ${status} figure should not shrink`);
    }
    if (kind === 'stock' && later.low > minHigh.high) {
      if (rises.keeps()) rises.add(`rose: ${describe(later)} after ${describe(minHigh)}; a ${status} figure usually shrinks`);
    }
  }
}

/** The first pair of overlapping figures, sweeping by low bound; null when all are disjoint. */
function firstOverlap(sorted: Entry[]): [Entry, Entry] | null {
  let reach = sorted[0]!;
  for (let i = 1; i < sorted.length; i++) {
    const e = sorted[i]!;
    if (e.low <= reach.high) return [reach, e];
    if (e.high > reach.high) reach = e;
  }
  return null;
}

/**
 * A test "does this entry overlap any other?" in O(log n) per query: among entries whose low is
 * at most the query's high (a prefix when sorted by low), the highest high other than the query's
 * own must reach its low. Each prefix keeps its two highest entries for that.
 */
function overlapFinder(sorted: Entry[]): (u: Entry) => boolean {
  const top1: Entry[] = [];
  const top2: (Entry | null)[] = [];
  let first: Entry | null = null;
  let second: Entry | null = null;
  for (const e of sorted) {
    if (!first || e.high > first.high) [first, second] = [e, first];
    else if (!second || e.high > second.high) second = e;
    top1.push(first);
    top2.push(second);
  }
  return (u) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.low <= u.high) [last, lo] = [mid, mid + 1];
      else hi = mid - 1;
    }
    if (last < 0) return false;
    const best = top1[last]! === u ? top2[last] : top1[last]!;
    return best !== null && best !== undefined && best.high >= u.low;
  };
}

/** "87 (2017-08-19) → 270 (2017-08-24)": each date's median figure, when it changes. */
function progressionSteps(dated: Entry[]): string | null {
  // `dated` is in date order, so each date's entries are contiguous. More than eight steps show
  // as the first four and the last three; only those are kept, the others are counted.
  const first: Step[] = [];
  const last: Step[] = [];
  let count = 0;
  let same = true;
  for (let i = 0; i < dated.length; ) {
    const iso = dated[i]!.date!.iso;
    let j = i + 1;
    while (j < dated.length && dated[j]!.date!.iso === iso) j++;
    const step = { iso, value: runMedian(dated, i, j) };
    if (count++ > 0 && step.value !== first[0]!.value) same = false;
    if (first.length < 8) first.push(step);
    last.push(step);
    if (last.length > 3) last.shift();
    i = j;
  }
  if (count < 2 || same) return null;
  const shown = count > 8 ? [...first.slice(0, 4), null, ...last] : first;
  return shown.map((s) => (s ? `${formatNumber(s.value)} (${s.iso})` : '…')).join(' → ');
}

interface Step {
  iso: string;
  value: number;
}

let scratch = new Float64Array(64);

/** median() of the values of entries[from..to), without an array for the usual one or two. */
function runMedian(entries: Entry[], from: number, to: number): number {
  const n = to - from;
  if (n === 1) return entries[from]!.value;
  if (n === 2) return (entries[from]!.value + entries[from + 1]!.value) / 2;
  if (scratch.length < n) scratch = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) scratch[i] = entries[from + i]!.value;
  const sorted = scratch.subarray(0, n).sort();
  const mid = n >> 1;
  return n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function median(values: number[]): number {
  if (values.length === 1) return values[0]!;
  if (values.length === 2) return (values[0]! + values[1]!) / 2;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
