// Reconciling: claims -> findings. Pure: group comparable claims, give each group a verdict and a
// figure under a policy, count corroboration, and run the arithmetic checks. Linear in the number
// of claims apart from sorting within groups; see group.ts, verdict.ts, policy.ts, checks.ts.
import { METRICS, STATUSES, type Check, type Claim, type Findings, type Group, type Policy } from '../model.js';
import { DEFAULT_RULES, type RuleSet } from '../claims/rules.js';
import { arithmeticChecks } from './checks.js';
import { compareEntries, toEntries, type Entry } from './entry.js';
import { groupEntries, partition, subjectLabel } from './group.js';
import { figureOf } from './policy.js';
import { assess } from './verdict.js';

export interface ReconcileOptions {
  policy?: Policy;
  rules?: RuleSet;
}

export { intervalOf, haloOf, overlaps } from './interval.js';
export { subjectKey, compatibleSubjects } from './subject.js';
export { claimantKey, normalizeScope } from './entry.js';

export function reconcile(claims: Claim[], options: ReconcileOptions = {}): Findings {
  const policy = options.policy ?? 'conservative';
  const rules = options.rules ?? DEFAULT_RULES;
  const entries = toEntries(claims, rules);

  const partitions = partition(entries);
  const groups = groupEntries(partitions).map((g) => {
    g.entries.sort(compareEntries);
    g.subject = subjectLabel(g.entries);
    return g;
  });
  groups.sort((a, b) => compareKeys(a, b) || compareEntries(a.entries[0]!, b.entries[0]!));

  const out: Group[] = groups.map((g) => {
    const { verdict, notes } = assess(g.entries, g.status);
    const { low, best, high } = figureOf(g.entries, g.status, policy);
    return {
      id: groupId(g),
      metric: g.metric,
      status: g.status,
      scope: g.scope,
      subject: g.subject,
      verdict,
      low,
      best,
      high,
      policy,
      corroboration: corroborationOf(g.entries),
      notes,
      claims: g.entries.map((e) => e.claim),
    };
  });
  disambiguateIds(out);

  // Checks in the order their whole appears in the report.
  let position = 0;
  for (const g of groups) for (const e of g.entries) e.position = position++;
  const checks = arithmeticChecks(partitions)
    .sort((a, b) => a.whole.position - b.whole.position || text(a.check.kind, b.check.kind))
    .map((c): Check => c.check);
  return { groups: out, checks };
}

/** Distinct claimants (a spokesman quoted by three outlets is one) and distinct outlets. */
function corroborationOf(entries: Entry[]): Group['corroboration'] {
  const claimants = new Set<string>();
  const outlets = new Set<string>();
  for (const e of entries) {
    claimants.add(e.claimant);
    outlets.add(e.outlet);
  }
  return { claimants: claimants.size, outlets: outlets.size };
}

interface Keyed {
  metric: string;
  status: string;
  scope: string | null;
  subject: string | null;
}

/** Metrics and statuses in the model's order (unknown ones after, alphabetically); no scope first. */
function compareKeys(a: Keyed, b: Keyed): number {
  return rank(METRICS, a.metric) - rank(METRICS, b.metric) || text(a.metric, b.metric)
    || rank(statusesOf(a.metric), a.status) - rank(statusesOf(b.metric), b.status) || text(a.status, b.status)
    || text(a.scope ?? '', b.scope ?? '')
    || text((a.subject ?? '').toLowerCase(), (b.subject ?? '').toLowerCase());
}

function statusesOf(metric: string): readonly string[] {
  return (STATUSES as Record<string, readonly string[]>)[metric] ?? [];
}

function rank(list: readonly string[], item: string): number {
  const i = list.indexOf(item);
  return i < 0 ? list.length : i;
}

function text(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function slug(s: string | null): string {
  return s ? s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') : '-';
}

function groupId(g: Keyed): string {
  return [g.metric, g.status, slug(g.scope), slug(g.subject)].join('/');
}

/** Two groups can share a key (an unsided subject that fits several sides): number the repeats. */
function disambiguateIds(groups: Group[]): void {
  const seen = new Map<string, number>();
  for (const g of groups) {
    const n = seen.get(g.id) ?? 0;
    seen.set(g.id, n + 1);
    if (n) g.id = `${g.id}#${n + 1}`;
  }
}
