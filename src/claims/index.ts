// Claims stage: decide which quantities are claims, of which metric and status, and attach
// claimant, scope, subject and asOf. Expensive work (sentences, dates, rules) runs only on the
// sentences that hold a candidate number or a speech verb.
import type { Claim, Document, Quantity, Sentence } from '../model.js';
import { SentenceIndex, firstAtOrAfter } from '../text/sentences.js';
import { decide, defaultForClass, type Decision } from './classify.js';
import { clauseAt, clausesOf, type Clause } from './clauses.js';
import { DocumentSpeakers } from './speakers.js';
import { asOfFor, dateMentions, eventDates, type DateMention } from './dates.js';
import { peopleNounAfter, type PeopleNoun } from './people.js';
import { PRONOMINAL_CUE_HINT, PRONOMINAL_HINT_REACH } from '../data/metrics.js';
import { DEFAULT_RULES, type RuleSet } from './rules.js';
import { placeMentions, scopeFor, type PlaceMention } from './scope.js';

/** Statuses whose figures only grow; the others are stocks (what is left, held, besieged, present). */
const CUMULATIVE = new Set(['captured', 'killed', 'wounded', 'taken', 'released', 'dead']);

const isCandidate = (q: Quantity) => !q.excluded && !q.fraction && (q.dimension === 'count' || q.dimension === 'area');

/** Candidates within [from, to), found by binary search in the offset-sorted list. */
function candidatesIn(sorted: Quantity[], from: number, to: number): Quantity[] {
  const out: Quantity[] = [];
  for (let i = firstAtOrAfter(sorted, from, (q) => q.span[0]); i < sorted.length && sorted[i]!.span[1] <= to; i++) out.push(sorted[i]!);
  return out;
}

