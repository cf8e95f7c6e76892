// Where a figure applies: a place phrase in its clause ("on the Lebanese side", "in western
// Qalamoun"), mapped to a scope through the place table (user-extensible), spellings folded.
import type { RuleSet } from './rules.js';

export interface PlaceMention {
  index: number;
  end: number;
  scope: string;
}

const cache = new WeakMap<RuleSet, RegExp>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regex for every place key, each canonical spelling widened to its variants. */
function placeRegex(rules: RuleSet): RegExp {
  let re = cache.get(rules);
  if (re) return re;
  const variants = new Map<string, string[]>();
  for (const [variant, canonical] of Object.entries(rules.spellings)) {
    variants.set(canonical, [...(variants.get(canonical) ?? [canonical]), variant]);
  }
  const widen = (key: string) => {
    let src = escape(key).replace(/ /g, '\\s+');
    for (const [canonical, vs] of variants) {
      const alt = `(?:al-|el-|al\\s+)?(?:${[...new Set(vs)].map((v) => escape(v).replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|')})`;
      src = src.replace(new RegExp(`(^|\\\\s\\+)${escape(canonical)}($|(?=\\\\s\\+))`, 'g'), `$1${alt}$2`);
    }
    return src;
  };
  const keys = Object.keys(rules.places).sort((a, b) => b.length - a.length);
  re = new RegExp(`\\b(?:${keys.map((k) => `(${widen(k)})`).join('|')})\\b`, 'gi');
  cache.set(rules, re);
  return re;
}

export function placeMentions(text: string, rules: RuleSet): PlaceMention[] {
  const re = placeRegex(rules);
  const keys = Object.keys(rules.places).sort((a, b) => b.length - a.length);
  const out: PlaceMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    out.push({ index: m.index, end: m.index + m[0].length, scope: rules.places[keys[group - 1]!]! });
  }
  return out;
}

/** The scope for a quantity at `offset` in a clause [start, end) of the same text as `mentions`. */
export function scopeFor(mentions: PlaceMention[], clause: { start: number; end: number }, offset: number): string | null {
  const inClause = mentions.filter((m) => m.index >= clause.start && m.end <= clause.end);
  const after = inClause.filter((m) => m.index >= offset);
  if (after.length) return after[0]!.scope;
  const scopes = new Set((inClause.length ? inClause : mentions).map((m) => m.scope));
  return scopes.size === 1 ? [...scopes][0]! : null;
}
