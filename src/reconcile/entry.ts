// A claim with what the reconciler derives from it: normalised scope, subject key, date span,
// interval and a stable order. Everything downstream works on entries; they are made from a
// ClaimStore's columns where needed (store.ts).
import type { Claim } from '../model.js';
import { DEFAULT_RULES, normalizePlaceText, scopeOfPlace, type RuleSet } from '../claims/rules.js';
import type { DateSpan } from './dates.js';
import type { SubjectKey } from './subject.js';

export interface Entry {
  /** The claim's id in its ClaimStore (its position in the input). */
  seq: number;
  metric: string;
  status: string;
  /** The claim's stated figure. */
  value: number;
  scope: string | null;
  subject: SubjectKey;
  /** The claim's subject as written. */
  subjectText: string | null;
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
  /** Position in the report (groups in order, claims in order), set once groups are sorted. */
  position: number;
  /** Sort keys, copied out so ordering a million entries compares plain numbers. */
  dateStart: number;
  dateEnd: number;
  offset: number;
}

export interface ScopeCache {
  byText: Map<string, string>;
  /** Places the data does not know, by normalised spelling -> the first way they were written. */
  unknown: Map<string, string>;
}
const scopeCaches = new WeakMap<RuleSet, ScopeCache>();

export function scopeCacheOf(rules: RuleSet): ScopeCache {
  let cache = scopeCaches.get(rules);
  if (!cache) scopeCaches.set(rules, (cache = { byText: new Map(), unknown: new Map() }));
  return cache;
}

/**
 * Scope through the rule set's places, so a user's config can map "Fleita" to "Syrian side". A
 * place the data does not know keeps its name, spellings and case folded ("Juroud X" = "jurud x").
 */
export function normalizeScope(scope: string | null, rules: RuleSet = DEFAULT_RULES): string | null {
  return scopeWith(scopeCacheOf(rules), scope, rules);
}

export function scopeWith(cache: ScopeCache, scope: string | null, rules: RuleSet): string | null {
  if (scope === null) return null;
  let hit = cache.byText.get(scope);
  if (hit === undefined) {
    if (scope.trim() === '') return null;
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

/** What describeClaim says of a claim. */
export type ClaimFacts = Pick<Claim, 'value' | 'low' | 'high' | 'qualifier' | 'incremental' | 'claimant'> & {
  source: Pick<Claim['source'], 'outlet' | 'file'>;
};

/** "claimant:<last word>" of a claimant's name ("Brigadier-General Ali Qanso" -> "claimant:qanso"), or null. */
export function claimantWord(name: string): string | null {
  const words = name.toLowerCase().replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  const word = words[words.length - 1]?.replace(/'s?$/, '');
  return word ? `claimant:${word}` : null;
}

/** An outlet as compared: trimmed, lower-cased ('' when unnamed). */
export function outletText(outlet: string): string {
  return outlet.trim().toLowerCase();
}

/** "Brigadier-General Ali Qanso" and "Qanso" are one claimant; "Hezbollah's media bureau" is "bureau". */
export function claimantKey(claim: Pick<Claim, 'claimant' | 'source'>, outlet: string = outletKey(claim)): string {
  return claimantWord(claim.claimant ?? '') ?? `narration:${outlet}`;
}

/** An unnamed outlet counts as its file: two unattributed files are not one source. */
export function outletKey(claim: Pick<Claim, 'source'>): string {
  return outletText(claim.source.outlet ?? '') || `file:${claim.source.file}`;
}

type SortKeys = Pick<Entry, 'dateStart' | 'dateEnd' | 'fileRank' | 'offset' | 'seq'>;

/** Report order within a group: date (undated last), then file, then offset. */
export function compareEntries(a: SortKeys, b: SortKeys): number {
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
  for (let i = 0; i < entries.length; i++) if (!entries[i]!.level) return entries.filter(isLevel);
  return entries;
}
