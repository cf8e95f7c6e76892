// Reconciling: claims -> findings. Pure: group comparable claims, give each group a verdict and a
// figure under a policy, count corroboration, and run the arithmetic checks. Linear in the number
// of claims apart from sorting within groups; see group.ts, verdict.ts, policy.ts, checks.ts.
import { METRICS, STATUSES, type Check, type Claim, type Findings, type Group, type Policy } from '../model.js';
import { DEFAULT_RULES, type RuleSet } from '../claims/rules.js';
import { arithmeticChecks } from './checks.js';
import { compareEntries, isLevel, toEntries, type Entry } from './entry.js';
import { groupEntries, subjectLabel } from './group.js';
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

  const groups = groupEntries(entries).map((g) => {
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
      corroboration: {
        claimants: new Set(g.entries.map((e) => e.claimant)).size,
        outlets: new Set(g.entries.map((e) => e.outlet)).size,
      },
      notes,
      claims: g.entries.map((e) => e.claim),
    };
  });
  disambiguateIds(out);

  const checks = arithmeticChecks(entries.filter(isLevel))
    .sort((a, b) => compareChecks(a.whole, b.whole) || (a.check.kind < b.check.kind ? -1 : a.check.kind > b.check.kind ? 1 : 0))
    .map((c): Check => c.check);
  return { groups: out, checks };
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

function compareChecks(a: Entry, b: Entry): number {
  const key = (e: Entry): Keyed => ({ metric: e.claim.metric, status: e.claim.status, scope: e.scope, subject: null });
  return compareKeys(key(a), key(b)) || compareEntries(a, b);
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
