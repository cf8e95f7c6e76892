// The single source of types: every stage's values are described here with zod, and the
// TypeScript types are derived from these schemas. `claims schema` prints them as JSON Schema.
// JSON keys are only ever added: renaming one breaks the scripts that read our output.
import { z } from 'zod';

export const METRICS = ['area', 'casualties', 'captives', 'combatants', 'displaced'] as const;
export const Metric = z.enum(METRICS);
export type Metric = z.infer<typeof Metric>;

/** Statuses allowed for each metric (vocabulary of ../shared/eval/README.md). */
export const STATUSES = {
  area: ['captured', 'remaining', 'besieged', 'targeted', 'held'],
  casualties: ['killed', 'wounded'],
  captives: ['taken', 'held', 'released', 'dead'],
  combatants: ['present'],
  displaced: ['present'],
} as const satisfies Record<Metric, readonly string[]>;
export const Status = z.enum([
  'captured', 'remaining', 'besieged', 'targeted', 'held',
  'killed', 'wounded', 'taken', 'released', 'dead', 'present',
]);
export type Status = z.infer<typeof Status>;

export const Qualifier = z.enum(['exact', 'approx', 'nearly', 'over', 'under', 'at_least', 'at_most', 'range', 'vague']);
export type Qualifier = z.infer<typeof Qualifier>;

/** Offsets into the document text, end exclusive. */
export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof Span>;

/** ISO date, full (2017-08-19), month (2017-08) or year (2017) precision. */
export const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

// ---------------------------------------------------------------- documents

export const SourceMeta = z.object({
  outlet: z.string().min(1).nullable(),
  url: z.string().nullable(),
  published: IsoDate.nullable(),
});
export type SourceMeta = z.infer<typeof SourceMeta>;

/** Where each metadata field came from: the collection (manifest, front matter, flags), the text, or nowhere. */
export const MetaOrigin = z.enum(['manifest', 'text', 'none']);

export const Document = z.object({
  file: z.string(),
  /** Article text, boilerplate already trimmed off the end. */
  text: z.string(),
  title: z.string().nullable().default(null),
  source: SourceMeta,
  origin: z.object({ outlet: MetaOrigin, published: MetaOrigin }).default({ outlet: 'none', published: 'none' }),
});
export type Document = z.infer<typeof Document>;

// ---------------------------------------------------------------- sentences

export const Sentence = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  /** Paragraph index, so speech attribution can stop at a paragraph break if it wants to. */
  paragraph: z.number().int(),
});
export type Sentence = z.infer<typeof Sentence>;

// ---------------------------------------------------------------- quantities

/** What a quantity measures. Counts and areas can become claims; the others explain why a number was not taken. */
export const Dimension = z.enum(['count', 'area', 'length', 'duration', 'date', 'year', 'time', 'age', 'percent', 'money', 'ordinal', 'other']);
export type Dimension = z.infer<typeof Dimension>;

export const Quantity = z.object({
  /** Surface text, hedge and unit included ("around another 20 square kilometers"). */
  text: z.string(),
  span: Span,
  /** Span of the number itself, without hedge or unit. */
  numberSpan: Span,
  value: z.number(),
  low: z.number(),
  high: z.number(),
  /** Canonical unit: km2 for areas, km for lengths, people-free counts have null; others as found. */
  unit: z.string().nullable(),
  dimension: Dimension,
  qualifier: Qualifier,
  /** "another 20": an addition to an earlier figure. */
  incremental: z.boolean(),
  /** A fraction word ("two-third", "half"): a share of something else, not a count of its own. */
  fraction: z.boolean().default(false),
  /** A parenthetical restatement in another unit folded into this quantity. */
  restated: z.object({ text: z.string(), value: z.number(), unit: z.string().nullable() }).nullable().default(null),
  /** Why this number cannot be a claim (a year, a duration, a distance...), or null when it may be. */
  excluded: z.string().nullable().default(null),
});
export type Quantity = z.infer<typeof Quantity>;

// ---------------------------------------------------------------- claims

export const Evidence = z.object({
  /** Id of the rule (data record) that decided metric and status. */
  rule: z.string(),
  /** The cue word or pattern that fired. */
  cue: z.string(),
  reason: z.string().optional(),
});

export const Claim = z.object({
  id: z.string(),
  metric: z.string(),
  status: z.string(),
  value: z.number(),
  low: z.number(),
  high: z.number(),
  unit: z.string(),
  qualifier: Qualifier,
  incremental: z.boolean(),
  /** The quantity's surface text. */
  text: z.string(),
  /** The sentence that holds it. */
  sentence: z.string(),
  span: Span,
  claimant: z.string().nullable(),
  scope: z.string().nullable(),
  subject: z.string().nullable(),
  asOf: IsoDate.nullable(),
  source: z.object({ file: z.string(), outlet: z.string().nullable(), url: z.string().nullable(), published: IsoDate.nullable() }),
  evidence: Evidence,
  /** Fields filled in by inference rather than stated in the text (e.g. asOf from "on Saturday"). */
  inferred: z.array(z.string()).default([]),
});
export type Claim = z.infer<typeof Claim>;

// ---------------------------------------------------------------- findings

export const Verdict = z.enum(['agree', 'conflict', 'progression', 'single']);
export type Verdict = z.infer<typeof Verdict>;
export const Policy = z.enum(['conservative', 'latest', 'range']);
export type Policy = z.infer<typeof Policy>;

export const Group = z.object({
  id: z.string(),
  metric: z.string(),
  status: z.string(),
  scope: z.string().nullable(),
  subject: z.string().nullable(),
  verdict: Verdict,
  /** Reconciled figure under `policy`. */
  low: z.number(),
  best: z.number(),
  high: z.number(),
  policy: Policy,
  corroboration: z.object({ claimants: z.number().int(), outlets: z.number().int() }),
  /** Human-readable reasons for the verdict (pairs compared, revisions flagged). */
  notes: z.array(z.string()),
  claims: z.array(Claim),
});
export type Group = z.infer<typeof Group>;

export const CheckResult = z.enum(['holds', 'fails', 'incomplete']);
export const Check = z.object({
  kind: z.string(),
  result: CheckResult,
  holds: z.boolean(),
  detail: z.string(),
  claims: z.array(Claim),
});
export type Check = z.infer<typeof Check>;

export const Findings = z.object({ groups: z.array(Group), checks: z.array(Check) });
export type Findings = z.infer<typeof Findings>;

// ---------------------------------------------------------------- config

/** claims.config.json: the user's additions to the rule data (see src/claims/rules.ts buildRules). */
export const ConfigCue = z.object({
  metric: z.string().min(1),
  status: z.string().min(1),
  cue: z.string().min(1),
  reason: z.string().optional(),
}).superRefine((cue, ctx) => {
  const statuses: readonly string[] | undefined = (STATUSES as Record<string, readonly string[]>)[cue.metric];
  if (statuses && !statuses.includes(cue.status)) {
    ctx.addIssue({ code: 'custom', path: ['status'], message: `"${cue.status}" is not a status of ${cue.metric} (expected ${statuses.join(', ')})` });
  }
});

export const Config = z.strictObject({
  $schema: z.string().optional(),
  /** Other names of a group: {"Daesh": "ISIS"}. */
  aliases: z.record(z.string(), z.string()).default({}),
  /** Place to the scope figures there belong to: {"Juroud Arsal": "Lebanese side"}. */
  places: z.record(z.string(), z.string()).default({}),
  /** Extra cue words for a metric and status, applied before the built-in ones. */
  cues: z.array(ConfigCue).default([]),
});
export type Config = z.infer<typeof Config>;
