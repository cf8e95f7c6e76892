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

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lower-case, fold spelling variants and apostrophes so place names compare equal. */
export function normalizePlaceText(text: string, rules: RuleSet = DEFAULT_RULES): string {
  let t = ` ${text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ')} `;
  for (const [variant, canonical] of Object.entries(rules.spellings)) {
    t = t.replace(new RegExp(`(?<=[\\s(])${escapeRegExp(variant)}(?=[\\s,.;:)'])`, 'g'), canonical);
  }
  return t.trim();
}

/** The scope a place phrase belongs to ("Juroud Arsal" -> "Lebanese side"), or null. */
export function scopeOfPlace(text: string, rules: RuleSet = DEFAULT_RULES): string | null {
  const t = normalizePlaceText(text, rules);
  if (rules.places[t]) return rules.places[t]!;
  // Longest place key contained in the phrase wins ("jurud ras baalbek" before "ras baalbek").
  let best: string | null = null;
  for (const key of Object.keys(rules.places)) {
    if (new RegExp(`(^|[^a-z])${escapeRegExp(key)}($|[^a-z])`).test(t) && (!best || key.length > best.length)) best = key;
  }
  return best ? rules.places[best]! : null;
}

/** Canonical name of an armed group ("Daesh" -> "ISIS"), or the input when unknown. */
export function canonicalGroup(name: string, rules: RuleSet = DEFAULT_RULES): string {
  return rules.aliases[name.toLowerCase().replace(/[’‘]/g, "'").trim()] ?? name;
}