/** The clause with this quantity as #N# and other candidates as #Q#, so cues bind to the nearest number. */
function markedClause(sentence: Sentence, clause: Clause, q: Quantity, sorted: Quantity[], nounEnd: number | null): string {
  const from = sentence.start + clause.start;
  const to = sentence.start + clause.end;
  let text = sentence.text.slice(clause.start, clause.end);
  const edits = candidatesIn(sorted, from, to)
    .filter((o) => o !== q)
    .map((o) => ({ start: o.span[0] - from, end: o.span[1] - from, with: '#Q#' }));
  edits.push({ start: q.span[0] - from, end: q.span[1] - from, with: '#N#' });
  edits.sort((a, b) => b.start - a.start);
  for (const e of edits) text = text.slice(0, e.start) + e.with + text.slice(e.end);
  // "Five from a group of 30 kidnapped servicemen ...": the outer count owns the verb; the inner
  // one only its own noun phrase.
  const partitive = /#N#(\s+(?:from|out of|of)\s+(?:a group of\s+|a total of\s+|the\s+)?)#Q#/;
  if (partitive.test(text)) text = text.replace(partitive, '#N#$1N');
  // "killed 31 jihadists and eight civilians": a coordinated count shares the verb before it.
  text = text.replace(/#Q#((?:\s+[\w'’-]+){0,3}\s+and\s+)#N#/, 'N$1#N#');
  const inner = /#Q#\s+(?:from|out of|of)\s+(?:a group of\s+|a total of\s+|the\s+)?#N#/.exec(text);
  if (inner && nounEnd !== null) {
    const cut = text.indexOf('#N#') + 3 + nounEnd;
    text = text.slice(text.indexOf('#N#'), cut);
  }
  return text;
}

/**
 * A breakdown between a figure and its verb ("Nine civilians, including three children, were
 * killed") is set aside so the whole reaches the verb.
 */
function setAsideBreakdown(marked: string): string {
  return marked.replace(
    /,?\s*\b(?:including|among them|among whom|of whom)\s+(?:(?:a|an|one|#Q#)\s+[\w'’-]+(?:\s+[\w'’-]+)?(?:\s*,\s*|\s+and\s+)?){1,4}?\s*(?:,|(?=\s+(?:were|was|have|had|are|is|died|[a-z]+ed)\b))/i,
    ' ',
  );
}

/**
 * A part of the figure before it ("..., including #N# on the Lebanese side and #N# ...") or a
 * figure coordinated with it ("120 sq km on the Lebanese side, and #N# on the Syrian side"):
 * with no cue of its own, it takes the earlier figure's metric and status.
 */
const SHARES_DECISION = /\b(?:including|among them|among whom|of whom)\s+(?:(?:#Q#|N\b)[^#]*?\band\s+)?#N#|(?:#Q#|\bN\b)[^#]{0,80}?,?\s+and\s+(?:[\w'’-]+\s+)?#N#/i;

function lastSubject(items: readonly { subject: string | null }[]): string | null {
  for (let i = items.length - 1; i >= 0; i--) if (items[i]!.subject) return items[i]!.subject;
  return null;
}

/** Claims of the sentence `prev`: claims are made in offset order, so only the tail is read. */
function previousSentenceClaims(claims: Claim[], prev: Sentence | null): Claim[] {
  if (!prev) return [];
  let i = claims.length;
  while (i > 0 && claims[i - 1]!.span[0] >= prev.start) i--;
  return claims.slice(i).filter((c) => c.span[0] < prev.end);
}

interface SentenceContext {
  clauses: Clause[];
  dates: DateMention[] | null;
  places: PlaceMention[] | null;
  decided: { q: Quantity; decision: Decision; clause: Clause; subject: string | null }[];
}

export function claimsFromDocument(doc: Document, quantities: Quantity[], rules: RuleSet = DEFAULT_RULES): Claim[] {
  const candidates = quantities.filter(isCandidate);
  if (!candidates.length) return [];
  const index = new SentenceIndex(doc.text);
  // Speakers are resolved only for documents that have a claim, and around each claim.
  let speakers: DocumentSpeakers | null = null;
  const contexts = new Map<number, SentenceContext>();
  const claims: Claim[] = [];
  const published = doc.source.published;
  const areaScopes = new Map<number, Set<string>>();

  for (let qi = 0; qi < candidates.length; qi++) {
    const q = candidates[qi]!;
    // Cheap tests first: most numbers in news count no people and sit by no cue.
    const applies = q.dimension === 'area' ? 'area' : 'people';
    let noun: PeopleNoun | null = null;
    if (applies === 'people') {
      noun = peopleNounAfter(doc.text.slice(q.span[1], Math.min(doc.text.length, q.span[1] + 80)), rules, q.value);
      if (!noun) continue;
      if (noun.cls === null && !PRONOMINAL_CUE_HINT.test(doc.text.slice(Math.max(0, q.span[0] - PRONOMINAL_HINT_REACH), q.span[1] + 60))) continue;
    }
    const sentence = index.at(q.span[0]);
    let ctx = contexts.get(sentence.start);
    if (!ctx) {
      ctx = { clauses: clausesOf(sentence.text), dates: null, places: null, decided: [] };
      contexts.set(sentence.start, ctx);
    }
    const rel = q.span[0] - sentence.start;
    const clause = clauseAt(ctx.clauses, rel);
    const rawMarked = markedClause(sentence, clause, q, candidates, noun?.end ?? null);
    const marked = setAsideBreakdown(rawMarked);
    const decided = decide(marked, applies, rules, noun ? noun.cls : undefined);
    let decision = decided.decision;
    if (!decision && SHARES_DECISION.test(rawMarked)) {
      const earlier = [...ctx.decided].reverse().find((d) => (d.q.dimension === 'area') === (applies === 'area'));
      if (earlier) decision = { ...earlier.decision, rule: `${earlier.decision.rule}+shared`, reason: `a part of, or listed with, the figure before it: ${earlier.decision.reason}` };
    }
    // The size of a force or a displaced population is stated by a count that leads its clause
    // ("Nearly 3,000 militants ..."), not one governed by a preposition ("the lives of 2,000 militants").
    if (!decision && !decided.vetoed && noun && !/\b(?:of|to|for|with|against|from|by|on|at|in|into|among|between)\s+(?:\S+\s+)?$/i.test(marked.slice(0, marked.indexOf('#N#')))) {
      decision = defaultForClass(noun.cls);
    }
    if (!decision) continue;
    // A bare pronominal count ("16 were released") needs a cue, never a default.
    if (noun && noun.cls === null && decision.rule.includes('.default.')) continue;
    ctx.decided.push({ q, decision, clause, subject: noun?.subject ?? null });

    const inferred: string[] = [];
    // A bare count ("while 16 were released") counts the people last named before it.
    let subject = noun?.subject ?? null;
    if (noun && subject === null) {
      subject = lastSubject(ctx.decided.slice(0, -1)) ?? lastSubject(previousSentenceClaims(claims, index.before(sentence)));
      if (subject) inferred.push('subject');
    }
    speakers ??= new DocumentSpeakers(doc.text, index);
    const who = speakers.claimantAt(sentence, q.span[0]);
    if (who?.inferred) inferred.push('claimant');

    ctx.dates ??= dateMentions(sentence.text, published);
    const clauseBounds = { start: clause.start, end: clause.end };
    const dated = asOfFor(sentence.text, clauseBounds, rel, published, ctx.dates, who !== null);
    let asOf = dated.asOf;
    if (dated.inferred && asOf) inferred.push('asOf');
    // An event count ("took 30 soldiers hostage") with no date of its own happened when the
    // sentence before it says.
    if (dated.basis !== 'stated' && decision.status === 'taken') {
      const prev = index.before(sentence);
      const prevDates = prev ? eventDates(prev.text, published) : [];
      if (prevDates.length) {
        asOf = prevDates[prevDates.length - 1]!.iso;
        inferred.push('asOf');
      } else if (dated.basis === 'present') asOf = null;
    }

    ctx.places ??= placeMentions(sentence.text, rules);
    const next = candidates[qi + 1];
    const nextRel = next && next.span[0] < sentence.end ? next.span[0] - sentence.start : Infinity;
    let scope = scopeFor(sentence.text, ctx.places, clauseBounds, rel, nextRel, applies);
    if (!scope && applies === 'area' && who?.inferred) {
      // A continuing quote keeps the place its speaker just named, when that was one place.
      const prev = index.before(sentence);
      const prevScopes = prev ? areaScopes.get(prev.start) : undefined;
      if (prevScopes?.size === 1) {
        scope = [...prevScopes][0]!;
        inferred.push('scope');
      }
    }
    if (applies === 'area') {
      const set = areaScopes.get(sentence.start) ?? new Set<string>();
      if (scope) set.add(scope);
      areaScopes.set(sentence.start, set);
    }

    claims.push({
      id: `${doc.file}:${q.span[0]}`,
      metric: decision.metric,
      status: decision.status,
      value: q.value,
      low: q.low,
      high: q.high,
      unit: applies === 'area' ? 'km2' : 'people',
      qualifier: q.qualifier,
      // "another 20 to go", "another nine remain": on a stock, "another" restates, it does not add.
      incremental: q.incremental && CUMULATIVE.has(decision.status),
      text: q.text,
      sentence: sentence.text,
      span: q.span,
      claimant: who?.claimant ?? null,
      scope,
      subject,
      asOf,
      source: { file: doc.file, outlet: doc.source.outlet, url: doc.source.url, published },
      evidence: { rule: decision.rule, cue: decision.cue, reason: decision.reason },
      inferred,
    });
  }
  return claims;
}
