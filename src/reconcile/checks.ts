// Arithmetic checks: figures that should add up. Parts and wholes are compared as intervals, so
// approximate parts can still hold. To stay linear, each whole gets one check, with one candidate
// per part picked by a stated rule (Pool): its own document first, then the nearest date.
//
// - Sides: for the same metric, status and date, the figures for complementary scopes
//   (COMPLEMENTARY_SCOPES) sum to the figure with no scope. With one side missing and the whole
//   larger than the side given: incomplete. With one side missing and the whole no larger, the
//   unscoped figure is read as unscoped rather than as a total, and nothing is checked.
// - BALANCE_RULES (captured + remaining = targeted; dead + released + held = taken), within one
//   scope. Parts that must describe one moment are picked as a set: the first set complete on one
//   date wins, else the first partial one. With a part missing: fails when the parts given already
//   exceed the whole, else incomplete.
// Dates are compatible when concurrent, or, for an undated figure, when it comes from the same
// document. Only levels take part (isLevel): "another 20 captured" is neither a part nor a whole.
import type { Check } from '../model.js';
import { BALANCE_RULES, COMPLEMENTARY_SCOPES, SUBJECT_METRICS, type BalanceRule } from '../data/reconcile.js';
import { before } from './dates.js';
import { levelsOf, type Entry } from './entry.js';
import { partitionKey } from './group.js';
import { formatNumber } from './format.js';
import { overlaps, sumOf } from './interval.js';
import { Pool } from './pool.js';
import type { ClaimStore } from './store.js';
import type { CheckOf } from './index.js';
import { compatibleSubjects } from './subject.js';

const sameFile = (a: Entry, b: Entry) => a.fileRank === b.fileRank;

function subjectsFit(metric: string, a: Entry, b: Entry): boolean {
  return !SUBJECT_METRICS.has(metric) || compatibleSubjects(a.subject, b.subject);
}

export interface CheckWithAnchor {
  check: CheckOf<number>;
  /** The whole, for ordering checks like groups. */
  whole: Entry;
}

/**
 * Checks over the partitions of `store` (only levels are used); `positions` are the claims'
 * places in the report. Entries are made only for the partitions a check reads.
 */
export function arithmeticChecks(store: ClaimStore, positions: Int32Array): CheckWithAnchor[] {
  const levelsByKey = new Map<string, Entry[]>();
  const levels = (key: string) => {
    let list = levelsByKey.get(key);
    if (!list) {
      const ids = store.partitions.get(key)?.ids ?? [];
      levelsByKey.set(key, (list = levelsOf(Array.from(ids, (id) => store.entry(id, positions[id]!)))));
    }
    return list;
  };
  const pools = new Map<string, Pool>();
  const poolOf = (metric: string, status: string, scope: string | null): Pool => {
    const key = partitionKey(metric, status, scope);
    let pool = pools.get(key);
    if (!pool) pools.set(key, (pool = new Pool(levels(key), { metric, status, scope })));
    return pool;
  };
  const out: CheckWithAnchor[] = [];
  for (const [key, partition] of store.partitions) {
    const { metric, status } = partition;
    const scope = partition.scope ?? '';
    if (scope === '') {
      for (const sides of COMPLEMENTARY_SCOPES) {
        const parts = sides.parts.map((s) => poolOf(metric, status, s));
        if (parts.every((p) => p.size === 0)) continue;
        for (const whole of levels(key)) {
          const check = sidesCheck(whole, sides.parts, parts);
          if (check) out.push({ check, whole });
        }
      }
    }
    for (const rule of BALANCE_RULES) {
      if (rule.metric !== metric || rule.whole !== status) continue;
      const parts = rule.parts.map((s) => poolOf(metric, s, scope === '' ? null : scope));
      if (parts.every((p) => p.size === 0)) continue;
      for (const whole of levels(key)) {
        const check = balanceCheck(whole, rule, parts);
        if (check) out.push({ check, whole });
      }
    }
  }
  return out;
}

