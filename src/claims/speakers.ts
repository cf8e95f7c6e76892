// Who said each claim, read from a bounded window of text around it. An article's speakers
// resolve within the article ("he said" -> the last person named, "the Hezbollah chief" -> a
// person named near it), so a document of any length (a feed pasted as one text, a 1 MB line)
// costs per claim what an article costs. Within the window only what a rule needs is read: the
// speech sentences just before the claim for "he said", and those that mention a name for
// "Nasrallah said"; the other speech verbs of the window are never looked at.
import type { Sentence } from '../model.js';
import { MAX_SENTENCE, type SentenceIndex } from '../text/sentences.js';
import { claimantFor, SPEECH_VERB_SCAN, type ResolvedClaimant } from './claimant.js';
import { SpeakerResolver, SpeechSentence, type SpeechSource } from './resolution.js';
import { escapeRegExp } from './rules.js';
import { codeAt } from '../text/chars.js';

/**
 * How far before a claim's sentence its speaker is looked for: a name given further back does not
 * resolve "he said" or "Forsyth says" for it. Twice what the articles at hand need (a speaker
 * named 5.2 KB before "Forsyth says"), and longer than nearly all news articles (BBC p99 5.8 KB).
 */
export const SPEAKER_REACH_BEFORE = 12_000;
/** How far after it: a description ("the Hezbollah chief") may resolve to a person named later. */
export const SPEAKER_REACH_AFTER = 4_000;

/** Characters past the end of a stretch that its scan still reads, for the look-aheads after a verb ("confirmed that"). */
const LOOKAHEAD = 64;
/** Speech verbs are found by stretches of this size, each scanned once per document. */
const CHUNK = 2048;
const isWordChar = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95;

/**
 * Offsets of the speech verbs that start in text[from, to), calling `visit` for each until it
 * returns an offset to resume from. Only that stretch is scanned: a scan of the whole text would
 * run on to the next verb however far away it is. The stretch starts between words, so a word
 * boundary at its edge is one in the text too.
 */
function scanVerbs(text: string, from: number, to: number, visit: (at: number) => number): void {
  while (from > 0 && from < to && isWordChar(codeAt(text, from - 1))) from++;
  if (from >= to) return;
  const stretch = text.slice(from, Math.min(text.length, to + LOOKAHEAD));
  SPEECH_VERB_SCAN.lastIndex = 0;
  for (let m = SPEECH_VERB_SCAN.exec(stretch); m && from + m.index < to; m = SPEECH_VERB_SCAN.exec(stretch)) {
    const matchEnd = m.index + m[0].length;
    // `visit` may scan another stretch with the same regex: resume from this match, not from its lastIndex.
    const resume = visit(from + m.index) - from;
    SPEECH_VERB_SCAN.lastIndex = Math.max(matchEnd, resume);
  }
}

/** Per document: which sentences hold a speech verb, found as needed and kept; and each claim's speaker. */
export class DocumentSpeakers {
  private readonly speech = new Map<number, SpeechSentence | null>();
  /** Speech sentences with a verb in each chunk of the text, in order. */
  private readonly chunks = new Map<number, SpeechSentence[]>();
  private lastWindow = '';
  private lastResolver: SpeakerResolver | null = null;

  constructor(
    readonly text: string,
    readonly index: SentenceIndex,
  ) {}

  /** The claimant of the figure at `offset` in `sentence`, or null for the article's own narration. */
  claimantAt(sentence: Sentence, offset: number): ResolvedClaimant | null {
    const from = Math.max(0, sentence.start - SPEAKER_REACH_BEFORE);
    const to = Math.min(this.text.length, sentence.end + SPEAKER_REACH_AFTER);
    const key = `${from}:${to}`;
    // The claims of one sentence share a window.
    if (key !== this.lastWindow || !this.lastResolver) {
      this.lastWindow = key;
      this.lastResolver = new SpeakerResolver(new WindowSpeech(this, from, to));
    }
    return claimantFor(sentence, offset, this.lastResolver, this.index);
  }

  /**
   * `sentence` as a speech sentence, or null when no speech verb starts in it. Its first verb is
   * the one the index places in this sentence (an overlong sentence is read as a window around a
   * verb, which must start where this one does).
   */
  speechOf(sentence: Sentence): SpeechSentence | null {
    const cached = this.speech.get(sentence.start);
    if (cached !== undefined) return cached;
    let found: SpeechSentence | null = null;
    scanVerbs(this.text, sentence.start, sentence.end, (at) => {
      const holding = this.index.at(at);
      if (holding.start !== sentence.start) return at + 1;
      found = new SpeechSentence(holding, at);
      return Number.MAX_SAFE_INTEGER;
    });
    this.speech.set(sentence.start, found);
    return found;
  }

  /** Speech sentences with a verb in chunk k, in order. */
  chunk(k: number): SpeechSentence[] {
    let list = this.chunks.get(k);
    if (!list) {
      const found: SpeechSentence[] = [];
      scanVerbs(this.text, k * CHUNK, (k + 1) * CHUNK, (at) => {
        const holding = this.index.at(at);
        const speech = this.speechOf(holding);
        if (speech && speech.sentence.start !== found[found.length - 1]?.sentence.start) found.push(speech);
        // One sentence is read once, however many verbs it holds.
        return Math.max(at + 1, holding.end);
      });
      list = found;
      this.chunks.set(k, list);
    }
    return list;
  }

  chunkOf(offset: number): number {
    return Math.floor(offset / CHUNK);
  }
}

/**
 * The speech sentences of the window [from, to) around a claim: those that start in it and have
 * their first verb in it.
 */
class WindowSpeech implements SpeechSource {
  constructor(
    private readonly doc: DocumentSpeakers,
    private readonly from: number,
    private readonly to: number,
  ) {}

  private inWindow(s: SpeechSentence | null): s is SpeechSentence {
    return s !== null && s.sentence.start >= this.from && s.verbAt < this.to;
  }

  speechOf(sentence: Sentence): SpeechSentence | null {
    const s = this.doc.speechOf(sentence);
    return this.inWindow(s) ? s : null;
  }

  *before(start: number): Iterable<SpeechSentence> {
    let last = start;
    for (let k = this.doc.chunkOf(start - 1); k >= 0 && k >= this.doc.chunkOf(this.from); k--) {
      const list = this.doc.chunk(k);
      for (let i = list.length - 1; i >= 0; i--) {
        const s = list[i]!;
        if (s.sentence.start >= last) continue;
        if (s.sentence.start < this.from) return;
        last = s.sentence.start;
        if (this.inWindow(s)) yield s;
      }
    }
  }

  *mentioning(words: readonly string[]): Iterable<SpeechSentence> {
    // A sentence whose verb is in the window may run past its end by up to a sentence.
    const end = Math.min(this.doc.text.length, this.to + MAX_SENTENCE);
    const stretch = this.doc.text.slice(this.from, end);
    const pattern = new RegExp(words.map(escapeRegExp).join('|'), 'gi');
    const seen = new Set<number>();
    for (let m = pattern.exec(stretch); m; m = pattern.exec(stretch)) {
      if (m[0].length === 0) pattern.lastIndex++;
      const holding = this.doc.index.at(this.from + m.index);
      if (seen.has(holding.start)) continue;
      seen.add(holding.start);
      const s = this.doc.speechOf(holding);
      if (this.inWindow(s)) yield s;
    }
  }
}
