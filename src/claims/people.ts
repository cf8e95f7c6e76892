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

const TOKEN = /\s*([A-Za-z][\w'’.-]*|[,;:.()"“”])/y;

/** `after` is the text right after the quantity. */
export function peopleNounAfter(after: string, rules: RuleSet): PeopleNoun | null {
  if (PRONOMINAL_FOLLOWERS.test(after.trimStart())) return { subject: null, cls: null, end: 0 };
  if (/^\s*(?:and|or|to|in|on|at|by|as|after|before|since|when|while|during)\b/i.test(after) || /^\s*[.;,)]/.test(after) || !after.trim()) {
    return { subject: null, cls: null, end: 0 };
  }
  const names: string[] = [];
  TOKEN.lastIndex = 0;
  for (let i = 0; i < 5; i++) {
    const m = TOKEN.exec(after);
    if (!m) break;
    const word = m[1]!;
    const lower = word.toLowerCase().replace(/’/g, "'");
    const cls = CLASS_OF.get(lower);
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