function sidesCheck(whole: Entry, sides: string[], pools: Pool[]): CheckOf<number> | null {
  const metric = whole.metric;
  const accept = (e: Entry) => subjectsFit(metric, e, whole);
  const picked = pools.map((p) => p.pickConcurrent(whole.fileRank, whole.date, accept));
  if (picked.every((p) => p === null)) return null;
  const given = picked.filter((p): p is Entry => p !== null);
  if (given.length < picked.length && sumOf(given).high >= whole.low) return null;
  return judge(`${sides.join(' + ')} = total`, picked, sides, whole);
}

function balanceCheck(whole: Entry, rule: BalanceRule, pools: Pool[]): CheckOf<number> | null {
  const metric = whole.metric;
  const file = whole.fileRank;
  const fitsWhole = (e: Entry) => {
    if (!subjectsFit(metric, e, whole)) return false;
    if (!rule.partsAfterWhole) return true;
    return e.date && whole.date ? !before(e.date, whole.date) : sameFile(e, whole);
  };
  let picked: (Entry | null)[];
  if (rule.partsSameDate) picked = pickMoment(whole, pools, fitsWhole);
  else picked = pools.map((p) => (rule.partsAfterWhole ? p.pickFrom(file, whole.date, fitsWhole) : p.pick(file, whole.date, fitsWhole)));
  if (picked.every((p) => p === null)) return null;
  return judge(rule.kind, picked, rule.parts, whole);
}

const MAX_ANCHORS = 32;

/**
 * Parts of one moment: try anchors from each part's pool in turn, in order of preference, and
 * complete each with the other parts of the same moment (the anchor's document first). The first
 * complete set wins, else the first partial set found.
 */
function pickMoment(whole: Entry, pools: Pool[], fits: (e: Entry) => boolean): (Entry | null)[] {
  let fallback: (Entry | null)[] | null = null;
  for (let anchorAt = 0; anchorAt < pools.length; anchorAt++) {
    let tried = 0;
    for (const anchor of pools[anchorAt]!.candidates(whole.fileRank, whole.date, fits)) {
      const set = pools.map((p, i) =>
        i === anchorAt ? anchor : p.pickConcurrent(anchor.fileRank, anchor.date, fits),
      );
      if (set.every((e) => e !== null)) return set;
      fallback ??= set;
      if (++tried >= MAX_ANCHORS) break;
    }
    // A complete set contains an anchor of every pool, so the first pool with candidates sufficed.
    if (fallback) break;
  }
  return fallback ?? pools.map(() => null);
}

/** Holds, fails or incomplete, with the sum written out: "270 + 40 = 310", "5 + 16 + 9 = 30 ≠ 29". */
function judge(kind: string, picked: (Entry | null)[], names: string[], whole: Entry): CheckOf<number> {
  const given = picked.filter((p): p is Entry => p !== null);
  const missing = names.filter((_, i) => picked[i] === null);
  const terms = picked.map((p) => (p ? formatNumber(p.value) : '?')).join(' + ');
  const total = formatNumber(whole.value);
  const sum = sumOf(given);
  const sumValue = formatNumber(given.reduce((s, e) => s + e.value, 0));
  let result: Check['result'];
  let detail: string;
  if (missing.length) {
    const what = `no ${missing.join(' or ')} figure`;
    if (sum.low > whole.high) {
      result = 'fails';
      detail = `${terms} ≥ ${sumValue} > ${total} (${what}, and the rest already exceed the whole)`;
    } else {
      result = 'incomplete';
      detail = `${terms} = ${total} (${what}; the parts given make ${sumValue})`;
    }
  } else if (overlaps(sum, whole)) {
    result = 'holds';
    detail = sumValue === total ? `${terms} = ${total}` : `${terms} = ${sumValue} ≈ ${total}`;
  } else {
    result = 'fails';
    detail = `${terms} = ${sumValue} ≠ ${total}`;
  }
  return { kind, result, holds: result === 'holds', detail, claims: [...given.map((e) => e.seq), whole.seq] };
}
