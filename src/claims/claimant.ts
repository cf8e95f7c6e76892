// Who made a claim: "said X", "X noted", "according to X", "X's media bureau reported", read
// from one sentence; continuing quotes inherit the previous sentence's speaker. Pronouns ("He
// added") and descriptions ("the Hezbollah chief") are resolved to a person named nearby by
// resolution.ts, within the window around each claim that speakers.ts reads.
import type { Sentence } from '../model.js';
import { ROLE_NOUNS, SPEAKER_PRONOUNS, SPEECH_VERBS, SPEECH_VERBS_WITH_COMPLEMENT, TITLES } from '../data/speech.js';
import type { SentenceIndex } from '../text/sentences.js';

export interface Attribution {
  /** Offset (absolute) of the speech verb. */
  at: number;
  /** The noun phrase as written. */
  phrase: string;
}

const alternation = (verbs: string[]) => verbs.slice().sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|');
/** Speech verbs: a scan finds the sentences that may attribute a claim; only those are read. */
export const SPEECH_VERB_SCAN = new RegExp(
  // "claims"/"claimed" are not speech before a number or "the lives of" ("Claims 6 Martyrs").
  `\\b(?:${alternation(SPEECH_VERBS.filter((v) => !v.startsWith('claim')))})\\b|\\b(?:claimed|claims)\\b(?!\\s+(?:\\d|the lives|lives))|\\b(?:${alternation(SPEECH_VERBS_WITH_COMPLEMENT)})(?=\\s+that\\b|\\s*[:,"“])`,
  'gi',
);
// Words a speaker's noun phrase never crosses; texts stripped of commas run clauses together.
const STOP_BEFORE = new Set([
  'that', 'and', 'but', 'which', 'who', 'as', 'while', 'also', 'when', 'where', 'if', 'because', 'so', 'to', 'in', 'on',
  'from', 'by', 'with', 'for', 'after', 'before', 'during', 'into', 'addition', 'than', 'was', 'were', 'is', 'are', 'has',
  'have', 'had', 'been', 'being', 'not', 'it', 'this', 'there', 'then', 'what', 'how', 'said', 'says', 'told',
]);
const DETERMINERS = /^(?:the|a|an)$/i;
const QUOTE_OPEN = /^["“‘']/;

function tokensOf(text: string): string[] {
  // Dashes are boundaries too: "Press TV – The Lebanese army says" has the army speaking.
  return text.match(/[A-Za-z][\w'’.-]*|["“”,;:()–—]|(?<=\s)-(?=\s)/g) ?? [];
}

/** The noun phrase that ends right before a speech verb ("Hezbollah's media bureau" reported). */
function subjectBefore(before: string): string {
  const tokens = tokensOf(before);
  const out: string[] = [];
  let stoppedAt = '';
  for (let i = tokens.length - 1; i >= 0 && out.length < 10; i--) {
    const t = tokens[i]!;
    // Adverbs between subject and verb ("Nasrallah also said") are not part of the name.
    if (out.length === 0 && /ly$/.test(t) && t[0] === t[0]!.toLowerCase()) continue;
    // "a source at Aleppo Police Command", "SANA reporter in Aleppo": a role noun takes its place;
    // "Observatory for Human Rights": a connector inside a name.
    const roleOfPlace = /^(?:in|at|of|for)$/.test(t) && i > 0 && /^(?:reporter|correspondent|source|official|spokes\w+|commander|governor|monitor)s?$/i.test(tokens[i - 1]!);
    const connector = /^(?:for|of)$/.test(t) && i > 0 && /^[A-Z]/.test(tokens[i - 1]!) && /^[A-Z]/.test(out[0] ?? '');
    if (!roleOfPlace && !connector && (/^["“”,;:()–—-]$/.test(t) || STOP_BEFORE.has(t.toLowerCase()) || /^[a-z]+ed$/.test(t))) {
      stoppedAt = t.toLowerCase();
      break;
    }
    out.unshift(t);
  }
  // "... in Idlib said": a place after a locative is where, not who.
  if (/^(?:in|at|from|near)$/.test(stoppedAt) && !ROLE_NOUNS.test(out.join(' '))) return '';
  return trimRunOn(out);
}

/**
 * Texts without commas run the clause before into the speaker ("Tuesday the Russian defence
 * ministry", "Aleppo city a monitor"): keep from the last determiner, else from the first capital.
 */
function trimRunOn(tokens: string[]): string {
  // "Leader of the Lebanese Hezbollah movement": a determiner after "of" is inside the phrase.
  const lastDeterminer = tokens.map((t, i) => DETERMINERS.test(t) && !/^of$/i.test(tokens[i - 1] ?? '')).lastIndexOf(true);
  let from = lastDeterminer > 0 ? lastDeterminer : 0;
  if (lastDeterminer <= 0) {
    const firstCapital = tokens.findIndex((t) => /^[A-Z]/.test(t));
    if (firstCapital > 0 && tokens.slice(0, firstCapital).every((t) => !ROLE_NOUNS.test(t))) from = firstCapital;
  }
  return tokens.slice(from).join(' ');
}

/** The noun phrase after an inverted verb ('..." said Lebanese army spokesman Ali Qanso at ...'). */
function subjectAfter(after: string): string {
  const m = /^\s*([A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,9}?)(?=\s+(?:at|on|in|during|who|when|while|adding|as|to|from|after|before|told|said|says|that)\b|\s*[,.;:“”"(]|\s*$)/.exec(after);
  return m ? m[1]!.trim() : '';
}

/** Attributions in one sentence, in order. */
export function attributionsIn(sentence: Sentence): Attribution[] {
  const out: Attribution[] = [];
  const text = sentence.text;
  SPEECH_VERB_SCAN.lastIndex = 0;
  for (let m = SPEECH_VERB_SCAN.exec(text); m; m = SPEECH_VERB_SCAN.exec(text)) {
    const verb = m[0].toLowerCase();
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    let phrase = '';
    if (verb.startsWith('according')) phrase = subjectAfter(after);
    else {
      const inverted = /[,”"]\s*$/.test(before) && !/^\s*(?:that|it)\b/i.test(after);
      phrase = inverted ? subjectAfter(after) : subjectBefore(before);
      if (!phrase && !inverted) phrase = subjectAfter(after);
    }
    phrase = phrase.replace(/^(?:on|in|at)\s+\w+day\s*/i, '').trim();
    if (phrase && (/[A-Z]/.test(phrase) || ROLE_NOUNS.test(phrase) || SPEAKER_PRONOUNS.test(phrase))) {
      out.push({ at: sentence.start + m.index, phrase });
    }
  }
  return out;
}

/** The lower-case words of a phrase that can tie a description to a person ("hezbollah", "chief"). */
export const significant = (phrase: string) =>
  new Set(phrase.toLowerCase().replace(/[’']s\b/g, '').split(/[^a-z-]+/).filter((w) => w.length > 2 && !['the', 'and', 'of'].includes(w)));

/** "Lebanese army spokesman Brigadier-General Ali Qanso" -> "Ali Qanso"; null when no name ends the phrase. */
export function nameIn(phrase: string): string | null {
  const tokens = phrase.replace(/\.+$/, '').split(/\s+/);
  const run: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    const particle = /^(?:al-|el-|bin|ibn|abu|de|van|von)/.test(t) && run.length > 0;
    // Lower-case connectors inside an organisation's name ("Observatory for Human Rights").
    const connector = /^(?:for|of|and)$/.test(t) && run.length > 0 && i > 0 && /^[A-Z]/.test(tokens[i - 1]!);
    if ((!/^[A-Z]/.test(t) && !particle && !connector) || /['’]s$/.test(t)) break;
    run.unshift(t);
  }
  // "reporter in Aleppo": a place after a preposition is where the speaker is, not who.
  const beforeRun = tokens[tokens.length - run.length - 1];
  if (beforeRun && /^(?:in|at|from)$/i.test(beforeRun)) return null;
  // Titles and the organisation before them are not part of a name: keep what follows the last title.
  let lastTitle = -1;
  run.forEach((t, i) => { if (TITLES.has(t.toLowerCase())) lastTitle = i; });
  const name = run.slice(lastTitle + 1);
  if (!name.length) return null;
  if (/^(?:for|of|and)$/.test(name[0]!)) return null;
  // A lone capitalised head after a determiner ("The Army") is a description, not a name.
  if (name.length === tokens.length - 1 && DETERMINERS.test(tokens[0]!) && name.length === 1) return null;
  return name.join(' ');
}

/** Roles a person holds: "the Hezbollah chief said" describes someone named nearby. */
export const PERSON_ROLE = /\b(?:leader|chief|head|spokes(?:man|woman|person)|commander|minister|president|secretary(?:[- ]general)?|governor|envoy|ambassador|general|officer)\b/i;

export interface ResolvedClaimant {
  claimant: string;
  /** True when the name came from a pronoun, a description or a previous sentence. */
  inferred: boolean;
}

/** The resolved attributions of a sentence, in order; undefined when it has none. */
export interface ResolvedAttributions {
  get(sentence: Sentence): { at: number; who: ResolvedClaimant }[] | undefined;
}

/** The claimant of a quantity at `offset` in `sentence`, with carry-over into continuing quotes. */
export function claimantFor(
  sentence: Sentence,
  offset: number,
  resolved: ResolvedAttributions,
  index: SentenceIndex,
): ResolvedClaimant | null {
  const own = resolved.get(sentence);
  if (own?.length) {
    const before = own.filter((a) => a.at <= offset);
    return (before.length ? before[before.length - 1]! : own[0]!).who;
  }
  // A sentence that is all quote, right after an attributed one, continues that speech.
  let s: Sentence | null = sentence;
  for (let hops = 0; s && QUOTE_OPEN.test(s.text) && hops < 3; hops++) {
    const prev = index.before(s);
    if (!prev) break;
    const prevAtts = resolved.get(prev);
    if (prevAtts?.length) return { claimant: prevAtts[prevAtts.length - 1]!.who.claimant, inferred: true };
    s = prev;
  }
  return null;
}
