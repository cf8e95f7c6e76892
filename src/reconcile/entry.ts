// A claim with what the reconciler derives from it once: normalised scope, subject key, date
// span, interval and a stable order. Everything downstream works on entries.
import type { Claim } from '../model.js';
import { DEFAULT_RULES, scopeOfPlace, type RuleSet } from '../claims/rules.js';
import { dateSpan, compareDates, type DateSpan } from './dates.js';
import { intervalOf } from './interval.js';
import { subjectKey, type SubjectKey } from './subject.js';
import { timeKindOf } from './kinds.js';

export interface Entry {
  claim: Claim;
  scope: string | null;
  subject: SubjectKey;
  /** asOf, else the source's publication date, else null (unknown). */
  date: DateSpan | null;
  low: number;
  high: number;
  /** Claimant as counted for corroboration: last word, lower-cased; null means the outlet's narration. */
  claimant: string;
  outlet: string;
  /** Not an increment ("another 20"): see isLevel. */
  level: boolean;
  /** Rank of the source file among all files, so ordering compares numbers, not strings. */
  fileRank: number;
  /** Position in the input, the last tie-breaker. */
  seq: number;
  /** Position in the report (groups in order, claims in order), set once groups are sorted. */
  position: number;
}

const scopeCaches = new WeakMap<RuleSet, Map<string, string>>();

/** Scope through the rule set's places, so a user's config can map "Fleita" to "Syrian side". */
export function normalizeScope(scope: string | null, rules: RuleSet = DEFAULT_RULES): string | null {
  if (scope === null || scope.trim() === '') return null;
  let cache = scopeCaches.get(rules);
  if (!cache) scopeCaches.set(rules, (cache = new Map()));
  let hit = cache.get(scope);
  if (hit === undefined) {
    hit = scopeOfPlace(scope, rules) ?? scope.trim();
    cache.set(scope, hit);
  }
  return hit;
}

const claimantCache = new Map<string, string | null>();
const outletCache = new Map<string, string>();

/** "Brigadier-General Ali Qanso" and "Qanso" are one claimant; "Hezbollah's media bureau" is "bureau". */
export function claimantKey(claim: Pick<Claim, 'claimant' | 'source'>): string {
  const name = claim.claimant ?? '';
  let last = claimantCache.get(name);
  if (last === undefined) {
    const words = name.toLowerCase().replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
    const word = words[words.length - 1]?.replace(/'s?$/, '');
    last = word ? `claimant:${word}` : null;
    if (claimantCache.size > 100_000) claimantCache.clear();
    claimantCache.set(name, last);
  }
  return last ? last : `narration:${outletKey(claim)}`;
}

/** An unnamed outlet counts as its file: two unattributed files are not one source. */
export function outletKey(claim: Pick<Claim, 'source'>): string {
  const outlet = claim.source.outlet ?? '';
  let key = outletCache.get(outlet);
  if (key === undefined) {
    key = outlet.trim().toLowerCase();
    if (outletCache.size > 100_000) outletCache.clear();
    outletCache.set(outlet, key);
  }
  return key || `file:${claim.source.file}`;
}

/** Entries for all claims, with file ranks assigned across them. */
export function toEntries(claims: Claim[], rules: RuleSet): Entry[] {
  const entries = claims.map((c, i) => toEntry(c, i, rules));
  const files = [...new Set(claims.map((c) => c.source.file))].sort();
  const rank = new Map(files.map((f, i) => [f, i]));
  for (const e of entries) e.fileRank = rank.get(e.claim.source.file)!;
  return entries;
}

function toEntry(claim: Claim, seq: number, rules: RuleSet): Entry {
  const { low, high } = intervalOf(claim);
  return {
    claim,
    scope: normalizeScope(claim.scope, rules),
    subject: subjectKey(claim.subject, rules),
    date: dateSpan(claim.asOf) ?? dateSpan(claim.source.published),
    low,
    high,
    claimant: claimantKey(claim),
    outlet: outletKey(claim),
    level: !claim.incremental || timeKindOf(claim.status) === 'stock',
    fileRank: 0,
    seq,
    position: 0,
  };
}

/** Report order within a group: date (undated last), then file, then offset. */
export function compareEntries(a: Entry, b: Entry): number {
  return compareDates(a.date, b.date)
    || a.fileRank - b.fileRank
    || a.claim.span[0] - b.claim.span[0]
    || a.seq - b.seq;
}

/**
 * Entries that are levels, the only ones compared and checked. "Another 20" is an addition to a
 * running total, not a level; but a stock has no running total to add to: "another 20 km2 to go"
 * and "another nine remain in Daesh hands" say what is left, so for a stock it is a level.
 */
export function isLevel(e: Entry): boolean {
  return e.level;
}
