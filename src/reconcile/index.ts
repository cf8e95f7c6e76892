// Reconciling: claims -> findings. Pure: group comparable claims, give each group a verdict and a
// figure under a policy, count corroboration, and run the arithmetic checks. Linear in the number
// of claims apart from sorting within groups; see group.ts, verdict.ts, policy.ts, checks.ts.
// Claims are held in a ClaimStore (store.ts): reconcile() fills one from claim objects; the CLI
// fills one as it reads NDJSON and asks findingsOf() for findings whose claims are ids.
import { METRICS, STATUSES, type Check, type Claim, type Findings, type Group, type Policy } from '../model.js';
import { DEFAULT_RULES, type RuleSet } from '../claims/rules.js';
import { arithmeticChecks } from './checks.js';
import { compareEntries, levelsOf, type Entry } from './entry.js';
import { groupsOf, subjectLabel } from './group.js';
import { ClaimStore, type Partition } from './store.js';
import { figureOf } from './policy.js';
import { assess } from './verdict.js';

export interface ReconcileOptions {
  policy?: Policy;
  rules?: RuleSet;
}

export { intervalOf, haloOf, overlaps } from './interval.js';
export { subjectKey, compatibleSubjects } from './subject.js';
export { claimantKey, normalizeScope } from './entry.js';
export { ClaimStore } from './store.js';

export function reconcile(claims: Claim[], options: ReconcileOptions = {}): Findings {
  const store = new ClaimStore(options.rules ?? DEFAULT_RULES);
  for (const c of claims) store.add(c);
  return claimsOf(findingsOf(store, options), store);
}

/** Findings whose claims are ids in a ClaimStore: the CLI writes them without making the claims. */
export type GroupOf<C> = Omit<Group, 'claims'> & { claims: C[] };
export type CheckOf<C> = Omit<Check, 'claims'> & { claims: C[] };
export interface FindingsOf<C> {
  groups: GroupOf<C>[];
  checks: CheckOf<C>[];
}

/** The findings with their claims as objects (the ones given, or parsed from their lines). */
export function claimsOf(findings: FindingsOf<number>, store: ClaimStore): Findings {
  const claim = (id: number) => store.claim(id);
  return {
    groups: findings.groups.map((g) => ({ ...g, claims: g.claims.map(claim) })),
    checks: findings.checks.map((c) => ({ ...c, claims: c.claims.map(claim) })),
  };
}

/** A group made, and what sorting it among its partition's groups needs. */
interface Made {
  group: GroupOf<number>;
  /** compareEntries' keys of its first entry (a copy: entries are reused). */
  first: Pick<Entry, 'dateStart' | 'dateEnd' | 'fileRank' | 'offset' | 'seq'>;
  subject: string;
}

/** A partition and its place in the report: metric and status ranks, and its scope ('' for none). */
interface Placed {
  partition: Partition;
  metricRank: number;
  statusRank: number;
  scope: string;
}

/**
 * Findings of the claims in `store`. Entries are filled a partition at a time and reused once
 * its groups are judged; the checks make entries of their own for the partitions they read.
 */
export function findingsOf(store: ClaimStore, options: ReconcileOptions = {}): FindingsOf<number> {
  const report = reportOf(store, options);
  const groups = [...report.groups];
  return { groups, checks: report.checks() };
}

/** Findings made as they are consumed: `groups` in report order, then `checks()`, once every group is out. */
export interface Report {
  groups: Iterable<GroupOf<number>>;
  checks(): CheckOf<number>[];
}

/**
 * The findings of the claims in `store`, a group at a time in report order, so that a writer can
 * print each group as it is made (and the group need not be kept).
 */
export function reportOf(store: ClaimStore, options: ReconcileOptions = {}): Report {
  store.finish();
  // Each claim's place in the report, as its group comes out: checks are ordered by their whole's.
  const positions = new Int32Array(store.size);
  let out = false;
  return {
    groups: (function* () {
      let position = 0;
      // Two groups can share a key (an unsided subject that fits several sides): repeats are numbered.
      const seen = new Map<string, number>();
      for (const g of groupsInOrder(store, options.policy ?? 'conservative')) {
        const n = seen.get(g.id) ?? 0;
        seen.set(g.id, n + 1);
        if (n) g.id = `${g.id}#${n + 1}`;
        for (const id of g.claims) positions[id] = position++;
        yield g;
      }
      out = true;
    })(),
    checks: () => {
      if (!out) throw new Error('reportOf: checks() asked for before every group is out');
      return arithmeticChecks(store, positions)
        .sort((a, b) => a.whole.position - b.whole.position || text(a.check.kind, b.check.kind))
        .map((c) => c.check);
    },
  };
}

/**
 * Groups in report order: metrics and statuses in the model's order (unknown ones after,
 * alphabetically), no scope first, then subject (case aside), then the first claim's place in
 * the report order. All groups of a partition share the first keys, so partitions are put in
 * order (a few thousand), then each partition's groups among themselves.
 */
function* groupsInOrder(store: ClaimStore, policy: Policy): Generator<GroupOf<number>> {
  const facts = (e: Entry) => store.facts(e.seq);
  const ranks = new Map<string, number>();
  const rankOf = (metric: string, status?: string) => {
    const key = status === undefined ? metric : `${metric}\u0000${status}`;
    let r = ranks.get(key);
    if (r === undefined) ranks.set(key, (r = status === undefined ? rank(METRICS, metric) : rank(statusesOf(metric), status)));
    return r;
  };
  const placed: Placed[] = [];
  for (const partition of store.partitions.values()) {
    placed.push({ partition, metricRank: rankOf(partition.metric), statusRank: rankOf(partition.metric, partition.status), scope: partition.scope ?? '' });
  }
  placed.sort((a, b) => a.metricRank - b.metricRank || text(a.partition.metric, b.partition.metric)
    || a.statusRank - b.statusRank || text(a.partition.status, b.partition.status)
    || text(a.scope, b.scope));
  // Entries are refilled partition after partition: a million new ones would keep the young
  // generation's collector copying those still in use (see Made.first).
  const pool: Entry[] = [];
  for (const { partition } of placed) {
    const ids = partition.ids;
    const entries = new Array<Entry>(ids.length);
    for (let k = 0; k < ids.length; k++) entries[k] = pool[k] ? store.fill(pool[k]!, ids[k]!) : (pool[k] = store.entry(ids[k]!));
    const made: Made[] = [];
    for (const g of groupsOf(partition, entries)) {
      g.entries.sort(compareEntries);
      g.subject = subjectLabel(g.entries);
      const levels = levelsOf(g.entries);
      const { verdict, notes } = assess(g.entries, g.status, levels, facts);
      const { low, best, high } = figureOf(g.entries, g.status, policy, levels);
      const group: GroupOf<number> = {
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
        claims: g.entries.map((e) => e.seq),
      };
      const first = g.entries[0]!;
      made.push({
        group,
        first: { dateStart: first.dateStart, dateEnd: first.dateEnd, fileRank: first.fileRank, offset: first.offset, seq: first.seq },
        subject: (g.subject ?? '').toLowerCase(),
      });
    }
    if (made.length > 1) made.sort((a, b) => text(a.subject, b.subject) || compareEntries(a.first, b.first));
    for (const m of made) yield m.group;
  }
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
