// Where a figure applies: a place phrase in its clause ("on the Lebanese side", "in western
// Qalamoun"), mapped to a scope through the place table (user-extensible), spellings folded.
import { escapeRegExp, type RuleSet } from './rules.js';

export interface PlaceMention {
  index: number;
  end: number;
  scope: string;
}

const cache = new WeakMap<RuleSet, RegExp>();


/** One regex for every place key, each canonical spelling widened to its variants. */
function placeRegex(rules: RuleSet): RegExp {
  let re = cache.get(rules);
  if (re) return re;
  const variants = new Map<string, string[]>();
  for (const [variant, canonical] of Object.entries(rules.spellings)) {
    variants.set(canonical, [...(variants.get(canonical) ?? [canonical]), variant]);
  }
  const widen = (key: string) => {
    let src = escapeRegExp(key).replace(/ /g, '\\s+');
    for (const [canonical, vs] of variants) {
      const alt = `(?:al-|el-|al\\s+)?(?:${[...new Set(vs)].map((v) => escapeRegExp(v).replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|')})`;
      src = src.replace(new RegExp(`(^|\\\\s\\+)${escapeRegExp(canonical)}($|(?=\\\\s\\+))`, 'g'), `$1${alt}$2`);
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

/** People counts take a place only from a locative right after them ("holding positions in X"). */
const LOCATIVE = /\b(?:in|on|at|across|along|inside|near|around)\s+(?:the\s+)?$/i;
const PEOPLE_PLACE_REACH = 80;

/**
 * The scope for a quantity at `offset` in a clause [start, end) of `text` (the text `mentions`
 * were found in). A place belongs to the nearest quantity before it, so a whole followed by its
 * parts ("60 km2, including 20 on the Lebanese side and 40 on the Syrian side") takes none of
 * theirs; with no place of its own an area takes the clause's, or the sentence's, single scope.
 */
export function scopeFor(
  text: string,
  mentions: PlaceMention[],
  clause: { start: number; end: number },
  offset: number,
  nextQuantity: number,
  kind: 'area' | 'people',
): string | null {
  const inClause = mentions.filter((m) => m.index >= clause.start && m.end <= clause.end);
  const own = inClause.filter((m) => m.index >= offset && m.index < nextQuantity);
  if (kind === 'people') {
    const near = own.find((m) => m.index - offset <= PEOPLE_PLACE_REACH && LOCATIVE.test(text.slice(Math.max(0, m.index - 12), m.index)));
    return near?.scope ?? null;
  }
  if (own.length) return own[0]!.scope;
  const scopes = new Set((inClause.length ? inClause : mentions).map((m) => m.scope));
  return scopes.size === 1 ? [...scopes][0]! : null;
}
