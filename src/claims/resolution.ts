// Resolving speakers, reading a speech-verb sentence only when a rule needs it: "he said" needs
// the last named speaker before it, "Nasrallah said" the persons whose full name ends in
// "Nasrallah", "the Hezbollah chief said" the persons sharing a word with it. Where those
// sentences come from (a whole text, a window of a long document) is a SpeechSource.
import type { Sentence } from '../model.js';
import { SPEAKER_PRONOUNS } from '../data/speech.js';
import { firstAtOrAfter } from '../text/sentences.js';
import { attributionsIn, nameIn, PERSON_ROLE, significant, type Attribution, type ResolvedAttributions, type ResolvedClaimant } from './claimant.js';

/** An attribution with what resolving it needs, worked out once. */
export interface ReadAttribution extends Attribution {
  /** "he", "she", "they": continues the current speaker. */
  pronoun: boolean;
  /** The name the phrase ends with ("Ali Qanso"); a named attribution that is no pronoun introduces a person. */
  name: string | null;
  /** Its significant words, which a description shares with a person named nearby. */
  words: Set<string>;
}

/** A sentence holding a speech verb; its attributions are read on first use and kept. */
export class SpeechSentence {
  private read: ReadAttribution[] | null = null;
  private lower: string | null = null;

  constructor(
    readonly sentence: Sentence,
    /** Where its first speech verb starts. */
    readonly verbAt: number,
  ) {}

  get attributions(): ReadAttribution[] {
    this.read ??= attributionsIn(this.sentence).map((a) => ({
      ...a, pronoun: SPEAKER_PRONOUNS.test(a.phrase), name: nameIn(a.phrase), words: significant(a.phrase),
    }));
    return this.read;
  }

  /** Whether any of `words` (lower case) occurs in the sentence. */
  mentionsAny(words: readonly string[]): boolean {
    this.lower ??= this.sentence.text.toLowerCase();
    return words.some((w) => this.lower!.includes(w));
  }
}

/** The speech-verb sentences resolution may read, in document order. */
export interface SpeechSource {
  /** `sentence` as a speech sentence of the source; null when it holds no speech verb (or lies outside). */
  speechOf(sentence: Sentence): SpeechSentence | null;
  /** Speech sentences that start before `start`, nearest first. */
  before(start: number): Iterable<SpeechSentence>;
  /**
   * Speech sentences in document order, at least every one that holds one of `words` (lower case):
   * the only ones that can name a person with that word.
   */
  mentioning(words: readonly string[]): Iterable<SpeechSentence>;
}

type Resolved = { at: number; who: ResolvedClaimant }[];
const isPerson = (a: ReadAttribution) => a.name !== null && !a.pronoun;

/**
 * The speakers of the speech sentences of a source: who each attribution names, with pronouns
 * continuing the last named speaker and descriptions resolved to a person named in the source.
 */
export class SpeakerResolver implements ResolvedAttributions {
  private readonly named = new Map<ReadAttribution, ResolvedClaimant>();

  constructor(private readonly source: SpeechSource) {}

  /** The resolved attributions of `sentence`; undefined when it has none. */
  get(sentence: Sentence): Resolved | undefined {
    const speech = this.source.speechOf(sentence);
    if (!speech) return undefined;
    const out: Resolved = [];
    speech.attributions.forEach((a, k) => {
      const who = a.pronoun ? this.speakerBefore(speech, k) : this.resolveNamed(a);
      if (who) out.push({ at: a.at, who: a.pronoun ? { claimant: who.claimant, inferred: true } : who });
    });
    return out.length ? out : undefined;
  }

  /** The speaker a pronoun continues: the nearest attribution before it that is no pronoun, if any. */
  private speakerBefore(speech: SpeechSentence, k: number): ResolvedClaimant | null {
    const own = speech.attributions;
    for (let i = k - 1; i >= 0; i--) if (!own[i]!.pronoun) return this.resolveNamed(own[i]!);
    for (const s of this.source.before(speech.sentence.start)) {
      const atts = s.attributions;
      for (let i = atts.length - 1; i >= 0; i--) if (!atts[i]!.pronoun) return this.resolveNamed(atts[i]!);
    }
    return null;
  }

  private resolveNamed(a: ReadAttribution): ResolvedClaimant {
    let who = this.named.get(a);
    if (who) return who;
    const name = a.name;
    // "Nasrallah" after "Sayyed Hassan Nasrallah": the same person, named in full once.
    const fuller = name && !name.includes(' ') ? this.firstPerson([name.toLowerCase()], (p) => p.name!.endsWith(` ${name}`)) : null;
    if (fuller) who = { claimant: fuller.name!, inferred: true };
    else if (name) who = { claimant: name, inferred: false };
    else {
      const bare = a.phrase.replace(/^(?:the|a|an)\s+/i, '');
      const definite = /^the\s/i.test(a.phrase) || /^[A-Z]/.test(a.phrase);
      const person = definite && PERSON_ROLE.test(a.phrase) && !/[’']s\s/.test(a.phrase) ? this.describe(a) : null;
      who = person ? { claimant: person, inferred: true } : { claimant: bare.replace(/[’]/g, "'"), inferred: false };
    }
    this.named.set(a, who);
    return who;
  }

  /** The first person of the source that passes `test`, read from the sentences that mention one of `words`. */
  private firstPerson(words: string[], test: (p: ReadAttribution) => boolean): ReadAttribution | null {
    for (const s of this.source.mentioning(words)) {
      for (const p of s.attributions) if (isPerson(p) && test(p)) return p;
    }
    return null;
  }

  /** The person sharing most words with a description ("the Hezbollah chief"); earlier wins a tie, a later one costs a point. */
  private describe(a: ReadAttribution): string | null {
    if (!a.words.size) return null;
    let best: ReadAttribution | null = null;
    let bestScore = 0;
    for (const s of this.source.mentioning([...a.words])) {
      for (const p of s.attributions) {
        if (!isPerson(p)) continue;
        let shared = 0;
        for (const w of a.words) if (p.words.has(w)) shared++;
        const score = shared * 10 - (p.at <= a.at ? 0 : 1);
        if (shared > 0 && score > bestScore) [best, bestScore] = [p, score];
      }
    }
    return best?.name ?? null;
  }
}

/** A source over a list of speech sentences in document order (a whole text, for one pass). */
export class ListedSpeech implements SpeechSource {
  constructor(private readonly sentences: readonly SpeechSentence[]) {}

  speechOf(sentence: Sentence): SpeechSentence | null {
    const found = this.sentences[firstAtOrAfter(this.sentences, sentence.start, (s) => s.sentence.start)];
    return found?.sentence.start === sentence.start ? found : null;
  }

  *before(start: number): Iterable<SpeechSentence> {
    for (let i = firstAtOrAfter(this.sentences, start, (s) => s.sentence.start) - 1; i >= 0; i--) yield this.sentences[i]!;
  }

  *mentioning(words: readonly string[]): Iterable<SpeechSentence> {
    for (const s of this.sentences) if (s.mentionsAny(words)) yield s;
  }
}

/**
 * Resolves every attribution of `sentences` (the speech-verb sentences of a text, in order), keyed
 * by sentence start.
 */
export function resolveAttributions(sentences: Sentence[]): Map<number, Resolved> {
  const speakers = new SpeakerResolver(new ListedSpeech(sentences.map((s) => new SpeechSentence(s, s.start))));
  const out = new Map<number, Resolved>();
  for (const s of sentences) {
    const resolved = speakers.get(s);
    if (resolved) out.set(s.start, resolved);
  }
  return out;
}
