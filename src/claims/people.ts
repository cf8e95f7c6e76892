// Does a count count people, and whom? Reads the few words after the number: a people noun
// ("Four Lebanese soldiers"), or nothing but a verb when the people were named already
// ("16 were released", "killing 16 and wounding 20").
import { PEOPLE_CLASSES, PEOPLE_MODIFIERS, PRONOMINAL_FOLLOWERS } from '../data/metrics.js';
import { canonicalGroup, type RuleSet } from './rules.js';

export interface PeopleNoun {
  /** "Lebanese soldiers", "ISIS militants", or null when the count is pronominal. */
  subject: string | null;
  /** Class from PEOPLE_CLASSES ("soldiers", "militants", ...), null when pronominal. */
  cls: string | null;
  /** End offset (relative to the text given) of the noun phrase. */
  end: number;
}

const CLASS_OF = new Map<string, string>();
for (const [cls, { nouns }] of Object.entries(PEOPLE_CLASSES)) for (const n of nouns) CLASS_OF.set(n, cls);
/** Singular nouns ("terrorist" in "three terrorist attacks"): after a count above one they are adjectives. */
const SINGULAR = new Set([...CLASS_OF.keys()].filter((n) => CLASS_OF.has(`${n}s`) || /(?:man|child|person)$/.test(n)));

const TOKEN = /\s*([A-Za-z][\w'’.-]*|[,;:.()"“”])/y;

/** `after` is the text right after the quantity. */
export function peopleNounAfter(after: string, rules: RuleSet, value = 2): PeopleNoun | null {
  if (PRONOMINAL_FOLLOWERS.test(after.trimStart())) {
    // "Five from a group of 30 kidnapped servicemen": the outer count counts the inner noun.
    const partitive = /^\s*(?:from|of|out of)\s+(?:a group of\s+|a total of\s+|the\s+)?[\w,.-]+(?=\s)/i.exec(after);
    const inner = partitive ? peopleNounAfter(after.slice(partitive[0].length), rules, value) : null;
    return inner?.cls ? { ...inner, end: 0 } : { subject: null, cls: null, end: 0 };
  }
  const names: string[] = [];
  TOKEN.lastIndex = 0;
  for (let i = 0; i < 5; i++) {
    const m = TOKEN.exec(after);
    if (!m) break;
    const word = m[1]!.replace(/\.$/, '');
    const lower = word.toLowerCase().replace(/’/g, "'");
    // A determiner opens another noun phrase: "URL 13963 The Russian Aerospace Forces".
    if (/^(?:the|a|an)$/i.test(word)) return null;
    const cls = CLASS_OF.get(lower);
    if (cls && value > 1 && SINGULAR.has(lower)) return null;
    if (cls) {
      const group = names.map((n) => canonicalGroup(n.replace(/['’]s$/, ''), rules)).join(' ');
      const noun = lower === 'police' ? 'police' : lower;
      return { subject: group ? `${group} ${noun}` : noun, cls, end: TOKEN.lastIndex };
    }
    if (/^[A-Z]/.test(word) && !/^[,;:.()"“”]$/.test(word)) {
      names.push(word);
      continue;
    }
    if (PEOPLE_MODIFIERS.has(lower)) continue;
    return null;
  }
  return null;
}

/** Class of a subject string ("Lebanese soldiers" -> "soldiers"). */
export function classOfSubject(subject: string | null): string | null {
  if (!subject) return null;
  const last = subject.split(/\s+/).pop()!.toLowerCase();
  return CLASS_OF.get(last) ?? null;
}
