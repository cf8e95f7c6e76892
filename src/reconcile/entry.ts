// A claim with what the reconciler derives from it once: normalised scope, subject key, date
// span, interval and a stable order. Everything downstream works on entries.
import type { Claim } from '../model.js';
import { DEFAULT_RULES, normalizePlaceText, scopeOfPlace, type RuleSet } from '../claims/rules.js';
import { dateSpan, type DateSpan } from './dates.js';
import { haloFor } from './interval.js';
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
  /** Sort keys, copied out so ordering a million entries compares plain numbers. */
  dateStart: number;
  dateEnd: number;
  offset: number;
}

interface ScopeCache {
  byText: Map<string, string>;
  /** Places the data does not know, by normalised spelling -> the first way they were written. */
  unknown: Map<string, string>;
}
const scopeCaches = new WeakMap<RuleSet, ScopeCache>();

/**
 * Scope through the rule set's places, so a user's config can map "Fleita" to "Syrian side". A
 * place the data does not know keeps its name, spellings and case folded ("Juroud X" = "jurud x").
 */
export function normalizeScope(scope: string | null, rules: RuleSet = DEFAULT_RULES): string | null {
  if (scope === null || scope.trim() === '') return null;
  let cache = scopeCaches.get(rules);
  if (!cache) scopeCaches.set(rules, (cache = { byText: new Map(), unknown: new Map() }));
  let hit = cache.byText.get(scope);
  if (hit === undefined) {
    hit = scopeOfPlace(scope, rules) ?? undefined;
    if (hit === undefined) {
      const folded = normalizePlaceText(scope, rules);
      hit = cache.unknown.get(folded) ?? scope.trim().replace(/\s+/g, ' ');
      cache.unknown.set(folded, hit);
    }
    cache.byText.set(scope, hit);
  }
  return hit;
}

// Keys repeat across a million claims: each is computed (and its string made) once.
const claimantCache = new Map<string, string | null>();
const outletCache = new Map<string, string>();
const narrationCache = new Map<string, string>();

/** "Brigadier-General Ali Qanso" and "Qanso" are one claimant; "Hezbollah's media bureau" is "bureau". */
export function claimantKey(claim: Pick<Claim, 'claimant' | 'source'>, outlet: string = outletKey(claim)): string {
  const name = claim.claimant ?? '';
  let last = claimantCache.get(name);
  if (last === undefined) {
    const words = name.toLowerCase().replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
    const word = words[words.length - 1]?.replace(/'s?$/, '');
    last = word ? `claimant:${word}` : null;
    if (claimantCache.size > 100_000) claimantCache.clear();
    claimantCache.set(name, last);
  }
  if (last) return last;
  let narration = narrationCache.get(outlet);
  if (narration === undefined) {
    if (narrationCache.size > 100_000) narrationCache.clear();
    narrationCache.set(outlet, (narration = `narration:${outlet}`));
  }
  return narration;
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

/** Entries for all claims, with file ranks (the files' order by name) assigned across them. */
export function toEntries(claims: Claim[], rules: RuleSet): Entry[] {
  const idOf = new Map<string, number>();
  const names: string[] = [];
  const entries = claims.map((c, i) => {
    const e = toEntry(c, i, rules);
    let id = idOf.get(c.source.file);
    if (id === undefined) idOf.set(c.source.file, (id = names.push(c.source.file) - 1));
    e.fileRank = id;
    return e;
  });
  const order = names.map((_, id) => id).sort((a, b) => (names[a]! < names[b]! ? -1 : 1));
  const rankOfId = new Array<number>(names.length);
  order.forEach((id, rank) => (rankOfId[id] = rank));
  for (const e of entries) e.fileRank = rankOfId[e.fileRank]!;
  return entries;
}

function toEntry(claim: Claim, seq: number, rules: RuleSet): Entry {
  const low = Math.min(claim.low, claim.value) - haloFor(claim);
  const high = Math.max(claim.high, claim.value) + haloFor(claim);
  const outlet = outletKey(claim);
  const date = dateSpan(claim.asOf) ?? dateSpan(claim.source.published);
  return {
    claim,
    scope: normalizeScope(claim.scope, rules),
    subject: subjectKey(claim.subject, rules),
    date,
    low,
    high,
    claimant: claimantKey(claim, outlet),
    outlet,
    level: !claim.incremental || timeKindOf(claim.status) === 'stock',
    fileRank: 0,
    seq,
    position: 0,
    dateStart: date ? date.start : Infinity, // undated last
    dateEnd: date ? date.end : Infinity,
    offset: claim.span[0],
  };
}

/** Report order within a group: date (undated last), then file, then offset. */
export function compareEntries(a: Entry, b: Entry): number {
  return a.dateStart - b.dateStart || a.dateEnd - b.dateEnd
    || a.fileRank - b.fileRank
    || a.offset - b.offset
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

/** The entries that are levels, without copying when all are (the usual case). */
export function levelsOf(entries: Entry[]): Entry[] {
  return entries.every(isLevel) ? entries : entries.filter(isLevel);
}
