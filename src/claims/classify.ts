// Metric and status of one quantity, decided by the rule data in src/data/metrics.ts over the
// quantity's clause. The clause is written with the quantity as `#N#` and other quantities as
// `#Q#`, so a cue belongs to the nearest number and never reaches across another one.
import { METRIC_RULES, PEOPLE_CLASSES, PRONOMINAL_MAX_GAP, PRONOMINAL_METRICS, UNREAL, type MetricRule } from '../data/metrics.js';
import { escapeRegExp, type RuleSet } from './rules.js';

export interface Decision {
  metric: string;
  status: string;
  rule: string;
  cue: string;
  reason: string;
}

interface CompiledRule {
  rule: MetricRule;
  re: RegExp;
}

const compiledBuiltIns: CompiledRule[] = METRIC_RULES.map((rule) => ({ rule, re: new RegExp(rule.pattern, 'i') }));
const compiledFor = new WeakMap<RuleSet, CompiledRule[]>();


/** Built-in rules plus the user's config cues (a cue word within the clause, priority above built-ins). */
function rulesFor(rules: RuleSet): CompiledRule[] {
  let list = compiledFor.get(rules);
  if (list) return list;
  const extra: CompiledRule[] = rules.cues.map((c) => {
    const rule: MetricRule = {
      id: c.id, metric: c.metric, status: c.status, applies: c.metric === 'area' ? 'area' : 'people', priority: 90,
      pattern: `(?:\\b${escapeRegExp(c.cue)}\\b[^#]{0,60}#N#|#N#[^#]{0,60}\\b${escapeRegExp(c.cue)}\\b)`, cues: [c.cue], reason: c.reason,
    };
    return { rule, re: new RegExp(rule.pattern, 'i') };
  });
  list = [...extra, ...compiledBuiltIns];
  compiledFor.set(rules, list);
  return list;
}

/** Each word between cue and number costs this much priority: the nearest cue wins among peers. */
const WORD_DISTANCE_COST = 2;

/** Words between cue and number; "of them"/"of whom" belong to the count ("scores of them killed"). */
const wordsIn = (match: RegExpExecArray) => {
  const near = match.groups?.near ?? match[0];
  return near.replace(/#N#\s+(?:of|among)\s+(?:them|whom|those)\b/i, '#N#').trim().split(/\s+/).length - 1;
};
const scoreOf = (rule: MetricRule, match: RegExpExecArray) => rule.priority - WORD_DISTANCE_COST * wordsIn(match);

/**
 * `marked` is the clause with the quantity written `#N#`; `cls` the people class of the count
 * (null for a pronominal count like "16 were released", undefined for areas).
 */
export function classify(marked: string, applies: 'area' | 'people', rules: RuleSet, cls?: string | null): Decision | null {
  return decide(marked, applies, rules, cls).decision;
}

/** As classify, and whether a cue matched but stood under a modal or negation ("were not killed"). */
export function decide(marked: string, applies: 'area' | 'people', rules: RuleSet, cls?: string | null): { decision: Decision | null; vetoed: boolean } {
  let vetoed = false;
  let best: { c: CompiledRule; match: RegExpExecArray; score: number } | null = null;
  for (const c of rulesFor(rules)) {
    if (c.rule.applies !== applies) continue;
    if (cls === null && (!PRONOMINAL_METRICS.has(c.rule.metric))) continue;
    if (cls && c.rule.classes && !c.rule.classes.includes(cls)) continue;
    const match = c.re.exec(marked);
    if (!match) continue;
    if (UNREAL.test(match[0])) {
      vetoed = true;
      continue;
    }
    if (cls === null && wordsIn(match) > PRONOMINAL_MAX_GAP) continue;
    const score = scoreOf(c.rule, match);
    if (!best || score > best.score) best = { c, match, score };
  }
  if (!best) return { decision: null, vetoed };
  const { rule } = best.c;
  const cue = best.match[0].replace('#N#', '…').trim();
  return { decision: { metric: rule.metric, status: rule.status, rule: rule.id, cue, reason: rule.reason }, vetoed };
}

/** With no cue, a people class may still say what a count is ("600 militants": a force). */
export function defaultForClass(cls: string | null): Decision | null {
  const entry = cls ? PEOPLE_CLASSES[cls] : undefined;
  if (!entry?.defaultMetric) return null;
  return { metric: entry.defaultMetric, status: 'present', rule: `${entry.defaultMetric}.default.${cls}`, cue: cls!, reason: entry.reason };
}
