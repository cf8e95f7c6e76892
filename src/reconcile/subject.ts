// Who a figure counts. A subject reads as "<group words> <head noun>" ("Daesh militants",
// "Lebanese soldiers and police officers"): the head gives the class (soldier, militant,
// civilian...), the words before it the side. Two subjects are compatible when their classes
// match and their sides are equal or one is unstated; a generic or missing subject fits anything.
import {
  GENERIC_SUBJECTS, IRREGULAR_SINGULARS, SUBJECT_CLASSES, SUBJECT_NOISE_WORDS,
} from '../data/reconcile.js';
import { canonicalGroup, DEFAULT_RULES, type RuleSet } from '../claims/rules.js';

export interface SubjectKey {
  /** Class of the head noun, or null when the subject says nothing about who. */
  cls: string | null;
  /** Canonical side or group ("isis", "lebanese"), or null when unstated. */
  side: string | null;
}

export function singular(word: string): string {
  const irregular = IRREGULAR_SINGULARS[word];
  if (irregular) return irregular;
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

function parsePart(part: string, rules: RuleSet): SubjectKey {
  const words = part.split(/\s+/).filter(Boolean);
  if (words.length === 0) return { cls: null, side: null };
  let headLength = 1;
  let head = singular(words[words.length - 1]!);
  if (words.length >= 2) {
    const two = `${words[words.length - 2]} ${head}`;
    if (SUBJECT_CLASSES[two]) {
      head = two;
      headLength = 2;
    }
  }
  const cls = GENERIC_SUBJECTS.has(head) ? null : (SUBJECT_CLASSES[head] ?? head);
  const sideWords = words.slice(0, words.length - headLength).filter((w) => !SUBJECT_NOISE_WORDS.has(w));
  return { cls, side: sideWords.length ? canonicalSide(sideWords, rules) : null };
}

/** "daesh" -> "isis"; "lebanese" stays; each word is tried as an alias when the phrase is not one. */
function canonicalSide(words: string[], rules: RuleSet): string {
  const phrase = words.join(' ');
  const whole = canonicalGroup(phrase, rules);
  if (whole !== phrase) return whole.toLowerCase();
  return words.map((w) => canonicalGroup(w, rules).toLowerCase()).join(' ');
}

const caches = new WeakMap<RuleSet, Map<string, SubjectKey>>();

/** Class and side of a subject phrase; memoised per rule set because subjects repeat a lot. */
export function subjectKey(subject: string | null, rules: RuleSet = DEFAULT_RULES): SubjectKey {
  if (!subject) return { cls: null, side: null };
  let cache = caches.get(rules);
  if (!cache) caches.set(rules, (cache = new Map()));
  const hit = cache.get(subject);
  if (hit) return hit;
  const text = subject.toLowerCase().replace(/[’‘]/g, "'").replace(/'s\b/g, '').replace(/[^\p{L}\p{N}' -]+/gu, ' ').trim();
  // "soldiers and police officers": the first part with a class speaks for the whole; a side
  // named in any part applies to it.
  const parts = text.split(/\s+(?:and|or|&)\s+|\s*,\s*/).map((p) => parsePart(p, rules));
  const key: SubjectKey = {
    cls: parts.find((p) => p.cls !== null)?.cls ?? null,
    side: parts.find((p) => p.side !== null)?.side ?? null,
  };
  if (cache.size > 100_000) cache.clear();
  cache.set(subject, key);
  return key;
}

export function compatibleSubjects(a: SubjectKey, b: SubjectKey): boolean {
  if (a.cls !== null && b.cls !== null && a.cls !== b.cls) return false;
  return a.side === null || b.side === null || a.side === b.side;
}
