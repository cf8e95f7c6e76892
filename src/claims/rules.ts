// The rule set the claims stage and the reconciler apply: built-in data, extended by a user's
// config file. Kept as one value so every stage sees the same aliases and places.
import { GROUP_ALIASES, PLACE_SCOPES, SPELLINGS } from '../data/places.js';

export interface CueRule {
  id: string;
  metric: string;
  status: string;
  cue: string;
  reason: string;
}

export interface RuleSet {
  aliases: Record<string, string>;
  places: Record<string, string>;
  spellings: Record<string, string>;
  /** Extra metric cues from the user's config, applied before the built-in ones. */
  cues: CueRule[];
}

export interface RuleConfig {
  aliases?: Record<string, string>;
  places?: Record<string, string>;
  cues?: { metric: string; status: string; cue: string; reason?: string }[];
}

export const DEFAULT_RULES: RuleSet = { aliases: GROUP_ALIASES, places: PLACE_SCOPES, spellings: SPELLINGS, cues: [] };

export function buildRules(config: RuleConfig = {}): RuleSet {
  const lower = (o: Record<string, string> = {}) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    aliases: { ...GROUP_ALIASES, ...lower(config.aliases) },
    places: { ...PLACE_SCOPES, ...lower(config.places) },
    spellings: SPELLINGS,
    cues: (config.cues ?? []).map((c, i) => ({ id: `config.cue.${i + 1}`, reason: c.reason ?? 'from claims.config.json', ...c })),
  };
}

/** A literal string as a regular-expression source (for user config cues and place names). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface PlaceMatcher {
  spellings: [RegExp, string][];
  places: [RegExp, string][];
  memo: Map<string, string | null>;
}
const matchers = new WeakMap<RuleSet, PlaceMatcher>();

/** Regexes for a rule set's spellings and places, built once: scopes are looked up per claim. */
function matcherFor(rules: RuleSet): PlaceMatcher {
  let m = matchers.get(rules);
  if (!m) {
    m = {
      spellings: Object.entries(rules.spellings).map(([variant, canonical]) => [new RegExp(`(?<=[\\s(])${escapeRegExp(variant)}(?=[\\s,.;:)'])`, 'g'), canonical]),
      // Longest place key first, so "jurud ras baalbek" wins over "ras baalbek".
      places: Object.keys(rules.places)
        .sort((a, b) => b.length - a.length)
        .map((key) => [new RegExp(`(^|[^a-z])${escapeRegExp(key)}($|[^a-z])`), rules.places[key]!]),
      memo: new Map(),
    };
    matchers.set(rules, m);
  }
  return m;
}

/** Lower-case, fold spelling variants and apostrophes so place names compare equal. */
export function normalizePlaceText(text: string, rules: RuleSet = DEFAULT_RULES): string {
  let t = ` ${text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ')} `;
  for (const [re, canonical] of matcherFor(rules).spellings) t = t.replace(re, canonical);
  return t.trim();
}

/** The scope a place phrase belongs to ("Juroud Arsal" -> "Lebanese side"), or null. */
export function scopeOfPlace(text: string, rules: RuleSet = DEFAULT_RULES): string | null {
  const m = matcherFor(rules);
  const known = m.memo.get(text);
  if (known !== undefined) return known;
  const t = normalizePlaceText(text, rules);
  const scope = rules.places[t] ?? m.places.find(([re]) => re.test(t))?.[1] ?? null;
  if (m.memo.size < 10_000) m.memo.set(text, scope);
  return scope;
}

/** Canonical name of an armed group ("Daesh" -> "ISIS"), or the input when unknown. */
export function canonicalGroup(name: string, rules: RuleSet = DEFAULT_RULES): string {
  return rules.aliases[name.toLowerCase().replace(/[’‘]/g, "'").trim()] ?? name;
}
